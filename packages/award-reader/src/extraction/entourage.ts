// "Bupati Banyuwangi didampingi Kepala Dinas …, Kepala BPJS Ketenagakerjaan Cabang … serta Ketua
// TP PKK yang ikut rombongan ke Surabaya berhasil membawa pulang juara II …": a head of region
// and the entourage that went along, whose names and places stand between the winner and its verb
const ACCOMPANIED =
  /^(.{0,80}?\b(?:(?:Wakil\s+)?(?:Bupati|Wali\s?[Kk]ota|Walikota|Gubernur)|Kepala\s+Desa|Kades|Lurah)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}),?\s+(?:yang\s+)?didampingi\s+[^.;]{3,300}?\s+(?=(?:(?:berhasil|sukses|kembali|resmi|akhirnya)\s+)?(?:membawa\s+pulang|meraih|menerima|memboyong|menyabet|mengantongi)\b)/u;

/** The sentence without the entourage between a head of region and the win it brought home. */
export const withoutEntourage = (s: string): string => s.replace(ACCOMPANIED, '$1 ');
