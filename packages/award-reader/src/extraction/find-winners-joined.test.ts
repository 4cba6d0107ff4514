import { describe, expect, it } from 'vitest';
import { findWinners } from './find-winners.ts';

// sentences written for these tests
const names = (s: string) => findWinners(s).map((c) => [c.name.text, c.rank?.rank ?? null]);

describe('findWinners: winners joined or set apart in one clause', () => {
  it('reads every name before "sama-sama menerima"', () => {
    expect(
      names(
        'Kabupaten Sinjai, Kota Palopo, serta Kabupaten Wajo sama-sama menerima Paritrana Award 2025.',
      ),
    ).toEqual([
      ['Kabupaten Sinjai', null],
      ['Kota Palopo', null],
      ['Kabupaten Wajo', null],
    ]);
  });

  it('reads "A bersama B meraih" as two winners', () => {
    expect(
      names('Kabupaten Bangka bersama Kabupaten Bangka Tengah meraih Paritrana Award 2023.'),
    ).toEqual([
      ['Kabupaten Bangka', null],
      ['Kabupaten Bangka Tengah', null],
    ]);
  });

  it('reads the winners a ceremony "menghadirkan para pemenang dari"', () => {
    expect(
      names(
        'Acara itu menghadirkan para pemenang dari Kabupaten Kotabaru, Kota Banjarmasin, dan Kabupaten Balangan.',
      ),
    ).toEqual([
      ['Kabupaten Kotabaru', null],
      ['Kota Banjarmasin', null],
      ['Kabupaten Balangan', null],
    ]);
  });

  it('reads the official a rank was "diterima langsung oleh"', () => {
    expect(
      names(
        'Penghargaan juara II Paritrana Award 2024 tingkat Provinsi NTB diterima langsung oleh Wali Kota Bima di Mataram.',
      ),
    ).toEqual([['Wali Kota Bima', 2]]);
  });

  it('reads a described business after a connective that opens the sentence', () => {
    expect(
      names(
        'Sedangkan Dodol Nanas Bu Tini, usaha rumahan di Kabupaten Subang, memboyong juara I kategori usaha mikro.',
      ),
    ).toEqual([['Dodol Nanas Bu Tini', 1]]);
  });

  it('reads a winner whose officer received it "mewakili Bupati", or whose "daerahnya" won', () => {
    expect(
      names(
        'Sekda Kota Sabang mewakili Wali Kota menerima penghargaan juara III Paritrana Award 2024.',
      ),
    ).toEqual([['Kota Sabang', 3]]);
    expect(
      names(
        'Bupati Aceh Tamiang, Dr. Rahmat, yang daerahnya memboyong juara I Paritrana Award 2025, berterima kasih.',
      ),
    ).toEqual([['Bupati Aceh Tamiang', 1]]);
  });
});

describe('findWinners: organisations without a company marker', () => {
  it('reads agencies and a mother-and-child hospital whole', () => {
    expect(
      names(
        'Juara II diraih Badan Pendapatan Daerah Provinsi Jambi, sedangkan juara III diraih Dinas Koperasi dan UKM Kota Jambi.',
      ),
    ).toEqual([
      ['Badan Pendapatan Daerah Provinsi Jambi', 2],
      ['Dinas Koperasi dan UKM Kota Jambi', 3],
    ]);
  });

  it('reads the rank after a gift "dari A dan B" as the receiver rank', () => {
    expect(
      names(
        'Rumah Sakit Ibu dan Anak Kasih Bunda menerima penghargaan dari BPJS Ketenagakerjaan dan Pemerintah Provinsi Jambi sebagai terbaik kedua kategori badan usaha menengah.',
      )[0],
    ).toEqual(['Rumah Sakit Ibu dan Anak Kasih Bunda', 2]);
  });

  it('reads a BUMDes "milik" a village as the winner, not the village', () => {
    expect(
      names(
        'BUMDes Maju Jaya milik Desa Sungai Rambai, Kecamatan Kumpeh, Kabupaten Muaro Jambi, meraih juara dua kategori usaha mikro.',
      ),
    ).toEqual([['BUMDes Maju Jaya', 2]]);
    // ("menjadi milik" is still a win)
    expect(names('Sementara terbaik ketiga menjadi milik Kabupaten Tebo.')).toEqual([
      ['Kabupaten Tebo', 3],
    ]);
  });
});

describe('findWinners: the town of a business closing its list line', () => {
  it('reads "Juara 1: Business, Kota X" as one winner', () => {
    expect(names('Juara 1: Amplang Bu Minah, Kota Banjarmasin')).toEqual([['Amplang Bu Minah', 1]]);
  });
});

describe('findWinners: places named by their rivals and zones (written for these tests)', () => {
  it('reads the winners a place "berada di bawah", with their ranks', () => {
    expect(
      findWinners(
        'Kota Tomohon berada di bawah Kota Madiun (pertama) dan Kota Kediri (kedua).',
        true,
      ).map((c) => [c.name.text, c.rank?.rank ?? null]),
    ).toEqual([
      ['Kota Madiun', 1],
      ['Kota Kediri', 2],
    ]);
  });

  it('reads no province in a zone "Jawa–Bali", and no "Tiga-tiganya"', () => {
    expect(
      names(
        'Kabupaten Klaten meraih juara 1 kategori pemerintah kabupaten/kota zona Jawa–Bali dalam Paritrana Award 2025.',
      ),
    ).toEqual([['Kabupaten Klaten', 1]]);
    expect(names('"Tiga-tiganya peringkat dua pada Paritrana Award 2023," katanya.')).toEqual([]);
  });
});

describe('findWinners: food businesses and "diisi" (written for these tests)', () => {
  it('reads "Roti Kampung X" as a business, not a village, and a place "diisi" by a winner', () => {
    expect(
      names('Roti Kampung Bu Sari meraih juara I kategori usaha mikro Paritrana Award 2025.'),
    ).toEqual([['Roti Kampung Bu Sari', 1]]);
    expect(
      findWinners('Posisi kedua usaha mikro diisi Rumah Jahit Melati dari Balikpapan.', true).map(
        (c) => [c.name.text, c.rank?.rank ?? null],
      ),
    ).toEqual([['Rumah Jahit Melati', 2]]);
  });
});
