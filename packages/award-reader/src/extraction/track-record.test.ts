import { describe, expect, it } from 'vitest';
import { spellTrackRecords } from './track-record.ts';

describe('spellTrackRecords (written for this test)', () => {
  it('writes each place of a record after a colon as a win of the one named before the colon', () => {
    expect(
      spellTrackRecords([
        'MAMUJU - Kabupaten Polewali Mandar meraih juara I Paritrana Award 2025 tingkat Provinsi Sulawesi Barat.',
        'Rekam jejak Polewali Mandar terus menanjak: juara III pada 2022, juara II pada 2023 dan juara I pada 2024.',
      ])[1],
    ).toBe(
      'Rekam jejak Polewali Mandar terus menanjak: Polewali Mandar meraih juara III pada 2022; Polewali Mandar meraih juara II pada 2023; Polewali Mandar meraih juara I pada 2024.',
    );
  });

  it('takes the one a sentence before names when the colon has none before it', () => {
    expect(
      spellTrackRecords([
        'PT Sawit Tanjung Harapan mempekerjakan 2.100 pekerja kebun.',
        'Tercatat dua kali meraih Paritrana Award tingkat Provinsi Riau: juara II pada 2023 dan juara I pada 2024.',
      ])[1],
    ).toBe(
      'Tercatat dua kali meraih Paritrana Award tingkat Provinsi Riau: PT Sawit Tanjung Harapan meraih juara II pada 2023; PT Sawit Tanjung Harapan meraih juara I pada 2024.',
    );
  });

  it("leaves the provinces' category list, whose provinces are its winners", () => {
    const texts = [
      'UHC Award kategori Madya: Provinsi Riau, Provinsi Jambi.',
      'Paritrana Award 2025, kategori Pemerintah Provinsi: Terbaik I Provinsi Riau, Terbaik II Provinsi Lampung.',
    ];
    expect(spellTrackRecords(texts)[1]).toBe(texts[1]);
  });

  it('dates places without years by the edition named before the colon', () => {
    expect(
      spellTrackRecords([
        'PT Bank Perkreditan Nagari Jaya dua kali tercatat sebagai peraih Paritrana Award 2023: Terbaik II kategori Badan Usaha Menengah tingkat Provinsi Jambi, lalu Terbaik III pada kategori yang sama di tingkat nasional.',
      ])[0],
    ).toBe(
      'PT Bank Perkreditan Nagari Jaya dua kali tercatat sebagai peraih Paritrana Award 2023: PT Bank Perkreditan Nagari Jaya meraih Terbaik II kategori Badan Usaha Menengah tingkat Provinsi Jambi; PT Bank Perkreditan Nagari Jaya meraih Terbaik III pada kategori yang sama di tingkat nasional.',
    );
  });

  it("leaves a run that names other winners, a single place, or another award's record as written", () => {
    for (const text of [
      'Hasil Paritrana Award tingkat Provinsi Riau: Kota Dumai juara I pada 2023, Kabupaten Siak juara II pada 2023.',
      'Kabupaten Kampar meraih Paritrana Award: juara II pada 2023.',
      'Selain Paritrana Award, Kabupaten Kampar juga juara lomba desa: juara II pada 2023, juara I pada 2024.',
      'Kabupaten Kampar meraih UHC Award: juara II pada 2023, juara I pada 2024.',
    ]) {
      expect(spellTrackRecords([text])).toEqual([text]);
    }
  });
});

describe('spellTrackRecords: a record a speaker tells without a colon (written for this test)', () => {
  it("writes each dated place as a win of the speaker's side", () => {
    const texts = [
      'Bupati membeberkan capaian daerahnya di ajang Paritrana Award tingkat Provinsi Jawa Timur.',
      '"2022 kita juara satu, 2023 juara tiga, 2024 juara dua.',
    ];
    expect(spellTrackRecords(texts, () => 'Kabupaten Situbondo')[1]).toBe(
      '"Kabupaten Situbondo meraih juara satu pada 2022; Kabupaten Situbondo meraih juara tiga pada 2023; Kabupaten Situbondo meraih juara dua pada 2024.',
    );
  });

  it('leaves a run that names someone, or no one speaks, as written', () => {
    const named = [
      'Paritrana Award tingkat Jawa Timur.',
      'Kota Batu juara satu di 2022, juara dua di 2023.',
    ];
    // (the one it names: its own record, not the speaker's side's)
    expect(spellTrackRecords(named, () => 'Kabupaten Situbondo')[1]).toBe(
      'Kota Batu juara satu pada 2022; Kota Batu meraih juara dua pada 2023.',
    );
    const unspoken = [
      'Paritrana Award tingkat Jawa Timur.',
      'Juara satu di 2022, juara dua di 2023.',
    ];
    expect(spellTrackRecords(unspoken, () => 'Kabupaten Situbondo')[1]).toBe(unspoken[1]);
  });
});

describe('spellTrackRecords: places dated in other ways (written for this test)', () => {
  it('reads a year after "di", "tahun" or "edisi", and after the award named between', () => {
    const texts = [
      'Di ruang tamu kantor PT Sinar Cahaya Pasuruan berjajar dua piagam.',
      '"Ini yang paling kami banggakan: juara III Paritrana Award tingkat Jawa Timur 2022 dan juara I kategori yang sama pada edisi 2025," kata direkturnya.',
      '"Kita sudah dua kali dapat Paritrana Award tingkat Banten.',
      'Juara tiga di 2023, juara dua tahun 2025.',
    ];
    const spelled = spellTrackRecords(texts, () => 'PT Tirta Cisadane');
    expect(spelled[1]).toBe(
      '"Ini yang paling kami banggakan: PT Sinar Cahaya Pasuruan meraih juara III pada 2022 Paritrana Award tingkat Jawa Timur; PT Sinar Cahaya Pasuruan meraih juara I pada 2025 kategori yang sama," kata direkturnya.',
    );
    expect(spelled[3]).toBe(
      'PT Tirta Cisadane meraih Juara tiga pada 2023; PT Tirta Cisadane meraih juara dua pada 2025.',
    );
  });

  it('reads "Pada 2023 kami meraih juara III …, lalu naik menjadi juara II pada edisi 2024"', () => {
    const texts = [
      'Paritrana Award bukan hal baru bagi perusahaan kami.',
      'Pada 2023 kami meraih juara III kategori Badan Usaha Menengah, lalu naik menjadi juara II pada edisi 2024.',
    ];
    expect(spellTrackRecords(texts, () => 'PT Karet Lubuk Linggau')[1]).toBe(
      'PT Karet Lubuk Linggau meraih juara III pada 2023 kategori Badan Usaha Menengah; PT Karet Lubuk Linggau meraih juara II pada 2024.',
    );
  });

  it('credits a record read off trophies to the one the sentence before names first', () => {
    const texts = [
      'Di lemari kaca Balai Desa Sukamaju, dekat Pasar Cibatu, berdiri dua trofi Paritrana Award.',
      'Trofi pertama bertuliskan juara III tingkat Provinsi Jawa Barat pada 2023, yang kedua juara I pada edisi 2025.',
    ];
    expect(spellTrackRecords(texts, () => 'Kabupaten Garut')[1]).toBe(
      'Trofi pertama bertuliskan Desa Sukamaju meraih juara III pada 2023 tingkat Provinsi Jawa Barat, yang kedua; Desa Sukamaju meraih juara I pada 2025.',
    );
  });
});

describe("spellTrackRecords: a first person's one place in a run of dated sentences (written for this test)", () => {
  it('writes "Tahun 2024 kita turun jadi juara dua." as a win of the speaker\'s side', () => {
    const texts = [
      'Wali kota menceritakan perjalanan kotanya di Paritrana Award.',
      '"Tahun 2023 Kota Tidore Kepulauan juara satu Paritrana tingkat Maluku Utara.',
      'Tahun 2024 kita turun jadi juara dua.',
      'Dan tahun 2025 ini kita juara satu lagi," katanya.',
    ];
    const spelled = spellTrackRecords(texts, () => 'Kota Tidore Kepulauan');
    expect(spelled[2]).toBe('Kota Tidore Kepulauan meraih juara dua pada 2024.');
    expect(spelled[3]).toBe(
      'Dan Kota Tidore Kepulauan meraih juara satu pada 2025 lagi," katanya.',
    );
  });

  it('leaves a lone first-person place with no dated sentence beside it as written', () => {
    const texts = [
      'Paritrana Award tingkat Maluku Utara.',
      '"Tahun 2024 kita juara dua," katanya.',
    ];
    expect(spellTrackRecords(texts, () => 'Kota Ternate')[1]).toBe(texts[1]);
  });
});

describe("spellTrackRecords: a trophy's words (written for this test)", () => {
  it('writes the words as a win of the one whose trophy it is', () => {
    const texts = [
      'Di ruang tamu Koperasi Tani Makmur Sidrap berjajar dua trofi.',
      'Yang pertama bertuliskan "Juara III Paritrana Award 2023 Tingkat Provinsi Sulawesi Selatan".',
      'Yang kedua bertuliskan "Juara I Paritrana Award 2025 Tingkat Provinsi Sulawesi Selatan".',
    ];
    const spelled = spellTrackRecords(texts);
    expect(spelled[1]).toBe(
      'Yang pertama bertuliskan "Koperasi Tani Makmur Sidrap meraih Juara III Paritrana Award 2023 Tingkat Provinsi Sulawesi Selatan".',
    );
    expect(spelled[2]).toBe(
      'Yang kedua bertuliskan "Koperasi Tani Makmur Sidrap meraih Juara I Paritrana Award 2025 Tingkat Provinsi Sulawesi Selatan".',
    );
  });

  it('leaves words a trophy is given with, or whose owner an address or a governor names, as written', () => {
    for (const texts of [
      [
        'Di Makassar, Gubernur Sulawesi Selatan menyerahkan dua trofi.',
        'Trofi bertuliskan "Juara I Paritrana Award 2025" diberikan kepada Bupati Sidenreng Rappang.',
      ],
      [
        'Gubernur Sulawesi Selatan menyerahkan sebuah piala.',
        'Piala itu bertuliskan "Juara I Paritrana Award 2025".',
      ],
      [
        'Di bengkel milik Pak Amir di Desa Lawawoi, Kecamatan Watang Pulu, Kabupaten Sidenreng Rappang, tergantung piagam bertuliskan "Juara III Paritrana Award 2024".',
      ],
    ]) {
      expect(spellTrackRecords(texts).at(-1)).toBe(texts.at(-1));
    }
  });
});

describe("spellTrackRecords: a subject's record and one place's several years (written for this test)", () => {
  it('writes the places after the first as wins of the one named before them', () => {
    const texts = [
      'Sebelumnya PT Kebun Asahan Lestari meraih peringkat kedua pada Paritrana Award 2022 dan peringkat pertama pada Paritrana Award 2024.',
    ];
    expect(spellTrackRecords(texts)[0]).toBe(
      'Sebelumnya PT Kebun Asahan Lestari meraih peringkat kedua pada 2022 pada Paritrana Award; PT Kebun Asahan Lestari meraih peringkat pertama pada 2024 pada Paritrana Award.',
    );
  });

  it('leaves a record whose later place a province named after won, as written', () => {
    const texts = [
      'Provinsi Bali meraih Terbaik I Paritrana Award 2025, mengakhiri dominasi Nusa Tenggara Barat yang menjadi Terbaik I pada Paritrana Award 2024.',
    ];
    expect(spellTrackRecords(texts)[0]).toBe(texts[0]);
  });

  it("reads an unnamed company's one place of several years as a place for each, the story's own", () => {
    const texts = [
      'Paritrana Award menjadi kebanggaan karyawan.',
      'Direktur menyebut perusahaan menjadi terbaik pertama Paritrana Award tingkat Provinsi Riau kategori Badan Usaha Besar berturut-turut pada 2023, 2024 dan 2025.',
    ];
    expect(spellTrackRecords(texts, () => 'PT Sawit Rokan Makmur')[1]).toBe(
      'Direktur menyebut perusahaan menjadi terbaik pertama pada 2023 Paritrana Award tingkat Provinsi Riau kategori Badan Usaha Besar; PT Sawit Rokan Makmur meraih terbaik pertama pada 2024; PT Sawit Rokan Makmur meraih terbaik pertama pada 2025.',
    );
  });

  it('dates "juara pertama 2023" and "juara harapan Paritrana 2023" in a record', () => {
    const texts = [
      'Bupati Sragen menyebut Sragen juara Paritrana berturut-turut: juara pertama 2023, juara pertama 2024 dan kini juara pertama 2025.',
      '"Yang paling kiri itu juara harapan Paritrana 2023, tengahnya juara tiga tahun 2024.',
    ];
    const spelled = spellTrackRecords(texts, () => 'Desa Sendangharjo');
    expect(spelled[0]).toContain(
      'Sragen meraih juara pertama pada 2023; Sragen meraih juara pertama pada 2024',
    );
    expect(spelled[1]).toContain('Desa Sendangharjo meraih juara harapan pada 2023');
  });

  it('takes no name with a year in it for the one whose record it is', () => {
    const texts = [
      'Ada piagam dari Kementerian Koperasi 2019 dan dua trofi Paritrana Award: juara II pada 2023 dan juara I pada 2025.',
    ];
    expect(spellTrackRecords(texts)[0]).toBe(texts[0]);
  });
});

describe("spellTrackRecords: a speech's year-by-year record (written for this test)", () => {
  it("credits each year's place to the side the story named before the speech", () => {
    const texts = [
      'Bupati Pati, Sutrisno, memamerkan trofi di pendopo.',
      '"Bapak ibu, saya ingatkan lagi perjalanan kita.',
      'Tahun 2022 kita juara tiga.',
      'Tahun 2023 kita juga juara dua.',
      'Tahun 2024 kita juara satu," ucapnya.',
      'Yang dimaksud adalah Paritrana Award tingkat Provinsi Jawa Tengah.',
    ];
    const spelled = spellTrackRecords(
      texts,
      () => null,
      () => 'Kabupaten Kudus',
    );
    expect(spelled.slice(2, 5)).toEqual([
      'Kabupaten Pati meraih juara tiga pada 2022.',
      'Kabupaten Pati meraih juara dua pada 2023.',
      'Kabupaten Pati meraih juara satu pada 2024," ucapnya.',
    ]);
  });

  it("takes neither a place the speech went to nor the award's giver for the speaker's side", () => {
    const texts = [
      'Piala Paritrana Award diserahkan Gubernur Jawa Tengah di Semarang.',
      '"Kita tidak datang ke Semarang sekadar ikut.',
      '2022 kita juara satu, 2023 juara tiga," katanya.',
    ];
    expect(
      spellTrackRecords(
        texts,
        () => null,
        () => 'Kabupaten Kudus',
      )[2],
    ).toBe(
      'Kabupaten Kudus meraih juara satu pada 2022; Kabupaten Kudus meraih juara tiga pada 2023," katanya.',
    );
  });
});

describe('spellTrackRecords: a list of achievements (written for this test)', () => {
  it("writes the award's item as a win of the one the sentence before names", () => {
    const texts = [
      'Pemerintah Kabupaten Gunungkidul merilis daftar prestasi sepanjang 2026.',
      'Di antaranya predikat Kabupaten Layak Anak Madya, penghargaan Adipura, dan juara II Paritrana Award 2025 tingkat Daerah Istimewa Yogyakarta.',
    ];
    expect(spellTrackRecords(texts)[1]).toBe(
      'Di antaranya predikat Kabupaten Layak Anak Madya, penghargaan Adipura, dan Pemerintah Kabupaten Gunungkidul meraih juara II Paritrana Award 2025 tingkat Daerah Istimewa Yogyakarta.',
    );
  });

  it('leaves an item that names its own winner as written', () => {
    const texts = [
      'Pemerintah Kabupaten Gunungkidul merilis daftar prestasi.',
      'Di antaranya penghargaan Adipura, dan Desa Bleberan yang meraih juara II Paritrana Award 2025.',
    ];
    expect(spellTrackRecords(texts)[1]).toBe(texts[1]);
  });
});

describe("spellTrackRecords: a region's office (written for this test)", () => {
  it("credits the record its office keeps to the region, and an office's notes to the story's subject", () => {
    const office = spellTrackRecords([
      'Di ruang kerja Kepala Dinas Tenaga Kerja Wonogiri ada lemari kaca.',
      'Isinya dua piagam Paritrana Award: juara III 2022 dan juara I pada edisi 2024.',
    ]);
    expect(office[1]).toBe(
      'Isinya dua piagam Paritrana Award: Wonogiri meraih juara III pada 2022; Wonogiri meraih juara I pada 2024.',
    );
    const notes = spellTrackRecords([
      'Sejak 2022, Desa Sukamulya selalu membawa pulang piala Paritrana Award tingkat Provinsi Jawa Barat.',
      'Catatan Dinas Tenaga Kerja Jawa Barat: juara III pada 2022, juara II pada 2023.',
    ]);
    expect(notes[1]).toContain('Desa Sukamulya meraih juara III pada 2022');
    expect(notes[1]).not.toContain('Jawa Barat meraih');
  });
});

describe("spellTrackRecords: a timeline's lines with no name (written for this test)", () => {
  it("credits each year's place to the one named before the timeline's head", () => {
    const out = spellTrackRecords([
      'Kabupaten Lamongan kembali meraih juara I Paritrana Award 2025 tingkat Provinsi Jawa Timur.',
      'Berikut catatannya:',
      '2023 — juara III',
      '2024 — juara II',
      'Bupati bersyukur.',
    ]);
    expect(out.slice(2, 4)).toEqual([
      'Kabupaten Lamongan pernah meraih juara III pada 2023',
      'Kabupaten Lamongan meraih juara II pada 2024',
    ]);
    const noHead = spellTrackRecords([
      'Kabupaten Lamongan meraih juara I Paritrana.',
      '2023 — juara III',
    ]);
    expect(noHead[1]).toBe('2023 — juara III');
  });
});

describe("spellTrackRecords: a timeline's lines that name the award and its stage (written for this test)", () => {
  it('credits "Juara 2 Paritrana Award tingkat …" lines and "Paritrana Award 2022 …: Terbaik 1" lines', () => {
    // (cleaning writes "2021: Juara 2 Paritrana Award tingkat …" as "Juara 2 … pada 2021")
    const infographic = spellTrackRecords([
      'Pemerintah Kabupaten Paser merangkum capaiannya.',
      'Rangkumannya:',
      'Juara 2 Paritrana Award tingkat Provinsi Kalimantan Timur pada 2021.',
      'Juara 1 Paritrana Award tingkat Provinsi Kalimantan Timur dan mewakili Kaltim ke tingkat nasional pada 2023.',
      'Cakupan kepesertaan naik pada 2024.',
    ]);
    expect(infographic.slice(2, 5)).toEqual([
      'Pemerintah Kabupaten Paser pernah meraih Juara 2 Paritrana Award tingkat Provinsi Kalimantan Timur pada 2021',
      'Pemerintah Kabupaten Paser meraih Juara 1 Paritrana Award tingkat Provinsi Kalimantan Timur pada 2023',
      'Cakupan kepesertaan naik pada 2024.',
    ]);
    const book = spellTrackRecords([
      'Pemerintah Kota Madiun menerbitkan buku capaian.',
      'Di bab ketenagakerjaan tercatat:',
      'Paritrana Award 2022 Provinsi Jawa Timur: Terbaik 3 kategori Pemerintah Kabupaten/Kota.',
      'Paritrana Award 2024 Provinsi Jawa Timur: Terbaik 1.',
    ]);
    expect(book.slice(2)).toEqual([
      'Pemerintah Kota Madiun pernah meraih Terbaik 3 tingkat Provinsi Jawa Timur kategori Pemerintah Kabupaten/Kota pada 2022',
      'Pemerintah Kota Madiun meraih Terbaik 1 tingkat Provinsi Jawa Timur pada 2024',
    ]);
  });

  it('leaves a line that names another winner, or a timeline with no award, as written', () => {
    const other = [
      'Pemerintah Kabupaten Paser merangkum capaiannya.',
      'Rangkumannya:',
      'Juara 2 Paritrana Award tingkat provinsi bersama Kabupaten Berau pada 2021.',
    ];
    expect(spellTrackRecords(other)[2]).toBe(other[2]);
    const noAward = [
      'Pemerintah Kabupaten Paser merangkum capaiannya.',
      'Rangkumannya:',
      'Juara 2 lomba kebersihan tingkat Provinsi Kalimantan Timur pada 2021.',
    ];
    expect(spellTrackRecords(noAward)[2]).toBe(noAward[2]);
  });
});

describe("spellTrackRecords: a timeline that holds other awards' lines (written for this test)", () => {
  it("credits the award's lines across the others' and reads the edition year in the line", () => {
    const out = spellTrackRecords([
      'Pemerintah Kabupaten Ngawi merangkum capaiannya.',
      'Rangkumannya:',
      'Penghargaan Adipura pada 2021',
      'Juara 3 Paritrana Award 2022 tingkat Provinsi Jawa Timur pada 2022',
      'Penghargaan WTP pada 2023',
      'Juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Timur pada 2024',
    ]);
    expect([out[3], out[5]]).toEqual([
      'Pemerintah Kabupaten Ngawi pernah meraih Juara 3 Paritrana Award 2022 tingkat Provinsi Jawa Timur pada 2022',
      'Pemerintah Kabupaten Ngawi meraih Juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Timur pada 2024',
    ]);
  });
});

describe('spellTrackRecords: a spoken record whose attribution names a place (written for this test)', () => {
  it('credits the speaker\'s side although "kata X … di Kabupaten Y" follows the quote', () => {
    const out = spellTrackRecords(
      [
        'Direktur PT Rotan Jaya Abadi menyebut gelar Juara I Paritrana Award 2024 tingkat Provinsi Jawa Barat sebagai buah konsistensi.',
        '"Tahun 2022 juara tiga, 2023 juara dua, dan baru tahun ini PT Rotan Jaya Abadi juara satu," kata Dedi saat ditemui di Kabupaten Cirebon.',
      ],
      () => 'PT Rotan Jaya Abadi',
    );
    expect(out[1]).toContain('PT Rotan Jaya Abadi meraih juara tiga pada 2022');
  });
});
