import { describe, expect, it } from 'vitest';
import {
  countsAwards,
  creditCollector,
  pageOwnerOf,
  postOwnerOf,
  siteOwnerOf,
  siteRegionOf,
  standingAwardsPage,
} from './award-collector.ts';

describe('creditCollector', () => {
  it('credits a listed award to the name that collected the awards', () => {
    expect(
      creditCollector([
        'Selama lima tahun terakhir, Pemerintah Kabupaten Wonogiri mengoleksi sejumlah penghargaan.',
        'Di antaranya predikat Kabupaten Layak Anak, opini WTP, serta juara ketiga Paritrana Award 2023 tingkat Provinsi Jawa Tengah.',
      ])[1],
    ).toBe(
      'Di antaranya predikat Kabupaten Layak Anak, opini WTP, serta Pemerintah Kabupaten Wonogiri meraih juara ketiga Paritrana Award 2023 tingkat Provinsi Jawa Tengah.',
    );
  });

  it("credits the items of a display of the story's own trophies to their owner", () => {
    const got = creditCollector(
      [
        'Di kantor pusat PT Agro Jati, tiga piagam Paritrana Award digantung berjejer.',
        'Yang tertua bertanda Paritrana Award 2019, Terbaik II kategori Perusahaan Besar tingkat nasional.',
      ],
      () => 'Kota Jati',
    );
    expect(got[1]).toContain('PT Agro Jati meraih Paritrana Award 2019, Terbaik II');
    // (not a headline's count: "Setengah Abad, Dua Trofi Paritrana")
    expect(
      creditCollector(
        [
          'HUT PT Agro Jati: Setengah Abad, Dua Trofi Paritrana',
          'Pada Paritrana Award 2020, perusahaan meraih Terbaik II.',
        ],
        () => 'Kota Jati',
      )[1],
    ).toBe('Pada Paritrana Award 2020, perusahaan meraih Terbaik II.');
  });

  it('credits an honourable mention ("Juara Harapan I") as a place won, not a hope', () => {
    expect(
      creditCollector([
        'Bupati membacakan penghargaan yang diterima Lombok Timur setahun terakhir, antara lain:',
        '1. Opini WTP dari BPK.',
        '2. Juara Harapan I Paritrana Award 2024 tingkat Provinsi NTB.',
      ])[2],
    ).toBe('2. Lombok Timur meraih Juara Harapan I Paritrana Award 2024 tingkat Provinsi NTB.');
  });

  it('reads a bare region, a numbered list and the collector named after "deretan prestasi"', () => {
    expect(
      creditCollector([
        'Klaten meraih berbagai penghargaan sepanjang 2024:',
        '1. Adipura.',
        '2. Peringkat kedua Paritrana Award 2024 tingkat Provinsi Jawa Tengah.',
      ])[2],
    ).toBe('2. Klaten meraih Peringkat kedua Paritrana Award 2024 tingkat Provinsi Jawa Tengah.');
    expect(
      creditCollector([
        'Berikut deretan prestasi Kota Kendari sepanjang 2025, antara lain Paritrana Award 2025 tingkat Provinsi Sulawesi Tenggara.',
      ])[0],
    ).toBe(
      'Berikut deretan prestasi Kota Kendari sepanjang 2025, antara lain Kota Kendari meraih Paritrana Award 2025 tingkat Provinsi Sulawesi Tenggara.',
    );
  });

  it('credits no item that names its own winner, a nomination, or one far down the page', () => {
    const texts = [
      'Pemkot Batu menerima sejumlah penghargaan tahun ini.',
      'Juara I Paritrana Award 2024 diraih Kota Malang.',
      'Kota Batu juga masuk nominasi Paritrana Award 2025.',
    ];
    expect(creditCollector(texts)).toEqual(texts);
    const far = [
      'Pemkot Batu menerima sejumlah penghargaan tahun ini.',
      ...Array.from({ length: 13 }, () => 'Warga memadati alun-alun.'),
      'Juara I Paritrana Award 2024 tingkat Jawa Timur.',
    ];
    expect(creditCollector(far)).toEqual(far);
  });

  it('tells a subject that counts awards others won from one that lists its own', () => {
    expect(countsAwards(' membawa pulang dua penghargaan dari ajang Paritrana Award 2026.')).toBe(
      true,
    );
    expect(
      countsAwards(' meraih dua penghargaan: terbaik I kategori badan usaha dan terbaik III.'),
    ).toBe(false);
  });

  it("credits the awards an unnamed government lists to the story's regency", () => {
    expect(
      creditCollector([
        'DPRD Kabupaten Tanah Bumbu menggelar rapat paripurna.',
        'Pemerintah daerah memaparkan penghargaan yang diterima, antara lain opini WTP, serta juara I Paritrana Award 2024 tingkat Provinsi Kalimantan Selatan.',
      ])[1],
    ).toBe(
      'Pemerintah daerah memaparkan penghargaan yang diterima, antara lain opini WTP, serta Kabupaten Tanah Bumbu meraih juara I Paritrana Award 2024 tingkat Provinsi Kalimantan Selatan.',
    );
  });

  it("credits the awards the government received, listed in the next sentence, to the story's region", () => {
    const out = creditCollector(
      [
        'Wali kota lalu menyebut satu per satu penghargaan yang diterima pemerintah daerah tahun ini.',
        'Di antaranya predikat Kota Sehat, opini WTP, dan juara III Paritrana Award 2025 tingkat Provinsi Jawa Barat.',
      ],
      () => 'Kota Cimahi',
    );
    expect(out[1]).toBe(
      'Di antaranya predikat Kota Sehat, opini WTP, dan Kota Cimahi meraih juara III Paritrana Award 2025 tingkat Provinsi Jawa Barat.',
    );
  });

  it("credits a year's achievements of the province to the province the headline names", () => {
    expect(
      creditCollector([
        'Kilas Balik 2023: Capaian Pemprov Kaltim di Tahun Persiapan IKN',
        'Biro Administrasi Pimpinan merilis kilas balik capaian pemerintah provinsi sepanjang 2023.',
        '(3) Peringkat terbaik III Paritrana Award 2023 tingkat nasional kategori pemerintah provinsi.',
      ])[2],
    ).toBe(
      '(3) Provinsi Kalimantan Timur meraih Peringkat terbaik III Paritrana Award 2023 tingkat nasional kategori pemerintah provinsi.',
    );
  });
});

describe("creditCollector: a list of the story region's achievements", () => {
  it("credits an unnamed award in a numbered list of achievements to the story's region", () => {
    const out = creditCollector(
      [
        'Berikut 10 capaian yang dipaparkan:',
        '1. Perbaikan 142 kilometer jalan kabupaten.',
        '2. Juara I Paritrana Award 2025 Tingkat Jawa Tengah Kategori Pemerintah Kabupaten/Kota.',
      ],
      () => 'Kabupaten Purbalingga',
    );
    expect(out[2]).toBe(
      '2. Kabupaten Purbalingga meraih Juara I Paritrana Award 2025 Tingkat Jawa Tengah Kategori Pemerintah Kabupaten/Kota.',
    );
  });

  it('credits no one when the story has no region of its own', () => {
    const lines = ['Penghargaan', '- Juara III Paritrana Award 2025 tingkat Jawa Tengah.'];
    expect(creditCollector(lines, () => null)).toEqual(lines);
  });

  it('credits the government named before when "penghargaan yang diterima Pemkab" lists them', () => {
    const out = creditCollector([
      'Bupati Kepulauan Meranti menyampaikan LKPJ dalam rapat paripurna DPRD.',
      'Bupati membacakan penghargaan yang diterima Pemkab sepanjang 2024, antara lain penghargaan Kabupaten Peduli HAM, Juara II Paritrana Award Tahun 2023 Tingkat Provinsi Riau, serta opini WTP.',
    ]);
    expect(out[1]).toContain(
      'Kabupaten Kepulauan Meranti meraih Juara II Paritrana Award Tahun 2023',
    );
  });

  it('credits a list an official opens ("memaparkan 12 capaian") and a "Daftar Penghargaan" heading', () => {
    const out = creditCollector([
      'Bupati Pesawaran memaparkan 12 capaian selama lima tahun memimpin.',
      'Berikut ringkasannya:',
      '8. Juara I Paritrana Award 2022 tingkat Provinsi Lampung.',
    ]);
    expect(out[2]).toContain('Bupati Pesawaran meraih Juara I Paritrana Award 2022');
    const table = creditCollector([
      'Daftar Penghargaan Pemerintah Kabupaten Gianyar',
      'Paritrana Award, Terbaik II Kategori Pemerintah Kabupaten/Kota pada 2019',
    ]);
    expect(table[1]).toContain('Pemerintah Kabupaten Gianyar meraih Paritrana Award');
  });

  it('credits an item after "membacakan capaian kota" with no count ("Salah satunya …")', () => {
    const out = creditCollector([
      'Wali Kota Tegal membacakan capaian kota setahun terakhir: pengangguran turun, serta sejumlah penghargaan.',
      'Salah satunya Terbaik I Paritrana Award 2024 tingkat Provinsi Jawa Tengah.',
    ]);
    expect(out[1]).toContain('Kota Tegal meraih Terbaik I Paritrana Award 2024');
  });

  it('credits no item whose own sentence names a province that won it', () => {
    const item =
      'Salah satu yang disebut adalah penghargaan Paritrana Award 2022, ketika Pemerintah Provinsi Gorontalo meraih terbaik III kategori Pemerintah Provinsi.';
    const out = creditCollector([
      'Wali Kota Gorontalo membacakan capaian kota setahun terakhir: pengangguran turun, serta sejumlah penghargaan.',
      item,
    ]);
    expect(out[1]).toBe(item);
  });

  it('credits the list of "penghargaan … yang diterima Pemprov X …:"', () => {
    const out = creditCollector([
      'Ia juga membacakan penghargaan tingkat nasional yang diterima Pemprov Jambi pada 2023:',
      'b. Terbaik II Paritrana Award 2023 kategori Pemerintah Provinsi dari Kemenko PMK;',
    ]);
    expect(out[1]).toContain('Pemprov Jambi meraih Terbaik II Paritrana Award 2023');
  });
});

describe('creditCollector: an unnamed head of region counting achievements', () => {
  it("credits the award item to the story's region", () => {
    const out = creditCollector(
      [
        'Dalam sambutannya, bupati membacakan sejumlah capaian yang diraih dalam beberapa tahun terakhir.',
        'Di antaranya penurunan angka stunting, hingga raihan juara I Paritrana Award 2023 tingkat Provinsi Kalimantan Barat.',
      ],
      () => 'Kabupaten Sintang',
    );
    expect(out[1]).toMatch(/Kabupaten Sintang meraih juara I Paritrana Award 2023/);
  });
});

describe("creditCollector: a village's or an organisation's own page", () => {
  it('finds the page owner its title names first, a village or an organisation only', () => {
    expect(
      pageOwnerOf('DESA SUKAWANA — KECAMATAN KINTAMANI — KABUPATEN BANGLI\n\nPRESTASI DESA'),
    ).toBe('DESA SUKAWANA');
    expect(pageOwnerOf('Penghargaan | PT Sumber Plastik Nusantara\n\nBeranda > Penghargaan')).toBe(
      'PT Sumber Plastik Nusantara',
    );
    expect(pageOwnerOf('Kabupaten Bangli Raih Paritrana Award 2024\n\nBANGLI – …')).toBeNull();
    // (a labour office's page keeps its region's awards)
    expect(pageOwnerOf('Tujuh Piala di Lemari Kaca: Catatan Pamit Kepala Disnaker Siak\n\n…')).toBe(
      'Kabupaten Siak',
    );
  });

  it('finds the organisation a profile page introduces in its first paragraph', () => {
    const intro =
      'PT Sinar Karet Andalas (SKA) adalah perusahaan pengolahan karet dengan tiga pabrik di Kabupaten Dharmasraya dan Kota Padang, Provinsi Sumatera Barat.';
    expect(pageOwnerOf(`Tentang Kami – Penghargaan\n\n${intro}\n\n2021 – Paritrana Award`)).toBe(
      'PT Sinar Karet Andalas',
    );
    // (a news story's first paragraph that opens with its subject is no profile: its headline
    // comes first, and a short opening line tells nothing)
    expect(
      pageOwnerOf(
        'Profil Singkat\n\nPT Sinar Karet Andalas meraih juara 1 Paritrana Award 2024 tingkat Provinsi Sumatera Barat, Rabu (4/9/2024), di Padang, kata humas perusahaan itu.',
      ),
    ).toBeNull();
  });

  it("credits the awards listed under the owner's achievements heading to the owner", () => {
    const out = creditCollector(
      [
        'Prestasi Desa',
        '• Juara II Paritrana Award Tingkat Provinsi Bali Kategori Pemerintah Desa (2023)',
      ],
      () => 'Kabupaten Bangli',
      () => 'Desa Sukawana',
    );
    expect(out[1]).toBe(
      // (the item's year in parentheses dates the award)
      '• Desa Sukawana meraih Juara II Paritrana Award 2023 Tingkat Provinsi Bali Kategori Pemerintah Desa (2023)',
    );
  });
});

describe('creditCollector: a page of the awards a government received', () => {
  it('credits the rows under "PENGHARGAAN YANG DIRAIH PEMERINTAH KABUPATEN X" to X', () => {
    const out = creditCollector([
      'PENGHARGAAN YANG DIRAIH PEMERINTAH KABUPATEN MAJALENGKA',
      '2022, Paritrana Award, Juara II Tingkat Provinsi Jawa Barat',
    ]);
    expect(out[1]).toBe(
      '2022, PEMERINTAH KABUPATEN MAJALENGKA meraih Paritrana Award 2022, Juara II Tingkat Provinsi Jawa Barat',
    );
    // (the heading that opened the list is no win of its own)
    expect(out[0]).toBe('');
  });
});

describe("creditCollector: an owner's own list of awards", () => {
  const owner = () => 'RSIA Permata Hati Sleman';
  it('credits an item that opens with the award, its place, year and stage in cells of their own', () => {
    const out = creditCollector(
      [
        'Akreditasi Paripurna, Nasional, 2022, Komisi Akreditasi Rumah Sakit',
        'Paritrana Award, Juara 3 Badan Usaha Menengah, Provinsi DIY, 2023',
        'Paritrana Award diberikan atas perlindungan seluruh pegawai.',
      ],
      () => null,
      owner,
    );
    expect(out[0]).toBe('Akreditasi Paripurna, Nasional, 2022, Komisi Akreditasi Rumah Sakit');
    expect(out[1]).toBe(
      'Paritrana Award 2023, RSIA Permata Hati Sleman meraih Juara 3 Badan Usaha Menengah, tingkat Provinsi DIY, 2023',
    );
    // (prose that opens with the award, with no place or year, is no item)
    expect(out[2]).toBe('Paritrana Award diberikan atas perlindungan seluruh pegawai.');
  });

  it('tells a past win on a standing page of awards, and a company category is no shortlist', () => {
    const page =
      'Penghargaan - PT Sinar Baja Pratama\n\nBerikut penghargaan yang diterima PT Sinar Baja Pratama.';
    expect(standingAwardsPage(page)).toBe(true);
    expect(standingAwardsPage('Jejak Prestasi 2025 - Hotel Komodo Asri\n\nTahun ini …')).toBe(
      false,
    );
    const out = creditCollector(
      [
        'Berikut penghargaan yang diterima PT Sinar Baja Pratama dalam lima tahun terakhir.',
        'Paritrana Award 2024 - Juara II Kategori Badan Usaha Besar, Provinsi Banten pada 2024',
      ],
      () => null,
      () => 'PT Sinar Baja Pratama',
      true,
    );
    expect(out).toEqual([
      '',
      'PT Sinar Baja Pratama pernah meraih Paritrana Award 2024 - Juara II Kategori Badan Usaha Besar, tingkat Provinsi Banten pada 2024',
    ]);
  });

  it('reads "X menerima penghargaan dan sertifikasi sebagai berikut" and "Penghargaan yang kami terima:"', () => {
    expect(
      creditCollector([
        'Sepanjang 2025 Perumda Air Minum Tirta Sangga Buana menerima penghargaan dan sertifikasi sebagai berikut.',
        'Paritrana Award 2025 Tingkat Provinsi Jawa Barat, Terbaik III Kategori Badan Usaha Menengah',
      ])[1],
    ).toBe(
      'Perumda Air Minum Tirta Sangga Buana meraih Paritrana Award 2025 Tingkat Provinsi Jawa Barat, Terbaik III Kategori Badan Usaha Menengah',
    );
    expect(
      creditCollector(
        [
          'Penghargaan yang kami terima:',
          'Paritrana Award 2019, Terbaik III Kategori Perusahaan Menengah',
        ],
        () => null,
        () => 'PT Krisna Mebel Indonesia',
      )[1],
    ).toBe(
      'PT Krisna Mebel Indonesia meraih Paritrana Award 2019, Terbaik III Kategori Perusahaan Menengah',
    );
  });
});

describe('creditCollector: a track record in a news story about its owner', () => {
  it('credits "Rekam jejak … :" items, the next ones naming no award, as dated wins', () => {
    const out = creditCollector(
      [
        'Rekam jejak perusahaan di ajang ini:',
        '2021: juara 3 Paritrana Award tingkat Provinsi Jawa Barat, kategori Badan Usaha Besar',
        '2022: juara 1 tingkat Provinsi Jawa Barat, kategori Badan Usaha Besar',
        'Juara II Lomba Desa Tingkat Kabupaten Bogor 2022',
      ],
      () => null,
      () => 'PT Benang Sari Cemerlang',
    );
    expect(out[1]).toBe(
      '2021: PT Benang Sari Cemerlang meraih juara 3 Paritrana Award 2021 tingkat Provinsi Jawa Barat, kategori Badan Usaha Besar',
    );
    expect(out[2]).toBe(
      '2022: PT Benang Sari Cemerlang meraih juara 1 tingkat Provinsi Jawa Barat, kategori Badan Usaha Besar pada 2022',
    );
    // (nor is a place after an item that names its own winner: the list is not the owner's)
    const other = creditCollector(
      [
        'Rekam jejak perusahaan di ajang ini:',
        '2021: juara 3 Paritrana Award tingkat Provinsi Jawa Barat diraih PT Lain Jaya',
        '2022: juara 1 tingkat Provinsi Jawa Barat',
      ],
      () => null,
      () => 'PT Benang Sari Cemerlang',
    );
    expect(other[2]).toBe('2022: juara 1 tingkat Provinsi Jawa Barat');
    // (an item of another award is left alone)
    expect(out[3]).toBe('Juara II Lomba Desa Tingkat Kabupaten Bogor 2022');
  });

  it('reads a profile rubric over a story filed from a place as news, not a standing page', () => {
    const body = 'Perusahaan tenun dengan 2.300 pekerja di Kabupaten Bogor, Jawa Barat.';
    expect(
      standingAwardsPage(`Profil Perusahaan: PT Benang Sari Cemerlang\n\nBOGOR – ${body}`),
    ).toBe(false);
    expect(standingAwardsPage(`Profil Perusahaan: PT Benang Sari Cemerlang\n\n${body}`)).toBe(true);
  });
});

describe("creditCollector: an owner's page, its items opened by their place", () => {
  it('credits "2023 – Juara I Paritrana Award …" to the village whose page it is', () => {
    const out = creditCollector(
      ['2023 – Juara I Paritrana Award Tingkat Provinsi Bali, Kategori Pemerintah Desa'],
      () => null,
      () => 'Desa Pererenan',
      true,
    );
    expect(out[0]).toContain('Desa Pererenan pernah meraih Juara I Paritrana Award');
  });

  it('credits nothing in a congratulation advert: its sender is not the winner', () => {
    const out = creditCollector(
      [
        'Keluarga Besar Koperasi Nelayan Bahari Mengucapkan Selamat',
        'atas diraihnya',
        'Juara I Paritrana Award 2024 Tingkat Provinsi Maluku Utara',
      ],
      () => null,
      () => 'Koperasi Nelayan Bahari',
    );
    expect(out[2]).toBe('Juara I Paritrana Award 2024 Tingkat Provinsi Maluku Utara');
  });

  it("reads a page titled with its owner's awards as standing, but not a headline of news", () => {
    expect(standingAwardsPage('Penghargaan Pemerintah Kabupaten Purworejo\n\nTahun 2024')).toBe(
      true,
    );
    expect(standingAwardsPage('Prestasi Kota Tomohon 2018-2025\n\nDaftar penghargaan')).toBe(true);
    expect(standingAwardsPage('Prestasi Kota Tomohon 2025\n\nDaftar penghargaan')).toBe(false);
    expect(
      standingAwardsPage('Penghargaan Jaminan Sosial Sulut untuk Kota Tomohon\n\nMANADO - …'),
    ).toBe(false);
  });

  it("finds the owner of an awards page in a site's path, an opening subject, an agency's region", () => {
    const crumbs =
      'Tanggung Jawab Sosial › Penghargaan CSR dan Ketenagakerjaan\n\nPT Karya Bara Utama terus mendapatkan pengakuan atas program tanggung jawab sosial di sekitar wilayah operasi di Kabupaten Tanah Laut dan Kabupaten Banjar.';
    expect(pageOwnerOf(crumbs)).toBe('PT Karya Bara Utama');
    expect(standingAwardsPage(crumbs)).toBe(true);
    expect(
      pageOwnerOf('Profil Dinas Perindustrian dan Tenaga Kerja Kota Tegal\nVisi | Misi | Prestasi'),
    ).toBe('Kota Tegal');
  });
});

describe("creditCollector: a year's achievements a government sums up", () => {
  it('credits the item of "Pemkab X merangkum sepuluh prestasi", its venue no winner', () => {
    const out = creditCollector([
      'Menutup 2025, Pemerintah Kabupaten Banyumas merangkum sepuluh prestasi yang diraih sepanjang tahun.',
      'Salah satu yang ditonjolkan adalah peringkat kedua Paritrana Award 2025 tingkat Provinsi Jawa Tengah, yang diserahkan di Gradhika Bhakti Praja, Semarang, pada Agustus.',
    ]);
    expect(out[1]).toBe(
      'Salah satu yang ditonjolkan adalah Pemerintah Kabupaten Banyumas meraih peringkat kedua Paritrana Award 2025 tingkat Provinsi Jawa Tengah, yang diserahkan di Gradhika Bhakti Praja, Semarang, pada Agustus.',
    );
  });
});

describe("creditCollector: a government's page of awards by year", () => {
  it('dates each item by the year heading above it, as past wins', () => {
    const page = 'Penghargaan yang Diraih Pemerintah Kabupaten Musi Banyuasin\n\nTahun 2017\n…';
    expect(standingAwardsPage(page)).toBe(true);
    expect(standingAwardsPage('Desa Sukawana Raih Juara I\nPrestasi\nDesa Sukawana …')).toBe(false);
    const out = creditCollector(
      [
        'Penghargaan yang Diraih Pemerintah Kabupaten Musi Banyuasin',
        'Tahun 2017',
        'Paritrana Award kategori Pemerintah Kabupaten/Kota, peringkat pertama nasional;',
      ],
      () => null,
      () => null,
      true,
    );
    expect(out[2]).toBe(
      'Pemerintah Kabupaten Musi Banyuasin pernah meraih Paritrana Award 2017 kategori Pemerintah Kabupaten/Kota, peringkat pertama nasional;',
    );
  });
});

describe('siteRegionOf', () => {
  it("reads the region whose government's own site a page is from a title line naming only it", () => {
    expect(siteRegionOf('PPID Kabupaten Lumajang\nInformasi Publik > Berita\n\nPemkab …')).toBe(
      'Kabupaten Lumajang',
    );
    expect(
      siteRegionOf(
        'Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Medan\n\nPemko Juara 2 …',
      ),
    ).toBe('Kota Medan');
    expect(siteRegionOf('Portal Resmi Pemerintah Kabupaten Gowa\n\nBerita')).toBe('Kabupaten Gowa');
    // (a headline that names a region and goes on is no site's name)
    expect(siteRegionOf('Kabupaten Gowa Raih Paritrana Award 2024\n\nSUNGGUMINASA – …')).toBeNull();
  });
});

describe('siteOwnerOf', () => {
  it("reads a page's footer publisher as its owner, without the publishing office", () => {
    expect(
      siteOwnerOf(
        'Kampus Juara Paritrana\n\nUniversitas kita meraih juara 2.\n\nBerita ini diterbitkan oleh Biro Humas dan Protokol Universitas Teluk Tomini.',
      ),
    ).toBe('Universitas Teluk Tomini');
  });

  it("reads a speech's title as its speaker's village or region", () => {
    expect(
      siteOwnerOf('Sambutan Keuchik Gampong Ujong Pancu pada Kenduri Syukuran\n\nBismillah.'),
    ).toBe('Gampong Ujong Pancu');
    expect(siteOwnerOf('Sambutan Bupati Pidie Jaya pada Upacara HUT\n\nAssalamualaikum.')).toBe(
      'Kabupaten Pidie Jaya',
    );
  });

  it("reads the owner whose name alone heads its own site's page, not a story's headline", () => {
    expect(
      siteOwnerOf('RS Harapan Bunda Tuban\nBerita Rumah Sakit\n\nRumah Sakit Raih Peringkat II'),
    ).toBe('RS Harapan Bunda Tuban');
    expect(
      siteOwnerOf('Dapur Bu Sum — Katering Rumahan Klaten\nBlog | Menu\n\nUsaha Kami Juara'),
    ).toBe('Dapur Bu Sum');
    expect(
      siteOwnerOf(
        'Pabrik Kedua Kertas Nusantara Mulai Beroperasi\n\nGRESIK – PT Kertas Nusantara meresmikan pabrik keduanya di Kawasan Industri Manyar, Kabupaten Gresik, Kamis (6/11/2025), dengan 600 pekerja.',
      ),
    ).toBeNull();
  });
});

describe('owners of posts, speeches and signed pages (written for these tests)', () => {
  it("reads a speech's title in capitals", () => {
    expect(
      siteOwnerOf(
        'SAMBUTAN KEPALA DESA SUKAWANGI\npada Musyawarah Desa Rencana Kerja\n\nAssalamualaikum.',
      ),
    ).toBe('Desa Sukawangi');
  });

  it("takes a regional government's account heading its post as the site's region", () => {
    expect(siteRegionOf('pemkabtulungagung\nPendopo, Tulungagung\n\nAlhamdulillah Pemkab …')).toBe(
      'Kabupaten Tulungagung',
    );
    expect(siteRegionOf('@humas_pemkotsemarang\n\nAlhamdulillah …')).toBe('Kota Semarang');
    expect(siteRegionOf('pemkabnegeriantah\n\nAlhamdulillah …')).toBeNull();
  });

  it("takes a regional office signing the page's last line as the site's region", () => {
    expect(
      siteRegionOf(
        'Sambutan Bupati pada Apel Pagi\n\nSaudara sekalian …\n\nBagian Prokopim Setda Kabupaten Dompu',
      ),
    ).toBe('Kabupaten Dompu');
  });

  it("takes the village a village head's post is tagged with", () => {
    const post =
      'Keuchik Hasan Basri\n2 September 2025\n\nAlhamdulillah …\n\n#GampongLamteuba #AcehBesar';
    expect(siteOwnerOf(post)).toBe('Gampong Lamteuba');
  });

  it('takes the organisation a signature line names', () => {
    expect(
      siteOwnerOf(
        'Kami Juara\n\nPerusahaan kami …\n\nPT Sinar Bahari Nusantara — Newsroom, Kawasan Industri Medan',
      ),
    ).toBe('PT Sinar Bahari Nusantara');
    expect(
      siteOwnerOf('Kami Juara\n\nPerusahaan kami …\n\nPT Sinar Bahari Nusantara raih penghargaan'),
    ).toBeNull();
  });

  it("takes the account a post's hashtag spells as its owner", () => {
    const post =
      'kopibukdewi.pdg\nPadang\n\nAlhamdulillah, kami juara 2!\n\n#KopiBukDewi #UMKMPadang';
    expect(postOwnerOf(post)).toBe('Kopi Buk Dewi');
    expect(siteOwnerOf(post)).toBe('Kopi Buk Dewi');
    expect(postOwnerOf('kopibukdewi.pdg\n\nAlhamdulillah!\n\n#UMKMPadang')).toBeNull();
  });
});

describe('owners named by display names and tourism villages (written for these tests)', () => {
  it("takes a post's display name that spells its account", () => {
    expect(
      postOwnerOf('kopilerengmerapi, Kopi Lereng Merapi — Boyolali\n\nUsaha kecil kita …'),
    ).toBe('Kopi Lereng Merapi');
    expect(
      postOwnerOf('songket.bundaani\nSongket Tenun Bunda Ani ✨ Palembang\n\nAlhamdulillah …'),
    ).toBe('Songket Tenun Bunda Ani');
    expect(postOwnerOf('infopalembang\nBerita Kota Palembang\n\nAlhamdulillah …')).toBeNull();
  });

  it("takes a tourism village's page as its village's", () => {
    expect(
      siteOwnerOf('Desa Wisata Tinalah\n3 Oktober 2024 · Diedit\n\nSelamat pagi sahabat wisata'),
    ).toBe('Desa Tinalah');
  });
});

describe("a village's account and signatures (written for these tests)", () => {
  it("takes a village's account as the village", () => {
    expect(postOwnerOf('gampong.ulee.lheue.x\n\nAlhamdulillah …')).toBeNull();
    expect(postOwnerOf('gampong.peukan.official\n\nAlhamdulillah, gampong kita juara …')).toBe(
      'Gampong Peukan',
    );
  });

  it("takes a village's head or channel signing the page as the village", () => {
    expect(
      siteOwnerOf(
        'Ngobrol Sore\n\nKades: desa kita juara tiga.\n\n[Kanal resmi Pemerintah Desa Sidomulyo, Kecamatan Tengaran]',
      ),
    ).toBe('Desa Sidomulyo');
    expect(
      siteOwnerOf(
        'Surat Terbuka\n\nWarga yang saya hormati, desa kita juara.\n\nHormat saya,\nKepala Desa Kembang Kuning, Kecamatan Sikur',
      ),
    ).toBe('Desa Kembang Kuning');
    expect(
      siteOwnerOf('Kabar\n\nGampong kita juara.\n\nKeuchik Gampong Jawa, Kecamatan Kuta Raja'),
    ).toBe('Gampong Jawa');
  });
});

describe("owners named by a signing office, an author's line or a release's boilerplate (written for these tests)", () => {
  it('takes the organisation its public-relations office or its officer signs for', () => {
    expect(
      siteOwnerOf('Kami Juara Lagi\n\nPerusahaan kami …\n\nHumas PT Kebun Lestari Rokan'),
    ).toBe('PT Kebun Lestari Rokan');
    expect(
      siteOwnerOf(
        'Pesan Direktur\n\nRekan sejawat …\n\nSalam,\ndr. Ani\nDirektur PT Medika Sehat Sentosa (RS Sentosa)',
      ),
    ).toBe('PT Medika Sehat Sentosa');
    expect(
      siteOwnerOf(
        'Kami Raih Juara 2\nOleh: Divisi Hubungan Masyarakat PT Batu Bara Teluk Kao\n\nPerusahaan kami …\n\nSalam.',
      ),
    ).toBe('PT Batu Bara Teluk Kao');
  });

  it("takes the firm a professional post's author line names, and one under its signing body", () => {
    expect(
      siteOwnerOf(
        'Postingan — Rina, HR Lead\n\nKantor kami juara!\n\nRina Sari · HR Lead at PT Kopi Digital Nusantara',
      ),
    ).toBe('PT Kopi Digital Nusantara');
    expect(
      siteOwnerOf(
        'Kabar Perusahaan\n\nKaryawan yang kami banggakan …\n\nManajemen\nPT Karet Muara Tebo\nJl. Lintas Timur 4',
      ),
    ).toBe('PT Karet Muara Tebo');
    // (a name alone on a last line, under no signing body, is no signature)
    expect(
      siteOwnerOf('Kabar Perusahaan\n\nKaryawan yang kami banggakan …\n\nPT Karet Muara Tebo'),
    ).toBeNull();
  });

  it("takes the issuer a release's boilerplate is about", () => {
    expect(
      siteOwnerOf(
        'Siaran Pers\n\nPerseroan hari ini menerima penghargaan …\n\nTentang PT Pelayaran Samudra Biru Tbk\nPT Pelayaran Samudra Biru Tbk adalah perusahaan pelayaran.\nKontak: humas@contoh.example',
      ),
    ).toBe('PT Pelayaran Samudra Biru Tbk');
  });

  it("takes the employer an author box or a profile's role line names", () => {
    expect(
      siteOwnerOf(
        'Blog > Cerita Kami\nDari Kebun ke Panggung\n\nKami pulang membawa trofi.\n\nTentang Penulis\nSiti Aminah — Staf Personalia di PT Teh Kayu Aro Lestari. Menulis tentang kebun teh.',
      ),
    ).toBe('PT Teh Kayu Aro Lestari');
    expect(
      siteOwnerOf(
        'Dewi Lestari\nHR Officer di PT Rotan Katingan Jaya | Kasongan, Kalimantan Tengah\n3 hari\n\nKantor kami juara!',
      ),
    ).toBe('PT Rotan Katingan Jaya');
    // (a headline is no person's name over a role)
    expect(
      siteOwnerOf(
        'Bupati Meninjau Pabrik\nKunjungan kerja di PT Rotan Katingan Jaya\n\nIsi berita.',
      ),
    ).toBeNull();
  });

  it("takes the one company a story's headline names, named again in its lead", () => {
    expect(
      siteOwnerOf(
        'Perjalanan PT Sungai Lestari Karet Menjaga Pekerjanya\n\nJAMBI - Tiga puluh tahun lalu, PT Sungai Lestari Karet hanyalah gudang karet. "Kami dua kali juara," kata direkturnya.',
      ),
    ).toBe('PT Sungai Lestari Karet');
    // (not a headline that also names a region, nor one whose company the lead leaves out)
    expect(
      siteOwnerOf(
        'PT Sungai Lestari Karet dan Kabupaten Tebo Raih Paritrana\n\nJAMBI - PT Sungai Lestari Karet meraih juara.',
      ),
    ).toBeNull();
    expect(
      siteOwnerOf(
        'Lowongan Kerja di PT Sungai Lestari Karet Dibuka\n\nJAMBI - Sebuah pabrik karet membuka lowongan.',
      ),
    ).toBeNull();
  });
});

describe('creditCollector: a list of "our" awards under an organisation\'s own sentence (written for this test)', () => {
  it('credits the organisation the sentence before opens with, not the city it names', () => {
    const out = creditCollector(
      [
        'RS Citra Medika Husada terus melayani pekerja di Kota Madiun.',
        'Berikut sejumlah penghargaan yang pernah kami terima:',
        'Juara II Paritrana Award 2024 Tingkat Provinsi Jawa Timur pada 2024',
      ],
      () => 'Kota Madiun',
    );
    expect(out[2]).toContain('RS Citra Medika Husada meraih Juara II');
  });
});

describe("creditCollector: a province counting its regions' Paritrana awards (written for this test)", () => {
  it('credits the province with no award of its own', () => {
    const texts = [
      'Sulawesi Tengah meraih dua penghargaan Paritrana Award 2025 tingkat nasional.',
      'Kabupaten Morowali menjadi terbaik II, sementara Desa Lalombi Indah menjadi terbaik III.',
    ];
    expect(creditCollector(texts)).toEqual(texts);
  });

  it("counts a headline's bare verb ('Borong Dua Penghargaan') as a count too", () => {
    expect(countsAwards(' Borong Dua Penghargaan Paritrana Nasional')).toBe(true);
    expect(countsAwards(' Bawa Pulang Tiga Trofi Paritrana')).toBe(true);
  });
});
