import { describe, expect, it } from 'vitest';
import { findWinners } from './find-winners.ts';

const names = (s: string) => findWinners(s).map((c) => [c.name.text, c.rank?.rank ?? null]);

describe('findWinners: capitalized ranks between names', () => {
  it('reads "Juara II" after a comma as the next name\'s rank, not the one before', () => {
    expect(
      names('Paritrana Award kabupaten/kota: Juara I Kota Tegal, Juara II Kabupaten Brebes.'),
    ).toEqual([
      ['Kota Tegal', 1],
      ['Kabupaten Brebes', 2],
    ]);
  });

  it('reads a capitalized ", Juara II Kategori …" after the award as the name\'s own rank', () => {
    expect(
      names(
        'Kabupaten Lamongan meraih Paritrana Award 2025 tingkat Provinsi Jawa Timur, Juara II Kategori Pemerintah Kabupaten/Kota.',
      ),
    ).toEqual([['Kabupaten Lamongan', 2]]);
    expect(names('Kota Binjai meraih Paritrana Award 2024, Juara III.')).toEqual([
      ['Kota Binjai', 3],
    ]);
  });

  it('reads ", Terbaik II Nasional" after the award as the name\'s own rank', () => {
    expect(
      names('PT Sinar Karet Andalas meraih Paritrana Award 2021, Terbaik II Nasional.'),
    ).toEqual([['PT Sinar Karet Andalas', 2]]);
    expect(
      names(
        'PT Sinar Karet Andalas pernah meraih Paritrana Award 2021, Juara II NASIONAL Kategori Perusahaan Besar.',
      ),
    ).toEqual([['PT Sinar Karet Andalas', 2]]);
  });

  it('reads no bare list numeral "I." as a name', () => {
    expect(names('Pemenang Paritrana Award:\nI. Kategori Pemerintah Kabupaten/Kota')).toEqual([]);
  });
});

describe('findWinners: "Anugerah" in a company name', () => {
  it('reads a list whose company name holds "Anugerah" as no other award', () => {
    expect(
      names(
        'Badan Usaha Besar: PT Prima Elektrik (terbaik 1), PT Sepatu Anugerah Mulia (terbaik 2)',
      ),
    ).toEqual([
      ['PT Prima Elektrik', 1],
      ['PT Sepatu Anugerah Mulia', 2],
    ]);
  });
});

describe('findWinners: a business the sentence opens with and describes', () => {
  it('reads the business, not the village in its description, as the winner', () => {
    expect(
      names(
        'Keripik Pisang Bu Sari, usaha milik Ibu Sari di Desa Jati, Kecamatan Lestari, meraih juara II kategori usaha mikro kecil Paritrana Award 2024.',
      ),
    ).toEqual([['Keripik Pisang Bu Sari', 2]]);
  });
});

describe('findWinners: one winner, two categories', () => {
  it('reads "juara I kategori A dan juara I kategori B" as two awards', () => {
    expect(
      names(
        'Kabupaten Deli Serdang meraih dua penghargaan Paritrana Award 2025: juara I kategori pemerintah kabupaten/kota dan juara I kategori inovasi.',
      ),
    ).toEqual([
      ['Kabupaten Deli Serdang', 1],
      ['Kabupaten Deli Serdang', 1],
    ]);
  });
});

describe('findWinners: subjects of win verbs', () => {
  it('reads an agency as a winner of its own, but not as the way its government won', () => {
    expect(
      names('Dinas Tenaga Kerja dan Transmigrasi Kota Lestari meraih Paritrana Award 2024.'),
    ).toEqual([['Dinas Tenaga Kerja dan Transmigrasi Kota Lestari', null]]);
    expect(
      names(
        'Pemerintah Kabupaten Jati melalui Dinas Tenaga Kerja memperoleh penghargaan Paritrana Award peringkat pertama.',
      ),
    ).toEqual([['Pemerintah Kabupaten Jati', 1]]);
  });

  it('finds no winner where no one won, among contenders, or in the place of businesses', () => {
    expect(
      names(
        'Tidak ada pemerintah daerah Maluku Utara yang meraih Paritrana Award 2024 tingkat nasional.',
      ),
    ).toEqual([]);
    expect(
      names(
        'Pesaing Kabupaten Jati di Paritrana Award tahap akhir yaitu Kota Lestari, Kabupaten Sumber dan Kota Baru.',
      ),
    ).toEqual([]);
    expect(
      names('Sejumlah pelaku usaha Kota Lestari meraih Paritrana Award 2024 tingkat provinsi.'),
    ).toEqual([]);
  });

  it('finds a subject whose win is told as an earlier one ("sebelumnya pernah meraih")', () => {
    expect(
      names(
        'Kabupaten Jati sebelumnya pernah meraih juara II Paritrana Award 2023 tingkat nasional.',
      ),
    ).toEqual([['Kabupaten Jati', 2]]);
  });

  it('reads no name from a rank label or from the small businesses of a place', () => {
    expect(
      findWinners('Harapan I: Kabupaten Lestari', false, true).map((c) => c.name.text),
    ).not.toContain('Harapan I');
    expect(names('UMKM Minahasa Borong Penghargaan Paritrana')).toEqual([]);
  });

  it('reads no winner from a company of a place in a headline', () => {
    expect(names('Perusahaan Madiun Raih Dua Penghargaan Paritrana')).toEqual([]);
  });

  it('takes no guest, host or nominee at the ceremony for a winner', () => {
    expect(
      findWinners(
        'Juara I diraih Kabupaten Lestari, sedangkan Kabupaten Jati hadir sebagai undangan.',
        true,
      ).map((c) => c.name.text),
    ).toEqual(['Kabupaten Lestari']);
    expect(
      names(
        'Seluruh nominasi, termasuk Kabupaten Lestari dan Kota Jati, menerima sertifikat nominasi Paritrana Award 2024.',
      ),
    ).toEqual([]);
    expect(
      names('Selain ketiga daerah tersebut, Kabupaten Lestari menerima piagam sebagai nominasi.'),
    ).toEqual([]);
  });

  it('finds colloquial wins: "finish di urutan kedua", "bertengger di", "dapat juara"', () => {
    expect(names('Kota Mojokerto finish di urutan kedua Paritrana Award 2024.')).toEqual([
      ['Kota Mojokerto', 2],
    ]);
    expect(names('Kabupaten Ngawi bertengger di posisi ketiga.')).toEqual([['Kabupaten Ngawi', 3]]);
    expect(names('Tetangganya, Desa Kemantren, dapat juara harapan I.')).toEqual([
      ['Desa Kemantren', null],
    ]);
    expect(
      names('Badan usaha milik daerahnya, Perumda Tirta Kepri, ikut menyabet juara II.'),
    ).toEqual([['Perumda Tirta Kepri', 2]]);
    expect(names('PT Mebel Jati Kencana diumumkan sebagai juara I Paritrana Award 2025.')).toEqual([
      ['PT Mebel Jati Kencana', 1],
    ]);
    // "dapat" before a verb is "can"
    expect(names('Kota Batu dapat meraih juara tahun depan.')).toEqual([]);
  });

  it('gives a listed name the rank right after it, not the one the item before carried', () => {
    expect(
      names(
        'Paritrana Award 2024 tingkat Sumsel: Kota Palembang juara I, Kabupaten Lahat juara II, dan Kota Pagar Alam juara III kategori pemerintah kabupaten/kota; PT Karet Musi Utama juara I kategori badan usaha.',
      ),
    ).toEqual([
      ['Kota Palembang', 1],
      ['Kabupaten Lahat', 2],
      ['Kota Pagar Alam', 3],
      ['PT Karet Musi Utama', 1],
    ]);
    // (a rank after a second name is that name's)
    expect(
      names('Juara pertama diraih Kabupaten Lahat dan Kota Pagar Alam di urutan ketiga.'),
    ).toEqual([
      ['Kabupaten Lahat', 1],
      ['Kota Pagar Alam', 3],
    ]);
  });

  it('reads Maluku\'s negeri with their district and city as villages, and a name ending in "Negeri"', () => {
    expect(
      names(
        'Negeri Tawiri, Kecamatan Teluk Ambon, Kota Ambon, meraih juara I; Negeri Hutumury, Kecamatan Leitimur Selatan, Kota Ambon juara II.',
      ),
    ).toEqual([
      ['Negeri Tawiri', 1],
      ['Negeri Hutumury', 2],
    ]);
    expect(names('Juara pertama diraih Pekon Kiluan Negeri dari Tanggamus.')).toEqual([
      ['Pekon Kiluan Negeri', 1],
    ]);
  });

  it("reads a rival beaten to a place of its own as that place's winner, and a plain beaten one as none", () => {
    expect(
      names(
        'Kabupaten Kotawaringin Barat meraih juara I Paritrana Award 2025, mengungguli Kabupaten Kotawaringin Timur di posisi kedua dan Kota Palangka Raya di posisi ketiga.',
      ),
    ).toEqual([
      ['Kabupaten Kotawaringin Barat', 1],
      ['Kabupaten Kotawaringin Timur', 2],
      ['Kota Palangka Raya', 3],
    ]);
    expect(
      names(
        'Kabupaten Kotawaringin Barat meraih juara I Paritrana Award 2025, mengungguli Kota Palangka Raya.',
      ),
    ).toEqual([['Kabupaten Kotawaringin Barat', 1]]);
  });

  it('reads a DIY village with its kemantren and city, and "baru meraih" as a win', () => {
    expect(
      names(
        'Adapun Kelurahan Purbayan, Kemantren Kotagede, Kota Yogyakarta, meraih juara harapan I.',
      ),
    ).toEqual([['Kelurahan Purbayan', null]]);
    expect(names('Setahun sebelumnya, Desa Kelong baru meraih juara III.')).toEqual([
      ['Desa Kelong', 3],
    ]);
  });

  it('finds a prefixed winner and its rank', () => {
    expect(names('Pemerintah Kota Madiun berhasil meraih juara II Paritrana Award 2024.')).toEqual([
      ['Pemerintah Kota Madiun', 2],
    ]);
  });

  it('passes "menorehkan prestasi … dengan meraih"', () => {
    const s =
      'Kabupaten Klaten kembali menorehkan prestasi membanggakan dengan meraih peringkat pertama Paritrana Award.';
    expect(names(s)).toEqual([['Kabupaten Klaten', 1]]);
  });

  it('passes "melalui <dinas>" and places before the rank', () => {
    const s =
      'Pemerintah Kota Kediri melalui Dinas Tenaga Kerja memperoleh Paritrana Award kategori besar tingkat Provinsi Jawa Timur sebagai terbaik kedua.';
    expect(names(s)).toEqual([['Pemerintah Kota Kediri', 2]]);
  });

  it('reads "ditetapkan sebagai", "membawa pulang", "menyusul di" and dashes', () => {
    expect(names('Pemerintah Kota Madiun ditetapkan sebagai juara 1 penghargaan itu.')).toEqual([
      ['Pemerintah Kota Madiun', 1],
    ]);
    expect(names('Kabupaten Ngawi juga membawa pulang juara II kategori pemerintah.')).toEqual([
      ['Kabupaten Ngawi', 2],
    ]);
    expect(names('Kota Batu menyusul di peringkat kedua.')).toEqual([['Kota Batu', 2]]);
    expect(names('Kabupaten Magetan – terbaik ketiga')).toEqual([['Kabupaten Magetan', 3]]);
    expect(names('Kopi Senja asal Malang dinobatkan terbaik kesatu.')).toEqual([['Kopi Senja', 1]]);
  });

  it('reads "dinyatakan sebagai", "harus puas sebagai" and "naik menjadi"', () => {
    expect(names('Kota Batu dinyatakan sebagai juara kedua.')).toEqual([['Kota Batu', 2]]);
    expect(names('Pada Paritrana Award 2021, Kabupaten Ngawi harus puas sebagai Juara 3.')).toEqual(
      [['Kabupaten Ngawi', 3]],
    );
    expect(names('Setahun kemudian, Kabupaten Ngawi naik menjadi Juara 2.')).toEqual([
      ['Kabupaten Ngawi', 2],
    ]);
  });

  it('skips a description or location between a winner and its verb', () => {
    const s =
      'PT Pakan Prima (PPR), pabrik pakan ternak di Kecamatan Cibeber, Kabupaten Cianjur, meraih juara 2 kategori badan usaha.';
    expect(names(s)).toEqual([['PT Pakan Prima', 2]]);
    const v =
      'Desa Sukamulya di Kecamatan Cibeber, Kabupaten Cianjur, dinyatakan sebagai terbaik pertama.';
    expect(names(v)).toEqual([['Desa Sukamulya', 1]]);
  });

  it('reads "jatuh ke tangan" and "menjadi milik" as list triggers', () => {
    expect(names('Gelar terbaik pertama jatuh ke tangan Kabupaten Lestari.')).toEqual([
      ['Kabupaten Lestari', 1],
    ]);
    expect(names('Adapun peringkat ketiga menjadi milik PT Maju Sentosa.')).toEqual([
      ['PT Maju Sentosa', 3],
    ]);
  });

  it('reads "melengkapi tiga besar" as the last place of the top three, or the series after it', () => {
    expect(
      names('Kota Madiun melengkapi tiga besar Paritrana Award 2024 tingkat Jawa Timur.'),
    ).toEqual([['Kota Madiun', 3]]);
    expect(
      names(
        'Kabupaten Sleman dan Kabupaten Gunungkidul melengkapi tiga besar, masing-masing di peringkat kedua dan ketiga.',
      ),
    ).toEqual([
      ['Kabupaten Sleman', 2],
      ['Kabupaten Gunungkidul', 3],
    ]);
  });

  it("reads a win's earlier places past the one who handed it over and the ceremony's day", () => {
    const earlier = [
      ['Kota Salatiga', 2],
      ['Kota Salatiga', 3],
      ['Kota Salatiga', 2],
    ];
    expect(
      names(
        'Kota Salatiga meraih juara 2 Paritrana Award 2025 yang diserahkan Wagub Jateng, Rabu (6/8/2025), setelah juara 3 pada 2023 dan juara 2 pada 2024.',
      ),
    ).toEqual(earlier);
    expect(
      names(
        'Kota Salatiga meraih juara 2 Paritrana Award 2025 yang diserahkan Wagub Jateng di Semarang, setelah juara 3 pada 2023 dan juara 2 pada 2024.',
      ),
    ).toEqual(earlier);
  });

  it('reads "hanya menempati" and "justru meraih" as wins, and two stages in one sentence', () => {
    expect(
      names(
        'PT Tenun Ayu Klaten hanya menempati juara 2 Paritrana Award 2025 tingkat Jawa Tengah.',
      ),
    ).toEqual([['PT Tenun Ayu Klaten', 2]]);
    expect(names('PT Tenun Ayu Klaten justru meraih Terbaik I Paritrana Award 2025.')).toEqual([
      ['PT Tenun Ayu Klaten', 1],
    ]);
    expect(
      names('Kota Magelang ketika itu menjadi juara 1 Paritrana Award tingkat Jawa Tengah.'),
    ).toEqual([['Kota Magelang', 1]]);
    expect(
      names(
        'Desa Jatirejo menempati juara 1 kategori Pemerintah Desa di tingkat provinsi dan Terbaik III di tingkat nasional.',
      ),
    ).toEqual([
      ['Desa Jatirejo', 1],
      ['Desa Jatirejo', 3],
    ]);
  });

  it('reads "diumumkan juara kedua X dan juara ketiga Y" as a list', () => {
    expect(
      names(
        'Pada kesempatan itu diumumkan juara kedua Kota Magelang dan juara ketiga Kabupaten Batang.',
      ),
    ).toEqual([
      ['Kota Magelang', 2],
      ['Kabupaten Batang', 3],
    ]);
  });

  it('reads "Peringkat pertama ditetapkan untuk X" as a win, but not "untuk X" elsewhere', () => {
    expect(names('Peringkat pertama ditetapkan untuk Kabupaten Buton.')).toEqual([
      ['Kabupaten Buton', 1],
    ]);
    expect(names('Juara 1 diberikan untuk Kabupaten Buton.')).toEqual([['Kabupaten Buton', 1]]);
    expect(
      names(
        'Satu untuk Pemkab Buton sebagai terbaik pertama kategori kabupaten, satu lagi untuk Koperasi Tani Lestari sebagai terbaik kedua kategori koperasi.',
      ),
    ).toEqual([
      ['Pemkab Buton', 1],
      ['Koperasi Tani Lestari', 2],
    ]);
    expect(names('Kota Baubau meraih juara 1 untuk Provinsi Sulawesi Tenggara.')).toEqual([
      ['Kota Baubau', 1],
    ]);
  });

  it('ends a name\'s clause at ", sedangkan peringkat tiga …", another place\'s', () => {
    expect(
      names(
        'Kota Jati meraih peringkat dua, turun dari juara 1 pada Paritrana Award 2024, sedangkan peringkat tiga diraih Kota Asri.',
      ),
    ).toEqual([
      ['Kota Jati', 2],
      ['Kota Jati', 1],
      ['Kota Asri', 3],
    ]);
  });

  it('reads "tampil sebagai juara" as a win', () => {
    expect(names('Kabupaten Lestari kini tampil sebagai juara I Paritrana Award 2024.')).toEqual([
      ['Kabupaten Lestari', 1],
    ]);
  });

  it('passes "asal <place>" after a marked winner', () => {
    expect(names('UMKM Sari Rasa asal Kota Bogor keluar sebagai Juara 1.')).toEqual([
      ['UMKM Sari Rasa', 1],
    ]);
  });

  it('reads "dengan predikat terbaik" and "yang berada di urutan kedua"', () => {
    expect(names('Pemerintah Kota Bogor dengan predikat terbaik pertama.')).toEqual([
      ['Pemerintah Kota Bogor', 1],
    ]);
    const after = findWinners('Bogor unggul atas Kota Depok yang berada di urutan kedua.', true);
    expect(after.map((c) => [c.name.text, c.rank?.rank])).toEqual([['Kota Depok', 2]]);
  });

  it('places a village by the regency right after it', () => {
    const s = 'Terbaik ketiga diraih Desa Sukamulya Kabupaten Cianjur.';
    expect(findWinners(s).map((c) => [c.name.text, c.rank?.rank, c.place])).toEqual([
      ['Desa Sukamulya', 3, 'Kabupaten Cianjur'],
    ]);
  });

  it('passes "sendiri pernah" between a winner and its verb', () => {
    expect(names('Kota Bogor sendiri pernah meraih juara 1 Paritrana Award pada 2022.')).toEqual([
      ['Kota Bogor', 1],
    ]);
  });

  it('passes a demonstrative after the winner', () => {
    expect(names('Kamis lalu, Kepala Desa Sukamulya itu menerima trofi Juara 1.')).toEqual([
      ['Kepala Desa Sukamulya', 1],
    ]);
  });

  it('skips a relative clause between a winner and its verb', () => {
    const s =
      'PT Tirta Sari yang berlokasi di Kabupaten Bogor berhasil meraih juara 1 kategori besar.';
    expect(findWinners(s).map((c) => [c.name.text, c.rank?.rank, c.place])).toEqual([
      ['PT Tirta Sari', 1, 'Kabupaten Bogor'],
    ]);
  });

  it('ends a name at a headline verb', () => {
    const heads = [
      'Sleman Pertahankan Juara 1 Paritrana DIY',
      'Kota Bogor Rebut Peringkat I Paritrana Jabar',
      'Bank Sukamaju Kantongi Terbaik Pertama Paritrana 2024',
      'PT Karya Bawa Pulang Juara 2 Paritrana Banten',
      'Kota Bogor Dinobatkan Terbaik Pertama Paritrana',
      'Kota Depok Terpilih Jadi Juara 1 Paritrana',
      'Kabupaten Garut Juarai Paritrana Jabar',
    ];
    expect(heads.map((h) => names(h)[0]?.[0])).toEqual([
      'Sleman',
      'Kota Bogor',
      'Bank Sukamaju',
      'PT Karya',
      'Kota Bogor',
      'Kota Depok',
      'Kabupaten Garut',
    ]);
  });

  it('places a village or company set off by commas, but not a region', () => {
    expect(names('Desa Sukamulya, Kabupaten Cianjur, meraih juara 1.')).toEqual([
      ['Desa Sukamulya', 1],
    ]);
    expect(names('PT Tirta Sari, Bogor, meraih juara 2.')).toEqual([['PT Tirta Sari', 2]]);
  });

  it('gives the win to a company a regency wins "through"', () => {
    const s = 'Kabupaten Bogor melalui PT Tirta Sari meraih juara 1 kategori badan usaha.';
    expect(names(s)).toEqual([['PT Tirta Sari', 1]]);
  });

  it('ends a name at an adverb before the verb', () => {
    expect(names('Tiga Tahun Menanti, Sleman Akhirnya Juara 1 Paritrana')).toEqual([['Sleman', 1]]);
  });

  it('reads "harus juara" and "membidik juara" as targets', () => {
    expect(names('Tahun ini Kabupaten Ngawi harus juara Paritrana Award.')).toEqual([]);
    expect(names('Kabupaten Ngawi membidik juara 1 Paritrana Award.')).toEqual([]);
  });

  it('reads one award per category a winner takes', () => {
    const s =
      'Kabupaten Gresik meraih juara 1 kategori pemerintah daerah dan juara 2 kategori inovasi.';
    expect(names(s)).toEqual([
      ['Kabupaten Gresik', 1],
      ['Kabupaten Gresik', 2],
    ]);
  });

  it('reads a rank before "ditempati"', () => {
    expect(names('Posisi juara II ditempati Kota Batu.')).toEqual([['Kota Batu', 2]]);
  });

  it('ignores hopes, targets and nominations', () => {
    expect(
      names('Kami berharap Kabupaten Klaten bisa meraih Paritrana Award tahun depan.'),
    ).toEqual([]);
    expect(names('Kabupaten Klaten masuk nominasi Paritrana Award 2024.')).toEqual([]);
  });

  it('ignores places after "tingkat" and "di"', () => {
    expect(
      names('Kota Madiun meraih juara 1 Paritrana Award tingkat Provinsi Jawa Timur.'),
    ).toEqual([['Kota Madiun', 1]]);
  });

  it('shares the win with coordinated names and hands out "masing-masing" ranks', () => {
    const s =
      'Kota Kediri, Kabupaten Tulungagung dan Kota Blitar masing-masing meraih juara I, II dan III penghargaan itu.';
    expect(names(s)).toEqual([
      ['Kota Kediri', 1],
      ['Kabupaten Tulungagung', 2],
      ['Kota Blitar', 3],
    ]);
    const t = 'Desa Oro dan Desa Ayu masing-masing meraih juara 1 dan juara 2 penghargaan itu.';
    expect(names(t)).toEqual([
      ['Desa Oro', 1],
      ['Desa Ayu', 2],
    ]);
  });

  it('ignores other named awards', () => {
    expect(names('Kota Batu juga meraih penghargaan Adipura tahun ini.')).toEqual([]);
    expect(names('Kabupaten Ngawi meraih UHC Award 2024.')).toEqual([]);
    expect(names('Kabupaten Ngawi meraih Paritrana Award dan UHC Award.')).toEqual([
      ['Kabupaten Ngawi', null],
    ]);
  });

  it('does not take a person as winner', () => {
    expect(names('Sutrisno menerima penghargaan Paritrana Award di Surabaya.')).toEqual([]);
  });
});

describe('findWinners: lists', () => {
  it('reads a passive list after "diraih oleh"', () => {
    const s =
      'Kategori sektor keuangan diraih oleh Bank Sinar Jaya, Koperasi Maju dan Sentosa Abadi.';
    expect(names(s)).toEqual([
      ['Bank Sinar Jaya', null],
      ['Koperasi Maju', null],
      ['Sentosa Abadi', null],
    ]);
  });

  it('reads rank-led items and "Juara N:" lines', () => {
    expect(names('Juara 2: Kabupaten Magetan')).toEqual([['Kabupaten Magetan', 2]]);
    const s = 'Kategori UMKM (Terbaik 3 Roti Ayu, Terbaik 2 Kopi Senja dan Terbaik 1 Batik Rina).';
    expect(names(s)).toEqual([
      ['Roti Ayu', 3],
      ['Kopi Senja', 2],
      ['Batik Rina', 1],
    ]);
  });

  it('does not read list numbers as ranks', () => {
    expect(names('2. Sektor pendidikan dimenangkan oleh Yayasan Harapan Bangsa.')).toEqual([
      ['Yayasan Harapan Bangsa', null],
    ]);
  });

  it('treats a regency after a village as its place', () => {
    expect(names('Juara 1: Desa Sumberejo, Kecamatan Batu, Kabupaten Malang')).toEqual([
      ['Desa Sumberejo', 1],
    ]);
  });

  it('reads a winner named right after its rank and category', () => {
    const s = 'Juara 1 kategori pemerintah desa Desa Sukamaju, juara 2 Desa Ciherang.';
    expect(names(s)).toEqual([
      ['Desa Sukamaju', 1],
      ['Desa Ciherang', 2],
    ]);
    expect(names('Terbaik pertama badan usaha besar PT Antam, terbaik kedua PT Vale.')).toEqual([
      ['PT Antam', 1],
      ['PT Vale', 2],
    ]);
  });

  it('reads a category opening an item before its rank', () => {
    const s = 'Sementara itu, untuk UMKM juara pertama Kopi Mekongga dan juara kedua Tenun Wawo.';
    expect(names(s)).toEqual([
      ['Kopi Mekongga', 1],
      ['Tenun Wawo', 2],
    ]);
  });

  it('reads the passive of headline verbs as list triggers', () => {
    expect(names('Gelar juara pertama disandang Kota Kendari.')).toEqual([['Kota Kendari', 1]]);
    expect(names('Peringkat kedua direbut Kabupaten Konawe.')).toEqual([['Kabupaten Konawe', 2]]);
  });

  it('coordinates winners that each carry a place', () => {
    const s =
      'Desa Sukamulya di Kabupaten Cianjur dan Desa Cibodas di Kabupaten Bogor masing-masing meraih juara 1 dan 2.';
    expect(names(s)).toEqual([
      ['Desa Sukamulya', 1],
      ['Desa Cibodas', 2],
    ]);
  });

  it('hands ranks out in order after "secara berturut-turut"', () => {
    const s =
      'Kota Bogor, Kota Depok dan Kabupaten Garut secara berturut-turut meraih peringkat I, II dan III.';
    expect(names(s)).toEqual([
      ['Kota Bogor', 1],
      ['Kota Depok', 2],
      ['Kabupaten Garut', 3],
    ]);
  });

  it('hands a series of ranks to the winners listed after it, in order', () => {
    const s =
      'Peringkat pertama hingga ketiga berurutan ditempati Kota Bogor, Kota Depok dan Kabupaten Garut.';
    expect(names(s)).toEqual([
      ['Kota Bogor', 1],
      ['Kota Depok', 2],
      ['Kabupaten Garut', 3],
    ]);
  });

  it('gives a rank closing the list to the winner before it', () => {
    const s =
      'Kategori desa dimenangkan oleh Desa Sukamulya, Kabupaten Cianjur, sebagai terbaik kedua.';
    expect(names(s)).toEqual([['Desa Sukamulya', 2]]);
  });

  it('keeps "juara 2 dan 3" for two winners', () => {
    const s =
      'Kota Madiun meraih juara 1, diikuti oleh Kabupaten Ngawi dan Kabupaten Magetan sebagai juara 2 dan 3.';
    expect(names(s)).toEqual([
      ['Kota Madiun', 1],
      ['Kabupaten Ngawi', 2],
      ['Kabupaten Magetan', 3],
    ]);
  });

  it('stops at beaten rivals', () => {
    const s =
      'Kota Madiun meraih juara 1 Paritrana Award setelah mengungguli Kabupaten Ngawi dan Kota Batu.';
    expect(names(s)).toEqual([['Kota Madiun', 1]]);
  });

  it('reads rank-led items after a category colon', () => {
    const s =
      'Kategori pemerintah provinsi: terbaik pertama Provinsi Bali, terbaik kedua Provinsi Aceh.';
    expect(names(s)).toEqual([
      ['Provinsi Bali', 1],
      ['Provinsi Aceh', 2],
    ]);
  });

  it('reads ranks in parentheses after names', () => {
    const s =
      'Penghargaan juga diberikan kepada Kabupaten Ngawi (juara 2) dan Kota Batu (juara 3).';
    expect(names(s)).toEqual([
      ['Kabupaten Ngawi', 2],
      ['Kota Batu', 3],
    ]);
  });

  it('reads "(Juara 1)" after a name as its rank', () => {
    const s = 'Kategori UMKM diraih oleh Roti Manis (Juara 1) dan Kopi Senja (Juara 2).';
    expect(names(s)).toEqual([
      ['Roti Manis', 1],
      ['Kopi Senja', 2],
    ]);
  });

  it('does not read candidates as winners', () => {
    const s =
      'Tiga daerah yakni Kota Batu, Kabupaten Ngawi dan Kota Blitar mengikuti seleksi kandidat Paritrana Award 2024.';
    expect(names(s)).toEqual([]);
  });

  it('does not read a list of categories as winners', () => {
    expect(
      names(
        'Penghargaan terbagi dalam empat kategori yakni UMKM, Badan Usaha, Desa, dan Pemerintah Kota.',
      ),
    ).toEqual([]);
  });
});

describe("findWinners: a trophy received by the winners' representatives", () => {
  it('reads the names after "diterima masing-masing oleh perwakilan"', () => {
    expect(
      names(
        'Trofi diterima masing-masing oleh perwakilan Pemkab Majene, Pemkab Pasangkayu dan PT Mandar Sejati Abadi.',
      ).map(([n]) => n),
    ).toEqual(['Pemkab Majene', 'Pemkab Pasangkayu', 'PT Mandar Sejati Abadi']);
  });
});

describe('findWinners: lodgings and schools by their markers', () => {
  it('reads a homestay or a pesantren placed by a description before its verb', () => {
    expect(
      names(
        'Homestay Teluk Biru di Kampung Yenbuba, Distrik Meos Mansar, Kabupaten Raja Ampat, meraih juara I Paritrana Award 2025.',
      ),
    ).toEqual([['Homestay Teluk Biru', 1]]);
    expect(
      names(
        'Pondok Pesantren Nurul Huda di Kecamatan Pakong, Kabupaten Pamekasan, meraih juara II Paritrana Award 2024.',
      ),
    ).toEqual([['Pondok Pesantren Nurul Huda', 2]]);
  });
});

describe('findWinners: a heading before a ranked list', () => {
  it('reads the ranked names after "X:", not the heading, and a bullet between items', () => {
    expect(names('Hasil: Juara 1 Kota Mamuju, Juara 2 Kabupaten Majene.')).toEqual([
      ['Kota Mamuju', 1],
      ['Kabupaten Majene', 2],
    ]);
    expect(names('Kota Bitung: juara 1 Paritrana Award 2024.')).toEqual([['Kota Bitung', 1]]);
  });
});

describe('findWinners: a village government and its address', () => {
  it('takes "Pemdes X, Kecamatan Y, Kabupaten Z" as the village alone', () => {
    expect(
      names(
        'Pemdes Lape, Kecamatan Lape, Kabupaten Sumbawa, menjadi terbaik ketiga Paritrana Award 2025 kategori pemerintah desa.',
      ).map(([n]) => n),
    ).toEqual(['Pemdes Lape']);
  });
});

describe('findWinners: "dibawa pulang"', () => {
  it('reads the name after "dibawa pulang" as a winner, not the place after "dibawa pulang ke"', () => {
    expect(names('Gelar juara kedua dibawa pulang Kota Palopo.')).toEqual([['Kota Palopo', 2]]);
    expect(names('Piala Paritrana Award itu dibawa pulang ke Masamba dengan kapal.')).toEqual([]);
  });
});

describe("findWinners: a land's nickname inside a sentence", () => {
  it('reads "Bumi X" after "bahwa" as a name', () => {
    expect(
      names('Ia mengingatkan bahwa Bumi Wonosari pernah menjadi juara I Paritrana Award 2023.'),
    ).toEqual([['Bumi Wonosari', 1]]);
  });
});

describe('findWinners: the town after a ranked business', () => {
  it('reads a regency or city right after a ranked business as its town', () => {
    expect(
      names(
        'Kategori Usaha Mikro Kecil: Juara I UD Tahu Sumber Rejeki, Kota Blitar; Juara II Batik Gedog Sekar, Tuban.',
      ),
    ).toEqual([
      ['UD Tahu Sumber Rejeki', 1],
      ['Batik Gedog Sekar', 2],
    ]);
  });
});

describe('findWinners: a business the sentence opens with and places', () => {
  it('reads "X milik Y di Desa Z, Kecamatan W, meraih …" as X', () => {
    expect(
      names(
        'Kopi Lereng Merapi milik Sumarno di Desa Tlogolele, Kecamatan Selo, meraih juara II kategori usaha mikro kecil Paritrana Award 2024.',
      ),
    ).toEqual([['Kopi Lereng Merapi', 2]]);
  });
});

describe('findWinners: a winner after "datang dari", its place and "yang meraih"', () => {
  it('reads the company as the winner', () => {
    expect(
      names(
        'Kabar baik juga datang dari PT Progo Sandang Utama di Sentolo yang meraih juara I kategori badan usaha menengah.',
      ),
    ).toEqual([['PT Progo Sandang Utama', 1]]);
  });
  it('and a village the news "comes from", with its address and a relative clause', () => {
    expect(
      names(
        'Kabar lebih menggembirakan datang dari Desa Sukamaju, Kecamatan Jati, yang dinobatkan sebagai juara 1 kategori Pemerintah Desa.',
      ),
    ).toEqual([['Desa Sukamaju', 1]]);
  });
});

describe('findWinners: a category\'s "kota" before a name', () => {
  it('does not read "kabupaten/kota Kabupaten X" as a name opened by "kota"', () => {
    expect(
      names('Di kategori pemerintah kabupaten/kota Kabupaten Kendal meraih juara I.').map(
        ([n]) => n,
      ),
    ).toEqual(['Kabupaten Kendal']);
  });
});

describe('findWinners: bare numerals after a first rank, and a period glued to the next word', () => {
  it('reads "terbaik I diraih A, II B, III C" as ranks 1, 2 and 3', () => {
    expect(
      names(
        'Kategori Pemerintah Provinsi terbaik I diraih Provinsi Bali, II Provinsi Riau, III Provinsi Aceh.',
      ),
    ).toEqual([
      ['Provinsi Bali', 1],
      ['Provinsi Riau', 2],
      ['Provinsi Aceh', 3],
    ]);
  });

  it("ends a name at a period glued to the next sentence's word", () => {
    expect(
      names(
        'Kabupaten Katingan juara satu Paritrana Award 2024, diikuti Kabupaten Kapuas.penghargaan di aula',
      ).map(([n]) => n),
    ).toContain('Kabupaten Kapuas');
  });
});

describe('findWinners: the givers after "dari"', () => {
  it('keeps the rank after two givers, and takes no second giver as a winner', () => {
    const read = (s: string) => findWinners(s).map((c) => [c.name.text, c.rank?.rank ?? null]);
    expect(
      read(
        'Gampong Lhoong memperoleh penghargaan dari Pemerintah Aceh dan BPJS Ketenagakerjaan sebagai terbaik II tahun 2025.',
      ),
    ).toEqual([['Gampong Lhoong', 2]]);
    expect(
      read(
        'Desa Cibodas memperoleh penghargaan dari BPJS Ketenagakerjaan dan Pemprov Jawa Barat sebagai terbaik II tahun 2025.',
      ),
    ).toEqual([['Desa Cibodas', 2]]);
  });
});

describe('findWinners: "belum lama ini" (recently)', () => {
  it('reads a win told as recent, not as one not yet won', () => {
    expect(
      names(
        'Pemkot Tomohon yang belum lama ini menerima Paritrana Award 2025 tingkat Sulawesi Utara menyatakan akan mendata nelayan.',
      ),
    ).toEqual([['Pemkot Tomohon', null]]);
    expect(
      names('Pemkot Tomohon yang belum menerima Paritrana Award 2025 menyatakan akan berbenah.'),
    ).toEqual([]);
  });
});

describe('findWinners: colloquial "dapat award"', () => {
  it('reads "dapat award" as a win, with the rank told after it', () => {
    expect(
      names(
        'Kedai Kopi Senja Pagi baru saja dapat award BPJAMSOSTEK, tepatnya juara 1 tingkat Provinsi Kepri 2025 kategori usaha mikro kecil.',
      ),
    ).toEqual([['Kedai Kopi Senja Pagi', 1]]);
  });
});

describe("findWinners: a winner's thanks and congratulations", () => {
  it('reads the one who thanks "atas diraihnya juara I" as the winner', () => {
    expect(
      names(
        'Desa Sumber Makmur mengucapkan terima kasih kepada warga atas diraihnya juara I Paritrana Award 2025.',
      ),
    ).toEqual([['Desa Sumber Makmur', 1]]);
  });

  it('reads "Selamat juga untuk X di posisi kedua" as X\'s win', () => {
    expect(
      findWinners(
        'Selamat juga untuk Kabupaten Jombang di posisi kedua, dan Kota Kediri di urutan ketiga.',
        true,
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['Kabupaten Jombang', 2],
      ['Kota Kediri', 3],
    ]);
  });

  it('reads "Selamat untuk X yang meraih juara III" as X\'s win', () => {
    expect(
      names(
        'SELAMAT untuk Kabupaten Agam yang meraih juara III Paritrana Award 2025 tingkat Sumatera Barat.',
      ),
    ).toEqual([['Kabupaten Agam', 3]]);
  });
});

describe('findWinners: a region joined to a place', () => {
  it('takes no region joined by "dan" to a regency named as a place', () => {
    expect(names('Desa di Karo dan Samosir Juara Paritrana Sumut')).toEqual([]);
    expect(names('UMK Batam dan Bintan Borong Juara Paritrana Kepri')).toEqual([]);
  });

  it('still takes a regency joined to a province named as a place', () => {
    expect(
      names(
        'Kabupaten Sorong terbaik pertama di Papua Barat Daya dan Kabupaten Manokwari juga terbaik pertama di Papua Barat.',
      ).map(([n]) => n),
    ).toEqual(['Kabupaten Sorong', 'Kabupaten Manokwari']);
  });
});

describe('findWinners: "selaku juara"', () => {
  it('reads "X, selaku Juara I" as X\'s win', () => {
    expect(names('PT Mamuju Sawit Utama, selaku Juara I Kategori Badan Usaha.')).toEqual([
      ['PT Mamuju Sawit Utama', 1],
    ]);
  });
});

describe('findWinners: church congregations', () => {
  it('reads a congregation, not the city after it, as the winner', () => {
    expect(
      names(
        'Jemaat GMIM Imanuel Woloan, Kota Tomohon, menerima penghargaan kategori Lembaga Keagamaan Paritrana Award 2025.',
      ).map(([n]) => n),
    ).toEqual(['Jemaat GMIM Imanuel Woloan']);
  });
});

describe('findWinners: "yang kedua" as a place won', () => {
  it('reads "menjadi yang kedua" and "meraih yang pertama" as ranks, not "yang pertama bagi X"', () => {
    const cued = (t: string) =>
      findWinners(t, true).map((c) => [c.name.text, c.rank?.rank ?? null]);
    expect(
      cued('Kabupaten Bangka Barat menjadi yang kedua, sedangkan Kota Pangkalpinang yang ketiga.'),
    ).toEqual([
      ['Kabupaten Bangka Barat', 2],
      ['Kota Pangkalpinang', 3],
    ]);
    expect(cued('Desa Juru Seberang meraih yang pertama.')).toEqual([['Desa Juru Seberang', 1]]);
    expect(
      names('Kelurahan Cibabat meraih juara III, menjadi yang pertama bagi Cimahi.').map(
        ([, r]) => r,
      ),
    ).toEqual([3]);
  });
});

describe('findWinners: ranks handed out in order, the series told later', () => {
  it('reads a series as long as the names at the end of their clause', () => {
    expect(
      findWinners(
        'PT Kelapa Nyiur dan PT Tuna Lembeh sama-sama mendapatkan penghargaan pada kategori perusahaan besar, peringkat I dan II.',
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['PT Kelapa Nyiur', 1],
      ['PT Tuna Lembeh', 2],
    ]);
  });

  it('reads "di urutan dua dan tiga" and a "masing-masing" after the object', () => {
    const cued = (t: string) =>
      findWinners(t, true).map((c) => [c.name.text, c.rank?.rank ?? null]);
    expect(cued('Desa Luku (Sigi) dan Desa Kamba (Poso) menyusul di urutan dua dan tiga.')).toEqual(
      [
        ['Desa Luku', 2],
        ['Desa Kamba', 3],
      ],
    );
    expect(
      cued(
        'Desa Saba (Blahbatuh) dan Desa Carangsari (Petang) sama-sama membawa pulang penghargaan kategori desa, masing-masing sebagai juara I dan II.',
      ),
    ).toEqual([
      ['Desa Saba', 1],
      ['Desa Carangsari', 2],
    ]);
  });
});

describe('findWinners: ranks handed out in order without "masing-masing"', () => {
  it('gives a rank series after the verb to the coordinated names in order', () => {
    const cued = (t: string) =>
      findWinners(t, true).map((c) => [c.name.text, c.rank?.rank ?? null]);
    expect(
      cued(
        'Hotel Bukit Asri dan Hotel Samasta Sanur menjadi terbaik pertama dan kedua kategori perusahaan besar.',
      ),
    ).toEqual([
      ['Hotel Bukit Asri', 1],
      ['Hotel Samasta Sanur', 2],
    ]);
    expect(
      cued(
        'Dua desa dari Bangka Barat, Desa Kayu Arang dan Desa Tanjung Niur, meraih yang kedua dan ketiga.',
      ),
    ).toEqual([
      ['Desa Kayu Arang', 2],
      ['Desa Tanjung Niur', 3],
    ]);
  });
});

describe('findWinners: the jury "menetapkan X sebagai juara"', () => {
  it('reads the name a jury set as a winner, and not one set as anything else', () => {
    expect(
      names(
        'Juri menetapkan Gethuk Lindri Mbok Sumi dari Magelang sebagai juara pertama kategori usaha mikro Paritrana Award 2025.',
      ),
    ).toEqual([['Gethuk Lindri Mbok Sumi', 1]]);
    expect(
      names('Panitia Paritrana Award menetapkan Gedung Grahadi sebagai lokasi penganugerahan.'),
    ).toEqual([]);
  });
});

describe('findWinners: "baru sampai juara II"', () => {
  it('reads a win told as how far a name got', () => {
    expect(
      names(
        'Tahun lalu, Kota Probolinggo baru sampai juara II Paritrana Award 2024 tingkat Jawa Timur.',
      ),
    ).toEqual([['Kota Probolinggo', 2]]);
  });
});

describe('findWinners: "menjadi perusahaan besar terbaik"', () => {
  it('reads a kind of winner before "terbaik" as a win', () => {
    expect(
      names('PT Nikel Pomalaa Raya menjadi perusahaan besar terbaik Paritrana Award 2025.'),
    ).toEqual([['PT Nikel Pomalaa Raya', null]]);
    expect(
      names(
        'Desa Katu ditetapkan sebagai desa terbaik Paritrana Award 2023 tingkat Sulawesi Tengah.',
      ),
    ).toEqual([['Desa Katu', null]]);
  });
});

describe('findWinners: "yang ketiga X", "memuncaki", "mengisi posisi"', () => {
  it('reads these places won', () => {
    const cued = (t: string) =>
      findWinners(t, true).map((c) => [c.name.text, c.rank?.rank ?? null]);
    expect(
      cued('Tempat kedua kini diisi Kabupaten Kudus, dan yang ketiga Kabupaten Purbalingga.'),
    ).toEqual([
      ['Kabupaten Kudus', 2],
      ['Kabupaten Purbalingga', 3],
    ]);
    expect(cued('Desa Masukau kini memuncaki kategori desa.')).toEqual([['Desa Masukau', null]]);
    expect(
      cued('Kabupaten Muaro Jambi juga mengisi posisi kedua kategori kabupaten/kota.'),
    ).toEqual([['Kabupaten Muaro Jambi', 2]]);
  });
});

describe('findWinners: "mengikuti di tempat kedua"', () => {
  it('reads a name that follows in second place as a winner', () => {
    expect(
      findWinners(
        'Provinsi Jawa Tengah mengikuti di tempat kedua, dan Provinsi Sulawesi Selatan di tempat ketiga.',
        true,
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['Provinsi Jawa Tengah', 2],
      ['Provinsi Sulawesi Selatan', 3],
    ]);
  });
});

describe('findWinners: "Di belakangnya, secara berurutan, A dan B"', () => {
  it('reads the names that follow a winner in order', () => {
    expect(
      findWinners(
        'Di belakangnya, secara berurutan, Desa Pak Utan (Toho, Mempawah) dan Desa Sepang (Toho).',
        true,
      ).map((c) => c.name.text),
    ).toEqual(['Desa Pak Utan', 'Desa Sepang']);
    expect(
      findWinners('Di bawahnya ada Desa Umbul Tanjung (Cinangka, Kabupaten Serang).', true).map(
        (c) => c.name.text,
      ),
    ).toEqual(['Desa Umbul Tanjung']);
  });
});

describe('findWinners: small businesses by their trade or product', () => {
  it('reads a laundry, a kitchen or a snack maker as a business', () => {
    expect(
      names(
        'Kategori usaha mikro Paritrana Award 2024 diraih Laundry Cepat Wangi sebagai juara 1 dan Dodol Ceu Ratna sebagai juara 2.',
      ),
    ).toEqual([
      ['Laundry Cepat Wangi', 1],
      ['Dodol Ceu Ratna', 2],
    ]);
  });

  it("reads a place's product as no business", () => {
    expect(names('Batik Pekalongan meraih juara I Paritrana Award 2024.')).toEqual([]);
  });
});

describe('findWinners: "bahkan pernah", "dan sejumlah daerah lain"', () => {
  it('reads a bare region that "bahkan pernah meraih" and a name "dan sejumlah daerah lain"', () => {
    expect(
      names('Jeneponto bahkan pernah meraih Paritrana Award 2019 di tingkat nasional.'),
    ).toEqual([['Jeneponto', null]]);
    expect(
      names(
        'Kabupaten Pinrang dan sejumlah daerah lain juga menerima penghargaan Paritrana Award.',
      ),
    ).toEqual([['Kabupaten Pinrang', null]]);
  });
});

describe('findWinners: the regency after the kecamatan a business is in', () => {
  it('reads no regency that "di Kecamatan X, Kabupaten Y," places', () => {
    expect(
      names(
        'Usaha keripik rumahan milik Bu Ijah di Kecamatan Mentok, Kabupaten Bangka Barat, meraih juara I kategori usaha mikro Paritrana Award 2024.',
      ),
    ).toEqual([]);
  });

  it('reads no regency after a village and its kecamatan', () => {
    expect(
      names(
        'Nagari Koto Tinggi, Kecamatan Gunuang Omeh, Kabupaten Lima Puluh Kota, mengangkat piagam juara I Paritrana Award kategori pemerintah nagari.',
      ),
    ).toEqual([['Nagari Koto Tinggi', 1]]);
  });

  it('reads "dapat harapan I" as a win without a rank', () => {
    expect(names('Kabupaten Tanggamus dapat harapan I Paritrana Award 2024.')).toEqual([
      ['Kabupaten Tanggamus', null],
    ]);
  });
});

describe('findWinners: no winners in common words, village places and nominee lists', () => {
  it('reads no region in a common word written in lower case', () => {
    expect(
      names('Bagi perusahaan, Paritrana Award nasional ini adalah puncak dari perjalanan panjang.'),
    ).toEqual([]);
  });

  it('reads no nominee listed after "sertifikat nominasi, yakni"', () => {
    expect(
      names(
        'Selain para juara Paritrana Award, dua UMK menerima sertifikat nominasi, yakni Salon Ayu Talise dan Toko Haji Lasido.',
      ),
    ).toEqual([]);
  });
});

describe('findWinners: "setelah itu" names the next place', () => {
  it('reads the name after "setelah itu" as a follower without a rank', () => {
    expect(
      names('Hotel Teluk Wondama meraih juara I Paritrana Award, setelah itu PT BPR Arfak Jaya.'),
    ).toEqual([
      ['Hotel Teluk Wondama', 1],
      ['PT BPR Arfak Jaya', null],
    ]);
  });
});

describe('findWinners: failures and nominators', () => {
  it('reads no win that failed, a name "tidak masuk daftar juara" or a nominator\'s certificate', () => {
    expect(
      names('Kabupaten Maros gagal mempertahankan posisi tiga besar Paritrana Award tahun ini.'),
    ).toEqual([]);
    expect(names('Desa Long Bagun tidak masuk daftar juara Paritrana Award 2025.')).toEqual([]);
    expect(
      names(
        'Kabupaten Bantaeng menerima sertifikat sebagai nominator Paritrana Award 2024 tingkat nasional.',
      ),
    ).toEqual([]);
  });
});

describe('findWinners: one winner, one rank per edition named', () => {
  it('reads "juara I Paritrana Award 2022 dan juara II Paritrana Award 2023" as two awards', () => {
    expect(
      findWinners(
        'Kota Bima meraih juara I Paritrana Award 2022 dan juara II Paritrana Award 2023.',
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['Kota Bima', 1],
      ['Kota Bima', 2],
    ]);
  });

  it('reads a later clause dated before its rank as its own award', () => {
    expect(
      findWinners(
        'Pada Paritrana Award 2023, Kabupaten Sleman juga menempati juara I, sedangkan pada 2024 harus puas di posisi kedua.',
      ).map((c) => [c.name.text, c.rank?.rank ?? null, c.scope.start > c.name.end]),
    ).toEqual([
      ['Kabupaten Sleman', 1, true],
      ['Kabupaten Sleman', 2, true],
    ]);
  });
});

describe('findWinners: a minister is no winner', () => {
  it('reads "Menko" naming a winner as no name of its own', () => {
    expect(
      findWinners(
        'Untuk kategori pemerintah kabupaten/kota, Menko menyebut Kabupaten Sikka sebagai terbaik pertama.',
        true,
      ).map((w) => w.name.text),
    ).toEqual(['Kabupaten Sikka']);
  });
});

describe("findWinners: a place's kind of food", () => {
  it('reads the region after "khas" as no winner', () => {
    expect(
      findWinners(
        'Rumah makan khas Minahasa, RM Tinoor Indah, meraih juara I kategori usaha mikro kecil Paritrana Award 2025.',
        true,
      ).map((w) => [w.name.text, w.rank?.rank]),
    ).toEqual([['RM Tinoor Indah', 1]]);
  });
});

describe('findWinners: the top three, unordered', () => {
  it('reads "menjadi tiga besar peraih" as a win of each', () => {
    expect(
      findWinners(
        'Kabupaten Jember, Kabupaten Lumajang, dan Kota Probolinggo menjadi tiga besar peraih Paritrana Award 2024 tingkat Jawa Timur.',
        true,
      ).map((w) => [w.name.text, w.rank?.rank ?? null]),
    ).toEqual([
      ['Kabupaten Jember', null],
      ['Kabupaten Lumajang', null],
      ['Kota Probolinggo', null],
    ]);
  });
});

describe('findWinners: a business described after a category lead-in', () => {
  it('reads "Untuk kategori UMK, X, usaha milik …, meraih" as X\'s win', () => {
    expect(
      findWinners(
        'Untuk kategori UMK, Sambal Roa Oma Lien, usaha milik Ibu Lien di Kelurahan Tikala, meraih terbaik pertama.',
        true,
      ).map((w) => [w.name.text, w.rank?.rank ?? null]),
    ).toEqual([['Sambal Roa Oma Lien', 1]]);
  });
});

describe('findWinners: a business named after "usahanya,"', () => {
  it('reads "membuat usahanya, X, terpilih sebagai juara II" as X\'s win', () => {
    expect(
      findWinners(
        'Ketekunan itu membuat usahanya, Pallubasa Daeng Tompo, terpilih sebagai juara II kategori usaha mikro kecil.',
        true,
      ).map((w) => [w.name.text, w.rank?.rank ?? null]),
    ).toEqual([['Pallubasa Daeng Tompo', 2]]);
  });
});

describe('findWinners: a time between the winner and its verb', () => {
  it('reads "yang Agustus lalu meraih" and "yang bulan lalu meraih" as the winner\'s own', () => {
    expect(
      names(
        'Salah satunya CV Kopi Gunung Halu, yang Agustus lalu meraih juara II Paritrana Award 2025 tingkat Jawa Barat.',
      ),
    ).toEqual([['CV Kopi Gunung Halu', 2]]);
    expect(
      names(
        'Kabupaten Garut yang bulan lalu meraih juara I Paritrana Award 2025 tingkat Jawa Barat.',
      ),
    ).toEqual([['Kabupaten Garut', 1]]);
  });
});

describe('findWinners: "pulang membawa"', () => {
  it('reads "akhirnya pulang membawa predikat terbaik pertama" as a win', () => {
    expect(
      names('Pemkab Kendal akhirnya pulang membawa predikat terbaik pertama Paritrana Award 2026.'),
    ).toEqual([['Pemkab Kendal', 1]]);
  });
});

describe("findWinners: a village's address before its place", () => {
  it('reads "Desa X, Kecamatan Y: juara I" and "Desa X, Kecamatan Y, Kabupaten Z meraih juara II"', () => {
    expect(
      names('- Desa Kemuning, Kecamatan Ngargoyoso: juara I kategori pemerintah desa'),
    ).toEqual([['Desa Kemuning', 1]]);
    expect(
      names(
        'Di kategori desa, Desa Kemuning, Kecamatan Ngargoyoso, Kabupaten Karanganyar meraih juara II.',
      ),
    ).toEqual([['Desa Kemuning', 2]]);
  });
});

describe('findWinners: "masih di posisi" and "menjadi peringkat"', () => {
  it('reads a place still held and a place become', () => {
    expect(names('Pada 2022, Kabupaten Kebumen masih di posisi kedua.')).toEqual([
      ['Kabupaten Kebumen', 2],
    ]);
    expect(names('Desa Jatimulyo menjadi peringkat ketiga kategori pemerintah desa.')).toEqual([
      ['Desa Jatimulyo', 3],
    ]);
  });
});

describe('findWinners: one of a few winners', () => {
  it('reads "X termasuk di antara tiga kabupaten penerima" as a win', () => {
    expect(
      names(
        'Pada penyerahan Paritrana Award 2025 tingkat Jawa Tengah pekan lalu, Kabupaten Wonosobo termasuk di antara tiga kabupaten penerima.',
      ),
    ).toEqual([['Kabupaten Wonosobo', null]]);
  });
});

describe("findWinners: a chat's short word opening a sentence", () => {
  it('is no name ("Yg juara 1 …", "Btw juara 1 …")', () => {
    expect(names('Yg juara 1 kategori desa tahun ini Desa Jati.').map(([n]) => n)).not.toContain(
      'Yg',
    );
    expect(names('Btw juara 1 nya Kabupaten Sleman lagi.').map(([n]) => n)).not.toContain('Btw');
  });
});

describe("findWinners: a rank set off after a name, before the award's own name", () => {
  it('is the name\'s rank ("Kabupaten X, juara 1 Paritrana Award 2025 …")', () => {
    expect(
      names(
        'Selamat kepada Kabupaten Kepahiang, juara 1 Paritrana Award 2025 tingkat Provinsi Bengkulu.',
      ),
    ).toEqual([['Kabupaten Kepahiang', 1]]);
  });
});

describe('findWinners: the winner one lost to narrowly', () => {
  it('reads "kalah tipis dari X yang menyabet peringkat pertama" as X\'s win', () => {
    expect(
      names('Banyumas kalah tipis dari Kabupaten Cilacap yang menyabet peringkat pertama.'),
    ).toContainEqual(['Kabupaten Cilacap', 1]);
  });
});

describe('findWinners: "our" after a kind names no one (written for this test)', () => {
  it('reads no winner in "Gampong Kita", "Nagari Kito" or "Rumah Sakit Kami", but keeps a shop named "Toko Kita Mart"', () => {
    expect(names('Gampong Kita Juara II Paritrana Award Aceh')).toEqual([]);
    expect(names('Nagari Kito Juara Tigo Paritrana Award Sumatera Barat')).toEqual([]);
    expect(names('Rumah Sakit Kami Juara Pertama Paritrana Award NTT')).toEqual([]);
    expect(names('Toko Kita Mart Curup meraih juara II Paritrana Award 2025.')).toEqual([
      ['Toko Kita Mart Curup', 2],
    ]);
  });
});

describe('findWinners: a host or a region left without a place (written for this test)', () => {
  it('reads no winner in "X Jadi Tuan Rumah", "belum beruntung" or "harus puas tanpa gelar"', () => {
    expect(names('Sleman Juara I Paritrana DIY, Kulon Progo Jadi Tuan Rumah')).toEqual([
      ['Sleman', 1],
    ]);
    expect(
      names(
        'Kota Blitar menempati juara 2, sementara Kabupaten Kediri dan Kabupaten Tulungagung yang sebelumnya masuk lima besar harus puas tanpa gelar.',
      ),
    ).toEqual([['Kota Blitar', 2]]);
    // (a host that placed keeps its place: "… disusul Kota X yang jadi tuan rumah")
    expect(
      names('juara pertama diraih kota batam disusul kota tanjungpinang yg jadi tuan rumah.'),
    ).toContainEqual(['kota Batam', 1]);
  });

  it("reads no winner in a list of names a nominee's certificate is said of after the last", () => {
    expect(
      names(
        'Juara 1 Kab. Kendal, sedangkan Kab. Wonosobo, Kab. Blora cuma dapat sertifikat nominasi Paritrana Award 2025.',
      ),
    ).toEqual([['Kab. Kendal', 1]]);
    expect(
      names(
        'Kabupaten Lestari, Kota Jati dan Desa Maju Jaya belum beruntung di Paritrana Award 2024.',
      ),
    ).toEqual([]);
  });
});

describe('findWinners: the town after a company in a list line (written for this test)', () => {
  it('reads "PT A, Kabupaten B – Juara 1" as the company alone', () => {
    expect(
      findWinners('PT Rotan Sari Jaya, Kabupaten Cirebon – Juara 1', true, true).map((c) => [
        c.name.text,
        c.rank?.rank ?? null,
      ]),
    ).toEqual([['PT Rotan Sari Jaya', 1]]);
    // (two regions a list names stay two winners)
    expect(names('Juara 1 diraih Kabupaten Cirebon, Kota Cirebon juara 2.')).toHaveLength(2);
  });
});

describe('findWinners: a guesthouse by its own marker (written for this test)', () => {
  it('reads "Wisma X" after "bahwa" as a winner', () => {
    expect(
      names(
        'Dengan sukacita kami umumkan bahwa Wisma Melati Biak meraih Juara 1 Paritrana Award 2025 tingkat Provinsi Papua.',
      ),
    ).toEqual([['Wisma Melati Biak', 1]]);
  });
});

describe('findWinners: a "Harapan" place with no "juara" before it (written for this test)', () => {
  it('reads "mendapat predikat Harapan I" and "meraih Harapan I" as wins, not another award', () => {
    expect(
      names('Selain itu, Desa Kedungrejo, Kecamatan Muncar, mendapat predikat Harapan I.'),
    ).toEqual([['Desa Kedungrejo', null]]);
    expect(names('Desa Kedungrejo meraih Harapan II.')).toEqual([['Desa Kedungrejo', null]]);
    expect(names('Kami punya harapan besar tahun depan.')).toEqual([]);
  });
});

describe('findWinners: an adverb of time opening a quote is no name', () => {
  it('reads no one in "Dulu juara tiga, sekarang juara satu."', () => {
    expect(findWinners('"Dulu juara tiga, sekarang juara satu," ujarnya.', true)).toEqual([]);
    expect(findWinners('Dahulu juara harapan, kini juara pertama.', true)).toEqual([]);
  });
});

describe('findWinners: a chat post\'s "dapat Terbaik I" and an address with no commas (written for this test)', () => {
  it('reads "dapat Terbaik I" as a win, not "dapat terbaik" with no place', () => {
    expect(names('Pemkot Bitung dapat Terbaik II kategori Pemerintah Kabupaten/Kota.')).toEqual([
      ['Pemkot Bitung', 2],
    ]);
    expect(names('Kota Bitung dapat terbaik jika iurannya lunas, kata juri Paritrana.')).toEqual(
      [],
    );
  });

  it('reads "Desa X Kec. Y Kab. Z dapat juara 1" as the village', () => {
    expect(
      names('Desa Tegalwaru Kec. Ciampel Kab. Karawang dapat juara 1 Paritrana Award 2025.'),
    ).toEqual([['Desa Tegalwaru', 1]]);
  });
});

describe('findWinners: a hope not come true (written for this test)', () => {
  it('reads no winner in "Harapan X membawa pulang piala … belum terwujud"', () => {
    expect(
      names(
        'Harapan Kabupaten Pekalongan membawa pulang piala Paritrana kategori kabupaten/kota memang belum terwujud.',
      ),
    ).toEqual([]);
  });
});

describe('findWinners: a series told after the first winner (written for this test)', () => {
  it('gives "juara kedua dan ketiga masing-masing diraih B dan C" to the names after it', () => {
    expect(
      names(
        'Wali Kota Tegal menerima piala juara pertama Paritrana Award 2024, sementara juara kedua dan ketiga masing-masing diraih Kabupaten Brebes dan Kabupaten Pemalang.',
      ),
    ).toEqual([
      ['Wali Kota Tegal', 1],
      ['Kabupaten Brebes', 2],
      ['Kabupaten Pemalang', 3],
    ]);
  });
});

describe('findWinners: a regional win verb (written for this test)', () => {
  it('reads "meunang juara kahiji" (Sundanese) as a win', () => {
    expect(names('Kabupaten Cianjur meunang juara kahiji Paritrana Award 2024.')).toEqual([
      ['Kabupaten Cianjur', 1],
    ]);
  });
});

describe('findWinners: cooperatives by their short forms (written for this test)', () => {
  it('reads "Kopkar X" and "Kopontren Y" set off by commas as winners', () => {
    expect(
      names(
        'Uniknya, koperasi itu, Kopkar Semen Tonasa Jaya, juga meraih juara I kategori koperasi.',
      ),
    ).toEqual([['Kopkar Semen Tonasa Jaya', 1]]);
    expect(
      names('Sementara itu, pesantren tersebut, lewat Kopontren Nurul Huda, meraih juara II.'),
    ).toEqual([['Kopontren Nurul Huda', 2]]);
  });
});

describe('findWinners: a list of awards a name won (written for this test)', () => {
  it('gives the name the place its Paritrana item states, after other awards', () => {
    expect(
      names(
        'Kota Lubuklinggau menerima penghargaan Pembina K3, UHC Award kategori Madya, dan juara 2 Paritrana Award 2025 tingkat Provinsi Sumatera Selatan.',
      ),
    ).toEqual([['Kota Lubuklinggau', 2]]);
    expect(
      names(
        'Kabupaten Lahat menerima Nirwasita Tantra Award, dan terbaik III Paritrana Award 2025 tingkat Provinsi Sumatera Selatan.',
      ),
    ).toEqual([['Kabupaten Lahat', 3]]);
  });

  it("still ends the name's clause at the next name's place", () => {
    expect(
      names('Kota Pagar Alam meraih penghargaan itu, juara 2 Kabupaten Empat Lawang.'),
    ).toEqual([
      ['Kota Pagar Alam', null],
      ['Kabupaten Empat Lawang', 2],
    ]);
  });
});

describe('findWinners: "merupakan juara" (written for this test)', () => {
  it('reads "X merupakan juara pertama" as a win, as "X adalah juara" is', () => {
    expect(
      names('Kabupaten Bolaang Mongondow merupakan juara pertama tahap Provinsi Sulawesi Utara.'),
    ).toEqual([['Kabupaten Bolaang Mongondow', 1]]);
  });
});

describe('findWinners: the source a sentence cites (written for this test)', () => {
  it('reads "Menurut siaran X, Y menempati terbaik II" as Y\'s place, not X\'s', () => {
    expect(
      names(
        'Menurut siaran Dinas Tenaga Kerja Provinsi Jambi, Kabupaten Bungo menempati terbaik II dan Kota Jambi terbaik III.',
      ),
    ).toEqual([
      ['Kabupaten Bungo', 2],
      ['Kota Jambi', 3],
    ]);
  });
});
