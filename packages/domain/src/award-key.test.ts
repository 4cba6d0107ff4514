import { describe, expect, it } from 'vitest';
import { awardKey, categoryClass, foldCompanyName, foldName } from './award-key.ts';

const base = {
  editionYear: 2024,
  level: 'provinsi' as const,
  province: 'Jawa Timur',
  category: 'Pemerintah Kabupaten/Kota',
  regionCode: '35.22',
  winnerCanonical: 'Kabupaten Bojonegoro',
  winnerType: 'kabupaten',
};

const company = {
  ...base,
  regionCode: null,
  winnerType: 'badan_usaha',
  category: 'Sektor Keuangan',
};

describe('awardKey', () => {
  it('is the same for two reports of one regency award', () => {
    expect(awardKey(base)).toBe(awardKey({ ...base, winnerCanonical: 'Kab. Bojonegoro' }));
    expect(awardKey(base)).toBe('2024|provinsi|jawa timur|pemerintah|region:35.22');
  });

  it('tells apart editions, levels and distinct awards of one winner', () => {
    expect(awardKey(base)).not.toBe(awardKey({ ...base, editionYear: 2023 }));
    expect(awardKey(base)).not.toBe(awardKey({ ...base, level: 'nasional' }));
    expect(awardKey(base)).not.toBe(awardKey({ ...base, category: 'Provinsi Terbaik Inovasi' }));
    expect(awardKey(company)).not.toBe(
      awardKey({ ...company, category: 'Paritrana Award NTT (overall)' }),
    );
  });

  it('ignores how outlets word the same category', () => {
    expect(awardKey(base)).toBe(awardKey({ ...base, category: 'Pemerintah Daerah' }));
    expect(awardKey(base)).toBe(awardKey({ ...base, category: null }));
    expect(awardKey(company)).toBe(
      awardKey({ ...company, category: 'Badan Usaha - Sektor Jasa Keuangan' }),
    );
  });

  it('identifies companies by their folded name without legal forms', () => {
    const a = awardKey({ ...company, winnerCanonical: 'PT Semen Gresik (Persero) Tbk' });
    expect(a).toBe(awardKey({ ...company, winnerCanonical: 'Semen Gresik' }));
    expect(foldName('PT. Bank Maluku-Malut')).toBe('bank maluku malut');
  });

  it('folds head offices, branches, asides and long forms out of company names', () => {
    expect(foldCompanyName('PT Bank Maluku Malut (Perseroda)')).toBe('bank maluku malut');
    expect(foldCompanyName('Bank Maluku Malut Kantor Pusat')).toBe('bank maluku malut');
    expect(foldCompanyName('PT. Huadi Nickel Alloy Indonesia (Huadi group)')).toBe(
      'huadi nickel alloy indonesia',
    );
    expect(foldCompanyName('Bank Perkreditan Rakyat Maroba ITE')).toBe('bpr maroba ite');
    expect(foldCompanyName('UKM GHAURA')).toBe('ghaura');
    expect(foldCompanyName('Yayasan Kalam Kudus Cabang Ambon')).toBe('yayasan kalam kudus');
  });
});

describe('categoryClass', () => {
  it('names the award, not the sector or zone wording', () => {
    expect(categoryClass({ ...base, category: 'Pemerintah Provinsi - Zona Sulawesi' })).toBe(
      'pemerintah',
    );
    expect(categoryClass({ ...base, category: 'Provinsi Terbaik Coverage Zona Sumatera' })).toBe(
      'coverage',
    );
    expect(categoryClass({ ...company, category: 'Usaha Kecil Mikro (UKM)' })).toBe('badan-usaha');
  });
});
