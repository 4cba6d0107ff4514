// Crockford's base32 alphabet: no i, l, o or u, so a short id read aloud or typed is not misread
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A record's short id: 7 base32 characters (35 bits) of the FNV-1a hash of its key, the same
 * wherever it is computed (server, CLI, browser). Unique in practice for the few thousand
 * records a year brings; the resolver refuses a short id that two keys share.
 */
export function shortIdOf(key: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(key)) {
    h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  let id = '';
  for (let i = 0; i < 7; i++) {
    id += BASE32[Number((h >> BigInt(59 - 5 * i)) & 31n)];
  }
  return id;
}

/** A short id as typed: case and the letters Crockford reads as digits (i, l → 1, o → 0) folded. */
export function normalizeShortId(text: string): string | null {
  const id = text.trim().toLowerCase().replace(/[il]/g, '1').replace(/o/g, '0');
  return /^[0-9a-hjkmnp-tv-z]{7}$/.test(id) ? id : null;
}
