// Award names for attributing sentences. Entries are lower-case phrases; a space matches any
// run of whitespace and `#` matches a number.

/** Names of the Paritrana Award, including its official Indonesian name. */
export const ParitranaNames: readonly string[] = [
  'paritrana',
  'penghargaan jaminan sosial ketenagakerjaan',
  'anugerah jaminan sosial ketenagakerjaan',
];

/** Other awards given to the same regions and companies (hard negatives). */
export const OtherAwardNames: readonly string[] = [
  'uhc',
  'universal health coverage',
  'jkn award',
  'satya jkn',
  'adipura',
  'kabupaten layak anak',
  'kota layak anak',
  'kla',
  'innovative government award',
  'iga',
  'nirwasita tantra',
  'penghargaan k3',
  'kecelakaan kerja nihil',
  'zero accident',
  'parahita ekapraya',
  'swasti saba',
  'wahana tata nugraha',
  'wtp',
  'wajar tanpa pengecualian',
  'penghargaan pembangunan daerah',
  'keterbukaan informasi',
  'adhikarya pangan',
  'anugerah humas',
  'kalpataru',
  'proklim',
  'top bumn',
  'satyalancana',
  'manggala karya',
  'sakip',
  'reformasi birokrasi',
  'digital governance',
  'anugerah kebudayaan',
  'pangripta',
  'bhumandala',
  'lomba desa',
  'kota sehat',
  'smart city',
  'tpakd',
  'dharma karya',
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
