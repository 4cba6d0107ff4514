/**
 * What people type into a search, read the way they mean it: names without case or accents, the
 * forms Pemkab / Pemkot / Pemprov / Kabupaten / Kota, and provinces by name or short form.
 */

/** Lower case, accents removed, punctuation turned into single spaces. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One of Indonesia's 38 provinces: its Kemendagri code, the name records use, and other names. */
export interface Province {
  code: string;
  name: string;
  /** Other full names and the usual short forms, folded (see foldText). */
  aliases: readonly string[];
}

/** The 38 provinces (Kemendagri codes as in idn-area-data) with their usual short forms. */
export const Provinces: readonly Province[] = [
  { code: '11', name: 'Aceh', aliases: ['nad', 'nanggroe aceh darussalam'] },
  { code: '12', name: 'Sumatera Utara', aliases: ['sumut', 'sumatra utara'] },
  { code: '13', name: 'Sumatera Barat', aliases: ['sumbar', 'sumatra barat'] },
  { code: '14', name: 'Riau', aliases: [] },
  { code: '15', name: 'Jambi', aliases: [] },
  { code: '16', name: 'Sumatera Selatan', aliases: ['sumsel', 'sumatra selatan'] },
  { code: '17', name: 'Bengkulu', aliases: [] },
  { code: '18', name: 'Lampung', aliases: [] },
  {
    code: '19',
    name: 'Kepulauan Bangka Belitung',
    aliases: ['babel', 'bangka belitung', 'kep bangka belitung', 'kep babel'],
  },
  { code: '21', name: 'Kepulauan Riau', aliases: ['kepri', 'kep riau'] },
  {
    code: '31',
    name: 'DKI Jakarta',
    aliases: ['dki', 'jakarta', 'daerah khusus ibukota jakarta', 'daerah khusus jakarta', 'dkj'],
  },
  { code: '32', name: 'Jawa Barat', aliases: ['jabar'] },
  { code: '33', name: 'Jawa Tengah', aliases: ['jateng'] },
  {
    code: '34',
    name: 'DI Yogyakarta',
    aliases: [
      'diy',
      'yogyakarta',
      'jogja',
      'jogjakarta',
      'yogya',
      'daerah istimewa yogyakarta',
      'd i yogyakarta',
    ],
  },
  { code: '35', name: 'Jawa Timur', aliases: ['jatim'] },
  { code: '36', name: 'Banten', aliases: [] },
  { code: '51', name: 'Bali', aliases: [] },
  { code: '52', name: 'Nusa Tenggara Barat', aliases: ['ntb'] },
  { code: '53', name: 'Nusa Tenggara Timur', aliases: ['ntt'] },
  { code: '61', name: 'Kalimantan Barat', aliases: ['kalbar'] },
  { code: '62', name: 'Kalimantan Tengah', aliases: ['kalteng'] },
  { code: '63', name: 'Kalimantan Selatan', aliases: ['kalsel'] },
  { code: '64', name: 'Kalimantan Timur', aliases: ['kaltim'] },
  { code: '65', name: 'Kalimantan Utara', aliases: ['kaltara'] },
  { code: '71', name: 'Sulawesi Utara', aliases: ['sulut'] },
  { code: '72', name: 'Sulawesi Tengah', aliases: ['sulteng'] },
  { code: '73', name: 'Sulawesi Selatan', aliases: ['sulsel'] },
  { code: '74', name: 'Sulawesi Tenggara', aliases: ['sultra'] },
  { code: '75', name: 'Gorontalo', aliases: [] },
  { code: '76', name: 'Sulawesi Barat', aliases: ['sulbar'] },
  { code: '81', name: 'Maluku', aliases: [] },
  { code: '82', name: 'Maluku Utara', aliases: ['malut'] },
  { code: '91', name: 'Papua', aliases: [] },
  { code: '92', name: 'Papua Barat', aliases: ['pabar'] },
  { code: '93', name: 'Papua Selatan', aliases: ['papsel'] },
  { code: '94', name: 'Papua Tengah', aliases: ['papteng'] },
  { code: '95', name: 'Papua Pegunungan', aliases: ['papeg', 'pappeg'] },
  { code: '96', name: 'Papua Barat Daya', aliases: ['pbd'] },
];

const provinceIndex = new Map<string, Province>();
for (const p of Provinces) {
  for (const n of [p.name, ...p.aliases]) {
    provinceIndex.set(foldText(n), p);
  }
  provinceIndex.set(p.code, p);
}

/** The province a name, short form or two-digit code means ("Jatim", "prov. jawa timur", "35"). */
export function resolveProvince(input: string): Province | null {
  const folded = foldText(input)
    .replace(/^(provinsi|propinsi|prov)\s+/, '')
    .replace(/\bsumatra\b/, 'sumatera');
  return provinceIndex.get(folded) ?? provinceIndex.get(folded.replace(/\s+/g, '')) ?? null;
}

/** Every name of a province a record may carry, folded. */
export const provinceNames = (p: Province): string[] => [
  ...new Set([p.name, ...p.aliases].map(foldText)),
];

/** Winner types that are local governments ("pemerintah daerah"). */
export const LocalGovernmentTypes = ['provinsi', 'kabupaten', 'kota'] as const;

/** The winner-type filter for a value: a type, a comma list, or the group pemerintah-daerah. */
export function winnerTypes(input: string): string[] {
  const out = new Set<string>();
  for (const part of input.split(',')) {
    const t = foldText(part);
    if (!t) {
      continue;
    }
    if (t === 'pemerintah daerah' || t === 'pemda' || t === 'pemerintah') {
      LocalGovernmentTypes.forEach((x) => out.add(x));
    } else {
      out.add(t.replace(/ /g, '_'));
    }
  }
  return [...out];
}

// the leading words that name a local government's form, and the type each means
const FormWords: Record<string, string | null> = {
  pemkab: 'kabupaten',
  kabupaten: 'kabupaten',
  kab: 'kabupaten',
  pemkot: 'kota',
  kota: 'kota',
  pemprov: 'provinsi',
  provinsi: 'provinsi',
  prov: 'provinsi',
  pemda: null,
  pemerintah: null,
};

/** A winner-name query: the name's own words, and the government form it named, if any. */
export interface WinnerQuery {
  words: string[];
  type: string | null;
}

/**
 * Splits a winner query into the form it names and the name's words: "Pemkab Bojonegoro" and
 * "Kabupaten Bojonegoro" are both {type: kabupaten, words: [bojonegoro]}. A query that is only a
 * form word ("Kota") is kept as a word.
 */
export function parseWinnerQuery(q: string): WinnerQuery {
  const words = foldText(q).split(' ').filter(Boolean);
  let type: string | null = null;
  let i = 0;
  while (i < words.length - 1 && words[i]! in FormWords) {
    type = FormWords[words[i]!] ?? type;
    i++;
  }
  return { words: words.slice(i), type };
}

// letters and the accented forms a stored name may use instead
const Variants: Record<string, string> = {
  a: 'aàáâãäåā',
  c: 'cç',
  e: 'eèéêëē',
  i: 'iìíîïī',
  n: 'nñ',
  o: 'oòóôõöō',
  u: 'uùúûüū',
  y: 'yýÿ',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression (for MongoDB's $regex with the `i` option) matching the words in order, as
 * whole-word starts, whatever the accents, with spaces, dots or hyphens between them. Only
 * constructs RE2 (FerretDB) and PCRE (MongoDB) share.
 */
export function accentInsensitivePattern(words: readonly string[]): string {
  return `(^|[^\\p{L}\\p{N}])${accentInsensitiveWords(words)}`;
}

/** The words in order, whatever the accents, with spaces, dots or hyphens between (unanchored). */
export function accentInsensitiveWords(words: readonly string[]): string {
  const word = (w: string) =>
    [...w].map((ch) => (Variants[ch] ? `[${Variants[ch]}]` : escape(ch))).join('');
  return words.map(word).join('[\\s.\\-]+');
}

const provinceMatchers = Provinces.map((p) => ({
  code: p.code,
  name: new RegExp(
    `^(${provinceNames(p)
      .map((n) => accentInsensitiveWords(n.split(' ')))
      .join('|')})$`,
    'iu',
  ),
}));

/**
 * The codes of the provinces a record belongs to, as the province filter reads it: by any of a
 * province's names (case and accents ignored), or by a region code inside it. Stored on the
 * record (`provinceCodes`) so the filter is one indexed equality instead of a scan.
 */
export function provinceCodesOf(province: string | null, regionCode: string | null): string[] {
  return provinceMatchers
    .filter(
      (m) =>
        (province !== null && m.name.test(province)) ||
        (regionCode !== null && regionCode.startsWith(`${m.code}.`)),
    )
    .map((m) => m.code);
}
