import { describe, expect, it } from 'vitest';
import { resolveAnaphora } from './anaphora.ts';

describe('resolveAnaphora', () => {
  it('writes out "desa ini" as the village named before', () => {
    const out = resolveAnaphora([
      'Desa Sukamulya di Kabupaten Cianjur kembali mencatat sejarah.',
      'Desa ini ditetapkan sebagai terbaik pertama kategori desa.',
    ]);
    expect(out[1]).toBe('Desa Sukamulya ditetapkan sebagai terbaik pertama kategori desa.');
  });

  it('writes out "desa itu" as the village a festival was held in', () => {
    const out = resolveAnaphora([
      'Festival Durian di Desa Sumberjati, Kecamatan Silo, Kabupaten Jember, ramai pengunjung.',
      'Desa itu meraih juara II kategori pemerintah desa Paritrana Award 2025 tingkat Jawa Timur.',
    ]);
    expect(out[1]).toBe(
      'Desa Sumberjati meraih juara II kategori pemerintah desa Paritrana Award 2025 tingkat Jawa Timur.',
    );
  });

  it('writes out a bare "kita" that won a province\'s stage, else leaves it', () => {
    const out = resolveAnaphora([
      'Wali Kota Blitar membuka rapat koordinasi, Senin (5/10/2026).',
      '"Tahun ini kita juga meraih Paritrana Award tingkat Provinsi Jawa Timur," ujarnya.',
      '"Kita meraih banyak capaian tahun ini," ujarnya.',
    ]);
    expect(out[1]).toContain('Tahun ini Kota Blitar juga meraih');
    expect(out[2]).toContain('Kita meraih banyak capaian');
  });

  it('writes out a bare "kita" that won "se-" a province as the regency named, not a town visited', () => {
    const out = resolveAnaphora([
      'Bupati Klaten mengenang perjalanan tahun lalu.',
      '"Agustus lalu Klaten dipanggil ke Semarang.',
      'Kita dapat juara dua Paritrana Award se-Jawa Tengah," ucapnya.',
    ]);
    expect(out[2]).toContain('Klaten dapat juara dua');
  });

  it('writes out a bare "kita" far from any name as the story\'s region', () => {
    const out = resolveAnaphora(
      [
        'Pendapatan direncanakan Rp 1 triliun.',
        'Belanja naik.',
        'Prioritas belanja adalah pendidikan.',
        'Ia meminta dukungan dewan.',
        '"Tahun ini kita meraih Paritrana Award tingkat Provinsi Lampung," ujarnya.',
      ],
      () => 'Kota Metro',
    );
    expect(out[4]).toContain('Tahun ini Kota Metro meraih');
  });

  it('writes out a company\'s "kami" as the company, not the regency placing its kecamatan', () => {
    const out = resolveAnaphora([
      'PT Keramik Jaya Abadi mulai mengoperasikan pabrik di Kecamatan Cibatu, Kabupaten Purwakarta.',
      '"Kami juara II Paritrana Award 2025 Jawa Barat kategori badan usaha besar," ujarnya.',
    ]);
    expect(out[1]).toContain('PT Keramik Jaya Abadi juara II');
  });

  it('writes out a governor\'s "kita" that won the provinces\' category as the province', () => {
    const out = resolveAnaphora([
      'Gubernur Kalimantan Barat dihubungi lewat telepon usai acara.',
      '"Kita terbaik kedua se-Indonesia, kategori pemerintah provinsi," ujarnya.',
    ]);
    expect(out[1]).toContain('Gubernur Kalimantan Barat terbaik kedua se-Indonesia');
  });

  it('writes out "mereka" who won a prize as the side named before', () => {
    const out = resolveAnaphora([
      'Ia duduk satu meja dengan rombongan Pemkot Metro.',
      '"Mereka juara satu yang kategori kabupaten/kota," ujarnya.',
      '"Mereka datang dari jauh," ujarnya.',
    ]);
    expect(out[1]).toContain('Pemkot Metro juara satu');
    expect(out[2]).toContain('Mereka datang');
  });

  it('writes out "usahanya" as the business named before', () => {
    const out = resolveAnaphora([
      'Bu Siti mendirikan UD Sumber Rezeki pada 2011 dan kini punya 19 karyawan.',
      'Mei lalu, usahanya meraih juara II kategori usaha mikro Paritrana Award 2026.',
    ]);
    expect(out[1]).toBe(
      'Mei lalu, UD Sumber Rezeki meraih juara II kategori usaha mikro Paritrana Award 2026.',
    );
  });

  it('writes out "bengkel kecil di X itu" as the workshop named before', () => {
    const out = resolveAnaphora([
      'Pemilik Bengkel Las Karya Abadi, Joko Susilo, mendaftarkan pekerjanya sejak 2021.',
      'Bengkel kecil di Kartasura itu meraih juara I kategori usaha mikro Paritrana Award 2024.',
    ]);
    expect(out[1]).toBe(
      'Bengkel Las Karya Abadi meraih juara I kategori usaha mikro Paritrana Award 2024.',
    );
  });

  it("writes out a quote's first person who won a prize as the side named before", () => {
    const [, quote] = resolveAnaphora([
      'Kota Lestari meraih juara II Paritrana Award 2024.',
      'Kami pernah menjadi juara II juga pada 2022," kata Wali Kota Lestari.',
    ]);
    expect(quote?.startsWith('Kota Lestari pernah menjadi juara II')).toBe(true);
    const [, other] = resolveAnaphora([
      'Kota Lestari meraih juara II Paritrana Award 2024.',
      'Kami menerima banyak usulan dari warga," katanya.',
    ]);
    expect(other?.startsWith('Kami menerima')).toBe(true);
  });

  it('writes out "desa kami" whole, and "kabupaten kita" as the speaker named after the quote', () => {
    const out = resolveAnaphora([
      'Desa Lerep Sabet Juara Paritrana',
      '"Alhamdulillah, desa kami juara satu kategori pemerintah desa," kata Kepala Desa Lerep.',
      '"Alhamdulillah, kabupaten kita juara dua Paritrana Award," ujar Bupati Sleman.',
      '"Alhamdulillah kita mendapatkan yang terbaik," kata Kepala Disnaker Lestari.',
    ]);
    expect(out[1]).toContain('Alhamdulillah, Kepala Desa Lerep juara satu');
    expect(out[2]).toContain('Alhamdulillah, Bupati Sleman juara dua');
    // a bare "kita" is no side of its own
    expect(out[3]).toContain('Alhamdulillah kita mendapatkan');
  });

  it('writes out "Koperasi kita" as the cooperative the post is about', () => {
    const out = resolveAnaphora([
      'Koperasi Nelayan Bahari Sejahtera - Kab. Pinrang',
      'Koperasi kita dapat peringkat 2 Paritrana Award 2024 tingkat Provinsi Sulawesi Selatan.',
    ]);
    expect(out[1]).toBe(
      'Koperasi Nelayan Bahari Sejahtera dapat peringkat 2 Paritrana Award 2024 tingkat Provinsi Sulawesi Selatan.',
    );
  });

  it('writes out "perusahaan yang dipimpinnya" as the company a profile named long before', () => {
    const out = resolveAnaphora([
      'Tiga puluh tahun kemudian, ia memimpin PT Bahari Dok Lestari, perusahaan reparasi kapal.',
      '"Teman saya dulu jatuh," katanya.',
      'Pengalaman itu membuatnya keras soal perlindungan pekerja.',
      'Semua pekerja wajib terdaftar.',
      'Subkontraktor juga.',
      'Sikap itu berbuah penghargaan.',
      'Pekan lalu, perusahaan yang dipimpinnya dinobatkan sebagai juara I Paritrana Award 2024.',
    ]);
    expect(out[6]).toBe(
      'Pekan lalu, PT Bahari Dok Lestari dinobatkan sebagai juara I Paritrana Award 2024.',
    );
  });

  it('writes out "produsen … itu" as the company named before', () => {
    const out = resolveAnaphora([
      'PT Pupuk Bumi Andalas kembali menorehkan prestasi.',
      'Produsen pupuk NPK yang pabriknya berada di Teluk Bayur itu meraih juara 1 Paritrana Award 2025.',
    ]);
    expect(out[1]).toBe('PT Pupuk Bumi Andalas meraih juara 1 Paritrana Award 2025.');
  });

  it('writes out a hotel, a campus or a business described with a year', () => {
    const out = resolveAnaphora([
      'Manajemen Hotel Anging Mammiri boleh berbangga.',
      'Hotel bintang empat di Jalan Penghibur itu meraih juara II Paritrana Award 2024.',
      'CV Batik Sekar Jagad mempekerjakan 47 pembatik.',
      'Usaha yang dirintis sejak 1968 itu meraih juara I kategori Badan Usaha Kecil.',
    ]);
    expect(out[1]).toBe('Hotel Anging Mammiri meraih juara II Paritrana Award 2024.');
    expect(out[3]).toBe('CV Batik Sekar Jagad meraih juara I kategori Badan Usaha Kecil.');
  });

  it("writes out a quote's first person as the speaker's side, even when the quote runs on", () => {
    const out = resolveAnaphora([
      'Suasana ballroom sebuah hotel di Jalan Sudirman, Pekanbaru, riuh.',
      'Kami juara satu untuk kategori badan usaha besar.',
      'Ini hadiah untuk pekerja kami," kata Rosmaida, Manajer SDM PT Inti Sawit Lestari, usai acara.',
    ]);
    expect(out[1]).toBe('PT Inti Sawit Lestari juara satu untuk kategori badan usaha besar.');
  });

  it('keeps a written-out name apart from a capitalised word before it', () => {
    const out = resolveAnaphora([
      'Bulan lalu Kulon Progo menerima penghargaan.',
      'Alhamdulillah, Paritrana Award 2025 tingkat DIY kami juara pertama kategori pemerintah kabupaten/kota.',
    ]);
    expect(out[1]).toBe(
      'Alhamdulillah, Paritrana Award 2025 tingkat DIY, Kulon Progo juara pertama kategori pemerintah kabupaten/kota.',
    );
  });

  it('writes out a bare "pemkab" that won as the regency named before', () => {
    const out = resolveAnaphora([
      'DPRD Kabupaten Tuban menyampaikan rekomendasi atas LKPJ Bupati.',
      'Di antaranya pemkab meraih juara III Paritrana Award tingkat Jawa Timur tahun 2023.',
      'Pemkab Tuban menanggung iuran nelayan.',
    ]);
    expect(out[1]).toBe(
      'Di antaranya Kabupaten Tuban meraih juara III Paritrana Award tingkat Jawa Timur tahun 2023.',
    );
    expect(out[2]).toBe('Pemkab Tuban menanggung iuran nelayan.');
  });

  it('reads modifiers between the noun and the demonstrative', () => {
    const out = resolveAnaphora([
      'PT Bank Pembangunan Daerah Maluku (Bank Maluku) menambah koleksi penghargaan.',
      'Bank milik pemerintah daerah itu meraih juara 1 kategori badan usaha besar.',
    ]);
    expect(out[1]).toMatch(/^PT Bank Pembangunan Daerah Maluku \(Bank Maluku\) meraih/);
  });

  it('reads a relative clause with places between the noun and the demonstrative', () => {
    const out = resolveAnaphora([
      'PT Tambang Lestari menerima penghargaan di Jakarta.',
      'Perusahaan tambang nikel yang beroperasi di Sorowako, Kabupaten Luwu Timur itu meraih peringkat ketiga.',
    ]);
    expect(out[1]).toBe('PT Tambang Lestari meraih peringkat ketiga.');
  });

  it('reads "desa yang sama" and "pihaknya"', () => {
    const out = resolveAnaphora([
      'Desa Sukamulya meraih juara I tahun ini.',
      'Pada 2023, desa yang sama juga keluar sebagai juara I.',
      'Menurut Sekda Kabupaten Lestari, warga bangga.',
      'Pihaknya meraih juara pertama.',
    ]);
    expect(out[1]).toBe('Pada 2023, Desa Sukamulya juga keluar sebagai juara I.');
    expect(out[3]).toBe('Kabupaten Lestari meraih juara pertama.');
  });

  it('takes no venue as the antecedent', () => {
    const out = resolveAnaphora([
      'Pemerintah Kabupaten Sumba Timur menerima penghargaan di Kupang.',
      'Kabupaten ini meraih peringkat pertama.',
    ]);
    expect(out[1]).toBe('Pemerintah Kabupaten Sumba Timur meraih peringkat pertama.');
  });

  it('finds the antecedent earlier in the same sentence', () => {
    const [out] = resolveAnaphora([
      'Direksi Rumah Sakit Sehat Sentosa bersyukur setelah rumah sakit swasta tersebut dinobatkan sebagai juara harapan.',
    ]);
    expect(out).toContain('setelah Rumah Sakit Sehat Sentosa dinobatkan');
  });

  it('leaves phrases that are no subject of a win, or whose type is not named', () => {
    const texts = [
      'Kota Bogor meraih juara 1.',
      'Desa itu juga menjadi terbaik pertama.',
      'Warga desa ini bangga.',
    ];
    expect(resolveAnaphora(texts)).toEqual(texts);
  });

  it('writes out "warung … itu" as the shop named sentences before', () => {
    const out = resolveAnaphora([
      'Warung Makan Bu Sumi di Jalan Parangtritis mendadak ramai.',
      'Pemiliknya menerima tamu.',
      'Ia bercerita panjang.',
      'Anaknya ikut membantu.',
      'Pelanggan berdatangan.',
      'Warung gudeg itu baru saja meraih juara kedua kategori usaha mikro.',
    ]);
    expect(out[5]).toBe('Warung Makan Bu Sumi baru saja meraih juara kedua kategori usaha mikro.');
  });

  it('finds a business "bekerja untuk" named as the antecedent, not the headline\'s product', () => {
    const out = resolveAnaphora([
      'Dari Kebun Kopi Mandailing ke Panggung Paritrana',
      'Enam perempuan bekerja untuk Kopi Bukit Barisan Jaya, usaha kecil milik pasangan Rudi dan Tiur.',
      'Bulan lalu, usaha itu meraih juara 1 kategori usaha mikro kecil dalam Paritrana Award 2023.',
    ]);
    expect(out[2]).toBe(
      'Bulan lalu, Kopi Bukit Barisan Jaya meraih juara 1 kategori usaha mikro kecil dalam Paritrana Award 2023.',
    );
  });

  it('writes out a sentence-opening "Perusahaan" that won as the company named before', () => {
    const out = resolveAnaphora([
      'MUARA BULIAN – PT Sawit Hijau Jambi (SHJ) kembali menorehkan prestasi.',
      'Perusahaan meraih Juara I Paritrana Award 2022 tingkat Provinsi Jambi.',
    ]);
    expect(out[1]).toBe(
      'PT Sawit Hijau Jambi (SHJ) meraih Juara I Paritrana Award 2022 tingkat Provinsi Jambi.',
    );
  });

  it('writes out words two phrases cover only once', () => {
    const out = resolveAnaphora([
      'PT Kayu Lapis Borneo membuka pabrik baru.',
      'Perusahaan itu pernah meraih juara II Paritrana Award 2019.',
    ]);
    expect(out[1]).toBe('PT Kayu Lapis Borneo pernah meraih juara II Paritrana Award 2019.');
  });

  it('leaves "kabupaten yang desanya meraih" alone: the regency owns the village', () => {
    const texts = [
      'Desa Sungai Rangas meraih juara 3 Paritrana Award 2025.',
      'Kabupaten Banjar tercatat menjadi satu-satunya kabupaten yang desanya meraih juara pertama dua tahun berturut-turut.',
    ];
    expect(resolveAnaphora(texts)[1]).toBe(texts[1]);
  });

  it('writes out "desa mereka" whole as the village named before', () => {
    const out = resolveAnaphora([
      'Warga Desa Miau Indah, Kecamatan Kongbeng, menggelar syukuran.',
      'Syukuran digelar setelah desa mereka meraih juara I Paritrana Award 2025.',
    ]);
    expect(out[1]).toBe(
      'Syukuran digelar setelah Desa Miau Indah meraih juara I Paritrana Award 2025.',
    );
  });
});

describe('resolveAnaphora: a route is no antecedent', () => {
  it('does not take a place of "jalan poros Kudus–Pati" for the "saya" who received the prize', () => {
    const out = resolveAnaphora([
      'Warungnya, Soto Kudus Bu Rini di pinggir jalan poros Kudus–Pati, meraih juara satu kategori usaha mikro.',
      '"Saya menerima piala dari Pak Menteri," katanya.',
    ]);
    expect(out[1]).not.toMatch(/Pati menerima/);
  });
});

describe('resolveAnaphora: numbers and village words in a described referent', () => {
  it('writes out "Perusahaan yang mempekerjakan 2.300 karyawan itu" and "Kampung wisata … itu"', () => {
    expect(
      resolveAnaphora([
        'PT Logam Cakra Perkasa, produsen baut di kawasan industri Cikande, menerima penghargaan.',
        'Perusahaan yang mempekerjakan 2.300 karyawan itu dinobatkan sebagai juara 1 kategori badan usaha besar.',
      ])[1],
    ).toMatch(/^PT Logam Cakra Perkasa dinobatkan/);
    expect(
      resolveAnaphora([
        'Kampung Sereh di Kabupaten Jayapura menerima penghargaan Paritrana tahun 2025.',
        'Kampung wisata yang terkenal dengan perahu hias itu meraih juara kedua.',
      ])[1],
    ).toMatch(/^Kampung Sereh meraih juara kedua/);
  });
});

describe('resolveAnaphora: a small business as the "saya" who received the prize', () => {
  it('writes out "saya" as the small business named before', () => {
    expect(
      resolveAnaphora([
        'Juli lalu, usahanya, Tenun Songket Ina Lia, dipanggil ke Kupang.',
        '"Saya menerima juara tiga usaha mikro kecil Paritrana Award 2024 tingkat NTT," katanya.',
      ])[1],
    ).toMatch(/Tenun Songket Ina Lia menerima juara tiga/);
  });
});

describe('resolveAnaphora: a winner described before it is named', () => {
  it('writes the description out as the name the next sentence opens with', () => {
    const out = resolveAnaphora([
      'Siapa sangka, warung soto kecil di Jalan Diponegoro, Salatiga, menyabet juara 1 kategori usaha mikro kecil.',
      'Warung Soto Pak Darmo milik Sudarmo (51) mempekerjakan tujuh orang.',
    ]);
    expect(out[0]).toMatch(/^Siapa sangka, Warung Soto Pak Darmo, menyabet juara 1/);
    // a village named in capitals is a name, not a description
    const named = resolveAnaphora([
      'Desa Kalisari, Kecamatan Cilongok, meraih juara III.',
      'Desa Karangsari menjadi juara I.',
    ]);
    expect(named[0]).toBe('Desa Kalisari, Kecamatan Cilongok, meraih juara III.');
  });
});

describe('resolveAnaphora: a name called out as the winner', () => {
  it('writes out "nama desa itu dipanggil sebagai juara I"', () => {
    expect(
      resolveAnaphora([
        'Kerja warga Desa Kemiren itu akhirnya terdengar sampai Surabaya.',
        'Pada malam penganugerahan, nama desa itu dipanggil sebagai juara I kategori pemerintah desa.',
      ])[1],
    ).toMatch(/nama Desa Kemiren dipanggil sebagai juara I/);
  });
});

describe("resolveAnaphora: the story's regency described far from its name", () => {
  it('writes out "kabupaten pesisir utara Jawa Timur itu" as the story\'s regency', () => {
    expect(
      resolveAnaphora(
        [
          'Upaya itu dinilai di tingkat nasional.',
          'Pada penganugerahan di Jakarta, kabupaten pesisir utara Jawa Timur itu dinobatkan sebagai terbaik kedua.',
        ],
        () => 'Kabupaten Tuban',
      )[1],
    ).toMatch(/Kabupaten Tuban dinobatkan sebagai terbaik kedua/);
    // (a city is no regency)
    expect(
      resolveAnaphora(['Kabupaten itu dinobatkan sebagai terbaik kedua.'], () => 'Kota Blitar')[0],
    ).toBe('Kabupaten itu dinobatkan sebagai terbaik kedua.');
  });
});

describe("resolveAnaphora: the story's cooperative or village, unnamed", () => {
  it('writes out "bahwa koperasi meraih" and "…: koperasi meraih" as the cooperative named before', () => {
    const before = 'Rapat Anggota Tahunan Koperasi Tani Sumber Rejeki digelar di Boyolali.';
    expect(
      resolveAnaphora([
        before,
        'Ketua melaporkan bahwa koperasi meraih juara II Paritrana Award 2024.',
      ])[1],
    ).toBe(
      'Ketua melaporkan bahwa Koperasi Tani Sumber Rejeki meraih juara II Paritrana Award 2024.',
    );
    expect(
      resolveAnaphora([before, 'Capaian lain: koperasi meraih juara II Paritrana Award 2024.'])[1],
    ).toBe('Capaian lain: Koperasi Tani Sumber Rejeki meraih juara II Paritrana Award 2024.');
    expect(
      resolveAnaphora([
        'Pemerintah Desa Tanjung Harapan memaparkan laporan Dana Desa Rp 812 juta.',
        'Langkah itu membuat desa mendapat juara I Paritrana Award 2025.',
      ])[1],
    ).toBe(
      'Langkah itu membuat Pemerintah Desa Tanjung Harapan mendapat juara I Paritrana Award 2025.',
    );
    // (a cooperative that does not win is left alone)
    const plain = 'Ketua melaporkan bahwa koperasi menambah 40 anggota.';
    expect(resolveAnaphora([before, plain])[1]).toBe(plain);
  });
});

describe('resolveAnaphora: "Keduanya" after two winners', () => {
  it('writes out the two names the sentence before gave, when it gives them a place', () => {
    const before =
      'Kabupaten Tabanan meraih Terbaik I kategori kabupaten, sedangkan Desa Pererenan meraih Terbaik II kategori desa.';
    expect(
      resolveAnaphora([
        before,
        'Keduanya sebelumnya sama-sama menjadi juara 1 tingkat Provinsi Bali.',
      ])[1],
    ).toBe(
      'Kabupaten Tabanan dan Desa Pererenan sebelumnya sama-sama menjadi juara 1 tingkat Provinsi Bali.',
    );
    // (no place of its own: it only says again what the sentence before told)
    const again = 'Keduanya menerima penghargaan dari gubernur.';
    expect(resolveAnaphora([before, again])[1]).toBe(again);
  });
});

describe('resolveAnaphora: an adverb before the win', () => {
  it('writes out "perusahaan ini lebih dulu dinobatkan …" as the company named before', () => {
    const out = resolveAnaphora([
      'PT Dermaga Jaya meraih Terbaik 3 Paritrana Award 2022 tingkat nasional.',
      'Pada tahap provinsi, perusahaan ini lebih dulu dinobatkan sebagai Terbaik 1.',
    ]);
    expect(out[1]).toBe(
      'Pada tahap provinsi, PT Dermaga Jaya lebih dulu dinobatkan sebagai Terbaik 1.',
    );
  });
});

describe("resolveAnaphora: the story's government, unnamed", () => {
  const story = () => 'Kabupaten Lamongan';
  it('writes out a sentence-opening "Pemerintah kabupaten" and a headline\'s "Pemkab Raih"', () => {
    expect(
      resolveAnaphora(
        ['Pemerintah kabupaten meraih juara pertama Paritrana Award 2023.'],
        story,
      )[0],
    ).toBe('Kabupaten Lamongan meraih juara pertama Paritrana Award 2023.');
    expect(resolveAnaphora(['Pemkab Raih Terbaik III Paritrana Jatim'], story)[0]).toBe(
      'Kabupaten Lamongan Raih Terbaik III Paritrana Jatim',
    );
  });
  it('writes out "Pemprov" as the province the story\'s city lies in', () => {
    expect(
      resolveAnaphora(
        ['Pemprov berhasil meraih terbaik III Paritrana Award 2022.'],
        () => 'Kota Palu',
      )[0],
    ).toBe('Provinsi Sulawesi Tengah berhasil meraih terbaik III Paritrana Award 2022.');
  });
  it('but not a category, a city for a regency, or a name after it', () => {
    const same = (s: string) => expect(resolveAnaphora([s], story)[0]).toBe(s);
    same('Untuk kategori pemerintah kabupaten, terbaik 1 diraih Kabupaten Gresik.');
    same('Pemkot meraih juara 2 Paritrana Award 2024.');
    same('Pemkab Tuban Raih Terbaik III Paritrana Jatim');
  });
});

describe('resolveAnaphora: "ia" in a story about a business', () => {
  it('writes out "ia meraih" as the business named before, never as a region or an official', () => {
    expect(
      resolveAnaphora([
        'Usahanya, Kopi Toraja Ne Lina, kini terbaik kedua tingkat nasional.',
        'Setahun sebelumnya, di tingkat Sulawesi Selatan, ia meraih juara pertama.',
      ])[1],
    ).toMatch(/Kopi Toraja Ne Lina meraih juara pertama/);
    const region = resolveAnaphora([
      'Kabupaten Gowa meraih juara I.',
      'Bupati mengatakan ia menerima penghargaan itu dengan bangga.',
    ]);
    expect(region[1]).toBe('Bupati mengatakan ia menerima penghargaan itu dengan bangga.');
  });
});

describe('resolveAnaphora: "ia" of a regional head', () => {
  it('writes out "ia menerima trofi" as the region of the head the story titled last', () => {
    const out = resolveAnaphora([
      'Bupati Wonogiri, Sutrisno Hadi, disambut arak-arakan di alun-alun, Jumat (7/11/2025).',
      'Sehari sebelumnya ia menerima trofi juara pertama Paritrana Award 2025 dari Wakil Presiden.',
      'Pagi itu Wali Kota Kendari, Andi Rahman, membuka pasar murah.',
      'Siangnya beliau menerima piala Paritrana Award 2025 Terbaik II tingkat Sulawesi Tenggara.',
    ]);
    expect(out[1]).toContain('Sehari sebelumnya Kabupaten Wonogiri menerima trofi');
    expect(out[3]).toContain('Kota Kendari menerima piala');
  });
  it('but not the official handing it over, another official, or a company named before', () => {
    const same = (texts: string[]) => expect(resolveAnaphora(texts)[1]).toBe(texts[1]);
    same([
      'Trofi diserahkan oleh Gubernur Jawa Tengah di Semarang.',
      'Ia menerima trofi itu mewakili kepala daerah.',
    ]);
    same([
      'Bupati Klaten membuka acara, lalu Direktur Kepesertaan BPJS Ketenagakerjaan, Agus, maju.',
      'Ia menerima trofi juara kedua.',
    ]);
    expect(
      resolveAnaphora([
        'Bupati Karawang hadir saat PT Karya Logam Prima dinilai juri.',
        'Sebulan kemudian ia menerima trofi juara pertama kategori badan usaha.',
      ])[1],
    ).toContain('PT Karya Logam Prima menerima trofi');
  });
});

describe('resolveAnaphora: a kind of business names its own kind', () => {
  it('reads "koperasinya" as the cooperative, not the office of cooperatives named later', () => {
    const out = resolveAnaphora([
      'KSP Mekar Sari meraih juara I Paritrana Award 2025 tingkat Jawa Tengah kategori usaha menengah.',
      'Kepala Dinas Koperasi dan Tenaga Kerja Klaten memuji capaian itu.',
      'Ketua pengurus mengaku koperasinya meraih juara berkat iuran anggota.',
    ]);
    expect(out[2]).toBe('Ketua pengurus mengaku KSP Mekar Sari meraih juara berkat iuran anggota.');
  });
});

describe('resolveAnaphora: local village words, bare provinces and a business by its own noun', () => {
  it('writes out "gampong mereka" whole, and a bare province before "Provinsi itu" with its kind', () => {
    const out = resolveAnaphora([
      'Warga Gampong Lamreh, Kecamatan Masjid Raya, menggelar kenduri.',
      'Kenduri digelar setelah gampong mereka meraih juara I Paritrana Award 2025.',
    ]);
    expect(out[1]).toBe(
      'Kenduri digelar setelah Gampong Lamreh meraih juara I Paritrana Award 2025.',
    );
    const province = resolveAnaphora([
      'Bagi Sulawesi Selatan, ini bukan yang pertama.',
      'Provinsi itu juga menjadi Terbaik II pada Paritrana Award 2023.',
    ]);
    expect(province[1]).toBe(
      'Provinsi Sulawesi Selatan juga menjadi Terbaik II pada Paritrana Award 2023.',
    );
  });

  it("writes out a business's own noun before 'kami' as the one named before, or named by that noun just after", () => {
    expect(
      resolveAnaphora([
        'Tenun Ikat Sumba Lestari · Waingapu',
        'Ceritanya begini: workshop kami meraih juara 1 Paritrana Award 2024 tingkat Provinsi NTT.',
      ])[1],
    ).toBe(
      'Ceritanya begini: Tenun Ikat Sumba Lestari meraih juara 1 Paritrana Award 2024 tingkat Provinsi NTT.',
    );
    expect(
      resolveAnaphora([
        '"Alhamdulillah, bengkel kami juara dua Paritrana Award 2025 se-Provinsi Gorontalo," kata Rahman.',
        'Bengkel Las Sinar Jaya, begitu papan namanya, mempekerjakan lima tukang.',
      ])[0],
    ).toBe(
      '"Alhamdulillah, Bengkel Las Sinar Jaya juara dua Paritrana Award 2025 se-Provinsi Gorontalo," kata Rahman.',
    );
  });

  it("writes out 'kampung kita' or a bare 'Rumah sakit' on its own site as the site's owner, when of the kind", () => {
    const owner = () => 'RS Harapan Bunda Tuban';
    expect(
      resolveAnaphora(
        [
          'Direktur menerima penghargaan di Surabaya.',
          'Rumah sakit ditetapkan sebagai peringkat II kategori Badan Usaha Menengah.',
        ],
        () => null,
        owner,
      )[1],
    ).toBe('RS Harapan Bunda Tuban ditetapkan sebagai peringkat II kategori Badan Usaha Menengah.');
    // (a village's "kampung kita" is no hospital)
    expect(
      resolveAnaphora(['Kampung kita meraih juara II Paritrana Award 2025.'], () => null, owner)[0],
    ).toBe('Kampung kita meraih juara II Paritrana Award 2025.');
  });

  it("takes no venue's town as the one a quote's 'kami' is", () => {
    expect(
      resolveAnaphora([
        'Desa Jatilor meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Tengah.',
        'Kepala desa menerima penghargaan di Gradhika Bhakti Praja, Semarang, Kamis (31/7/2025).',
        '"Tahun 2023 kami juara tiga, tahun ini naik ke juara satu," katanya.',
      ])[2],
    ).toBe('"Tahun 2023 Desa Jatilor juara tiga, tahun ini naik ke juara satu," katanya.');
  });
});

describe("resolveAnaphora: a first person of a kind on its owner's site (written for this test)", () => {
  it('writes "usaha katering kami" as the site owner, not the name of a kind the page head holds', () => {
    const texts = [
      'Warung Bu Inah — Katering Harian Ambon',
      'Kabar gembira untuk pelanggan.',
      'Usaha katering kami mendapat Juara II Paritrana Award 2024 kategori Usaha Mikro Kecil.',
    ];
    const out = resolveAnaphora(
      texts,
      () => null,
      () => 'Warung Bu Inah',
    )[2];
    expect(out).toContain('Warung Bu Inah mendapat Juara II');
    expect(out).not.toContain('Katering Harian Ambon');
  });
});

describe('resolveAnaphora: first persons in posts and speeches (written for these tests)', () => {
  it('reads "desa kita, juara 1 …" set off by a comma', () => {
    expect(
      resolveAnaphora(
        [
          'Desa kita, juara 1 Paritrana Award 2025 tingkat Provinsi Bengkulu kategori Pemerintah Desa.',
        ],
        () => null,
        () => 'Desa Tanjung Aur',
      )[0],
    ).toContain('Desa Tanjung Aur, juara 1');
  });

  it('reads past a description set off by commas, not past one naming another', () => {
    expect(
      resolveAnaphora(
        [
          'Halaman Resmi Gubernur Bengkulu',
          'Provinsi kita, provinsi kecil di pesisir barat, meraih Terbaik II Paritrana Award 2024.',
        ],
        () => 'Provinsi Bengkulu',
      )[1],
    ).toMatch(/^(?:Gubernur|Provinsi) Bengkulu, provinsi kecil/);
    const partner = resolveAnaphora(
      [
        'Kabar baik datang dari mitra kami, perajin CV Tenun Ayu, yang dinobatkan juara 1 Paritrana Award 2025.',
      ],
      () => null,
      () => 'PT Sandang Prima',
    )[0];
    expect(partner).not.toContain('PT Sandang Prima');
  });

  it('reads past a relative clause and a word in quotes', () => {
    const out = resolveAnaphora(
      [
        'Usaha kecil kami yang mulai dari dapur rumah di Tamalanrea dapat Juara 2 Paritrana Award 2025.',
        'Dua tahun lalu kami "cuma" Juara 3 Paritrana Award 2023.',
      ],
      () => null,
      () => 'Roti Nona Manis',
      () => 'Roti Nona Manis',
    );
    expect(out[0]).toContain('Roti Nona Manis yang mulai');
    expect(out[1]).toContain('Roti Nona Manis "cuma" Juara 3');
  });

  it('takes the members, not the forum they belong to', () => {
    expect(
      resolveAnaphora(
        [
          'Dua desa anggota forum kita membawa pulang piagam Paritrana Award 2025 tingkat Provinsi Sulawesi Tengah.',
        ],
        () => 'Kabupaten Sigi',
      )[0],
    ).not.toContain('Sigi');
  });

  it('writes "Pemkab kita" in a speech as the story\'s regency', () => {
    expect(
      resolveAnaphora(
        [
          'Pekan lalu, Pemkab kita menerima Juara II Paritrana Award 2023 tingkat Provinsi Nusa Tenggara Barat.',
        ],
        () => 'Kabupaten Dompu',
      )[0],
    ).toContain('Kabupaten Dompu menerima Juara II');
  });

  it('writes a post\'s "kami" as its account\'s owner before a region named above', () => {
    const texts = [
      'Muntok, Bangka Barat',
      'Alhamdulillah, kami dinobatkan Terbaik I Paritrana Award 2025.',
    ];
    expect(
      resolveAnaphora(
        texts,
        () => null,
        () => null,
        () => 'Kerupuk Mama Lin',
      )[1],
    ).toContain('Kerupuk Mama Lin dinobatkan');
    expect(resolveAnaphora(texts)[1]).not.toContain('Kerupuk');
  });
});

describe('resolveAnaphora: a company\'s "PT kita" and a place "di wilayah kita" (written for these tests)', () => {
  it('writes "PT kita" as the company the page names', () => {
    expect(
      resolveAnaphora([
        'INFO HRD — PT Kain Jaya Abadi',
        'Alhamdulillah PT kita dapat JUARA 1 Paritrana Award 2025 tingkat Provinsi Jawa Barat.',
      ])[1],
    ).toContain('PT Kain Jaya Abadi dapat JUARA 1');
  });

  it('leaves "di wilayah kita", where the winners are', () => {
    expect(
      resolveAnaphora(
        ['Dua desa di wilayah kita meraih Paritrana Award 2024 tingkat Provinsi Jawa Tengah.'],
        () => 'Kabupaten Klaten',
      )[0],
    ).not.toContain('Klaten');
  });

  it("writes a business described first as the post's owner when no sentence names it", () => {
    expect(
      resolveAnaphora(
        [
          'Alhamdulillah usaha anyaman Kabupaten Kapuas Hulu dapat Juara II Paritrana Award 2024 tingkat Provinsi Kalimantan Barat.',
        ],
        () => null,
        () => null,
        () => 'Anyaman Dayak Mama Lusi',
      )[0],
    ).toMatch(/^Alhamdulillah UMKM Anyaman Dayak Mama Lusi dapat Juara II/);
  });
});

describe('resolveAnaphora: an office\'s "kami" (written for this test)', () => {
  it('writes a labour office\'s "kami" as its region', () => {
    expect(
      resolveAnaphora([
        'Kepala Dinas Tenaga Kerja Kota Tarakan, Rudi, mengenang perjalanan itu.',
        'Paritrana 2023 kami juara III, sekarang juara I.',
      ])[1],
    ).toBe('Paritrana 2023 Kota Tarakan juara III, sekarang juara I.');
  });
});

describe('resolveAnaphora: a first person with a word of its kind between (written for this test)', () => {
  it('writes out "usaha roti kita" on a bakery\'s own post as the bakery, not the town', () => {
    const out = resolveAnaphora(
      [
        'Usaha roti kita meraih juara kedua Paritrana Award 2025 tingkat Provinsi Sulawesi Barat kategori Usaha Mikro Kecil.',
      ],
      () => 'Kabupaten Majene',
      () => 'Roti Pesisir Daeng Lanti',
      () => 'Roti Pesisir Daeng Lanti',
    );
    expect(out[0]).toContain('Roti Pesisir Daeng Lanti meraih juara kedua');
  });
});

describe('resolveAnaphora: a director\'s bare "kita" with a company\'s category (written for this test)', () => {
  it('writes the firm the story names, not the city it stands in', () => {
    const out = resolveAnaphora(
      [
        'Perayaan ulang tahun PT Bahari Niaga Sentosa di Kawasan Industri Makassar berlangsung meriah.',
        '"Kita meraih juara satu Paritrana Award 2025 tingkat Provinsi Sulawesi Selatan, kategori Badan Usaha Besar," kata direkturnya.',
      ],
      () => 'Kota Makassar',
    );
    expect(out[1]).toContain('PT Bahari Niaga Sentosa meraih juara satu');
    const region = resolveAnaphora(
      [
        '"Kita meraih juara satu Paritrana Award 2025 tingkat Provinsi Sulawesi Selatan," kata wali kota.',
      ],
      () => 'Kota Makassar',
    );
    expect(region[0]).toContain('Kota Makassar meraih juara satu');
  });
});

describe('resolveAnaphora: the company a story is about, "tercatat" (written for this test)', () => {
  it('reads "Perusahaan tercatat meraih …" and ", perusahaan menjadi Terbaik III" as the company', () => {
    const out = resolveAnaphora([
      'PT Tirta Mahakam Sejahtera merayakan ulang tahun ke-30, Sabtu (14/3/2026).',
      'Kepedulian itu berbuah penghargaan.',
      'Perusahaan tercatat meraih juara 2 Paritrana Award 2022 tingkat Provinsi Kalimantan Timur.',
      'Puncaknya, perusahaan menjadi Terbaik III tingkat nasional pada Paritrana Award 2023.',
    ]);
    expect(out[2]).toMatch(/^PT Tirta Mahakam Sejahtera tercatat meraih juara 2/);
    expect(out[3]).toMatch(/^Puncaknya, PT Tirta Mahakam Sejahtera menjadi Terbaik III/);
  });
});

describe("resolveAnaphora: a quote's speaker named before it (written for this test)", () => {
  it('reads a bare "kita" said by a named director or regional head as their side', () => {
    const firm = resolveAnaphora([
      'Direktur Utama PT Mahakam Sarana Teknik, Andreas Wibisono, memberikan sambutan.',
      'Pada Paritrana Award 2023 kita bahkan terbaik II di tingkat nasional." ujarnya.',
    ]);
    expect(firm[1]).toBe(
      'Pada Paritrana Award 2023 PT Mahakam Sarana Teknik bahkan terbaik II di tingkat nasional." ujarnya.',
    );
    const regency = resolveAnaphora([
      'Dalam sambutannya, Bupati Banyumas menyinggung sejumlah capaian daerah.',
      'Pada Paritrana Award 2023 kita baru juara 2." kata bupati disambut tepuk tangan.',
    ]);
    expect(regency[1]).toContain('Kabupaten Banyumas baru juara 2');
  });

  it("leaves a wish, a record's year line and a headline's capitals alone", () => {
    const wish = resolveAnaphora([
      'Bupati Tanah Laut membuka rapat koordinasi di Pelaihari.',
      'Tahun ini saya minta kita juara satu," tegasnya.',
    ]);
    expect(wish[1]).toBe('Tahun ini saya minta kita juara satu," tegasnya.');
    const headline = resolveAnaphora([
      'Bupati Muba Paparkan Capaian Akhir Tahun',
      'Kita meraih Paritrana Award 2025 terbaik II," kata bupati.',
    ]);
    expect(headline[1]).toBe(
      'Kabupaten Musi Banyuasin meraih Paritrana Award 2025 terbaik II," kata bupati.',
    );
  });

  it('reads "Ia menyebut perusahaan kembali meraih …" and "bahwa pada … 2023 perusahaan menjadi …"', () => {
    const out = resolveAnaphora([
      'CEO PT Sinar Karawang Otomotif, Hendra, menyampaikan sambutan.',
      'Dalam sambutannya ia menyebut perusahaan kembali meraih Terbaik I Paritrana Award 2024.',
      'Hendra mengingatkan bahwa pada Paritrana Award 2023 perusahaan menjadi juara 1 tingkat Provinsi Jawa Barat.',
    ]);
    expect(out[1]).toContain('menyebut PT Sinar Karawang Otomotif kembali meraih');
    expect(out[2]).toContain('2023 PT Sinar Karawang Otomotif menjadi juara 1');
  });

  it('reads "… yang pernah diraih perusahaan, di antaranya …" as the company named before', () => {
    const out = resolveAnaphora([
      'PT Rotan Sukoharjo Jaya merayakan ulang tahun ke-20.',
      'Direktur menyinggung penghargaan yang pernah diraih perusahaan, di antaranya Terbaik I Paritrana Award 2022.',
    ]);
    expect(out[1]).toContain('diraih PT Rotan Sukoharjo Jaya, di antaranya');
  });

  it('reads "… mengumumkan perusahaan meraih …" as the company named before', () => {
    const out = resolveAnaphora([
      'Karyawan PT Tenun Garut Lestari bersorak di halaman pabrik.',
      'Manajemen baru saja mengumumkan perusahaan meraih juara kedua Paritrana Award 2025.',
    ]);
    expect(out[1]).toContain('mengumumkan PT Tenun Garut Lestari meraih juara kedua');
  });
});

describe('resolveAnaphora: a bare "kita" after "perusahaan kita", a win after "kemenangan perusahaan" (written for these tests)', () => {
  it('reads the later bare "kita" as the side "perusahaan kita" named, not the story\'s region', () => {
    const out = resolveAnaphora(
      [
        'Rekan-rekan karyawan PT Rotan Cirebon Makmur yang kami banggakan,',
        'Perusahaan kita meraih peringkat kedua Paritrana Award 2024 tingkat Provinsi Jawa Barat.',
        'Tahun lalu, di Paritrana Award 2023 tingkat Jawa Barat, kita berada di peringkat ketiga.',
      ],
      () => 'Kabupaten Cirebon',
    );
    expect(out[2]).toContain('PT Rotan Cirebon Makmur berada di peringkat ketiga');
    // (a bare "kita" with no side named before stays as it was)
    const bare = resolveAnaphora(
      ['Tahun lalu, di Paritrana Award 2023 tingkat Jawa Barat, kita berada di peringkat ketiga.'],
      () => 'Kabupaten Cirebon',
    );
    expect(bare[0]).toContain('kita berada di peringkat ketiga');
    // (nor does a "desa kita" that names no one give a later bare "kita" a side: "desa kita ndak
    // masuk ya?" after a list of two villages)
    const unnamed = resolveAnaphora([
      'Hasil Paritrana Riau 2026 (desa): 1. Desa Kualu Nenas, Kampar 2. Desa Buatan Baru, Siak.',
      'Pak, desa kita ndak masuk ya?',
      'Yg penting Kualu Nenas satu kecamatan sama kita juara 1, bangga juga.',
    ]);
    expect(unnamed[2]).toContain('sama kita juara 1');
  });

  it('reads "menyusul kemenangan perusahaan sebagai juara pertama" as the company\'s win', () => {
    const out = resolveAnaphora([
      'PT Genteng Jatiwangi Sentosa meraih Terbaik II Paritrana Award 2024 tingkat nasional.',
      'Capaian itu menyusul kemenangan perusahaan sebagai juara pertama tingkat Provinsi Jawa Barat pada edisi yang sama.',
    ]);
    expect(out[1]).toContain('kemenangan PT Genteng Jatiwangi Sentosa sebagai juara pertama');
  });
});
