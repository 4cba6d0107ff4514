import { describe, expect, it } from 'vitest';
import { findProvince, findRegencies, findVillage, regionByCode, variantKeys } from './regions.ts';

describe('findProvince', () => {
  it('finds provinces by official name, short form and spelling variant', () => {
    expect(findProvince('Jawa Timur')?.code).toBe('35');
    expect(findProvince('Jatim')?.code).toBe('35');
    expect(findProvince('Provinsi Sumatra Selatan')?.canonical).toBe('Provinsi Sumatera Selatan');
    expect(findProvince('DKI Jakarta')?.canonical).toBe('Provinsi DKI Jakarta');
    expect(findProvince('Atlantis')).toBeNull();
  });
});

describe('findRegencies', () => {
  it('returns both the regency and the city of an ambiguous name', () => {
    expect(findRegencies('Bandung').map((r) => r.canonical)).toEqual([
      'Kabupaten Bandung',
      'Kota Bandung',
    ]);
    expect(findRegencies('Bandung', 'kota').map((r) => r.code)).toEqual(['32.73']);
  });

  it('indexes cities of Jakarta without "Administrasi"', () => {
    expect(findRegencies('Jakarta Selatan')[0]?.canonical).toBe('Kota Jakarta Selatan');
  });
});

describe('findVillage', () => {
  it('finds a village inside its regency only', () => {
    expect(findVillage('Arjasari', '32.04')?.code).toBe('32.04.16.2001');
    expect(findVillage('Arjasari', '35.22')).toBeNull();
  });
});

describe('regionByCode', () => {
  it('looks regions up by Kemendagri code', () => {
    expect(regionByCode('64.74')?.canonical).toBe('Kota Bontang');
    expect(regionByCode('51')?.bare).toBe('Bali');
  });
});

describe('generated regency variants', () => {
  it('finds a regency written without "Kepulauan" or with its spaces closed or opened', () => {
    expect(findRegencies('Talaud')[0]?.canonical).toBe('Kabupaten Kepulauan Talaud');
    expect(findRegencies('Meranti')[0]?.canonical).toBe('Kabupaten Kepulauan Meranti');
    expect(findRegencies('Pangkalpinang')[0]?.code).toBe('19.71');
    expect(findRegencies('Palangka Raya', 'kota')[0]?.code).toBe('62.71');
    expect(variantKeys('kepulauan sula')).toContain('sula');
  });

  it('prefers the name as written over a variant', () => {
    expect(findRegencies('Bangka').map((r) => r.canonical)).toEqual(['Kabupaten Bangka']);
  });
});
