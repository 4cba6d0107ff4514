import { describe, expect, it } from 'vitest';
import { AwardFilter, awardFilter } from './award-query.ts';
import {
  Provinces,
  accentInsensitivePattern,
  foldText,
  parseWinnerQuery,
  provinceCodesOf,
  resolveProvince,
  winnerTypes,
} from './search-terms.ts';

const matches = (query: string, stored: string) => {
  const { words } = parseWinnerQuery(query);
  return new RegExp(accentInsensitivePattern(words), 'iu').test(stored);
};

describe('search terms', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldText('  Kab. Pâsir–Sélatan ')).toBe('kab pasir selatan');
  });

  it('reads Pemkab, Pemkot, Pemprov, Kabupaten and Kota as a government form', () => {
    expect(parseWinnerQuery('Pemkab Bojonegoro')).toEqual({
      type: 'kabupaten',
      words: ['bojonegoro'],
    });
    expect(parseWinnerQuery('kabupaten  bojonegoro')).toEqual({
      type: 'kabupaten',
      words: ['bojonegoro'],
    });
    expect(parseWinnerQuery('Kab. Bojonegoro').type).toBe('kabupaten');
    expect(parseWinnerQuery('PEMKOT Surabaya')).toEqual({ type: 'kota', words: ['surabaya'] });
    expect(parseWinnerQuery('Pemprov Jawa Timur')).toEqual({
      type: 'provinsi',
      words: ['jawa', 'timur'],
    });
    expect(parseWinnerQuery('Pemerintah Kota Batu')).toEqual({ type: 'kota', words: ['batu'] });
    // a lone form word is a name, not a form
    expect(parseWinnerQuery('Kota')).toEqual({ type: null, words: ['kota'] });
    expect(parseWinnerQuery('PT Bank Jatim')).toEqual({
      type: null,
      words: ['pt', 'bank', 'jatim'],
    });
  });

  it('matches a name whatever its case and accents, at a word start', () => {
    expect(matches('Pemkab Bojonegoro', 'Kabupaten Bojonegoro')).toBe(true);
    expect(matches('bojonegoro', 'KABUPATEN BOJONEGORO')).toBe(true);
    expect(matches('pasir', 'Kabupaten Pâsir')).toBe(true);
    expect(matches('Pâsir', 'Kabupaten Pasir')).toBe(true);
    expect(matches('tanjung jabung', 'Kabupaten Tanjung-Jabung Barat')).toBe(true);
    expect(matches('negoro', 'Kabupaten Bojonegoro')).toBe(false);
    expect(matches('a.b', 'Kabupaten axb')).toBe(false);
  });

  it('knows all 38 provinces by name, short form and code', () => {
    expect(Provinces).toHaveLength(38);
    expect(new Set(Provinces.map((p) => p.code)).size).toBe(38);
    const short: Record<string, string> = {
      Jatim: 'Jawa Timur',
      jabar: 'Jawa Barat',
      JATENG: 'Jawa Tengah',
      DIY: 'DI Yogyakarta',
      Jogja: 'DI Yogyakarta',
      Babel: 'Kepulauan Bangka Belitung',
      Kepri: 'Kepulauan Riau',
      Kaltim: 'Kalimantan Timur',
      Kaltara: 'Kalimantan Utara',
      Sulut: 'Sulawesi Utara',
      Sultra: 'Sulawesi Tenggara',
      NTB: 'Nusa Tenggara Barat',
      NTT: 'Nusa Tenggara Timur',
      Sumut: 'Sumatera Utara',
      'Sumatra Barat': 'Sumatera Barat',
      Malut: 'Maluku Utara',
      DKI: 'DKI Jakarta',
      'Daerah Khusus Ibukota Jakarta': 'DKI Jakarta',
      'Prov. Jawa Timur': 'Jawa Timur',
      'provinsi bali': 'Bali',
      'Papua Barat Daya': 'Papua Barat Daya',
      '35': 'Jawa Timur',
    };
    for (const [input, name] of Object.entries(short)) {
      expect(resolveProvince(input)?.name, input).toBe(name);
    }
    expect(resolveProvince('Atlantis')).toBeNull();
  });

  it('expands the group pemerintah daerah and comma lists of winner types', () => {
    expect(winnerTypes('pemerintah-daerah')).toEqual(['provinsi', 'kabupaten', 'kota']);
    expect(winnerTypes('Pemerintah Daerah,desa')).toEqual([
      'provinsi',
      'kabupaten',
      'kota',
      'desa',
    ]);
    expect(winnerTypes('badan_usaha')).toEqual(['badan_usaha']);
  });

  it('builds one filter from every search field', () => {
    const q = AwardFilter.parse({
      q: 'Pemkab Bojonegoro',
      province: 'Jatim',
      status: 'new,confirmed',
      ceremonyYear: '2025',
      hasConflicts: 'true',
    });
    const f = awardFilter(q) as Record<string, unknown>;
    expect(f.winnerType).toBe('kabupaten');
    expect(f['review.status']).toEqual({ $in: ['new', 'confirmed'] });
    expect(f.ceremonyDate).toEqual({ $regex: '^2025-' });
    expect(f.provinceCodes).toBe('35');
    // rejected records stay out unless asked for
    expect(awardFilter(AwardFilter.parse({}))['review.status' as never]).toEqual({
      $ne: 'rejected',
    });
    expect(awardFilter(AwardFilter.parse({ includeRejected: 'true' }))).not.toHaveProperty(
      'review.status',
    );
    expect(AwardFilter.parse({ status: ['new', 'rejected'] }).status).toEqual(['new', 'rejected']);
  });

  it('gives a record the provinces it belongs to: by name (any case or accent) or region code', () => {
    expect(provinceCodesOf('Jawa Timur', null)).toEqual(['35']);
    expect(provinceCodesOf('JAWA  TIMUR', null)).toEqual(['35']);
    expect(provinceCodesOf('DI Yogyakarta', null)).toEqual(['34']);
    expect(provinceCodesOf(null, '35.22.01')).toEqual(['35']);
    // a name and a code that disagree: the record is found under both
    expect(provinceCodesOf('Jawa Tengah', '35.22')).toEqual(['33', '35']);
    // whole names only, as the filter's anchored pattern
    expect(provinceCodesOf('Jawa Timur Raya', null)).toEqual([]);
    expect(provinceCodesOf(null, '350')).toEqual([]);
    expect(provinceCodesOf(null, null)).toEqual([]);
  });

  it('names the expected format of a bad date', () => {
    const bad = AwardFilter.safeParse({ since: 'kemarin' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(bad.error?.issues[0]?.message).not.toMatch(/received Date/);
    expect(AwardFilter.parse({ since: '2026-11-01' }).since?.toISOString()).toBe(
      '2026-10-31T17:00:00.000Z',
    );
    expect(AwardFilter.parse({ since: '2026-11-01T08:00:00Z' }).since?.toISOString()).toBe(
      '2026-11-01T08:00:00.000Z',
    );
    expect(AwardFilter.safeParse({ since: '2026-13-45' }).success).toBe(false);
  });
});
