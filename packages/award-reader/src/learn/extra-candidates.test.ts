import { describe, expect, it } from 'vitest';
import { extraCandidates } from './extra-candidates.ts';

const names = (s: string) =>
  extraCandidates(s).map((c) => [c.source, c.name.text, c.rank?.rank ?? null]);

describe('extraCandidates: list slots under any bullet or numbering', () => {
  it('reads a slot after "o", "•", "1)", "-" and "b."', () => {
    expect(names('o Juara I: Bank Sumsel Babel')).toEqual([['slot', 'Bank Sumsel Babel', 1]]);
    expect(names('• Juara 2 Kota Metro')).toEqual([['slot', 'Kota Metro', 2]]);
    expect(names('1) Kabupaten Ogan Ilir')).toEqual([['slot', 'Kabupaten Ogan Ilir', 1]]);
    expect(names('- Harapan 1: Koperasi Tani Makmur')).toEqual([
      ['slot', 'Koperasi Tani Makmur', null],
    ]);
    expect(names('b. Juara II: PT Alam & Laut')).toEqual([['slot', 'PT Alam & Laut', 2]]);
  });

  it('reads an inline numbered list as ranked slots', () => {
    expect(names('Hasilnya: 1. Kabupaten Tabanan 2. Kota Denpasar 3. Kabupaten Bangli.')).toEqual([
      ['slot', 'Kabupaten Tabanan', 1],
      ['slot', 'Kota Denpasar', 2],
      ['slot', 'Kabupaten Bangli', 3],
    ]);
  });
});

describe('extraCandidates: another name for the one before', () => {
  it('takes no second candidate after "atau" or "alias"', () => {
    expect(
      names(
        'Posisi ketiga ditempati PT Bank Pembangunan Daerah Lestari Tbk atau Bank Lestari.',
      ).map((n) => n[1]),
    ).not.toContain('Bank Lestari');
  });
});

describe('extraCandidates: names the rules never take for a winner', () => {
  const texts = (s: string) => names(s).map((n) => n[1]);
  it('drops a dateline, a place after a dash, an agency after "melalui", a name beaten', () => {
    expect(
      texts('Pekanbaru (KabarRiau.id)-Pemerintah Provinsi Riau menyerahkan penghargaan.'),
    ).not.toContain('Pekanbaru');
    expect(texts('Juara 1: Pie Kak Mah – Kota Banda Aceh')).not.toContain('Kota Banda Aceh');
    expect(
      texts('Pemerintah Kabupaten Jati melalui Dinas Tenaga Kerja memperoleh juara 1.'),
    ).not.toContain('Dinas Tenaga Kerja');
    expect(texts('Kota Bontang meraih juara 1, setelah mengungguli Kota Samarinda.')).not.toContain(
      'Kota Samarinda',
    );
    // (a place's people: "milik masyarakat Padang Panjang")
    expect(texts('Semua penghargaan ini milik masyarakat Padang Panjang.')).not.toContain(
      'Padang Panjang',
    );
  });

  it('drops a regency or city that places the place before it', () => {
    expect(
      texts(
        'Resort Pantai Indah, hotel bintang empat di kawasan Nongsa, Kota Batam, meraih juara 1 Paritrana Award 2024.',
      ),
    ).not.toContain('Kota Batam');
  });

  it("drops a street's town and a business's village", () => {
    expect(
      texts(
        'Kios Sembako Mama Ina di Jalan Raya Mandala, Merauke, meraih juara I Paritrana Award 2025.',
      ),
    ).not.toContain('Merauke');
    expect(
      texts('Toko Tenun Inaq Rahmah, Desa Pringgasela: juara II kategori usaha mikro kecil'),
    ).not.toContain('Desa Pringgasela');
  });

  it('drops a region joined by "dan" to a regency named as a place', () => {
    expect(texts('Desa di Karo dan Samosir Juara Paritrana Sumut')).not.toContain('Samosir');
  });

  it('drops a venue after "di"', () => {
    expect(names('Bupati Klaten menerima trofi juara I di Semarang, Selasa.')).toEqual([
      ['span', 'Bupati Klaten', 1],
    ]);
  });

  it('drops the place small businesses come from', () => {
    expect(
      texts('Tiga pelaku usaha mikro dari Minahasa menerima Paritrana Award 2024.'),
    ).not.toContain('Minahasa');
  });

  it('reads a rank across a place set off after the name', () => {
    expect(
      names(
        'Kalurahan Lestari, Kapanewon Sewon, Kabupaten Bantul, kembali keluar sebagai juara I Paritrana Award 2024.',
      )[0],
    ).toEqual(['span', 'Kalurahan Lestari', 1]);
  });

  it('keeps a name after a rank label and a dash', () => {
    expect(texts('Juara I – Kota Banda Aceh')).toContain('Kota Banda Aceh');
  });
});

describe('extraCandidates: names anywhere in a sentence', () => {
  it('finds shops, eateries and cooperatives without a company marker', () => {
    expect(
      names('Kategori koperasi dijuarai oleh KSP Tunas Harapan dan Warung Sate Pak Min.'),
    ).toEqual([
      ['span', 'KSP Tunas Harapan', null],
      ['span', 'Warung Sate Pak Min', null],
    ]);
  });

  it('keeps a company acronym and its town with the company', () => {
    const [first, ...rest] = extraCandidates('PT Sinar Jaya (SJ) Gresik meraih juara I.');
    expect(first?.name.text).toBe('PT Sinar Jaya');
    expect(first?.name.paren).toBe('SJ');
    expect(rest).toEqual([]);
  });

  it('gives each name the rank written nearest to it', () => {
    expect(names('PT Mega Baja Tbk. juara I, PT Sumber Air Tbk. juara II.')).toEqual([
      ['span', 'PT Mega Baja Tbk.', 1],
      ['span', 'PT Sumber Air Tbk.', 2],
    ]);
  });
});

describe('rankOf', () => {
  it('gives a rank before the name when a comma parts it from the rank after', () => {
    expect(names('Juara I diraih Kota Tegal, juara II diraih Kabupaten Brebes.')).toEqual([
      ['span', 'Kota Tegal', 1],
      ['span', 'Kabupaten Brebes', 2],
    ]);
  });

  it('does not take the next item, opened by its rank, for a place set off after the name', () => {
    expect(
      names(
        'Kabupaten/kota: Juara I Kabupaten Batang, Juara II Kota Pekalongan, Juara III Kota Tegal',
      ),
    ).toEqual([
      ['span', 'Kabupaten Batang', 1],
      ['span', 'Kota Pekalongan', 2],
      ['span', 'Kota Tegal', 3],
    ]);
  });

  it('ranks a name "di bawah" which another stands one place higher', () => {
    expect(names('Kota Pekalongan berada di posisi kedua di bawah Kota Tegal.')).toEqual([
      ['span', 'Kota Pekalongan', 2],
      ['span', 'Kota Tegal', 1],
    ]);
  });

  it('ranks a name "di atas" which another stands one place lower', () => {
    expect(
      names('Kota Pekalongan menempati urutan kedua, satu tingkat di atas Kota Tegal.'),
    ).toEqual([
      ['span', 'Kota Pekalongan', 2],
      ['span', 'Kota Tegal', 3],
    ]);
  });

  it('gives the rank after the name when nothing parts them', () => {
    expect(names('Kabupaten Batang meraih juara III, sedangkan Kota Pekalongan juara II.')).toEqual(
      [
        ['span', 'Kabupaten Batang', 3],
        ['span', 'Kota Pekalongan', 2],
      ],
    );
  });
});
