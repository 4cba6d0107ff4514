// "Bupati Banyuwangi didampingi Kepala Dinas …, Kepala BPJS Ketenagakerjaan Cabang … serta Ketua
// TP PKK yang ikut rombongan ke Surabaya berhasil membawa pulang juara II …", "Pemerintah Provinsi
// X yang diwakili Sekda, didampingi …, menerima penghargaan …", "Pemkab Brebes yang berangkat
// dengan rombongan Bupati, … dalam satu bus akhirnya pulang membawa predikat terbaik pertama": a
// winner and the entourage that went along, whose names and places stand between it and its verb
const WINNER =
  '(?:(?:Wakil\\s+)?(?:Bupati|Wali\\s?[Kk]ota|Walikota|Gubernur)|Kepala\\s+Desa|Kades|Lurah|Pemerintah\\s+(?:Provinsi|Kabupaten|Kota|Desa)|Pemprov|Pemkab|Pemkot|Pemdes|Desa|Kabupaten|Kota|Provinsi)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}';
const GOES_ALONG =
  '(?:yang\\s+)?(?:diwakili|didampingi|berangkat\\s+(?:dengan|bersama)\\s+rombongan|bersama\\s+rombongan)';
const WINS =
  '(?:(?:berhasil|sukses|kembali|resmi|akhirnya)\\s+)?(?:(?:pulang\\s+)?membawa(?:\\s+pulang)?|meraih|menerima|memboyong|menyabet|mengantongi)\\b';
const ACCOMPANIED = new RegExp(
  `^(.{0,120}?\\b${WINNER}),?\\s+${GOES_ALONG}\\s+[^.;]{3,300}?\\s+(?=${WINS})`,
  'u',
);

/** The sentence without the entourage between a winner and the win it brought home. */
export const withoutEntourage = (s: string): string => s.replace(ACCOMPANIED, '$1 ');
