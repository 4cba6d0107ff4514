import { describe, expect, it } from 'vitest';
import { awardKey, foldName } from './award-key.ts';

const base = {
  editionYear: 2024,
  level: 'provinsi' as const,
  province: 'Jawa Timur',
  category: 'Pemerintah Kabupaten/Kota',
  regionCode: '35.22',
  winnerCanonical: 'Kabupaten Bojonegoro',
};

describe('awardKey', () => {
  it('is the same for two reports of one regency award', () => {
    expect(awardKey(base)).toBe(awardKey({ ...base, winnerCanonical: 'Kab. Bojonegoro' }));
  });

  it('tells apart editions, levels and categories', () => {
    expect(awardKey(base)).not.toBe(awardKey({ ...base, editionYear: 2023 }));
    expect(awardKey(base)).not.toBe(awardKey({ ...base, level: 'nasional' }));
    expect(awardKey(base)).not.toBe(awardKey({ ...base, category: 'Badan Usaha Besar' }));
  });

  it('identifies companies by their folded name without legal forms', () => {
    const a = awardKey({ ...base, regionCode: null, winnerCanonical: 'PT Semen Gresik (Persero) Tbk' });
    const b = awardKey({ ...base, regionCode: null, winnerCanonical: 'Semen Gresik' });
    expect(a).toBe(b);
    expect(foldName('PT. Bank Maluku-Malut')).toBe('bank maluku malut');
  });
});
