import { describe, expect, it } from 'vitest';
import { aliasTable, parseAliasTable } from './aliases.ts';
import { resolvePrefixedRegion } from './find-region.ts';
import { findProvince } from './regions.ts';

describe('parseAliasTable', () => {
  it('reads rows by kind and skips comments', () => {
    const t = parseAliasTable('# comment\nKota Taman\tKota Bontang\tregion\tnickname\n');
    expect(t.region.get('kota taman')).toBe('Kota Bontang');
  });

  it('rejects unknown kinds and duplicates', () => {
    expect(() => parseAliasTable('x\ty\tplanet\n')).toThrow(/line 1/);
    expect(() => parseAliasTable('a\tB\tregion\na\tC\tregion\n')).toThrow(/duplicate/);
  });
});

describe('aliasTable', () => {
  it('loads the package table', () => {
    const t = aliasTable();
    expect(t.province.get('kaltim')).toBe('Kalimantan Timur');
    expect(t.prefix.get('pemkab')).toBe('kabupaten');
    expect(t.org.has('pt')).toBe(true);
  });
});

describe('alias table data', () => {
  it('points every region alias at a region of the gazetteer', () => {
    for (const [alias, canonical] of aliasTable().region) {
      expect(resolvePrefixedRegion(canonical)?.canonical, alias).toBe(canonical);
    }
  });

  it('points every province alias at a province', () => {
    for (const [alias, name] of aliasTable().province) {
      expect(findProvince(name), alias).not.toBeNull();
    }
  });
});
