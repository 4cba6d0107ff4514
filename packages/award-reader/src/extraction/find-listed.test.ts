import { describe, expect, it } from 'vitest';
import { findListed } from './find-listed.ts';
import { findWinners } from './find-winners.ts';

const ranks = (s: string) => findListed(s).map((c) => [c.name.text, c.rank?.rank ?? null]);

describe('findListed', () => {
  it('ranks a winner "disusul" between two stated ranks', () => {
    expect(
      ranks(
        'Juara pertama diraih PT Maju, disusul PT Jaya, sementara posisi ketiga ditempati PT Abadi.',
      ),
    ).toEqual([
      ['PT Maju', 1],
      ['PT Jaya', 2],
      ['PT Abadi', 3],
    ]);
  });

  it('leaves a follower unranked when no later rank bounds it', () => {
    expect(ranks('Juara pertama diraih Kota Lestari, disusul Kota Makmur.')).toEqual([
      ['Kota Lestari', 1],
      ['Kota Makmur', null],
    ]);
  });

  it('reads no item inside an agency name that joins words with "dan"', () => {
    expect(
      ranks(
        'Pemerintah Kabupaten Nunukan melalui Dinas Tenaga Kerja dan Transmigrasi meraih terbaik I Paritrana Award 2024.',
      ),
    ).toEqual([]);
  });

  it('reads the city after "Desa X dari Kecamatan Y," as the village\'s place', () => {
    expect(ranks('Disusul Desa Sumberejo dari Kecamatan Batu, Kota Batu.')).toEqual([
      ['Desa Sumberejo', null],
    ]);
  });

  it('reads no list in the area a branch office serves', () => {
    expect(
      ranks(
        'Wilayah kerja Kantor Cabang Kudus meliputi Kabupaten Kudus, Kabupaten Pati dan Kabupaten Jepara.',
      ),
    ).toEqual([]);
  });

  it('reads "posisi ketiga oleh X" after a rank as a list trigger', () => {
    expect(ranks('Posisi kedua direbut PT Maju, dan posisi ketiga oleh PT Jaya Abadi.')).toEqual([
      ['PT Maju', 2],
      ['PT Jaya Abadi', 3],
    ]);
  });

  it('takes an unmarked name "dari Kota X" after a trigger as a winner, not a bare person', () => {
    expect(ranks('Predikat terbaik pertama diberikan kepada Kopi Senja dari Kota Batu.')).toEqual([
      ['Kopi Senja', 1],
    ]);
    expect(ranks('Predikat terbaik pertama diberikan kepada Budi Santoso.')).toEqual([]);
  });

  it('reads a line headed by a category without "Kategori", with offsets into the sentence', () => {
    const s = 'Badan Usaha Besar: Juara I PT Sinar Jaya, Juara II PT Bumi Lestari';
    const found = findListed(s);
    expect(found.map((c) => [c.name.text, c.rank?.rank ?? null])).toEqual([
      ['PT Sinar Jaya', 1],
      ['PT Bumi Lestari', 2],
    ]);
    for (const c of found) {
      expect(s.slice(c.name.start, c.name.end)).toBe(c.name.text);
    }
    expect(ranks('Kota Lestari: juara 1')).toEqual([['Kota Lestari', 1]]);
    const labelled = 'Kategori UMKM: Juara I Toko Sari; Juara II Kedai Jati';
    for (const c of findListed(labelled)) {
      expect(labelled.slice(c.name.start, c.name.end)).toBe(c.name.text);
    }
  });

  it('reads one unmarked word after a business in a list as its town, and a district as a place', () => {
    expect(
      findListed('Juara I: Toko Sinar Jaya, Lestari', true).map((c) => [c.name.text, c.place]),
    ).toEqual([['Toko Sinar Jaya', 'Lestari']]);
    expect(
      ranks('Kategori kampung dimenangkan Kampung Yamara, Distrik Manem, Kabupaten Keerom.'),
    ).toEqual([['Kampung Yamara', null]]);
  });

  it('reads "Pemenangnya A (I), B (II) dan C (III)" with each place', () => {
    expect(
      ranks('Pemenangnya Kota Madiun (I), Kabupaten Madiun (II) dan Kabupaten Magetan (III).'),
    ).toEqual([
      ['Kota Madiun', 1],
      ['Kabupaten Madiun', 2],
      ['Kabupaten Magetan', 3],
    ]);
  });

  it('keeps winners whose zone follows them in parentheses', () => {
    expect(
      ranks(
        'Provinsi lain yang meraih predikat serupa adalah Riau (Zona Sumatera), Jawa Tengah (Zona Jawa Bali) dan Bali (Zona Nusa Tenggara, Maluku dan Papua).',
      ).map(([name]) => name),
    ).toEqual(['Riau', 'Jawa Tengah', 'Bali']);
  });

  it('reads "Juara 1 kategori UMKM: X" (a rank, not a count of categories)', () => {
    expect(ranks('Juara 1 kategori UMKM: Keripik Tempe Bu Sari')).toEqual([
      ['Keripik Tempe Bu Sari', 1],
    ]);
  });

  it('reads a winner named before the ";" after a category, and "dijuarai" as a trigger', () => {
    expect(
      ranks('Juara I kategori badan usaha besar diraih Hotel Puri Jati; juara II RSU Lestari.'),
    ).toEqual([
      ['Hotel Puri Jati', 1],
      ['RSU Lestari', 2],
    ]);
    expect(
      findListed('Kategori usaha mikro kecil dijuarai BUMDes Amerta Sari, Desa Jati.').map((c) => [
        c.name.text,
        c.place,
      ]),
    ).toEqual([['BUMDes Amerta Sari', 'Desa Jati']]);
  });

  it('reads no nominee certificate and no region asked to catch up as a winner', () => {
    expect(ranks('Dalam acara yang sama, Kabupaten Lestari menerima sertifikat nominasi.')).toEqual(
      [],
    );
    expect(
      ranks(
        'Menko PMK meminta daerah yang belum menerbitkan aturan, antara lain Kabupaten Jati dan Kabupaten Sari, segera menyusul.',
      ),
    ).toEqual([]);
  });

  it('reads a zone line, and "juara I dan II masing-masing A dan B"', () => {
    expect(
      ranks('Provinsi Terbaik Zona Bali dan Nusa Tenggara: Provinsi Nusa Tenggara Barat'),
    ).toEqual([['Provinsi Nusa Tenggara Barat', null]]);
    expect(
      findWinners(
        'Kategori pemerintah desa, juara I dan II masing-masing Desa Sukamaju Satu dan Desa Jati.',
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['Desa Sukamaju Satu', 1],
      ['Desa Jati', 2],
    ]);
  });

  it('reads "kategori provinsi, A, B dan C; kategori …" as lists', () => {
    const s =
      'Berikut daftar penerima Paritrana Award 2020: kategori provinsi, Provinsi Bali, Provinsi Jambi dan Provinsi Riau; kategori UMKM, Batik Semar.';
    const found = findListed(s);
    expect(found.map((c) => c.name.text)).toEqual([
      'Provinsi Bali',
      'Provinsi Jambi',
      'Provinsi Riau',
      'Batik Semar',
    ]);
    for (const c of found) {
      expect(s.slice(c.name.start, c.name.end)).toBe(c.name.text);
    }
  });

  it('reads a name with "&" after a list trigger whole', () => {
    expect(ranks('Juara II kategori UMKM: Toko Bangunan Sumber Rezeki & Putra')).toEqual([
      ['Toko Bangunan Sumber Rezeki & Putra', 2],
    ]);
    // an item split off inside the name just read ("… dan Transmigrasi …") is part of it
    expect(
      ranks('Juara 1 diraih Dinas Tenaga Kerja dan Transmigrasi Kota Lestari, juara 2 Kota Jati.'),
    ).toEqual([
      ['Dinas Tenaga Kerja dan Transmigrasi Kota Lestari', 1],
      ['Kota Jati', 2],
    ]);
  });

  it('gives a name after "diikuti" its own rank, and one "setelah" a rank the place above', () => {
    expect(
      ranks(
        'Kota Lestari dinobatkan sebagai juara pertama, diikuti Kota Jati di posisi kedua.',
      ).slice(-1),
    ).toEqual([['Kota Jati', 2]]);
    expect(ranks('Kota Jati menjadi terbaik kedua setelah Kota Lestari.')).toEqual([
      ['Kota Lestari', 1],
    ]);
  });

  it("keeps a rank split off its trigger by a category's commas", () => {
    expect(
      ranks(
        'Juara pertama kategori usaha mikro, kecil dan menengah diraih Kedai Kopi Fajar, juara kedua Warung Bu Sri.',
      ),
    ).toEqual([
      ['Kedai Kopi Fajar', 1],
      ['Warung Bu Sri', 2],
    ]);
    // a name between the rank and the trigger keeps its rank to itself
    expect(
      ranks('Kota Lestari juara pertama, kecil dan menengah diraih Kedai Kopi Fajar.').slice(-1),
    ).toEqual([['Kedai Kopi Fajar', null]]);
  });

  it("reads a regency after a village item as the village's place", () => {
    expect(ranks('Desa Sari, Kabupaten Lestari meraih juara II kategori desa.')).toEqual([]);
    // the village named inside a category item still places the regency after it
    expect(
      ranks('Kategori pemerintah desa melalui Desa Sari, Kabupaten Lestari, yang meraih juara 1.'),
    ).toEqual([]);
  });
});

describe('findListed: ranks in parentheses after each name', () => {
  it('reads "A (Juara II kategori …), B (Juara III …)" rank by rank', () => {
    expect(
      findListed(
        'Keempatnya ialah Kota Palu (Juara II kategori pemerintah kota), Kabupaten Sigi (Juara III kategori yang sama) dan PT Donggala Jaya (Juara I kategori badan usaha menengah).',
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['Kota Palu', 2],
      ['Kabupaten Sigi', 3],
      ['PT Donggala Jaya', 1],
    ]);
  });
});

describe('findListed: zones given "oleh" their winners', () => {
  it('reads "Zona A diraih X, Zona B oleh Y, dan Zona C oleh Z"', () => {
    expect(
      findListed(
        'Provinsi terbaik Zona Sumatera diraih Provinsi Jambi, Zona Kalimantan oleh Provinsi Kalimantan Barat, dan Zona Sulawesi oleh Provinsi Sulawesi Barat.',
      ).map((c) => c.name.text),
    ).toEqual(['Provinsi Jambi', 'Provinsi Kalimantan Barat', 'Provinsi Sulawesi Barat']);
  });
});

describe('findWinners: rivals beaten to places they still won', () => {
  const read = (s: string) => findWinners(s).map((c) => [c.name.text, c.rank?.rank ?? null]);
  it('reads "menyisihkan A (juara II) dan B (juara III)" as winners', () => {
    expect(
      read(
        'Kota Bitung meraih juara I Paritrana Award 2023, menyisihkan Kabupaten Minahasa (juara II) dan Kota Tomohon (juara III).',
      ),
    ).toEqual([
      ['Kota Bitung', 1],
      ['Kabupaten Minahasa', 2],
      ['Kota Tomohon', 3],
    ]);
  });

  it('reads "menyisihkan A dan B yang masing-masing berada di posisi kedua dan ketiga"', () => {
    expect(
      read(
        'Pada Paritrana Award 2025, Kabupaten Jember menyisihkan Kota Madiun dan Kabupaten Tuban yang masing-masing berada di posisi kedua dan ketiga.',
      ).slice(-2),
    ).toEqual([
      ['Kota Madiun', 2],
      ['Kabupaten Tuban', 3],
    ]);
  });

  it('still takes no rival beaten without a place of its own', () => {
    expect(
      read('Kota Bitung meraih juara I Paritrana Award 2023, menyisihkan Kabupaten Minahasa.'),
    ).toEqual([['Kota Bitung', 1]]);
  });
});

describe('findWinners: a rank after the place that follows a winner', () => {
  it('reads "Desa X, Kabupaten Y (juara I)" as X\'s first place', () => {
    expect(
      findWinners(
        'Kategori pemerintah desa dimenangkan Desa Towale, Kabupaten Donggala (juara I).',
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([['Desa Towale', 1]]);
  });

  it("reads a business's town before its rank in parentheses as its place", () => {
    expect(
      findWinners(
        'Kategori usaha mikro: UD Tahu Sumber Rejeki, Kabupaten Kediri (Juara I), dan Batik Tulis Mojo, Kabupaten Tuban (Juara II).',
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['UD Tahu Sumber Rejeki', 1],
      ['Batik Tulis Mojo', 2],
    ]);
  });

  it('reads a winner described as a cooperative or a company before its verb', () => {
    expect(
      findWinners(
        'Credit Union Pancur Baru, koperasi kredit yang berpusat di Kabupaten Sanggau, meraih juara I Paritrana Award 2024.',
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([['Credit Union Pancur Baru', 1]]);
  });
});

describe('findListed: the city after a venue', () => {
  it('reads a region after "di aula Kantor …," or "dari panggung Gedung …," as the venue\'s city', () => {
    expect(
      ranks(
        'Kota Pasuruan menerima piala juara I Paritrana Award 2025 di aula Kantor Gubernur Jawa Timur, Surabaya.',
      ),
    ).toEqual([['Kota Pasuruan', 1]]);
    expect(
      ranks(
        'Kabupaten Sikka meraih juara II Paritrana Award 2025, diumumkan dari panggung Gedung Sasando, Kupang.',
      ),
    ).toEqual([['Kabupaten Sikka', 2]]);
  });
});

describe("findListed: the rank after a village's kecamatan", () => {
  it('gives "Desa X, Kec. Y — Juara 1" its rank', () => {
    expect(
      findListed('Desa Pasir Putih, Kec. Tanjung Harapan — Juara 1', true).map((c) => [
        c.name.text,
        c.rank?.rank ?? null,
      ]),
    ).toEqual([['Desa Pasir Putih', 1]]);
  });
});

describe("findListed: a village's kecamatan after it", () => {
  it('reads a two-word unmarked name after a village as its kecamatan', () => {
    expect(ranks('Terbaik I kategori desa jatuh ke Desa Tounelet Satu, Kakas Barat.')).toEqual([
      ['Desa Tounelet Satu', 1],
    ]);
  });
});

describe('findListed: a sentence after a list', () => {
  it('reads no item from a line that opens with one capitalised word and goes on in lower case', () => {
    const names = (s: string) => findListed(s, true).map((c) => c.name.text);
    expect(names('Tetap semangat lindungi pekerja kita.')).toEqual([]);
    expect(names('Pengumuman disampaikan secara daring, Maret 2022')).toEqual([]);
    // a name's rank in lower case after it still makes an item
    expect(names('dengan Jamkrida di posisi kedua serta Indogrosir di urutan ketiga.')).toEqual([
      'Jamkrida',
      'Indogrosir',
    ]);
  });
});

describe('findListed: ranks and names a list item opens with', () => {
  it('reads "Di posisi kedua" before a village that its regency follows', () => {
    expect(
      ranks(
        'Di posisi kedua Desa Mekar Sari Timur, Kabupaten Kendal, sedangkan posisi ketiga Desa Watu Gede, Kabupaten Batang.',
      ),
    ).toEqual([
      ['Desa Mekar Sari Timur', 2],
      ['Desa Watu Gede', 3],
    ]);
  });

  it('reads a quoted name after "diraih", and its regency as its place', () => {
    expect(
      ranks(
        'Terbaik pertama kategori desa diraih "Desa Lembah Hijau", Kabupaten Tanggamus, yang dikenal sebagai kampung nelayan.',
      ),
    ).toEqual([['Desa Lembah Hijau', 1]]);
  });

  it('gives a congratulated winner the rank of the win it is congratulated on, past its kecamatan', () => {
    expect(
      ranks(
        'Camat menyampaikan selamat kepada Pemerintah Desa Bukit Indah, Kecamatan Tilamuta, atas diraihnya terbaik kedua Paritrana Award 2025 tingkat Provinsi Gorontalo.',
      ),
    ).toEqual([['Pemerintah Desa Bukit Indah', 2]]);
  });
});
