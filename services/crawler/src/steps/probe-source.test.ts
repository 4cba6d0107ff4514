import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsServer, type NewsServer } from '../../../../test/support/news-server.ts';
import { fetchUrl } from './fetch-url.ts';
import { probeSource } from './probe-source.ts';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());
const fetch = (url: string) =>
  fetchUrl(url, { allowAddresses: ['127.0.0.1'], totalTimeoutMs: 2000 });
const probe = (path: string | null, enabled = true) =>
  probeSource({ id: 'contoh', url: path === null ? null : `${server.url}${path}`, enabled }, fetch);

describe('probeSource', () => {
  it('reports a working feed with its item count', async () => {
    expect(await probe('/fixtures/feeds/rss2.xml')).toMatchObject({
      status: 'ok',
      items: 3,
      lost: 0,
    });
  });

  it('reports a salvaged feed with what was lost', async () => {
    const report = await probe('/fixtures/feeds/truncated.xml');
    expect(report).toMatchObject({ status: 'ok', items: 2, lost: 1 });
    expect(report.message).toContain('truncated');
  });

  it('reports not-modified when the fetch says so', async () => {
    const report = await probeSource(
      { id: 'c', url: `${server.url}/counted/feed.xml`, enabled: true },
      (url) => fetchUrl(url, { allowAddresses: ['127.0.0.1'], etag: '"rss2-v1"' }),
    );
    expect(report.status).toBe('not-modified');
  });

  it.each([
    ['/status/410', 'fetch.http-status'],
    ['/feeds/html-as-feed', 'feed.not-a-feed'],
    ['/redirect-private', 'fetch.private-address'],
  ])('reports %s as an error with code %s', async (path, code) => {
    expect(await probe(path)).toMatchObject({ status: 'error', code });
  });

  it('skips disabled sources and sources without a url', async () => {
    expect((await probe('/feed/', false)).status).toBe('skipped');
    expect(await probe(null)).toMatchObject({ status: 'skipped', message: 'no feed url' });
  });
});
