// Bahasa Indonesia first: every string is written in Indonesian and looked up here for English.

export type Lang = 'id' | 'en';

const stored = (() => {
  try {
    return localStorage.getItem('pw-lang');
  } catch {
    return null;
  }
})();
let lang: Lang = stored === 'en' ? 'en' : 'id';
document.documentElement.lang = lang;

export const currentLang = (): Lang => lang;

export function setLang(next: Lang): void {
  lang = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem('pw-lang', next);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

const en: Record<string, string> = {
  Antrian: 'Review queue',
  Cari: 'Search',
  'Hari ini': 'Today',
  Cakupan: 'Coverage',
  Dasbor: 'Dashboard',
  Artikel: 'Articles',
  Sumber: 'Sources',
  Masuk: 'Sign in',
  Keluar: 'Sign out',
  'Nama pengguna': 'Username',
  'Kata sandi': 'Password',
  'Nama pengguna atau kata sandi salah.': 'Wrong username or password.',
  'Terlalu banyak percobaan. Coba lagi nanti.': 'Too many attempts. Try again later.',
  'Masuk untuk meninjau dan mencari catatan penghargaan Paritrana.':
    'Sign in to review and search Paritrana Award records.',
  'Menu utama': 'Main menu',
  'Ganti bahasa': 'Change language',
  Memuat: 'Loading',
  'Memuat…': 'Loading…',
  'Tidak ada catatan yang menunggu tinjauan.': 'No records are waiting for review.',
  'catatan menunggu tinjauan': 'records waiting for review',
  Pemenang: 'Winner',
  Kategori: 'Category',
  Peringkat: 'Rank',
  Edisi: 'Edition',
  Tingkat: 'Level',
  Provinsi: 'Province',
  Keyakinan: 'Confidence',
  Media: 'Outlets',
  Berita: 'Stories',
  Status: 'Status',
  'Tanggal upacara': 'Ceremony date',
  'Kode wilayah': 'Region code',
  'Jenis pemenang': 'Winner type',
  'Id singkat': 'Short id',
  menurut: 'according to',
  Konfirmasi: 'Confirm',
  Koreksi: 'Correct',
  Tolak: 'Reject',
  Gabungkan: 'Merge',
  Batalkan: 'Undo',
  Buka: 'Open',
  Simpan: 'Save',
  Batal: 'Cancel',
  Tutup: 'Close',
  Alasan: 'Reason',
  'Alasan penolakan': 'Reason for rejecting',
  'Gabungkan ke catatan': 'Merge into record',
  'Ketik nama pemenang…': 'Type a winner name…',
  'Pintasan papan ketik': 'Keyboard shortcuts',
  'j / k: pindah kartu · Enter: buka · c: konfirmasi · x: tolak · ?: bantuan':
    'j / k: move · Enter: open · c: confirm · x: reject · ?: help',
  'c: konfirmasi · e: koreksi · x: tolak · m: gabungkan · u: batalkan':
    'c: confirm · e: correct · x: reject · m: merge · u: undo',
  'Kalimat bukti': 'Evidence sentence',
  'Teks artikel': 'Article text',
  'Teks artikel tidak tersimpan.': 'The article text is not stored.',
  'Kalimat bukti tidak ditemukan dalam teks.': 'The evidence sentence was not found in the text.',
  'Sumber berita': 'News sources',
  'Artikel sumber': 'Source article',
  Tanggal: 'Date',
  Tautan: 'Link',
  Asli: 'Original',
  'Salinan tersimpan': 'Stored copy',
  'Tampilkan teks': 'Show text',
  'Perbedaan antar sumber': 'Disagreements between sources',
  Nilai: 'Value',
  Bidang: 'Field',
  Riwayat: 'History',
  'Belum ada riwayat.': 'No history yet.',
  oleh: 'by',
  'Kabupaten/kota': 'Regency/city',
  'Desa/kelurahan': 'Village',
  '— pilih —': '— choose —',
  '— tidak diubah —': '— unchanged —',
  'Tahun edisi': 'Edition year',
  Catatan: 'Note',
  'Catatan tidak ditemukan.': 'Record not found.',
  'Tersimpan.': 'Saved.',
  'Dibatalkan.': 'Undone.',
  'Anda tidak berhak melakukan ini.': 'You are not allowed to do this.',
  'Catatan ini baru saja diubah orang lain. Muat ulang.':
    'Someone else just changed this record. Reload.',
  'Terjadi kesalahan': 'Something went wrong',
  baru: 'new',
  dikonfirmasi: 'confirmed',
  ditolak: 'rejected',
  dikoreksi: 'corrected',
  digabung: 'merged',
  provinsi: 'provincial',
  nasional: 'national',
  'Ada perbedaan': 'Has conflicts',
  'Hanya yang ada perbedaan': 'Conflicts only',
  'Nama pemenang': 'Winner name',
  'Provinsi (nama atau singkatan, mis. Jatim)': 'Province (name or short form, e.g. Jatim)',
  'Tahun upacara': 'Ceremony year',
  'Status tinjauan': 'Review state',
  Semua: 'All',
  'Pemerintah daerah': 'Local government',
  Kabupaten: 'Regency',
  Kota: 'City',
  Desa: 'Village',
  'Badan usaha': 'Company',
  UMKM: 'Small business',
  'Unduh Excel': 'Download Excel',
  'Unduh CSV': 'Download CSV',
  'CSV dengan titik koma': 'CSV with semicolons',
  hasil: 'results',
  'Tidak ada hasil.': 'No results.',
  Sebelumnya: 'Previous',
  Berikutnya: 'Next',
  Halaman: 'Page',
  'Salin tautan pencarian': 'Copy search link',
  'Tautan disalin.': 'Link copied.',
  'Minggu ini': 'This week',
  'Catatan baru': 'New records',
  'Sumber baru untuk catatan lama': 'New sources for known records',
  'Perbedaan baru': 'New conflicts',
  'Belum terlihat musim ini': 'Not seen yet this season',
  'Tindakan tinjauan': 'Review actions',
  'Tidak ada.': 'None.',
  Kesehatan: 'Health',
  'Terakhir berhasil': 'Last success',
  'Item terlihat': 'Items seen',
  Aktif: 'Enabled',
  Nonaktif: 'Disabled',
  Aktifkan: 'Enable',
  Nonaktifkan: 'Disable',
  'Periksa sekarang': 'Poll now',
  'Dijadwalkan.': 'Queued.',
  'Tambah sumber': 'Add a source',
  'Alamat situs': 'Site address',
  'Cari umpan': 'Find feeds',
  'Umpan ditemukan': 'Feeds found',
  'Tidak ada umpan yang ditemukan.': 'No feeds were found.',
  Pilih: 'Choose',
  'Sumber ditambahkan.': 'Source added.',
  'Hanya admin yang dapat mengubah sumber.': 'Only admins can change sources.',
  baik: 'fine',
  bermasalah: 'failing',
  rusak: 'broken',
  sepi: 'silent',
  'belum pernah diperiksa': 'never polled',
  Gagal: 'Failed',
  Ditolak: 'Rejected',
  'Coba lagi': 'Retry',
  'Kirim tautan': 'Submit a link',
  'Alamat artikel': 'Article address',
  Kirim: 'Submit',
  Diambil: 'Fetched',
  Diklasifikasi: 'Classified',
  Diekstrak: 'Extracted',
  Menunggu: 'Waiting',
  Selesai: 'Done',
  Penyebab: 'Cause',
  'Catatan per edisi dan tingkat': 'Records per edition and level',
  'Pemenang per provinsi': 'Winners per province',
  'Dukungan berita dari waktu ke waktu': 'Corroboration over time',
  'Antrian tinjauan dari waktu ke waktu': 'Review backlog over time',
  'Catatan dengan 2+ media': 'Records with 2+ outlets',
  'Catatan per minggu': 'Records per week',
  'Menunggu tinjauan': 'Waiting for review',
  'klik provinsi untuk mencari': 'click a province to search',
  catatan: 'records',
  Pengguna: 'User',
  Peran: 'Role',
  pembaca: 'reader',
  peninjau: 'reviewer',
  admin: 'admin',
  'Lewati ke isi': 'Skip to content',
  'Keyakinan rendah': 'Low confidence',
  'Catatan lama': 'Historical',
  Lainnya: 'Other',
  Tahap: 'Stage',
  Ditemukan: 'Discovered',
  Pengunggah: 'Submitted by',
  'Menunggu pemrosesan…': 'Waiting to be processed…',
};

/** The text in the current language (Indonesian is the key itself). */
export function t(id: string): string {
  return lang === 'en' ? (en[id] ?? id) : id;
}

const dateFmt = () =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
const dateTimeFmt = () =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** A date in WIB, e.g. "5 Des 2026". */
export const fmtDate = (iso: string | null | undefined): string =>
  iso ? dateFmt().format(new Date(iso)) : '–';

/** A date and time in WIB, e.g. "5 Des 2026 15.20 WIB". */
export const fmtDateTime = (iso: string | null | undefined): string =>
  iso ? `${dateTimeFmt().format(new Date(iso))} WIB` : '–';

const statusWords: Record<string, string> = {
  new: 'baru',
  confirmed: 'dikonfirmasi',
  rejected: 'ditolak',
  corrected: 'dikoreksi',
  merged: 'digabung',
};
export const statusLabel = (s: string): string => t(statusWords[s] ?? s);

const winnerTypeWords: Record<string, string> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  desa: 'Desa',
  badan_usaha: 'Badan usaha',
  umkm: 'UMKM',
};
export const winnerTypeLabel = (s: string): string => t(winnerTypeWords[s] ?? s);

const fieldWords: Record<string, string> = {
  rank: 'Peringkat',
  editionYear: 'Edisi',
  level: 'Tingkat',
  category: 'Kategori',
  province: 'Provinsi',
  winner: 'Pemenang',
  winnerType: 'Jenis pemenang',
  regionCode: 'Kode wilayah',
  regionParent: 'Kabupaten/kota',
  ceremonyDate: 'Tanggal upacara',
};
export const fieldLabel = (f: string): string => t(fieldWords[f] ?? f);

/** A failure or rejection code in plain words. */
const reasons: Record<string, [string, string]> = {
  'fetch.dns': ['situs tidak ditemukan (DNS)', 'site not found (DNS)'],
  'fetch.connect': ['koneksi ditolak', 'connection refused'],
  'fetch.robots-disallowed': ['robots.txt melarang', 'robots.txt disallows it'],
  'fetch.timeout': ['situs terlalu lama menjawab', 'the site took too long to answer'],
  'fetch.too-large': ['halaman terlalu besar', 'the page is too large'],
  'fetch.private-address': [
    'alamat jaringan pribadi (diblokir)',
    'a private network address (blocked)',
  ],
  'fetch.http-status': [
    'situs menjawab dengan kode galat HTTP',
    'the site answered with an HTTP error',
  ],
  'fetch.failed': ['halaman tidak dapat diambil', 'the page could not be fetched'],
  'fetch.redirect-loop': ['pengalihan berputar-putar', 'redirect loop'],
  'fetch.too-many-redirects': ['terlalu banyak pengalihan', 'too many redirects'],
  'fetch.bad-url': ['alamat tidak sah', 'not a valid address'],
  'fetch.bad-scheme': ['alamat bukan http/https', 'not an http/https address'],
  'fetch.bad-encoding': ['pengodean halaman tidak dikenal', 'unknown page encoding'],
  'fetch.duplicate': ['salinan artikel yang sudah ada', 'a copy of an article already seen'],
  'feed.malformed': ['umpan RSS rusak', 'the feed is malformed'],
  'page.undecodable': ['halaman tidak dapat dibaca', 'the page cannot be decoded'],
  'page.no-text': ['halaman tanpa teks artikel', 'the page has no article text'],
  'classify.not-indonesian': ['bukan berbahasa Indonesia', 'not in Indonesian'],
  'classify.not-award-report': [
    'bukan berita hasil Paritrana Award',
    'not a Paritrana Award results report',
  ],
  'extract.no-winner': ['tidak ada pemenang yang terbaca', 'no winner could be read'],
  'store.failed': ['gagal menyimpan ke basis data', 'could not store it in the database'],
  'pipeline.stuck': ['macet terlalu lama dalam antrean', 'stuck in the queue too long'],
  'pipeline.internal': ['kesalahan internal', 'internal error'],
};
export function reasonLabel(code: string | null | undefined): string {
  if (!code) {
    return '–';
  }
  const r = reasons[code];
  return r ? (lang === 'en' ? r[1] : r[0]) : code;
}
