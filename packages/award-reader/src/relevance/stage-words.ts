// Words for the stages before a result (candidacy, judging, background) and for time and mood.
// Entries are lower-case phrases; a space matches any run of whitespace and `#` a number.

/** Candidacy: these make a win word in the same sentence about a candidate, not a winner. */
export const CandidacyWords: readonly string[] = [
  'nominasi',
  'nominator',
  'nominee',
  'dinominasikan',
  'kandidat',
  'calon penerima',
  'calon peraih',
  'calon juara',
  'calon pemenang',
  'finalis',
  '# besar',
  'bersaing',
  'pesaing',
  'terpilih mewakili',
];

/** The final judging stage (nomination kind). */
export const FinalStageWords: readonly string[] = [
  'wawancara',
  'presentasi',
  'memaparkan',
  'paparan',
  'pemaparan',
  'ekspose',
  'penjurian',
  'tahap akhir',
  'tahap final',
  'lolos',
  'unggulan',
];

/** Verification and judging visits (assessment kind). */
export const AssessmentWords: readonly string[] = [
  'verifikasi',
  'visitasi',
  'penilaian',
  'tim penilai',
  'tim juri',
  'dewan juri',
  'tim 9',
  'tim sembilan',
  'kunjungan',
  'peninjauan',
  'pemeriksaan',
];

/** Phrases with "penilaian" that name a period or a criterion, not a judging visit. */
export const GenericAssessmentPhrases: readonly string[] = [
  'periode penilaian',
  'tahun penilaian',
  'kriteria penilaian',
  'indikator penilaian',
  'poin penilaian',
  'aspek penilaian',
  'kategori penilaian',
  'hasil penilaian',
];

/** Background: socialization, preparation and calls to take part (mention kind). */
export const BackgroundWords: readonly string[] = [
  'sosialisasi',
  'persiapan',
  'rapat teknis',
  'pendaftaran',
  'mendaftar',
  'mengajak',
];

/** Markers of a wish, plan, condition or selection: a win they precede has not happened. */
export const FutureWords: readonly string[] = [
  'akan',
  // a candidate's promise ("Paslon Nomor 2 Janjikan Kabupaten X Juara Paritrana", "Janji Bawa
  // Seluma Juara Paritrana")
  'janji',
  'janjikan',
  'menjanjikan',
  'berjanji',
  'bakal',
  'berharap',
  'diharapkan',
  'semoga',
  'mudah-mudahan',
  'target',
  'targetkan',
  'ditargetkan',
  'ditarget',
  'targetnya',
  'menargetkan',
  'optimis',
  'optimistis',
  'yakin',
  'berupaya',
  'ingin',
  // the spoken form: "Kita mau juara satu"
  'mau',
  'menginginkan',
  'mendambakan',
  'menghendaki',
  'mencoba',
  'jika',
  'kalau',
  // a request: "Dewan Minta Banyumas Pertahankan Gelar Juara Paritrana"
  'minta',
  'meminta',
  'mendesak',
  // a purpose: "meminta perangkat daerah bekerja keras agar Kabupaten X meraih juara pertama"
  'agar',
  'supaya',
  'apabila',
  'nanti',
  'nantinya',
  'tahun depan',
  // (and as a chat writes it: "thn depan kab blora hrs juara 1")
  'thn depan',
  'bulan depan',
  'pekan depan',
  'minggu depan',
  'mendatang',
  'selanjutnya',
  'rencananya',
  'direncanakan',
  'dijadwalkan',
  'berpeluang',
  'berpotensi',
  'bertekad',
  // ("menyatakan tekadnya membawa Jayawijaya menjadi peraih Paritrana Award")
  'tekad',
  'tekadnya',
  'berambisi',
  'bermimpi',
  'memimpikan',
  'bercita-cita',
  'berusaha',
  'mengincar',
  'incar',
  'membidik',
  'bidik',
  'seandainya',
  'andaikan',
  // a guess before the announcement ("prediksi ane: jatim juara 1 lg", "ane tebak jateng juara 1")
  'prediksi',
  'memprediksi',
  'diprediksi',
  'tebak',
  'nebak',
  'menebak',
  'tebakan',
  'ramalan',
  'meramal',
  'bertujuan',
  'tujuannya',
  'menentukan',
  'penentuan',
  'kriteria',
  'syarat',
  'siapa',
  // a hope beyond a target: "Tahun ini harus masuk tiga besar, syukur-syukur juara satu"
  'syukur-syukur',
  'kalau bisa',
  // a question of chances: "Bagaimana peluang Sragen meraih Paritrana Award tahun ini?"
  'peluang',
  'kans',
  'apakah',
  'bisakah',
  'mampukah',
  'akankah',
  'mungkinkah',
];

/** Modal verbs that turn a following win verb into a possibility ("bisa meraih"). */
// (and a speech's Sundanese or Javanese "must": "Taun ieu urang kudu juara hiji")
export const ModalWords: readonly string[] = [
  'bisa',
  'dapat',
  'untuk',
  'siap',
  'harus',
  'wajib',
  'kudu',
];

/** Verbs of urging whose object is then said to win ("mendorong daerah meraih prestasi"). */
export const UrgeWords: readonly string[] = [
  'mendorong',
  'dorong',
  'mengajak',
  'ajak',
  'memotivasi',
  'memacu',
  'memicu',
  'menantang',
];

/** Beating the other candidates is winning: "menyisihkan 10 kandidat lainnya". */
export const BeatWords: readonly string[] = [
  'menyisihkan',
  'mengungguli',
  'mengalahkan',
  'menyingkirkan',
];

/**
 * Negations that undo a following cue ("belum pernah meraih"), unless the next word makes them
 * no negation: "not only" ("tidak hanya") or "not long" ("belum lama ini menerima": recently).
 */
export const NegationWords: readonly string[] = [
  'bukan',
  'belum',
  'tidak',
  'tak',
  'gagal',
  // as a chat writes them: "kok kabupaten kita nggak pernah dapet Paritrana"
  'gak',
  'nggak',
  'enggak',
  'ngga',
  'gk',
  'tdk',
];
export const NotNegatingWords: readonly string[] = ['hanya', 'sekadar', 'sekedar', 'saja', 'lama'];

/** Time markers that put a win in the past even after a modal ("kemarin bisa meraih"). */
export const PastWords: readonly string[] = [
  'kemarin',
  'tahun lalu',
  'yang lalu',
  'sebelumnya',
  'pernah',
  'silam',
];

/** Habits of the award ("diserahkan setiap tahun"): a description, not a report of one edition. */
export const HabitualWords: readonly string[] = [
  'setiap tahun',
  'tiap tahun',
  'biasanya',
  'secara rutin',
  'rutin',
  // ("tahunan" alone is also a place: Kecamatan Tahunan, Jepara)
  'ajang tahunan',
  'agenda tahunan',
  'kegiatan tahunan',
  'acara tahunan',
  'penghargaan tahunan',
];

/** Definitions of the award ("Paritrana Award merupakan …"): not reports of a prize-giving. */
export const DefinitionWords: readonly string[] = ['merupakan', 'adalah', 'ialah'];
