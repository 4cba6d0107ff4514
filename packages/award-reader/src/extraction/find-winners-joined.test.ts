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
