import { ObjectId, Binary } from 'mongodb';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Collection } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { As, useTestApp } from '../test-support.ts';

describe('the web app files and /web routes', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('serves index.html at / with a CSP that allows only the app itself', async () => {
    const res = await t.app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<script type="module" src="/app/js/main.ts"></script>');
    expect(res.body).not.toMatch(/https?:\/\//);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('serves the browser code with its types stripped, cached by ETag, and nothing outside it', async () => {
    const res = await t.app.inject({ url: '/app/js/ui.ts' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    // types become blanks, so line and column numbers still match the source
    expect(res.body).toMatch(/export function conflictText\(c\s+, r\s+\)/);
    expect(res.body).not.toContain('c: Conflict');
    expect(res.body).not.toContain('import type');
    const again = await t.app.inject({
      url: '/app/js/ui.ts',
      headers: { 'if-none-match': String(res.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    for (const url of [
      '/app/js/..%2F..%2Fsrc%2Findex.ts',
      '/app/js/vendor/htm-preact.d.ts',
      '/app/js/nothing.ts',
      '/app/vendor/nothing.js',
    ]) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    }
  });

  it('serves Preact+htm and Chart.js from node_modules, and the stylesheet', async () => {
    const htm = await t.app.inject({ url: '/app/vendor/htm-preact.js' });
    expect(htm.statusCode).toBe(200);
    expect(htm.body).toContain('useState');
    const chart = await t.app.inject({ url: '/app/vendor/chart.umd.min.js' });
    expect(chart.statusCode).toBe(200);
    expect(chart.headers['content-type']).toMatch(/javascript/);
    const css = await t.app.inject({ url: '/app/styles.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('answers the dashboard figures to a reader, and nothing without a sign-in', async () => {
    expect((await t.app.inject({ url: '/web/dashboard' })).statusCode).toBe(401);
    const res = await t.app.inject({ url: '/web/dashboard', headers: As.reader });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      editions: [],
      edition: null,
      perEdition: [],
      provinces: {},
      weekly: [],
    });
  });

  it("gives an article's text and its stored copy, inert", async () => {
    const id = new ObjectId().toHexString();
    const db = services.mongo.db;
    await db.collection(Collection.Articles).insertOne({
      _id: id as never,
      url: 'https://kabarjagad.com/berita/1',
      feedUrl: null,
      sourceId: null,
      outlet: 'kabarjagad.com',
      title: 'Bojonegoro juara',
      text: 'Pemkab Bojonegoro meraih juara 1 Paritrana Award 2024.',
      htmlLang: 'id',
      publishedAt: null,
      author: null,
      clusterId: null,
      fingerprint: null,
      stage: 'recorded',
      stageChangedAt: new Date(),
      discoveredAt: new Date(),
      attempts: 1,
      classification: null,
      awardKeys: [],
      rejection: null,
      failure: null,
    });
    await db.collection(Collection.Pages).insertOne({
      _id: id as never,
      body: new Binary(gzipSync(Buffer.from('<p>Bojonegoro</p><script>alert(1)</script>'))),
      contentType: 'text/html; charset=utf-8',
      at: new Date(),
    });
    const article = await t.app.inject({ url: `/web/articles/${id}`, headers: As.reader });
    expect(article.json()).toMatchObject({
      id,
      text: 'Pemkab Bojonegoro meraih juara 1 Paritrana Award 2024.',
      hasCopy: true,
    });
    const copy = await t.app.inject({ url: `/web/articles/${id}/copy`, headers: As.reader });
    expect(copy.statusCode).toBe(200);
    expect(copy.body).toContain('<p>Bojonegoro</p>');
    expect(copy.headers['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
    const missing = new ObjectId().toHexString();
    expect(
      (await t.app.inject({ url: `/web/articles/${missing}`, headers: As.reader })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: `/web/articles/${missing}/copy`, headers: As.reader })).statusCode,
    ).toBe(404);
  });

  it('keeps feed discovery for admins and says when it cannot queue a link', async () => {
    const discover = {
      method: 'POST' as const,
      url: '/web/sources/discover',
      payload: { site: 'kabarjagad.com' },
    };
    expect((await t.app.inject({ ...discover, headers: As.reviewer })).statusCode).toBe(403);
    const bad = await t.app.inject({
      ...discover,
      payload: { site: 'not a site' },
      headers: As.admin,
    });
    expect(bad.statusCode).toBe(400);
    const submit = await t.app.inject({
      method: 'POST',
      url: '/web/submissions',
      payload: { url: 'https://kabarjagad.com/berita/2' },
      headers: As.reviewer,
    });
    expect(submit.statusCode).toBe(503);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/web/submissions',
          payload: { url: 'ftp://x.id/a' },
          headers: As.reviewer,
        })
      ).statusCode,
    ).toBe(400);
  });
});
