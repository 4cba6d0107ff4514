import { describe, expect, it } from 'vitest';
import { extractAwards } from './extract-awards.ts';
import { statedLevel } from './build-award.ts';

const read = (text: string) => extractAwards({ id: 't', text, publishedAt: null });

describe('statedLevel', () => {
  it('reads the level a sentence states', () => {
    expect(statedLevel('Kabupaten Sinjai meraih juara III tingkat nasional.')).toBe('nasional');
    expect(
      statedLevel('Kota Palu juara I Paritrana Award 2024 tingkat Provinsi Sulawesi Tengah.'),
    ).toBe('provinsi');
    expect(statedLevel('Kota Palu meraih juara I.')).toBeNull();
    // (the stage by its province: "tahap Jawa Barat", "Tingkat Sulteng" in a headline)
    expect(statedLevel('Pada tahap Sulawesi Tengah, juara kedua diraih Kota Palu.')).toBe(
      'provinsi',
    );
    expect(statedLevel('Palu Terbaik II, Donggala Juara III Tingkat Sulteng')).toBe('provinsi');
    // (the award named with its province: "Paritrana Award Provinsi Sulawesi Tengah")
    expect(
      statedLevel('Kami meraih Terbaik I Paritrana Award Provinsi Sulawesi Tengah tahun 2025.'),
    ).toBe('provinsi');
    expect(
      statedLevel('Pada tahap provinsi edisi 2025, juara II diraih Kabupaten Tanggamus.'),
    ).toBe('provinsi');
  });

  it('does not take the stage a winner goes on to as the level of its win', () => {
    expect(
      statedLevel(
        'Sebelumnya, Kabupaten Kampar menjadi juara I Paritrana Award 2023 tingkat Provinsi Riau sehingga berhak maju ke tingkat nasional.',
      ),
    ).toBe('provinsi');
    expect(
      statedLevel('Kota Dumai juara I se-Riau dan akan mewakili Riau di tingkat nasional.'),
    ).toBe('provinsi');
  });
});

describe('statedLevel: a level in parentheses', () => {
  it('reads "(Nasional)" after a category as the national stage', () => {
    expect(statedLevel('Juara III Kategori Pemerintah Kabupaten/Kota (Nasional)')).toBe('nasional');
  });
});

describe('levels of early editions and of "se-Indonesia" (written for these tests)', () => {
  it('reads "se-Indonesia" as the national stage, not a province\'s', () => {
    expect(statedLevel('Kabupaten Buton terbaik kedua se-Indonesia.')).toBe('nasional');
    expect(statedLevel('Kabupaten Buton terbaik kedua se-Sultra.')).toBe('provinsi');
  });

  it("keeps an early edition at the province's stage its sentence names, else national", () => {
    const siak =
      'Pemerintah Kabupaten Siak meraih juara pertama Paritrana Award tingkat Provinsi Riau pada edisi 2019.';
    const early = read(siak);
    expect(early.map((a) => [a.editionYear, a.level])).toEqual([[2019, 'provinsi']]);
    const plain = read('Pemerintah Kabupaten Siak meraih juara pertama Paritrana Award 2019.');
    expect(plain.map((a) => [a.editionYear, a.level])).toEqual([[2019, 'nasional']]);
  });
});

describe('buildAward: a company\'s province named as its stage without "Provinsi" (written for this test)', () => {
  it('takes the province of "juara I tingkat Jawa Tengah", not the ceremony\'s city', () => {
    const awards = read(
      'Pemenang Paritrana Award 2025\n\nJAKARTA — Paritrana Award 2025 diserahkan di Jakarta, Selasa (12/5/2026).\n\nUsaha Mikro Kecil\n- Terbaik I: CV Tenun Ikat Sumba (juara I tingkat Nusa Tenggara Timur)\n- Terbaik II: UD Dodol Garut Rasa (juara I tingkat Jawa Barat)\n',
    );
    expect(
      awards.filter((a) => a.level === 'provinsi').map((a) => [a.winnerCanonical, a.province]),
    ).toEqual([
      ['Tenun Ikat Sumba', 'Nusa Tenggara Timur'],
      ['Dodol Garut Rasa', 'Jawa Barat'],
    ]);
  });
});

describe('a national story: the provincial win its winner went on from (written for this test)', () => {
  it('reads "berangkat ke tingkat nasional setelah menjadi juara 1 … tingkat Provinsi X" as that provincial win', () => {
    const awards = read(
      'PT Surya Tirta Kencana Terbaik III Nasional\n\nJAKARTA — PT Surya Tirta Kencana meraih Terbaik III Paritrana Award 2025 tingkat nasional kategori Badan Usaha Menengah dan Besar, Selasa (10/3/2026).\n\nPT Surya Tirta Kencana berangkat ke tingkat nasional setelah menjadi juara 1 Paritrana Award 2025 tingkat Provinsi Jambi.\n\nKabupaten Merangin melaju ke tingkat nasional setelah menjadi juara 2 Paritrana Award 2025 tingkat Provinsi Jambi.\n\nKota Sungai Penuh melangkah ke tingkat nasional sebagai juara 3 Paritrana Award 2025 tingkat Provinsi Jambi.',
    );
    expect(awards.map((a) => [a.winnerCanonical, a.rank, a.level, a.province])).toEqual([
      ['Surya Tirta Kencana', 3, 'nasional', null],
      ['Surya Tirta Kencana', 1, 'provinsi', 'Jambi'],
      ['Kabupaten Merangin', 2, 'provinsi', 'Jambi'],
      ['Kota Sungai Penuh', 3, 'provinsi', 'Jambi'],
    ]);
  });
});

describe('the level of each clause of a contrasted sentence and each part of a headline', () => {
  const levels = (text: string) =>
    read(text)
      .map((a) => [a.winnerCanonical, a.level, a.province, a.rank])
      .sort((x, y) => String(x[0]).localeCompare(String(y[0])));

  it('reads "X … tingkat nasional, sedangkan Y … tingkat Provinsi Z" as two levels', () => {
    expect(
      levels(
        'Gresik Terbaik Nasional, Lamongan Juara di Jatim\n\nSURABAYA — Kabupaten Gresik meraih Terbaik I Paritrana Award 2025 tingkat nasional, sedangkan Kabupaten Lamongan dinobatkan Terbaik II tingkat Provinsi Jawa Timur.',
      ),
    ).toEqual([
      ['Kabupaten Gresik', 'nasional', null, 1],
      ['Kabupaten Lamongan', 'provinsi', 'Jawa Timur', 2],
    ]);
  });

  it('reads a clause handed over by the Vice President as national, the other as its province', () => {
    expect(
      levels(
        'KUPANG — Kota Kupang menerima Terbaik III Paritrana Award 2024 di Istana Wakil Presiden, sementara Kabupaten Sikka meraih Terbaik I tingkat Provinsi Nusa Tenggara Timur.',
      ),
    ).toEqual([
      ['Kabupaten Sikka', 'provinsi', 'Nusa Tenggara Timur', 1],
      ['Kota Kupang', 'nasional', null, 3],
    ]);
  });

  it('reads a name given a second place in the provincial clause at that stage', () => {
    expect(
      levels(
        'MATARAM — Di tingkat nasional, Kota Mataram meraih terbaik II Paritrana Award 2024, sedangkan di tingkat provinsi Kabupaten Sumbawa meraih juara I dan Kota Mataram juara II.',
      ),
    ).toEqual([
      ['Kabupaten Sumbawa', 'provinsi', 'Nusa Tenggara Barat', 1],
      ['Kota Mataram', 'nasional', null, 2],
      ['Kota Mataram', 'provinsi', 'Nusa Tenggara Barat', 2],
    ]);
  });

  it('reads each part of a headline that names two winners at its own level, one winner whole', () => {
    expect(
      levels(
        'Gresik Terbaik Nasional, Lamongan Juara di Jatim\n\nSURABAYA — Kabupaten Gresik meraih Terbaik I Paritrana Award 2025 tingkat nasional kategori Pemerintah Kabupaten/Kota. Penghargaan diserahkan Wakil Presiden di Jakarta.',
      ),
    ).toEqual([
      ['Kabupaten Gresik', 'nasional', null, 1],
      ['Kabupaten Lamongan', 'provinsi', 'Jawa Timur', null],
    ]);
    expect(
      levels(
        'Tuban Borong Dua Panggung Paritrana 2024: Juara Provinsi, Terbaik II Nasional\n\nTUBAN — Setelah meraih juara 1 tingkat Provinsi Jawa Timur pada Agustus lalu, Kabupaten Tuban kini dinobatkan sebagai Terbaik II Paritrana Award 2024 tingkat nasional.',
      ),
    ).toEqual([
      ['Kabupaten Tuban', 'nasional', null, 2],
      ['Kabupaten Tuban', 'provinsi', 'Jawa Timur', 1],
    ]);
  });

  it('reads a headline\'s "Naik Podium Sumut" and "Juara Paritrana Kalsel" as provincial', () => {
    expect(
      levels(
        'Asahan Terbaik II Nasional, Batubara Naik Podium Sumut\n\nKISARAN — Kabupaten Asahan meraih Terbaik II Paritrana Award 2024 tingkat nasional. Kabupaten Batubara juga mendapat penghargaan Paritrana Award 2024.',
      ),
    ).toEqual([
      ['Kabupaten Asahan', 'nasional', null, 2],
      ['Kabupaten Batu Bara', 'provinsi', 'Sumatera Utara', null],
    ]);
  });

  it('reads a result handed over by the Vice President, or won in Jakarta, as national', () => {
    expect(
      levels(
        'KENDARI — Paritrana Award 2025 tingkat Provinsi Sulawesi Tenggara diserahkan di Kendari. Kabupaten Kolaka meraih Terbaik I kategori Pemerintah Kabupaten/Kota. Pemerintah Kota Baubau menerima Terbaik III Paritrana Award 2025 dari Wakil Presiden, Selasa (3/2/2026).',
      ),
    ).toEqual([
      ['Kabupaten Kolaka', 'provinsi', 'Sulawesi Tenggara', 1],
      ['Kota Bau Bau', 'nasional', null, 3],
    ]);
  });

  it('but not a venue of an earlier result in a fronted clause', () => {
    expect(
      levels(
        'KUPANG — Tiga tahun setelah membawa pulang penghargaan dari Istana Wakil Presiden, UD Tenun Sumba Lestari meraih juara I Paritrana Award 2024 kategori usaha mikro kecil. Penghargaan tingkat Provinsi Nusa Tenggara Timur diserahkan di Kupang.',
      ),
    ).toEqual([['Tenun Sumba Lestari', 'provinsi', 'Nusa Tenggara Timur', 1]]);
  });

  it('reads the level of a result apart from the earlier result a "setelah" clause tells', () => {
    expect(
      levels(
        'TERNATE — PT Rempah Kieraha menerima penghargaan Paritrana Award 2024 dari Wakil Presiden sebagai Terbaik II, setelah pada Oktober lalu PT Pala Jailolo dinobatkan Terbaik I tingkat Provinsi Maluku Utara.',
      ),
    ).toEqual([
      ['Pala Jailolo', 'provinsi', 'Maluku Utara', 1],
      ['Rempah Kieraha', 'nasional', null, 2],
    ]);
  });
});
