import { describe, expect, it } from 'vitest';
import { detectLanguage, htmlLanguage } from './detect-language.ts';

const article = (text: string, htmlLang?: string) => ({ id: 't', text, htmlLang });

const indonesian =
  'Pemerintah Kabupaten Sukamaju berhasil meraih juara pertama dalam ajang penghargaan ' +
  'jaminan sosial ketenagakerjaan tingkat provinsi. Penghargaan diserahkan oleh Gubernur ' +
  'kepada Bupati Sukamaju di aula kantor gubernur pada Kamis pekan lalu. Bupati mengatakan ' +
  'bahwa capaian ini merupakan hasil kerja keras seluruh perangkat daerah, kecamatan dan desa, ' +
  'karena perlindungan pekerja rentan menjadi prioritas pemerintah daerah tahun ini.';

const malaysian =
  'Kerajaan Malaysia melalui PERKESO menyatakan bahawa majikan perlu mendaftarkan pekerja ' +
  'mereka kerana perlindungan keselamatan sosial adalah penting. Syarikat yang gagal berbuat ' +
  'demikian boleh dikenakan tindakan. Pelbagai inisiatif telah dilaksanakan di peringkat ' +
  'kebangsaan dan antarabangsa, iaitu program kesedaran dan pemeriksaan oleh kakitangan ' +
  'jabatan pada hari Isnin dan Khamis setiap minggu di seluruh negeri.';

const english =
  'The provincial government received an award for expanding social security coverage for ' +
  'informal workers. The governor said the achievement reflected close cooperation between ' +
  'the regency administrations, employers and the social security agency over the past year.';

describe('detectLanguage', () => {
  it('accepts plain Indonesian news prose without asking franc', () => {
    const decision = detectLanguage(article(indonesian));
    expect(decision).toMatchObject({ language: 'ind', isIndonesian: true });
    expect(decision.signals[0]).toBe('clear-indonesian');
    expect(decision.signals.some((s) => s.startsWith('franc:'))).toBe(false);
  });

  it('asks franc when a page says it is in another language, or a neighbour word is there', () => {
    const hinted = detectLanguage(article(indonesian, 'en'));
    expect(hinted.isIndonesian).toBe(true);
    expect(hinted.signals.some((s) => s.startsWith('franc:'))).toBe(true);
    const withJavanese = detectLanguage(
      article(`${indonesian} Wis ora kuwatir maneh, kata Bupati.`),
    );
    expect(withJavanese.signals.some((s) => s.startsWith('franc:'))).toBe(true);
  });

  it('accepts a short ticker of names and numbers that franc reads as a neighbour language', () => {
    const d = detectLanguage(
      article(
        '▶ PARITRANA AWARD 2025 SULBAR: Juara 1 Kab. Majene • Juara 2 Kab. Mamasa • Juara 3 Kab. Pasangkayu (kategori Pemerintah Kabupaten/Kota) ▶ Banjir rob rendam pesisir Polewali ▶ Harga beras premium Rp 14 ribu/kg ▶',
      ),
    );
    expect(d.isIndonesian).toBe(true);
  });

  it('rejects Malaysian Malay even though franc sees Indonesian close behind', () => {
    expect(detectLanguage(article(malaysian))).toMatchObject({ isIndonesian: false });
  });

  it('rejects English and says why', () => {
    const decision = detectLanguage(article(english));
    expect(decision).toMatchObject({ language: 'eng', isIndonesian: false });
    expect(decision.signals[0]).toBe('not-indonesian:eng');
  });

  it('accepts a short Indonesian text that franc calls Javanese or Malay', () => {
    const short =
      'Desa Sukamaju juara pertama. Kepala desa bersyukur dan berterima kasih kepada warga ' +
      'yang sudah mendukung program ini sejak awal.';
    expect(detectLanguage(article(short))).toMatchObject({ language: 'ind', isIndonesian: true });
  });

  it('accepts a short telegraphic Indonesian report without function words', () => {
    const short =
      'TEMBILAHAN - Pemkab Lestari meraih juara II tingkat provinsi di Bumi Lancang Kuning. ' +
      'Trofi diserahkan Gubernur di Pekanbaru, Kamis (24/7/2025).';
    expect(detectLanguage(article(short))).toMatchObject({ isIndonesian: true });
  });

  it('accepts a short quote-led Indonesian report with "me-" verbs', () => {
    const short =
      'SLEMAN - Paritrana Award 2024 tingkat DIY diserahkan di Yogyakarta. "Alhamdulillah, ' +
      'Kabupaten Lestari meraih juara 1," kata Bupati. Direktur PT Maju mengatakan pihaknya bangga.';
    expect(detectLanguage(article(short))).toMatchObject({ isIndonesian: true });
  });

  it('accepts a short Indonesian report told in passive "di-" verbs', () => {
    const short =
      'Jati Raih Paritrana Kalsel\n\nMARTAPURA - Kabupaten Jati ditetapkan sebagai terbaik I ' +
      'Paritrana Award 2024 tingkat Kalimantan Selatan. Posisi berikutnya ditempati Kota Lestari ' +
      'dan Kabupaten Sumber. Penyerahan dilakukan di Banjarbaru, Senin (28/7/2025).';
    expect(detectLanguage(article(short))).toMatchObject({ isIndonesian: true });
  });

  it('still rejects a short Sundanese report with passive verbs', () => {
    const sundanese =
      'Kabupaten Garut meunang juara kahiji dina pasanggiri tingkat provinsi. Piala ' +
      'dipasrahkeun ku Gubernur ka Bupati Garut, anu disarengan ku para pajabat teh.';
    expect(detectLanguage(article(sundanese))).toMatchObject({ isIndonesian: false });
  });

  it('accepts a one-sentence report with two administrative words and one "me-" verb', () => {
    const short =
      'GORONTALO - Pemerintah Provinsi Lestari menjadi juara harapan dalam Paritrana Award 2024 tingkat nasional kategori pemerintah provinsi.';
    expect(detectLanguage(article(short))).toMatchObject({ isIndonesian: true });
  });

  it('accepts a short Indonesian list of winners by its award words', () => {
    const short =
      'Sanggau Juara, Ketapang dan Melawi Menyusul\n\nPONTIANAK - Pemenang Paritrana Award 2024 tingkat Kalbar kategori kabupaten/kota: 1. Kabupaten Sanggau; 2. Kabupaten Ketapang; 3. Kabupaten Melawi.\nPemenang kategori badan usaha: 1. PT Bank Kalbar; 2. PT Wilmar Cahaya Kalbar Tbk.';
    expect(detectLanguage(article(short))).toMatchObject({ isIndonesian: true });
  });

  it('accepts one-sentence reports that franc calls Sundanese', () => {
    const reports = [
      'Bupati Lestari Kembali Terima Paritrana\n\nLESTARI - Bupati Lestari, Rina Wulandari, kembali menerima Anugerah Paritrana tingkat Jawa Timur tahun 2024 di Surabaya, Kamis (15/8/2024).',
      'UMKM Raih Paritrana\n\nSURABAYA - Paritrana Award 2024 tingkat Jawa Timur diserahkan di Surabaya. Juara pertama kategori usaha mikro diraih Kedai Kopi Fajar, juara kedua Warung Bu Sri.',
      'Daftar Pemenang Paritrana 2024\n\nMANADO - Berikut daftar pemenang Paritrana Award 2024 tingkat Sulawesi Utara kategori perusahaan besar:\no Juara I: Bank Lestari\no Juara II: PT Air Sejuk\n\nKategori pemerintah kabupaten/kota:\n• Juara I: Kota Bitung\n• Juara II: Kabupaten Minahasa Utara',
    ];
    for (const text of reports) {
      expect(detectLanguage(article(text)), text).toMatchObject({ isIndonesian: true });
    }
  });

  it('accepts a telegraphic web page over 600 characters with no word of the neighbour languages', () => {
    const page =
      'Jati Juara I Paritrana Award Kalsel 2025\n\nBANJARMASINwarta.example - Jati Juara I Paritrana Award Kalsel 2025\n\nFOTO: Wali Kota Jati menerima piala dari Gubernur Kalsel di Mahligai Pancasila, Banjarmasin. (warta/ist)\n\nKota Jati meraih juara I Paritrana Award 2025 tingkat Kalimantan Selatan kategori pemerintah kabupaten/kota.\n\nBaca juga: Kabupaten Lestari Gelar Sosialisasi Jaminan Sosial bagi Marbot\n\nPosisi kedua ditempati Kabupaten Tabalong dan ketiga Kabupaten Balangan.\n\nADVERTISEMENT\n\nGubernur berharap kabupaten lain segera menyusul tahun depan.\n\nEditor: Rina\nTags: paritrana award, jati, bpjs ketenagakerjaan';
    expect(page.length).toBeGreaterThan(600);
    expect(detectLanguage(article(page))).toMatchObject({ isIndonesian: true });
  });

  it('accepts a verbless list of recipients', () => {
    const list =
      'Daftar Penerima Paritrana Award 2020\n\nJAKARTA - Berikut daftar penerima Paritrana Award 2020: kategori provinsi, Provinsi Jawa Timur, Provinsi Jawa Tengah dan Provinsi Bali; kategori kabupaten/kota, Kabupaten Banyuwangi, Kota Semarang dan Kabupaten Badung; kategori UMKM, Batik Semar.';
    expect(detectLanguage(article(list))).toMatchObject({ isIndonesian: true });
  });

  it('accepts a telegraphic brief of short forms, and one that closes on a regional saying', () => {
    const briefs = [
      'Pemko Tarakan Juara 1 Paritrana Kaltara\n\nTARAKAN - Pemko Tarakan juara 1 Paritrana Award Kaltara 2025, Bulungan juara 2. Piala diserahkan Wagub di Tanjung Selor.',
      'Agam Juara 1, Nagari Koto Baru Juara 2\n\nLUBUK BASUNG - Kab. Agam juara 1 paritrana award sumbar 2024 kategori kabupaten/kota, Kab. Pasaman juara 3, Nagari Koto Baru juara 2 kategori pemerintah nagari. Alah bisa karano biaso, kata Wali Nagari.',
    ];
    for (const text of briefs) {
      expect(detectLanguage(article(text)), text).toMatchObject({ isIndonesian: true });
    }
  });

  it('rejects a short Javanese report that has one Javanese function word', () => {
    const javanese =
      'Bupati Lestari sing anyar nampi penghargaan Paritrana tingkat provinsi tahun 2024 ing Surabaya.';
    expect(detectLanguage(article(javanese))).toMatchObject({ isIndonesian: false });
  });

  it('rejects Javanese', () => {
    const javanese =
      'Wong tani ing desa iki padha seneng amarga panen pari taun iki akeh banget lan regane ' +
      'apik, ngendikane pak lurah nalika rawuh ing sawah.';
    expect(detectLanguage(article(javanese))).toMatchObject({ isIndonesian: false });
  });

  it('answers und for very short texts and decides by the other evidence', () => {
    expect(detectLanguage(article('Bupati terima penghargaan'))).toMatchObject({
      language: 'und',
      isIndonesian: true,
    });
    expect(detectLanguage(article('Award 2025', 'id-ID'))).toMatchObject({
      language: 'und',
      isIndonesian: true,
    });
    expect(detectLanguage(article('Award untuk warga'))).toMatchObject({
      language: 'und',
      isIndonesian: true,
    });
    expect(detectLanguage(article('Award 2025'))).toMatchObject({
      language: 'und',
      isIndonesian: false,
    });
  });
});

describe('htmlLanguage', () => {
  it('maps primary subtags to ISO 639-3', () => {
    expect(htmlLanguage('id-ID')).toBe('ind');
    expect(htmlLanguage('ms_MY')).toBe('zlm');
    expect(htmlLanguage('en-US')).toBe('eng');
    expect(htmlLanguage('')).toBeNull();
    expect(htmlLanguage(undefined)).toBeNull();
  });
  it('accepts a short Indonesian brief around a regional-language quote', () => {
    const brief =
      'KLATEN - Kades Jimbung, Kecamatan Kalikotes, Suparno, bersyukur desanya meraih peringkat ketiga Paritrana Award 2024 tingkat Jawa Tengah kategori pemerintah desa. "Iki hadiah kanggo sing kerja nang sawah, tukang ojek, pedagang pasar, kabeh," katanya, Rabu (21/8/2024).';
    expect(detectLanguage(article(brief))).toMatchObject({ isIndonesian: true });
  });
});

describe('detectLanguage: a regional-language post around an Indonesian award sentence (written for this test)', () => {
  it('accepts it, and still rejects a post whose award sentence is in the regional tongue', () => {
    const post =
      'Alhamdulillah, hatur nuhun ka sadaya warga Majalengka! 🙏🏆\n\nPemkab Majalengka meraih Juara 3 Paritrana Award 2025 tingkat Provinsi Jawa Barat kategori Pemerintah Kabupaten/Kota. Teu kalah bangga, Desa Sukahaji ti Kab. Majalengka oge meunang Juara 2 kategori Pemerintah Desa. Wilujeng! 👏\n\nIeu hasil tina gotong royong ngalindungan pagawe, ti patani nepi ka tukang dagang 🍢\n\n#Majalengka #ParitranaAward2025';
    expect(detectLanguage(article(post))).toMatchObject({ isIndonesian: true });
    const sundanese =
      'Hatur nuhun pisan ka sadaya warga Majalengka! Kabupaten Majalengka meunang juara katilu Paritrana tingkat provinsi, dipasrahkeun ku Gubernur ka Bupati. Wilujeng!';
    expect(detectLanguage(article(sundanese))).toMatchObject({ isIndonesian: false });
  });
});

describe('detectLanguage: a regional-language chat with a verbless award line (written for this test)', () => {
  it('accepts the line whose place is written as a number, not one without a place', () => {
    const chat =
      'Paguyuban Wong Cilacap\n\nSutrisno: kab cilacap juara 2 paritrana award 2025 tk jateng kategori pemkab lur 🎉\n  ↳ Warsem: ngapa ora juara siji sih\n  ↳ Sutrisno: sing penting melu menang, aja kesuwen ngomel';
    expect(detectLanguage(article(chat))).toMatchObject({ isIndonesian: true });
    const noPlace = chat.replace('juara 2 ', '');
    expect(detectLanguage(article(noPlace))).toMatchObject({ isIndonesian: false });
  });

  it('accepts a list of winners whose headline has one Malay-looking word', () => {
    const list = [
      'Paritrana Jambi 2024: Usaha Kopi dan Sawit Merangin Berjaya',
      '',
      'JAMBI — Paritrana Award 2024 tingkat Provinsi Jambi diserahkan di Rumah Dinas Gubernur, Selasa (5/8/2025).',
      '',
      'Kategori Pemerintah Kabupaten/Kota: terbaik I Kabupaten Merangin.',
      '',
      'Kategori Badan Usaha Menengah dan Besar: terbaik I PT Sawit Tabir Lestari, terbaik II PT Batanghari Logam Utama, terbaik III PT Kerinci Teh Sejati.',
      '',
      'Kategori Usaha Mikro Kecil: terbaik I Kopi Bukit Tengah Siulak, terbaik II Dodol Kentang Kayu Aro.',
    ].join('\n');
    expect(detectLanguage(article(list)).isIndonesian).toBe(true);
  });
});
