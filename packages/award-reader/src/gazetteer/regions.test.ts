import { describe, expect, it } from 'vitest';
import { findProvince, findRegencies, findVillage, regionByCode } from './regions.ts';

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
