// Award names for attributing sentences. Entries are lower-case phrases; a space matches any
// run of whitespace, `#` matches a number and a trailing `*` lets the word run on.

/** The award's name misspelt as it is printed now and then ("Paritana Award 2024"). */
export const MisspeltParitrana: readonly string[] = [
  'paritana',
  'partirana',
  'paritrna',
  'pritrana',
];

/** Names of the Paritrana Award, including its official Indonesian name. */
export const ParitranaNames: readonly string[] = [
  'paritrana*',
  ...MisspeltParitrana.map((name) => `${name} award*`),
  // its common short name ("malam penganugerahan award jamsostek Jawa Barat 2025")
  'award jamsostek',
  'jamsostek award*',
  'anugerah jamsostek',
  'penghargaan jaminan sosial ketenagakerjaan',
  'anugerah jaminan sosial ketenagakerjaan',
  // the short form a headline uses ("Penghargaan Jaminan Sosial Kalteng untuk …")
  'penghargaan jaminan sosial',
  'anugerah jaminan sosial',
  'penghargaan perlindungan jaminan sosial',
  'anugerah perlindungan jaminan sosial',
  // the ceremony's name standing for the award ("pada penganugerahan jaminan sosial …")
  'penganugerahan jaminan sosial',
  'penganugerahan perlindungan jaminan sosial',
  // the name described ("penghargaan tertinggi di bidang jaminan sosial ketenagakerjaan",
  // "anugerah nasional perlindungan jaminan sosial ketenagakerjaan")
  ...['penghargaan', 'anugerah'].flatMap((noun) => [
    ...[
      'tertinggi',
      'nasional',
      'tertinggi di bidang',
      'nasional di bidang',
      'di bidang',
      'bidang',
    ].map((described) => `${noun} ${described} jaminan sosial ketenagakerjaan`),
    `${noun} nasional perlindungan jaminan sosial`,
    `${noun} tertinggi perlindungan jaminan sosial`,
  ]),
];

/** Other awards given to the same regions and companies (hard negatives). */
export const OtherAwardNames: readonly string[] = [
  'uhc award',
  'penghargaan uhc',
  'predikat uhc',
  'uhc prima',
  'uhc utama',
  'uhc madya',
  'uhc pratama',
  'penghargaan universal health coverage',
  'universal health coverage award',
  'universal health coverage (uhc) award',
  'jkn award',
  'satya jkn',
  'adipura',
  'kabupaten layak anak',
  'kota layak anak',
  'kabupaten peduli ham',
  'kota peduli ham',
  'kabupaten sehat',
  'kota sehat',
  'predikat kla',
  'penghargaan kla',
  'kla utama',
  'kla nindya',
  'kla madya',
  'kla pratama',
  'innovative government award',
  'iga award',
  'penghargaan iga',
  'nirwasita tantra',
  'penghargaan k3',
  'kecelakaan kerja nihil',
  'zero accident',
  'parahita ekapraya',
  'swasti saba',
  'wahana tata nugraha',
  'opini wtp',
  'predikat wtp',
  'wajar tanpa pengecualian',
  'penghargaan pembangunan daerah',
  'anugerah keterbukaan informasi',
  'keterbukaan informasi publik',
  'adhikarya pangan',
  'anugerah humas',
  'kalpataru',
  'proklim',
  'top bumn',
  'satyalancana',
  'manggala karya',
  'predikat sakip',
  'penghargaan reformasi birokrasi',
  'digital governance',
  'anugerah kebudayaan',
  'pangripta',
  'bhumandala',
  'lomba desa',
  // any other contest: "Juara I Lomba Kampung KB", "Kompetisi Inovasi Pelayanan Publik"
  'lomba',
  'kompetisi inovasi',
  'pembina k3',
  'penghargaan kota sehat',
  'penghargaan smart city',
  'tpakd award',
  'dharma karya',
  // a BPJS office's own standing: "predikat kantor cabang terbaik … dari Kantor Wilayah"
  'kantor cabang terbaik',
  'cabang terbaik',
  'kantor wilayah terbaik',
];

/** Words that point back to an award named earlier ("penghargaan tersebut"). */
export const AwardAnaphora: readonly string[] = [
  'penghargaan ini',
  'penghargaan tersebut',
  'penghargaan yang sama',
  'anugerah ini',
  'anugerah tersebut',
  'award ini',
  'award tersebut',
  'ajang ini',
  'ajang tersebut',
  'ajang bergengsi',
];
