import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeSources, mergeSourcesFile } from './merge-sources.ts';

const src = (id: string, url = `https://${id}.example/feed`, enabled = true) => ({
  id,
  url,
  enabled,
  kind: 'rss',
});

describe('merging the image default sources into the operator file', () => {
  it('adds new defaults, updates untouched ones, keeps edits and deletions', () => {
    const previous = { sources: [src('a'), src('b'), src('c')] };
    const current = {
      sources: [src('a'), src('b', 'https://b.example/mine', false), src('own')],
    }; // c deleted by the operator, b edited, own added
    const defaults = {
      sources: [
        src('a', 'https://a.example/rss'),
        src('b', 'https://b.example/rss'),
        src('c'),
        src('d'),
      ],
    };
    const { merged, report } = mergeSources(current, defaults, previous);
    expect(merged.sources.map((s) => s.id)).toEqual(['a', 'b', 'own', 'd']);
    expect(merged.sources[0]).toEqual(src('a', 'https://a.example/rss'));
    expect(merged.sources[1]).toEqual(src('b', 'https://b.example/mine', false));
    expect(report).toEqual({ added: ['d'], updated: ['a'], kept: ['b'] });
  });

  it('creates the file from the defaults, then remembers them for the next upgrade', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-merge-'));
    const defaults = join(dir, 'defaults.json');
    const target = join(dir, 'sources.json');
    writeFileSync(defaults, JSON.stringify({ sources: [src('a')] }));
    expect(mergeSourcesFile(defaults, target).added).toEqual(['a']);

    // the operator disables a; the next image ships a new source x
    writeFileSync(target, JSON.stringify({ sources: [src('a', undefined, false)] }));
    writeFileSync(defaults, JSON.stringify({ sources: [src('a'), src('x')] }));
    const report = mergeSourcesFile(defaults, target);
    expect(report).toEqual({ added: ['x'], updated: [], kept: ['a'] });
    const after = JSON.parse(readFileSync(target, 'utf8')) as {
      sources: Array<{ id: string; enabled: boolean }>;
    };
    expect(after.sources).toEqual([src('a', undefined, false), src('x')]);
  });
});
