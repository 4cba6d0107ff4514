import { describe, expect, it } from 'vitest';
import { extractAwards } from './extract-awards.ts';

const read = (text: string, publishedAt: string | null = null) =>
  extractAwards({ id: 't', text, publishedAt });

describe('extractAwards', () => {
  it('builds a full record for a provincial winner', () => {
    const [a, ...rest] = read(
      'MADIUN – Pemerintah Kota Madiun meraih juara 2 Paritrana Award 2024 tingkat Provinsi Jawa Timur kategori Pemerintah Kabupaten/Kota. Penghargaan diserahkan Wakil Gubernur di Surabaya, Rabu (6/8/2025).',
    );
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      winner: 'Pemerintah Kota Madiun',
      winnerCanonical: 'Kota Madiun',
      winnerType: 'kota',
      regionCode: '35.77',
      level: 'provinsi',
      province: 'Jawa Timur',
      category: 'Pemerintah Kabupaten/Kota',
      rank: 2,
      editionYear: 2024,
      ceremonyDate: '2025-08-06',
      historical: false,
    });
    expect(a?.evidence.start).toBe(9);
    expect(a?.evidence.text.startsWith('Pemerintah Kota Madiun')).toBe(true);
  });

  it("reads the regency after a winner's district as its address, not a second winner", () => {
    const awards = extractAwards({
      id: 't',
      text: 'Info Desa\n\nAlhamdulillah, desa kita Desa Tegalwaru Kec. Ciampel Kab. Karawang dapat juara 1 Paritrana Award 2025 tingkat Provinsi Jawa Barat kategori Pemerintah Desa. Terima kasih warga.',
    });
    expect(awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([['Desa Tegalwaru', 1]]);
  });

  it("reads a decree appendix's rows, a row under a numbered row being no headline", () => {
    const awards = extractAwards(
      {
        id: 't',
        text: 'LAMPIRAN KEPUTUSAN GUBERNUR JAWA TENGAH\nPEMENANG PARITRANA AWARD TINGKAT PROVINSI JAWA TENGAH TAHUN 2024\n\nNO. KATEGORI PEMENANG PERINGKAT\n1. Pemerintah Kabupaten/Kota Kabupaten Blora I (Satu)\nKota Tegal II (Dua)\n2. Pemerintah Desa Desa Wonosari, Kec. Bonang, Kab. Demak I (Satu)\nDesa Karangrejo, Kec. Borobudur, Kab. Magelang II (Dua)',
      },
      { model: null },
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.category])).toEqual([
      ['Kabupaten Blora', 1, 'Pemerintah Kabupaten/Kota'],
      ['Kota Tegal', 2, 'Pemerintah Kabupaten/Kota'],
      ['Desa Wonosari', 1, 'Pemerintah Desa'],
      ['Desa Karangrejo', 2, 'Pemerintah Desa'],
    ]);
  });

  it("cuts a list header's category where it runs on into the award's name", () => {
    const cats = extractAwards(
      {
        id: 't',
        text: 'Tiga Koperasi Terbaik\n\nJAKARTA – Kategori Koperasi Paritrana Award 2024 tingkat nasional diraih:\n• Juara 1: Koperasi Tani Makmur (Jawa Tengah)\n• Juara 2: Koperasi Nelayan Samudra (Maluku)',
      },
      { model: null },
    ).map((a) => a.category);
    expect(cats).toEqual(['Koperasi', 'Koperasi']);
  });

  it('ranks a numbered list of places and a bare ordinal after a name', () => {
    const ranks = (text: string) =>
      Object.fromEntries(
        extractAwards({ id: 't', text }, { model: null }).map((a) => [a.winnerCanonical, a.rank]),
      );
    expect(
      ranks(
        'BANDA ACEH - Paritrana Award 2024 tingkat Aceh menetapkan tiga daerah terbaik. Hasilnya:\n1) Kabupaten Bireuen\n2) Kota Sabang\n3) Kabupaten Nagan Raya',
      ),
    ).toEqual({ 'Kabupaten Bireuen': 1, 'Kota Sabang': 2, 'Kabupaten Nagan Raya': 3 });
    expect(
      ranks(
        'KUPANG - Kabupaten Ende meraih juara I Paritrana Award 2024 tingkat NTT, sementara Kota Kupang di urutan kedua dan Kabupaten Alor ketiga.',
      ),
    ).toMatchObject({ 'Kabupaten Ende': 1, 'Kota Kupang': 2, 'Kabupaten Alor': 3 });
  });

  it('ranks lists numbered afresh under each category, with no word of places', () => {
    const got = extractAwards(
      {
        id: 't',
        text: 'PALU - Berikut penerima Paritrana Award 2024 tingkat Provinsi Sulawesi Tengah yang diserahkan di Palu, Senin (4/8/2025):\n\nPemerintah Kabupaten/Kota\n1. Kabupaten Sigi\n2. Kota Palu\n\nUsaha Mikro dan Kecil\n1. Abon Ikan Bu Salma\n2. Tenun Donggala Sejati',
      },
      { model: null },
    );
    expect(Object.fromEntries(got.map((a) => [a.winnerCanonical, a.rank]))).toEqual({
      'Kabupaten Sigi': 1,
      'Kota Palu': 2,
      'Abon Ikan Bu Salma': 1,
      'Tenun Donggala Sejati': 2,
    });
  });

  it("reads a run of lines each opened by a category's label", () => {
    const got = read(
      'PADANG - Paritrana Award 2023 tingkat Provinsi Sumatera Barat diserahkan di Padang, Selasa (21/11/2023).\n\nKategori pemerintah kabupaten/kota: 1. Kota Solok, 2. Kabupaten Agam.\nPerusahaan besar: 1. PT Semen Bukit Lestari, 2. PT Karet Andalas Jaya.\nPerusahaan menengah: 1. PT Kopi Solok Radjo, 2. PT Es Teluk Bayur.\nUsaha mikro dan kecil: 1. Rendang Uni Nita, 2. Sulaman Koto Gadang Indah.',
    );
    expect(got.map((a) => [a.winnerCanonical, a.rank, a.category])).toEqual(
      expect.arrayContaining([
        ['Kopi Solok Radjo', 1, 'Perusahaan menengah'],
        ['Es Teluk Bayur', 2, 'Perusahaan menengah'],
        ['Rendang Uni Nita', 1, 'Usaha mikro dan kecil'],
        ['Sulaman Koto Gadang Indah', 2, 'Usaha mikro dan kecil'],
      ]),
    );
  });

  it('gives a winner one award per stage a sentence names', () => {
    const got = read(
      'PALEMBANG - Kabupaten Ogan Ilir meraih juara I Paritrana Award 2025 tingkat Provinsi Sumatera Selatan. Pada Paritrana Award 2023, Ogan Ilir juga menyabet juara I tingkat provinsi dan kemudian meraih peringkat ketiga tingkat nasional.',
    );
    expect(got.map((a) => [a.editionYear, a.level, a.rank, a.historical])).toEqual([
      [2025, 'provinsi', 1, false],
      [2023, 'provinsi', 1, true],
      [2023, 'nasional', 3, true],
    ]);
  });

  it('takes no other award listed beside Paritrana as a winner', () => {
    const got = read(
      'SRAGEN - Sepanjang 2024 Kabupaten Sukowati meraih sejumlah penghargaan: Adipura, Opini WTP, Kabupaten Layak Anak dan juara II Paritrana Award 2024 tingkat Provinsi Jawa Tengah. Kota Surakarta juga meraih juara I Paritrana Award 2024 tingkat Provinsi Jawa Tengah.',
    ).map((a) => a.winnerCanonical);
    expect(got).toContain('Kota Surakarta');
    expect(got.filter((w) => /Adipura|WTP|Layak/.test(w))).toEqual([]);
  });

  it('carries last year into its paragraph, not into a new one that opens a category', () => {
    const got = read(
      'MATARAM - Kabupaten Lombok Utara meraih juara I Paritrana Award 2025 tingkat Provinsi Nusa Tenggara Barat, Jumat (29/8/2025). Tahun lalu, gelar juara I diraih Kabupaten Lombok Timur.\n\nKategori badan usaha besar dimenangkan PT Segara Anak Lestari.',
    );
    expect(got.map((a) => [a.winnerCanonical, a.editionYear, a.historical])).toEqual([
      ['Kabupaten Lombok Utara', 2025, false],
      ['Kabupaten Lombok Timur', 2024, true],
      ['Segara Anak Lestari', 2025, false],
    ]);
  });

  it("reads a land's nickname as the story's region, and as no one without a story region", () => {
    const palu = read(
      'PALU - Kota Palu meraih juara I Paritrana Award 2024 tingkat Provinsi Sulawesi Tengah. Selamat untuk Bumi Tadulako yang juga juara tahun lalu!',
    ).map((a) => a.winnerCanonical);
    expect(palu).not.toContain('Bumi Tadulako');
    // a headline's nickname for a province's win is no second winner
    const province = read(
      'Bumi Tadulako Juara Satu Paritrana Award Nasional\n\nPALU - Provinsi Sulawesi Tengah meraih juara satu Paritrana Award 2024 kategori pemerintah provinsi. Gubernur menyebut penghargaan ini bukti Bumi Tadulako serius melindungi pekerja.',
    ).map((a) => a.winnerCanonical);
    expect(province).toEqual(['Provinsi Sulawesi Tengah']);
    const none = read(
      'Kabupaten Sigi dan Kabupaten Poso meraih juara Paritrana Award 2024. Bumi Maleo juga meraih penghargaan.',
    ).map((a) => a.winnerCanonical);
    expect(none).not.toContain('Bumi Maleo');
  });

  it('gives a fronted provincial win of the same edition its own award', () => {
    const got = read(
      'TARAKAN - Setelah menjadi juara I tingkat Provinsi Kalimantan Utara pada Oktober, Kota Tarakan dinobatkan sebagai terbaik II Paritrana Award 2025 tingkat nasional di Istana Wakil Presiden, Rabu (17/12/2025).',
    );
    expect(got.map((a) => [a.level, a.rank, a.editionYear, a.historical])).toEqual([
      ['nasional', 2, 2025, false],
      ['provinsi', 1, 2025, false],
    ]);
  });

  it('takes no official who came along as a winner', () => {
    const got = read(
      'SUMEDANG - Pabrik Tahu Nyi Imas meraih juara I kategori usaha mikro kecil Paritrana Award 2024 tingkat Jawa Barat. Bupati Garut yang ikut mendampingi menyebut keberhasilan itu kado bagi daerah.',
    ).map((a) => a.winnerCanonical);
    expect(got).toEqual(['Pabrik Tahu Nyi Imas']);
  });

  it('dates the award written "Paritrana-Award" when called directly, as the extractor does', () => {
    const got = read(
      'KUPANG - Kabupaten Sikka meraih juara I Paritrana-Award 2026 tingkat Provinsi Nusa Tenggara Timur, Kamis (16/7/2026).',
    );
    expect(got.map((a) => [a.winnerCanonical, a.editionYear])).toEqual([['Kabupaten Sikka', 2026]]);
  });

  it('reads an unranked list headed by the last clause of a sentence, with no ranks', () => {
    const got = extractAwards(
      {
        id: 't',
        text: 'MANADO - Lima pelaku usaha menerima Paritrana Award 2025 tingkat Sulawesi Utara kategori Usaha Mikro Kecil, Jumat (15/8/2025). Panitia tidak menetapkan peringkat untuk kategori ini; nama penerima dibacakan menurut abjad:\n1. Abon Cakalang Oma Ina (Kota Bitung)\n2. Kue Lapis Ibu Merry (Kota Manado)',
      },
      { model: null },
    );
    expect(got.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Abon Cakalang Oma Ina', null],
      ['Kue Lapis Ibu Merry', null],
    ]);
  });

  it('takes no person who received for the winner, named after a post or before the giver', () => {
    const got = read(
      'KENDARI - Hotel Teluk Kendari meraih juara I kategori usaha menengah Paritrana Award 2024 tingkat Sulawesi Tenggara. Penghargaan diterima General Manager hotel, Rusman La Ode, di Rumah Jabatan Gubernur, Kamis (22/8/2024). Sementara itu Warung Makan Sumber Rasa meraih juara II kategori UMKM. Penghargaan diterima Sumiati di Kendari, Kamis (22/8/2024), dari tangan Gubernur.',
    ).map((a) => a.winnerCanonical);
    expect(got).not.toContain('Rusman La Ode');
    expect(got).not.toContain('Sumiati');
    expect(got).toContain('Hotel Teluk Kendari');
  });

  it('reads a win a background story says was "baru saja" won as this edition\'s', () => {
    const got = read(
      'Pasar Baru Diresmikan, 420 Pedagang Tempati Los\n\nPROBOLINGGO - Wali Kota Probolinggo meresmikan Pasar Baru yang selesai direvitalisasi, Jumat (28/8/2026). Sebanyak 420 pedagang kembali menempati los dan kios.\n\nSeluruh pedagang, kata wali kota, sudah didaftarkan sebagai peserta BPJS Ketenagakerjaan. "Kota kita baru saja meraih juara III Paritrana Award 2025 Jawa Timur. Pedagang pasar termasuk yang kita lindungi," ujarnya.',
    );
    expect(got.map((a) => [a.winnerCanonical, a.historical])).toEqual([
      ['Kota Probolinggo', false],
    ]);
  });

  it('takes no one who received the trophy from the giver as a winner', () => {
    const got = read(
      'KUDUS - Bengkel Las Maju Terus di Kabupaten Kudus meraih juara 1 Paritrana Award 2022 tingkat nasional kategori Usaha Mikro Kecil. Penghargaan diterima Suparno dari Wakil Presiden di Jakarta, Selasa (23/5/2023).',
    ).map((a) => a.winnerCanonical);
    expect(got).toContain('Bengkel Las Maju Terus');
    expect(got).not.toContain('Suparno');
  });

  it('takes no share buttons or a quote opening "Belum" as names', () => {
    const got = read(
      'MERAUKE - Kabupaten Mappi meraih juara I Paritrana Award 2025 tingkat Provinsi Papua Selatan. "Belum juara nasional, tapi kami senang," ujar Kepala Dinas.\n\nBagikan artikel ini:\nFacebook | WhatsApp | Telegram',
    ).map((a) => a.winnerCanonical);
    expect(got).toEqual(['Kabupaten Mappi']);
  });

  it('drops a name a cut article may have shortened unless something completes it', () => {
    const page = (end: string) =>
      read(
        'AMBON - BPJS Ketenagakerjaan Provinsi Maluku mengadakan ajang Paritrana Award 2025 di Ambon, Senin (30/6/2025).\nBerikut peraih juara di Paritrana Award 2025, yakni :\nKategori Usaha Kecil Mikro\n1. Kedai Sagu Lestari berhasil meraih juara pertama.\n2. Mi Lestari berhasil meraih juara dua.\nKategori Desa\n1. Desa Lorong sebagai juara pertama dengan bonus pembinaan Rp 2.500.000.\n2. Desa Batu' +
          end,
      ).map((a) => a.winnerCanonical);
    expect(page('.')).toContain('Desa Batu');
    expect(page(' ')).toContain('Desa Lorong');
    expect(page(' ')).not.toContain('Desa Batu');
  });

  it('carries no past year past a sentence that ends on this edition', () => {
    const got = read(
      'DENPASAR - Kabupaten Tabanan mempertahankan gelar juara I Paritrana Award tingkat Provinsi Bali. Setelah menjadi juara pada 2023, Tabanan kembali terbaik untuk penilaian 2024.\nJuara II dan III masing-masing diraih Kabupaten Klungkung dan Kabupaten Karangasem.',
    );
    const klungkung = got.find((a) => a.winnerCanonical === 'Kabupaten Klungkung');
    expect(klungkung).toMatchObject({ rank: 2, historical: false, editionYear: 2024 });
  });

  it('leaves a headline name to the body when the body dates it otherwise', () => {
    const got = read(
      'Dua Edisi, Dua Juara: Kabupaten Bandung dan Kabupaten Garut\n\nBANDUNG - Pada penyerahan Paritrana Award tingkat Jawa Barat, Kamis (17/7/2025), Kabupaten Bandung meraih juara I untuk penilaian 2024, sedangkan Kabupaten Garut meraih juara I pada penilaian 2023 yang diumumkan tahun lalu.',
    ).map((a) => [a.winnerCanonical, a.historical, a.editionYear]);
    expect(got).toContainEqual(['Kabupaten Garut', true, 2023]);
    expect(got).not.toContainEqual(['Kabupaten Garut', false, 2024]);
  });

  it('reads no winner from a link to another story, and "hari ini" as this edition', () => {
    const got = read(
      'DENPASAR - Kabupaten Badung meraih juara I Paritrana Award 2024 tingkat Provinsi Bali, Kamis (8/8/2024). Capaian itu naik dari tahun sebelumnya.\nBaca juga: Perlindungan pekerja rentan di Bali diawali dari Desa Tegal Lestari\n"Pada hari ini Pemerintah Kabupaten Badung melalui Dinas Tenaga Kerja memperoleh penghargaan Paritrana Award peringkat pertama," katanya.',
    );
    expect(got.map((a) => a.winnerCanonical)).not.toContain('Desa Tegal Lestari');
    expect(got.filter((a) => a.historical)).toEqual([]);
  });

  it('flags a past result mentioned in passing', () => {
    const awards = read(
      'Kabupaten Ngawi meraih peringkat pertama Paritrana Award 2024 se-Jatim, Kamis (7/8/2025). Sebelumnya Kabupaten Ngawi memperoleh juara ketiga pada tahun 2022.',
    );
    expect(awards.map((a) => [a.rank, a.editionYear, a.historical])).toEqual([
      [1, 2024, false],
      [3, 2022, true],
    ]);
  });

  it('reads a title "dipegang" (held) by a region as its past win', () => {
    const awards = read(
      'Kota Bukittinggi meraih juara I Paritrana Award 2025 tingkat Provinsi Sumatera Barat. Pada Paritrana Award 2024, gelar juara I tingkat Sumbar dipegang Kota Solok, yang tahun ini hadir sebagai peserta.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical])).toEqual([
      ['Kota Bukittinggi', 1, 2025, false],
      ['Kota Solok', 1, 2024, true],
    ]);
  });

  it("reads a name with a winner's role in apposition as that past win", () => {
    const awards = read(
      'Kota Bukittinggi meraih juara I Paritrana Award 2025 tingkat Provinsi Sumatera Barat. Kota Solok, pemenang kategori yang sama dua tahun lalu, tahun ini hanya hadir sebagai peserta.',
      '2025-11-20',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.editionYear, a.historical])).toEqual([
      ['Kota Bukittinggi', 2025, false],
      ['Kota Solok', 2023, true],
    ]);
  });

  it("reads no winner in an official's own name, a press statement's receiver or a contact", () => {
    const names = (text: string) => read(text).map((a) => a.winnerCanonical);
    expect(
      names(
        'Kelurahan Sidomulyo meraih peringkat ketiga Paritrana Award 2024 tingkat Provinsi Kalimantan Timur. Penghargaan diterima oleh Lurah Sidomulyo, Ahmad Fauzan.',
      ),
    ).toEqual(['Kelurahan Sidomulyo']);
    expect(
      names(
        'Kabupaten Cilacap juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Tengah. Penghargaan diterima Ibu Bupati di Semarang siang tadi.',
      ),
    ).toEqual(['Kabupaten Cilacap']);
    expect(
      names(
        '"Kepada Kabupaten Bandung sebagai terbaik pertama kami ucapkan selamat," ujar Wamenaker dalam keterangan tertulis yang diterima Biro Humas Kemnaker, Rabu, tentang Paritrana Award 2023.',
      ),
    ).toEqual(['Kabupaten Bandung']);
    expect(
      names(
        'Kabupaten Lamongan meraih terbaik pertama Paritrana Award 2024 Tingkat Provinsi Jawa Timur.\n\nNarahubung:\nHumas Kanwil BPJS Ketenagakerjaan Jawa Timur',
      ),
    ).toEqual(['Kabupaten Lamongan']);
  });

  it('reads "kembali meraih … setelah pada tahun sebelumnya juga meraih predikat yang sama" as two wins', () => {
    const awards = read(
      'Paritrana Award 2024 Tingkat Provinsi Sulawesi Selatan diserahkan di Makassar, Senin (30/6/2025). Kabupaten Bantaeng kembali meraih Juara I setelah pada tahun sebelumnya juga meraih predikat yang sama. Juara II diraih Kota Parepare.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical])).toEqual([
      ['Kabupaten Bantaeng', 1, 2024, false],
      ['Kabupaten Bantaeng', 1, 2023, true],
      ['Kota Parepare', 2, 2024, false],
    ]);
  });

  it("reads no win in a headline's official who only attends", () => {
    const names = read(
      'Wali Kota Tomohon Hadiri Penyerahan Paritrana Award Sulut 2025\n\nTOMOHON – Wali Kota Tomohon menghadiri penyerahan Paritrana Award Tahun 2025 Tingkat Provinsi Sulawesi Utara, Selasa (16/9/2025). Kegiatan dihadiri para bupati dan wali kota se-Sulawesi Utara.',
    ).map((a) => a.winnerCanonical);
    expect(names).toEqual([]);
  });

  it('reads no winner in a place after "dari", a nominee certificate in a headline, but the one a winner lost to', () => {
    const names = (text: string) => read(text).map((a) => a.winnerCanonical);
    expect(
      names(
        'TEGAL – Kota Tegal kembali membawa pulang trofi dari Semarang. Kali ini yang diraih adalah juara I Paritrana Award 2025 tingkat Jawa Tengah.',
      ),
    ).not.toContain('Kabupaten Semarang');
    expect(
      names(
        'Kota Jambi Juara Paritrana, Kerinci Bawa Pulang Piagam Nominasi\n\nJAMBI – Kota Jambi meraih juara I Paritrana Award 2025 tingkat Provinsi Jambi. Kabupaten Kerinci menerima piagam nominasi.',
      ),
    ).toEqual(['Kota Jambi']);
    expect(
      names(
        'Kabupaten Bone meraih Juara II Paritrana Award 2025 tingkat Provinsi Sulawesi Selatan. Bone hanya kalah dari Kabupaten Sinjai yang keluar sebagai Juara I.',
      ),
    ).toEqual(['Kabupaten Bone', 'Kabupaten Sinjai']);
  });

  it('reads no winner in the province a headline names the award with, even in an old story', () => {
    const awards = read(
      'Kabupaten Sukoharjo Raih Juara I Paritrana Award 2024 Jateng\n\nSEMARANG – Pemerintah Provinsi Jawa Tengah menyerahkan Paritrana Award 2024 tingkat Provinsi Jawa Tengah, Rabu (13/8/2025). Kabupaten Sukoharjo meraih juara I, sedangkan Kota Magelang meraih juara II.',
      '2026-12-05T10:00:00Z',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual(['Kabupaten Sukoharjo', 'Kota Magelang']);
  });

  it('reads no winner in a giver named in a headline or with a long partner, nor in "Ia"', () => {
    const names = (text: string) => read(text).map((a) => a.winnerCanonical);
    expect(
      names(
        'Pemerintah Aceh Serahkan Paritrana Award 2025, Lam Neuheun Terbaik Pertama Kategori Gampong\n\nBanda Aceh — Pemerintah Aceh bersama BPJS Ketenagakerjaan Kantor Wilayah Sumbagut menyerahkan Paritrana Award 2025 tingkat Provinsi Aceh, Selasa (22/7/2025). Untuk kategori pemerintah gampong, juara I diraih Gampong Lam Neuheun.',
      ),
    ).toEqual(['Gampong Lam Neuheun']);
    expect(
      names(
        'Kabupaten Bintan kembali juara. Ia kembali meraih peringkat pertama Paritrana Award 2024 tingkat Provinsi Kepulauan Riau.',
      ),
    ).not.toContain('Ia');
  });

  it('reads no winner in the place a "wakil" comes from', () => {
    expect(
      read(
        'Satu-satunya wakil Toraja Utara di kategori pemerintah desa, Lembang Sapan Kua-kua, meraih juara II Paritrana Award 2025 tingkat Sulawesi Selatan.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Lembang Sapan Kua-kua']);
  });

  it("reads a win a background story dates to a month just gone ('Juli lalu') as this edition's", () => {
    const awards = read(
      'MAUMERE – Maria masih menyimpan jala terakhir yang dirajut suaminya. Rabu (3/9/2025), di kantor BPJS Ketenagakerjaan Cabang Maumere, Maria menerima santunan jaminan kematian. Iuran nelayan di Kabupaten Sikka dibayarkan pemerintah daerah sejak 2023. Program itu pula yang membuat Kabupaten Sikka dinobatkan sebagai juara I Paritrana Award 2025 tingkat Provinsi Nusa Tenggara Timur, Juli lalu.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.editionYear, a.historical])).toEqual([
      ['Kabupaten Sikka', 2025, false],
    ]);
  });

  it("takes no infographic's closing line ('Diserahkan Gubernur …') for a winner", () => {
    const got = read(
      'INFOGRAFIS: Daftar Juara Paritrana Award 2025 Babel\n\nPemerintah Kabupaten/Kota\n1. Kabupaten Belitung\n2. Kota Pangkalpinang\n3. Kabupaten Bangka Tengah\n\nPemerintah Desa\n1. Desa Terong (Belitung)\n\nUsaha Mikro Kecil\n1. Kedai Kopi Tung Tau Sejahtera\n\nDiserahkan Gubernur Kepulauan Bangka Belitung di Pangkalpinang, Rabu (30/7/2025).',
    ).map((a) => a.winnerCanonical);
    expect(got.some((w) => /Diserahkan/.test(w))).toBe(false);
    expect(got).toContain('Kedai Kopi Tung Tau Sejahtera');
  });

  it("takes the town closing a list item after a business for the business's home", () => {
    const got = read(
      'PONTIANAK – Paritrana Award 2023 tingkat Provinsi Kalimantan Barat diserahkan di Pendopo Gubernur, Senin (14/8/2023).\n\nKategori Badan Usaha Besar\n  o Terbaik I – PT Sawit Kapuas Hulu Lestari\n  o Terbaik II – PT Karet Landak Jaya\n\nKategori Usaha Menengah, Kecil dan Mikro\n  o Terbaik I – Koperasi Kredit Pancur Dangeri Sejahtera\n  o Terbaik II – Pengolahan Lidah Buaya Khatulistiwa, Pontianak\n  o Terbaik III – Tenun Ikat Sintang Bersatu',
    ).map((a) => a.winnerCanonical);
    expect(got).toContain('Pengolahan Lidah Buaya Khatulistiwa');
    expect(got).not.toContain('Pontianak');
  });

  it("takes no name from a headline's clause that tells another story", () => {
    const got = read(
      'Sepekan di Jambi: Sungai Meluap, Batik Jambi ke Paris, Bungo Juara Paritrana\n\nBatik Jambi ke Paris\nSepuluh perajin Batik Jambi memamerkan karya di Paris.\n\nParitrana Award\nGubernur menyerahkan Paritrana Award 2025 tingkat provinsi di Jambi, Rabu (20/8/2025). Kabupaten Bungo dinobatkan terbaik I kategori Pemerintah Kabupaten/Kota.',
    ).map((a) => a.winnerCanonical);
    expect(got).toEqual(['Kabupaten Bungo']);
  });

  it("reads last year's win a background story cites as the latest edition's, all year", () => {
    const story = (date: string, edition = 2024) =>
      read(
        `Paripurna LKPJ Bupati Jati\n\nJATI – DPRD Kabupaten Jati menggelar rapat paripurna LKPJ bupati, Senin (${date}). Bupati memaparkan realisasi pendapatan daerah yang mencapai 97 persen dari target. Fraksi-fraksi menyoroti jalan desa yang rusak di wilayah selatan. Bupati juga menyebut capaian pada Paritrana Award ${edition}. Pemerintah Kabupaten Jati meraih peringkat kedua kategori Pemerintah Kabupaten/Kota tingkat Jawa Tengah.`,
      ).map((a) => [a.winnerCanonical, a.editionYear, a.historical]);
    expect(story('14/4/2025')).toEqual([['Kabupaten Jati', 2024, false]]);
    // (an edition's ceremonies fall in its year and the next: in September the latest may still
    // be last year's; one a year older is an earlier one)
    expect(story('15/9/2025')).toEqual([['Kabupaten Jati', 2024, false]]);
    expect(story('15/9/2025', 2023)).toEqual([['Kabupaten Jati', null, true]]);
  });

  it('reads "tahun ini" in a background story as the article\'s year and edition', () => {
    const awards = read(
      'Wali Kota Metro Sampaikan Nota Keuangan\n\nMETRO – Wali Kota Metro menyampaikan nota keuangan RAPBD 2027 dalam rapat paripurna DPRD, Senin (5/10/2026). Pendapatan direncanakan Rp 1,03 triliun. Prioritas belanja adalah pendidikan dan drainase. Ia meminta dukungan dewan untuk bantuan iuran pekerja rentan. "Tahun ini kita juga meraih Paritrana Award tingkat Provinsi Lampung. Program ini jangan sampai putus," ujarnya.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.editionYear, a.historical])).toEqual([
      ['Kota Metro', 2026, false],
    ]);
  });

  it('reads numbered lists under lettered category headings', () => {
    const got = read(
      'MEDAN – Paritrana Award 2024 tingkat Provinsi Sumatera Utara diserahkan di Medan, Selasa (22/7/2025). Panitia membagikan daftar juara menurut peringkat:\n\nA. Pemerintah Kabupaten/Kota (peringkat)\n   1. Kabupaten Deli Serdang\n   2. Kota Binjai\nB. Pemerintah Desa (peringkat)\n   1. Desa Tongging\n   2. Desa Meat',
    ).map((a) => [a.winnerCanonical, a.rank]);
    expect(got).toEqual([
      ['Kabupaten Deli Serdang', 1],
      ['Kota Binjai', 2],
      ['Desa Tongging', 1],
      ['Desa Meat', 2],
    ]);
  });

  it('takes no villages a winner names as examples', () => {
    const got = read(
      'Kota Batu Juara Dua Paritrana Jatim\n\nKOTA BATU – Pemkot Batu meraih juara dua Paritrana Award 2024 Jawa Timur kategori pemerintah kabupaten/kota. Pj Wali Kota menyebut Desa Sumbergondo dan Desa Tulungrejo di Kecamatan Bumiaji sebagai contoh desa yang telah mendaftarkan hampir seluruh petani apelnya.',
    ).map((a) => a.winnerCanonical);
    // (the learned decision is sure enough of the second village to keep it: a known miss)
    expect(got).toContain('Kota Batu');
    expect(got).not.toContain('Desa Sumbergondo');
  });

  it('reads "X dan Y menyusul." after a winner as winners too', () => {
    const got = read(
      'PONTIANAK – Kabupaten Mempawah meraih juara I Paritrana Award 2025 tingkat Kalimantan Barat kategori pemerintah kabupaten/kota. Setelah itu Kota Singkawang dan Kabupaten Sambas menyusul.',
    ).map((a) => a.winnerCanonical);
    expect(got).toEqual(['Kabupaten Mempawah', 'Kota Singkawang', 'Kabupaten Sambas']);
  });

  it('reads a list whose words a printed page split at line ends', () => {
    const awards = read(
      'SEMARANG – Paritrana Award 2024 tingkat Jawa Tengah diserahkan Gubernur, Rabu (14/8/2024). Pada kategori Pemerintah Kabupaten/Kota, pering-\nkat pertama diraih Kabupaten Wonosobo, pe-\nringkat kedua Kota Salatiga.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kabupaten Wonosobo', 1],
      ['Kota Salatiga', 2],
    ]);
  });

  it('keeps both stages a body tells under a headline that names the national one', () => {
    const awards = read(
      'Dari Kendari ke Jakarta, Kolaka Terbaik I Nasional\n\nKOLAKA – Empat bulan lalu, Kabupaten Kolaka membawa pulang piala juara I Paritrana Award 2025 tingkat Provinsi Sulawesi Tenggara dari Kendari. Selasa (16/12/2025), Kolaka dinobatkan sebagai terbaik I nasional kategori pemerintah kabupaten/kota.',
    );
    expect(
      awards
        .filter((a) => a.winnerCanonical === 'Kabupaten Kolaka')
        .map((a) => [a.level, a.rank])
        .sort(),
    ).toEqual([
      ['nasional', 1],
      ['provinsi', 1],
    ]);
  });

  it('gives a provincial award with no province stated the province the story is filed from', () => {
    const awards = read(
      'Kenduri Laot Digelar\n\nPIDIE JAYA – Nelayan Gampong Meunasah Kulam menggelar kenduri laot, Kamis (7/5/2026). Gampong itu meraih juara II kategori gampong penghargaan jaminan sosial ketenagakerjaan tingkat provinsi tahun 2025.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.level, a.province])).toEqual([
      ['Gampong Meunasah Kulam', 'provinsi', 'Aceh'],
    ]);
  });

  it('carries no past year from a note that this edition\'s winner "juga" won before', () => {
    const awards = read(
      'BENGKULU – Pada Paritrana Award 2024 yang diserahkan Gubernur Bengkulu, Kamis (24/7/2025), Kabupaten Bengkulu Utara kembali menempati posisi teratas. Tahun sebelumnya, Paritrana Award 2023 tingkat provinsi, Kabupaten Bengkulu Utara juga meraih juara I. Juara II diraih Kabupaten Rejang Lebong.',
    );
    expect(
      awards
        .filter((a) => a.winnerCanonical === 'Kabupaten Rejang Lebong')
        .map((a) => [a.editionYear, a.historical]),
    ).toEqual([[2024, false]]);
  });

  it("reads a year-end review's win of that year as current", () => {
    const awards = read(
      'Kilas Balik 2023: Capaian Pemprov Kaltim di Tahun Persiapan IKN\n\nSAMARINDA – Biro Administrasi Pimpinan Setda Kaltim merilis kilas balik capaian pemerintah provinsi sepanjang 2023, Jumat (29/12/2023).\n\nBeberapa capaian yang disorot:\n(1) Pertumbuhan ekonomi di atas 6 persen, ditopang proyek IKN dan batu bara.\n(2) Peringkat terbaik III Paritrana Award 2023 tingkat nasional kategori pemerintah provinsi.\n(3) Penurunan angka stunting.\n\nSekda Kaltim mengatakan capaian itu akan menjadi modal memasuki 2024.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical])).toEqual([
      ['Provinsi Kalimantan Timur', 3, 2023, false],
    ]);
  });

  it("reads a win a profile tells as recent as this edition's", () => {
    const awards = read(
      'Yohan Siregar (52) masih ingat bau kawat las di galangan kapal pada 1994. Kala itu ia buruh harian lepas, bergaji mingguan, tanpa asuransi apa pun. Kini ia memimpin PT Bahari Dok Lestari di Batam, dengan 1.300 pekerja. Pekan lalu, PT Bahari Dok Lestari dinobatkan sebagai juara I Paritrana Award 2024 tingkat Provinsi Kepulauan Riau.',
      '2024-08-22',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical])).toEqual([
      ['Bahari Dok Lestari', 1, 2024, false],
    ]);
  });

  it('reads numbered lines under a category named alone on its line, after a long list intro', () => {
    const awards = read(
      'MEDAN – Berikut penerima Paritrana Award 2024 tingkat Provinsi Sumatera Utara yang diserahkan Penjabat Gubernur di Rumah Dinas Gubernur, Jalan Sudirman, Medan, Senin (21/7/2025):\n\nPemerintah Kabupaten/Kota\n1. Kabupaten Deli Serdang\n2. Kota Pematangsiantar\n\nBadan Usaha Skala Besar\n1. PT Perkebunan Sei Rampah Lestari',
    );
    // (a list number is no rank where nothing speaks of places: no "juara", "peringkat" …)
    expect(awards.map((a) => [a.winnerCanonical, a.category])).toEqual([
      ['Kabupaten Deli Serdang', 'Pemerintah Kabupaten/Kota'],
      ['Kota Pematangsiantar', 'Pemerintah Kabupaten/Kota'],
      ['Perkebunan Sei Rampah Lestari', 'Badan Usaha Skala Besar'],
    ]);
  });

  it('reads no winner from the links under "Foto lainnya:" or "Baca juga:"', () => {
    const names = read(
      'Kabupaten Kapuas meraih juara I Paritrana Award 2025 tingkat Provinsi Kalimantan Tengah.\n\nFoto lainnya:\nKebakaran Lahan di Jalan Tjilik Riwut Berhasil Dipadamkan\nKota Palangka Raya Raih Penghargaan Kota Sehat\n\nBaca juga:\nKabupaten Katingan Raih Adipura',
    ).map((a) => a.winnerCanonical);
    expect(names).toEqual(['Kabupaten Kapuas']);
  });

  it('completes a short date from the weekday and the edition', () => {
    const [a] = read('Kota Batu meraih juara 1 Paritrana Award 2024 se-Jatim, Kamis, (8/8).');
    expect(a?.ceremonyDate).toBe('2024-08-08');
  });

  it('gives provinces the national level and their own province', () => {
    const [a] = read(
      'Pemprov Jatim meraih Paritrana Award 2024 sebagai Provinsi Terbaik Coverage yang diserahkan Wakil Presiden di Jakarta.',
    );
    expect(a).toMatchObject({ winnerType: 'provinsi', level: 'nasional', province: 'Jawa Timur' });
  });

  it('merges repeated mentions of one winner', () => {
    const awards = read(
      'Pemkab Ngawi meraih juara 1 Paritrana Award 2024. Bupati Ngawi menerima penghargaan Paritrana Award itu di Surabaya.',
    );
    expect(awards).toHaveLength(1);
  });

  it('gives past years listed after a rank that rank', () => {
    const awards = read(
      'Kabupaten Gianyar kembali meraih juara I Paritrana Award 2025 tingkat Provinsi Bali. Dengan hasil ini, Gianyar empat tahun berturut-turut menjadi yang terbaik, setelah sebelumnya meraih juara I pada 2022, 2023 dan 2024.',
    );
    expect(awards.filter((a) => a.historical).map((a) => [a.editionYear, a.rank])).toEqual([
      [2022, 1],
      [2023, 1],
      [2024, 1],
    ]);
  });

  it('reads no winner of another award, and a congratulation on a win as one', () => {
    const awards = read(
      'Pemkab Gowa meraih dua penghargaan sekaligus: Paritrana Award 2025 tingkat Provinsi Sulawesi Selatan sebagai juara II dan UHC Award 2025. Kabupaten Maros juga meraih UHC Award.',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual(['Kabupaten Gowa']);
  });

  it('reads no winner in the government that gives the award', () => {
    const awards = read(
      'PONTIANAK - Pemprov Kalbar bersama BPJS Ketenagakerjaan memberikan Paritrana Award 2025 kepada Kabupaten Sanggau sebagai juara I. Penghargaan ini merupakan program Kemenko PMK.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.level])).toEqual([
      ['Kabupaten Sanggau', 'provinsi'],
    ]);
  });

  it('reads no winner in the province hosting its provincial award, whatever the background says', () => {
    const awards = read(
      'JAMBI - Kabupaten Tebo meraih juara I Paritrana Award 2025 tingkat Provinsi Jambi yang digelar BPJS Ketenagakerjaan bersama Pemprov Jambi, Senin (17/11/2025). Penghargaan ini merupakan inisiasi Kemenko PMK. Paritrana Award tingkat nasional biasanya diserahkan Wakil Presiden.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.level])).toEqual([
      ['Kabupaten Tebo', 'provinsi'],
    ]);
  });

  it('reads the rank a winner rose from, and the result it repeats, as dated past wins', () => {
    const past = (text: string) =>
      read(text)
        .filter((a) => a.historical)
        .map((a) => [a.winnerCanonical, a.editionYear, a.rank]);
    expect(
      past(
        'Kabupaten Lumajang meraih juara II Paritrana Award 2025 tingkat Provinsi Jawa Timur, naik dari posisi keempat pada 2023.',
      ),
    ).toEqual([['Kabupaten Lumajang', 2023, 4]]);
    expect(
      past(
        'Kabupaten Banggai kembali meraih juara I Paritrana Award 2025 tingkat Provinsi Sulawesi Tengah, mengulang hasil yang sama pada Paritrana Award 2024.',
      ),
    ).toEqual([['Kabupaten Banggai', 2024, 1]]);
  });

  it('reads no winners from a list of sponsors after the winners', () => {
    const text =
      'Pemenang Paritrana Award 2025 tingkat Provinsi Bengkulu:\nKategori Badan Usaha\n1) Juara I – PT Sawit Lestari\n2) Juara II – PT Kopi Jati\n\nAcara ini terselenggara atas dukungan:\n- Bank Sumber\n- Hotel Jati Indah\n\nRudi mengatakan acara berlangsung lancar.';
    expect(read(text).map((a) => [a.winner, a.rank])).toEqual([
      ['PT Sawit Lestari', 1],
      ['PT Kopi Jati', 2],
    ]);
  });

  it('reads no "Targetnya" for a winner', () => {
    const text =
      'Pemkab Lestari masuk 10 besar Paritrana Award 2025. "Targetnya juara satu," kata Sekda.';
    expect(read(text).map((a) => a.winner)).not.toContain('Targetnya');
  });

  it('reads the numbered lines under each category header of a list of places', () => {
    const text =
      'SAMARINDA - Pemprov mengumumkan peringkat 1–3 Paritrana Award 2025 tingkat Provinsi Kalimantan Timur, Kamis (13/11/2025).\n\nPemerintah Kabupaten/Kota:\n1. Kota Balikpapan\n2. Kota Bontang\n\nBadan Usaha Besar:\n1. PT Batubara Lestari\n2. PT Jati Plantation\n\nUsaha Mikro Kecil:\n1. Amplang Ikan Bu Sari\n\nGubernur berharap daerah lain menyusul.';
    expect(read(text).map((a) => [a.winner, a.rank])).toEqual([
      ['Kota Balikpapan', 1],
      ['Kota Bontang', 2],
      ['PT Batubara Lestari', 1],
      ['PT Jati Plantation', 2],
      ['Amplang Ikan Bu Sari', 1],
    ]);
  });

  it('reads winners listed one per line under a category header', () => {
    // (a numbered list of winners is in their order: the numbers are their places)
    const text =
      'Pemenang Paritrana Award 2025 tingkat Provinsi Jambi:\nKategori UMKM\n1. Kopi Sakti\n2. Batik Ayu – Kota Jambi\nRudi mengatakan acara berlangsung lancar.';
    expect(read(text).map((a) => [a.winner, a.winnerType, a.rank, a.regionParent])).toEqual([
      ['Kopi Sakti', 'umkm', 1, null],
      ['Batik Ayu', 'umkm', 2, 'Kota Jambi'],
    ]);
  });

  it('reads one past award per rank that carries its own year', () => {
    const awards = read(
      'Kabupaten Ngawi meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Timur, Kamis (15/8/2024). Sebelumnya, Ngawi meraih juara 3 pada 2022 dan juara 2 pada 2023.',
    );
    expect(awards.map((a) => [a.rank, a.editionYear, a.historical])).toEqual([
      [1, 2024, false],
      [3, 2022, true],
      [2, 2023, true],
    ]);
  });

  it('reads one past award per listed year and per rank with its own edition', () => {
    const awards = read(
      'Kota Batu meraih terbaik pertama Paritrana Award 2024 tingkat nasional, Rabu (20/11/2024). Pada Paritrana Award 2021 dan 2022, Kota Batu menjadi terbaik kedua, lalu naik menjadi terbaik pertama pada Paritrana Award 2023.',
    );
    expect(awards.map((a) => [a.rank, a.editionYear, a.historical])).toEqual([
      [1, 2024, false],
      [2, 2021, true],
      [2, 2022, true],
      [1, 2023, true],
    ]);
  });

  it('reads a win told after "bukan kali pertama" as an earlier one', () => {
    const awards = read(
      'Kabupaten Ngawi meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Timur, Kamis (15/8/2024). Ini bukan kali pertama Ngawi meraih penghargaan itu. Kabupaten Ngawi juga meraih juara 2 tingkat provinsi.',
    );
    expect(awards.map((a) => [a.rank, a.editionYear, a.historical])).toEqual([
      [1, 2024, false],
      [2, null, true],
    ]);
  });

  it("reads last year's rank and this year's from one sentence", () => {
    const awards = read(
      'Kota Bogor, yang tahun lalu meraih juara 2, tahun ini meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Barat, Rabu (21/8/2024).',
    );
    expect(awards.map((a) => [a.rank, a.editionYear, a.historical])).toEqual([
      [1, 2024, false],
      [2, 2023, true],
    ]);
  });

  it("dates last year's rank to the edition before, when the ceremony is a year later", () => {
    const awards = read(
      'Kota Bogor, yang tahun lalu meraih juara 2, tahun ini meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Barat, Rabu (20/8/2025).',
    );
    expect(awards.map((a) => [a.rank, a.editionYear, a.historical])).toEqual([
      [1, 2024, false],
      [2, 2023, true],
    ]);
  });

  it('marks every win an op-ed cites as past', () => {
    const awards = read(
      'OPINI\n\nPelajaran dari Para Juara\n\nKabupaten Ngawi menjadi terbaik pertama dalam Paritrana Award 2024 tingkat nasional. Kota Batu meraih juara 2 pada Paritrana Award 2021. Ambil contoh Desa Sukamulya yang menjadi juara 1 kategori desa.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.editionYear, a.historical])).toEqual([
      ['Kabupaten Ngawi', 2024, true],
      ['Kota Batu', 2021, true],
      ['Desa Sukamulya', null, true],
    ]);
  });

  it("carries no past year from a sentence that also states this edition's win", () => {
    const awards = read(
      'Paritrana Award 2024 tingkat Provinsi Jawa Timur diserahkan di Surabaya. Kabupaten Ngawi meraih juara pertama, naik dari peringkat ketiga pada Paritrana Award 2023. Kota Batu berada di urutan kedua.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical])).toEqual([
      ['Kabupaten Ngawi', 1, 2024, false],
      ['Kabupaten Ngawi', 3, 2023, true],
      ['Kota Batu', 2, 2024, false],
    ]);
  });

  it('returns nothing when no winner is named', () => {
    expect(
      read('Gubernur menyerahkan Paritrana Award 2024 kepada para pemenang di Surabaya.'),
    ).toEqual([]);
  });
});

describe('extractAwards: people and places beside a winner (sentences written for these tests)', () => {
  const winners = (text: string) => read(text).map((a) => a.winner);

  it('takes no person who received an award for a winner, and no kecamatan named "Kota …"', () => {
    expect(
      winners(
        'TENGGARONG – Pemkab Kukar meraih juara I Paritrana Award 2023 tingkat Provinsi Kaltim. Kabar baik juga datang dari Desa Sedulang, Kecamatan Kota Bangun. Desa itu meraih juara II kategori pemerintah desa. Piala untuk desa diterima langsung oleh Rahmat Hidayat.',
      ),
    ).toEqual(['Pemkab Kukar', 'Desa Sedulang']);
  });
});

describe('extractAwards: an undated story about something else that ends on its win', () => {
  it('reads the win of the latest year it writes as current', () => {
    const feature =
      'PATI – Sri (29) masih ingat sore itu. Ia bekerja di sebuah toko di Pati sejak 2019. Seluruh pekerja toko itu terdaftar dalam program jaminan kecelakaan kerja. Pemilik toko mengatakan ia belajar dari pengalaman. Langkah itu membuat Toko Sumber Rejeki Pati dinobatkan sebagai juara 1 kategori usaha kecil Paritrana Award 2025 tingkat Jawa Tengah.';
    expect(read(feature)).toMatchObject([
      { winner: 'Toko Sumber Rejeki Pati', editionYear: 2025, historical: false },
    ]);
  });
});

describe('extractAwards: places, headers and shouting beside winners (written for these tests)', () => {
  const winners = (text: string) => read(text).map((a) => [a.winner, a.rank]);

  it('reads no winner in the regency after a village and its kecamatan', () => {
    expect(
      winners(
        'AMBON – Tiga negeri menerima Paritrana Award 2024 tingkat Provinsi Maluku. Negeri Latuhalat, Kecamatan Nusaniwe, Kota Ambon, meraih juara I; Negeri Hative Besar, Kecamatan Teluk Ambon, Kota Ambon juara II; dan Negeri Tulehu, Kecamatan Salahutu, Kabupaten Maluku Tengah juara III.',
      ),
    ).toEqual([
      ['Negeri Latuhalat', 1],
      ['Negeri Hative Besar', 2],
      ['Negeri Tulehu', 3],
    ]);
  });

  it('reads no winner in a header row pasted without separators, nor in a shouted line', () => {
    expect(
      winners(
        'Paritrana Award 2025 tingkat Provinsi Sumatera Barat kategori nagari:\nNo. Nama Nagari Kabupaten Predikat\n1 Nagari Sungai Batang Agam Juara I',
      ).map(([w]) => w),
    ).not.toContain('No');
    expect(
      winners(
        'Pesan berantai beredar.\n*📢 KABAR GEMBIRA DARI KOTA BERIMAN 📢*\nPemerintah Kota Balikpapan meraih juara 1 Paritrana Award 2025 tingkat Provinsi Kalimantan Timur.',
      ),
    ).toEqual([['Pemerintah Kota Balikpapan', 1]]);
  });
});

describe('extractAwards: the national stage (written for these tests)', () => {
  it('reads winners labelled by zone or "Harapan", and a province placed "posisi kedua nasional"', () => {
    const list = read(
      'Daftar Peraih Paritrana Award 2025\n\nJAKARTA – Wakil Presiden menyerahkan Paritrana Award 2025 di Jakarta.\n\nKategori Pemerintah Provinsi\nZona Sumatera: Provinsi Jambi\nZona Kalimantan: Provinsi Kalimantan Utara\n\nKategori Pemerintah Kabupaten/Kota\nTerbaik I: Kabupaten Sleman\nHarapan: Kota Tual',
    );
    expect(list.map((a) => [a.winner, a.level, a.rank])).toEqual([
      ['Provinsi Jambi', 'nasional', null],
      ['Provinsi Kalimantan Utara', 'nasional', null],
      ['Kabupaten Sleman', 'nasional', 1],
      ['Kota Tual', 'nasional', null],
    ]);
    const province = read(
      'KENDARI – Pemerintah Provinsi Sulawesi Tenggara menempati posisi kedua nasional dalam Paritrana Award 2024.',
    );
    expect(province.map((a) => [a.winnerCanonical, a.level, a.rank])).toEqual([
      ['Provinsi Sulawesi Tenggara', 'nasional', 2],
    ]);
  });

  it('reads no province after "Juara" naming its stage, and a city by its nickname', () => {
    const r = read(
      'Padang Panjang Juara Nasional, Setelah Lebih Dulu Juara Sumbar\n\nPADANG PANJANG – Kota Serambi Mekah kembali mengukir prestasi. Pemko Padang Panjang ditetapkan sebagai Terbaik I Nasional Paritrana Award 2024.',
    );
    expect(new Set(r.map((a) => a.winnerCanonical))).toEqual(new Set(['Kota Padang Panjang']));
  });
});

describe('extractAwards: a nickname no gazetteer knows (written for this test)', () => {
  it('reads "Kota Cakalang" in a story filed from Bitung as Kota Bitung', () => {
    const r = read(
      'Kota Cakalang Juara Satu Paritrana Sulut\n\nBITUNG – Pemerintah Kota Bitung meraih juara satu Paritrana Award 2025 tingkat Provinsi Sulawesi Utara.',
    );
    expect(r.map((a) => a.winnerCanonical)).toEqual(['Kota Bitung']);
    expect(r[0]?.aliases).toContain('Kota Cakalang');
  });
});

describe('extractAwards: a regency prefix misspelt (written for this test)', () => {
  it('reads "Kabupten X" as Kabupaten X', () => {
    expect(
      read(
        'LABUAN BAJO – Kabupten Manggarai Barat meraih juara 1 Paritrana Award 2025 tingkat Provinsi Nusa Tenggara Timur.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Kabupaten Manggarai Barat']);
  });
});

describe('extractAwards: an office building beside a winner (written for this test)', () => {
  it('reads a winner after "di Kantor Gubernur,", and no venue town before a date', () => {
    expect(
      read(
        'PALU – "Kemarin di Kantor Gubernur, Kota Palu juara satu Paritrana Award 2024 tingkat Sulteng," kata Wali Kota.',
      ).map((a) => [a.winnerCanonical, a.rank]),
    ).toEqual([['Kota Palu', 1]]);
    expect(
      read(
        'LANGGUR – Kabupaten Maluku Tenggara meraih juara dua Paritrana Award 2025 tingkat Provinsi Maluku di Lantai 7 Kantor Gubernur Maluku, Ambon, Selasa (9/12/2025).',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Kabupaten Maluku Tenggara']);
  });

  it('reads no venue town before the official who received', () => {
    expect(
      read(
        'Kamis (28/8/2025) malam, di Gedung Negara Grahadi, Surabaya, Bupati Situbondo menerima trofi juara I Paritrana Award 2025 tingkat Provinsi Jawa Timur.',
      ).map((a) => [a.winnerCanonical, a.rank]),
    ).toEqual([['Kabupaten Situbondo', 1]]);
  });
});

describe('extractAwards: nicknames and neighbours (written for these tests)', () => {
  it('reads a land nickname in a regency category as the story region, and no congratulator', () => {
    expect(
      read(
        'MAMUJU – Wakil Bupati Mamuju menerima Paritrana Award 2024 tingkat Provinsi Sulawesi Barat. Bumi Manakarra ditetapkan sebagai terbaik pertama untuk kategori pemerintah kabupaten/kota.',
      ).map((a) => [a.winnerCanonical, a.rank]),
    ).toEqual([['Kabupaten Mamuju', 1]]);
    expect(
      read(
        'KEBUMEN – Bupati Kebumen menyampaikan ucapan selamat kepada Pemerintah Kabupaten Purworejo yang meraih juara II Paritrana Award 2025 tingkat Jawa Tengah.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Kabupaten Purworejo']);
  });
});

describe('extractAwards: employers as business pages name them (written for these tests)', () => {
  it('reads a hotel named by its suffix, placed by "di", and a listed company as "perseroan"', () => {
    expect(
      read(
        'Senggigi Bay Hotel di Kabupaten Lombok Barat meraih juara 2 Paritrana Award 2024 tingkat Provinsi Nusa Tenggara Barat.',
      ).map((a) => [a.winner, a.rank]),
    ).toEqual([['Senggigi Bay Hotel', 2]]);
    expect(
      read(
        'JAKARTA – PT Semen Gunung Kapur Tbk (SGKP) menyampaikan kepada Bursa Efek Indonesia bahwa perseroan meraih juara I Paritrana Award 2025 tingkat Provinsi Jawa Timur.',
      ).map((a) => [a.winnerCanonical, a.rank]),
    ).toEqual([['Semen Gunung Kapur', 1]]);
  });
});

describe('extractAwards: the history of a winner carries no year on (written for this test)', () => {
  it('keeps the winners after "Tahun lalu X berada di posisi juara III" in this edition', () => {
    const r = read(
      'CILEGON – Kota Cilegon meraih juara I Paritrana Award 2025 tingkat Provinsi Banten. Tahun lalu Cilegon berada di posisi juara III. Kota Tangerang meraih juara II, sementara Kabupaten Lebak juara III.',
    );
    expect(
      r.filter((a) => !a.historical).map((a) => [a.winnerCanonical, a.rank, a.editionYear]),
    ).toEqual([
      ['Kota Cilegon', 1, 2025],
      ['Kota Tangerang', 2, 2025],
      ['Kabupaten Lebak', 3, 2025],
    ]);
  });
});

describe('extractAwards: no village named after a province (written for this test)', () => {
  it('reads "Paritrana NTB, Desa X Terbaik Kategori Desa" as one village, not also "Desa NTB"', () => {
    expect(
      read(
        'Lotim Juara I Paritrana NTB, Desa Kembang Kuning Terbaik Kategori Desa\n\nMATARAM – Kabupaten Lombok Timur meraih juara I Paritrana Award 2025 tingkat Provinsi NTB. Desa Kembang Kuning menjadi yang terbaik di kategori desa.',
      )
        .map((a) => a.winnerCanonical)
        .sort(),
    ).toEqual(['Desa Kembang Kuning', 'Kabupaten Lombok Timur']);
  });
});

describe('extractAwards: this edition stated after a past one (written for this test)', () => {
  it('carries no past year past a sentence stating this edition, nor across "harapan I."', () => {
    const r = read(
      'LUBUK PAKAM – Kabupaten Asahan menggeser Kota Tebing Tinggi yang tahun lalu meraih juara I. Dalam penganugerahan Paritrana Award 2023 tingkat Provinsi Sumatera Utara, Kamis (24/8/2023), Asahan dinyatakan sebagai juara I. Juara II diraih Kabupaten Batu Bara, sedangkan Kota Tanjungbalai harus puas sebagai harapan I. Tebing Tinggi sendiri, juara I Paritrana Award 2022, tahun ini tak masuk daftar.',
    );
    expect(r.filter((a) => !a.historical).map((a) => [a.winnerCanonical, a.editionYear])).toEqual(
      expect.arrayContaining([
        ['Kabupaten Batu Bara', 2023],
        ['Kota Tanjungbalai', 2023],
      ]),
    );
  });
});

describe('extractAwards: the place of an employer (written for these tests)', () => {
  it('reads no region that only places the winning company or employers', () => {
    expect(
      read(
        'Perusahaan Logistik Kota Cilegon Juarai Paritrana Banten\n\nCILEGON – PT Selat Sunda Logistik meraih juara I Paritrana Award 2022 tingkat Provinsi Banten.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Selat Sunda Logistik']);
    expect(
      read(
        'BANDA ACEH – Dua pemberi kerja dari Kota Sabang dan Kabupaten Pidie meraih Paritrana Award 2023 tingkat Provinsi Aceh. Hotel Teluk Indah meraih juara 1 kategori badan usaha menengah.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Hotel Teluk Indah']);
  });
});

describe('extractAwards: rivals listed after "mengungguli … yakni" (written for this test)', () => {
  it('reads no winner among the rivals a winner beat', () => {
    expect(
      read(
        'BONTANG – Pemerintah Kota Bontang meraih Juara 1 Paritrana Award Tingkat Provinsi Kalimantan Timur 2024, setelah mengungguli lima kabupaten/kota lainnya, yakni Kabupaten Berau, Paser, Kutai Timur, Mahakam Ulu dan Kota Samarinda.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Kota Bontang']);
  });
});

describe('extractAwards: both stages of one edition (written for this test)', () => {
  it('keeps a national win and the provincial win of the same cycle apart', () => {
    const r = read(
      'KLATEN – Desa Jambu Kidul, Kecamatan Ceper, meraih juara I Paritrana Award 2024 tingkat nasional kategori pemerintah desa. Kepala desa berterima kasih kepada warga. Jambu Kidul sebelumnya meraih juara I tingkat Jawa Tengah pada ajang yang sama.',
    );
    expect(r.map((a) => [a.winnerCanonical, a.level, a.rank, a.editionYear, a.historical])).toEqual(
      [
        ['Desa Jambu Kidul', 'nasional', 1, 2024, false],
        ['Desa Jambu Kidul', 'provinsi', 1, 2024, false],
      ],
    );
  });
});

describe('extractAwards: a headline name lengthened by a related story (written for this test)', () => {
  it('reads the headline name against the body, not against a "Baca juga" link', () => {
    const text =
      'Perumda Tirta Jaya Sabet Juara I BUMD\n\nTUBAN - Perumda Tirta Jaya menjadi juara I Paritrana Award 2023 tingkat Jawa Timur untuk kategori BUMD.\n\nBaca juga:\n- Perumda Tirta Jaya Tambah 3.000 Sambungan Baru di Pantura';
    expect(read(text).map((a) => a.winner)).not.toContain(
      'Perumda Tirta Jaya Tambah 3.000 Sambungan Baru',
    );
  });
});

describe('extractAwards: a provincial ceremony told inside a national story (written for this test)', () => {
  it('reads the winners right after "… menyerahkan Paritrana Award 2024 tingkat provinsi" as provincial', () => {
    const text =
      'KENDARI – Pemerintah Provinsi Sulawesi Tenggara meraih Paritrana Award 2024 tingkat nasional sebagai provinsi terbaik Zona Sulawesi. Penghargaan diterima Gubernur di Jakarta, Kamis (12/9/2024).\n\nPemprov Sultra sebelumnya menyerahkan Paritrana Award 2024 tingkat provinsi di Kendari. Kota Kendari meraih juara pertama kategori pemerintah kabupaten/kota, disusul Kabupaten Konawe.';
    const found = read(text).map((a) => [a.winnerCanonical, a.level]);
    expect(found).toContainEqual(['Kota Kendari', 'provinsi']);
    expect(found).toContainEqual(['Provinsi Sulawesi Tenggara', 'nasional']);
  });

  it("reads a list under a header naming the province's stage as that stage's, on long bulleted lines too", () => {
    const text =
      'MAMUJU – Pemerintah Provinsi Sulawesi Barat meraih Terbaik III Paritrana Award 2024 kategori Pemerintah Provinsi di Jakarta, Rabu (19/2/2025).\n\nSebelumnya, berikut para juara Paritrana Award 2024 tingkat Provinsi Sulawesi Barat yang diumumkan pada September lalu:\n\n- Kategori Pemerintah Kabupaten: juara I Kabupaten Majene, juara II Kabupaten Polewali Mandar, juara III Kabupaten Mamasa.\n- Kategori Usaha Mikro Kecil: juara I Toko Roti Sinar Pagi Mamuju.\n\nMajene juga meraih Terbaik II tingkat nasional kategori Pemerintah Kabupaten.';
    const found = read(text).map((a) => [a.winnerCanonical, a.level, a.province]);
    expect(found).toContainEqual(['Kabupaten Polewali Mandar', 'provinsi', 'Sulawesi Barat']);
    expect(found).toContainEqual(['Toko Roti Sinar Pagi Mamuju', 'provinsi', 'Sulawesi Barat']);
    expect(found).toContainEqual(['Kabupaten Majene', 'nasional', null]);
    expect(found).toContainEqual(['Provinsi Sulawesi Barat', 'nasional', 'Sulawesi Barat']);
    // (a header naming no province's stage, only where the notes come from, heads national rows)
    const rows = read(
      'Tiga Wakil Sulbar di Daftar Peraih Paritrana 2024\n\nMAMUJU — Sulawesi Barat menempatkan tiga peraih pada Paritrana Award 2024 tingkat nasional. Berikut daftarnya, dengan hasil tahap provinsi dalam kurung:\n\nPemerintah Provinsi Sulawesi Barat – Terbaik III kategori pemerintah provinsi.\nKabupaten Majene – Terbaik II kategori pemerintah kabupaten/kota (juara I Sulbar).\nDesa Lembang Tengah, Kabupaten Mamasa – Terbaik III kategori pemerintah desa (juara I Sulbar).\n\nTrofi diterima di Jakarta, Selasa (20/5/2025).',
    ).map((a) => [a.winnerCanonical, a.rank, a.level]);
    expect(rows).toContainEqual(['Kabupaten Majene', 2, 'nasional']);
    expect(rows).toContainEqual(['Desa Lembang Tengah', 3, 'nasional']);
  });

  it('reads "sebelumnya juara I tahap <province>" in a national story as this edition\'s stage, and a list under a bare "tahap provinsi"', () => {
    const stage = read(
      'MAMUJU — Kabupaten Majene meraih Terbaik II Paritrana Award 2025 tingkat nasional kategori Pemerintah Kabupaten/Kota. Bupati Majene menerima penghargaan di Istana Wakil Presiden, Selasa (24/2/2026).\n\nMajene sebelumnya juara I tahap Sulawesi Barat. Pada tahap yang sama, Kabupaten Mamuju meraih juara II.',
    ).map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.level, a.historical]);
    expect(stage).toContainEqual(['Kabupaten Majene', 1, 2025, 'provinsi', false]);
    expect(stage).toContainEqual(['Kabupaten Mamuju', 2, 2025, 'provinsi', false]);
    const list = read(
      'MAMUJU — Pemerintah Provinsi Sulawesi Barat meraih Terbaik III Paritrana Award 2023 kategori Pemerintah Provinsi di tingkat nasional.\n\nSebelumnya, pada tahap provinsi Paritrana Award 2023 yang digelar di Mamuju, gubernur menyerahkan penghargaan kepada para juara berikut:\n\nKategori Pemerintah Kabupaten/Kota\nJuara I: Kabupaten Majene\nJuara II: Kabupaten Mamasa',
    ).map((a) => [a.winnerCanonical, a.level, a.province]);
    expect(list).toContainEqual(['Kabupaten Majene', 'provinsi', 'Sulawesi Barat']);
    expect(list).toContainEqual(['Kabupaten Mamasa', 'provinsi', 'Sulawesi Barat']);
    // ("sebelumnya pernah meraih … tingkat Riau" in a story of another award: a past win)
    const past = read(
      'SIAK SRI INDRAPURA – Kabupaten Siak naik ke predikat Utama dalam penghargaan Kabupaten/Kota Layak Anak 2026 yang diserahkan di Jakarta, Kamis (23/7/2026).\n\nSiak sebelumnya pernah meraih juara II Paritrana Award 2023 tingkat Riau berkat program iuran bagi petani sawit.',
    ).map((a) => [a.winnerCanonical, a.rank, a.historical]);
    expect(past).toEqual([['Kabupaten Siak', 2, true]]);
  });

  it('reads this edition\'s provincial stage after "bukan kali pertama" once a sentence names the edition', () => {
    const found = read(
      'Majene Kembali ke Podium Nasional\n\nMAJENE — Kabupaten Majene meraih Terbaik III Paritrana Award 2025 kategori Pemerintah Kabupaten tingkat nasional. Ini bukan kali pertama: pada Paritrana Award 2022, Majene pernah menjadi Terbaik I nasional.\n\nUntuk edisi 2025, Majene lebih dulu menjuarai tahap Sulawesi Barat. Dalam penilaian tingkat Sulbar, Majene meraih peringkat pertama, Kabupaten Mamuju peringkat kedua, dan Kabupaten Polewali Mandar peringkat ketiga.',
    ).map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.level, a.historical]);
    expect(found).toContainEqual(['Kabupaten Mamuju', 2, 2025, 'provinsi', false]);
    expect(found).toContainEqual(['Kabupaten Polewali Mandar', 3, 2025, 'provinsi', false]);
    expect(found).toContainEqual(['Kabupaten Majene', 1, 2022, 'nasional', true]);
  });
});

describe('extractAwards: villages listed under their regencies (written for this test)', () => {
  it('reads the villages, not the regencies heading them', () => {
    const text =
      'BANJARBARU – Berikut rincian desa peraih Paritrana Award 2025 tingkat Provinsi Kalimantan Selatan kategori pemerintah desa menurut kabupaten asalnya, yang diserahkan di Banjarbaru, Senin (18/8/2025):\n\nKabupaten Banjar\n• Desa Sungai Rangas, Kec. Martapura Barat — Juara 1\n\nKabupaten Balangan\n• Desa Ajung, Kec. Paringin — Juara 2';
    expect(read(text).map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Desa Sungai Rangas', 1],
      ['Desa Ajung', 2],
    ]);
  });
});

describe("extractAwards: a receiver and the award's province (written for this test)", () => {
  it('reads no person who received it "di" a venue, and no province the award is named with', () => {
    expect(
      read(
        'SURABAYA – Kabupaten Ngawi meraih juara II Paritrana Award 2025 tingkat Jawa Timur. Penghargaan diterima Suparno di Gedung Negara Grahadi, Surabaya, Kamis (28/8/2025).',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Kabupaten Ngawi']);
    expect(
      read(
        'AMBON - Pemkot Ambon juara satu Paritrana Award Maluku 2025, kategori UMK juara dua Kedai Kopi Sagu Nona.',
      ).map((a) => a.winnerCanonical),
    ).not.toContain('Maluku');
  });

  it('reads no regency after a village whose kecamatan has an apostrophe', () => {
    expect(
      read(
        "RANTEPAO – Lembang To'Pao, Kecamatan Sa'dan, Kabupaten Toraja Utara, meraih juara Harapan I pada Paritrana Award 2025 tingkat Provinsi Sulawesi Selatan kategori pemerintah desa/lembang.",
      ).map((a) => a.winnerCanonical),
    ).not.toContain('Kabupaten Toraja Utara');
  });
});

describe("extractAwards: a province among a national story's winners (written for this test)", () => {
  it('reads "Pemprov X terbaik III pemerintah provinsi" in a story read at the Jakarta stage', () => {
    const text =
      'Kain Tenun Ina, dari Sikka ke Panggung Nasional\n\nMAUMERE – Kain Tenun Ina tak pernah membayangkan namanya dibacakan di Jakarta. Usaha itu meraih usaha mikro kecil terbaik I Paritrana Award 2025.\n\nDari NTT, Desa Wolomarang juga membawa pulang penghargaan terbaik II kategori pemerintah desa, sedangkan Pemprov NTT terbaik III pemerintah provinsi.';
    expect(read(text).map((a) => [a.winnerCanonical, a.level])).toContainEqual([
      'Provinsi Nusa Tenggara Timur',
      'nasional',
    ]);
  });
});

describe('extractAwards: a region closing a place phrase (written for this test)', () => {
  it('reads no region after "di pinggir Danau X," and keeps a list after "pemenang dari"', () => {
    expect(
      read(
        'TONDANO – Dari kategori Usaha Mikro Kecil Paritrana Award 2025 tingkat Sulawesi Utara, juara tiga jatuh kepada Kedai Kopi Senja Danau, warung kopi di pinggir Danau Tondano, Minahasa.',
      ).map((a) => a.winnerCanonical),
    ).not.toContain('Kabupaten Minahasa');
    expect(
      read(
        'BANJARBARU – Paritrana Award 2024 tingkat Kalimantan Selatan diserahkan Gubernur. Acara itu juga menghadirkan para pemenang dari Kabupaten Tabalong, Kota Banjarbaru, dan Kabupaten Tanah Laut.',
      ).map((a) => a.winnerCanonical),
    ).toContain('Kota Banjarbaru');
  });
});

describe('extractAwards: a province counting, an agency head receiving (written for this test)', () => {
  it('reads no province that "menempatkan tiga daerahnya", and no Kadisnakertrans or his name', () => {
    const text =
      'MAKASSAR – Sulawesi Selatan menempatkan tiga daerahnya di jajaran pemenang Paritrana Award 2023 tingkat nasional. Kabupaten Bulukumba meraih terbaik II kategori pemerintah kabupaten/kota. Bupati tidak hadir; piala diterima Kadisnakertrans Bulukumba, Andi Rahman.';
    expect(read(text).map((a) => a.winnerCanonical)).toEqual(['Kabupaten Bulukumba']);
  });
});

describe("extractAwards: a winner's record told clause by clause (written for this test)", () => {
  it("dates each clause's rank by the year said before it", () => {
    const text =
      'SLEMAN – Kabupaten Sleman meraih juara I Paritrana Award 2025 tingkat Daerah Istimewa Yogyakarta. Pada Paritrana Award 2023, Sleman juga menempati juara I, sedangkan pada 2024 harus puas di posisi kedua.';
    const got = read(text).map((a) => [a.rank, a.editionYear, a.historical]);
    expect(got).toContainEqual([2, 2024, true]);
    expect(got).toContainEqual([1, 2023, true]);
  });
});

describe('extractAwards: an infographic numbered without points (written for this test)', () => {
  it('reads "1 Kabupaten A" lines under category headings as ranked winners', () => {
    const text =
      'INFOGRAFIS | Daftar Pemenang Paritrana Award 2025 Tingkat Provinsi Bali\n\nPEMERINTAH KABUPATEN/KOTA\n1 Kabupaten Tabanan\n2 Kabupaten Bangli\n\nPEMERINTAH DESA\n1 Desa Sibetan (Karangasem)\n2 Desa Jatiluwih (Tabanan)';
    expect(read(text).map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kabupaten Tabanan', 1],
      ['Kabupaten Bangli', 2],
      ['Desa Sibetan', 1],
      ['Desa Jatiluwih', 2],
    ]);
  });
});

describe('extractAwards: the same place won again at an earlier edition (written for this test)', () => {
  it('reads "sama dengan capaian pada Paritrana Award 2024" as a past award of the same rank', () => {
    const got = read(
      'LUBUK SIKAPING – Kabupaten Pasaman kembali menempati juara III Paritrana Award 2025 tingkat Sumatera Barat, sama dengan capaian pada Paritrana Award 2024.',
    ).map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical]);
    expect(got).toEqual([
      ['Kabupaten Pasaman', 3, 2025, false],
      ['Kabupaten Pasaman', 3, 2024, true],
    ]);
  });
});

describe('extractAwards: a name whose own clause says it won nothing (written for this test)', () => {
  it('keeps no village that "belum berhasil meraih juara"', () => {
    const text =
      'Sumedang Raih Juara II Paritrana Jabar\n\nSUMEDANG – Kabupaten Sumedang meraih juara II Paritrana Award 2024 tingkat Jawa Barat kategori pemerintah kabupaten/kota, Senin (23/6/2025).\n\nSementara itu, Desa Sukamulya di Kecamatan Tanjungsari juga ikut dinilai dalam kategori pemerintah desa, namun belum berhasil meraih juara.';
    expect(extractAwards({ id: 't', text }).map((a) => a.winnerCanonical)).toEqual([
      'Kabupaten Sumedang',
    ]);
  });

  it('keeps no region of a shortlist that "belum berhasil meraih penghargaan", but one whose aside says it once missed out', () => {
    const text =
      'Kota Jambi Juara 1 Paritrana Jambi\n\nJAMBI - Pemerintah Kota Jambi meraih juara 1 Paritrana Award 2024 tingkat Provinsi Jambi kategori pemerintah kabupaten/kota. Kabupaten Merangin dan Kabupaten Kerinci yang sempat masuk lima besar belum berhasil meraih penghargaan. Kabupaten Tebo, yang tahun sebelumnya tak masuk lima besar, merebut juara III.';
    expect(extractAwards({ id: 't', text }).map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kota Jambi', 1],
      ['Kabupaten Tebo', 3],
    ]);
  });
});

describe("extractAwards: a winner's record (written for this test)", () => {
  it('reads each row of the record, each place at its own level', () => {
    const text =
      'Sleman Kembali Juara Paritrana DIY\n\nSLEMAN – Kabupaten Sleman kembali menjadi juara I Paritrana Award 2025 tingkat DIY, Senin (18/8/2025).\n\nBerikut rekam jejak Sleman di ajang Paritrana Award:\n2023 – Juara III tingkat DIY\n2024 – Juara I tingkat DIY; Juara II tingkat nasional\n\nBupati berterima kasih kepada para lurah.';
    const read = extractAwards({ id: 't', text }).map((a) => [
      a.editionYear,
      a.level,
      a.rank,
      a.historical,
    ]);
    expect(read).toEqual(
      expect.arrayContaining([
        [2025, 'provinsi', 1, false],
        [2023, 'provinsi', 3, true],
        [2024, 'provinsi', 1, true],
        [2024, 'nasional', 2, true],
      ]),
    );
  });
  it("reads a governor's decree: no clause word is a winner, and wrapped rows are whole", () => {
    const text = [
      'KEPUTUSAN GUBERNUR KALIMANTAN SELATAN',
      'NOMOR 100.3.3.1/0412/KUM/2025',
      '',
      'TENTANG',
      '',
      'PENETAPAN PEMENANG PARITRANA AWARD TINGKAT PROVINSI KALIMANTAN SELATAN TAHUN 2025',
      '',
      'MEMUTUSKAN:',
      'KESATU    : Pemenang Paritrana Award Tingkat Provinsi Kalimantan Selatan Tahun 2025',
      '           sebagaimana tercantum dalam Lampiran Keputusan ini.',
      '',
      'LAMPIRAN',
      'NO.  KATEGORI                  PERINGKAT  NAMA PEMENANG',
      '1.   Pemerintah Kabupaten/Kota Juara I    Pemerintah Kabupaten Hulu Sungai',
      '                                          Selatan',
      '2.   Pemerintah Kabupaten/Kota Juara II   Pemerintah Kota Banjarbaru',
      '3.   Badan Usaha Besar         Juara I    PT Kapuas Sawit Lestari',
    ].join('\n');
    expect(read(text).map((a) => [a.winner, a.rank])).toEqual([
      ['Pemerintah Kabupaten Hulu Sungai Selatan', 1],
      ['Pemerintah Kota Banjarbaru', 2],
      ['PT Kapuas Sawit Lestari', 1],
    ]);
  });
  it('reads no region a winner goes on to represent, nor a village head named after his title', () => {
    const winners = read(
      [
        'Kabupaten Musi Banyuasin meraih peringkat kedua Paritrana Award 2024 tingkat nasional kategori pemerintah kabupaten/kota.',
        'Musi Banyuasin sebelumnya menjadi juara I Paritrana Award 2023 tingkat Provinsi Sumatera Selatan sehingga berhak mewakili Bumi Sriwijaya.',
        'Piagam diterima Peratin Way Sindi, Sukardi, di Bandar Lampung.',
      ].join('\n\n'),
    ).map((a) => a.winner);
    expect(winners).not.toContain('Bumi Sriwijaya');
    expect(winners).not.toContain('Sukardi');
  });
  it("reads no regency from a headline's capitalised words after 'Pemkab'", () => {
    const winners = read(
      'Sangihe Juara Dua, Pemkab Minta Desa Tiru Pola Perlindungan Nelayan\n\nTAHUNA – Kabupaten Kepulauan Sangihe meraih juara dua Paritrana Award 2024 tingkat Sulawesi Utara.',
    ).map((a) => a.winnerCanonical);
    expect(winners).toEqual(['Kabupaten Kepulauan Sangihe']);
  });
  it('reads no winner in the office that received the award on behalf of its head', () => {
    const winners = read(
      'SIBOLGA – Kabupaten Tapanuli Tengah meraih juara II Paritrana Award 2024 tingkat Sumatera Utara.\n\nKepala Dinas Tenaga Kerja Tapteng yang menerima penghargaan mewakili Bupati mengatakan, pihaknya mendaftarkan 12.000 nelayan.',
    ).map((a) => a.winnerCanonical);
    expect(winners).toEqual(['Kabupaten Tapanuli Tengah']);
  });
  it("stops a past year carried from a review's earlier item at the item that names this edition", () => {
    const awards = read(
      [
        'Kilas Balik 2025: Jambi di Ajang Paritrana',
        'Maret: Pemerintah Provinsi Jambi menerima predikat terbaik II kategori pemerintah provinsi Paritrana Award 2024 tingkat nasional di Jakarta.',
        'September: Paritrana Award 2025 tingkat Provinsi Jambi diserahkan di rumah dinas gubernur. Kota Jambi meraih juara I, Kabupaten Bungo juara II.',
      ].join('\n\n'),
    );
    expect(
      awards.filter((a) => a.winnerType === 'kota').map((a) => [a.editionYear, a.historical]),
    ).toEqual([[2025, false]]);
  });
  it('reads no winner in a question headline, "Ternyata juara" or a bare roman rank', () => {
    const winners = read(
      [
        'Mengapa Jambi Bisa Juara Dua Nasional?',
        'JAMBI – Pemerintah Provinsi Jambi meraih terbaik II Paritrana Award 2022 tingkat nasional kategori pemerintah provinsi.',
        '"Saya pikir ini undangan seminar. Ternyata juara," kata Kepala Disnakertrans.',
        'PT Batanghari Logam Prima meraih Paritrana Award 2022 kategori badan usaha besar. Perusahaan ini menempati peringkat III.',
      ].join('\n\n'),
    ).map((a) => a.winner);
    expect(winners.filter((w) => /^(?:Mengapa|Ternyata|III)\b/.test(w))).toEqual([]);
  });
  it('reads no winner in "Tapi peringkat kedua …" opening a quote\'s sentence', () => {
    const winners = read(
      [
        'Banyumas Peringkat Kedua Paritrana Jateng',
        'SEMARANG - Pemerintah Kabupaten Banyumas meraih peringkat kedua Paritrana Award 2025 tingkat Provinsi Jawa Tengah.',
        '"Tentu kami ingin juara satu. Tapi peringkat kedua itu bukan hal kecil," ujarnya.',
      ].join('\n\n'),
    ).map((a) => a.winner);
    expect(winners.filter((w) => /^Tapi\b/.test(w))).toEqual([]);
  });
});

describe('extractAwards: winners beside the ones they beat (written for these tests)', () => {
  const ranks = (text: string) =>
    extractAwards({ id: 't', text }).map((a) => [a.winnerCanonical, a.rank, a.level]);
  it('reads a province that wins with no stage named as a national winner', () => {
    expect(
      ranks('Judul\n\nSEMARANG - Provinsi Jawa Tengah meraih juara I Paritrana Award 2024.'),
    ).toEqual([['Provinsi Jawa Tengah', 1, 'nasional']]);
  });
  it('reads a rival beaten that still stands "di posisi Terbaik II", and one that "harus turun ke juara 3"', () => {
    expect(
      ranks(
        'Judul\n\nJAKARTA - Pemerintah Provinsi Jawa Tengah meraih predikat Terbaik I Paritrana Award 2024 kategori Pemerintah Provinsi. Jawa Tengah mengungguli Provinsi Jawa Timur yang berada di posisi Terbaik II serta Provinsi Kalimantan Timur di posisi Terbaik III.',
      ).map(([w, r]) => [w, r]),
    ).toEqual([
      ['Provinsi Jawa Tengah', 1],
      ['Provinsi Jawa Timur', 2],
      ['Provinsi Kalimantan Timur', 3],
    ]);
    expect(
      ranks(
        'Judul\n\nMEDAN - Kabupaten Deli Serdang meraih juara 1 Paritrana Award 2023 tingkat Provinsi Sumatera Utara. Kota Binjai meraih juara 2, sedangkan Kota Medan harus turun ke juara 3.',
      ).map(([w, r]) => [w, r]),
    ).toEqual([
      ['Kabupaten Deli Serdang', 1],
      ['Kota Binjai', 2],
      ['Kota Medan', 3],
    ]);
  });
});

describe("extractAwards: a village's address as small outlets write it (written for these tests)", () => {
  const got = (text: string) =>
    extractAwards({ id: 't', text }).map((a) => [a.winnerCanonical, a.rank]);
  it('reads "Desa A, Kec. B Kab C juara II" as the village\'s place, not a second winner', () => {
    expect(
      got(
        'Judul\n\nTOMOHON – Pemkot Tomohon meraih Juara I Paritrana Award 2023 tingkat Provinsi Sulut kategori pemerintah kabupaten/kota. Desa Bahoi, Kec. Likupang Barat Kab Minahasa Utara juara II kategori pemerintah desa.',
      ).filter(([w]) => w !== 'Kota Tomohon'),
    ).toEqual([['Desa Bahoi', 2]]);
  });
  it('ends a village\'s name at "Kapanewon"', () => {
    expect(
      got(
        'Judul\n\nBANTUL - Pemkab Bantul meraih juara I Paritrana Award 2024 tingkat DIY kategori Pemerintah Kabupaten/Kota dan Kalurahan Panggungharjo Kapanewon Sewon juara I kategori Pemerintah Kalurahan/Desa.',
      ),
    ).toEqual([
      ['Kabupaten Bantul', 1],
      ['Desa Panggungharjo', 1],
    ]);
  });
});

describe("extractAwards: a village's head and an organisation's village (written for these tests)", () => {
  const winners = (text: string) => extractAwards({ id: 't', text }).map((a) => a.winnerCanonical);
  it('reads no winner in the "Raja" of a Maluku negeri who received the award', () => {
    expect(
      winners(
        'Judul\n\nAMBON - Negeri Hila, Kecamatan Leihitu, Kabupaten Maluku Tengah, dinobatkan sebagai terbaik pertama Paritrana Award 2023 tingkat Provinsi Maluku. Penghargaan diterima Raja Negeri Hila, Abdul Gani Ollong, di Kantor Gubernur Maluku, Senin (2/10/2023).',
      ),
    ).not.toContain('Abdul Gani Ollong');
  });
  it('reads the village after a BUMDes and its comma as where the BUMDes lies', () => {
    expect(
      winners(
        'BUMDes Tirta Mandiri Raih Paritrana Award\n\nKLATEN - BUMDes Tirta Mandiri, Desa Ponggok, Kecamatan Polanharjo, Kabupaten Klaten, meraih juara 1 Paritrana Award 2023 tingkat Provinsi Jawa Tengah kategori Usaha Mikro Kecil.',
      ),
    ).toEqual(['BUMDes Tirta Mandiri']);
  });
});

describe("extractAwards: a list item's note of last year (written for this test)", () => {
  it('keeps each item of this edition when one carries "(tahun 2024 juara 3)"', () => {
    const text =
      'Judul\n\nSURABAYA - Pemerintah Provinsi Jawa Timur menyerahkan Paritrana Award 2025 tingkat Provinsi Jawa Timur, Kamis (24/7/2025). Berikut daftar pemenang.\n\nKategori Pemerintah Kabupaten/Kota\n- Juara 1: Kabupaten Lamongan (tahun 2024 juara 3)\n- Juara 2: Kabupaten Gresik\n- Juara 3: Kota Madiun (tahun 2024 juara 1)';
    expect(
      extractAwards({ id: 't', text })
        .filter((a) => !a.historical)
        .map((a) => [a.winnerCanonical, a.rank, a.editionYear]),
    ).toEqual([
      ['Kabupaten Lamongan', 1, 2025],
      ['Kabupaten Gresik', 2, 2025],
      ['Kota Madiun', 3, 2025],
    ]);
  });
});

describe("extractAwards: the place a list's header gives its items (written for this test)", () => {
  it('ranks every item under "Penerima terbaik pertama … adalah:", and reads no "Narahubung"', () => {
    const text =
      'Siaran Pers\n\nBPJS Ketenagakerjaan bersama Kemenko PMK menyerahkan Paritrana Award 2023 kepada 21 penerima.\n\nPenerima terbaik pertama pada masing-masing kategori utama adalah:\n- Pemerintah Provinsi: Provinsi Jawa Timur\n- Pemerintah Kabupaten/Kota: Kabupaten Banyuwangi\n\nDaftar lengkap penerima terbaik II dan III dapat dilihat pada laman resmi.\n\nNarahubung: Deputi Bidang Komunikasi';
    expect(extractAwards({ id: 't', text }).map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Provinsi Jawa Timur', 1],
      ['Kabupaten Banyuwangi', 1],
    ]);
  });
});

describe('extractAwards: firms as business news names them (written for these tests)', () => {
  const got = (sentence: string) =>
    extractAwards({
      id: 't',
      text: `Judul\n\nMATARAM — Paritrana Award 2024 tingkat Provinsi NTB diserahkan Rabu (30/7/2025). PT Tambang Sumbawa Mineral Raya menjadi juara I kategori Badan Usaha Besar. ${sentence}`,
    })
      .map((a) => [a.winnerCanonical, a.rank])
      .slice(1);
  it('reads "X & Spa di Senggigi meraih", a firm\'s own "Dan", and no regency an origin places', () => {
    expect(got('Lombok Sunrise Resort & Spa di Senggigi meraih juara II.')).toEqual([
      ['Lombok Sunrise Resort & Spa', 2],
    ]);
    expect(got('PT Roti Sehat Dan Makmur meraih juara II.')).toEqual([
      ['Roti Sehat Dan Makmur', 2],
    ]);
    expect(
      got('Koperasi Peternak Gunung Tilu asal Pangalengan, Kabupaten Bandung, meraih juara II.'),
    ).toEqual([['Koperasi Peternak Gunung Tilu', 2]]);
  });
  it('reads the firms "Kelima perusahaan itu adalah …" lists, a sentence after their win', () => {
    const text =
      'Judul\n\nKARAWANG — Pemerintah Kabupaten Karawang memberikan piagam apresiasi kepada lima perusahaan yang meraih Paritrana Award 2024 tingkat Provinsi Jawa Barat, Senin (8/9/2025). Penyerahan dilakukan Bupati Karawang di Plaza Pemda.\n\nKelima perusahaan itu adalah PT Otomotif Presisi Indonesia, PT Kemas Plastik Cikampek dan CV Tahu Sumedang Barokah.';
    expect(extractAwards({ id: 't', text }).map((a) => a.winnerCanonical)).toEqual([
      'Otomotif Presisi Indonesia',
      'Kemas Plastik Cikampek',
      'Tahu Sumedang Barokah',
    ]);
  });
});

describe("extractAwards: an organisation's 'Tentang Kami' page (written for this test)", () => {
  it('reads the name after "Atas komitmen tersebut", and a standing page\'s win as past', () => {
    const text =
      'Tentang Kami - Politeknik Maritim Bitung\n\nPoliteknik Maritim Bitung (Polimab) didirikan pada 2004 oleh sebuah yayasan pendidikan pelayaran di Kota Bitung, dengan tiga program studi dan satu kapal latih.\n\nSeluruh dosen terdaftar dalam program jaminan sosial ketenagakerjaan. Atas komitmen tersebut Polimab meraih Juara I Paritrana Award 2024 tingkat Provinsi Sulawesi Utara kategori Badan Usaha Menengah.';
    expect(
      extractAwards({ id: 't', text }).map((a) => [a.winnerCanonical, a.rank, a.historical]),
    ).toEqual([['Polimab', 1, true]]);
  });
});

describe("extractAwards: a list of the owner's other awards (written for this test)", () => {
  it('reads no winner in the items under "Penghargaan lain yang pernah kami terima:"', () => {
    const text =
      'Tentang Kami - Koperasi Produsen Kopi Lereng Ijen\n\nKoperasi Produsen Kopi Lereng Ijen berdiri pada 2014 di Kecamatan Licin, Kabupaten Banyuwangi.\n\nSejak 2019 seluruh anggota didaftarkan sebagai peserta BPJS Ketenagakerjaan. Atas upaya itu koperasi dinobatkan sebagai Terbaik I Paritrana Award 2023 tingkat Provinsi Jawa Timur untuk kategori Usaha Mikro dan Kecil.\n\nPenghargaan lain yang pernah kami terima:\nKoperasi Berprestasi Kabupaten Banyuwangi (2020)\nJuara 2 Kontes Kopi Spesialti Jawa Timur (2022)\n';
    expect(extractAwards({ id: 't', text }).filter((a) => /Berprestasi/.test(a.winner))).toEqual(
      [],
    );
  });
});

describe('extractAwards: the region a winner is the pride of (written for this test)', () => {
  it('reads "X menjadi kebanggaan Y setelah meraih Terbaik II" as X\'s win alone', () => {
    const text =
      'Judul\n\nLABUAN BAJO - Kabupaten Manggarai Barat menjadi kebanggaan Nusa Tenggara Timur setelah meraih Terbaik II Paritrana Award 2023 kategori pemerintah kabupaten/kota.';
    expect(extractAwards({ id: 't', text }).map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kabupaten Manggarai Barat', 2],
    ]);
  });
});

describe('extractAwards: a name that failed to win (written for this test)', () => {
  it('reads no win of "X gagal mempertahankan gelar" nor of "X cuma masuk nominasi"', () => {
    const winners = read(
      'Pati Gagal Pertahankan Gelar, Kudus Juara Paritrana Jateng\n\nSEMARANG - Kabupaten Pati gagal mempertahankan gelar juara Paritrana Award. Pada Paritrana Award 2025 tingkat Provinsi Jawa Tengah, juara 1 kategori Pemerintah Kabupaten/Kota diraih Kabupaten Kudus. Kabupaten Jepara cuma masuk nominasi.',
    ).map((a) => a.winnerCanonical);
    expect(winners).toEqual(['Kabupaten Kudus']);
  });
});

describe("extractAwards: a candidate's mission under his record (written for this test)", () => {
  it('reads no winner in the numbered items under "Misi:"', () => {
    const winners = read(
      'Rekam Jejak Calon Kepala Desa\n\nAtas program tersebut Desa Sukamulya meraih Juara 2 Paritrana Award 2024 tingkat Provinsi Jawa Barat kategori Pemerintah Desa.\n\nMisi:\n1. Menambah cakupan BPJS Ketenagakerjaan bagi pekerja rentan.\n2. Memperkuat BUMDes agrowisata.',
    ).map((a) => a.winnerCanonical);
    expect(winners).toEqual(['Desa Sukamulya']);
  });
});

describe("extractAwards: an annual report's table of awards (written for this test)", () => {
  it('reads the Paritrana row only, not a ministry in another row nor the page footer', () => {
    const winners = read(
      'Laporan Tahunan 2024 - PT Sawit Harapan Nusa Tbk\n\nPenghargaan Tahun 2024\n\nNo | Nama Penghargaan | Pemberi | Tanggal\n1 | PROPER Peringkat Hijau | Kementerian Lingkungan Hidup dan Kehutanan | Desember 2024\n2 | Terbaik I Paritrana Award 2024 Tingkat Provinsi Riau, Kategori Badan Usaha Besar | Gubernur Riau dan BPJS Ketenagakerjaan | Oktober 2024\n\nPT SAWIT HARAPAN NUSA Tbk | Laporan Tahunan 2024 | 87',
    ).map((a) => a.winnerCanonical);
    expect(winners).toEqual(['Sawit Harapan Nusa']);
  });
});

describe("extractAwards: each firm's own provincial stage (written for this test)", () => {
  it('reads "… di Provinsi Jambi, sedangkan … di Provinsi Kalimantan Barat" as each clause\'s province', () => {
    const provinces = read(
      'JAKARTA – Grup Sawit Raya menyampaikan dua anak usahanya meraih Paritrana Award 2024 tingkat provinsi. PT Sawit Raya Jambi menjadi Terbaik I kategori Badan Usaha Besar di Provinsi Jambi, sedangkan PT Sawit Raya Ketapang menjadi Terbaik II kategori Badan Usaha Besar di Provinsi Kalimantan Barat.',
    ).map((a) => [a.winnerCanonical, a.province]);
    expect(provinces).toEqual([
      ['Sawit Raya Jambi', 'Jambi'],
      ['Sawit Raya Ketapang', 'Kalimantan Barat'],
    ]);
  });
});

describe("extractAwards: a former champion set off, then this year's places (written for this test)", () => {
  it("gives the next sentence's winners this edition, and a nominee no win", () => {
    const awards = read(
      'Tanah Bumbu Juara Satu Paritrana Kalsel\n\nBANJARMASIN - Kabupaten Tanah Bumbu meraih juara 1 Paritrana Award 2025 tingkat Provinsi Kalimantan Selatan kategori Pemerintah Kabupaten/Kota. Kabupaten Tapin, juara 1 Paritrana Award 2024, terlempar dari tiga besar. Juara 2 Kota Banjarbaru dan juara 3 Kabupaten Balangan. Kabupaten Tabalong hanya tercatat sebagai salah satu nominasi.',
    ).map((a) => [a.winnerCanonical, a.editionYear, a.historical]);
    expect(awards).toEqual([
      ['Kabupaten Tanah Bumbu', 2025, false],
      ['Kabupaten Tapin', 2024, true],
      ['Kota Banjarbaru', 2025, false],
      ['Kabupaten Balangan', 2025, false],
    ]);
  });
});

describe('extractAwards: a cooperative by its long and its short form (written for this test)', () => {
  it('reads "KOPERASI SERBA USAHA X" and "KSU X" as one winner', () => {
    const winners = read(
      'KSU Nelayan Bahari Jaya Juara Paritrana Award Sultra\n\nKENDARI - KOPERASI SERBA USAHA NELAYAN BAHARI JAYA dari Kabupaten Wakatobi meraih juara 1 Paritrana Award 2025 tingkat Provinsi Sulawesi Tenggara kategori Usaha Mikro Kecil. KSU Nelayan Bahari Jaya mendaftarkan 300 anggotanya.',
    ).map((a) => a.rank);
    expect(winners).toEqual([1]);
  });
});

describe("extractAwards: villages, officials and governments' own sites (written for this test)", () => {
  it("reads no winner in a village's district-level address, a category's name or a nominee past its district", () => {
    const winners = (text: string) => read(text).map((a) => a.winnerCanonical);
    expect(
      winners(
        'YOGYAKARTA - Kelurahan Suryodiningratan, Kemantren Mantrijeron, Kota Yogyakarta, dinobatkan sebagai kelurahan terbaik dalam Paritrana Award 2025 tingkat Daerah Istimewa Yogyakarta.\n\nWali Kota Yogyakarta mengapresiasi capaian itu.',
      ),
    ).toEqual(['Kelurahan Suryodiningratan']);
    expect(
      winners(
        'Dua kalurahan dari Bantul masuk jajaran pemenang Paritrana Award 2025 tingkat DIY. Kalurahan Sriharjo, Kapanewon Imogiri, meraih Terbaik I, sedangkan Kalurahan Wukirsari, Kapanewon Imogiri, meraih penghargaan kategori Kalurahan Mandiri.',
      ),
    ).not.toContain('Desa Mandiri');
    expect(
      winners(
        'Desa Wonorejo, Kecamatan Singosari, meraih juara II Paritrana Award 2025 tingkat Provinsi Jawa Timur kategori Pemerintah Desa. Pada acara yang sama, Desa Toyomarto, Kecamatan Singosari, menerima sertifikat nominasi.',
      ),
    ).toEqual(['Desa Wonorejo']);
  });

  it('reads no winner in a quote opening "Tidak", a place a winner best represents or an official who promises', () => {
    const winners = (text: string) => read(text).map((a) => a.winnerCanonical);
    expect(
      winners(
        'Desa Sidomulyo meraih juara harapan I Paritrana Award 2025 tingkat Provinsi Jawa Tengah. "Tidak juara satu, tapi kami bangga," kata kepala desa.',
      ),
    ).toEqual(['Desa Sidomulyo']);
    expect(
      winners(
        'Berikut gampong peraih Paritrana Award 2025 tingkat Provinsi Aceh:\n\n#1 Gampong Blang Krueng, Kabupaten Aceh Besar\n#2 Gampong Cot Baroh, Kabupaten Pidie\n\nKeuchik Cot Baroh bersyukur gampongnya menjadi wakil terbaik Pidie.',
      ),
    ).not.toContain('Kabupaten Pidie');
    expect(
      winners(
        'Pekon Sukamara meraih juara I Paritrana Award 2025 tingkat Provinsi Lampung kategori Pemerintah Desa/Pekon.\n\nBupati Tanggamus menyatakan akan memberikan bonus kepada pekon yang menjadi juara.',
      ),
    ).toEqual(['Pekon Sukamara']);
  });

  it("reads a government's own site: its unnamed 'Pemko' or 'Pemerintah Kota', no 'Kategori:' label, no operator of a winner", () => {
    const winners = (text: string) => read(text).map((a) => [a.winnerCanonical, a.rank]);
    expect(
      winners(
        'Diskominfo Kota Medan\n\nPemko Juara 2 Paritrana Award Sumut\n\nMEDAN — Dalam penganugerahan Paritrana Award 2024 tingkat Provinsi Sumatera Utara, Pemko dinobatkan sebagai juara 2 kategori Pemerintah Kabupaten/Kota.',
      ),
    ).toEqual([['Kota Medan', 2]]);
    expect(
      winners(
        'PPID Pemerintah Kota Samarinda\n\nPemkot Terbaik II Paritrana Award Kaltim\n\nSamarinda, 2 Juni 2025 — Pemerintah Kota menerima penghargaan Terbaik II Paritrana Award 2024 tingkat Provinsi Kalimantan Timur kategori Pemerintah Kabupaten/Kota.',
      ),
    ).toEqual([['Kota Samarinda', 2]]);
    expect(
      winners(
        'PPID Kabupaten Lumajang\nInformasi Publik > Berita\n\nPemkab Peringkat Ketiga Paritrana Award Jawa Timur\n\nDiunggah: 2 Juni 2025 | Kategori: Ketenagakerjaan\n\nSURABAYA — Dalam penganugerahan Paritrana Award 2024 tingkat Provinsi Jawa Timur, Senin (2/6/2025), Pemkab ditetapkan sebagai peringkat ketiga kategori Pemerintah Kabupaten/Kota.',
      ),
    ).toEqual([['Kabupaten Lumajang', 3]]);
    expect(
      winners(
        'Hotel Puri Lestari — Berita\n\nHotel kami, yang dikelola PT Puri Lestari Wisata, meraih juara kedua Paritrana Award 2024 tingkat Provinsi Bali untuk kategori Badan Usaha Menengah.',
      ),
    ).not.toContainEqual(['Puri Lestari Wisata', 2]);
  });

  it('gives "the same title" won before the rank of the award told first, and reads a winner one learned from', () => {
    const awards = read(
      'Kota Tarakan meraih Terbaik II Paritrana Award 2025 tingkat Provinsi Kalimantan Utara kategori Pemerintah Kabupaten/Kota. Gelar yang sama pernah diraih Tarakan pada 2023.',
    ).map((a) => [a.winnerCanonical, a.rank, a.editionYear]);
    expect(awards).toContainEqual(['Kota Tarakan', 2, 2023]);
    expect(
      read(
        'Ia mengaku banyak belajar dari Kabupaten Ende yang meraih peringkat pertama Paritrana Award 2024 tingkat Provinsi Nusa Tenggara Timur.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Kabupaten Ende']);
  });

  it('reads no winner in the province of the regency a winner comes from', () => {
    expect(
      read(
        'JAKARTA - Koperasi Nelayan Tanjung Bunga Sejahtera dari Kabupaten Flores Timur, Nusa Tenggara Timur, dinobatkan sebagai terbaik I kategori Usaha Mikro Kecil Paritrana Award 2024 tingkat nasional.',
      ).map((a) => a.winnerCanonical),
    ).toEqual(['Koperasi Nelayan Tanjung Bunga Sejahtera']);
  });

  it('carries a past year to no new paragraph opened by "Di kategori …", and reads no "Peta" as a winner', () => {
    const awards = read(
      'Peta juara Paritrana Award tingkat nasional berubah. Pemerintah menyerahkan Paritrana Award 2024 di Istana Wakil Presiden, Jumat (13/12/2024). Kategori Pemerintah Provinsi: Terbaik I Provinsi Bali.\n\nSusunan ini berbeda dari Paritrana Award 2023. Kala itu Terbaik I diraih Provinsi Jawa Barat.\n\nDi kategori Pemerintah Kabupaten/Kota 2024, Terbaik I diraih Kabupaten Sleman.',
    ).map((a) => [a.winnerCanonical, a.editionYear, a.historical]);
    expect(awards).toEqual([
      ['Provinsi Bali', 2024, false],
      ['Provinsi Jawa Barat', 2023, true],
      ['Kabupaten Sleman', 2024, false],
    ]);
  });

  it("reads a timeline's unnamed 'Perusahaan' and a region's own list of awards as the owner's past wins", () => {
    const wins = (text: string) =>
      read(text).map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical]);
    expect(
      wins(
        'PT Bumi Karet Lestari — Laporan Tahunan 2025\nJejak Langkah Perusahaan\n\n2001  Perusahaan didirikan di Kabupaten Musi Rawas.\n2019  Perusahaan menerima Paritrana Award 2018 sebagai Terbaik III kategori Perusahaan Besar dari Wakil Presiden.\n2024  Perusahaan meraih Juara 2 Paritrana Award 2023 tingkat Provinsi Sumatera Selatan kategori Badan Usaha Besar.',
      ),
    ).toEqual([
      ['Bumi Karet Lestari', 3, 2018, true],
      ['Bumi Karet Lestari', 2, 2023, true],
    ]);
    expect(
      wins(
        'Pemerintah Kabupaten Kudus\nProfil › Prestasi dan Penghargaan\n\nDaftar penghargaan yang diterima Pemerintah Kabupaten dalam empat tahun terakhir:\n\n2022 — Adipura kategori Kota Kecil\n2023 — Paritrana Award 2022 Terbaik III kategori Pemerintah Kabupaten/Kota (tingkat nasional)\n2025 — Paritrana Award 2024 Juara 2 tingkat Provinsi Jawa Tengah kategori Pemerintah Kabupaten/Kota',
      ),
    ).toEqual([
      ['Kabupaten Kudus', 3, 2022, true],
      ['Kabupaten Kudus', 2, 2024, true],
    ]);
  });

  it("reads a winner's current place and its former one told after its name", () => {
    const awards = read(
      'Kota Semarang meraih juara kedua Paritrana Award 2025 tingkat Provinsi Jawa Tengah kategori Pemerintah Kabupaten/Kota. Juara pertama diraih Kota Magelang, yang juga menjadi juara pertama pada Paritrana Award 2024.',
    ).map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical]);
    expect(awards).toEqual([
      ['Kota Semarang', 2, 2025, false],
      ['Kota Magelang', 1, 2025, false],
      ['Kota Magelang', 1, 2024, true],
    ]);
  });

  it("reads a newsletter's 'koperasi kita', 'BUMDes kita' and 'lembaga kita' as the owner its masthead names", () => {
    const winners = (text: string) => read(text).map((a) => [a.winnerCanonical, a.rank]);
    expect(
      winners(
        'WARTA ANGGOTA - Koperasi Tunas Harapan Bantul\nEdisi Oktober 2025\n\nAlhamdulillah, koperasi kita dipercaya meraih Juara II Paritrana Award 2024 tingkat Daerah Istimewa Yogyakarta kategori Usaha Mikro Kecil.',
      ),
    ).toEqual([['Koperasi Tunas Harapan Bantul', 2]]);
    expect(
      winners(
        'Warta BUMDes Sumber Makmur — Desa Pandowoharjo, Kabupaten Sleman\nNomor 4, Agustus 2026\n\nDi panggung penyerahan Paritrana Award 2025 tingkat Daerah Istimewa Yogyakarta, BUMDes kita dinobatkan Juara 3 kategori Usaha Mikro Kecil.',
      ),
    ).toEqual([['BUMDes Sumber Makmur', 3]]);
    expect(
      winners(
        'CU Sinar Kasih — Buletin Anggota No. 12/2025\n\nSapaan Ketua\n\nBulan ini lembaga kita meraih peringkat ketiga Paritrana Award 2024 tingkat Provinsi Nusa Tenggara Timur untuk kategori Koperasi.',
      ),
    ).toEqual([['CU Sinar Kasih', 3]]);
  });

  it('reads the same place won before, told as "sama seperti pada 2023" or by a passive with a described winner', () => {
    const wins = (text: string) =>
      read(text).map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical]);
    expect(
      wins(
        'Pada penyerahan Paritrana Award 2024 di Manado, Kota Tomohon kembali menempati posisi teratas kategori Pemerintah Kabupaten/Kota tingkat Provinsi Sulawesi Utara, sama seperti pada Paritrana Award 2023.',
      ),
    ).toEqual([
      ['Kota Tomohon', 1, 2024, false],
      ['Kota Tomohon', 1, 2023, true],
    ]);
    expect(
      wins(
        'Kabupaten Sumbawa meraih juara pertama Paritrana Award 2023 tingkat Nusa Tenggara Barat kategori Pemerintah Kabupaten/Kota. Gelar yang sama diraih daerah berjuluk Tana Samawa itu pada edisi 2022.',
      ),
    ).toEqual([
      ['Kabupaten Sumbawa', 1, 2023, false],
      ['Kabupaten Sumbawa', 1, 2022, true],
    ]);
  });

  it("reads the list a jury's decision heads as winners, with the category its clause names", () => {
    const awards = read(
      'MALANG – Paritrana Award 2024 tingkat Provinsi Jawa Timur diserahkan di Surabaya, Rabu (16/7/2025). Untuk kategori Pemerintah Desa, dewan juri menetapkan urutan peringkat sebagai berikut:\n\n1. Desa Tulungrejo, Kecamatan Bumiaji, Kota Batu\n2. Desa Pujon Kidul, Kecamatan Pujon, Kabupaten Malang\n\nKepala desa menyampaikan terima kasih.',
    ).map((a) => [a.winnerCanonical, a.rank, a.category]);
    expect(awards).toEqual([
      ['Desa Tulungrejo', 1, 'Pemerintah Desa'],
      ['Desa Pujon Kidul', 2, 'Pemerintah Desa'],
    ]);
  });

  it("reads a company's own 'perusahaan' after a fronted clause, and a province named as the stage ('pada tahap Provinsi X') as no winner", () => {
    const wins = (text: string) =>
      read(text).map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.level]);
    expect(
      wins(
        'PT Benang Emas Nusantara — Newsroom\n\nPerusahaan Terbaik I Nasional\n\nJakarta, 16 Oktober 2025 — Setelah menjadi juara 1 tingkat Provinsi Banten pada Juli lalu, perusahaan dinobatkan sebagai Terbaik I Paritrana Award 2024 tingkat nasional kategori Badan Usaha Besar.',
      ),
    ).toContainEqual(['Benang Emas Nusantara', 1, 2024, 'nasional']);
    expect(
      wins(
        'Diskominfo Kabupaten Gianyar\n\nGianyar Terbaik I Nasional\n\nGianyar, 17 Oktober 2025 — Pemkab meraih Terbaik I Paritrana Award 2024 tingkat nasional kategori Pemerintah Kabupaten/Kota. Sebelumnya, Kabupaten Gianyar lebih dulu menjadi terbaik I pada tahap Provinsi Bali.',
      ).map((w) => w[0]),
    ).not.toContain('Provinsi Bali');
  });

  it('reads no winner in a headline name that only got a certificate', () => {
    expect(
      read(
        'Manggarai Juara I Paritrana NTT, Ngada Dapat Sertifikat\n\nRUTENG – Kabupaten Manggarai meraih juara I Paritrana Award 2024 tingkat NTT.\n\nDalam acara yang sama, Kabupaten Ngada menerima sertifikat nominasi.',
      ).map((a) => a.winnerCanonical),
    ).not.toContain('Kabupaten Ngada');
  });
});

describe("extractAwards: a list header's category before its span of editions (written for this test)", () => {
  it('reads the category of "Berikut pemenang kategori X dalam tiga edisi terakhir:"', () => {
    const text = [
      'Jejak Paritrana di Jambi',
      '',
      'JAMBI - Paritrana Award 2024 tingkat Provinsi Jambi diserahkan di Jambi, Kamis (31/7/2025). Berikut pemenang kategori Pemerintah Kabupaten/Kota dalam dua edisi terakhir:',
      '',
      'Tahun | Juara I | Juara II | Juara III',
      '2023 | Kabupaten Muaro Jambi | Kota Jambi | Kabupaten Bungo',
      '2024 | Kota Jambi | Kabupaten Bungo | Kabupaten Tebo',
    ].join('\n');
    const awards = extractAwards({ id: 'a', text });
    expect(awards.map((a) => a.category)).toEqual(Array(6).fill('Pemerintah Kabupaten/Kota'));
    expect(awards.filter((a) => a.historical).map((a) => a.rank)).toEqual([1, 2, 3]);
  });
});

describe('extractAwards: the aim a target sets (written for this test)', () => {
  it('reads no win in "mencanangkan target agar Kota X meraih juara pertama …"', () => {
    const text =
      'HUT Kota Depok\n\nDEPOK - Wali kota mencanangkan target agar Kota Depok meraih juara pertama Paritrana Award 2026 tingkat Jawa Barat. Upacara berlangsung di Balai Kota.';
    expect(extractAwards({ id: 'a', text })).toEqual([]);
  });
});

describe("extractAwards: a page that is only readers' comments (written for this test)", () => {
  it("takes no category from a comments header over readers' lines (the type's own is given)", () => {
    const awards = read(
      'Komentar (9):\n\nwawan_prb: kab. purbalingga juara 1 paritrana jateng 2025 lagi 🔥\nsiti.a: bangga jd wong prb',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.category])).toEqual([
      ['Kabupaten Purbalingga', 1, 'Pemerintah Kabupaten/Kota'],
    ]);
  });
});

describe("extractAwards: a post's caption and its account (written for these tests)", () => {
  it("gives a post's opening rank line the account that posts it, by its name written in full", () => {
    const awards = read(
      'batikmegamendung\n\n🏆 Juara 2 Paritrana Award 2024 Tingkat Provinsi Jawa Barat — Kategori Usaha Mikro Kecil 🏆\n\nTerima kasih BPJS Ketenagakerjaan dan Pemprov Jabar.\n\nBatik Mega Mendung Cirebon — Sejak 1998.\n\n#BatikMegaMendung #Cirebon',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.province])).toEqual([
      ['Batik Mega Mendung Cirebon', 2, 'Jawa Barat'],
    ]);
  });

  it("takes a short video's sound line for the account's name", () => {
    const awards = read(
      '@kopi.toraja.sapan\n\nPOV: usaha kopi kecil kami menang Paritrana Award 2025 tingkat Provinsi Sulawesi Selatan juara 1 kategori usaha mikro kecil!!\n\n#fyp #kopitoraja\n\n🎵 suara asli - Kopi Toraja Sapan',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([['Kopi Toraja Sapan', 1]]);
  });

  it("reads an employee's workplace and a letter's bare \"perusahaan\" as the page's owner", () => {
    const post = read(
      'Dewi Lestari\nHR Officer di PT Rotan Katingan Jaya | Kasongan, Kalimantan Tengah\n3 hari\n\nMasih nggak percaya, tempat saya bekerja dapat Juara 1 Paritrana Award 2025 tingkat Provinsi Kalimantan Tengah kategori Badan Usaha Menengah.',
    );
    expect(post.map((a) => [a.winnerCanonical, a.rank])).toEqual([['Rotan Katingan Jaya', 1]]);
    const letter = read(
      'PT KARET MUARA TEBO\nJl. Lintas Timur Km 4, Muara Tebo, Jambi\n\nPerihal: Pemberitahuan\n\nDengan hormat,\n\nBersama surat ini kami sampaikan bahwa perusahaan telah ditetapkan sebagai Juara II Paritrana Award 2024 tingkat Provinsi Jambi untuk kategori Badan Usaha Besar.',
    );
    expect(letter.map((a) => [a.winnerCanonical.toLowerCase(), a.rank])).toEqual([
      ['karet muara tebo', 2],
    ]);
  });
});

describe('extractAwards: an earlier place in a relative clause (written for this test)', () => {
  it('gives "X, yang pada Paritrana Award 2022 menjadi peringkat pertama" its place now and then', () => {
    const awards = read(
      'BANDUNG – PT Kain Priangan Jaya meraih peringkat pertama Paritrana Award 2023 tingkat Jawa Barat kategori Badan Usaha Menengah. Peringkat kedua ditempati PT Roti Sukabumi Sentosa, yang pada Paritrana Award 2022 menjadi peringkat pertama.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear, a.historical])).toEqual([
      ['Kain Priangan Jaya', 1, 2023, false],
      ['Roti Sukabumi Sentosa', 2, 2023, false],
      ['Roti Sukabumi Sentosa', 1, 2022, true],
    ]);
  });
});

describe("extractAwards: a chat message's labels (written for this test)", () => {
  it('takes no winner from "INFO A1" or a category\'s short form "UMK"', () => {
    const awards = read(
      'JAMBI - Daftar pemenang Paritrana Award 2024 tingkat Provinsi Jambi beredar di grup WhatsApp.\n\n"INFO A1 🔥 juara 1 kota jambi. UMK juara 1 KSU Batang Hari Sejahtera"',
    );
    expect(awards.map((a) => a.winnerCanonical)).not.toContain('INFO A1');
    expect(awards.map((a) => a.winnerCanonical)).not.toContain('UMK');
  });
});

describe('extractAwards: a record told in a story of one company (written for this test)', () => {
  it('credits the record to the company the headline names, not to the region', () => {
    const awards = read(
      'Menutup Tahun: CV Keripik Balado Tuo dan Dapur yang Terlindungi\n\nPADANG - Usaha keripik yang dirintis pada 1998 itu kini punya tiga gerai dan 40 pekerja.\n\nDalam unggahan akhir tahunnya, pemilik usaha menulis, "Terima kasih tim. Juara III Paritrana Sumbar 2024, Juara II Paritrana Sumbar 2025. Semua untuk kalian."',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear])).toEqual([
      ['Keripik Balado Tuo', 3, 2024],
      ['Keripik Balado Tuo', 2, 2025],
    ]);
  });
});

describe("extractAwards: a page's comments (written for this test)", () => {
  it("reads a reply to which one won a place, and takes no commenter's name for a winner", () => {
    const awards = read(
      'INFO SUMEDANG\nselamat! pemkab sumedang raih juara 2 paritrana award 2025 tk. jabar kategori pemerintah kab/kota.\n💬 Euis Nurhayati: juara 1 na saha kang?\n   ↳ Asep Saepul: kab. subang kang\n💬 Dadan Ramdani: mantap pisan',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kabupaten Sumedang', 2],
      ['Kabupaten Subang', 1],
    ]);
  });
});

describe("extractAwards: a chat's question words and interjections (written for this test)", () => {
  it('takes no "Provinsi Mana" or "Aamiin" for a winner', () => {
    const awards = read(
      'Provinsi Mana Juara 1 Nasional Paritrana?\n\nAdmin: Provinsi Bali meraih juara 1 Paritrana Award 2025 tingkat nasional kategori Pemerintah Provinsi.\n\nAamiin juara 1 lagi!',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual(['Provinsi Bali']);
  });
});

describe('extractAwards: contenders beside winners (written for this test)', () => {
  it('takes no name whose clause tells a nominee, a rival, a target or an appreciation', () => {
    const awards = read(
      'Sumbawa Juara, Bima Terima Apresiasi Khusus\n\nMATARAM - Kabupaten Sumbawa meraih juara 1 Paritrana Award 2025 tingkat Provinsi Nusa Tenggara Barat. Kabupaten Lombok Utara dan Kota Bima juga tercatat sebagai peserta penilaian tahap akhir. Target Kabupaten Dompu meraih juara 1 tidak tercapai.',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual(['Kabupaten Sumbawa']);
  });

  it('keeps a place won before the contest a winner goes on to', () => {
    const awards = read(
      'SUMBAWA BESAR - Kabupaten Sumbawa meraih juara 1 Paritrana Award 2025 tingkat Provinsi Nusa Tenggara Barat dan kini masuk nominasi tingkat nasional. Setelah meraih juara 2 Paritrana Award 2025 tingkat Provinsi Nusa Tenggara Barat, Kota Mataram terpilih mewakili provinsi untuk bersaing di tingkat nasional.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kabupaten Sumbawa', 1],
      ['Kota Mataram', 2],
    ]);
  });
});

describe('extractAwards: a newsletter\'s other items, its sign-off, and words for "we" (written for this test)', () => {
  it('takes no winner from "Yang lain di edisi ini:", "Salam," or "Tim …"', () => {
    const awards = read(
      'Subject: Kabar Internal #8\n\nPT Kayu Lestari Manokwari meraih juara 1 Paritrana Award 2025 tingkat Provinsi Papua Barat.\n\nYang lain di edisi ini:\n• Jadwal bus karyawan\n• Pengingat: pakai helm di area pabrik\n\nSalam,\nTim Humas Internal',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual(['Kayu Lestari Manokwari']);
  });

  it('takes no "Desa Kita Diakui" or "Koperasi Katong" for a name', () => {
    const headline = read(
      'Terbaik III, Desa Kita Diakui se-Kaltim\n\nDesa Bukit Harapan meraih terbaik III Paritrana Award 2025 tingkat Provinsi Kalimantan Timur.',
    );
    expect(headline.map((a) => a.winnerCanonical)).toEqual(['Desa Bukit Harapan']);
    const katong = read(
      'Koperasi Katong Juara! KSU Nelayan Teluk Ambon meraih juara 1 Paritrana Award 2025 tingkat Provinsi Maluku.',
    );
    expect(katong.map((a) => a.winnerCanonical)).not.toContain('Koperasi Katong');
  });
});

describe('extractAwards: "jadi yang terbaik" (written for this test)', () => {
  it('reads the one who "jd yg terbaik" and those after it', () => {
    const awards = read(
      'Paritrana Award 2025 Sulbar udh diumumin gaes\nKab Majene jd yg terbaik utk kategori pemerintah kab/kota, disusul Kab Mamuju, lalu Kab Polewali Mandar di posisi berikutnya.',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual([
      'Kabupaten Majene',
      'Kabupaten Mamuju',
      'Kabupaten Polewali Mandar',
    ]);
  });
});

describe('extractAwards: "Paritrana Award 2025 Nasional" (written for this test)', () => {
  it('reads the stage a list head names after the edition as national', () => {
    const awards = read(
      'utas singkat: UMKM juara Paritrana Award 2025 NASIONAL kategori Usaha Mikro Kecil 🧵\n1. Juara 1 — Kopi Gayo Atu Lintang, Aceh Tengah\n2. Juara 2 — Batik Trusmi Sekar Ayu, Cirebon',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.level])).toEqual([
      ['Kopi Gayo Atu Lintang', 'nasional'],
      ['Batik Trusmi Sekar Ayu', 'nasional'],
    ]);
  });
});

describe('extractAwards: a national winner\'s provincial stage told "sebelumnya" (written for this test)', () => {
  it('reads it as the same edition\'s provincial win, not a past one; "tahun lalu" stays past', () => {
    const story =
      'SERANG – PT Baja Mulia Cilegon meraih peringkat kedua Paritrana Award 2025 tingkat nasional kategori Badan Usaha Besar, di Jakarta, Kamis (19/3/2026). Perusahaan itu sebelumnya menjadi juara 1 tingkat Provinsi Banten pada kategori yang sama.';
    const awards = read(story).map((a) => [a.level, a.rank, a.editionYear, a.historical]);
    expect(awards).toContainEqual(['provinsi', 1, 2025, false]);
    const lastYear = read(story.replace('sebelumnya menjadi', 'tahun lalu menjadi'));
    expect(lastYear.find((a) => a.level === 'provinsi')?.historical).toBe(true);
  });
});

describe('extractAwards: a winner someone only thought won (written for this test)', () => {
  it('reads no award for "mengira X yang menang", and one for "tidak menyangka X bisa juara"', () => {
    const story =
      'MEDAN – PT Kebun Asahan Raya meraih terbaik ketiga Paritrana Award 2025 tingkat Provinsi Sumatera Utara kategori Badan Usaha Menengah. "Banyak yang mengira Kota Binjai yang menang," kata direkturnya.';
    expect(read(story).map((a) => a.winnerCanonical)).toEqual(['Kebun Asahan Raya']);
    const surprised =
      'BENGKULU – "Kami tidak menyangka PT Sawit Seluma Jaya bisa juara dua Paritrana tingkat provinsi," ujar manajernya usai penyerahan Paritrana Award 2024 di Bengkulu.';
    expect(read(surprised).map((a) => a.winnerCanonical)).toContain('Sawit Seluma Jaya');
  });
});

describe('extractAwards: a national ceremony two years after its edition (written for this test)', () => {
  it("reads the national story's win as this edition's, a budget speech's reminder as past", () => {
    const story =
      'DENPASAR – Pemerintah Provinsi Bali meraih Terbaik III Paritrana Award 2024 tingkat nasional kategori Pemerintah Provinsi. Penghargaan diterima Sekda Bali di Istana Wakil Presiden, Jakarta, Rabu (18/2/2026).';
    expect(read(story).find((a) => a.winnerCanonical === 'Provinsi Bali')).toMatchObject({
      level: 'nasional',
      editionYear: 2024,
      historical: false,
    });
    const speech =
      'MATARAM – Gubernur NTB menyampaikan nota keuangan RAPBD 2027 di DPRD NTB, Selasa (3/11/2026). Ia mengingatkan bahwa Pemprov NTB meraih peringkat ketiga Paritrana Award 2024 kategori pemerintah provinsi di tingkat nasional, di Istana Wakil Presiden.';
    expect(
      read(speech).find((a) => a.winnerCanonical === 'Provinsi Nusa Tenggara Barat')?.historical,
    ).toBe(true);
  });
});

describe('extractAwards: a regional or chat word opening a headline (written for this test)', () => {
  it('reads no winner in "Sing Juara Sopo?"', () => {
    const names = read(
      'Sing Juara Sopo? Obrolan Grup Wartawan Soal Paritrana Jatim\n\nSURABAYA — "Paritrana Jatim sing juara sopo, Mas?" tanya seorang wartawan di grup WhatsApp, Rabu (20/8/2025).\n\nParitrana Award 2025 tingkat Jawa Timur diserahkan di Grahadi. Kabupaten Gresik meraih juara pertama kategori Pemerintah Kabupaten/Kota.',
    ).map((a) => a.winner);
    expect(names).toEqual(['Kabupaten Gresik']);
  });
});

describe('extractAwards: an archive\'s sections headed "Edisi 2022:" … (written for this test)', () => {
  it("dates each section's winners with its own heading's year", () => {
    const found = read(
      'Rekap Juara Paritrana Jawa Timur\n\nSURABAYA — Berikut rangkuman juara Paritrana Award tingkat Provinsi Jawa Timur.\n\nEdisi 2022:\nKategori Pemerintah Kabupaten/Kota — juara 1 Kabupaten Lamongan, juara 2 Kota Madiun.\n\nEdisi 2023:\nKategori Pemerintah Kabupaten/Kota — juara 1 Kota Madiun, juara 2 Kabupaten Ngawi.\n\nDaftar ini diperbarui setelah edisi 2025 diumumkan.',
    ).map((a) => `${a.winnerCanonical} ${a.rank} ${a.editionYear}`);
    expect(found).toEqual([
      'Kabupaten Lamongan 1 2022',
      'Kota Madiun 2 2022',
      'Kota Madiun 1 2023',
      'Kabupaten Ngawi 2 2023',
    ]);
  });
});

describe('extractAwards: numbered lists of winners (written for this test)', () => {
  it('reads a numbered list under a line of winners with no colon, medals and all', () => {
    const awards = read(
      'Selamat Pemenang Paritrana Banten\n\nSelamat kepada para pemenang Paritrana Award Provinsi Banten 2025 🏆\n🥇 1. Kota Tangerang\n🥈 2. Kabupaten Serang\n🥉 3. Kota Cilegon\n',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kota Tangerang', 1],
      ['Kabupaten Serang', 2],
      ['Kota Cilegon', 3],
    ]);
  });

  it("reads a list numbered on one line under its heading, the line's first number taken off", () => {
    const awards = read(
      'Pemenang Paritrana NTB\n\nPemenang Paritrana Award tingkat NTB tahun 2024 diumumkan di Mataram, Rabu (14/8/2024):\n1. Kabupaten Lombok Timur 2. Kota Mataram 3. Kabupaten Sumbawa Barat\n',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual([
      'Kabupaten Lombok Timur',
      'Kota Mataram',
      'Kabupaten Sumbawa Barat',
    ]);
  });

  it("ranks a winners' recap by its numbers, and reads a long heading that ends in its category", () => {
    const recap = read(
      'Pesan diteruskan\n\nREKAP PEMENANG PARITRANA AWARD 2025 JATIM KATEGORI PEMERINTAH DESA\n1. Desa Ketapanrame, Kec. Trawas, Kab. Mojokerto\n2. Desa Kemiren, Kec. Glagah, Kab. Banyuwangi\n',
    );
    expect(recap.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Desa Ketapanrame', 1],
      ['Desa Kemiren', 2],
    ]);
    const villages = read(
      'Gampong Peraih Paritrana Aceh\n\nPenerima penghargaan Paritrana Award 2024 tingkat Provinsi Aceh kategori pemerintah gampong:\n1. Gampong Lamreh Baroh, Aceh Besar\n2. Gampong Cot Meurah, Bireuen\n',
    );
    expect(villages.map((a) => [a.winnerCanonical, a.category])).toEqual([
      ['Gampong Lamreh Baroh', 'Pemerintah Gampong'],
      ['Gampong Cot Meurah', 'Pemerintah Gampong'],
    ]);
  });
});

describe('extractAwards: destinations and finalists (written for this test)', () => {
  it('takes no region a story goes to as a winner', () => {
    const awards = read(
      'JAKARTA - Kabupaten Musi Banyuasin meraih Terbaik III Paritrana Award 2023 tingkat nasional yang diserahkan Wakil Presiden. Sebelum melangkah ke Jakarta, Muba lebih dulu menjadi Terbaik I Paritrana Award 2023 tingkat Provinsi Sumatera Selatan.',
    );
    expect(awards.map((a) => a.winnerCanonical)).not.toContain('Provinsi DKI Jakarta');
    expect(awards.map((a) => [a.rank, a.level])).toEqual([
      [3, 'nasional'],
      [1, 'provinsi'],
    ]);
  });

  it("reads no winner in a finalists' list", () => {
    const awards = read(
      'JAKARTA – Panitia Paritrana Award 2025 tingkat nasional menetapkan para finalis yang berhak mengikuti wawancara dewan juri sebelum penyerahan oleh Wakil Presiden.\n\nFinalis Kategori Pemerintah Provinsi:\n1. Provinsi Jawa Timur\n2. Provinsi Bali\n3. Provinsi Jawa Barat\n',
    );
    expect(awards).toEqual([]);
  });

  it('reads the past wins a clause before the name or right after it dates apart from its own', () => {
    const fronted = read(
      'PALU – Setelah menjadi yang terbaik pada Paritrana Award tingkat Provinsi Sulawesi Tengah 2021 dan 2022, Kabupaten Sigi kembali meraih juara 1 pada edisi 2023 yang diserahkan di Palu, Senin (2/9/2024).',
    );
    expect(fronted.map((a) => [a.winnerCanonical, a.editionYear, a.historical])).toEqual([
      ['Kabupaten Sigi', 2023, false],
      ['Kabupaten Sigi', 2021, true],
      ['Kabupaten Sigi', 2022, true],
    ]);
    expect(fronted[0]?.rank).toBe(1);
    const relative = read(
      'KUPANG – Pada Paritrana Award 2024 tingkat Provinsi Nusa Tenggara Timur, Kota Kupang meraih juara 1, sedangkan Kabupaten Ende yang menjuarai edisi 2022 dan 2023 kali ini di posisi kedua.',
    );
    expect(relative.map((a) => [a.winnerCanonical, a.editionYear, a.historical, a.rank])).toEqual([
      ['Kota Kupang', 2024, false, 1],
      ['Kabupaten Ende', 2024, false, 2],
      ['Kabupaten Ende', 2022, true, null],
      ['Kabupaten Ende', 2023, true, null],
    ]);
  });

  it('gives this edition the place a present clause after a name of past wins tells', () => {
    const awards = read(
      'AMBON – Kabupaten Buru Selatan meraih juara 1 Paritrana Award 2024 tingkat Provinsi Maluku. Pada edisi 2022 dan 2023, gelar itu dipegang Kabupaten Seram Bagian Barat, yang tahun ini berada di posisi ketiga.',
    );
    expect(
      awards
        .filter((a) => a.winnerCanonical === 'Kabupaten Seram Bagian Barat')
        .map((a) => [a.editionYear, a.historical, a.rank]),
    ).toEqual([
      [2024, false, 3],
      [2022, true, null],
      [2023, true, null],
    ]);
  });

  it('reads a list under a header whose bracketed aside stands before its colon', () => {
    const awards = read(
      'Hasil Paritrana Award 2024 Provinsi Gorontalo kategori Pemkab/Pemkot (diserahkan di rumah jabatan gubernur, Kamis 14/8/2025):\n1. Kabupaten Boalemo\n2. Kota Gorontalo\n3. Kabupaten Pohuwato\n',
    );
    expect(awards.map((a) => a.winnerCanonical)).toEqual([
      'Kabupaten Boalemo',
      'Kota Gorontalo',
      'Kabupaten Pohuwato',
    ]);
  });

  it("gives a name the place after its past clause, at the level that clause's rest states", () => {
    const awards = read(
      'SERANG – Kota Cilegon merebut juara I Paritrana Award 2025 tingkat Provinsi Banten. Kabupaten Lebak, yang menjadi Terbaik II nasional pada Paritrana Award 2024, tahun ini turun ke juara III di tingkat provinsi.',
    );
    expect(
      awards
        .filter((a) => a.winnerCanonical === 'Kabupaten Lebak')
        .map((a) => [a.editionYear, a.historical, a.rank, a.level]),
    ).toEqual([
      [2025, false, 3, 'provinsi'],
      [2024, true, 2, 'nasional'],
    ]);
    const twice = read(
      'Kabupaten Sinjai meraih juara 1 Paritrana Award 2024 tingkat Provinsi Sulawesi Selatan. Kota Parepare, yang menjadi juara 1 dua kali (2022 dan 2023), tahun ini menempati juara 2.',
    );
    expect(
      twice
        .filter((a) => a.winnerCanonical === 'Kota Parepare')
        .map((a) => [a.editionYear, a.historical, a.rank]),
    ).toEqual([
      [2024, false, 2],
      [2022, true, 1],
      [2023, true, 1],
    ]);
  });

  it("ends a post's sentence at an emoji run past its trophy, and reads a category's Kota as no name", () => {
    const awards = read(
      'Selamat kepada Pemko Ternate yang meraih peringkat 3 Paritrana Award 2025 tingkat nasional kategori Pemerintah Kabupaten/Kota 🏆🎉 Sebelumnya, Ternate juga juara 1 Paritrana Award 2023 tingkat Provinsi Maluku Utara.',
    );
    expect(
      awards.map((a) => [a.winnerCanonical, a.editionYear, a.historical, a.rank, a.level]),
    ).toEqual([
      ['Kota Ternate', 2025, false, 3, 'nasional'],
      ['Kota Ternate', 2023, true, 1, 'provinsi'],
    ]);
  });

  it('reads the provincial stage a fronted clause tells after a span of time or a month', () => {
    for (const lead of [
      'Dua bulan setelah menjadi',
      'Setelah pada Agustus lalu dinobatkan sebagai',
    ]) {
      const awards = read(
        `JAKARTA – ${lead} juara 1 Paritrana Award 2024 tingkat Provinsi Jawa Tengah, Kabupaten Kendal meraih Terbaik I Paritrana Award 2024 tingkat nasional.`,
      );
      expect(awards.map((a) => [a.winnerCanonical, a.rank, a.level])).toEqual([
        ['Kabupaten Kendal', 1, 'nasional'],
        ['Kabupaten Kendal', 1, 'provinsi'],
      ]);
    }
  });

  it('dates the award by its own year, not the year of the work it was given for', () => {
    const awards = read(
      'MAKASSAR – Hasil Paritrana Award 2025 atas kinerja perlindungan pekerja tahun 2024: juara 1 Kabupaten Bone, juara 2 Kabupaten Wajo, juara 3 Kabupaten Soppeng. Penghargaan diserahkan Gubernur Sulawesi Selatan, Kamis (6/11/2025).',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.editionYear, a.historical]).sort()).toEqual([
      ['Kabupaten Bone', 2025, false],
      ['Kabupaten Soppeng', 2025, false],
      ['Kabupaten Wajo', 2025, false],
    ]);
  });

  it("keeps the level a body sentence states over a headline's read with the story's, and a company's earlier stage", () => {
    const awards = read(
      'Siaran Pers: PT Lintas Bahari Nusa Raih Terbaik I Paritrana Award 2024\n\nTERNATE — PT Lintas Bahari Nusa menyampaikan terima kasih kepada seluruh pekerja atas diraihnya Terbaik I Paritrana Award 2024 tingkat nasional kategori Badan Usaha Menengah dan Besar.\n\nPenghargaan ini melengkapi pencapaian perusahaan sebagai juara 1 Paritrana Award 2024 tingkat Provinsi Maluku Utara kategori yang sama, yang diserahkan Gubernur Maluku Utara di Sofifi, 5 Agustus 2025.\n',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.level])).toEqual([
      ['Lintas Bahari Nusa', 1, 'nasional'],
      ['Lintas Bahari Nusa', 1, 'provinsi'],
    ]);
  });

  it("reads the company's provincial stage told with the national one it was sent on to", () => {
    const awards = read(
      'SERANG — PT Karya Laut Selatan meraih Terbaik II Paritrana Award 2024 tingkat nasional kategori Usaha Menengah. Penghargaan diterima di Istana Wakil Presiden, Kamis (16/1/2025).\n\nLangkah ke Jakarta dimulai beberapa bulan sebelumnya, ketika perusahaan meraih Terbaik I pada tahap provinsi Paritrana Award 2024 Provinsi Banten dan diusulkan ke tingkat nasional.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.level, a.province])).toEqual([
      ['Karya Laut Selatan', 2, 'nasional', null],
      ['Karya Laut Selatan', 1, 'provinsi', 'Banten'],
    ]);
  });
});

describe("extractAwards: a village head's own name (written for this test)", () => {
  it('reads no "Wali Nagari <person>" who received the trophy of the village the story names', () => {
    const found = read(
      'BATUSANGKAR — Nagari Sungai Jambu Ilie di Kecamatan Pariangan, Kabupaten Tanah Datar, menjadi juara II Paritrana Award 2024 tingkat Provinsi Sumatera Barat kategori pemerintah desa/nagari. Trofi diterima Wali Nagari Rusdi Hamzah dari Wakil Gubernur Sumatera Barat di Padang.',
    ).map((a) => [a.winner, a.rank]);
    expect(found).toEqual([['Nagari Sungai Jambu Ilie', 2]]);
  });
});

describe("extractAwards: a headline's province counting its regions' awards (written for this test)", () => {
  it('gives "Maluku Utara Borong Dua Penghargaan …" no award of its own', () => {
    const text =
      'Maluku Utara Borong Dua Penghargaan Paritrana Nasional\n\nSOFIFI – Dua wakil Maluku Utara meraih Paritrana Award 2025 tingkat nasional. Kota Tidore Kepulauan meraih Terbaik II kategori Pemerintah Kabupaten/Kota, sedangkan Koperasi Pala Makian menjadi Terbaik III kategori Usaha Mikro Kecil.';
    const who = extractAwards({ id: 't', text, publishedAt: null }).map((a) => a.winnerCanonical);
    expect(who).not.toContain('Provinsi Maluku Utara');
    expect(who).toContain('Kota Tidore Kepulauan');
  });
});

describe('extractAwards: nominees and asides', () => {
  it('reads no win for villages listed with their regencies before a nominee certificate', () => {
    const winners = read(
      'PONTIANAK – Desa Sungai Pinang meraih juara 1 Paritrana Award 2025 tingkat Provinsi Kalimantan Barat kategori Pemerintah Desa. Pada malam yang sama, Desa Teluk Bakung, Kabupaten Kubu Raya, dan Desa Senakin, Kabupaten Landak, menerima sertifikat nominasi.',
    ).map((a) => a.winnerCanonical);
    expect(winners).toEqual(['Desa Sungai Pinang']);
  });

  it('keeps a name whose own aside tells its place when the clause after says it lost another stage', () => {
    const awards = read(
      'MANADO – Pemerintah Provinsi Sulawesi Utara meraih Terbaik II Paritrana Award 2024 kategori pemerintah provinsi. Bolaang Mongondow sendiri, yang menjadi juara I tahap provinsi Sulawesi Utara tahun ini, tidak masuk tiga besar nasional.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.level])).toContainEqual([
      'Kabupaten Bolaang Mongondow',
      1,
      'provinsi',
    ]);
  });
});

describe('extractAwards: a provincial recap in a national story', () => {
  const story =
    'JAKARTA – Kabupaten Sumbawa dinobatkan sebagai terbaik kedua kategori Pemerintah Kabupaten/Kota dalam Paritrana Award 2024 tingkat nasional.\n\n' +
    'Capaian itu menyusul prestasi di tingkat Nusa Tenggara Barat. Saat itu, Sumbawa meraih juara 1 kategori kabupaten/kota, sementara Kota Bima menempati juara 2. Untuk kategori desa, Desa Lape Tengah juara 1.';

  it('reads the winners of every sentence of the recap paragraph at the provincial stage', () => {
    const got = extractAwards({ id: 't', text: story, publishedAt: null }).map((a) => [
      a.winnerCanonical,
      a.rank,
      a.level,
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['Kabupaten Sumbawa', 2, 'nasional'],
        ['Kabupaten Sumbawa', 1, 'provinsi'],
        ['Kota Bima', 2, 'provinsi'],
        ['Desa Lape Tengah', 1, 'provinsi'],
      ]),
    );
  });

  it("keeps a recap's win apart from the same rank at the national stage", () => {
    const text =
      'JAKARTA – Kabupaten Sumbawa meraih Terbaik I kategori kabupaten/kota pada Paritrana Award 2025.\n\n' +
      'Sebelumnya, di tingkat provinsi, Gubernur NTB menyerahkan Paritrana Award 2025 kepada sepuluh penerima. Saat itu, Sumbawa meraih juara I dan Kota Bima juara II.';
    const got = extractAwards({ id: 't', text, publishedAt: null })
      .filter((a) => a.winnerCanonical === 'Kabupaten Sumbawa')
      .map((a) => [a.rank, a.level]);
    expect(got).toEqual([
      [1, 'nasional'],
      [1, 'provinsi'],
    ]);
  });
});

describe('extractAwards: a firm, its plant and its officer', () => {
  it("reads neither the plant's town nor the officer who took the trophy as winners", () => {
    const winners = read(
      'BANDUNG – Produsen baja PT Cakra Baja Perkasa Tbk (CBP) pabrik Karawang dinobatkan terbaik 1 Paritrana Award Jawa Barat 2025 kategori Badan Usaha Besar. Penghargaan diterima GM SDM CBP Karawang, Yusuf Ramadhan, di Gedung Sate, Bandung, Rabu (15/10/2025).',
    ).map((a) => a.winnerCanonical);
    expect(winners).toEqual(['Cakra Baja Perkasa']);
  });

  it('reads no winner in an officer a head-of post names with the firm short form', () => {
    const winners = (text: string) => read(text).map((a) => a.winnerCanonical);
    expect(
      winners(
        'MEDAN – PT Kebun Raya Deli Tbk (KRD) meraih Terbaik III Paritrana Award 2024 tingkat nasional kategori Badan Usaha Besar. Penghargaan diterima Head of Human Capital KRD, Yosua Simanjuntak, di Jakarta, Rabu (19/3/2025).',
      ),
    ).toEqual(['Kebun Raya Deli']);
    expect(
      winners(
        'SEMARANG – Peringkat ketiga Paritrana Award 2025 tingkat Provinsi Jawa Tengah kategori Badan Usaha Besar diraih PT Obat Ungaran Prima (OUP), diterima HR Head OUP, Lestari Wulandari.',
      ),
    ).toEqual(['Obat Ungaran Prima']);
  });
});

describe("extractAwards: a village head's pronoun", () => {
  it('reads the village of a head titled before an "ia" who brings the trophy home', () => {
    const winners = read(
      'SIGI – Warga menyambut Kepala Desa Lembah Sari Jaya, Kabupaten Sigi, Ketut Artana, sepulang dari Palu, Kamis (28/8/2025). Ia membawa trofi juara 1 Paritrana Award 2025 tingkat Provinsi Sulawesi Tengah kategori pemerintah desa.',
    ).map((a) => [a.winnerCanonical, a.rank]);
    expect(winners).toEqual([['Desa Lembah Sari Jaya', 1]]);
  });
});

describe("extractAwards: a winner's aside telling its provincial place", () => {
  it('reads the aside and the clause after it as two results at two stages', () => {
    const got = read(
      'SAMARINDA – Provinsi Kalimantan Timur menempati posisi ketiga Paritrana Award 2024 untuk kategori pemerintah provinsi. Di kategori kabupaten/kota, Kota Samarinda, yang sebelumnya juara I tingkat provinsi, meraih peringkat kedua nasional.',
    ).map((a) => [a.winnerCanonical, a.rank, a.level, a.historical]);
    expect(got).toEqual([
      ['Provinsi Kalimantan Timur', 3, 'nasional', false],
      ['Kota Samarinda', 2, 'nasional', false],
      ['Kota Samarinda', 1, 'provinsi', false],
    ]);
  });

  it('keeps the two apart when both places are first', () => {
    const got = read(
      'Kabupaten Lumajang Terbaik I Nasional\n\nLUMAJANG – Pemerintah Kabupaten Lumajang, yang beberapa bulan lalu menjadi juara I tahap Provinsi Jawa Timur, kini meraih Terbaik I Paritrana Award 2024 tingkat nasional kategori Pemerintah Kabupaten/Kota.',
    ).map((a) => [a.winnerCanonical, a.rank, a.level]);
    expect(got).toEqual([
      ['Kabupaten Lumajang', 1, 'nasional'],
      ['Kabupaten Lumajang', 1, 'provinsi'],
    ]);
  });
});
