// The 38 provinces (Kemendagri codes) with the names the records use and a place on the tile grid.

export interface ProvinceTile {
  code: string;
  name: string;
  short: string;
  col: number;
  row: number;
}

export const ProvinceTiles: readonly ProvinceTile[] = [
  { code: '11', name: 'Aceh', short: 'Aceh', col: 0, row: 0 },
  { code: '12', name: 'Sumatera Utara', short: 'Sumut', col: 1, row: 0 },
  { code: '14', name: 'Riau', short: 'Riau', col: 2, row: 0 },
  { code: '21', name: 'Kepulauan Riau', short: 'Kepri', col: 3, row: 0 },
  { code: '65', name: 'Kalimantan Utara', short: 'Kaltara', col: 6, row: 0 },
  { code: '71', name: 'Sulawesi Utara', short: 'Sulut', col: 9, row: 0 },
  { code: '82', name: 'Maluku Utara', short: 'Malut', col: 10, row: 0 },
  { code: '13', name: 'Sumatera Barat', short: 'Sumbar', col: 1, row: 1 },
  { code: '15', name: 'Jambi', short: 'Jambi', col: 2, row: 1 },
  { code: '19', name: 'Kepulauan Bangka Belitung', short: 'Babel', col: 3, row: 1 },
  { code: '61', name: 'Kalimantan Barat', short: 'Kalbar', col: 5, row: 1 },
  { code: '64', name: 'Kalimantan Timur', short: 'Kaltim', col: 6, row: 1 },
  { code: '72', name: 'Sulawesi Tengah', short: 'Sulteng', col: 8, row: 1 },
  { code: '75', name: 'Gorontalo', short: 'Gorontalo', col: 9, row: 1 },
  { code: '96', name: 'Papua Barat Daya', short: 'PBD', col: 11, row: 1 },
  { code: '92', name: 'Papua Barat', short: 'Pabar', col: 12, row: 1 },
  { code: '17', name: 'Bengkulu', short: 'Bengkulu', col: 1, row: 2 },
  { code: '16', name: 'Sumatera Selatan', short: 'Sumsel', col: 2, row: 2 },
  { code: '62', name: 'Kalimantan Tengah', short: 'Kalteng', col: 5, row: 2 },
  { code: '63', name: 'Kalimantan Selatan', short: 'Kalsel', col: 6, row: 2 },
  { code: '76', name: 'Sulawesi Barat', short: 'Sulbar', col: 7, row: 2 },
  { code: '73', name: 'Sulawesi Selatan', short: 'Sulsel', col: 8, row: 2 },
  { code: '74', name: 'Sulawesi Tenggara', short: 'Sultra', col: 9, row: 2 },
  { code: '81', name: 'Maluku', short: 'Maluku', col: 10, row: 2 },
  { code: '94', name: 'Papua Tengah', short: 'Papteng', col: 12, row: 2 },
  { code: '91', name: 'Papua', short: 'Papua', col: 13, row: 2 },
  { code: '18', name: 'Lampung', short: 'Lampung', col: 2, row: 3 },
  { code: '36', name: 'Banten', short: 'Banten', col: 3, row: 3 },
  { code: '31', name: 'DKI Jakarta', short: 'DKI', col: 4, row: 3 },
  { code: '32', name: 'Jawa Barat', short: 'Jabar', col: 5, row: 3 },
  { code: '33', name: 'Jawa Tengah', short: 'Jateng', col: 6, row: 3 },
  { code: '35', name: 'Jawa Timur', short: 'Jatim', col: 7, row: 3 },
  { code: '95', name: 'Papua Pegunungan', short: 'Papeg', col: 13, row: 3 },
  { code: '34', name: 'Daerah Istimewa Yogyakarta', short: 'DIY', col: 6, row: 4 },
  { code: '51', name: 'Bali', short: 'Bali', col: 8, row: 4 },
  { code: '52', name: 'Nusa Tenggara Barat', short: 'NTB', col: 9, row: 4 },
  { code: '53', name: 'Nusa Tenggara Timur', short: 'NTT', col: 10, row: 4 },
  { code: '93', name: 'Papua Selatan', short: 'Papsel', col: 13, row: 4 },
];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^provinsi\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
const byName = new Map<string, string>(ProvinceTiles.map((p) => [norm(p.name), p.code]));
byName.set('daerah khusus ibukota jakarta', '31');
byName.set('di yogyakarta', '34');

/** The province code of a record: its region code's first two digits, else its province name. */
export function provinceCodeOf(r: {
  regionCode: string | null;
  province: string | null;
}): string | null {
  const fromCode = r.regionCode?.match(/^(\d{2})/)?.[1];
  if (fromCode && ProvinceTiles.some((p) => p.code === fromCode)) {
    return fromCode;
  }
  return r.province ? (byName.get(norm(r.province)) ?? null) : null;
}
