import type { WinnerType } from '../types.ts';

const KATEGORI =
  /\b(?:kategori|katagori)\s+((?:(?!\b(?:se|tingkat|dengan|dari|pada|yang|di|sebagai|untuk|dalam|atas|karena|berhasil|dimenangkan|diraih|diterima|peraih|penerima|adalah|yakni|meliputi|terbaik|juara|kategori|paritrana|award|anugerah|penghargaan|tahun)\b)[\p{L}/&-]+\s*){1,8})/iu;
const SEKTOR =
  /\b(sektor\s+(?:(?!\b(?:dimenangkan|diraih|dianugerahkan|diterima|peraih|yakni|berhasil|penerima)\b)[\p{L}/&-]+,?\s*){1,8})/iu;
const TITLE =
  /\b(?:sebagai|predikat)\s+((?:Provinsi|Kabupaten|Kota|Desa|UMKM|Pemprov)\s+Terbaik(?:\s+\p{Lu}[\p{L}]*)*)/u;

const titleCase = (s: string) =>
  s
    .trim()
    .replace(/[,\s]+$/, '')
    .replace(/(^|[\s/(-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    .replace(/\b(Dan|Di|Se)\b/g, (w) => w.toLowerCase());

/** The category a piece of text names: "kategori Pemerintah Desa", "sektor keuangan", a title. */
export function parseCategory(text: string): string | null {
  const k = KATEGORI.exec(text);
  if (k?.[1] && k[1].trim().length > 2) {
    return titleCase(k[1]);
  }
  const s = SEKTOR.exec(text);
  if (s?.[1]) {
    return titleCase(s[1]);
  }
  const t = TITLE.exec(text);
  return t?.[1] ? titleCase(t[1]) : null;
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
  if (/\b(ukm|umkm|umk)\b|usaha kecil|mikro/.test(c)) {
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
