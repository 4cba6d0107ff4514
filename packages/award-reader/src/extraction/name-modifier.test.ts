import { describe, expect, it } from 'vitest';
import { readModifier } from './name-modifier.ts';

describe('readModifier', () => {
  it('skips a description set off by commas before the win verb', () => {
    const rest = ', pabrik pakan ternak di Kecamatan Cibeber, Kabupaten Cianjur, meraih juara 2.';
    expect(readModifier(rest)).toEqual({ length: 62, place: 'Kabupaten Cianjur' });
  });

  it('skips a location chain after "di"', () => {
    const rest = ' di Kecamatan Mertoyudan, Kabupaten Magelang, ditetapkan sebagai juara 1.';
    expect(readModifier(rest)?.place).toBe('Kabupaten Magelang');
  });

  it('keeps a description without a place', () => {
    const rest = ', daerah yang dulu dilanda banjir bandang, meraih peringkat II.';
    expect(readModifier(rest)?.place).toBeNull();
  });

  it('skips a relative clause up to the verb', () => {
    const rest = ' yang dikelola Pemprov Jabar meraih juara 2.';
    expect(readModifier(rest)).toEqual({ length: 28, place: null });
    expect(readModifier(' yang ikut hadir, meraih juara 2.')).toBeNull();
  });

  it('places a village or company set off by commas', () => {
    expect(readModifier(', Kabupaten Cianjur, meraih juara 1.', true)?.place).toBe(
      'Kabupaten Cianjur',
    );
    expect(readModifier(', Cianjur, meraih juara 1.', true)?.place).toBe('Cianjur');
  });

  it('does not read a list or a quote as a description', () => {
    expect(readModifier(', Kabupaten Garut, meraih juara 1.')).toBeNull();
    expect(readModifier(', kemudian Kota Bogor, meraih juara 2.')).toBeNull();
    expect(readModifier(', kata dia. Kota Bogor, meraih juara 2.')).toBeNull();
    expect(readModifier(', daerah penghasil teh, menggelar festival.')).toBeNull();
  });

  it('reads a village placed by its regency right before the verb, without a closing comma', () => {
    expect(
      readModifier(', Kecamatan Sari, Kabupaten Lestari meraih juara II.', true),
    ).toMatchObject({
      place: 'Kabupaten Lestari',
    });
  });

  it("reads a village's district or regency written without a comma before it", () => {
    expect(readModifier(' Kecamatan Sari meraih juara II.', true)).toMatchObject({
      length: ' Kecamatan Sari'.length,
    });
    expect(readModifier(' Kabupaten Lestari, meraih juara II.', true)).toMatchObject({
      place: 'Kabupaten Lestari',
    });
    expect(readModifier(' Kabupaten Lestari meraih juara II.', false)).toBeNull();
  });

  it("skips an official's own name set off by commas", () => {
    expect(
      readModifier(', Budi Santoso, menerima penghargaan juara 1.', false, true),
    ).toMatchObject({
      length: ', Budi Santoso,'.length,
    });
    expect(readModifier(', Budi Santoso, menerima penghargaan juara 1.')).toBeNull();
  });
});
