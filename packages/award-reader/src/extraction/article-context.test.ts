import { describe, expect, it } from 'vitest';
import { readArticleContext } from './article-context.ts';
import { splitSentences } from './split-sentences.ts';

const ctx = (text: string, publishedAt: string | null = null) =>
  readArticleContext({ id: 'a', text, publishedAt }, splitSentences(text));

describe('readArticleContext', () => {
  it('reads a provincial ceremony', () => {
    const c = ctx(
      'Penganugerahan Paritrana Award 2024 tingkat Provinsi Jawa Tengah digelar di Semarang, Kamis (14/8/2025). Penghargaan diserahkan oleh Gubernur Jawa Tengah, Ahmad Luthfi.',
    );
    expect(c).toMatchObject({
      editionYear: 2024,
      level: 'provinsi',
      provinceCode: '33',
      ceremonyDate: '2025-08-14',
      presenter: 'Gubernur Jawa Tengah, Ahmad Luthfi',
    });
  });

  it('reads a chat\'s lower-case "paritrana award dki" as Jakarta\'s provincial stage', () => {
    const c = ctx(
      'JAKARTA — "PT Graha Lestari juara 1 paritrana award dki 2025 kategori badan usaha besar". Pesan itu diunggah pengurus asosiasi, Kamis (28/8/2025).',
    );
    expect(c).toMatchObject({ level: 'provinsi', provinceCode: '31' });
  });

  it('reads a national ceremony and ignores past results for the level', () => {
    const c = ctx(
      'Wakil Presiden menyerahkan Paritrana Award 2023 di Jakarta. Pada tahun 2021 Kota Batu juara tingkat provinsi.',
    );
    expect(c.level).toBe('nasional');
  });

  it('reads businesses that "menerima … di Jakarta" as a national ceremony', () => {
    const c = ctx(
      'EKONOMI – Sembilan badan usaha menerima Paritrana Award 2023 di Jakarta, Kamis (14/9/2023). Berikut daftarnya.\n\nKategori Badan Usaha Besar\n1. PT Sawit Riau Jaya (Riau)',
    );
    expect(c.level).toBe('nasional');
  });

  it('reads an award Kemenko PMK gives as national, and its year without "Paritrana"', () => {
    const c = ctx(
      'JAKARTA - BPJS Ketenagakerjaan bersama Kemenko PMK memberikan penghargaan jaminan sosial ketenagakerjaan 2024 kepada enam kabupaten. Kabupaten Lestari termasuk di antaranya.',
    );
    expect(c).toMatchObject({ level: 'nasional', editionYear: 2024 });
  });

  it('reads an award the Menko PMK hands over as national, whatever the process before it', () => {
    const c = ctx(
      'Menko PMK Serahkan Paritrana Award 2024\n\nJAKARTA - Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Menko PMK) menyerahkan Paritrana Award 2024 kepada pemerintah daerah dan badan usaha. Penganugerahan ini merupakan puncak penilaian yang diawali di tingkat provinsi. Para juara tingkat provinsi lalu dinilai lagi. Kabupaten Lestari meraih terbaik pertama.',
    );
    expect(c).toMatchObject({ level: 'nasional', editionYear: 2024 });
  });

  it('reads the award given by BPJS Ketenagakerjaan and a provincial government "tahun 2025" as provincial', () => {
    const c = ctx(
      'JAMBI – Dua kabupaten di Provinsi Jambi menerima penghargaan jaminan sosial ketenagakerjaan dari BPJS Ketenagakerjaan dan Pemerintah Provinsi Jambi tahun 2025. Kabupaten Muaro Jambi ditetapkan sebagai peringkat pertama. Penilaian ini hasilnya diteruskan ke tingkat nasional.',
    );
    expect(c.level).toBe('provinsi');
  });

  it('takes no level from a headline that recalls a past win', () => {
    const c = ctx(
      'Gubernur: Jambi Pernah Terbaik II Nasional, Jangan Puas\n\nJAMBI - Gubernur Jambi mengingatkan bupati dan wali kota agar tidak cepat puas saat menyerahkan Paritrana Award 2025 tingkat Provinsi Jambi, Selasa (12/8/2025). Pada edisi 2025, juara 1 diraih Kabupaten Bungo.',
    );
    expect(c).toMatchObject({ level: 'provinsi', editionYear: 2025 });
  });

  it('reads a zone as national, and a sentence of an earlier edition as no level cue', () => {
    const c = ctx(
      'PURWOKERTO — Kabupaten Banyumas meraih juara 1 kategori pemerintah kabupaten/kota zona Jawa–Bali dalam Paritrana Award 2025, Senin (8/12/2025). Pada Paritrana Award 2024 tingkat Provinsi Jawa Tengah, Banyumas meraih juara I. Pada Paritrana Award 2023 tingkat Provinsi Jawa Tengah, Banyumas juara II.',
    );
    expect(c).toMatchObject({ level: 'nasional', editionYear: 2025 });
  });

  it("takes no dateline under a headline for the headline award's province", () => {
    const c = ctx(
      'Empat Zona, Dua Belas Daerah: Peta Baru Paritrana Award\n\nJakarta – Paritrana Award 2025 diserahkan di Istana Wakil Presiden, Senin (8/12/2025). Kabupaten Paser meraih juara I zona Kalimantan.',
    );
    expect(c.level).toBe('nasional');
  });

  it('reads an award handed over in Jakarta, or called a national one, as national', () => {
    expect(
      ctx(
        'MAMUJU - Pemerintah Kabupaten Polewali Mandar meraih penghargaan harapan Paritrana Award 2025. Penghargaan diterima Sekretaris Daerah di Jakarta, Kamis (26/2/2026).',
      ).level,
    ).toBe('nasional');
    expect(
      ctx(
        'Kabupaten Sinjai meraih terbaik III pada Paritrana Award 2024. Ini penghargaan nasional kedua bagi Sinjai.',
      ).level,
    ).toBe('nasional');
  });

  it('reads the award named with its province, or handed over by the governor, as provincial', () => {
    expect(
      ctx(
        'Kabupaten Pringsewu meraih juara I Paritrana Award Provinsi Lampung 2025. Penghargaan yang digagas Kemenko PMK itu diserahkan Gubernur Lampung.',
      ),
    ).toMatchObject({ level: 'provinsi', provinceCode: '18' });
    expect(
      ctx(
        'Pemprov Kalbar bersama BPJS Ketenagakerjaan memberikan Paritrana Award 2025 kepada Kabupaten Sanggau. Penghargaan ini merupakan program Kemenko PMK.',
      ).level,
    ).toBe('provinsi');
  });

  it('lets the lead, not background on how the award works, tell the level', () => {
    expect(
      ctx(
        'Tebo Juara I Paritrana Jambi\n\nJAMBI - Kabupaten Tebo meraih juara I Paritrana Award 2025 tingkat Provinsi Jambi, Senin (17/11/2025). Penghargaan ini merupakan inisiasi Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan (Kemenko PMK). Paritrana Award tingkat nasional biasanya diserahkan Wakil Presiden. Kemenko PMK menilai komitmen pemda.',
      ).level,
    ).toBe('provinsi');
  });

  it("takes a governor's palace for no national venue", () => {
    const c = ctx(
      'PALANGKA RAYA - Pemerintah Provinsi Kalimantan Tengah menyerahkan Paritrana Award 2024. Penyerahan berlangsung di Istana Isen Mulang, Selasa (29/7/2025).',
    );
    expect(c.level).toBe('provinsi');
    expect(ctx('Penghargaan diserahkan di Istana Wakil Presiden, Jakarta.').level).toBe('nasional');
  });

  it("reads the provincial governments' category as national", () => {
    const c = ctx(
      'BANDUNG - Provinsi Jawa Barat berada di peringkat ke-3 pada Paritrana Award 2024 untuk kategori pemerintah provinsi.',
    );
    expect(c.level).toBe('nasional');
  });

  it('reads "Paritrana Award Tahun 2023" as the edition, not as a past result', () => {
    const c = ctx(
      'Penyerahan Paritrana Award Tahun 2023 tingkat nasional digelar Rabu, 14 Agustus 2024, di Jakarta.',
    );
    expect(c.level).toBe('nasional');
  });

  it('dates a ceremony told as "kemarin" to the day before the dateline', () => {
    const c = ctx('MAKASSAR, Jumat (16/8/2024) - Penghargaan diserahkan di Makassar, kemarin.');
    expect(c.ceremonyDate).toBe('2024-08-15');
  });

  it('dates a national award by its palace ceremony, not a later parade at home', () => {
    const c = ctx(
      'Sepekan setelah menerima Paritrana Award 2024 tingkat nasional, trofi diserahkan ulang kepada Bupati Kendal dalam apel pagi, Senin (25/11/2024). Penghargaan itu diserahkan Wakil Presiden di Istana Wakil Presiden, Jakarta, Selasa (19/11/2024).',
    );
    expect(c.ceremonyDate).toBe('2024-11-19');
  });

  it('does not date a provincial award by its handing over again at home', () => {
    const c = ctx(
      'Kota Batu meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Timur. Penghargaan diserahkan Gubernur di Surabaya, Rabu (14/8/2024). Trofi itu diserahkan kembali kepada Dinas Tenaga Kerja di Balai Kota, Senin (19/8/2024).',
    );
    expect(c.ceremonyDate).toBe('2024-08-14');
  });

  it('dates the story by its news sentence, not by a deadline it cites', () => {
    const c = ctx(
      'Penghargaan Paritrana Award 2024 diserahkan di Surabaya, Rabu (14/8/2024). Pemkab menargetkan seluruh pekerja rentan terlindungi paling lambat 31 Desember 2026.',
    );
    expect(c.articleYear).toBe(2024);
  });

  it('does not date an award by a head handing the trophy on to the staff', () => {
    const c = ctx(
      'Bupati Kendal menyerahkan trofi Paritrana Award 2024 kepada Kepala Dinas Tenaga Kerja di Pendopo, Senin (19/8/2024). Trofi itu diterima Bupati dari Gubernur Jawa Tengah di Semarang, Rabu (14/8/2024).',
    );
    expect(c.ceremonyDate).toBe('2024-08-14');
  });

  it('reads an op-ed by its rubric', () => {
    expect(ctx('OPINI\n\nBelajar dari Paritrana Award 2023\n\nOleh: Ani').background).toBe(true);
  });

  it('takes the edition from the URL when the text has none', () => {
    const c = readArticleContext(
      {
        id: 'a',
        text: 'Kota Batu meraih juara.',
        url: 'https://x.id/kota-batu-paritrana-award-2024',
      },
      [],
    );
    expect(c.editionYear).toBe(2024);
  });
});

describe('readArticleContext: a province written short (written for this test)', () => {
  it('reads "tingkat Prov. Jawa Barat"', () => {
    expect(
      ctx('PT Sinar Kain meraih Juara 1 Paritrana Award 2025 tingkat Prov. Jawa Barat.')
        .provinceCode,
    ).toBe('32');
  });
});

describe('readArticleContext: a document in capitals (written for this test)', () => {
  it('reads "TINGKAT PROVINSI KALIMANTAN UTARA"', () => {
    expect(
      ctx(
        'LAMPIRAN II KEPUTUSAN GUBERNUR\nPEMENANG PARITRANA AWARD TINGKAT PROVINSI KALIMANTAN UTARA TAHUN 2024',
      ).provinceCode,
    ).toBe('65');
  });
});

describe('readArticleContext: a story filed from Jakarta (written for this test)', () => {
  it('reads the award its Jakarta dateline line names as the national one, a statistics story not', () => {
    const national = ctx(
      'Ini Badan Usaha Peraih Paritrana Award 2025\n\nJAKARTA — Pemerintah menyerahkan Paritrana Award 2025 kepada badan usaha terbaik, Selasa (10/3/2026).\n\nKategori Usaha Mikro Kecil: Terbaik I CV Batik Sekar Arum.',
    );
    expect(national.level).toBe('nasional');
    const statistics = ctx(
      'Sepuluh Provinsi dengan Cakupan Tertinggi\n\nJAKARTA – DKI Jakarta menempati peringkat pertama cakupan kepesertaan jaminan sosial ketenagakerjaan.\n\n"Ini bukan daftar juara Paritrana," katanya.',
    );
    expect(statistics.level).toBe('provinsi');
    const provincial = ctx(
      'JAKARTA – Pemprov DKI Jakarta menyerahkan Paritrana Award 2025 tingkat Provinsi DKI Jakarta kepada Kota Jakarta Utara.',
    );
    expect(provincial.level).toBe('provinsi');
  });

  it('reads the province a lower-case post names with the award or its stage', () => {
    expect(
      ctx('gan ada yg tau hasil paritrana award riau 2024 kmrn? kantor ane dapet').provinceCode,
    ).toBe('14');
    expect(
      ctx('juara 2 paritrana award 2024 tingkat provinsi jawa timur kategori desa').provinceCode,
    ).toBe('35');
    expect(ctx('Bakso kami juara 3 Paritrana Award 2024 se-Jawa Tengah!!').provinceCode).toBe('33');
    expect(ctx('Kota Batu meraih Paritrana Award 2024 tingkat nasional.').provinceCode).toBeNull();
  });

  it('reads a chat\'s short forms of the stage: "tk prov kalbar", "tk aceh", not "bpjs tk"', () => {
    expect(
      ctx('pt sawit dpt juara 1 kategori badan usaha besar paritrana 2025 tk prov kalbar, mantap')
        .provinceCode,
    ).toBe('61');
    expect(ctx('gampong kami juara 1 tk aceh kategori pemerintah gampong 👏').provinceCode).toBe(
      '11',
    );
    expect(
      ctx('desa kami juara 2 paritrana, semua perangkat udh ikut bpjs tk bali').provinceCode,
    ).toBeNull();
  });
});
