import type { WinnerType } from '../types.ts';
import { aliasTable } from './aliases.ts';
import { normalizeKey } from './normalize-key.ts';
import type { ResolveHints, WinnerIdentity } from './resolve-name.ts';
import { findBareRegion, resolvePrefixedRegion } from './find-region.ts';
import { findRegencies, findProvince } from './regions.ts';

const LEGAL_HEAD = /^(?:PT|CV|UD)\b\.?\s*/i;
const LEGAL_TAIL = /(?:,?\s*\(?(?:Tbk|Persero|Perseroda)\)?\.?)+$/i;
const UMKM_HEAD = /^(?:UKM|UMKM|UMK)\s+/;

/** The org or small-business marker a name starts with ("PT", "Bank", "Rumah Sakit", "UKM"). */
export function orgMarker(name: string): { type: WinnerType; marker: string } | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    if (!/^[\p{Lu}]/u.test(head)) {
      return null;
    }
    const key = normalizeKey(head);
    if (aliasTable().org.has(key)) {
      return { type: 'badan_usaha', marker: head };
    }
    if (aliasTable().umkm.has(key)) {
      return { type: 'umkm', marker: head };
    }
  }
  return null;
}

/** Short and long forms of a company name: "Bank Perkreditan Rakyat X" ↔ "BPR X". */
export function abbreviationForms(name: string): string[] {
  const out: string[] = [];
  for (const [long, short] of aliasTable().abbrev) {
    const key = normalizeKey(name);
    if (key.startsWith(`${long} `)) {
      out.push(`${short} ${name.split(/\s+/).slice(long.split(' ').length).join(' ')}`);
    } else if (key.startsWith(`${short.toLowerCase()} `)) {
      out.push(
        `${long.replace(/\b\p{L}/gu, (c) => c.toUpperCase())} ${name.split(/\s+/).slice(1).join(' ')}`,
      );
    }
  }
  return out;
}

const REGIONAL_BANK = /^(?:Bank(?:\s+Pembangunan\s+Daerah)?|BPD)\s+(.+)$/iu;
let shortNames: Map<string, string[]> | undefined;

/** Short names news gives a province or region ("Jatim", "Kukar"), by its bare name key. */
function shortNamesOf(bare: string): string[] {
  if (!shortNames) {
    shortNames = new Map();
    const table = aliasTable();
    for (const [alias, name] of [...table.province, ...table.region]) {
      const key = normalizeKey(name.replace(/^(?:provinsi|kabupaten|kota)\s+/i, ''));
      const title = alias.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      shortNames.set(key, [...(shortNames.get(key) ?? []), title]);
    }
  }
  return shortNames.get(normalizeKey(bare)) ?? [];
}

/**
 * Other names of a regional development bank: "Bank Jatim", "BPD Jawa Timur" and "Bank
 * Pembangunan Daerah Jawa Timur" are one bank, named after its region.
 */
export function regionalBankForms(name: string): string[] {
  const rest = REGIONAL_BANK.exec(name)?.[1];
  if (!rest) {
    return [];
  }
  const bare = findBareRegion(rest)?.bare;
  // "PT Bank Pembangunan Daerah Riau Kepri Syariah" is "Bank Riau Kepri Syariah"
  const names = bare
    ? [bare, ...shortNamesOf(bare)]
    : /^(?:bpd|bank pembangunan daerah)\s/i.test(name)
      ? [rest]
      : [];
  return names.flatMap((r) => [`Bank ${r}`, `BPD ${r}`]);
}

const AGENCIES: ReadonlyArray<[RegExp, string, string]> = [
  [
    /^(?:Dinas Tenaga Kerja dan Transmigrasi|Disnakertrans)\s+(.+)$/u,
    'Disnakertrans',
    'Dinas Tenaga Kerja dan Transmigrasi',
  ],
  [/^(?:Dinas Tenaga Kerja|Disnaker)\s+(.+)$/u, 'Disnaker', 'Dinas Tenaga Kerja'],
];

/**
 * Other names of a labour agency: "Dinas Tenaga Kerja Kota Medan" is also "Disnaker Kota Medan"
 * and "Disnaker Medan" (a headline drops the region's prefix).
 */
export function agencyForms(name: string): string[] {
  for (const [re, short, long] of AGENCIES) {
    const place = re.exec(name)?.[1];
    if (place) {
      const bare = place.replace(/^(?:Kota|Kabupaten|Kab\.|Provinsi)\s+/u, '');
      return [...new Set([place, bare])].flatMap((p) => [`${short} ${p}`, `${long} ${p}`]);
    }
  }
  return [];
}

// whether what is left of a name is one of its own: two words or more, not all of a kind
const namesOwn = (rest: string): boolean => {
  const words = rest.split(/\s+/);
  return words.length >= 2 && words.some((w) => !GENERIC_WORDS.has(w.toLowerCase()));
};

/**
 * The name without the place it ends with ("Hotel Santika Jambi" → "Hotel Santika"), when at
 * least two words are left ("Semen Padang" and "Bank Jatim" are names of their own).
 */
export function withoutTrailingPlace(name: string): string | null {
  // "Perumda Air Minum Tirta Gemilang Kabupaten Lamongan": a regency written with its prefix
  const prefixed = PREFIXED_TAIL.exec(name);
  if (prefixed?.[1] && prefixed[2] && resolvePrefixedRegion(prefixed[2]) != null) {
    return namesOwn(prefixed[1]) ? prefixed[1] : null;
  }
  // "BUMDes Sumber Rejeki Desa Sendangagung": an organisation's village written with its prefix
  const village = VILLAGE_TAIL.exec(name)?.[1];
  if (village) {
    return namesOwn(village) ? village : null;
  }
  const words = name.split(/\s+/);
  for (let n = Math.min(2, words.length - 2); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const rest = words.slice(0, -n);
    if (findRegencies(tail).length > 0 || findProvince(tail)) {
      // "Bank Pembangunan Daerah Jambi", "RSUD Kota X": without its place it names no one
      return rest.some((w) => !GENERIC_WORDS.has(w.toLowerCase().replace(/\.$/, '')))
        ? rest.join(' ')
        : null;
    }
  }
  return null;
}

const VILLAGE_TAIL =
  /^(.*?\S)\s+(?:Desa|Kelurahan|Kalurahan|Gampong|Nagari)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}$/u;
const PREFIXED_TAIL =
  /^(.*?\S)\s+((?:Kabupaten|Kab\.?|Kota)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;

// words of an institution's kind, not of its own name
const GENERIC_WORDS = new Set(
  'bank pembangunan daerah bpd bpr perkreditan rakyat rumah sakit umum rsud rsu rs dinas tenaga kerja transmigrasi disnaker disnakertrans badan kantor cabang wilayah perusahaan perumda pdam air minum koperasi unit desa kud universitas politeknik negeri sekolah tinggi institut pemerintah kabupaten kota provinsi kab dan'.split(
    ' ',
  ),
);

/**
 * Whether a lower-case acronym is made of letters of each of `words` in turn, starting with each
 * word's first letter or, after the first word, any of its letters in order ("stikes": Sekolah
 * Tinggi Ilmu KESehatan; "kopdit": KOPerasi kreDIT; "bumdes": Badan Usaha Milik DESa).
 */
export function spells(acronym: string, words: readonly string[], first = true): boolean {
  if (words.length === 0) {
    return acronym.length === 0;
  }
  const [word = '', ...rest] = words;
  if (acronym.length === 0 || (first && acronym[0] !== word[0])) {
    return false;
  }
  // the letters this word gives: a run matched in order within the word
  let at = 0;
  for (let k = 1; k <= acronym.length; k++) {
    const found = word.indexOf(acronym[k - 1] ?? '', at);
    if (found < 0 || (k === 1 && first && found !== 0)) {
      return false;
    }
    at = found + 1;
    if (spells(acronym.slice(k), rest, false)) {
      return true;
    }
  }
  return false;
}

/**
 * The name with its acronym for the leading words it stands for: "Sekolah Tinggi Ilmu Kesehatan
 * (STIKES) Husada Mandiri" → "STIKES Husada Mandiri", "Koperasi Unit Desa (KUD) Sumber Rejeki"
 * → "KUD Sumber Rejeki"; null when the acronym spells no leading words short of the whole name.
 */
export function acronymForm(name: string, acronym: string | null): string | null {
  if (!acronym || !/^[\p{Lu}][\p{L}]{1,9}$/u.test(acronym)) {
    return null;
  }
  const words = name.split(/\s+/);
  const letters = acronym.toLowerCase();
  for (let k = 2; k < words.length && k <= 6; k++) {
    if (
      spells(
        letters,
        words.slice(0, k).map((w) => w.toLowerCase()),
      )
    ) {
      return `${acronym} ${words.slice(k).join(' ')}`;
    }
  }
  return null;
}

/** The regency a company's name ends with ("Rumah Sakit Siloam Ambon" → Kota Ambon). */
function trailingRegency(name: string, provinceCode: string | null | undefined): string | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    const found = findRegencies(tail).filter(
      (r) => !provinceCode || r.provinceCode === provinceCode,
    );
    if (found.length === 1 && !findProvince(tail)) {
      return found[0]?.canonical ?? null;
    }
  }
  return null;
}

/**
 * Resolves a company, institution or small business. Without `force` the name must start
 * with a marker from the alias table; with it any name is taken, typed by the hint.
 */
export function resolveOrg(
  name: string,
  paren: string | null,
  hints: ResolveHints,
  force = false,
): WinnerIdentity | null {
  const marker = orgMarker(name);
  if (!marker && !force) {
    return null;
  }
  const type: WinnerType = marker?.type ?? (hints.typeHint === 'umkm' ? 'umkm' : 'badan_usaha');
  const canonical = name
    .replace(LEGAL_HEAD, '')
    .replace(LEGAL_TAIL, '')
    // "PT Aneka Tambang Tbk UBP Bauksit": a listing mark before a branch's name
    .replace(/\s+Tbk\.?(?=\s+\p{Lu})/gu, '')
    .replace(UMKM_HEAD, '')
    .trim();
  // "(Persero)" is a legal form, and "(Kabupaten Bantul)" a place, not another name
  const located = paren ? (resolvePrefixedRegion(paren) ?? findBareRegion(paren)) : null;
  // "Rumah Sakit Umum Daerah (RSUD) Sleman": the short form of the leading words names the
  // whole only with the rest ("RSUD Sleman")
  const acronymed = acronymForm(canonical, paren);
  const alias =
    paren && !located && !acronymed && !/^(?:persero|perseroda|tbk)$/i.test(paren) ? paren : null;
  const written = paren && !acronymed ? `${name} (${paren})` : name;
  const forms = abbreviationForms(canonical);
  // canonical names use the short form of a long legal phrase: "BPR Maroba", not "Bank Perkreditan …"
  const short = forms.find((f) => f.length < canonical.length);
  const aliases = new Set<string>([...forms, canonical]);
  if (alias) {
    aliases.add(alias);
    aliases.add(written);
  }
  for (const form of [...regionalBankForms(canonical), ...agencyForms(canonical)]) {
    aliases.add(form);
  }
  // "… (STIKES) Husada Mandiri Jambi" is also "STIKES Husada Mandiri Jambi", and either without
  // the place it ends with
  for (const form of [acronymed, canonical, ...forms]) {
    if (form) {
      aliases.add(form);
      const unplaced = withoutTrailingPlace(form);
      if (unplaced) {
        aliases.add(unplaced);
      }
    }
  }
  const chosen = short ?? canonical;
  aliases.delete(chosen);
  const place = hints.place
    ? normalizeKey(hints.place)
    : located
      ? normalizeKey(located.bare)
      : null;
  const parent = place
    ? (findRegencies(place.replace(/^(kabupaten|kota) /, ''))[0]?.canonical ?? null)
    : trailingRegency(canonical, hints.provinceCode);
  return {
    winner: written,
    canonical: chosen || name,
    aliases: [...aliases],
    type,
    regionCode: null,
    regionParent: parent,
    provinceCode: null,
  };
}
