import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourcesFile, saveSource } from './sources-file.ts';

const source = {
  id: 'warta-contoh',
  name: 'Warta Contoh',
  outlet: 'warta.contoh.id',
  province: 'Bali',
  kind: 'rss' as const,
  url: 'https://warta.contoh.id/feed/',
  pollIntervalMinutes: 60,
  enabled: true,
  feedStatus: 'known' as const,
};

describe('saveSource', () => {
  it('adds a source, then changes it, keeping the file valid', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pw-src-')), 'sources.json');
    writeFileSync(path, JSON.stringify({ sources: [] }));
    expect(saveSource(path, source)).toEqual({ created: true });
    expect(saveSource(path, { ...source, enabled: false })).toEqual({ created: false });
    expect(readSourcesFile(path)).toEqual([{ ...source, enabled: false }]);
  });

  it('refuses an invalid source and leaves the file as it was', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pw-src-')), 'sources.json');
    writeFileSync(path, JSON.stringify({ sources: [source] }));
    const before = readFileSync(path, 'utf8');
    expect(() => saveSource(path, { ...source, url: null })).toThrow();
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
