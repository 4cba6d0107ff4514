import { describe, expect, it } from 'vitest';
import { ProvinceTiles, provinceCodeOf } from './index.ts';

describe('the province tile grid', () => {
  it('has the 38 provinces, each once, each on its own tile', () => {
    expect(ProvinceTiles).toHaveLength(38);
    expect(new Set(ProvinceTiles.map((p) => p.code)).size).toBe(38);
    expect(new Set(ProvinceTiles.map((p) => `${p.col},${p.row}`)).size).toBe(38);
  });

  it("finds a record's province by its region code first, then by any form of its name", () => {
    expect(provinceCodeOf({ regionCode: '35.22', province: 'Jawa Barat' })).toBe('35');
    expect(provinceCodeOf({ regionCode: null, province: 'Provinsi Jawa Timur' })).toBe('35');
    expect(provinceCodeOf({ regionCode: null, province: 'Daerah Khusus Ibukota Jakarta' })).toBe(
      '31',
    );
    expect(provinceCodeOf({ regionCode: null, province: 'DI Yogyakarta' })).toBe('34');
    expect(provinceCodeOf({ regionCode: '99.01', province: 'Papua Barat Daya' })).toBe('96');
    expect(provinceCodeOf({ regionCode: null, province: 'Atlantis' })).toBeNull();
  });
});
