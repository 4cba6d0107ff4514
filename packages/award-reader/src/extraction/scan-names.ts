import { aliasTable } from '../gazetteer/aliases.ts';
import { findBareRegion } from '../gazetteer/resolve-name.ts';
import { resolvePrefixedRegion } from '../gazetteer/find-region.ts';
import { normalizeKey } from '../gazetteer/normalize-key.ts';
import { readNameAt, type NameSpan } from './read-name.ts';
import { kindOfOurs, NOT_A_NAME } from './word-lists.ts';

/** A name found in a sentence; `marked` when a prefix, org marker, title or gazetteer backs it. */
export interface FoundName extends NameSpan {
  marked: boolean;
}

let markerRe: RegExp | undefined;

function markers(): RegExp {
  if (!markerRe) {
    const t = aliasTable();
    const words = [...t.prefix.keys(), ...t.org.keys(), ...t.umkm.keys(), ...t.official.keys()]
      .sort((a, b) => b.length - a.length)
      .map((k) => k.split(' ').join('\\s+'));
    markerRe = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${words.join('|')})\\.?(?=\\s+[\\p{Lu}\\p{N}a-z]|\\s+\\((?-i:\\p{Lu}))`,
      'giu',
    );
  }
  return markerRe;
}

// Region prefixes may be written in lower case ("kabupaten Raja Ampat"); org markers may not.
// a word of address after a kind's word: "(Desa) Bapak", "(Kabupaten) Anda"
const PLACE_KIND = /^(?:desa|gampong|kampung|nagari|kelurahan|pekon|kabupaten|kota|provinsi)$/i;
const ADDRESSED =
  /^\s+(?:Bapak|Ibu|Anda|Saudara|Saudari|Bapak\/Ibu|Panjenengan|Sampeyan)(?![\p{L}])/u;

const KIND_AFTER =
  /^\s+(?:Kabupaten|Kota|Provinsi|Desa|Kelurahan|Gampong|Nagari|Kampung|Kab\.|Pemkab|Pemkot|Pemprov|Pemerintah)(?![\p{L}])/u;
const LOWER_OK =
  /^(pemerintah|pemetintah|kabupaten|kab\b|pemkab|pemkot|kota|provinsi|desa|kelurahan|gampong)/;

// "… dari Peringkat Tiga ke Puncak", "menuju Puncak Nasional": the top a headline climbs to, not
// Kabupaten Puncak
const TO_THE_TOP = /(?:^|\s)(?:ke|menuju|mencapai|capai)\s+$/i;

/** A gazetteer region name starting at `pos` (longest of up to four words), read as a name. */
export function readRegionAt(s: string, pos: number): FoundName | null {
  const name = readNameAt(s, pos, true);
  if (
    !name ||
    (name.text.startsWith('Puncak') && TO_THE_TOP.test(s.slice(Math.max(0, pos - 12), pos)))
  ) {
    return null;
  }
  const words = name.text.split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const text = words.slice(0, n).join(' ');
    if (findBareRegion(text)) {
      const end = pos + text.length;
      const paren = n === words.length ? name.paren : null;
      return { text, start: pos, end: paren ? name.end : end, paren, marked: true };
    }
  }
  return null;
}

/** "Amplang & Kerupuk Lestari": capitalized words joined by "&" before a marker are its name's. */
function joinedBefore(s: string, name: NameSpan): NameSpan {
  const m = /((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+&\s+$/u.exec(
    s.slice(Math.max(0, name.start - 60), name.start),
  );
  if (!m?.[1]) {
    return name;
  }
  const words = m[1].split(/\s+/);
  while (words.length > 0 && NOT_A_NAME.has((words[0] ?? '').toLowerCase())) {
    words.shift();
  }
  if (words.length === 0) {
    return name;
  }
  const joined = `${words.join(' ')} & `;
  return { ...name, text: `${joined}${name.text}`, start: name.start - joined.length };
}

const LOWER_WORDS = /^((?: \p{Ll}{3,}){1,3})(?![\p{L}])/u;
const COMPASS = /^(?:barat|timur|utara|selatan|tengah|raya|daya|laut)$/;

/**
 * "Pemerintah Kabupaten Lombok barat", "Kota Bandar lampung": a word written in lower case that
 * completes a region's name belongs to it (a direction even after a name that is a region alone).
 */
function withLowerCompass(s: string, name: NameSpan): NameSpan {
  const m = name.paren ? null : LOWER_WORDS.exec(s.slice(name.end));
  const words = (m?.[1] ?? '').trim().split(' ').filter(Boolean);
  const alone = resolvePrefixedRegion(name.text) != null;
  for (let n = words.length; n >= 1; n--) {
    const added = words.slice(0, n);
    if (alone && !(n === 1 && COMPASS.test(added[0] ?? ''))) {
      continue;
    }
    const text = `${name.text} ${added.map((w) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`).join(' ')}`;
    // (the whole name, not its leading words: "Kota Batu tengah berbenah" stays "Kota Batu")
    const whole = resolvePrefixedRegion(text);
    if (whole && normalizeKey(text).endsWith(normalizeKey(whole.bare))) {
      return { ...name, text, end: name.end + ` ${added.join(' ')}`.length };
    }
  }
  return name;
}

/**
 * "Kabupaten Lima Puluh Kota", "Kabupaten Pangkajene dan Kepulauan": a regency whose own name
 * ends in "Kota" (which the name reader took for the next name's prefix) or holds "dan".
 */
function withKotaEnding(s: string, name: NameSpan): NameSpan {
  const tail = name.paren
    ? null
    : /^\s+(?:Kota|dan\s+Kepulauan)(?![\p{L}])/u.exec(s.slice(name.end));
  if (!tail) {
    return name;
  }
  const text = `${name.text} ${tail[0].trim().replace(/\s+/g, ' ')}`;
  const whole = resolvePrefixedRegion(text);
  if (!whole || !normalizeKey(text).endsWith(normalizeKey(whole.bare))) {
    return name;
  }
  const end = name.end + tail[0].length;
  // ("… dan Kepulauan (Pangkep)": the short form in parentheses is the whole name's)
  const paren = /^\s*\(([^()]{1,20})\)/.exec(s.slice(end));
  return paren
    ? { ...name, text, end: end + paren[0].length, paren: paren[1] ?? null }
    : { ...name, text, end };
}

// the extractor scans one sentence many times (subjects, lists, anaphora, headline, candidates);
// the memo holds one article's sentences only (`forgetScannedSentences` at each article's start),
// so no reading, and no timing, leans on sentences an earlier article left behind
const cache = new Map<string, FoundName[]>();
const CacheSize = 4096;

/** Empties the sentence memo: called as an article's reading begins. */
export function forgetScannedSentences(): void {
  cache.clear();
}

/** Whether the memo holds a sentence's scan (what the tests ask). */
export const remembersSentence = (s: string): boolean => cache.has(s);

/** Names backed by a marker (prefix, org word, official title) or the gazetteer, in order. */
export function scanNames(s: string): FoundName[] {
  let found = cache.get(s);
  if (!found) {
    found = scanUncached(s);
    if (cache.size >= CacheSize) {
      cache.clear();
    }
    cache.set(s, found);
  }
  return found.map((n) => ({ ...n }));
}

const FOOD_BEFORE =
  /\b(?:Ayam|Roti|Kopi|Nasi|Bakso|Soto|Sate|Mie|Telur|Sambal|Kue|Dapur|Jamu|Tahu|Tempe|Sayur)\s+$/u;

function scanUncached(s: string): FoundName[] {
  const out: FoundName[] = [];
  const re = markers();
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const head = m[0];
    if (!/^\p{Lu}/u.test(head) && !LOWER_OK.test(head.toLowerCase())) {
      continue;
    }
    // "di tingkat provinsi Kabupaten Sumbawa meraih …": a lower-case stage word before a
    // capitalised region's own kind word is no prefix of it
    if (!/^\p{Lu}/u.test(head) && KIND_AFTER.test(s.slice(m.index + head.length))) {
      continue;
    }
    // "kategori pemerintah kabupaten/kota Kabupaten Banyumas": a category's "kota", no prefix (nor
    // the capitalised one: "Kabupaten/Kota 🏆 Sebelumnya, …", the emoji gone)
    if (
      s[m.index - 1] === '/' &&
      (!/^\p{Lu}/u.test(head) || /kabupaten\/$/i.test(s.slice(Math.max(0, m.index - 10), m.index)))
    ) {
      continue;
    }
    // "Roti Kampung Bu Endang", "Ayam Kampung Pak Min": a village word inside a food business's
    // name is no village
    if (/^kampung$/i.test(head) && FOOD_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index))) {
      continue;
    }
    // "kategori kelurahan Paritrana Award 2024": a category, not a village named Paritrana (but
    // "PT Anugerah Baja Nusa" is a company's name)
    if (
      /^(?:paritrana|award|(?:anugerah|penghargaan)(?!\s+(?!Paritrana|Jaminan|Award)(?-i:\p{Lu})))\b/iu.test(
        s.slice(m.index + head.length).trimStart(),
      )
    ) {
      continue;
    }
    if (out.some((n) => m.index >= n.start && m.index < n.end)) {
      continue;
    }
    // "Desa Bapak meraih apa?", "Gampong Ibu": an interviewer's "your village" is no village's name
    if (PLACE_KIND.test(head) && ADDRESSED.test(s.slice(m.index + head.length))) {
      continue;
    }
    const read = readNameAt(s, m.index, true);
    const name = read ? withLowerCompass(s, withKotaEnding(s, read)) : null;
    if (name && name.text.split(' ').length > head.split(/\s+/).length) {
      out.push({ ...joinedBefore(s, name), marked: true });
      re.lastIndex = name.end;
    }
  }
  for (const m of s.matchAll(/(?<![\p{L}\p{N}.'’-])[\p{L}][\p{L}'’-]*/gu)) {
    const word = m[0];
    if (!/^\p{Lu}/u.test(word)) {
      continue;
    }
    // inside a longer capitalized name, unless the word before opens the sentence ("Sebelumnya X")
    const before = /(\p{Lu}[\p{L}.]*)\s$/u.exec(s.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (
      NOT_A_NAME.has(word.toLowerCase()) ||
      (before && !NOT_A_NAME.has(before.toLowerCase())) ||
      out.some((n) => m.index >= n.start && m.index < n.end)
    ) {
      continue;
    }
    const region = readRegionAt(s, m.index);
    if (region) {
      out.push(region);
    }
  }
  // "Ia mengingatkan bahwa Bumi Sukowati pernah menjadi juara I": a land's nickname
  for (const m of s.matchAll(LAND_NAME)) {
    if (!out.some((n) => m.index < n.end && n.start < m.index + m[0].length)) {
      out.push({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        paren: null,
        marked: false,
      });
    }
  }
  // ("Gampong Kita Juara II", "Nagari Kito Juara Tigo": a headline's "our village" names none)
  return out
    .filter((n) => !REGION_WORDS_ONLY.test(n.text) && !kindOfOurs(n.text.split(' ')))
    .sort((a, b) => a.start - b.start);
}

// "Kabupaten/Kota", "Desa Kecamatan Kabupaten" (a table's header), "Desa Tingkat Kabupaten" (a
// contest's level), "APB Negeri 2026" (a budget's year), "Dana Desa Rp 912 juta" (a sum), "Desa
// Wisata Terbaik II", "Lomba Kampung Tangguh Semeru" (a kind of village, a programme): region words
// with no name
const REGION_WORDS_ONLY =
  /^(?:Kabupaten|Kota|Desa|Kelurahan|Provinsi)(?:\s*\/|\s+(?:Kecamatan|Tingkat|Kabupaten|Kota|Provinsi|Kategori|Juara|Peringkat)\b)|^(?:Desa|Negeri|Kelurahan|Kampung|Nagari|Gampong|Pekon)\s+(?:\d+$|Rp\b)|^(?:Desa|Kampung)\s+(?:Wisata|Tangguh)\b/;

const LAND_NAME =
  /(?<![\p{L}\p{N}])(?:Bumi|Butta)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?![\p{L}])/gu;
