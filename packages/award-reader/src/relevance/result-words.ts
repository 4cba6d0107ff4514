// Words that report an award result. Entries are lower-case phrases; a space matches any run
// of whitespace and `#` matches a number, so each list stays readable as plain Indonesian.

/** Nouns a win verb must govern for the sentence to report a win. */
export const AwardNouns: readonly string[] = [
  'penghargaan',
  'award',
  'awards',
  'anugerah',
  'paritrana',
  'juara',
  'terbaik',
  'peringkat',
  'piala',
  'piagam',
  'trofi',
  'tropi',
  'predikat',
  'gelar',
  'posisi',
  'plakat',
  'prestasi',
];

/** Active win verbs, news-headline base forms included. */
export const WinVerbs: readonly string[] = [
  'meraih',
  'raih',
  'menyabet',
  'sabet',
  'menerima',
  'terima',
  'dianugerahi',
  'memboyong',
  'boyong',
  'menggondol',
  'gondol',
  'memenangkan',
  'menangkan',
  'memenangi',
  'menjuarai',
  'juarai',
  'mendapat',
  'mendapatkan',
  'memperoleh',
  'mengantongi',
  'menyandang',
  'merebut',
  'raihan',
  // "atas diraihnya Paritrana Award": congratulations on a win
  'diraihnya',
  'keberhasilan meraih',
  'memborong',
  'borong',
  'mempertahankan',
  'pertahankan',
  'diganjar',
  'dianugerahi',
  'diapresiasi',
  'mengukir',
  'menorehkan',
  // headline forms: "Kota X Rebut Juara 1", "Bank Y Kantongi Terbaik Pertama"
  'rebut',
  'kantongi',
  'sandang',
  'raup',
  'meraup',
  'membawa pulang',
  'bawa pulang',
];

/** Words that cannot stand between a win verb and its object ("menerima tim penilai Paritrana"). */
export const WinGapBlockers: readonly string[] = [
  'tim',
  'kunjungan',
  'rombongan',
  'undangan',
  'kandidat',
  'peserta',
  'verifikasi',
  'penilai',
  'juri',
  'sosialisasi',
];

/** Passive win verbs; they need an award noun earlier in the sentence. */
export const PassiveWinVerbs: readonly string[] = [
  'diraih',
  'disabet',
  'diboyong',
  'digondol',
  'dimenangkan',
  'dimenangi',
  'dianugerahkan',
  'diterima',
  'diperoleh',
  'diborong',
  'disandang',
  'direbut',
  'dikantongi',
  'dijuarai',
  'diraihnya',
  'diterimanya',
  'diperolehnya',
  'dimenangkannya',
];

/** "received" in the sense of a press release, not a prize. */
export const ReceivedNotAPrize: readonly string[] = [
  'rilis yang diterima',
  'keterangan yang diterima',
  'siaran pers yang diterima',
  'informasi yang diterima',
  'laporan yang diterima',
];

/** Role phrases that state a win without a verb ("keluar sebagai juara"). */
export const WinRoles: readonly string[] = [
  'keluar sebagai',
  'tampil sebagai',
  'terpilih sebagai',
  'terpilih menjadi',
  'dinobatkan sebagai',
  'dinobatkan menjadi',
  'ditetapkan sebagai',
  // "Kabupaten X dinilai terbaik": judged the best
  'dinilai sebagai',
  'dinilai',
  'menjadi',
  'jadi',
  'sebagai',
];

/** What kind of winner a role may name before its noun: "dinobatkan sebagai desa terbaik". */
export const WinnerKinds: readonly string[] = [
  'desa',
  'kelurahan',
  'kabupaten',
  'kota',
  'kabupaten/kota',
  'provinsi',
  'daerah',
  'pemda',
  'pemerintah daerah',
  'perusahaan',
  'badan usaha',
  'umkm',
  'bank',
];

/** "Receiver/holder of the award" nouns, shared by the role and the recipient lists. */
const AwardHolderNouns: readonly string[] = [
  'penerima penghargaan',
  'penerima award',
  'penerima anugerah',
  'penerima paritrana',
  'peraih penghargaan',
  'peraih award',
  'peraih anugerah',
  'peraih paritrana',
];

/** What a win role must be followed by. */
export const WinRoleNouns: readonly string[] = [
  'juara',
  'pemenang',
  'terbaik',
  ...AwardHolderNouns,
];

/** Rank heads that also rank statistics ("peringkat ke-7 nasional"), unlike "juara". */
export const PositionRankHeads: readonly string[] = [
  'peringkat',
  'ranking',
  'rangking',
  'posisi',
  'urutan',
  'nomor',
];

/** Heads of a rank ("juara", "terbaik") and the ranks that may follow them. */
export const RankHeads: readonly string[] = ['juara', 'terbaik', ...PositionRankHeads];
export const RankValues: readonly string[] = [
  '1',
  '2',
  '3',
  'i',
  'ii',
  'iii',
  'pertama',
  'kedua',
  'ketiga',
  'satu',
  'dua',
  'tiga',
  // (in Javanese and Sundanese: "juara siji", "juara kahiji")
  'siji',
  'setunggal',
  'loro',
  'kalih',
  'telu',
  'kahiji',
  'kadua',
  'katilu',
  'utama',
  'umum',
  'harapan',
  'teratas',
];

/** Prize money: a sentence that opens with a rank and speaks of these describes the prizes. */
export const PrizeMoneyWords: readonly string[] = [
  'uang pembinaan',
  'dana pembinaan',
  'hadiah',
  'bonus',
  'uang tunai',
];

/** What a headline's verbless "juara" may be followed by ("Kota X Juara Paritrana Award"). */
export const VerblessWinObjects: readonly string[] = ['paritrana', 'penghargaan', 'anugerah'];

/** Words that tie a position to a prize rather than to statistics. */
export const PrizeContextWords: readonly string[] = [
  'penghargaan',
  'award',
  'paritrana',
  'juara',
  'kategori',
];

/** Statistics vocabulary: a "peringkat pertama" among these is a coverage ranking, not a prize. */
export const StatisticsWords: readonly string[] = [
  'cakupan',
  'coverage',
  'capaian',
  'persen',
  'kepesertaan',
  // "Pringsewu tercatat di urutan pertama dengan nilai 81,5": a ranking of scores so far
  'dengan nilai',
  'dengan skor',
];

/** Nouns for the recipients of an award. */
export const RecipientPhrases: readonly string[] = [
  ...AwardHolderNouns,
  'peraih juara',
  'pemenang',
  'pemenangnya',
  'peraihnya',
  'penerimanya',
  'para juara',
  'para peraih',
  // a handover told by its recipients: "menyerahkan Paritrana Award 2025 … kepada lima penerima",
  // "… diserahkan kepada 12 penerima"
  'kepada # penerima',
  'kepada lima penerima',
  'kepada tiga penerima',
  'kepada para penerima',
  // one of a few winners: "Kulon Progo termasuk di antara tiga kabupaten penerima"
  'di antara # penerima',
  'di antara # kabupaten penerima',
  'di antara # kota penerima',
  'di antara # daerah penerima',
  'di antara # desa penerima',
  'di antara # perusahaan penerima',
  'termasuk penerima',
  // a winners list's head: "berikut peringkat Paritrana Award 2026 Prov. Kaltim …:"
  'berikut peringkat',
  'berikut daftar peringkat',
  'berikut urutan',
  // ("kepada pemerintah daerah", "kepada kabupaten/kota" alone also describe who may take part)
];

/** Phrases for a prize-giving that took place. */
export const CeremonyPhrases: readonly string[] = [
  'penganugerahan',
  'penyerahan penghargaan',
  'penyerahan award',
  'penyerahan paritrana',
  'penyerahan piala',
  'penyerahan piagam',
  'menyerahkan penghargaan',
  // "menyerahkan 14 penghargaan Paritrana Award", "menyerahkan # piala"
  'menyerahkan # penghargaan',
  'menyerahkan # piala',
  'menyerahkan # piagam',
  'serahkan # penghargaan',
  'menyerahkan award',
  'menyerahkan paritrana',
  'menyerahkan anugerah',
  'menyerahkan piala',
  'menyerahkan piagam',
  'menganugerahkan',
  'serahkan penghargaan',
  'serahkan paritrana',
  'serahkan award',
  'memberikan penghargaan paritrana',
  'memberikan paritrana',
  // the award named without "Paritrana" ("memberikan penghargaan jaminan sosial ketenagakerjaan")
  'memberikan penghargaan jaminan sosial',
  'menyerahkan penghargaan jaminan sosial',
  'malam anugerah',
  'awarding',
  // ("menggelar Paritrana Award" alone also opens the assessment: not a ceremony word)
  'menggelar penyerahan',
  'menggelar malam anugerah',
  // the results announced: "mengumumkan peringkat 1–3 Paritrana Award 2025"
  'mengumumkan pemenang',
  'mengumumkan para pemenang',
  'mengumumkan peringkat',
  'mengumumkan hasil',
  'mengumumkan juara',
  'mengumumkan daftar pemenang',
  // a headline over the winners: "HASIL PARITRANA AWARD 2025 (NASIONAL)"
  'hasil paritrana',
];

/** Handover words that report a prize-giving only with an award noun in the same sentence. */
export const HandoverPhrases: readonly string[] = [
  'menyerahkan langsung',
  'diserahkan',
  'diserahkan langsung',
  'diberikan langsung',
  'puncak acara',
];

/** Words that make a ceremony phrase about one still being prepared ("rapat persiapan penganugerahan"). */
export const CeremonyNotYetWords: readonly string[] = [
  'persiapan',
  'rapat teknis',
  'rapat pembahasan',
  'jelang',
  'menjelang',
  'gladi',
  'undangan',
  // a ceremony announced to watch or attend: "Saksikan siaran langsungnya …", "LIVE malam ini",
  // "Tiga hari lagi …", "H-3", "Mengharap kehadiran Bapak/Ibu pada Malam Penganugerahan …"
  'siaran langsung',
  'siaran langsungnya',
  'live',
  'saksikan',
  'jangan lewatkan',
  'mengharap kehadiran',
  'malam ini',
  'nanti malam',
  'besok',
  'hari lagi',
  'h-#',
  // a ceremony put off: "Penyerahan Paritrana Award 2025 … resmi ditunda"
  'ditunda',
  'diundur',
  'dibatalkan',
  'batal digelar',
];

/** Congratulations to winners. */
export const CongratulationPhrases: readonly string[] = [
  'selamat kepada',
  // a government's or the agency's post: "Selamat untuk Pemkab Gianyar! 👏 Penerima Paritrana …"
  'selamat untuk',
  'selamat buat',
  'mengucapkan selamat',
  'ucapan selamat',
  'memberi selamat',
  'memberikan selamat',
];
