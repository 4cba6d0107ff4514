import { findBareRegion } from '../gazetteer/resolve-name.ts';
import type { RankMention } from './parse-rank.ts';
import { readNameAt } from './read-name.ts';
import { readRegionAt, scanNames, type FoundName } from './scan-names.ts';
import { DISTRICT, NOT_A_NAME, VILLAGE_NAME, WIN_ADVERBS, WIN_VERB } from './word-lists.ts';

/** A winner named in a sentence, with the rank and place written next to it. */
export interface WinnerCandidate {
  name: FoundName;
  rank: RankMention | null;
  place: string | null;
  /** Sentence span the candidate's own category is read from. */
  scope: { start: number; end: number };
}

// "X kembali menorehkan prestasi membanggakan dengan meraih …": the win verb comes after "dengan".
// ("mengucapkan terima kasih kepada warga atas diraihnya juara I …": a winner's thanks)
// ("X kembali naik panggung di Istana Wakil Presiden, …, untuk menerima predikat terbaik II": a
// climb to receive a place)
const GAP = `(?:(?:mencatatkan|mencatat|menorehkan|mengukir|menunjukkan|membuktikan|mengharumkan|menambah)\\s+(?:[\\p{L}-]+\\s+){0,8}?dengan\\s+(?:berhasil\\s+)?|menjadi\\s+kebanggaan\\s+(?:[\\p{L}-]+\\s+){0,5}?setelah\\s+|naik\\s+(?:ke\\s+(?:atas\\s+)?)?panggung\\b[^.;]{0,80}?\\buntuk\\s+(?=(?:menerima|meraih)\\s+(?:[^\\s,;.]+\\s+){0,2}?(?:juara|terbaik|peringkat)\\b)|(?:mengucapkan|menyampaikan|memanjatkan)\\s+(?:rasa\\s+)?(?:terima\\s+kasih|syukur|bangga)(?:\\s+[\\p{L}-]+,?){0,12}?\\s+atas\\s+(?:diraihnya|keberhasilan|raihan)\\s+)?`;

/** What follows a winner: an optional "di <place>", adverbs, then a win verb or a rank word. */
export const AFTER_NAME = new RegExp(
  `^(?:\\s+sendiri)?(?:\\s+(?:di|dari|asal|pabrik)\\s+(?:Kecamatan\\s+|Kec\\.?\\s+)?((?-i:[\\p{Lu}])[\\p{L}]*(?:\\s+(?-i:[\\p{Lu}])[\\p{L}]*){0,3}))?(?:,\\s+${DISTRICT}\\s+(?-i:[\\p{Lu}])[\\p{L}]*(?:\\s+(?-i:[\\p{Lu}])[\\p{L}]*){0,2}(?:,\\s+(?:Kabupaten|Kab\\.|Kota)\\s+(?-i:[\\p{Lu}])[\\p{L}]*(?:\\s+(?-i:[\\p{Lu}])[\\p{L}]*){0,2})?)?(?:\\s+melalui\\s+(?:(?-i:[\\p{Lu}])[\\p{L}]*\\s*){1,6})?(?:\\s+(?:dan|serta)\\s+(?:sejumlah|beberapa|berbagai|\\d+|dua|tiga|empat|lima)\\s+(?:daerah|kabupaten|kota|desa|perusahaan|badan\\s+usaha)\\s+lain(?:nya)?)?(?:,|\\s*[–—:])?\\s+${WIN_ADVERBS}${GAP}(?:${WIN_VERB}|(?:(?:di|ke|dengan(?:\\s+predikat)?)\\s+)?(?:juara|terbaik|pemenang|peraih|peringkat|posisi|urutan|the best|runner[ -]?up|tempat(?=\\s+(?:pertama|kedua|ketiga|ke-?\\d)))\\b)`,
  'iu',
);

// "Menurut siaran Dinas Tenaga Kerja Provinsi Bali, Kabupaten Tabanan menempati …": the source a
// sentence cites, set off by its comma
const CITED_SOURCE_BEFORE =
  /\b(?:menurut|berdasarkan|mengutip|dikutip\s+dari)\s+(?:(?:siaran(?:\s+pers)?|rilis|data|catatan|keterangan|laporan|informasi|pengumuman)\s+(?:resmi\s+)?)?$/i;

/** Whether a name is the source a sentence cites ("Menurut X, …"), by the text around it. */
export const citedSource = (before: string, after: string): boolean =>
  CITED_SOURCE_BEFORE.test(before) && /^\s*,/.test(after);

/** "Kabupaten C melalui PT D meraih": the company wins through which a regency is named. */
export const THROUGH_ORG =
  /\bmelalui\s+(?:PT|CV|UD|Bank|BPR|BPD|RS|RSU|RSUD|Rumah Sakit|Koperasi|BUMDes)\b/;

/** What must follow a name no marker backs (a person is never a winner): a win or a rank. */
export const AFTER_PLAIN_NAME =
  /^(?:\s+sendiri)?(?:\s*\([^)]*\))?(?:\s+(?:asal|dari|di)\s+(?-i:\p{Lu})[\p{L}]*(?:\s+(?-i:\p{Lu})[\p{L}]*)*)?(?:,|\s*[–—:])?\s+(?:(?:berhasil|sukses|kembali|juga|turut|yang|berada|menyusul|akhirnya|resmi|naik|harus puas(?: dengan)?|sebelumnya|pernah|bahkan|pun|sempat|sudah|telah|lebih\s+dulu|lebih\s+dahulu)\s+)*(?:meraih|memenangkan|menyabet|membawa pulang|keluar sebagai|(?:dinobatkan|ditetapkan|dinyatakan|terpilih|tercatat)(?:\s+(?:sebagai|menjadi))?\s+(?:juara|terbaik|pemenang|peringkat)|menjadi\s+(?:juara|terbaik|pemenang)|sebagai\s+(?:juara|terbaik|pemenang)|di\s+(?:posisi|urutan|peringkat)|(?:juara|terbaik|peringkat)\b)/iu;

/**
 * Text before a name that makes it a place, not a winner: "di", "tingkat", "se-", "selain",
 * "pelaku usaha Kota X" (the businesses of a place win, not the place), "rumah makan khas
 * Gorontalo" (a place's kind of food). "pemenang dari Kota X"
 * names a winner, "kalah dari Kabupaten Y" the one that beat it, and "kabar gembira datang dari
 * Desa Z" the one the news is about.
 */
export const LOCATED =
  /(?:\b(?:di|(?<!\b(?:pemenang|peraih|penerima|kalah|tertinggal|datang|belajar)(?:nya)?(?:\s+(?:tipis|jauh|sedikit|telak))?\s+)dari|tingkat|(?:pada\s+)?tahap|wilayah|se|asal|kawasan|(?<!\bselamat\s+(?:juga\s+)?|\b(?:ditetapkan|diberikan|[Ss]atu(?:\s+lagi)?|(?:juara|peringkat|terbaik|posisi)\s+\S+)\s+)untuk|zona|selain|pelaku usaha|umkm|perusahaan|pekerja|warga|masyarakat|kecamatan|kec\.?|kapanewon|kemantren|distrik|(?<!menjadi\s)milik|khas|zona\s+[a-z]+\s*[–—-])\s*-?\s*|se-)$/i;

// "Desa di Toba dan ⟨Samosir⟩", "UMK Batam dan ⟨Bintan⟩": a region joined to a place before it
const PLACE_THEN_AND = new RegExp(
  `(?:${LOCATED.source.replace(/\$$/, '')}|\\b(?:umk|ukm)\\s+)((?-i:\\p{Lu})[\\p{L}-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}-]*){0,2})\\s+(?:dan|serta)\\s+$`,
  'iu',
);

/** Whether a name is a regency's or city's: with its prefix, or a bare name the gazetteer knows. */
export const isRegencyOrCity = (name: string): boolean =>
  /^(?:Kabupaten|Kab\.|Kota)\s/.test(name) || findBareRegion(name) != null;

/**
 * Whether a name is a region joined by "dan" to a place named just before it (a regency or city,
 * not a province: "… di Papua Barat Daya dan Kabupaten Manokwari juga terbaik" names a winner).
 */
export function joinedToPlace(s: string, name: { text: string; start: number }): boolean {
  if (!isRegencyOrCity(name.text)) {
    return false;
  }
  const place = PLACE_THEN_AND.exec(s.slice(Math.max(0, name.start - 80), name.start))?.[1];
  return place != null && findBareRegion(place)?.type !== 'provinsi';
}

/** Whether a name is one of two places a dash joins into a road or a route ("jalan poros
 * Bantaeng–Bulukumba"): no winner, and no one a later "saya" or "desa itu" refers to. */
export function dashedPlace(s: string, name: { start: number; end: number }): boolean {
  return /\p{L}[–—]$/u.test(s.slice(0, name.start)) || /^[–—]\p{Lu}/u.test(s.slice(name.end));
}

/** What comes before a place that locates a village or kecamatan named just before it: "Desa
 * Ponggok, Kecamatan Polanharjo, ⟨Kabupaten Klaten⟩", "Negeri Hutumury, Kecamatan X, ⟨Kota Ambon⟩". */
export const PLACE_OF_VILLAGE = new RegExp(
  `\\b(?:Desa|Kelurahan|Kalurahan|Gampong|Kampung|Nagari|Negeri|Pekon|Lembang|${DISTRICT})\\s+\\p{Lu}[\\p{L}'’-]*(?:[ -](?!(?:[Jj]uara|JUARA|[Tt]erbaik|TERBAIK|[Pp]eringkat|[Hh]arapan)\\s+(?:[IV]+|\\d|[Pp]ertama|[Kk]edua|[Kk]etiga|[Ss]atu|[Dd]ua|[Tt]iga)\\b)[\\p{L}'’-]*)*,\\s*(?:${DISTRICT}\\s+\\p{Lu}[\\p{L}'’ -]*,?\\s*)?$`,
  'u',
);

/**
 * The names a sentence holds that are no place ("… di Kupang", "tingkat Provinsi X"), in order.
 * With `villagesFrom`, a village after "dari" or "di" stays ("kabar datang dari Desa X", "festival
 * di Desa X": the village a next sentence's "desa itu" is).
 */
export function unplacedNames(s: string, { villagesFrom = false } = {}): FoundName[] {
  return scanNames(s).filter((n) => {
    const before = s.slice(0, n.start);
    return (
      !LOCATED.test(before) ||
      (villagesFrom && /\b(?:dari|di|warga)\s*$/i.test(before) && VILLAGE_NAME.test(n.text))
    );
  });
}

const PREFIXED = /^(?:pem|kab|kota|prov|desa|kel|gampong|nagari|kampung)/i;

/** Whether a name is a bare gazetteer region (no "Kabupaten", "Desa", … prefix). */
export function isBareRegion(n: FoundName): boolean {
  return !PREFIXED.test(n.text) && findBareRegion(n.text) != null;
}

/**
 * Whether a bare region right after another name only locates it: "Desa X, Halmahera Selatan",
 * "Pie Y – Kota Langsa", "Kota Bitung, Sulawesi Utara". A regency after a regency is a winner.
 */
export function isPlace(n: FoundName, prev: FoundName | undefined, s: string): boolean {
  // "Negeri X, Kecamatan Y, Kota Ambon juara II": the regency after a kecamatan locates it
  if (
    prev &&
    /\b(?:kecamatan|kec\.?|kapanewon|kemantren|distrik)\s*$/i.test(s.slice(0, prev.start)) &&
    /^\s*,\s*$/.test(s.slice(prev.end, n.start)) &&
    (/^(?:kabupaten|kab\.?|kota)\s/i.test(n.text) || isBareRegion(n))
  ) {
    return true;
  }
  // "Gampong X Kec Y, Aceh Utara", "Desa X dari Kecamatan Y, Kota Z": a kecamatan may stand
  // between a village and its regency
  // (past the closing quote of a quoted name: '"Desa X", Kabupaten Y')
  const between = s
    .slice(prev?.end ?? 0, n.start)
    .replace(/^["”]/, '')
    .replace(
      /^\s*,?\s*(?:(?:di|dari|asal)\s+)?(?:Kecamatan|Kec\.?|Kapanewon|Kemantren|Distrik)\s+[^,]+/i,
      ',',
    );
  const villageIn =
    VILLAGE_NAME.test(prev?.text ?? '') && /^(?:kabupaten|kab\.?|kota)\s/i.test(n.text);
  // "Juara 1: Amplang Bu Rusmini, Kota Banjarmasin": a business's town closing its list line
  const townAtEnd =
    /^(?:kabupaten|kab\.?|kota)\s/i.test(n.text) &&
    /^\s*[.;]?\s*$/.test(s.slice(n.end)) &&
    prev != null &&
    /^\s*,\s*$/.test(s.slice(prev.end, n.start)) &&
    !VILLAGE_NAME.test(prev.text) &&
    !/^(?:kota|kabupaten|pemerintah|pemkab|pemkot|pemprov|provinsi|kab)\b/i.test(prev.text) &&
    !isBareRegion(prev);
  const region = isBareRegion(n) || villageIn || townAtEnd;
  // "Desa X Kabupaten Y": a village's regency may follow it without a comma
  const joined = villageIn && /^\s+$/.test(between);
  if (!prev || !region || !(joined || /^\s*(?:[,–—-]|\bdi\b)[^,]*,?\s*$/i.test(between))) {
    return false;
  }
  if (
    /^(?:pemerintah provinsi|pemprov|provinsi)\b/i.test(prev.text) ||
    findBareRegion(prev.text)?.type === 'provinsi'
  ) {
    return false;
  }
  if (VILLAGE_NAME.test(prev.text) && /^(?:kabupaten|kab\.?|kota)\s/i.test(n.text)) {
    return true;
  }
  const province = findBareRegion(n.text)?.type === 'provinsi';
  const prevRegency =
    /^(?:kota|kabupaten|pemerintah|pemkab|pemkot|kab)\b/i.test(prev.text) || isBareRegion(prev);
  return province || !prevRegency;
}

// regions named by a common word, which in lower case is the word: "puncak", "batu", "malang" …
const COMMON_WORD =
  /^(?:puncak|batu|malang|banjar|lebak|tegal|pati|kudus|sampang|pasir|bone|jaya|tanah)(?![\p{L}])/u;

/** Reads the name at `pos`: a marked name, a gazetteer region, or (when allowed) a plain one. */
export function nameAt(s: string, pos: number, unmarkedOk: boolean): FoundName | null {
  const window = s.slice(pos, pos + 120);
  const marked = scanNames(window);
  const plain = readNameAt(s, pos);
  const atStart = marked.find((n) => n.start === 0);
  if (atStart && !(plain && plain.end > atStart.end + pos && isBareRegion(atStart))) {
    return { ...atStart, start: pos, end: atStart.end + pos };
  }
  // a dateline glued to the name: "RajaAmpatNews Kabupaten Raja Ampat"
  // (not a place in the parenthesis after the name: "Keripik Tempe Bu Sri (Kota Malang)")
  const inner = marked.find(
    (n) =>
      n.start > 0 &&
      PREFIXED.test(n.text) &&
      plain &&
      n.start + pos < (plain.paren ? s.lastIndexOf('(', plain.end) : plain.end),
  );
  if (inner) {
    return { ...inner, start: inner.start + pos, end: inner.end + pos };
  }
  // ("adalah puncak dari perjalanan": a common word in lower case is no region, Kabupaten Puncak;
  // a region's own name in lower case is, "kaur juara kedua")
  const region = COMMON_WORD.test(s.slice(pos, pos + 12)) ? null : readRegionAt(s, pos);
  if (region && (!plain || plain.text.split(' ').length <= region.text.split(' ').length)) {
    return region;
  }
  const first = plain?.text.split(' ')[0]?.toLowerCase().replace(/\.$/, '') ?? '';
  // a bare roman numeral or number is a rank left over from a series ("juara I, II dan III")
  const numeral = /^(?:[IVX]+|\d+)\.?$/.test(plain?.text ?? '');
  if (
    !plain ||
    !unmarkedOk ||
    numeral ||
    NOT_A_NAME.has(first) ||
    // "Targetnya juara satu", "Tahun lalunya": a word with "-nya" is no name
    (/^\p{L}{3,}nya$/u.test(first) && !plain.text.includes(' ')) ||
    /\.(?:com|id|co)\b/i.test(plain.text)
  ) {
    return null;
  }
  // "Cendana Senggigi Beach Hotel": a name that ends on what it is marks itself
  return { ...plain, marked: ORG_SUFFIX.test(plain.text) };
}

const ORG_SUFFIX =
  /\s(?:Hotel|Resort|Resorts|Inn|Homestay|Villa|Cafe|Kafe|Resto|Restoran|Hospital|Clinic|Bakery|Mart|Swalayan)$/u;
