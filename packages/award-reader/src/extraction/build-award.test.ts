import { describe, expect, it } from 'vitest';
import { statedLevel } from './build-award.ts';

describe('statedLevel', () => {
  it('reads the level a sentence states', () => {
    expect(statedLevel('Kabupaten Sinjai meraih juara III tingkat nasional.')).toBe('nasional');
    expect(
      statedLevel('Kota Palu juara I Paritrana Award 2024 tingkat Provinsi Sulawesi Tengah.'),
    ).toBe('provinsi');
    expect(statedLevel('Kota Palu meraih juara I.')).toBeNull();
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
