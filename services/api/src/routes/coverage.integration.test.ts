import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from '@pw/crawler';
import {
  createAwardRepository,
  createCoverage,
  createEventLog,
  createSeasonWatch,
} from '@pw/storage';
import { startNewsServer, type NewsServer } from '../../../../test/support/news-server.ts';
import { useServices } from '../../../../test/support/use-services.ts';
import { As, testDraft, testSource, useTestApp } from '../test-support.ts';

const sourcesFile = join(mkdtempSync(join(tmpdir(), 'pw-coverage-')), 'sources.json');
writeFileSync(
  sourcesFile,
  JSON.stringify({
    sources: [
      {
        id: 'kabar-jatim',
        name: 'Kabar Jatim',
        outlet: 'kabarjatim.contoh.id',
        province: 'Jawa Timur',
        kind: 'rss',
        url: 'https://kabarjatim.contoh.id/feed/',
        pollIntervalMinutes: 60,
        enabled: true,
        feedStatus: 'known',
      },
    ],
  }),
);

describe('api: coverage', () => {
  const services = useServices();
  // feed discovery for a suggested outlet is answered by a local server playing the outlet's site
  let site: NewsServer | undefined;
  beforeAll(async () => {
    site = await startNewsServer();
  });
  afterAll(async () => {
    await site?.close();
  });
  const t = useTestApp(services, {
    sourcesFile,
    discoveryFetch: (url) =>
      fetchUrl(url.replace(/^https?:\/\/[^/]+/, site?.url ?? ''), {
        allowAddresses: ['127.0.0.1'],
      }),
  });

  it('serves the matrix, the season and the suggestions to readers', async () => {
    const awards = createAwardRepository(services.mongo.db);
    await awards.upsertWithSource(
      testDraft({ ceremonyDate: '2024-08-20' }),
      testSource('k1', { outlet: 'kabarjatim.contoh.id' }),
    );
    await awards.upsertWithSource(testDraft(), testSource('k2', { outlet: 'radar.contoh.id' }));
    await awards.upsertWithSource(
      testDraft({
        level: 'nasional',
        province: null,
        category: 'Badan Usaha Besar',
        winner: 'PT Contoh Jaya',
        winnerCanonical: 'Contoh Jaya',
        winnerType: 'badan_usaha',
        regionCode: null,
      }),
      testSource('k3', { outlet: 'radar.contoh.id' }),
    );

    const res = await t.app.inject({
      url: '/coverage?editions=2023-2024&provinces=Jatim,Bali',
      headers: As.reader,
    });
    expect(res.statusCode).toBe(200);
    const m = res.json<{
      provinces: string[];
      cells: Array<{
        province: string;
        edition: number;
        level: string;
        records: number;
        sources: number;
        outlets: string[];
        state: string;
      }>;
      national: Array<{ category: string; edition: number; records: number }>;
    }>();
    expect(m.provinces).toEqual(['Jawa Timur', 'Bali']);
    expect(m.cells).toHaveLength(2 * 2 * 2);
    const jatim = m.cells.find(
      (c) => c.province === 'Jawa Timur' && c.edition === 2024 && c.level === 'provinsi',
    );
    expect(jatim).toMatchObject({ records: 1, sources: 2, state: 'winners' });
    expect(jatim?.outlets).toEqual(['kabarjatim.contoh.id', 'radar.contoh.id']);
    expect(m.cells.find((c) => c.province === 'Bali' && c.edition === 2024)?.state).toBe('empty');
    expect(m.national).toMatchObject([
      { category: 'Badan Usaha Besar', edition: 2024, records: 1 },
    ]);

    const season = await t.app.inject({ url: '/coverage/season?graceDays=10', headers: As.reader });
    expect(season.statusCode).toBe(200);
    expect(season.json<{ windows: Array<{ province: string }> }>().windows).toMatchObject([
      { province: 'Jawa Timur', fromDay: 233, toDay: 233 },
    ]);

    const suggestions = await t.app.inject({ url: '/coverage/suggestions', headers: As.reader });
    // the sources file has kabarjatim; radar carried two reports and is suggested
    expect(suggestions.json()).toEqual({
      items: [{ outlet: 'radar.contoh.id', reports: 2, province: 'Jawa Timur' }],
    });
  });

  it("puts a province past its usual window into today's digest", async () => {
    // Jawa Timur's only ceremony (20 August 2024) makes its window; nothing is seen this year
    const watch = createSeasonWatch(services.mongo.db, {
      coverage: createCoverage(services.mongo.db, { outletProvince: () => null }),
      events: createEventLog(services.mongo.db),
    });
    const now = new Date();
    const missing = await watch.check(now, 0);
    const overdue = now.getTime() > Date.UTC(now.getUTCFullYear(), 7, 20);
    expect(missing.map((m) => m.province)).toEqual(overdue ? ['Jawa Timur'] : []);
    const digest = await t.app.inject({ url: '/digest', headers: As.reader });
    expect(digest.json<{ counts: { expectedMissing: number } }>().counts.expectedMissing).toBe(
      overdue ? 1 : 0,
    );
  });

  it('names a bad edition range or province in a 400, and asks for sign-in', async () => {
    const bad = await t.app.inject({ url: '/coverage?editions=2010-2012', headers: As.reader });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/outside 2017/);
    const province = await t.app.inject({
      url: '/coverage?provinces=Atlantis',
      headers: As.reader,
    });
    expect(province.statusCode).toBe(400);
    expect(province.json<{ message: string }>().message).toMatch(/Atlantis/);
    expect((await t.app.inject({ url: '/coverage' })).statusCode).toBe(401);
  });

  it('adds a suggestion as a source in one step, feed discovery included; admins only', async () => {
    const asReviewer = await t.app.inject({
      method: 'POST',
      url: '/coverage/suggestions/radar.contoh.id',
      headers: As.reviewer,
    });
    expect(asReviewer.statusCode).toBe(403);
    const added = await t.app.inject({
      method: 'POST',
      url: '/coverage/suggestions/radar.contoh.id',
      headers: As.admin,
    });
    expect(added.statusCode).toBe(201);
    // the site's home page links its RSS feed: the source is added with it, enabled
    expect(added.json<{ source: unknown }>().source).toMatchObject({
      id: 'radar-contoh-id',
      outlet: 'radar.contoh.id',
      province: 'Jawa Timur',
      kind: 'rss',
      url: `${site?.url}/fixtures/feeds/rss2.xml`,
      enabled: true,
      feedStatus: 'known',
    });
    const file = JSON.parse(readFileSync(sourcesFile, 'utf8')) as {
      sources: Array<{ id: string }>;
    };
    expect(file.sources.map((s) => s.id)).toContain('radar-contoh-id');
  });
});
