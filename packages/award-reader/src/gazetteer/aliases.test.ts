import { describe, expect, it } from 'vitest';
import { aliasTable, parseAliasTable } from './aliases.ts';

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
