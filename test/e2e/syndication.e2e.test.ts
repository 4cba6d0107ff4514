import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FinalStages } from '@pw/domain';
import { createArticleRepository, createAwardRepository } from '@pw/storage';
import { send, startNewsServer, type NewsServer } from '../support/news-server.ts';
import {
  startPipeline,
  writeSourcesFile,
  type RunningPipeline,
} from '../support/pipeline-harness.ts';
import { readSeeds, renderSeedPage } from '../support/seed-site.ts';
import { eventually, useServices } from '../support/use-services.ts';

const outlets = ['satu.contoh.id', 'dua.contoh.id', 'tiga.contoh.id'];

describe('one press release, three outlets', () => {
  const services = useServices();
  let server: NewsServer;
  let pipeline: RunningPipeline;
  // the Bontang seed: one winner, so one record to look at
  const seed = readSeeds().find((s) => s.text.includes('Bontang'))!;

  beforeAll(async () => {
    server = await startNewsServer();
    outlets.forEach((outlet, i) => {
      // each outlet runs the release with its own dateline and a line of its own
      const text = `${outlet.split('.')[0]!.toUpperCase()} - ${seed.text}\nBaca juga: berita lain dari ${outlet}.`;
      server.route(`/${i}/berita.html`, (_q, res) =>
        send(res, 200, renderSeedPage({ ...seed, id: `${seed.id}-${i}`, outlet, text }), {
          'content-type': 'text/html; charset=utf-8',
        }),
      );
      server.route(`/${i}/feed.xml`, (_q, res, base) =>
        send(
          res,
          200,
          `<?xml version="1.0"?><rss version="2.0"><channel><title>${outlet}</title><item><title>Bontang</title><link>${base}/${i}/berita.html</link></item></channel></rss>`,
          { 'content-type': 'application/rss+xml' },
        ),
      );
    });
    pipeline = await startPipeline(
      services,
      writeSourcesFile(
        outlets.map((outlet, i) => ({
          id: `src-${i}`,
          outlet,
          url: `${server.url}/${i}/feed.xml`,
        })),
      ),
    );
  });

  afterAll(async () => {
    await pipeline?.stop();
    await server?.close();
  });

  it('gives one award record with three sources, three outlets and one story cluster', async () => {
    const articles = createArticleRepository(services.mongo.db);
    await eventually(
      'all three articles final',
      async () => {
        const counts = await articles.countByStage();
        return FinalStages.reduce((n, s) => n + (counts[s] ?? 0), 0) === 3;
      },
      60_000,
    );
    const recorded = await articles.listByStage('recorded');
    expect(recorded).toHaveLength(3);
    expect(new Set(recorded.map((a) => a.clusterId)).size).toBe(1);

    const awards = createAwardRepository(services.mongo.db);
    const records = await awards.find({ regionCode: '64.74' });
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record?.sources.map((s) => s.outlet).sort()).toEqual([...outlets].sort());
    expect(record).toMatchObject({ outletCount: 3, clusterCount: 1 });
  });
});
