import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createProducer } from '@pw/queues';
import {
  createArticleRepository,
  createAwardRepository,
  createSourceStateRepository,
} from '@pw/storage';
import { useServices } from '../../../test/support/use-services.ts';
import { buildApp } from './app.ts';
import { createQueueProbe } from './queue-probe.ts';
import { As, TestTokens, testDraft, testSource, useTestApp } from './test-support.ts';

describe('api: access and validation', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('answers 401 without a token and 403 when a reader tries to review', async () => {
    expect((await t.app.inject({ url: '/awards' })).statusCode).toBe(401);
    const wrong = await t.app.inject({ url: '/awards', headers: { authorization: 'Bearer nope' } });
    expect(wrong.statusCode).toBe(401);
    const res = await t.app.inject({
      method: 'POST',
      url: '/reviews/any',
      headers: As.reader,
      payload: { action: 'confirm' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<{ message: string }>().message).toMatch(/reviewer/);
  });

  it('answers 400 naming the bad parameter', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/awards?year=abc', /querystring parameter "year"/],
      ['/awards?level=kota', /"level"/],
      ['/awards?regionPrefix=jatim', /"regionPrefix"/],
      ['/awards?limit=10000', /"limit"/],
      ['/awards?provice=Jawa', /"provice"/],
      ['/articles?stage=lost', /"stage"/],
      ['/digest?date=27-11-2026', /"date"/],
      ['/events?state=sent', /"state"/],
    ];
    for (const [url, message] of cases) {
      const res = await t.app.inject({ url, headers: As.reader });
      expect(res.statusCode, url).toBe(400);
      expect(res.json<{ message: string }>().message, url).toMatch(message);
    }
  });

  it('serves health, readiness and the OpenAPI description without a token', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ redis: { ok: true }, mongo: { ok: true } });
    const doc = (await t.app.inject({ url: '/openapi.json' })).json<{
      paths: Record<string, unknown>;
    }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/awards',
        '/awards/export',
        '/reviews/{key}',
        '/articles',
        '/digest',
      ]),
    );
  });
});

describe('api: queries', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('filters awards by province, region-code prefix, year, state and name', async () => {
    const awards = createAwardRepository(services.mongo.db);
    await awards.upsertWithSource(testDraft(), testSource('q1'));
    await awards.upsertWithSource(
      testDraft({ winnerCanonical: 'Kota Surabaya', regionCode: '35.78', winnerType: 'kota' }),
      testSource('q2'),
    );
    await awards.upsertWithSource(
      testDraft({
        province: 'Jawa Tengah',
        winnerCanonical: 'Kabupaten Kudus',
        regionCode: '33.19',
      }),
      testSource('q3'),
    );
    await awards.upsertWithSource(testDraft({ editionYear: 2023 }), testSource('q4'));
    const get = async (qs: string) =>
      (await t.app.inject({ url: `/awards?${qs}`, headers: As.reader })).json<{
        total: number;
        items: Array<{ winner: string }>;
      }>();

    expect((await get('province=jawa%20timur&year=2024')).total).toBe(2);
    expect((await get('regionPrefix=35.')).total).toBe(3);
    expect((await get('regionPrefix=33.')).items.map((a) => a.winner)).toEqual(['Kabupaten Kudus']);
    expect((await get('q=surabaya')).items.map((a) => a.winner)).toEqual(['Kota Surabaya']);
    expect((await get('status=new&winnerType=kota')).total).toBe(1);
    expect((await get('since=2999-01-01')).total).toBe(0);
    await awards.upsertWithSource(testDraft({ editionYear: 2023 }), testSource('q5', { rank: 3 }));
    expect((await get('hasConflicts=true')).items.map((a) => a.winner)).toEqual([
      'Kabupaten Bojonegoro',
    ]);
    expect((await get('hasConflicts=false')).total).toBe(3);
    const events = await t.app.inject({ url: '/events?state=pending', headers: As.reader });
    const types = events.json<{ items: Array<{ type: string }> }>().items.map((e) => e.type);
    expect(types.filter((x) => x === 'award.created')).toHaveLength(4);
    expect(types).toContain('award.conflict');
    const page = await get('sort=winner&limit=2&page=2');
    expect(page.items.map((a) => a.winner)).toEqual(['Kabupaten Kudus', 'Kota Surabaya']);
  });

  it('lists failed articles with their reasons, queue counts and source health', async () => {
    // articles in flight live in Redis; a failed one ends as a ledger line the api lists
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    const { articleId } = await articles.insertIfNew({
      url: 'https://contoh.id/gagal',
      feedUrl: null,
      sourceId: 'contoh',
      outlet: 'contoh.id',
      title: 'Gagal',
      publishedAt: null,
    });
    await articles.fail(articleId, {
      stage: 'fetch',
      code: 'fetch.timeout',
      message: 'no answer in 15 s',
    });
    const failed = await t.app.inject({ url: '/articles?stage=failed', headers: As.reader });
    expect(failed.json()).toMatchObject({
      counts: { failed: 1 },
      items: [{ id: articleId, failure: { stage: 'fetch', code: 'fetch.timeout' } }],
    });

    await t.producer.enqueue('fetch', { articleId }, { jobId: `fetch-${articleId}` });
    const queues = await t.app.inject({ url: '/queues', headers: As.reader });
    expect(queues.json()).toMatchObject({
      queues: { fetch: { waiting: 1 }, extract: { waiting: 0 } },
    });

    expect((await t.app.inject({ url: '/sources', headers: As.reader })).json()).toEqual({
      byStatus: {},
      items: [],
    });
    await createSourceStateRepository(services.mongo.db).update('antara', {
      status: 'broken',
      lastError: { code: 'fetch.http-status', message: '410', at: new Date() },
    });
    const sources = await t.app.inject({ url: '/sources', headers: As.reader });
    expect(sources.json()).toMatchObject({
      byStatus: { broken: 1 },
      items: [{ id: 'antara', removed: true, health: { _id: 'antara', status: 'broken' } }],
    });
  });
});

describe('api: readiness', () => {
  const services = useServices();

  it('answers 503 from /readyz and /queues when Redis cannot be reached', async () => {
    // a real client aimed at a port nothing listens on: the producer profile fails fast
    const producer = createProducer(
      { url: 'redis://127.0.0.1:1', prefix: services.prefix },
      { role: 'producer', policy: { attempts: 1, backoffMs: 1000 } },
    );
    const probe = createQueueProbe(producer);
    const app = buildApp({
      db: services.mongo.db,
      logger: pino({ level: 'silent' }),
      tokens: TestTokens,
      pingMongo: () => services.mongo.ping(),
      pingRedis: () => probe.ping(),
      queueCounts: () => probe.counts(),
      exportBatchSize: 100,
      digestUtcOffset: '+07:00',
      sourcesFile: null,
      pollNow: () => Promise.resolve(),
    });
    try {
      const ready = await app.inject({ url: '/readyz' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ redis: { ok: false }, mongo: { ok: true } });
      expect((await app.inject({ url: '/queues', headers: As.reader })).statusCode).toBe(503);
    } finally {
      await app.close();
      await producer.close();
    }
  });
});
