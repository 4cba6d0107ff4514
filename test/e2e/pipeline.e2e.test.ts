import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FinalStages } from '@pw/domain';
import { createArticleRepository, createAwardRepository } from '@pw/storage';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import {
  startPipeline,
  writeSourcesFile,
  type RunningPipeline,
} from '../support/pipeline-harness.ts';
import { readSeeds, serveSeedSite } from '../support/seed-site.ts';
import { eventually, useServices } from '../support/use-services.ts';

describe('the pipeline, end to end', () => {
  const services = useServices();
  let server: NewsServer;
  let pipeline: RunningPipeline;
  const seeds = readSeeds();

  beforeAll(async () => {
    server = await startNewsServer();
    const feedUrl = serveSeedSite(server, seeds);
    pipeline = await startPipeline(services, writeSourcesFile([{ id: 'seeds', url: feedUrl }]));
  });

  afterAll(async () => {
    await pipeline?.stop();
    await server?.close();
  });

  it('takes every seed article from the feed to a final stage and stores its awards', async () => {
    await pipeline.pollNow('seeds');
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    await eventually(
      'every seed article at a final stage',
      async () => {
        const counts = await articles.countByStage();
        const final = FinalStages.reduce((n, stage) => n + (counts[stage] ?? 0), 0);
        return final === seeds.length ? counts : null;
      },
      60_000,
    );

    const counts = await articles.countByStage();
    expect(counts.failed).toBe(0);
    expect(counts.recorded).toBeGreaterThanOrEqual(4);
    const awards = createAwardRepository(services.mongo.db);
    expect(await awards.count()).toBeGreaterThan(0);
    for (const line of await articles.listByStage('recorded')) {
      expect(line.url).not.toContain('utm_source');
      // the ledger line is compact; the article about the award is kept whole beside it
      expect(line.text).toBeNull();
      expect((await articles.getKept(line._id))?.text?.length).toBeGreaterThan(100);
      expect((await articles.getPage(line._id))?.length).toBeGreaterThan(100);
    }
    // an article not about the award leaves its line and nothing else
    for (const line of await articles.listByStage('rejected')) {
      const kept = await articles.getKept(line._id);
      if (kept) {
        expect(kept.classification?.kind).not.toBe('unrelated');
      } else {
        expect(await articles.getPage(line._id)).toBeNull();
      }
    }
  });

  it('creates no work when the same feed is polled again', async () => {
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    const before = await articles.countByStage();
    await pipeline.pollNow('seeds');
    await new Promise((r) => setTimeout(r, 1500));
    expect(await articles.countByStage()).toEqual(before);
    expect(server.hits('/seeds/feed.xml')).toBeGreaterThanOrEqual(2);
  });
});
