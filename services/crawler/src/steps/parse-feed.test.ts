import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readFixture,
  startNewsServer,
  type NewsServer,
} from '../../../../test/support/news-server.ts';
import { ContentError, ContentErrorCode } from './content-error.ts';
import { decodeBody } from './decode-body.ts';
import { fetchUrl } from './fetch-url.ts';
import { parseFeed } from './parse-feed.ts';

const feedUrl = 'https://warta-contoh.test/rss/daerah.xml';
const fixture = async (name: string) => (await readFixture(`feeds/${name}`)).toString('utf8');

async function parseError(text: string): Promise<ContentError> {
  const error: unknown = await parseFeed(text, feedUrl).then(
    () => new Error('expected parseFeed to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe('parseFeed on good feeds', () => {
  it('reads RSS 2.0, resolving relative links and unwrapping Bing click-through links', async () => {
    const feed = await parseFeed(await fixture('rss2.xml'), feedUrl);
    expect(feed.lost).toBe(0);
    expect(feed.warnings).toEqual([]);
    expect(feed.title).toBe('Warta Contoh Daerah');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://warta-contoh.test/berita/2025/07/pemkab-contoh-raih-penghargaan',
      'https://kabar-contoh.test/daerah/gubernur-serahkan-santunan?id=7',
      'https://news.google.com/rss/articles/CBMiXGh0dHBzOi8vZXhhbXBsZS50ZXN0?oc=5',
    ]);
    expect(feed.items[0]).toMatchObject({
      title: 'Pemkab Contoh Raih Penghargaan Jaminan Sosial Ketenagakerjaan',
      guid: 'contoh-0001',
      publishedAt: new Date('2025-07-29T07:05:00Z'),
    });
    expect(feed.items[2]?.author).toBe('Redaksi');
    expect(feed.items[2]?.source).toEqual({
      name: 'Kabar Teladan',
      url: 'https://kabar-teladan.test',
    });
    expect(feed.items[0]?.source).toBeNull();
  });

  it('reads Atom, resolving relative links against the feed URL', async () => {
    const feed = await parseFeed(await fixture('atom.xml'), 'https://atom-contoh.test/feed.atom');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://atom-contoh.test/2025/07/anugerah',
      'https://atom-contoh.test/2025/07/desa-binaan',
    ]);
    expect(feed.items[0]?.publishedAt).toEqual(new Date('2025-07-29T08:00:00Z'));
  });

  it('reads RSS 1.0 (RDF)', async () => {
    const feed = await parseFeed(await fixture('rss1.xml'), feedUrl);
    expect(feed.items.map((i) => i.title)).toEqual(['Bupati Hadiri Rapat Koordinasi']);
  });

  it('reads RSS 0.91', async () => {
    const xml =
      '<rss version="0.91"><channel><title>Lama</title><item><title>A</title><link>https://lama.test/a</link></item></channel></rss>';
    expect((await parseFeed(xml, feedUrl)).items).toHaveLength(1);
  });

  it('returns zero items for an empty feed', async () => {
    const feed = await parseFeed(await fixture('empty.xml'), feedUrl);
    expect(feed).toMatchObject({ items: [], lost: 0, warnings: [] });
  });
});

describe('parseFeed on broken feeds', () => {
  it('repairs raw ampersands and keeps every item', async () => {
    const feed = await parseFeed(await fixture('raw-ampersand.xml'), feedUrl);
    expect(feed.items.map((i) => i.title)).toEqual([
      'BPJS & Pemda Teken Kerja Sama Perlindungan Nelayan',
      'Walikota Resmikan Pasar Baru',
    ]);
    expect(feed.items[0]?.link).toBe('https://suara-contoh.test/berita/1?a=1&b=2');
    expect(feed.lost).toBe(0);
    expect(feed.warnings).toEqual(['escaped 3 raw "&"']);
  });

  it('keeps the complete items of a feed cut off mid-item and counts the lost one', async () => {
    const feed = await parseFeed(await fixture('truncated.xml'), feedUrl);
    expect(feed.items.map((i) => i.title)).toEqual([
      'Berita Pertama Lengkap',
      'Berita Kedua Lengkap',
    ]);
    expect(feed.lost).toBe(1);
    expect(feed.warnings).toContain('cut a truncated last item');
  });

  it('drops only the item that cannot be parsed', async () => {
    const xml = (await fixture('rss2.xml')).replace(
      '<title>Gubernur Serahkan',
      '<guid isPermaLink=false>g-2</guid><title>Gubernur Serahkan',
    );
    const feed = await parseFeed(xml, feedUrl);
    expect(feed.items).toHaveLength(2);
    expect(feed.lost).toBe(1);
    expect(feed.warnings.some((w) => w.startsWith('dropped item 2'))).toBe(true);
  });

  it('refuses HTML served as a feed with feed.not-a-feed', async () => {
    const html = (await readFixture('pages/article.html')).toString('utf8');
    expect((await parseError(html)).code).toBe(ContentErrorCode.NotAFeed);
    expect((await parseError('{"items": []}')).code).toBe(ContentErrorCode.NotAFeed);
  });

  it('refuses a feed with nothing to save with feed.malformed', async () => {
    const error = await parseError(
      '<rss version="2.0"><channel><title>A</title><item><title>x</ti',
    );
    expect(error.code).toBe(ContentErrorCode.FeedMalformed);
  });
});

describe('parseFeed on feeds from the news server', () => {
  let server: NewsServer;
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(() => server.close());
  const load = async (path: string) => {
    const res = await fetchUrl(`${server.url}${path}`, { allowAddresses: ['127.0.0.1'] });
    return parseFeed(decodeBody(res.body, res.contentType).text, res.url);
  };

  it('salvages the malformed-XML feed', async () => {
    expect((await load('/fixtures/feeds/raw-ampersand.xml')).items).toHaveLength(2);
  });

  it('turns HTML served as application/rss+xml into feed.not-a-feed', async () => {
    await expect(load('/feeds/html-as-feed')).rejects.toMatchObject({ code: 'feed.not-a-feed' });
  });

  it('reads the empty feed as zero items', async () => {
    expect((await load('/fixtures/feeds/empty.xml')).items).toEqual([]);
  });

  it('resolves relative links against the URL the feed was served from', async () => {
    const feed = await load('/feed/');
    expect(feed.items[0]?.link).toBe(`${server.url}/berita/2025/07/pemkab-contoh-raih-penghargaan`);
  });
});
