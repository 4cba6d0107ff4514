import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourcesFileError, loadSources, parseSources } from './source.ts';

const good = {
  id: 'warta-contoh-test',
  name: 'Warta Contoh',
  outlet: 'warta-contoh.test',
  province: 'Jawa Barat',
  kind: 'rss',
  url: 'https://warta-contoh.test/feed/',
  pollIntervalMinutes: 60,
  enabled: true,
  feedStatus: 'known',
};

describe('the default sources file', () => {
  it('is valid and has the two news searches plus every outlet of the corpus list', async () => {
    const sources = await loadSources();
    expect(sources.length).toBeGreaterThanOrEqual(119);
    const ids = sources.map((s) => s.id);
    expect(ids).toContain('google-news-paritrana');
    expect(ids).toContain('bing-news-paritrana');
    const google = sources.find((s) => s.id === 'google-news-paritrana');
    expect(google?.url).toBe(
      'https://news.google.com/rss/search?q=%22Paritrana%20Award%22&hl=id&gl=ID&ceid=ID:id',
    );
    expect(sources.find((s) => s.outlet === 'aceh.antaranews.com')?.province).toBe('Aceh');
    expect(sources.find((s) => s.outlet === 'analisadaily.com')?.province).toBeNull();
  });

  it('keeps every outlet without a known feed disabled until discovery finds one', async () => {
    const pending = (await loadSources()).filter((s) => s.feedStatus === 'needs-discovery');
    expect(pending.length).toBeGreaterThan(100);
    expect(pending.every((s) => !s.enabled && s.url === null)).toBe(true);
  });
});

describe('parseSources', () => {
  it('accepts a well-formed source', () => {
    expect(parseSources({ sources: [good] })).toEqual([good]);
  });

  it('lists every bad entry by index, id and field', () => {
    const bad = {
      sources: [
        good,
        { ...good, id: 'no-url', url: null },
        { ...good, id: 'Bad Id', kind: 'twitter' },
        { ...good, id: 'ftp', url: 'ftp://warta-contoh.test/feed' },
        good,
      ],
    };
    let message = '';
    try {
      parseSources(bad, 'test.json');
    } catch (error) {
      expect(error).toBeInstanceOf(SourcesFileError);
      message = (error as Error).message;
    }
    expect(message).toContain('invalid test.json');
    expect(message).toContain('sources[1] (no-url): an enabled source needs a url');
    expect(message).toContain('sources[2] (Bad Id).id');
    expect(message).toContain('sources[2] (Bad Id).kind');
    expect(message).toContain('sources[3] (ftp).url');
    expect(message).toContain('sources[4] (warta-contoh-test).id: duplicate id');
  });

  it('reports a file that is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sources-'));
    await writeFile(join(dir, 'sources.json'), '{ "sources": [ ');
    await expect(loadSources(join(dir, 'sources.json'))).rejects.toThrow(
      /cannot read .*sources\.json/,
    );
  });
});
