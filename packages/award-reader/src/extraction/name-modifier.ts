import { findBareRegion } from '../gazetteer/find-region.ts';
import { AFTER_NAME } from './name-context.ts';
import { DISTRICT } from './word-lists.ts';

/** A phrase between a winner and its verb: where it lies, or what it is. */
export interface NameModifier {
  /** Characters from the end of the name to the comma that closes the phrase. */
  length: number;
  /** The last place the phrase names ("… di Kecamatan A, Kabupaten B"), if any. */
  place: string | null;
}

// Words that join a new clause or quote someone, never open a description of the name before.
const LINKERS = new Set(
  'dan serta atau kemudian lalu disusul diikuti sedangkan sementara kata ujar tutur menurut sebagai yakni yaitu masing-masing juga pun namun tetapi'.split(
    ' ',
  ),
);
const OPENING = /^(?:\s*\([^)]*\))?(?:,\s+|\s+(?:di|dari|asal|milik)\s+|\s+yang\s+(?=[a-z]))/u;
const PLACE =
  /^(?:(?:di|dari|asal)\s+)?((?:Kabupaten|Kab\.?|Kota|Provinsi)?\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})$/u;
const MAX = 160;
const PERSON =
  /^(?:(?:H|Hj|Dr|Drs|Ir|Prof)\.?\s+)*\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,4}(?:,\s*[A-Z][\p{L}.]{0,7})*,/u;
// a village and its comma, its address going on: "Desa Y, Kecamatan Z"
const VILLAGE_THEN_DISTRICT = `(?:Desa|Kelurahan|Kalurahan|Gampong|Kampung|Nagari|Pekon|Lembang)\\s+[^,]+,\\s*(?=${DISTRICT})`;
const VILLAGE_ADDRESS = new RegExp(`^${VILLAGE_THEN_DISTRICT}`, 'u');
// ("Kec. Likupang Barat Kab Minahasa Utara": the comma may be missing, and the dot; an
// organisation's village may lead: "BUMDes X, Desa Y, Kecamatan Z, Kabupaten W, meraih")
const PLACE_RUN = new RegExp(
  `^(?:${VILLAGE_THEN_DISTRICT})?(?:${DISTRICT}\\s+[^,]+?(?:,\\s*|\\s+(?=(?:Kabupaten|Kab\\.?|Kota)\\s)))?((?:Kabupaten|Kab\\.?|Kota|Provinsi)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3})`,
  'u',
);
// (a regency's word opens the next part: "Kec. Polanharjo Kab. Klaten")
const PLACE_NAME = '\\p{Lu}[\\p{L}-]*(?:\\s+(?!(?:Kabupaten|Kab|Kota)\\b)\\p{Lu}[\\p{L}-]*){0,2}';
const ADDRESS_UNSET = new RegExp(
  `^\\s+((?:${DISTRICT}|Kabupaten|Kab\\.?|Kota)\\s+${PLACE_NAME}(?:,?\\s+(?:Kabupaten|Kab\\.?|Kota)\\s+${PLACE_NAME})?),?`,
  'u',
);
const PLACE_HEAD = new RegExp(`^(?:Kabupaten|Kab\\.|Kota|${DISTRICT}|Provinsi)\\s+\\p{Lu}`, 'u');

function lastPlace(span: string): string | null {
  const parts = span.split(',').map((p) => p.trim());
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = PLACE.exec(parts[i] ?? '');
    if (m?.[1] && !/^(?:Kecamatan|Kec\b|Kapanewon|Kemantren|Distrik)/.test(m[1])) {
      return m[1].trim();
    }
  }
  return null;
}

/**
 * A description or location set off between a winner and its win verb: "PT A, perusahaan sawit
 * di Kecamatan B, Kabupaten C, meraih …", "Desa D di Kecamatan E, Kabupaten F, dinyatakan …",
 * "RSUD G yang dikelola Pemprov H meraih …".
 * `rest` is the text right after the name; null when no such phrase leads to a win verb.
 * `located`: the name is a village's or a company's, so a bare place may follow its comma;
 * `official`: the name is an official's title ("Bupati X"), so the person's name may follow.
 */
export function readModifier(rest: string, located = false, official = false): NameModifier | null {
  // "Desa A Kecamatan B meraih", "Desa A Kabupaten C, meraih": a village's or company's address
  // with no comma before it
  const address = located ? ADDRESS_UNSET.exec(rest) : null;
  if (address?.[1] && AFTER_NAME.test(rest.slice(address[0].length))) {
    return { length: address[0].length, place: lastPlace(address[1]) };
  }
  const open = OPENING.exec(rest);
  if (!open) {
    return null;
  }
  // "Bupati Sleman, Kustini Sri Purnomo, menerima …": the official's own name set off by commas
  const person =
    official && open[0].trim() === ',' ? PERSON.exec(rest.slice(open[0].length)) : null;
  if (person && AFTER_NAME.test(rest.slice(open[0].length + person[0].length))) {
    return { length: open[0].length + person[0].length, place: null };
  }
  const body = rest.slice(open[0].length);
  const first = /^[\p{L}-]+/u.exec(body)?.[0] ?? '';
  const isComma = open[0].trimEnd().endsWith(',');
  // "Desa A, Kabupaten B, meraih": a village or company may be placed without "di"
  const segment = body.split(',')[0]?.trim() ?? '';
  const place =
    located &&
    (PLACE_HEAD.test(body) || VILLAGE_ADDRESS.test(body) || findBareRegion(segment) != null);
  if (isComma && !place && (!/^\p{Ll}/u.test(first) || LINKERS.has(first))) {
    return null;
  }
  // "Desa A, Kecamatan B, Kabupaten C meraih": the place may run straight into the verb
  const run = located && isComma ? PLACE_RUN.exec(body) : null;
  if (run && AFTER_NAME.test(body.slice(run[0].length))) {
    return { length: open[0].length + run[0].length, place: run[1] ?? null };
  }
  // a relative clause ("yang beroperasi di Kabupaten B") runs to its verb without commas
  const relative = /yang\s+$/.test(open[0]);
  const stop = body.slice(0, MAX).search(relative ? /[,.;:"“”!?]/ : /[.;:"“”!?]/);
  const window = stop < 0 ? body.slice(0, MAX) : body.slice(0, stop);
  const sep = relative ? ' ' : ',';
  for (let at = window.indexOf(sep); at >= 0; at = window.indexOf(sep, at + 1)) {
    const length = open[0].length + at + (relative ? 0 : 1);
    if (AFTER_NAME.test(rest.slice(length))) {
      const span = rest.slice(0, relative ? length : length - 1);
      return { length, place: lastPlace(span.replace(/^(?:\s*\([^)]*\))?,?\s*/, '')) };
    }
  }
  return null;
}
