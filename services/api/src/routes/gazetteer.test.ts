import { describe, expect, it } from 'vitest';
import { ReviewError } from '@pw/storage';
import {
  checkCorrections,
  listProvinces,
  listRegencies,
  listVillages,
  provinceOf,
} from './gazetteer.ts';

const bojonegoro = { province: 'Jawa Timur', regionCode: '35.22', regionParent: null };

/** The field a refused correction names. */
function refusedField(run: () => unknown): string | null {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(ReviewError);
    return (err as ReviewError).field;
  }
  return null;
}

describe('gazetteer pickers', () => {
  it('lists the 38 provinces, a province’s regencies and cities, and a regency’s villages', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(38);
    expect(provinces).toContainEqual({ code: '35', name: 'Jawa Timur', type: 'provinsi' });
    expect(provinceOf('Jatim')?.code).toBe('35');
    const regencies = listRegencies('35');
    expect(regencies).toContainEqual({
      code: '35.22',
      name: 'Kabupaten Bojonegoro',
      type: 'kabupaten',
    });
    expect(regencies).toContainEqual({ code: '35.78', name: 'Kota Surabaya', type: 'kota' });
    expect(regencies.every((r) => r.code.startsWith('35.'))).toBe(true);
    const villages = listVillages('35.22');
    expect(villages.length).toBeGreaterThan(100);
    expect(
      villages.every((v) => v.code.startsWith('35.22.') && /^(Desa|Kelurahan) /.test(v.name)),
    ).toBe(true);
  });
});

describe('checkCorrections', () => {
  it('writes a province the way records do, and refuses one that is not a province', () => {
    expect(checkCorrections({ province: 'Jatim' })).toEqual({ province: 'Jawa Timur' });
    expect(refusedField(() => checkCorrections({ province: 'Jabr' }))).toBe('corrections.province');
  });

  it('needs a real region code inside the record’s (or the corrected) province', () => {
    expect(refusedField(() => checkCorrections({ regionCode: 'abc' }))).toBe(
      'corrections.regionCode',
    );
    expect(checkCorrections({ regionCode: '35.23' }, bojonegoro)).toEqual({ regionCode: '35.23' });
    // Kota Bandung is in Jawa Barat, not in the record's Jawa Timur
    expect(refusedField(() => checkCorrections({ regionCode: '32.73' }, bojonegoro))).toBe(
      'corrections.regionCode',
    );
    // moving the province away from the record's region names the province
    expect(refusedField(() => checkCorrections({ province: 'Jabar' }, bojonegoro))).toBe(
      'corrections.province',
    );
    expect(checkCorrections({ province: 'Jabar', regionCode: '32.73' }, bojonegoro)).toEqual({
      province: 'Jawa Barat',
      regionCode: '32.73',
    });
  });

  it('leaves the record’s own place alone when the correction does not touch it', () => {
    const garbled = { province: 'Jawa Timur', regionCode: '99.99', regionParent: null };
    expect(checkCorrections({ rank: 2 }, garbled)).toEqual({ rank: 2 });
    expect(refusedField(() => checkCorrections({ province: 'Jatim' }, garbled))).toBe(
      'corrections.province',
    );
  });

  it('places a village inside its regency', () => {
    const village = listVillages('35.22')[0]!;
    expect(checkCorrections({ regionCode: village.code }, bojonegoro)).toEqual({
      regionCode: village.code,
      regionParent: 'Kabupaten Bojonegoro',
    });
    expect(
      refusedField(() =>
        checkCorrections({ regionCode: village.code, regionParent: 'Kota Surabaya' }, bojonegoro),
      ),
    ).toBe('corrections.regionParent');
    expect(refusedField(() => checkCorrections({ regionCode: '35.22.99.9999' }, bojonegoro))).toBe(
      'corrections.regionCode',
    );
  });

  it('takes rank, edition year, winner type and category only from known values', () => {
    expect(refusedField(() => checkCorrections({ rank: 40 }))).toBe('corrections.rank');
    expect(refusedField(() => checkCorrections({ editionYear: 2003 }))).toBe(
      'corrections.editionYear',
    );
    expect(refusedField(() => checkCorrections({ winnerType: 'kecamatan' }))).toBe(
      'corrections.winnerType',
    );
    expect(refusedField(() => checkCorrections({ category: 'Lomba Kebersihan' }, null, []))).toBe(
      'corrections.category',
    );
    expect(
      checkCorrections({ category: 'pemerintah kabupaten/kota', rank: 2 }, null, [
        'Sektor Keuangan',
      ]),
    ).toEqual({ category: 'Pemerintah Kabupaten/Kota', rank: 2 });
    expect(checkCorrections({ category: 'sektor keuangan' }, null, ['Sektor Keuangan'])).toEqual({
      category: 'Sektor Keuangan',
    });
  });
});
