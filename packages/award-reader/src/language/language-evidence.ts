/** The languages franc may choose from: Indonesian, the neighbours it confuses, and English. */
export const CandidateLanguages = ['ind', 'zlm', 'jav', 'sun', 'min', 'eng'] as const;

/** Regional languages of Indonesia whose trigrams franc confuses with Indonesian news prose. */
export const NeighbourLanguages: readonly string[] = ['zlm', 'jav', 'sun', 'min'];

/** `<html lang>` primary subtags, mapped to ISO 639-3. */
export const HtmlLangCodes: Readonly<Record<string, string>> = {
  id: 'ind',
  in: 'ind',
  ind: 'ind',
  ms: 'zlm',
  msa: 'zlm',
  zlm: 'zlm',
  en: 'eng',
  eng: 'eng',
  jv: 'jav',
  su: 'sun',
  nl: 'nld',
  fr: 'fra',
  es: 'spa',
  it: 'ita',
};

/** Words of Indonesian public administration that Malaysian Malay does not use this way. */
export const IndonesianAdminWords: readonly string[] = [
  'kabupaten',
  'pemerintah',
  'provinsi',
  'kecamatan',
  'kelurahan',
  'desa',
  'bupati',
  'wali kota',
  'walikota',
  'gubernur',
  'ketenagakerjaan',
  'pemkab',
  'pemkot',
  'pemprov',
  'dprd',
  'sekda',
  'disnaker',
  'kemenko',
  'kementerian',
  'bpjs',
];

/** Words of an Indonesian award report that Javanese and Sundanese write otherwise. */
export const AwardReportWords: readonly string[] = [
  'pemenang',
  'penghargaan',
  'kategori',
  'tingkat',
  'peringkat',
  'badan usaha',
  'penerima',
  'berikut',
];

/** Everyday Indonesian spellings and day names whose Malaysian forms differ. */
export const IndonesianOnlyWords: readonly string[] = [
  'bahwa',
  'karena',
  'uang',
  'perusahaan',
  'berhasil',
  'senin',
  'kamis',
  'jumat',
  'sejumlah',
];

/** Malaysian Malay spellings and institutions that Indonesian news does not use. */
export const MalaysianOnlyWords: readonly string[] = [
  'bahawa',
  'kerana',
  'iaitu',
  'kerajaan',
  'majikan',
  'syarikat',
  'pelbagai',
  'berjaya',
  'antarabangsa',
  'kebangsaan',
  'kakitangan',
  'pentadbiran',
  'isnin',
  'khamis',
  'jumaat',
  'ringgit',
  'malaysia',
  'perkeso',
  'wang',
];

/** Function words of Javanese and Sundanese prose, which Indonesian news does not use. */
export const NeighbourFunctionWords: readonly string[] = [
  'ing',
  'lan',
  'saka',
  'kang',
  'iku',
  'iki',
  'wis',
  'ora',
  'karo',
  'marang',
  'dening',
  'kanggo',
  'menika',
  'punika',
  'kaliyan',
  'nu',
  'teh',
  'jeung',
  'ti',
  'anu',
  'kana',
  'pikeun',
  'ieu',
  'eta',
  'sareng',
  'dina',
  'oge',
  'ku',
  'geus',
  'keur',
  // Javanese, spoken and polite
  'sing',
  'ugi',
  'wae',
  'mawon',
  // Minangkabau
  'indak',
  'alah',
  'baliak',
];

/** Function words of Indonesian (and Malay) prose; Javanese, Sundanese and English lack them. */
export const FunctionWords: readonly string[] = [
  'yang',
  'dan',
  'dari',
  'untuk',
  'dengan',
  'pada',
  'ini',
  'itu',
  'dalam',
  'kepada',
  'oleh',
  'akan',
  'telah',
  'sudah',
  'tidak',
  'juga',
  'atau',
  'serta',
  'bahwa',
  'karena',
  'sebagai',
  'tersebut',
  'adalah',
  'merupakan',
  'secara',
  'saat',
  'sejak',
  'hingga',
  'antara',
];
