import { VILLAGE_WORDS } from '../gazetteer/resolve-village.ts';

// Word lists the extractor's patterns share. Region and company vocabulary lives in
// data/aliases.tsv; these are the grammar words of Indonesian award reports.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** A word or phrase as a pattern taking its first letter in either case ("desa" → "[Dd]esa"). */
export const eitherFirstCase = (w: string): string =>
  `[${w[0]?.toUpperCase() ?? ''}${w[0] ?? ''}]${w.slice(1)}`;

/** Words that end a name when they follow it (lower-cased comparison). */
export const NAME_STOP = set(`
  raih meraih terima menerima sabet menyabet juara terbaik peringkat posisi urutan sebagai dan
  serta di ke dari yang untuk pada dalam dengan kategori katagori tingkat award awards paritrana
  anugerah penghargaan tahun sektor zona kecamatan kec kapanewon kemantren distrik kembali berhasil sukses atau
  menjadi jadi keluar diraih dimenangkan diterima borong boyong gondol sabet raup ini itu
  se adalah yakni yaitu usai saat ketika melalui atas oleh kepada bagi selaku masuk prestasi
  sumbang bukti komitmen capaian akhirnya resmi kini lagi lagi-lagi pun telah sudah harus naik
  bawa pertahankan mempertahankan rebut merebut kantongi sandang menyandang raup meraup borong
  memborong torehkan ukir amankan mengamankan dapat dapatkan peroleh sendiri pernah bidik incar
  targetkan siapkan dinobatkan ditetapkan dinyatakan terpilih tampil dianugerahi dianugrahi menang
  meunang kenging entuk mana siapa
  juarai menjuarai diganjar the runner ikut turut harumkan mengharumkan catat mencatat juga
`);

/** Capitalized words that start sentences or headers, never a winner's name. */
export const NOT_A_NAME = set(`
  tahun kali selain dalam untuk pada sementara sedangkan adapun kemudian lalu selanjutnya
  diantaranya di tak hal penghargaan prestasi pencapaian acara ini itu para sejumlah daerah
  ia dia beliau mereka
  pemenang kategori katagori sektor zona tingkat juara terbaik peringkat paritrana award
  anugerah berikut dari dan serta yakni yaitu adalah ada oleh kepada bagi wakil sekretaris
  sekda kepala ketua direktur deputi asisten staf bpjs bp jamsostek bpjamsostek kemenko
  kementerian menteri menko menaker wamenaker presiden wapres tbk persero pemerintah pemda pemdes perusahaan badan
  usaha skala besar menengah kecil mikro pelayanan publik layanan jasa keuangan perdagangan
  manufaktur pertambangan konstruksi pertanian perkebunan perikanan pendidikan kesehatan
  kabupaten kota provinsi desa kelurahan selamat terima alhamdulillah namun meski sebelumnya
  setelah sebanyak total hingga sampai mulai baik dengan yang pun juga terakhir masing
  raihan capaian keberhasilan kemenangan semua seluruh kami kita mereka beliau pelaku
  senin selasa rabu kamis jumat sabtu minggu bupati gubernur walikota wali camat lurah pj plt
  plh penjabat wagub wabup wawali kadis kakanwil dirut foto baca berita predikat akhirnya
  tropi trofi plakat piala piagam medali sertifikat gelar kini naik turun
  satu dua tiga empat lima enam tujuh delapan sembilan sepuluh kedua ketiga keempat kelima
  edisi harapan dua-duanya tiga-tiganya keduanya ketiganya semuanya kesemuanya nasional internasional
  belum tidak bukan bagikan share advertisement iklan scroll facebook whatsapp telegram twitter instagram
  youtube tiktok linkedin sekarang waktu syukuran tasyakuran jumlah luas direksi karyawan jl
  siaran pers lampiran pengumuman penerima penetapan keputusan memutuskan menetapkan diktum
  rekapitulasi perihal nomor catatan keterangan daftar tindak lanjut slide halaman siapa kok
  laporan peta dulu dahulu dulunya
  januari februari maret april mei juni juli agustus september oktober november desember
  nominasi nominator kesatu tentang menimbang mengingat salinan mengapa kenapa bagaimana ternyata
  apakah ii iii iv tapi tetapi padahal walau walaupun meskipun sayangnya narahubung kontak cerita
  kisah
  yg btw fyi sy dgn utk krn karna tp jd sm gak ga nggak udah nb kalo trus terus td tadi
  aja ya oh eh wah nah pokoknya intinya mohon semoga sblm stlh dr dpt
  diserahkan diterima digelar dihadiri disaksikan grafis desain info umk
  aamiin serius mantap mantul keren horas salam tim
  sing sopo opo saha naon sabar pesan kabar ralat tanya awak kitong torang kitorang katong ambo kito
`);

/** Win verbs and phrases that follow a winner: "X berhasil meraih …", "X keluar sebagai …". */
/** A kind of winner and "terbaik" after it: "(menjadi) perusahaan besar terbaik". */
const KIND_THEN_BEST =
  '(?:desa|kelurahan|gampong|nagari|kabupaten(?:\\/kota)?|kota|provinsi|perusahaan|badan usaha|usaha|rumah sakit|koperasi|umkm|ukm|bumdes)(?: (?:besar|menengah|kecil|mikro|dan|swasta))* terbaik';

/**
 * What may follow "yang kedua" when it is a place won: the clause ends, or its category follows
 * ("menjadi yang kedua, …"; not "yang pertama bagi Cimahi", the first ever).
 */
export const PLACE_WON_END = '\\s*(?:[,.;)]|$)|\\s+(?:dan|kategori|di|dalam|pada|tingkat|se-?)\\b';

export const WIN_VERB = `(?:(?:ditetapkan|dinyatakan|terpilih)(?: (?:sebagai|menjadi|jadi))?|diumumkan (?:sebagai|menjadi) (?=juara|pemenang|terbaik|peraih)|jadi (?:yang )?(?:juara|terbaik|pemenang)|juarai|(?:mem)?bawa pulang|pulang (?:dengan )?membawa|(?:mem)?pertahankan|(?:me)?rebut|kantongi|(?:me)?nyandang|sandang|(?:me)?raup|(?:mem)?borong|torehkan|(?:meng)?amankan|tercatat sebagai|meraih|raih|meraihnya|memenangkan|memenangi|menang|meunang|kenging|entuk|menerima|terima(?!\\s+kasih)|mendapat(?:kan)?|memperoleh|dapat (?=juara|terbaik\\s+(?:[IV]{1,3}|\\d|pertama|kedua|ketiga|ke-?\\d)\\b|penghargaan|predikat|peringkat|posisi|award|trofi|piala|anugerah|harapan)|(?:memegang|mengangkat|memamerkan|membawa) (?=trofi|piala|piagam|plakat)|menyabet|sabet|menggondol|memboyong|mengantongi|menjuarai|dinobatkan|dianugerahi|dianugrahi|diganjar|(?:keluar|tampil) sebagai|menjadi (?:(?:desa|kelurahan|kabupaten|kota|provinsi|perusahaan|badan usaha|rumah sakit) )?(?:juara|terbaik|pemenang|peraih|peringkat (?=pertama|kedua|ketiga|ke-?\\d|[1-5]\\b|I{1,3}\\b)|yang terbaik|${KIND_THEN_BEST}|yang (?:pertama|kedua|ketiga)(?=${PLACE_WON_END})|runner[ -]?up)|terpilih (?:sebagai|menjadi)|dipanggil (?:sebagai|menjadi) (?=juara|pemenang|peraih|terbaik)|menjadi (?:tiga|3) besar (?=peraih|penerima|pemenang)|termasuk (?:di antara|dalam|salah satu) (?:[a-z/]+ ){0,3}?(?=penerima|pemenang|peraih)|menduduki|menempati|memuncaki|(?:melengkapi|menutup) (?=(?:tiga|empat|lima|[3-5]) besar)|mengisi (?=posisi|urutan|peringkat|tempat)|diterima|mendapat predikat|(?:sebagai|selaku) (?:juara|terbaik|pemenang|peraih|penerima|runner[ -]?up|the best|${KIND_THEN_BEST})|(?:adalah|merupakan) (?:juara|pemenang|peraih|terbaik (?=[IV]{1,3}\\b|\\d|pertama|kedua|ketiga))|menyusul(?=\\s*(?:[.,;)]|$)))`;

/**
 * Adverbs allowed between a winner and its verb (and the step to the national stage: "X melangkah
 * ke tingkat nasional dan dinobatkan sebagai Terbaik I", "X melaju ke tingkat nasional setelah
 * menjadi juara 1 … tingkat Provinsi Bali", "X maju ke nasional sebagai Terbaik I …").
 */
export const WIN_ADVERBS =
  '(?:(?:itu|ini|tersebut|sendiri|sebelumnya|pernah|bahkan|masih|masing-masing|(?:secara\\s+)?(?:berturut-turut|berurutan)|setelah sebelumnya|harus puas(?: dengan)?|naik|(?:harus\\s+)?turun|baru|berada|finish|finis|bertengger|nangkring|duduk|memang|masuk|menyusul|yang|kembali|berhasil|sukses|dipercaya|juga|turut|ikut|pun|telah|sudah|akhirnya|justru|malah|(?:terlebih|lebih)\\s+(?:dulu|dahulu)|hanya|cuma|(?:ketika|saat|waktu)\\s+itu|pun\\s+akhirnya|resmi|tercatat(?:\\s+sebagai)?|kini|kali ini|tahun ini|pada tahun ini|lagi-lagi|lagi|secara|langsung|kembali|sama-sama|bersama-sama|kompak|serempak|baru\\s+saja|(?:baru\\s+)?sampai(?=\\s+(?:juara|terbaik|peringkat|posisi|urutan)\\b)|(?:mengikuti|membuntuti|menguntit)(?=\\s+di\\s+(?:tempat|posisi|urutan|peringkat)\\b)|daerahnya|desanya|kotanya|kabupatennya|(?:pada\\s+)?(?:bulan\\s+)?(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)(?:\\s+(?:lalu|kemarin|20\\d\\d))?|(?:tahun|bulan|pekan|minggu)\\s+(?:lalu|kemarin)|beberapa\\s+(?:waktu|hari|pekan|minggu|bulan)\\s+(?:lalu|silam)|mewakili\\s+(?:wali\\s?kota|bupati|gubernur|kepala\\s+(?:daerah|desa))|(?:melangkah|melaju|maju|lolos|berangkat)\\s+ke\\s+(?:(?:tingkat|tahap|level|panggung)\\s+)?nasional(?:\\s+(?:dan|setelah(?:\\s+sebelumnya)?))?)\\s+)*';

/** Passives of winning that a list of winners follows: "diraih oleh A, B dan C". */
export const WON_PASSIVES =
  'diraih|dimenangkan|dimenangi|diterima|dianugerahkan|jatuh|disabet|ditempati|diduduki|disandang|dipegang|direbut|dikantongi|diboyong|digondol|diborong|diperoleh|dijuarai|diisi|dibawa pulang(?!\\s+(?:ke|menuju)\\b)|direngkuh|diamankan|ditetapkan(?=\\s+(?:untuk|bagi)\\s+(?-i:\\p{Lu}))';

/** A nominee's certificate, which is no win: "menerima sertifikat nominasi". */
/** A place among the nominees, after its verb: "(sebagai) salah satu nominasi", "finalis". */
export const NOMINEE_PLACE =
  '(?:salah\\s+satu\\s+)?(?:nominasi|nominator|nomine|finalis|kandidat)\\b';

export const NOMINEE_CERTIFICATE =
  '(?:(?:sertifikat|piagam)\\s+(?:(?:sebagai\\s+)?(?:nominasi|nomine|nominee|nominator|finalis)|peserta|partisipasi)|penghargaan\\s+sebagai\\s+(?:nominasi|nominee|nominator|finalis))';

/** Words that introduce a list of winners: "diraih oleh A, B dan C", "yakni A, B". */
export const LIST_TRIGGER = `(?:(?:berhasil |juga |turut |pun )?(?:${WON_PASSIVES}|diberikan)(?:\\s+(?:secara\\s+)?langsung)?(?:\\s+masing-masing)?(?:\\s+(?:oleh|kepada|ke tangan|ke|pada|(?:untuk|bagi)(?=\\s+(?-i:\\p{Lu})))(?:\\s+(?:para\\s+)?(?:perwakilan|utusan))?)?|menjadi milik|diumumkan(?=\\s+(?:juara|peringkat|terbaik)\\s)|(?<=(?:juara|terbaik|peringkat|posisi|urutan)\\s+\\S+\\s+)oleh|(?<=\\b(?:zona|kategori)\\s+[^,;.]{1,40}?\\s)oleh|yakni|yaitu|adalah|ialah|pemenangnya|penerimanya|(?:para\\s+)?(?:pemenang|peraih\\s+penghargaan|penerima\\s+penghargaan)\\s+dari|masing-masing|meliputi|antara lain|di antaranya|diantaranya|ada|bersama dengan|disusul(?:\\s+oleh)?|diikuti(?:\\s+oleh)?|di\\s+(?:belakang|bawah)nya(?:,?\\s+(?:secara\\s+)?berurutan,?|\\s+ada)?|setelah(?:\\s+itu)?|(?<=berada\\s+(?:tepat\\s+)?)di\\s+bawah|selamat (?:kepada|untuk)|kepada|(?:menetapkan|menobatkan|memilih|mengumumkan)(?=\\s+[^,;.]{3,80}?\\s+sebagai\\s+(?:juara|terbaik|pemenang|peraih)))`;

/** Words hinting that a sentence is about the award at all. */
export const AWARD_CUE =
  /paritrana|paritana|partirana|penghargaan|award|anugerah|juara|terbaik|peringkat|pemenang|peraih|penerima|kategori|katagori|sektor|piagam|trofi|piala|predikat|posisi|urutan|zona|nominasi|harapan\s+(?:I{1,3}|[1-3])\b/i;

/** Words that make a win hypothetical or a loss: targets, hopes, nominations, beaten rivals. */
export const NOT_A_WIN =
  /\b(bisa|dapat(?!\s+(?:juara|terbaik\s+(?:[IV]{1,3}|\d|pertama|kedua|ketiga)|penghargaan|predikat|peringkat|posisi)\b|\s*$)|akan|bakal|ingin|berharap|target|targetkan|menargetkan|optimis|optimistis|yakin|semoga|bertekad|berambisi|bermimpi|memimpikan|mengincar|incar|membidik|bidik|diharapkan|mencoba|berupaya|jika|kalau|agar|supaya|mampu bersaing|harus (?:juara|menang|meraih|menjadi|jadi)|masuk (?:dalam )?nominasi|(?:tidak|tak|belum) masuk (?:daftar|jajaran) (?:juara|pemenang)|gagal|nominasi peraih|kandidat|finalis|mengungguli|mengalahkan|menyisihkan|menyingkirkan|mengikuti (?:seleksi|penilaian|wawancara|tahap|tahapan|verifikasi)|(?:para )?peserta yang|diusulkan|mengusulkan|yang belum(?!\s+lama)|segera menyusul)\b/i;

/** The first person, in Indonesian and some regional tongues (Minang "kito", "awak", "ambo";
 * Manado "torang"): "Gampong Kita", "Rumah Sakit Kami" name no one. */
export const OUR = /^(?:kita|kami|kito|awak|ambo|torang|kitorang|kitong|katong)$/i;
/** A sentence that speaks as "we" in Indonesian ("kita", "kami"): a speaker's or a page's own side. */
export const SAYS_WE = /(?<![\p{L}])(?:kita|kami)(?![\p{L}])/iu;
/** The kinds "our" may follow in a headline: "Gampong Kita", "Rumah Sakit Kami", "Hotel Kami". */
const KINDS_BEFORE_OUR: ReadonlySet<string> = new Set([
  ...VILLAGE_WORDS,
  ...'kabupaten kota provinsi daerah rumah sakit rs rsu hotel pabrik koperasi kud ksp ksu kopkar bumdes pt perusahaan toko warung bengkel workshop usaha'.split(
    ' ',
  ),
]);

/** Whether words are a kind and "our", no one's name: "Gampong Kita", "Rumah Sakit Kami". */
export function kindOfOurs(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  const kind = words.slice(0, -1);
  return (
    kind.length > 0 && OUR.test(last) && kind.every((w) => KINDS_BEFORE_OUR.has(w.toLowerCase()))
  );
}

/** The words heading a district, between a regency and its villages: "Kecamatan X", "Kapanewon X"
 * (DIY's regencies), "Kemantren X" (Kota Yogyakarta), "Distrik X" (Papua). */
export const DISTRICT = '(?:Kecamatan|Kec\\.|Kapanewon|Kemantren|Distrik)';

/** A name headed by a village word ("Desa", "Nagari", "Negeri" …) or "Pemerintah Desa". */
export const VILLAGE_NAME = new RegExp(
  `^(?:${VILLAGE_WORDS.join('|')}|pemerintah desa|pemdes)\\s`,
  'i',
);

/** The words a government agency's name opens with. */
export const AGENCY_WORDS = 'Dinas|Disnaker(?:trans)?|Biro|Badan';
/** A government agency's name: "Dinas Tenaga Kerja Kabupaten X", "Disnaker Siak", "Biro …". */
export const GOVERNMENT_AGENCY = new RegExp(`^(?:${AGENCY_WORDS})\\b`);

/** A place won as a rank: "juara I", "terbaik kedua", "peringkat 3", "juara ke-2". */
export const PLACE_WON =
  /\b(?:juara|terbaik|peringkat)\s+(?:ke-?)?(?:[IV]{1,3}|[1-9]|pertama|kedua|ketiga|satu|dua|tiga)\b/i;

/**
 * A clause set off right after a name, that says who it is or what it did before: "X, yang
 * sebelumnya juara I tingkat provinsi, …", "X sendiri, yang …,".
 */
export const OWN_ASIDE = /^(?:\s+(?:sendiri|pun|juga))?\s*,\s*yang\s[^,.;]*,/;
