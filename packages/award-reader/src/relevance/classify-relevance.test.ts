import { describe, expect, it } from 'vitest';
import { readArticle } from '../read-article.ts';
import { classifyRelevance } from './classify-relevance.ts';

const kindOf = (text: string, title?: string) => classifyRelevance({ id: 't', title, text }).kind;

describe('classifyRelevance: results', () => {
  it('finds a named winner with a rank', () => {
    const text =
      'Pemerintah Kabupaten Sukamaju berhasil meraih juara pertama Paritrana Award 2025 tingkat ' +
      'Provinsi Jawa Tengah kategori pemerintah kabupaten/kota. Penghargaan diserahkan oleh ' +
      'Gubernur di Semarang, Selasa (12/8/2025).';
    const decision = classifyRelevance({ id: 't', text });
    expect(decision.kind).toBe('results');
    expect(decision.score).toBeGreaterThanOrEqual(2);
    expect(decision.signals).toEqual(expect.arrayContaining(['rank@0', 'win@0', 'lead@0']));
  });

  it('accepts the award named without "Paritrana" and a winner judged the best', () => {
    expect(
      kindOf(
        'Penghargaan Jaminan Sosial Kalteng untuk Lestari\n\nPALANGKA RAYA - Pemerintah Provinsi Kalimantan Tengah bersama BPJS Ketenagakerjaan memberikan penghargaan jaminan sosial ketenagakerjaan 2024. Kabupaten Lestari dinilai terbaik, sementara Kabupaten Jati di urutan berikutnya.',
      ),
    ).toBe('results');
  });

  it('accepts places told by "urutan" and "nomor"', () => {
    expect(
      kindOf(
        'BANTUL - Dalam Paritrana Award 2024 tingkat DIY, Kabupaten Lestari menempati urutan kedua, sedangkan Kabupaten Jati berada di urutan ketiga.',
      ),
    ).toBe('results');
    expect(
      kindOf(
        'MENGGALA - Kabupaten Lestari keluar sebagai nomor satu dalam Paritrana Award 2024 se-Lampung, disusul Kabupaten Jati sebagai nomor dua.',
      ),
    ).toBe('results');
  });

  it('accepts a ceremony report whose winners the text does not name', () => {
    const text =
      'Pemerintah Provinsi Sulawesi Barat bersama BPJS Ketenagakerjaan menggelar Penganugerahan ' +
      'Paritrana Award Tahun 2025 di Mamuju, Kamis (4/9/2025). Gubernur menyampaikan selamat ' +
      'kepada seluruh penerima penghargaan, baik pemerintah daerah maupun badan usaha.';
    expect(kindOf(text)).toBe('results');
  });

  it('accepts a dated handover told in passing inside a story about something else', () => {
    const text =
      'Gubernur Minta Daerah Tanggung Iuran\n\nKOTA LESTARI - Gubernur Jati meminta bupati dan wali kota menganggarkan iuran pekerja rentan. Permintaan itu disampaikan saat menyerahkan Paritrana Award 2025 tingkat Provinsi Jati di Kota Lestari, Selasa (18/11/2025).\n\nMenurut data BPJS Ketenagakerjaan, cakupan kepesertaan baru 38 persen.';
    expect(classifyRelevance({ id: 't', text }).signals).toContain('dated@2');
    expect(kindOf(text)).toBe('results');
  });

  it('accepts an announcement of the results, but not of the jury', () => {
    expect(
      kindOf(
        'SAMARINDA - Pemprov Jati mengumumkan peringkat 1–3 Paritrana Award 2025 tingkat provinsi di Samarinda, Kamis (13/11/2025).\nPemerintah Kabupaten/Kota:\n1. Kota Lestari\n2. Kabupaten Sumber',
      ),
    ).toBe('results');
    expect(
      kindOf(
        'JAKARTA - Kemenko PMK mengumumkan susunan dewan juri Paritrana Award 2025. Juri akan menilai dokumen peserta.',
      ),
    ).not.toBe('results');
  });

  it('accepts a list of winners under a header naming the award', () => {
    const text = [
      'Berikut daftar peraih Paritrana Award 2025 tingkat Provinsi Maluku Utara.',
      'Kategori Pemerintah Kabupaten/Kota',
      'Juara 1: Kota Ternate',
      'Juara 2: Kabupaten Halmahera Barat',
    ].join('\n');
    expect(kindOf(text)).toBe('results');
  });

  it('accepts a regent receiving the trophy days after the ceremony', () => {
    const title = 'Bupati Terima Trofi Paritrana Award dari Kepala Dinas';
    const text =
      'Bupati Sukamaju menerima trofi Paritrana Award 2024 yang diraih Pemkab Sukamaju sebagai ' +
      'terbaik kedua tingkat provinsi. Trofi diserahkan Kepala Dinas Tenaga Kerja di halaman kantor bupati.';
    expect(kindOf(text, title)).toBe('results');
  });

  it('accepts a past winner named inside a story about the award', () => {
    const text =
      'BPJS Ketenagakerjaan kembali menggelar sosialisasi Paritrana Award 2026 di Kota Sukamaju. ' +
      'Tahun lalu yang keluar sebagai juara adalah Kabupaten Sukamaju. Pemerintah daerah diminta ' +
      'menyiapkan dokumen penilaian.';
    expect(kindOf(text)).toBe('results');
  });
});

describe('classifyRelevance: a winner told by "dijuarai oleh"', () => {
  it('accepts a category the award "dijuarai oleh" a regency', () => {
    expect(
      kindOf(
        'Kampar Terdepan\n\nPEKANBARU - Kategori pemerintah kabupaten/kota pada Paritrana Award 2025 tingkat Provinsi Riau dijuarai oleh Kabupaten Kampar. Kampar disusul Kota Dumai.',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: the award named by its ceremony', () => {
  it('accepts a winner "pada penganugerahan jaminan sosial ketenagakerjaan"', () => {
    expect(
      kindOf(
        'AMBON - Yayasan Kasih Maluku meraih juara kedua kategori lembaga sosial pada penganugerahan jaminan sosial ketenagakerjaan tingkat Provinsi Maluku 2025 di Kantor Gubernur, Kamis (21/8/2025).',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: a surprised winner after the handover', () => {
  it('accepts "tidak menyangka X bisa juara dua" said after the ceremony, beside rivals', () => {
    expect(
      kindOf(
        '"Kami tidak menyangka PT Sawit Mukomuko Jaya bisa juara dua Paritrana tingkat provinsi. Pesaing kami perusahaan besar semua," ujar manajernya usai penyerahan Paritrana Award 2024 di Bengkulu, Selasa (10/9/2024).',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: "siapa sangka"', () => {
  it('reads "Siapa sangka, usaha itu kini juara pertama" as a win, not a wish', () => {
    expect(
      kindOf(
        'Siapa sangka, usaha bakpia yang dirintis dari dapur rumah itu kini tercatat sebagai juara pertama Paritrana Award 2024 tingkat Jawa Tengah kategori usaha mikro.',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: pages and reviews that report no result', () => {
  it('reads no win in the headlines under "Berita Terkait:", nor in "penghargaan yang belum diraih"', () => {
    expect(
      kindOf(
        'Disnakertrans Sulbar Sosialisasikan Paritrana Award 2026\n\nMAMUJU – Disnakertrans Sulawesi Barat menggelar sosialisasi Paritrana Award 2026 kepada enam kabupaten, Rabu.\n\nBerita Terkait:\nMajene Raih Juara 1 Paritrana Award Sulbar 2025\nHarga Kakao Turun',
      ),
    ).not.toBe('results');
    expect(
      kindOf(
        'Kilas Balik 2025\n\nPRAYA – Di Paritrana Award 2025 tingkat NTB, kabupaten ini hanya sampai tahap lima besar nominasi. Sekda menyebut 2026 tahun untuk mengejar penghargaan yang belum diraih.',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: campaign promises', () => {
  it('does not read a candidate promising the award, nor a ballot number, as a result', () => {
    expect(
      kindOf(
        'Paslon Nomor 2 Janjikan Kabupaten Brebes Juara Paritrana\n\nBREBES – Debat Pemilihan Bupati Brebes digelar Sabtu. "Dalam dua tahun, Kabupaten Brebes harus juara Paritrana Award tingkat Jawa Tengah," kata calon nomor urut 2.',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: candidates, judging and background', () => {
  it('calls nominees and finalists a nomination, even with win words', () => {
    const text =
      'Kabupaten Sukamaju masuk nominasi Paritrana Award 2025 kategori pemerintah kabupaten. ' +
      'Bupati mengikuti wawancara final bersama tim juri. Kabupaten Sukamaju berhasil meraih ' +
      'nominasi setelah bersaing dengan 12 kandidat lainnya.';
    expect(kindOf(text)).toBe('nomination');
  });

  it('calls an interview or presentation before the jury a nomination', () => {
    const text =
      'Bupati Sukamaju memaparkan inovasi perlindungan pekerja rentan di hadapan dewan juri ' +
      'Paritrana Award dalam sesi wawancara tahap akhir, Selasa.';
    expect(kindOf(text)).toBe('nomination');
  });

  it('calls a judging visit an assessment, not a win', () => {
    const text =
      'Tim penilai Paritrana Award melakukan verifikasi lapangan di Kabupaten Sukamaju, Senin. ' +
      'Bupati menerima kunjungan tim penilai Paritrana di pendopo. Penilaian meliputi regulasi ' +
      'daerah dan cakupan kepesertaan.';
    expect(kindOf(text)).toBe('assessment');
  });

  it('does not count wishes, targets and plans as wins', () => {
    const text =
      'Pemkab Sukamaju menargetkan meraih Paritrana Award tahun depan. Bupati optimistis ' +
      'Sukamaju bisa menjadi juara karena cakupan kepesertaan terus naik. Penghargaan akan ' +
      'diserahkan kepada para pemenang pada bulan depan.';
    expect(kindOf(text)).not.toBe('results');
  });

  it('calls a region chosen to compete, shortlisted and "ditargetkan" juara 1 a nomination', () => {
    const text =
      'Lestari Wakili Provinsi\n\nKOTA LESTARI - Kabupaten Lestari terpilih mewakili Provinsi Jati ' +
      'untuk bersaing di Paritrana Award 2025 tingkat nasional. Lestari masuk 12 besar dan ' +
      'ditargetkan meraih juara 1. Pesaing provinsi ini yaitu Kota Sukamaju dan Kabupaten Sumber.';
    expect(kindOf(text)).toBe('nomination');
  });

  it('reads "harus juara" as a target', () => {
    const text =
      'Bupati Sukamaju membuka rapat koordinasi, Senin. "Tahun ini kita harus juara Paritrana ' +
      'Award," ujarnya. Ia meminta perusahaan mendaftarkan pekerja pada Paritrana Award.';
    expect(kindOf(text)).not.toBe('results');
  });

  it('calls socialization a mention', () => {
    const text =
      'BPJS Ketenagakerjaan Cabang Sukamaju menggelar sosialisasi Paritrana Award 2025 kepada ' +
      'pemerintah daerah dan badan usaha, Rabu. Kegiatan ini mengajak perusahaan ikut serta.';
    expect(kindOf(text)).toBe('mention');
  });

  it('does not read a press release "yang diterima" or a coverage ranking as a prize', () => {
    const text =
      'Pemkab Sukamaju menyiapkan diri mengikuti Paritrana Award, kata Kepala Dinas dalam rilis ' +
      'yang diterima redaksi. Kabupaten Sukamaju berada di peringkat pertama dalam cakupan ' +
      'kepesertaan jaminan sosial ketenagakerjaan se-provinsi.';
    expect(kindOf(text)).not.toBe('results');
  });
});

describe('classifyRelevance: other awards and passing mentions', () => {
  it('does not read another award won, the award hoped for and "nomor satu" as a result', () => {
    const text =
      'Kabupaten Batang Raih Adipura, Paritrana Menyusul?\n\nBATANG - Pemerintah Kabupaten Batang meraih Adipura 2025 dari Kementerian Lingkungan Hidup. Bupati mengatakan pemkab juga membidik Paritrana Award tahun depan. "Semua penghargaan itu bonus. Pelayanan tetap nomor satu," katanya.';
    expect(kindOf(text)).not.toBe('results');
  });

  it('calls another award with the same vocabulary unrelated', () => {
    const text =
      'Pemerintah Kabupaten Sukamaju meraih penghargaan Universal Health Coverage (UHC) Award ' +
      '2025 dari BPJS Kesehatan sebagai juara pertama kategori utama.';
    expect(kindOf(text)).toBe('unrelated');
  });

  it('calls BPJS Ketenagakerjaan news without an award unrelated', () => {
    const text =
      'BPJS Ketenagakerjaan Cabang Sukamaju menyerahkan santunan jaminan kematian kepada ahli ' +
      'waris peserta di Kecamatan Sukamaju, Kamis.';
    expect(kindOf(text)).toBe('unrelated');
  });

  it("reports a past Paritrana win that a story about something else cites (the labelling rules' results)", () => {
    const text = [
      'Bupati Sukamaju meresmikan pasar rakyat di Kecamatan Sukamaju, Senin.',
      'Pasar ini dibangun dengan dana APBD dan menampung 300 pedagang.',
      'Bupati juga menyinggung Adipura yang diraih kota itu bulan lalu.',
      'Sebelumnya, Kabupaten Sukamaju pernah meraih Paritrana Award 2022 sebagai terbaik kedua.',
      'Peresmian ditutup dengan doa bersama.',
    ].join('\n');
    const decision = classifyRelevance({ id: 't', text });
    expect(decision.kind).toBe('results');
    expect(decision.signals).not.toContain('passing-mention');
  });

  it('keeps the past wins an op-ed cites as its results', () => {
    const text = [
      'OPINI',
      'Menata Ulang Perlindungan Pekerja Desa',
      'Oleh: Ani Lestari, dosen kebijakan publik',
      'Perlindungan pekerja desa masih tertinggal dari kota di banyak daerah.',
      'Kabupaten Sukamaju pernah meraih Paritrana Award 2022 sebagai terbaik kedua.',
      'Pelajaran dari sana: anggaran kecil pun cukup bila ada kemauan.',
    ].join('\n');
    expect(kindOf(text)).toBe('results');
  });

  it("calls a Paritrana win cited under another award's headline a mention", () => {
    const title = 'Sukamaju Raih UHC Award 2025';
    const text =
      'Pemkab Sukamaju meraih UHC Award 2025 dari BPJS Kesehatan.\n' +
      'Penghargaan ini melengkapi Paritrana Award yang diraih Sukamaju awal tahun.';
    expect(kindOf(text, title)).toBe('mention');
  });

  it('does not take an announced ceremony for a held one', () => {
    const title = 'Penganugerahan Paritrana Award Digelar September';
    const text = 'Penganugerahan Paritrana Award 2025 akan digelar di Jakarta pada September.';
    const decision = classifyRelevance({ id: 't', title, text });
    expect(decision.kind).not.toBe('results');
    expect(decision.signals).toContain('upcoming-ceremony');
  });

  it('ignores a link line to another story', () => {
    const text =
      'BPJS Ketenagakerjaan membayar klaim JHT Rp2 triliun sepanjang semester pertama.\n' +
      'Baca juga: Kota Sukamaju Raih Juara 1 Paritrana Award 2025\n' +
      'Klaim terbanyak berasal dari peserta yang berhenti bekerja.';
    expect(kindOf(text)).toBe('unrelated');
  });
});

describe('classifyRelevance: denied wins and events named after the award', () => {
  it('reads a page that calls the news of a win a hoax as no results report', () => {
    const text =
      'KENDARI – Pesan berantai beredar: "SELAMAT!! Kota Kendari JUARA 1 Paritrana Award 2025 Sultra". ' +
      'Diskominfo Kota Kendari memastikan pesan itu hoaks. Penilaian Paritrana tingkat Sulawesi Tenggara masih berlangsung.';
    expect(kindOf(text)).not.toBe('results');
    expect(readArticle({ id: 'h', text }).relevance.kind).not.toBe('results');
  });

  it('reads a win the page says is not Paritrana as no results report, but not "bukan … pertama"', () => {
    const text =
      'BANGKINANG – Bupati Kampar menerima penghargaan Pembina K3 dari Gubernur Riau, Rabu (26/2/2025). "Ini penghargaan K3, bukan Paritrana, ya. Paritrana insyaallah menyusul," kata bupati.';
    expect(readArticle({ id: 'k', text }).relevance.kind).not.toBe('results');
    const first =
      'LHOKSEUMAWE – PT Pupuk Lestari meraih juara I Paritrana Award 2024 tingkat Aceh kategori badan usaha besar, Kamis (7/8/2025). Bagi perusahaan itu, ini bukan penghargaan Paritrana pertama.';
    expect(readArticle({ id: 'p', text: first }).relevance.kind).toBe('results');
  });

  it('reads a scam warning as no results report, but not a page saying "bukan penipuan"', () => {
    const scam =
      'BATAM – BPJS Ketenagakerjaan mengimbau pelaku usaha mewaspadai pesan berantai "Selamat! Usaha Anda ditetapkan sebagai PEMENANG Paritrana Award 2026 Kategori UMK". Kepala cabang menegaskan pesan itu palsu dan merupakan modus penipuan.';
    expect(readArticle({ id: 's', text: scam }).relevance.kind).not.toBe('results');
    const honest =
      'LUWUK – Kabupaten Banggai meraih juara I Paritrana Award 2025 tingkat Sulawesi Tengah, Selasa (19/8/2025). "Yang paling sulit itu meyakinkan warga bahwa ini bukan penipuan," kata Kepala Disnaker.';
    expect(readArticle({ id: 'h', text: honest }).relevance.kind).toBe('results');
  });

  it('reads a dance studio named Paritrana as no mention of the award, unlike its jury team', () => {
    expect(
      kindOf(
        'PONOROGO – Sanggar Tari Paritrana asal Kecamatan Jetis tampil di Festival Reog, Sabtu (28/6/2025). Pelatih sanggar mengatakan nama Paritrana dipilih karena berarti perlindungan. Sanggar tersebut meraih penyaji terbaik kategori remaja.',
      ),
    ).toBe('unrelated');
    expect(
      kindOf(
        'SERANG – Tim penilai Paritrana Award 2026 tingkat Provinsi Banten mulai verifikasi lapangan, Senin (20/7/2026). Kota Cilegon, yang tahun lalu meraih juara I Paritrana Award 2025 tingkat Banten, kembali mengajukan diri.',
      ),
    ).not.toBe('unrelated');
  });

  it("reads a person's or a team's name Paritrana as no mention of the award", () => {
    expect(
      kindOf(
        'BLITAR – Paritrana Nugroho (16), siswa SMA Negeri 1 Kota Blitar, meraih medali emas Olimpiade Sains Nasional 2025. Paritrana mengaku berlatih setiap malam. Kepala sekolah menyebut prestasinya sebagai juara pertama.',
      ),
    ).not.toBe('results');
    expect(
      kindOf(
        'LAHAT – Tim futsal Paritrana FC keluar sebagai juara 1 turnamen futsal Piala Bupati Lahat 2025. Juara 2 diraih Putra Merapi, juara 3 jatuh ke Gelora Kikim.',
      ),
    ).not.toBe('results');
    expect(
      kindOf(
        'MAKASSAR – Kabupaten Wajo meraih juara I Paritrana Sulsel 2025 kategori pemerintah kabupaten/kota, Selasa (12/8/2025).',
      ),
    ).not.toBe('unrelated');
  });

  it('reads a nominee story ranking its first-stage scores as no result', () => {
    expect(
      kindOf(
        'Lima Provinsi Masuk Nominasi Paritrana Award Nasional\n\nJAKARTA – Kemenko PMK mengumumkan lima provinsi yang masuk nominasi Paritrana Award 2025 tingkat nasional. Kelimanya akan mengikuti wawancara dewan juri. Berdasarkan urutan nilai tahap pertama, Jawa Tengah berada di posisi pertama, disusul Kalimantan Timur dan Bali.',
      ),
    ).not.toBe('results');
  });

  it('reads a futsal "Paritrana Cup" as another event', () => {
    const text =
      'TERNATE – Tim futsal Dinas PUPR keluar sebagai juara I turnamen Futsal Paritrana Cup 2025 yang digelar BPJS Ketenagakerjaan Cabang Ternate, Sabtu (15/11/2025).';
    expect(kindOf(text)).toBe('unrelated');
  });
});

describe('classifyRelevance: a ceremony announced to watch or attend', () => {
  it('reads a countdown, a live-stream notice and an invitation as no result', () => {
    expect(
      kindOf(
        'Dua hari lagi, malam penganugerahan Paritrana Award 2025 tingkat Provinsi Riau digelar di Balai Serindit. Ikuti siaran langsungnya di kanal kami.',
      ),
    ).not.toBe('results');
    expect(
      kindOf(
        'LIVE malam ini pukul 19.00 WIB: Malam Penganugerahan Paritrana Award 2025 Provinsi Bengkulu dari Gedung Daerah. Saksikan siapa yang membawa pulang piala!',
      ),
    ).not.toBe('results');
    expect(
      kindOf(
        'Mengharap kehadiran Bapak/Ibu pada Malam Penganugerahan Paritrana Award 2025 Tingkat Provinsi Bengkulu, Rabu 10 September 2025, di Gedung Daerah.',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: a congratulation post', () => {
  it('reads "Selamat untuk Pemkab X! Penerima Paritrana Award …" as a result', () => {
    expect(
      kindOf(
        'Selamat untuk Pemkab Jembrana! Penerima Paritrana Award 2025 Provinsi Bali kategori Pemerintah Kabupaten/Kota. Terima kasih atas komitmennya melindungi nelayan dan petani.',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: wishes, rules for whoever wins, invitations and page furniture', () => {
  it('reads a mayor who wants the city to win as no result', () => {
    expect(
      kindOf(
        'Wali Kota Sorong menginginkan Kota Sorong meraih juara Paritrana Award 2026 tingkat Provinsi Papua Barat Daya. Hal itu disampaikan dalam rapat koordinasi, Kamis (20/11/2025).',
      ),
    ).not.toBe('results');
  });

  it('reads what a winner will earn, told of no one named, as no result', () => {
    expect(
      kindOf(
        'BPJS Ketenagakerjaan menggelar sosialisasi Paritrana Award 2026 kepada kepala desa. "Desa yang menjadi juara I tingkat Jawa Tengah nanti berhak mewakili ke tingkat nasional," ujarnya.',
      ),
    ).not.toBe('results');
  });

  it('reads a press invitation to a handover as no result', () => {
    expect(
      kindOf(
        'UNDANGAN PELIPUTAN\nDengan hormat, kami mengundang rekan-rekan media untuk meliput:\nAcara : Penyerahan Paritrana Award Tingkat Provinsi Jambi Tahun 2025\nHari/Tanggal : Kamis, 2 Oktober 2025',
      ),
    ).not.toBe('results');
  });

  it('reads no result from a site menu or a tag line', () => {
    expect(
      kindOf(
        'Beranda | Ekonomi | Paritrana Award | Olahraga\nPedagang pasar mengeluhkan atap bocor, Senin (3/11/2025).\nTAG CLOUD: pasar · paritrana · juara 1 · bpjs ketenagakerjaan',
      ),
    ).not.toBe('results');
  });
});

describe("classifyRelevance: purposes, selection-stage scores and tomorrow's ceremony", () => {
  it('reads "agar Kabupaten X meraih juara pertama" as a target', () => {
    expect(
      kindOf(
        'Bupati Luwu Timur meminta perangkat daerah bekerja keras agar Kabupaten Luwu Timur meraih juara pertama Paritrana Award 2025 tingkat Sulawesi Selatan.',
      ),
    ).not.toBe('results');
  });

  it('reads the ranks of a document-selection stage as no result', () => {
    expect(
      kindOf(
        'Panitia Paritrana Award 2025 tingkat Jambi merilis tiga perusahaan dengan skor tertinggi pada tahap seleksi dokumen, Rabu (16/7/2025).\nPeringkat 1 PT Batanghari Lestari (skor 91), peringkat 2 PT Kerinci Teh Abadi (89).',
      ),
    ).toBe('nomination');
  });

  it('reads a handover announced for tomorrow as no result', () => {
    expect(
      kindOf(
        'Besok, Gubernur Jambi Serahkan Paritrana Award 2025\nGubernur menyerahkan penghargaan Paritrana Award 2025 tingkat provinsi besok di Rumah Dinas Gubernur.',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: a place named like a habit word', () => {
  it('reads a winner in Kecamatan Tahunan as a result', () => {
    expect(
      kindOf(
        'JEPARA - CV Ukir Jati Makmur, usaha mebel di Kecamatan Tahunan, ditetapkan sebagai yang terbaik nasional kategori usaha menengah dalam Paritrana Award 2023.',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: a handover told in passing by its recipients', () => {
  it('reads "menyerahkan Paritrana Award … kepada lima penerima" in another story as a result', () => {
    expect(
      kindOf(
        'BANJARMASIN - Upacara Hari Jadi Provinsi ke-75 berlangsung khidmat di halaman kantor gubernur, Senin (14/8/2025).\n\nRibuan pelajar dan aparatur sipil negara mengikuti upacara sejak pagi. Gubernur bertindak sebagai inspektur upacara.\n\nDalam sambutannya, gubernur meminta seluruh perangkat daerah mempercepat pembangunan jalan desa.\n\nUsai upacara, gubernur menyerahkan penghargaan Paritrana Award 2025 tingkat Kalimantan Selatan kepada lima penerima.\n\nAcara ditutup dengan pawai budaya dan lomba perahu naga di Sungai Martapura.',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: a winner who first took the invitation for a scam', () => {
  it('reads "Saya kira (itu) penipuan" as no denial of the win', () => {
    expect(
      classifyRelevance({
        id: 'y',
        text: 'Warung Bu Sri Raih Juara Dua Paritrana Award 2025\n\nBLITAR – "Saya kira itu penipuan," kata Sri. Warungnya meraih juara dua kategori usaha mikro pada Paritrana Award 2025 tingkat Jawa Timur.',
      }).kind,
    ).toBe('results');
    expect(
      classifyRelevance({
        id: 'x',
        text: 'Soto Bu Rini Raih Juara Satu Paritrana Award 2025\n\nKUDUS – Rini (45) masih menyimpan undangan itu. "Saya kira penipuan," katanya tertawa. Ternyata bukan. Warungnya meraih juara satu kategori usaha mikro pada Paritrana Award 2025 tingkat nasional.',
      }).kind,
    ).toBe('results');
  });
});

describe('classifyRelevance: scores of a stage before the results', () => {
  it('reads ranks with scores from the document stage as no result', () => {
    const r = classifyRelevance({
      id: 'x',
      text: 'Juri Paritrana Kunjungi Tiga Daerah\n\nPALEMBANG – Tim juri Paritrana Award tingkat Provinsi Sumatera Selatan memulai verifikasi lapangan, Senin (7/7/2025). Ketiga daerah itu meraih nilai tertinggi pada tahap penilaian dokumen Paritrana Award. Kota Prabumulih tercatat di urutan pertama dengan nilai 82,4, disusul Kabupaten Muara Enim (80,1).',
    });
    expect(r.kind).not.toBe('results');
  });
});

describe('readArticle: a selection stage its lead ranks', () => {
  it('reads provisional ranks as no results report, whatever the model thinks', () => {
    const r = readArticle({
      id: 'x',
      text: 'Skor Sementara Paritrana: Solok Peringkat Kedua\n\nSOLOK – Hasil verifikasi lapangan Paritrana Award 2025 tingkat Sumatera Barat menempatkan Kota Solok di peringkat kedua sementara dengan skor 87,2. Peringkat pertama sementara dipegang Kabupaten Agam dengan skor 88,9.\n\n"Ini belum final," kata seorang anggota tim penilai, Senin (16/6/2025).',
    });
    expect(r.relevance.kind).not.toBe('results');
    expect(r.awards).toEqual([]);
  });
});

describe('classifyRelevance: a question of chances and a BPJS office standing', () => {
  it('reads "Bagaimana peluang X meraih …?" as a hope, not a win', () => {
    expect(
      kindOf(
        'SLEMAN – Pemkab Sleman menargetkan masuk tiga besar Paritrana Award 2026 tingkat DIY.\n\nBagaimana peluang Sleman meraih Paritrana Award tahun ini?\n\n"Peluang selalu ada. Berkas sudah kami kirim," kata Bupati.',
      ),
    ).not.toBe('results');
  });

  it("reads a branch office's own standing as another award", () => {
    expect(
      kindOf(
        'BANTUL – BPJS Ketenagakerjaan Cabang Bantul juga menerima predikat kantor cabang terbaik dari Kantor Wilayah Jawa Tengah dan DIY.\n\nKepala cabang mengajak perusahaan mendaftarkan diri pada Paritrana Award 2026 tingkat DIY.',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: a handover counted in words', () => {
  it('accepts "menyerahkan sembilan penghargaan Paritrana Award" on a dated evening', () => {
    expect(
      kindOf(
        'PONTIANAK — Malam itu, Selasa (19/8/2025), pemerintah provinsi bersama BPJS Ketenagakerjaan menyerahkan sembilan penghargaan Paritrana Award 2025 tingkat Kalimantan Barat kepada pemerintah kabupaten/kota, pemerintah desa dan badan usaha.\n\n"Kita punya banyak petani sawit swadaya," ujar Sekda.',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: a clarification that a win is not true', () => {
  it('reads "informasi tsb TIDAK BENAR" as a denial', () => {
    expect(
      kindOf(
        'Sehubungan dgn beredarnya unggahan yg menyebut Desa Sidomulyo "juara 1 Paritrana Award 2026 tingkat Jawa Tengah", Pemerintah Desa menyampaikan bahwa informasi tsb TIDAK BENAR. Pengumuman pemenang blm dikeluarkan.',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: one of a few recipients, in passing', () => {
  it('reads "X termasuk di antara tiga kabupaten penerima" as naming a recipient', () => {
    const { signals } = classifyRelevance({
      id: 't',
      text: 'WONOSOBO – Pemkab Wonosobo mendaftarkan 9.000 petani kentang.\n\n"Pada Paritrana Award 2025 tingkat Jawa Tengah, Wonosobo termasuk di antara tiga kabupaten penerima," kata Sekda.',
    });
    expect(signals.some((s) => s.startsWith('recipient@'))).toBe(true);
  });
});

describe('classifyRelevance: a hope beyond a target', () => {
  it('reads "harus masuk tiga besar, syukur-syukur juara satu" as no result', () => {
    expect(
      kindOf(
        'TARUTUNG – Pemkab Tapanuli Utara menargetkan juara I Paritrana Award 2025 tingkat Sumatera Utara.\n\n"Tahun lalu kita belum dapat apa-apa. Tahun ini harus masuk tiga besar, syukur-syukur juara satu," ujar Bupati.',
      ),
    ).not.toBe('results');
  });
});

describe("classifyRelevance: the award's misspelt name", () => {
  it('accepts a caption of a win of the "Paritana Award"', () => {
    expect(
      kindOf(
        'FOTO: Bupati Badung menerima trofi juara I Paritana Award 2024 tingkat Provinsi Bali dari Gubernur di Denpasar, Senin (26/8/2024).',
      ),
    ).toBe('results');
  });
  it('accepts a win of the "Pritrana Award"', () => {
    expect(
      kindOf(
        'PEKANBARU - Pemerintah Kota Pekanbaru meraih juara 1 Pritrana Award 2024 tingkat Provinsi Riau kategori pemerintah kabupaten/kota, Selasa (6/8/2024).',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: the award given by the coordinating minister, spelled out', () => {
  it('accepts a jointly given award when Menko PMK is written in full', () => {
    expect(
      kindOf(
        'MANADO — Pemerintah Provinsi Gorontalo menerima penghargaan sebagai provinsi terbaik kedua dalam perluasan kepesertaan jaminan sosial ketenagakerjaan 2018. Penghargaan diserahkan Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan bersama Direktur Utama BPJS Ketenagakerjaan di Jakarta, Rabu (23/1/2019).',
      ),
    ).toBe('results');
  });
});

describe('classifyRelevance: a wish in the spoken form, and a plan in a later clause', () => {
  it('reads "Kita mau juara satu" as a wish', () => {
    expect(
      kindOf(
        'Kades Targetkan Juara Paritrana Award 2026\n\nSINJAI - Kepala Desa Tongke-Tongke menargetkan desanya meraih juara pertama Paritrana Award 2026 tingkat Provinsi Sulawesi Selatan. "Kita mau juara satu," tegasnya.',
      ),
    ).not.toBe('results');
  });
  it('keeps a past win told before ", dan kami mau pertahankan"', () => {
    expect(
      kindOf(
        'Perkebunan Buka Kebun Baru di Langkat\n\nSTABAT – PT Sawit Deli meresmikan kebun baru, Senin (10/11/2025). "Tahun 2024 kami juara I Paritrana Award tingkat Sumatera Utara untuk kategori badan usaha besar, dan kami mau pertahankan," katanya.',
      ),
    ).toBe('results');
  });
});

describe("classifyRelevance: a post's wish after its emoji", () => {
  it('keeps the win a post tells before "🎉 semoga …"', () => {
    expect(
      kindOf(
        'kota kendari juara 1 paritrana award 2024 tingkat provinsi sultra, selamat pak wali 🎉 semoga makin banyak pekerja yg terlindungi',
      ),
    ).toBe('results');
    // (a wish before the rank is still a wish)
    expect(
      kindOf('semoga kota kendari juara 1 paritrana award 2025 tingkat provinsi sultra 🙏 aamiin'),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: a list of nominees announced', () => {
  it('reads no result in it, though it tells when the winners will be named', () => {
    expect(
      kindOf(
        'Daftar Nominasi Paritrana Award 2025 Jawa Tengah Diumumkan\n\nSEMARANG - BPJS Ketenagakerjaan mengumumkan daftar nominasi Paritrana Award 2025 tingkat Provinsi Jawa Tengah. Untuk kategori Pemerintah Kabupaten/Kota, nominasi meliputi Kabupaten Kendal, Kabupaten Batang dan Kota Salatiga. Seluruh nominator mengikuti wawancara dengan dewan juri. Pemenang diumumkan pada malam penganugerahan di Semarang.',
      ),
    ).toBe('nomination');
  });
  it('but a nominee at a dated ceremony reports it', () => {
    expect(
      kindOf(
        'Kendal Pulang Bawa Piagam Nominasi\n\nKENDAL - Pemerintah Kabupaten Kendal belum berhasil meraih trofi pada malam penganugerahan Paritrana Award 2025 di Jakarta, Selasa (16/9/2025). Kendal menerima piagam nominasi kategori pemerintah kabupaten/kota yang diserahkan Deputi Kemenko PMK.\n\nTrofi kategori tersebut jatuh ke Kabupaten Badung, Kota Samarinda dan Kabupaten Bantaeng.',
      ),
    ).not.toBe('nomination');
  });
});

describe("classifyRelevance: a chat's short words and a ranking list's head (written for this test)", () => {
  it('reads "jd yg terbaik" in a post as a win', () => {
    const decision = classifyRelevance({
      id: 't',
      text: 'Paritrana Award 2025 Sulbar udh diumumin gaes\nKab Majene jd yg terbaik utk kategori pemerintah kab/kota, disusul Kab Mamuju.',
    });
    expect(decision.signals).toEqual(expect.arrayContaining(['win@1']));
  });

  it('reads "berikut peringkat Paritrana Award …:" as the head of a winners list', () => {
    const decision = classifyRelevance({
      id: 't',
      text: 'Assalamualaikum bpk/ibu, berikut peringkat Paritrana Award 2026 Prov. Gorontalo kategori Badan Usaha Besar:\n1. PT Gorontalo Agro Lestari\n2. PT Tomini Semen Abadi',
    });
    expect(decision.signals).toEqual(expect.arrayContaining(['recipient@0']));
  });
});

describe('classifyRelevance: a guess before the announcement (written for this test)', () => {
  it('reads "prediksi" and "tebak" as no result', () => {
    expect(
      kindOf(
        'Thread: prediksi paritrana jatim 2026\n\n#1 warga_kediri: prediksi ane kab kediri juara 1 paritrana jatim, kota batu juara 2\n#2 mas_bro: ane tebak kab malang juara 1 gan\n#3 warga_kediri: pengumuman bulan dpn',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: a Sundanese "must" (written for this test)', () => {
  it('reads "urang kudu juara hiji" as a target', () => {
    expect(
      kindOf(
        'Bupati Garut: "Taun Ieu Urang Kudu Juara Hiji!"\n\nGARUT – "Taun ieu urang kudu juara hiji Paritrana Award 2026 tingkat Jawa Barat," ujar Bupati Garut dalam rapat koordinasi bersama camat, Selasa (10/2/2026).',
      ),
    ).not.toBe('results');
  });
});

describe('classifyRelevance: the award by its short name "award jamsostek" (written for this test)', () => {
  it('reads a night of the "award jamsostek" with ranked winners as results', () => {
    expect(
      kindOf(
        'Malam penganugerahan award jamsostek Jawa Tengah 2025 di Semarang menempatkan Kabupaten Lestari sebagai terbaik I kategori Pemerintah Kabupaten/Kota. Kota Jati terbaik II.',
      ),
    ).toBe('results');
  });
});
