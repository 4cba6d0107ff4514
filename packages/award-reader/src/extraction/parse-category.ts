import { aliasTable } from '../gazetteer/aliases.ts';
import { findBareRegion } from '../gazetteer/find-region.ts';
import { normalizeKey } from '../gazetteer/normalize-key.ts';
import type { WinnerType } from '../types.ts';

const KATEGORI =
  /\b(?:kategori|katagori)\s+((?:(?!\b(?:se|tingkat|dengan|dari|pada|yang|di|sebagai|untuk|dalam|atas|karena|berhasil|dimenangkan|diraih|diterima|peraih|penerima|adalah|yakni|meliputi|terbaik|juara|kategori|paritrana|award|anugerah|penghargaan|tahun|beberapa|sejumlah|tercatat|menerima|meraih|ini|itu|tersebut|kali|yaitu|antara|menjadi|merupakan|juga|masih|akan|paling|diumumkan|diserahkan|dimenangi|ditempati|disabet|jatuh|diberikan|peringkat|posisi|dijuarai|melalui|oleh|disusul|diikuti|ditetapkan|dinobatkan|berhak|kepada|bagi|setelah|sedangkan|sementara|kini|dipegang|direbut|diduduki|diisi|dikantongi|diboyong|digondol|barusan|diumumin|tadi|td|kemarin|kmrn|kalo|kalau|gak|nggak|sih|deh|kok|nih|tuh|lho|lur|bang|kak|mas|mbak|min|gan)\b)[\p{L}/&-]+\s*){1,8})/iu;
// "badan usaha besar sektor perkebunan": the size class stays with its sector (not "di sektor
// ketenagakerjaan", the field the award is given in)
const SEKTOR =
  /\b((?:badan usaha\s+(?:besar|menengah|kecil)\s+)?sektor\s+(?!ketenagakerjaan\b|jaminan\s+sosial\b)(?:(?!\b(?:dimenangkan|dimenangi|diraih|dianugerahkan|diterima|ditempati|disabet|peraih|yakni|berhasil|penerima|beberapa|sejumlah|tercatat|terbaik|juara|peringkat|posisi|pada|tingkat|untuk|dalam|di)\b)[\p{L}/&-]+,?\s*){1,8})/iu;
// "Untuk UMKM, juara 1 diraih …", "untuk badan usaha menengah, …": a category without "kategori"
const FOR_SMALL =
  /\b(?:untuk|bagi|di)\s+(UMKM|UKM|UMK|usaha (?:kecil|mikro)(?:,?\s+(?:dan|&)?\s*(?:kecil|mikro|menengah))*|(?:badan usaha|perusahaan)\s+(?:skala\s+)?(?:besar|menengah|kecil))\b/iu;
// "Perusahaan Skala Menengah diterima oleh …": a category named before a passive verb
const BEFORE_PASSIVE =
  /\b((?:Perusahaan|Usaha|Badan Usaha)(?:\s+[\p{L}/]+){1,4}?)\s+(?:diterima|diraih|dimenangkan|dianugerahkan)\b/u;
const TITLE =
  /\b(?:sebagai|predikat)\s+((?:provinsi|kabupaten|kota|desa|umkm|pemprov)\s+terbaik(?:\s+(?!(?:karena|dari|atas|yang|dan|di|pertama|kedua|ketiga|tingkat|se|pada|dalam|untuk|tahun|nasional|paritrana|award|anugerah|penghargaan)\b)[\p{L}]+){1,4})/iu;

const titleCase = (s: string) =>
  s
    .trim()
    .replace(/(?:[,\s]+|\s+(?:dan|serta|atau))+$/i, '')
    .replace(/(^|[\s/(-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/\b(Dan|Di|Se)\b/g, (w) => w.toLowerCase());

/**
 * A category's words without the region a chat names after them, its winner ("kategori
 * kabupaten/kota bantaeng juara 1" → "kabupaten/kota").
 */
function withoutRegionAfter(words: string): string {
  // (not a zone's: "Provinsi Zona Jawa Bali")
  if (/\bzona\b/i.test(words)) {
    return words;
  }
  const all = words.trim().split(/\s+/);
  for (let n = Math.min(2, all.length - 1); n >= 1; n -= 1) {
    const tail = all.slice(all.length - n).join(' ');
    if (findBareRegion(tail)) {
      return all.slice(0, all.length - n).join(' ');
    }
  }
  return words;
}

/** The category a piece of text names: "kategori Pemerintah Desa", "sektor keuangan", a title. */
export function parseCategory(text: string): string | null {
  const t = TITLE.exec(text);
  if (t?.[1]) {
    return titleCase(t[1]);
  }
  const k = KATEGORI.exec(text);
  if (k?.[1] && k[1].trim().length > 2) {
    const abbrev = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(k.index + k[0].length));
    return canonicalCategory(
      titleCase(withoutRegionAfter(k[1])) + (abbrev ? ` (${abbrev[1]})` : ''),
    );
  }
  const s = SEKTOR.exec(text);
  if (s?.[1]) {
    return titleCase(s[1]);
  }
  const p = BEFORE_PASSIVE.exec(text);
  if (p?.[1]) {
    return canonicalCategory(titleCase(p[1]));
  }
  const f = FOR_SMALL.exec(text);
  return f?.[1] ? canonicalCategory(/^[A-Z]+$/.test(f[1]) ? f[1] : titleCase(f[1])) : null;
}

const CATEGORY_WORD = /\b(?:kategori|katagori)\b/giu;

/**
 * In a sentence naming several categories, the one named last before `at` ("kategori besar
 * diraih A, sedangkan kategori UMKM diraih B dan C": C's is UMKM); null with one category.
 */
export function categoryBefore(text: string, at: number): string | null {
  const starts = [...text.matchAll(CATEGORY_WORD)].map((m) => m.index);
  if (starts.length < 2) {
    return null;
  }
  for (const start of starts.filter((i) => i < at).reverse()) {
    const found = parseCategory(text.slice(start));
    if (found) {
      return found;
    }
  }
  return null;
}

/** The award's own form of a category name written short ("Kabupaten/Kota", "Pemda"). */
export function canonicalCategory(name: string): string {
  return aliasTable().category.get(normalizeKey(name)) ?? name;
}

/** The winner type a category implies ("Pemerintah Desa" → desa, "UKM" → umkm), if any. */
export function typeOfCategory(category: string | null): WinnerType | null {
  const c = (category ?? '').toLowerCase();
  if (!c) {
    return null;
  }
  if (/desa|kelurahan|gampong|pemdes|nagari/.test(c)) {
    return 'desa';
  }
  // "Badan Usaha Kecil" is a size class of companies, not the small-business category
  if (/\b(ukm|umkm|umk)\b|usaha kecil|mikro/.test(c) && !/badan usaha/.test(c)) {
    return 'umkm';
  }
  if (/provinsi|pemprov/.test(c) && !/kabupaten|kota/.test(c)) {
    return 'provinsi';
  }
  if (/kabupaten|kota|pemerintah daerah|pemda/.test(c)) {
    return 'kabupaten';
  }
  if (
    /sektor|perusahaan|badan usaha|skala|usaha|pelayanan|layanan|keuangan|manufaktur|pendidikan/.test(
      c,
    )
  ) {
    return 'badan_usaha';
  }
  return null;
}

/** The category a winner of a type gets when the text names none. */
export function defaultCategory(type: WinnerType): string | null {
  switch (type) {
    case 'provinsi':
      return 'Pemerintah Provinsi';
    case 'kabupaten':
    case 'kota':
      return 'Pemerintah Kabupaten/Kota';
    case 'desa':
    case 'kelurahan':
      return 'Pemerintah Desa/Kelurahan';
    case 'umkm':
      return 'Usaha Kecil Mikro';
    default:
      return null;
  }
}
