import { describe, expect, it } from 'vitest';
import { cleanSentence, readTableRows, roleOf, stripDateline } from './clean-sentence.ts';

describe('stripDateline', () => {
  it('drops upper-case datelines and outlet tags', () => {
    expect(stripDateline('MALANG, KORAN KITA – Pemkot Malang meraih')).toBe('Pemkot Malang meraih');
    expect(stripDateline('SERANG, bantenpedia.example- Usaha laundry jadi jawara')).toBe(
      'Usaha laundry jadi jawara',
    );
    expect(stripDateline('kabarkita.co.id | Sleman - Kabupaten Sleman meraih')).toBe(
      'Kabupaten Sleman meraih',
    );
    expect(stripDateline('Palu-Pemerintah Kota Palu meraih')).toBe('Pemerintah Kota Palu meraih');
  });

  it('keeps sentences whose dash is part of the story', () => {
    expect(stripDateline('Kopi Sibu-sibu meraih juara')).toBe('Kopi Sibu-sibu meraih juara');
    expect(stripDateline('Juara 1: Pie Ayu – Kota Banda Aceh')).toBe(
      'Juara 1: Pie Ayu – Kota Banda Aceh',
    );
  });
});

describe('cleanSentence', () => {
  it('drops list numbers, opening quotes and government short forms in parentheses', () => {
    expect(cleanSentence('2. Pemerintah Kota (Pemkot) Palu meraih')).toBe(
      'Pemerintah Kota Palu meraih',
    );
    expect(cleanSentence('“Kota Batu juara 1')).toBe('Kota Batu juara 1');
  });

  it('drops bullets and reads a rank cell of a table row as a list label', () => {
    expect(cleanSentence('- Juara II: Kota Lestari')).toBe('Juara II: Kota Lestari');
    expect(cleanSentence('• Terbaik 3 Desa Makmur')).toBe('Terbaik 3 Desa Makmur');
    expect(cleanSentence('o Juara I: Bank Lestari')).toBe('Juara I: Bank Lestari');
    expect(cleanSentence('● Juara II: Kota Jati')).toBe('Juara II: Kota Jati');
    expect(cleanSentence('Terbaik 2 | PT Maju Jaya')).toBe('Terbaik 2: PT Maju Jaya');
    expect(cleanSentence('Juara Harapan | Kopi Senja')).toBe('Juara Harapan: Kopi Senja');
    expect(cleanSentence('- Harapan I PT Hotel Jati')).toBe('Juara Harapan I: PT Hotel Jati');
    expect(cleanSentence('Harapan kami besar')).toBe('Harapan kami besar');
  });

  it('reads "juara II dan juara III" as one series of places', () => {
    expect(cleanSentence('Juara I, juara II dan juara III masing-masing diraih A, B dan C.')).toBe(
      'Juara I, II dan III masing-masing diraih A, B dan C.',
    );
    expect(cleanSentence('juara I kategori A dan juara II kategori B')).toBe(
      'juara I kategori A dan juara II kategori B',
    );
  });

  it('drops a roman list number opening a line', () => {
    expect(cleanSentence('III. Kota Sawahlunto')).toBe('Kota Sawahlunto');
    expect(cleanSentence('c. Kategori Usaha Mikro: juara I Ketan Pak Lubis.')).toBe(
      'Kategori Usaha Mikro: juara I Ketan Pak Lubis.',
    );
  });

  it('parts items a bullet separates inside one line', () => {
    expect(cleanSentence('Juara 1 Kota Palu • Juara 2 Kab. Banggai ▪ Juara 3 Kab. Poso')).toBe(
      'Juara 1 Kota Palu, Juara 2 Kab. Banggai, Juara 3 Kab. Poso',
    );
  });

  it('parts a win verb glued to its rank', () => {
    expect(cleanSentence('Pemkab Lestari meraihjuara II')).toBe('Pemkab Lestari meraih juara II');
  });

  it('reads a photo caption without its label and positions', () => {
    expect(cleanSentence('Foto: Bupati Lestari (kiri) menerima trofi juara I.')).toBe(
      'Bupati Lestari menerima trofi juara I.',
    );
    expect(cleanSentence('Wali Kota Batu (dua dari kanan) menerima trofi.')).toBe(
      'Wali Kota Batu menerima trofi.',
    );
  });

  it('reads a table row as a list line with its rank and category', () => {
    expect(cleanSentence('| 1 | Pemerintah Kota | Kota Lestari | Juara 1 |')).toBe(
      'Juara 1 kategori Pemerintah Kota: Kota Lestari',
    );
    expect(cleanSentence('Pemerintah Provinsi | 2 | Provinsi Bali')).toBe(
      'Juara 2 kategori Pemerintah Provinsi: Provinsi Bali',
    );
    expect(cleanSentence('Usaha Mikro Kecil | II | Kedai Jati')).toBe(
      'Juara II kategori Usaha Mikro Kecil: Kedai Jati',
    );
    expect(cleanSentence('Kategori | Peringkat | Penerima')).toBe('');
    expect(cleanSentence('|---|---|')).toBe('');
    expect(cleanSentence('Sumber: Disnaker Provinsi Lestari')).toBe('');
    // a table pasted with tabs between its cells
    expect(cleanSentence('Pemerintah Kota\tII\tKota Pontianak')).toBe(
      'Juara II kategori Pemerintah Kota: Kota Pontianak',
    );
    expect(cleanSentence('Kategori\tPeringkat\tPenerima')).toBe('');
  });

  it('drops emoji', () => {
    expect(cleanSentence('Kota Lestari 🎉🏆 meraih juara 1 💪')).toBe(
      'Kota Lestari meraih juara 1',
    );
  });

  it('reads the rows under a table header by its columns, so a zone is no winner', () => {
    expect(
      readTableRows([
        'Daftar penerima:',
        'No\tKategori\tZona\tPeringkat\tPenerima',
        '4\tPemerintah Kabupaten/Kota\tSumatera\t1\tKabupaten Siak',
        '16\tBadan Usaha Besar\t-\t2\tPT Graha Semen Andalas',
        'Sumber: Kemenko PMK',
      ]),
    ).toEqual([
      'Daftar penerima:',
      'No\tKategori\tZona\tPeringkat\tPenerima',
      'Juara 1 kategori Pemerintah Kabupaten/Kota: Kabupaten Siak',
      'Juara 2 kategori Badan Usaha Besar: PT Graha Semen Andalas',
      'Sumber: Kemenko PMK',
    ]);
  });

  it("joins a piped row's cells wrapped onto a row of their own", () => {
    expect(
      readTableRows([
        '| Peringkat | Nama Usaha | Asal |',
        '|---|---|---|',
        '| Juara 1 | Koperasi Produsen Gula | Kab. Kudus |',
        '|  | Semut Rahayu |  |',
        '| Juara 2 | UD Jenang Kudus | Kab. Kudus |',
      ]).map(cleanSentence),
    ).toEqual([
      'Peringkat, Nama Usaha, Asal',
      '',
      'Juara 1: Koperasi Produsen Gula Semut Rahayu, Kab. Kudus',
      '',
      'Juara 2: UD Jenang Kudus, Kab. Kudus',
    ]);
  });

  it("reads a table's cells run on after the line that introduces them", () => {
    expect(
      readTableRows([
        'TERNATE-Berikut pemenang Paritrana Award 2024 tingkat Maluku Utara: | Pemerintah Kabupaten/Kota | Juara I | Kota Ternate | Juara II | Kota Tidore Kepulauan | Usaha Mikro Kecil | Juara I | Koperasi Pala Halmahera |',
      ]),
    ).toEqual([
      'TERNATE-Berikut pemenang Paritrana Award 2024 tingkat Maluku Utara: Juara I kategori Pemerintah Kabupaten/Kota: Kota Ternate; Juara II kategori Pemerintah Kabupaten/Kota: Kota Tidore Kepulauan; Juara I kategori Usaha Mikro Kecil: Koperasi Pala Halmahera.',
    ]);
  });

  it("reads an organisation's spelled-out kind and its mixed-case short form as the short form", () => {
    expect(
      cleanSentence(
        'Koperasi Pondok Pesantren (Kopontren) Al Hikmah meraih juara 1 kategori usaha kecil.',
      ),
    ).toBe('Kopontren Al Hikmah meraih juara 1 kategori usaha kecil.');
    // (a short form in capitals is left to the name reader; one that spells nothing stays)
    for (const kept of [
      'Koperasi Unit Desa (KUD) Mina Jaya meraih juara 1.',
      'Toko Besi (Sumber Baru) Jaya meraih juara 1.',
    ]) {
      expect(cleanSentence(kept)).toBe(kept);
    }
  });

  it("drops an aside after a name that dates something other than a win, and keeps a win's", () => {
    expect(
      cleanSentence(
        'Kota Tual, yang tiga tahun lalu belum ikut penilaian, kini dinobatkan sebagai terbaik pertama.',
      ),
    ).toBe('Kota Tual kini dinobatkan sebagai terbaik pertama.');
    expect(
      cleanSentence('Kabupaten Pesisir Barat, kabupaten yang berdiri pada 2012, meraih juara II.'),
    ).toBe('Kabupaten Pesisir Barat meraih juara II.');
    for (const kept of [
      'Kota Tual, pemenang kategori yang sama dua tahun lalu, kini hanya peserta.',
      'Sebelumnya, pada 2022, perusahaan itu menempati juara II.',
      'Tual sebelumnya dua kali menjadi juara II, yakni pada 2023 dan 2024, sementara Ambon turun.',
    ]) {
      expect(cleanSentence(kept)).toBe(kept);
    }
  });

  it("drops a printed page's running head", () => {
    expect(cleanSentence('KENDARI EKSPRES | SELASA 5 AGUSTUS 2025 | 7')).toBe('');
    expect(cleanSentence('Juara 1 | Kota Kendari | 5')).not.toBe('');
  });

  it('drops the endearment after "our village"', () => {
    expect(cleanSentence('Alhamdulillah, desa kita tercinta meraih juara 2.')).toBe(
      'Alhamdulillah, desa kita meraih juara 2.',
    );
    expect(cleanSentence('Kabupaten kita yang kita cintai meraih juara 2.')).toBe(
      'Kabupaten kita meraih juara 2.',
    );
  });

  it('drops a fronted clause of where the winner went next', () => {
    expect(
      cleanSentence(
        'Sebelum melaju ke Jakarta, Kota Kendari lebih dulu menjadi juara pertama tingkat Provinsi Sulawesi Tenggara.',
      ),
    ).toBe('Kota Kendari lebih dulu menjadi juara pertama tingkat Provinsi Sulawesi Tenggara.');
    expect(cleanSentence('Sebelum ke tingkat nasional, Kota Kendari juara pertama.')).toBe(
      'Kota Kendari juara pertama.',
    );
  });

  it("drops a chat's bold marks and writes its short district and regency words out", () => {
    expect(
      cleanSentence('Desa kita *Desa Tegalwaru* kec. Ciampel kab. Karawang dapat *JUARA 1*.'),
    ).toBe('Desa kita Desa Tegalwaru Kec. Ciampel Kab. Karawang dapat JUARA 1.');
    // (a bare asterisk, or one inside a word, stays)
    expect(cleanSentence('Skor 5*4 dan catatan* kaki')).toBe('Skor 5*4 dan catatan* kaki');
  });

  it("keeps an organisation's quoted own name in its name, but not a programme's", () => {
    expect(
      cleanSentence('Kelompok Tani "Sri Rejeki" Wonogiri meraih juara II kategori usaha kecil.'),
    ).toBe('Kelompok Tani Sri Rejeki Wonogiri meraih juara II kategori usaha kecil.');
    expect(cleanSentence('Penjual Jamu “Mbok Darmi” jadi terbaik.')).toBe(
      'Penjual Jamu Mbok Darmi jadi terbaik.',
    );
    for (const kept of [
      'Talkshow "Suara Pekerja" membahas Paritrana.',
      'Bupati berkata "Kami Bangga" usai acara.',
    ]) {
      expect(cleanSentence(kept)).toBe(kept);
    }
  });

  it('writes a former place told in a last clause as a clause of its own', () => {
    expect(
      cleanSentence(
        'Kabupaten Lebong meraih juara pertama Paritrana Award 2025 tingkat Provinsi Bengkulu, setelah tahun lalu hanya menempati posisi ketiga.',
      ),
    ).toBe(
      'Kabupaten Lebong meraih juara pertama Paritrana Award 2025 tingkat Provinsi Bengkulu; Kabupaten Lebong meraih posisi ketiga pada tahun lalu.',
    );
    expect(
      cleanSentence(
        'Kota Bengkulu meraih peringkat kedua Paritrana Award 2025, naik satu tingkat dari peringkat ketiga yang diraihnya tahun lalu.',
      ),
    ).toBe(
      'Kota Bengkulu meraih peringkat kedua Paritrana Award 2025; Kota Bengkulu meraih peringkat ketiga pada tahun lalu.',
    );
  });

  it('reads the place a notes column gives, and no other note', () => {
    expect(
      readTableRows([
        'Kategori\tPemenang\tKeterangan',
        'Pemkab/Pemkot\tKabupaten Kaur\tTerbaik 2',
        'Pemdes\tDesa Padang Kuas\tdiusulkan ke nasional',
      ]).map(cleanSentence),
    ).toEqual([
      '',
      'Terbaik 2 kategori Pemkab/Pemkot: Kabupaten Kaur',
      'Kategori Pemdes: Desa Padang Kuas',
    ]);
  });

  it('joins a word a wrapped cell broke at a hyphen back into one word', () => {
    expect(
      readTableRows([
        '| No | Kategori | Peringkat | Penerima |',
        '|---|---|---|---|',
        '| 1 | Pemerintah Kabupa- | II | Kota Tan- |',
        '|  | ten/Kota |  | jungbalai |',
        '| 2 | Usaha Kecil | I | Kota Bau- |',
        '|  |  |  | bau |',
      ]).map(cleanSentence),
    ).toEqual([
      '',
      '',
      'Juara II kategori Pemerintah Kabupaten/Kota: Kota Tanjungbalai',
      '',
      'Juara I kategori Usaha Kecil: Kota Bau-bau',
      '',
    ]);
  });

  it('reads a header row that names its winner column by the kind of region', () => {
    expect(
      readTableRows(['No | Kabupaten/Kota | Peringkat', '1 | Kota Serang | Juara I']).map(
        cleanSentence,
      ),
    ).toEqual(['', 'Juara I: Kota Serang']);
  });

  it('reads the first column of a numbered table of awards as a row count, not a place', () => {
    expect(
      readTableRows([
        'No\tNama Penghargaan\tPredikat\tPemberi\tBulan',
        '2\tSertifikasi ISO 9001:2015\tDiperpanjang\tBadan Sertifikasi Mutu\tMei',
      ]).map(cleanSentence),
    ).toEqual(['', 'Sertifikasi ISO 9001:2015, Diperpanjang, Badan Sertifikasi Mutu, Mei']);
  });
});

describe('cleanSentence and readTableRows: lists as pages flatten them (written for these tests)', () => {
  it('reads a list numbered inside its sentence, with or without separators', () => {
    expect(cleanSentence('Pemenangnya masing-masing (1) Kabupaten Bungo; (2) Kota Jambi.')).toBe(
      'Pemenangnya masing-masing: Kabupaten Bungo; Kota Jambi.',
    );
    expect(cleanSentence('Kategori Pemerintah Provinsi 1) Provinsi Bali 2) Provinsi NTB')).toBe(
      'Kategori Pemerintah Provinsi: Provinsi Bali; Provinsi NTB',
    );
  });

  it('reads dots leading a rank to its winner as a colon', () => {
    expect(cleanSentence('Juara II ........... Kabupaten Maybrat')).toBe(
      'Juara II: Kabupaten Maybrat',
    );
  });

  it('reads a table pasted with spaces, a column per category, and a year column', () => {
    expect(
      readTableRows([
        'PERINGKAT     PEMERINTAH KAB/KOTA      BADAN USAHA',
        '1             Kabupaten Mempawah       PT Sungai Raya Lestari',
      ]),
    ).toEqual([
      'PERINGKAT     PEMERINTAH KAB/KOTA      BADAN USAHA',
      'Juara 1 kategori PEMERINTAH KAB/KOTA: Kabupaten Mempawah; Juara 1 kategori BADAN USAHA: PT Sungai Raya Lestari',
    ]);
    expect(
      readTableRows([
        'Tahun | Pemerintah Provinsi | Pemerintah Kabupaten/Kota',
        '2018 | Provinsi Bali | Kota Denpasar',
      ]),
    ).toEqual([
      'Tahun | Pemerintah Provinsi | Pemerintah Kabupaten/Kota',
      'Pada tahun 2018, Kategori Pemerintah Provinsi: Provinsi Bali; Kategori Pemerintah Kabupaten/Kota: Kota Denpasar',
    ]);
  });
});

describe('stripDateline: a story typed in lower case (written for this test)', () => {
  it('drops an upper-case dateline before lower-case text', () => {
    expect(stripDateline('PANARAGAN - kabupaten mesuji meraih juara 1 paritrana award 2024.')).toBe(
      'kabupaten mesuji meraih juara 1 paritrana award 2024.',
    );
  });
});

describe('readTableRows: a village table with its kecamatan and kabupaten', () => {
  it('reads the village as the winner, with its word, and the places as no winners', () => {
    expect(
      readTableRows([
        'Peringkat | Nama Desa | Kecamatan | Kabupaten',
        '1 | Lumban Julu | Uluan | Toba',
      ]),
    ).toEqual(['Peringkat | Nama Desa | Kecamatan | Kabupaten', 'Juara 1: Desa Lumban Julu']);
  });
});

describe('readTableRows: cells parted by spaced slashes, the header told in parentheses', () => {
  it('reads each row by the header in parentheses', () => {
    expect(
      readTableRows([
        'Pemenang (Kategori / Juara / Nama):',
        'Pemerintah Kabupaten/Kota / 2 / Kabupaten Sigi',
      ]),
    ).toEqual([
      'Pemenang (Kategori / Juara / Nama):',
      'Juara 2 kategori Pemerintah Kabupaten/Kota: Kabupaten Sigi',
    ]);
  });
});

describe('cleanSentence: a rank with "-nya"', () => {
  it('reads "Juara pertamanya Kota X" as "Juara pertama Kota X"', () => {
    expect(cleanSentence('Juara pertamanya Kota Tegal, tetangga kita.')).toBe(
      'Juara pertama Kota Tegal, tetangga kita.',
    );
    expect(cleanSentence('Juara pertamanya sudah jelas.')).toBe('Juara pertamanya sudah jelas.');
  });
});

describe('readTableRows: a "Nama Penerima" and "Predikat" header', () => {
  it('reads the winner and the rank the columns name', () => {
    expect(
      readTableRows([
        'Nama Penerima | Kategori | Predikat',
        'Desa Wunut | Pemerintah Desa | Terbaik I',
      ]),
    ).toEqual([
      'Nama Penerima | Kategori | Predikat',
      'Terbaik I kategori Pemerintah Desa: Desa Wunut',
    ]);
  });
});

describe('cleanSentence: bullets of any glyph and dashes in list lines', () => {
  it('drops any run of symbols opening a list line', () => {
    for (const bullet of ['✓', '➤', '◇', '🥇', '->', '▪']) {
      expect(cleanSentence(`${bullet} Juara I — Kota Palu`)).toBe('Juara I — Kota Palu');
    }
  });

  it('reads "Category — Name" as "Category: Name"', () => {
    expect(cleanSentence('Usaha Mikro Kecil — Kue Bagea Ibu Nur')).toBe(
      'Usaha Mikro Kecil: Kue Bagea Ibu Nur',
    );
    expect(cleanSentence('Kota Ternate — sebuah kota pulau')).toBe(
      'Kota Ternate — sebuah kota pulau',
    );
  });

  it('keeps a winner before its rank after a dash, unlike a dateline', () => {
    expect(cleanSentence('CV Dolok Jaya – Terbaik I Kategori Usaha Kecil dan Menengah')).toBe(
      'CV Dolok Jaya – Terbaik I Kategori Usaha Kecil dan Menengah',
    );
    expect(cleanSentence('MEDAN – Juara I Paritrana Award 2024 diraih Kota Medan.')).toBe(
      'Juara I Paritrana Award 2024 diraih Kota Medan.',
    );
  });
});

describe('readTableRows: a score recap with a column of villages', () => {
  it('reads the villages as winners by the last rank column, their regencies as places', () => {
    expect(
      readTableRows([
        'Peringkat\tDesa\tKabupaten\tNilai\tPredikat',
        '1\tBilebante\tLombok Tengah\t89,10\tTerbaik I',
        '4\tTanjung Luar\tLombok Timur\t81,20\tHarapan I',
        '5\tRembitan\tLombok Tengah\t78,65\t-',
      ]).slice(1),
    ).toEqual(['Terbaik I: Desa Bilebante', 'Harapan I: Desa Tanjung Luar', '']);
  });
});

describe('cleanSentence: a letter\'s place and date, a dateline with "--"', () => {
  it('drops "Surabaya, 3 Juli 2024" and a dateline parted by a double hyphen', () => {
    expect(cleanSentence('Surabaya, 3 Juli 2024')).toBe('');
    expect(cleanSentence('MAKASSAR -- Ada yang menarik di malam penganugerahan.')).toBe(
      'Ada yang menarik di malam penganugerahan.',
    );
  });
});

describe('cleanSentence: ranks that lead their names across a comma', () => {
  it('joins "juara 1, Warung A; juara 2, Dapur B" into ranked items', () => {
    expect(
      cleanSentence(
        'Kategori usaha mikro diraih tiga pelaku usaha, yakni: juara 1, Warung Soto Pak Darto; juara 2, Dapur Bu Ratna; juara 3, Laundry Bersih Kilat.',
      ),
    ).toBe(
      'Kategori usaha mikro diraih tiga pelaku usaha, yakni: juara 1 Warung Soto Pak Darto; juara 2 Dapur Bu Ratna; juara 3 Laundry Bersih Kilat.',
    );
  });

  it('leaves a rank after its name alone', () => {
    const given =
      'Kota Palu meraih juara 1, Kabupaten Sigi juara 2, sedangkan juara 3, Kota Bitung.';
    expect(cleanSentence(given)).toBe(given);
  });
});

describe('cleanSentence: a list flattened to one line', () => {
  it('parts "Juara I A Juara II B KATEGORI C Juara I D" into items', () => {
    expect(
      cleanSentence(
        'KATEGORI PEMERINTAH KABUPATEN/KOTA Juara I Kabupaten Agam Juara II Kota Solok KATEGORI BADAN USAHA Juara I PT Rimba Hijau',
      ),
    ).toBe(
      'KATEGORI PEMERINTAH KABUPATEN/KOTA; Juara I Kabupaten Agam; Juara II Kota Solok; KATEGORI BADAN USAHA; Juara I PT Rimba Hijau',
    );
  });

  it('leaves a sentence with one rank alone', () => {
    const given =
      'Kabupaten Agam meraih Juara I Paritrana Award 2025 Kategori Pemerintah Kabupaten.';
    expect(cleanSentence(given)).toBe(given);
  });
});

describe('cleanSentence: a timeline line', () => {
  it('writes "2022: X – juara 1" as "X – juara 1 pada 2022"', () => {
    expect(cleanSentence('- 2022: Desa Mekar Sari, Kecamatan Tebing – juara 1')).toBe(
      'Desa Mekar Sari, Kecamatan Tebing – juara 1 pada 2022',
    );
  });
});

describe('cleanSentence: chat spellings', () => {
  it('writes out "masing2", "yg" and "utk"', () => {
    expect(
      cleanSentence('Pemkab A, B dan C masing2 terbaik I, II, III utk kategori yg sama.'),
    ).toBe('Pemkab A, B dan C masing-masing terbaik I, II, III untuk kategori yang sama.');
  });

  it('writes out "sbg", "jg" and "pd"', () => {
    expect(cleanSentence('Desa Sumberejo jg keluar sbg juara I pd tahun ini.')).toBe(
      'Desa Sumberejo juga keluar sebagai juara I pada tahun ini.',
    );
  });
});

describe('cleanSentence: a category before the rank in parentheses', () => {
  it('writes "(besar, juara II)" as "(juara II kategori besar)"', () => {
    expect(cleanSentence('PT Baja Nusa (besar, juara II), PT Kopi Gayo (menengah, juara I).')).toBe(
      'PT Baja Nusa (juara II kategori besar), PT Kopi Gayo (juara I kategori menengah).',
    );
  });
});

describe('cleanSentence: an award-history table row', () => {
  it('dates the row by its year and drops the giver column', () => {
    expect(
      cleanSentence('2022 | Paritrana Award Tingkat Provinsi Bali, Juara I | Gubernur Bali'),
    ).toBe('Paritrana Award Tingkat Provinsi Bali, Juara I pada 2022');
  });
});

describe("cleanSentence: a numbered table of a region's awards", () => {
  it('drops its header row and reads no row number as a rank', () => {
    expect(cleanSentence('No | Penghargaan | Tingkat | Bulan')).toBe('');
    expect(cleanSentence('NO | NAMA BADAN USAHA / INSTANSI | KATEGORI | PERINGKAT')).toBe('');
    expect(
      cleanSentence(
        '2 | Paritrana Award 2024 – Juara II Pemerintah Kabupaten/Kota | Provinsi Banten | Agustus',
      ),
    ).toBe('Paritrana Award 2024 – Juara II Pemerintah Kabupaten/Kota, Provinsi Banten, Agustus');
  });
});

describe('cleanSentence: "setahun kemudian" after a year', () => {
  it('writes the year after the one said before it', () => {
    expect(
      cleanSentence(
        'Pada 2023 Kota Batu meraih juara III, setahun kemudian naik menjadi juara II.',
      ),
    ).toBe('Pada 2023 Kota Batu meraih juara III, pada 2024 naik menjadi juara II.');
  });
});

describe('cleanSentence: a dated history fronted before the winner', () => {
  it('moves "Setelah juara III pada 2023 dan juara II pada 2024," after the win', () => {
    expect(
      cleanSentence(
        'TALIWANG – Setelah juara III pada 2023 dan juara II pada 2024, Kabupaten Dompu meraih juara I Paritrana Award 2025.',
      ),
    ).toBe(
      'Kabupaten Dompu meraih juara I Paritrana Award 2025, setelah juara III pada 2023 dan juara II pada 2024.',
    );
  });

  it('moves "Setelah juara I pada 2023 dan 2024," after the win too', () => {
    expect(
      cleanSentence(
        'Setelah juara I pada 2023 dan 2024, Tidore kembali juara I pada Paritrana Award 2025.',
      ),
    ).toBe('Tidore kembali juara I pada Paritrana Award 2025, setelah juara I pada 2023 dan 2024.');
  });
});

describe('cleanSentence: a legal form spelled out', () => {
  it('writes "Usaha Dagang (UD) X" as "UD X"', () => {
    expect(cleanSentence('Usaha Dagang (UD) Makmur Jaya meraih juara I.')).toBe(
      'UD Makmur Jaya meraih juara I.',
    );
  });
});

describe('cleanSentence: a list of names, each with its edition and place', () => {
  it('writes "X — Paritrana Award 2022, juara I …" as "X meraih juara I … Paritrana Award 2022"', () => {
    expect(
      cleanSentence('1. Kota Sibolga — Paritrana Award 2022, juara I kategori pemerintah kota.'),
    ).toBe('Kota Sibolga meraih juara I kategori pemerintah kota Paritrana Award 2022.');
    // an upper-case dateline still goes
    expect(cleanSentence('MEDAN — Paritrana Award 2024 diserahkan gubernur.')).toBe(
      'Paritrana Award 2024 diserahkan gubernur.',
    );
  });
});

describe('readTableRows: a column per place won', () => {
  it('reads "| Kategori | Juara I | Juara II | Juara III |" rows, each cell with its place', () => {
    expect(
      readTableRows([
        'Kategori | Juara I | Juara II | Juara III',
        'Pemerintah Kabupaten/Kota | Kota Tarakan | Kabupaten Bulungan | -',
        'Usaha Kecil Mikro | Keripik Ikan Bu Ros | - | -',
      ]),
    ).toEqual([
      'Kategori | Juara I | Juara II | Juara III',
      'Juara I kategori Pemerintah Kabupaten/Kota: Kota Tarakan; Juara II kategori Pemerintah Kabupaten/Kota: Kabupaten Bulungan',
      'Juara I kategori Usaha Kecil Mikro: Keripik Ikan Bu Ros',
    ]);
  });
});

describe('cleanSentence: a winner described before it is named', () => {
  it('writes the name before its description', () => {
    expect(
      cleanSentence(
        'Peringkat pertama diraih perusahaan tambang dari Kalimantan Timur, PT Bara Mahakam Jaya.',
      ),
    ).toBe(
      'Peringkat pertama diraih PT Bara Mahakam Jaya, perusahaan tambang dari Kalimantan Timur.',
    );
  });
});

describe('cleanSentence: a list numbered inline', () => {
  it('writes "I. A II. B" as "1. A; 2. B", and leaves a lone roman numeral', () => {
    expect(cleanSentence('Kategori desa: I. Desa Wakai II. Desa Bunta.')).toBe(
      'Kategori desa: 1. Desa Wakai; 2. Desa Bunta.',
    );
    expect(
      cleanSentence('Kategori UMK: 1. Toko Jaya 88 Luwuk 2. Kopi Banggai, 3. Ikan Asin Bu Ani.'),
    ).toBe('Kategori UMK: 1. Toko Jaya 88 Luwuk; 2. Kopi Banggai, 3. Ikan Asin Bu Ani.');
    // (a rank's numeral is no list number: a line's "Juara I." labels its place)
    expect(cleanSentence('Juara I. Desa Wakai menerima piala.')).toBe(
      'Juara I: Desa Wakai menerima piala.',
    );
  });
});

describe('cleanSentence: a label whose colon the spaces set apart', () => {
  it('reads "Juara II   : X" and "Juara II | : X" as "Juara II: X"', () => {
    expect(cleanSentence('Juara II   : Provinsi Kalimantan Utara')).toBe(
      'Juara II: Provinsi Kalimantan Utara',
    );
    expect(cleanSentence('Juara II | : Provinsi Kalimantan Utara')).toBe(
      'Juara II: Provinsi Kalimantan Utara',
    );
  });
});

describe('cleanSentence: a scanned roman rank', () => {
  it('reads "juara ll" and "JUARA l" as "juara II" and "JUARA I", and leaves words alone', () => {
    expect(cleanSentence('Kota Batu meraih juara ll, Kota Malang JUARA l.')).toBe(
      'Kota Batu meraih juara II, Kota Malang JUARA I.',
    );
    expect(cleanSentence('Kota Batu meraih juara lagi.')).toBe('Kota Batu meraih juara lagi.');
  });
});

describe("cleanSentence: a table of awards' giver column", () => {
  it('drops the cell of who gave the award', () => {
    expect(
      cleanSentence(
        '| 2022 | Paritrana Award | Pemprov Jawa Barat & BPJS Ketenagakerjaan | Juara I Tingkat Provinsi Jawa Barat |',
      ),
    ).toBe('Paritrana Award, Juara I Tingkat Provinsi Jawa Barat pada 2022');
  });
});

describe('roleOf: a column of award names', () => {
  it('reads "Nama Penghargaan" as no column of winners, "Nama Desa" as one', () => {
    expect(roleOf('Nama Penghargaan')).toBe('other');
    expect(roleOf('Nama Desa')).toBe('winner');
  });
});

describe('cleanSentence: places by medal or number sign', () => {
  it('reads "🥇 X", "#2 X" and "X 🥉," as places, and leaves a written rank', () => {
    expect(cleanSentence('🥇 Kab. Klungkung')).toBe('Juara 1: Kab. Klungkung');
    expect(cleanSentence('#2 Kota Bontang')).toBe('Juara 2: Kota Bontang');
    expect(cleanSentence('Selamat kepada Kota Batu 🥈 dan Kota Blitar 🥉 atas capaiannya.')).toBe(
      'Selamat kepada Kota Batu (juara 2) dan Kota Blitar (juara 3) atas capaiannya.',
    );
    expect(cleanSentence('🥇 JUARA 1 PARITRANA AWARD 2025 🥇🏆')).toBe(
      'JUARA 1 PARITRANA AWARD 2025',
    );
  });
});

describe("cleanSentence: the award's misspelt name", () => {
  it('writes "Paritana Award" and "Partirana Award" right, and leaves other words', () => {
    expect(cleanSentence('Kota Batu meraih juara I Paritana Award 2024.')).toBe(
      'Kota Batu meraih juara I Paritrana Award 2024.',
    );
    expect(cleanSentence('Partirana Awards 2023 diserahkan.')).toBe(
      'Paritrana Awards 2023 diserahkan.',
    );
  });
});

describe('cleanSentence: a decree item (written for this test)', () => {
  it('reads "a. Juara I     : X;" as the place X won', () => {
    expect(cleanSentence('a. Juara I     : Pemerintah Kota Padang Panjang;')).toBe(
      'Juara I: Pemerintah Kota Padang Panjang;',
    );
  });

  it('reads a numbered item "1. Peringkat I   : X" as the place X won', () => {
    expect(cleanSentence('1. Peringkat I   : Pemerintah Kabupaten Lombok Timur')).toBe(
      'Peringkat I: Pemerintah Kabupaten Lombok Timur',
    );
    expect(cleanSentence('2. Peringkat II   : Pemerintah Kota Mataram')).toBe(
      'Peringkat II: Pemerintah Kota Mataram',
    );
  });
});

describe('cleanSentence: bare roman places in a list (written for this test)', () => {
  it('writes the bare "I" before a marked name as a place when "II" follows', () => {
    expect(
      cleanSentence(
        'Pemerintah Desa: I Desa Bongkasa Asri; II Desa Pelaga Sari; III Desa Sangeh Lestari.',
      ),
    ).toBe(
      'Pemerintah Desa: Juara I Desa Bongkasa Asri; II Desa Pelaga Sari; III Desa Sangeh Lestari.',
    );
  });

  it('leaves a Balinese "I" before a name, and a list without a second place', () => {
    expect(
      cleanSentence('Nominasi: I Made Suarta; II Kadek Wira, Desa Bongkasa Asri.'),
    ).not.toMatch(/Juara/);
    expect(cleanSentence('Pemerintah Desa: I Desa Bongkasa Asri.')).not.toMatch(/Juara/);
  });
});

describe('cleanSentence: a place in brackets (written for this test)', () => {
  it('writes "peringkat (II)" as "peringkat II"', () => {
    expect(
      cleanSentence(
        'Peringkat (I) diraih Kabupaten Gorontalo Utara, peringkat (II) Kota Gorontalo.',
      ),
    ).toBe('Peringkat I diraih Kabupaten Gorontalo Utara, peringkat II Kota Gorontalo.');
  });
  it("reads a table's category cell with its place in brackets as that place", () => {
    expect(cleanSentence('Pemerintah Desa (II)        : Desa Sukamaju Lestari')).toBe(
      'Pemerintah Desa (juara II): Desa Sukamaju Lestari',
    );
  });
});

describe("cleanSentence: a trophy's owner (written for this test)", () => {
  it('writes "piala juara II … milik X" as X winning it', () => {
    expect(
      cleanSentence(
        'Piala juara II Paritrana Award 2025 tingkat Provinsi NTB milik Pemerintah Kabupaten Lombok Barat akhirnya diarak keliling desa.',
      ),
    ).toBe(
      'Pemerintah Kabupaten Lombok Barat meraih juara II Paritrana Award 2025 tingkat Provinsi NTB akhirnya diarak keliling desa.',
    );
  });
});

describe("cleanSentence: a village's address typed in lower case (written for this test)", () => {
  it('writes it with capitals and commas, and leaves the rank after it', () => {
    expect(cleanSentence('desa ketapanrame kec trawas kab mojokerto meraih juara I.')).toBe(
      'Desa Ketapanrame, Kecamatan Trawas, Kabupaten Mojokerto meraih juara I.',
    );
    expect(cleanSentence('sedangkan desa malasari Kec. Nanggung kab bogor juara 2.')).toBe(
      'sedangkan Desa Malasari, Kecamatan Nanggung, Kabupaten Bogor juara 2.',
    );
  });
});

describe('cleanSentence: a win told in a fronted clause', () => {
  it("writes the main clause's subject before the win it had", () => {
    expect(
      cleanSentence(
        'Hampir setahun setelah meraih juara 1 Paritrana Award 2025 tingkat Kalimantan Timur, PT Batubara Jati kini mendaftarkan 3.000 pekerja mitra.',
      ),
    ).toBe(
      'Hampir setahun PT Batubara Jati meraih juara 1 Paritrana Award 2025 tingkat Kalimantan Timur, kini mendaftarkan 3.000 pekerja mitra.',
    );
  });
  it('but leaves it when the main clause tells a win of its own', () => {
    const s =
      'Setelah meraih juara I Paritrana Award 2025 tingkat DIY, Bakpia Jati kini dinobatkan sebagai terbaik II nasional.';
    expect(cleanSentence(s)).toBe(s);
  });
});

describe('cleanSentence: a place fallen to', () => {
  it("writes the place a winner fell or rose to as its own, the relative clause's as its former", () => {
    expect(cleanSentence('Kota Jati yang tahun lalu juara 1 harus turun ke juara 3.')).toBe(
      'Kota Jati meraih juara 3, turun dari juara 1 tahun lalu.',
    );
  });
});

describe('cleanSentence: a speaker set off in the sentence', () => {
  it('drops ", kata dia," and ", menurut dia," between a subject and its verb', () => {
    expect(
      cleanSentence('Kota Tarakan, kata dia, meraih terbaik pertama Paritrana Award 2024.'),
    ).toBe('Kota Tarakan meraih terbaik pertama Paritrana Award 2024.');
    expect(cleanSentence('Kota Tarakan, menurut dia, layak juara.')).toBe(
      'Kota Tarakan layak juara.',
    );
  });
});

describe("cleanSentence: a post's shout and its list of winners", () => {
  it('drops the shout before an emoji, but not a name shouted', () => {
    expect(
      cleanSentence('PROUD MOMENT ✨ PT Sawit Jaya meraih Juara 1 Paritrana Award 2025.'),
    ).toBe('PT Sawit Jaya meraih Juara 1 Paritrana Award 2025.');
    expect(cleanSentence('KABUPATEN SIAK 🏆 Juara 1 Paritrana Award 2025')).toBe(
      'KABUPATEN SIAK Juara 1 Paritrana Award 2025',
    );
  });

  it('reads "X - Juara 2 Paritrana Award …" as a win of X', () => {
    expect(
      cleanSentence('Kab. Lumajang - Juara 2 Paritrana Award 2025 Jatim kategori Pemkab'),
    ).toBe('Kab. Lumajang meraih Juara 2 Paritrana Award 2025 Jatim kategori Pemkab');
    // (a bare place after the dash, or a dateline, is left alone)
    const item = 'Desa Sumberejo, Kecamatan Batu – juara II';
    expect(cleanSentence(item)).toBe(item);
  });
});

describe("cleanSentence: a winner's former place in a relative clause", () => {
  it('writes "X yang tahun lalu menjadi juara 1" in a list as a clause of its own after it', () => {
    expect(
      cleanSentence(
        'Juara 2 diraih Kota Jati yang tahun lalu menjadi juara 1, dan juara 3 Kota Asri.',
      ),
    ).toBe('Juara 2 diraih Kota Jati, dan juara 3 Kota Asri; Kota Jati meraih juara 1 tahun lalu.');
  });

  it('reads "Setelah meraih juara 3 pada 2023, tahun ini X …" as a fronted history of X', () => {
    expect(
      cleanSentence('Setelah meraih juara 3 pada 2023, tahun ini Kota Jati menempati juara 2.'),
    ).toBe('Kota Jati menempati juara 2, setelah meraih juara 3 pada 2023.');
  });

  it('writes a dated former place after the name ("X, yang juga juara 1 pada …", "X, juara 1 pada edisi 2024, kali ini") as a clause of its own', () => {
    expect(
      cleanSentence(
        'Juara 1 diraih Desa Sukamaju, Kabupaten Garut, yang juga juara 1 pada Paritrana Award 2023.',
      ),
    ).toBe(
      'Juara 1 diraih Desa Sukamaju, Kabupaten Garut; Desa Sukamaju meraih juara 1 pada Paritrana Award 2023.',
    );
    expect(
      cleanSentence('Kota Palopo, juara kedua pada edisi 2024, kali ini meraih predikat harapan.'),
    ).toBe(
      'Kota Palopo, kali ini meraih predikat harapan; Kota Palopo meraih juara kedua pada edisi 2024.',
    );
    expect(
      cleanSentence(
        'Pada edisi 2024, Kota Tomohon kembali menempati posisi teratas, sama seperti pada Paritrana Award 2023.',
      ),
    ).toBe(
      'Pada edisi 2024, Kota Tomohon kembali menempati posisi teratas; Kota Tomohon meraih predikat yang sama pada Paritrana Award 2023.',
    );
    expect(
      cleanSentence(
        'Kota Binjai, yang pada Paritrana Award 2024 menempati peringkat pertama, kini berada di peringkat kedua.',
      ),
    ).toBe(
      'Kota Binjai, kini berada di peringkat kedua; Kota Binjai meraih peringkat pertama pada Paritrana Award 2024.',
    );
    expect(
      cleanSentence(
        'Kota Tual kembali meraih juara 1 Paritrana Award 2025 tingkat Provinsi Maluku, sama seperti tahun lalu.',
      ),
    ).toBe(
      'Kota Tual kembali meraih juara 1 Paritrana Award 2025 tingkat Provinsi Maluku; Kota Tual meraih predikat yang sama tahun lalu.',
    );
    // (a bare one-word name may be a regency or its village: left as it is)
    const bare = 'Wonosobo, juara I Paritrana Award 2024, kali ini harus puas di posisi ketiga.';
    expect(cleanSentence(bare)).toBe(bare);
  });
});

describe('cleanSentence: a place fallen to, its former place told otherwise', () => {
  it('reads the time after the former place, and a former place set off by commas', () => {
    expect(
      cleanSentence('Kabupaten Jati yang menjadi juara 1 pada 2023 turun ke peringkat kedua.'),
    ).toBe('Kabupaten Jati meraih peringkat kedua, turun dari juara 1 pada 2023.');
    expect(cleanSentence('Kota Jati, juara 1 Paritrana Award 2024, turun ke peringkat dua.')).toBe(
      'Kota Jati meraih peringkat dua, turun dari juara 1 pada Paritrana Award 2024.',
    );
  });
});

describe('cleanSentence: a place risen from, then the place won', () => {
  it('writes "naik dari peringkat tiga tahun lalu menjadi juara pertama …" with the win first', () => {
    expect(
      cleanSentence(
        'Kota Jati naik dari peringkat tiga tahun lalu menjadi juara pertama Paritrana Award 2025 tingkat Provinsi Riau.',
      ),
    ).toBe(
      // (then the former place a clause of its own, as after any win)
      'Kota Jati meraih juara pertama Paritrana Award 2025 tingkat Provinsi Riau; Kota Jati meraih peringkat tiga pada tahun lalu.',
    );
  });
});

describe('readTableRows: a "Hasil" column', () => {
  it('reads "| No | Penerima | Kategori | Hasil |" as a header and its last column as the place', () => {
    expect(
      readTableRows([
        '| No | Penerima | Kategori | Hasil |',
        '| 1 | Kota Tual | Pemerintah Kabupaten/Kota | Juara I |',
        '| 2 | Kabupaten Aru | Pemerintah Kabupaten/Kota | Juara Harapan |',
      ]),
    ).toEqual([
      '| No | Penerima | Kategori | Hasil |',
      'Juara I kategori Pemerintah Kabupaten/Kota: Kota Tual',
      'Juara Harapan kategori Pemerintah Kabupaten/Kota: Kabupaten Aru',
    ]);
  });
});

describe('cleanSentence: a winner told by its kind or by "the same title"', () => {
  it('reads "X adalah provinsi yang meraih" as X\'s win, and "gelar yang sama" as a predicate won', () => {
    expect(
      cleanSentence(
        'Ia mengingatkan bahwa Bengkulu adalah provinsi yang meraih Paritrana Award 2022 sebagai Terbaik II.',
      ),
    ).toBe('Ia mengingatkan bahwa Bengkulu meraih Paritrana Award 2022 sebagai Terbaik II.');
    expect(cleanSentence('Gelar yang sama pernah diraih Tarakan pada 2023.')).toBe(
      'predikat yang sama pernah diraih Tarakan pada 2023.',
    );
  });
});

describe('cleanSentence: a place dated in brackets', () => {
  it('writes "juara III (2022)" as "juara III pada 2022"', () => {
    expect(
      cleanSentence('Perusahaan itu sebelumnya juara III (2022) dan juara II (tahun 2023).'),
    ).toBe('Perusahaan itu sebelumnya juara III pada 2022 dan juara II pada 2023.');
  });
});

describe('cleanSentence: a place labelled with a period', () => {
  it('reads "Juara II. Kota Palu" as "Juara II: Kota Palu"', () => {
    expect(cleanSentence('Juara II. Kota Palu')).toBe('Juara II: Kota Palu');
  });
});

describe("cleanSentence: a table's header row with a score column", () => {
  it('reads "Peringkat | Kabupaten/Kota | Nilai Akhir" as a header, no winner', () => {
    expect(cleanSentence('Peringkat | Kabupaten/Kota        | Nilai Akhir')).toBe('');
  });
});

describe('cleanSentence: a category and its winner joined by a dash (written for this test)', () => {
  it('reads "Juara 1 Badan Usaha Menengah dan Besar – PT X" as a labelled line', () => {
    expect(cleanSentence('Juara 1 Badan Usaha Menengah dan Besar – PT Sawit Lestari Abadi')).toBe(
      'Juara 1 Badan Usaha Menengah dan Besar: PT Sawit Lestari Abadi',
    );
    expect(cleanSentence('Juara 2 Pemerintah Kabupaten/Kota – Kabupaten Majene')).toBe(
      'Juara 2 Pemerintah Kabupaten/Kota: Kabupaten Majene',
    );
  });
});

describe('cleanSentence: former places told beside a current one (written for these tests)', () => {
  it('writes an aside before "kali ini" as a clause of its own', () => {
    expect(
      cleanSentence(
        'Kota Sabang, yang dua tahun berturut-turut menjadi juara I pada 2023 dan 2024, kali ini harus puas di posisi juara II.',
      ),
    ).toBe(
      'Kota Sabang kali ini harus puas di posisi juara II; Kota Sabang meraih juara I pada 2023 dan 2024.',
    );
  });

  it("writes a list item's former place in brackets as a clause of its own", () => {
    expect(
      cleanSentence('Kabupaten Lombok Tengah meraih juara I (Paritrana Award 2024: juara III)'),
    ).toBe(
      'Kabupaten Lombok Tengah meraih juara I; Kabupaten Lombok Tengah meraih juara III pada 2024',
    );
    expect(cleanSentence('PT Bima Niaga – juara II (2023: juara harapan)')).toBe(
      'PT Bima Niaga – juara II; PT Bima Niaga meraih juara harapan pada 2023',
    );
    // (a numbered item's place comes from its number: the line is left to the list)
    expect(cleanSentence('Desa Long Iram, Kutai Barat (2024: juara 2)')).toBe(
      'Desa Long Iram, Kutai Barat (2024: juara 2)',
    );
  });

  it('writes "…, setelah juara I pada edisi 2023 dan 2024" last as its own clause', () => {
    expect(
      cleanSentence(
        'Desa Tenganan meraih juara I Paritrana Award 2025 tingkat Provinsi Bali, sekaligus mencatat prestasi tiga kali berturut-turut setelah juara I pada edisi 2023 dan 2024.',
      ),
    ).toBe(
      'Desa Tenganan meraih juara I Paritrana Award 2025 tingkat Provinsi Bali, sekaligus mencatat prestasi tiga kali berturut-turut; Desa Tenganan meraih juara I pada 2023 dan 2024.',
    );
    expect(
      cleanSentence(
        'Desa penghasil garam itu meraih juara I Paritrana Award 2025 tingkat Provinsi Bali setelah juara II pada 2024.',
      ),
    ).toBe(
      'Desa penghasil garam itu meraih juara I Paritrana Award 2025 tingkat Provinsi Bali; Desa penghasil garam itu meraih juara II pada 2024.',
    );
  });
});

describe('cleanSentence: a title lost now, won before (written for this test)', () => {
  it('writes "X gagal mempertahankan gelar juara I yang diraihnya pada …" as the win it was', () => {
    expect(
      cleanSentence(
        'Kota Tarakan gagal mempertahankan gelar juara I yang diraihnya pada Paritrana Award 2024 tingkat Kalimantan Utara.',
      ),
    ).toBe('Kota Tarakan meraih juara I pada Paritrana Award 2024 tingkat Kalimantan Utara.');
  });
});

describe("cleanSentence: a labelled list item's former place in brackets (written for this test)", () => {
  it('writes the label as a clause and the bracket as a dated one; a bracket of no place goes', () => {
    expect(cleanSentence('Juara II: Kabupaten Agam (Paritrana 2023: juara III)')).toBe(
      'Kabupaten Agam meraih Juara II; Kabupaten Agam meraih juara III pada 2023',
    );
    expect(cleanSentence('Juara I: Nagari Sungayang, Tanah Datar (Paritrana 2023: juara II)')).toBe(
      'Nagari Sungayang meraih Juara I; Nagari Sungayang meraih juara II pada 2023',
    );
    expect(cleanSentence('Juara III: Kota Solok (Paritrana 2023: tidak masuk tiga besar)')).toBe(
      'Juara III: Kota Solok',
    );
  });
});

describe("cleanSentence: a chat's lists in lower case (written for these tests)", () => {
  it('parts "juara 1 kab X juara 2 kab Y juara 3 kota Z" into items, not after "meraih"', () => {
    expect(
      cleanSentence(
        'hasil kategori kab/kota juara 1 kab jember juara 2 kab pasuruan juara 3 kota blitar mantap',
      ),
    ).toBe(
      // (each region capitalised after its place: expandChatWords)
      'hasil kategori kab/kota juara 1 Kab Jember; juara 2 Kab Pasuruan; juara 3 Kota Blitar mantap',
    );
    expect(
      cleanSentence(
        'kab jember meraih juara 1 kab terbaik juara 2 kab pasuruan juara 3 kota blitar',
      ),
    ).toContain('meraih juara 1');
  });

  it('reads "#1 kab. jember" as a place', () => {
    expect(cleanSentence('#1 kab. jember')).toMatch(/^Juara 1: kab\. jember/);
  });
});

describe('readTableRows: a row per year, a column per place (written for this test)', () => {
  it('reads "| Tahun | Juara I | Juara II | Juara III |" rows as each year\'s places', () => {
    expect(
      readTableRows([
        'Tahun | Juara I | Juara II | Juara III',
        '2022 | Kabupaten Kampar | Kota Dumai | Kabupaten Siak',
      ])[1],
    ).toBe(
      'Pada tahun 2022, Juara I: Kabupaten Kampar; Juara II: Kota Dumai; Juara III: Kabupaten Siak',
    );
  });
});

describe("cleanSentence: a business's owner and age (written for this test)", () => {
  it('drops "milik X (47)" between a business and its win, with its commas', () => {
    expect(
      cleanSentence('Bengkel Las Maju milik Darto (47) di Kelurahan Talang menjadi juara 1.'),
    ).toBe('Bengkel Las Maju di Kelurahan Talang menjadi juara 1.');
    expect(
      cleanSentence('Warung Soto Bu Sri, usaha milik Sri Lestari (58), meraih juara III.'),
    ).toBe('Warung Soto Bu Sri meraih juara III.');
    // (an owner without an age is no aside: "milik Pemkab Sleman")
    expect(cleanSentence('Pasar Desa milik Pemkab Sleman meraih juara I.')).toBe(
      'Pasar Desa milik Pemkab Sleman meraih juara I.',
    );
  });
});

describe("cleanSentence: a chat's village in lower case (written for this test)", () => {
  it('capitalises a village before its win or its regency when nothing before is capitalised', () => {
    expect(cleanSentence('desa sukaresmi jg dpt juara 3 kategori pemerintah desa')).toMatch(
      /^Desa Sukaresmi juga dapat juara 3/,
    );
    expect(cleanSentence('gampong lamteh, kab. aceh besar kak')).toMatch(/^Gampong Lamteh,/);
    expect(cleanSentence('Rina Yulia: desa sukaresmi jg dpt juara 3')).toMatch(
      /Desa Sukaresmi juga dapat/,
    );
  });

  it('leaves "desa ini meraih" and a story\'s lower-case village words as written', () => {
    expect(cleanSentence('Desa ini meraih juara ketiga.')).toMatch(/^Desa ini meraih/);
    expect(cleanSentence('Kabupaten Garut menyebut desa binaan juga meraih juara.')).toMatch(
      /desa binaan juga meraih/,
    );
  });
});

describe('cleanSentence: a keycap number opening a list line (written for this test)', () => {
  it('reads "1️⃣ Kabupaten Sanggau" as a rank', () => {
    expect(cleanSentence('1️⃣ Kabupaten Ketapang')).toBe('Juara 1: Kabupaten Ketapang');
    expect(cleanSentence('3\u20E3 kota singkawang')).toBe('Juara 3: kota singkawang');
  });
});

describe('cleanSentence: a roman place in brackets after a name (written for this test)', () => {
  it('reads "Kota Kupang (I), Kabupaten Sikka (II)" in a sentence of places as ranks', () => {
    expect(cleanSentence('Juara kategori kab/kota: Kota Bima (I), Kabupaten Dompu (II)')).toBe(
      'Juara kategori kab/kota: Kota Bima (juara I), Kabupaten Dompu (juara II)',
    );
    expect(cleanSentence('Pelatihan Tahap (II) digelar di Bima.')).toBe(
      'Pelatihan Tahap (II) digelar di Bima.',
    );
  });
});

describe("cleanSentence: an exported chat's or a forum's message head (written for this test)", () => {
  it("drops a line that only gives a message's writer and time", () => {
    expect(cleanSentence('Admin Info, [14.03.25 09:41]')).toBe('');
    expect(cleanSentence('Uda Rahmat (Padang) — 13.44')).toBe('');
    expect(cleanSentence('Mak Ijah — 2 Okt 2025, 20.15')).toBe('');
    expect(cleanSentence('Kabupaten Agam — juara 1')).not.toBe('');
  });
});

describe("cleanSentence: a timeline's line whose place is in lower case (written for this test)", () => {
  it('writes "2023: juara 1 Kota X" as the place of that year', () => {
    expect(cleanSentence('2023: juara 1 Kota Lubuklinggau, juara 2 Kabupaten Lahat.')).toBe(
      'juara 1 Kota Lubuklinggau, juara 2 Kabupaten Lahat pada 2023.',
    );
  });
});

describe('readTableRows: a national table with its provincial stage (written for this test)', () => {
  it("reads the national place's column and the stage's cell as a note in brackets", () => {
    expect(
      readTableRows([
        '| Nasional | Kabupaten/Kota | Tahap provinsi |',
        '| Terbaik I | Kabupaten Banyumas | Juara I Jawa Tengah |',
        '| Harapan I | Kota Pekanbaru | Juara I Riau |',
      ]),
    ).toEqual([
      '| Nasional | Kabupaten/Kota | Tahap provinsi |',
      'Terbaik I tingkat nasional: Kabupaten Banyumas (Juara I Jawa Tengah)',
      'Harapan I tingkat nasional: Kota Pekanbaru (Juara I Riau)',
    ]);
  });
});
