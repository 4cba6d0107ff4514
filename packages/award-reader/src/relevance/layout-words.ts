// Words about the page rather than the news: link lines and abbreviations that end in a period.

/** Lines that link to other stories and carry their headlines. */
export const LinkLinePrefixes: readonly string[] = [
  'baca juga',
  'dibaca juga',
  'simak juga',
  'lihat juga',
  'berita terkait',
  'artikel terkait',
  'baca selengkapnya',
  'read more',
  // a page's tags: "TAG CLOUD: pasar · paritrana · juara 1", "Tags: …", "Kata kunci: …"
  'tag',
  'tags',
  'tag cloud',
  'kata kunci',
  'topik terkait',
];

/** Titles and abbreviations whose period does not end a sentence ("Dr. H. Safrizal"). */
export const Abbreviations: readonly string[] = [
  'dr',
  'drs',
  'dra',
  'h',
  'hj',
  'ir',
  'prof',
  'st',
  'jl',
  'no',
  'kab',
  'kec',
  'kel',
  'tbk',
  'pt',
  'cv',
  'sh',
  'se',
  'mh',
  'si',
  'sos',
  'pd',
  'kh',
  'bpk',
  'sdr',
  'dkk',
  'dll',
  'tgl',
  // a Minang title ("Irwan Dt. Bagindo", Datuk), an Acehnese one ("Tgk. Zulfahmi", Teungku)
  'dt',
  'tgk',
  // a chat's "ds. sekapuk", "tk. prov jatim" (a village, a level)
  'ds',
  'tk',
  'prov',
];
