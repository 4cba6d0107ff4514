import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueName, createProducer, type JobContext, type Producer } from '@pw/queues';
import { createLogger } from '@pw/runtime';
import { createArticleRepository, createSourceStateRepository } from '@pw/storage';
import { serveBigFeed } from '../../../test/support/many-articles.ts';
import { startNewsServer, type NewsServer } from '../../../test/support/news-server.ts';
import { writeSourcesFile } from '../../../test/support/pipeline-harness.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { pollFeedJob } from './poll-feed.job.ts';
import { createSourceRegistry } from './source-registry.ts';
import { fetchUrl } from './steps/fetch-url.ts';

const log = createLogger({ logLevel: 'silent' });
const Items = 10_000;

describe('polling a 10,000-item feed', () => {
  const services = useServices();
  let server: NewsServer;
  let producer: Producer;
  let feedUrl: string;

  beforeAll(async () => {
    server = await startNewsServer();
    feedUrl = serveBigFeed(server, Items, '/besar.xml');
    producer = createProducer(
      { url: services.redisUrl, prefix: services.prefix },
      { role: 'worker', policy: { attempts: 1, backoffMs: 10 } },
    );
  });

  afterAll(async () => {
    await producer?.close();
    await server?.close();
  });

  const poll = (url: string) => {
    const articles = createArticleRepository(services.mongo.db, {
      redis: services.redis,
      prefix: services.prefix,
    });
    const states = createSourceStateRepository(services.mongo.db);
    return {
      articles,
      states,
      job: pollFeedJob({
        sources: createSourceRegistry(writeSourcesFile([{ id: 'besar', url }]), log),
        states,
        articles,
        producer,
        fetch: (u, o) => fetchUrl(u, { ...o, allowAddresses: ['127.0.0.1'] }),
        brokenAfter: 3,
      }),
    };
  };
  const ctx = (holdsLock: () => Promise<boolean>) => ({ log, holdsLock }) as unknown as JobContext;
  const fetchJobs = () => producer.queue(QueueName.Fetch).getWaitingCount();

  it('stops writing once it loses its lock, and the source says the poll was interrupted', async () => {
    const { job, states } = poll(feedUrl);
    let checks = 0;
    const result = await job(
      { sourceId: 'besar' },
      ctx(() => Promise.resolve(checks++ < 2)),
    );
    expect(result).toEqual({ outcome: 'lock-lost' });
    expect(await fetchJobs()).toBe(2000);
    const state = await states.get('besar');
    expect(state?.status).toBe('failing');
    expect(state?.lastError?.code).toBe('feed.interrupted');
  });

  it('continues where the interrupted poll stopped: every item once, none twice', async () => {
    const { job, articles, states } = poll(feedUrl);
    // a crash between putting items in flight and queueing their fetch: the next poll queues them
    await articles.discoverMany(
      Array.from({ length: 500 }, (_, i) => ({
        url: `${server.url}/besar/${2000 + i}.html`,
        feedUrl,
        sourceId: 'besar',
        outlet: '127.0.0.1',
        title: null,
        publishedAt: null,
      })),
    );
    const result = await job(
      { sourceId: 'besar' },
      ctx(() => Promise.resolve(true)),
    );
    expect(result).toMatchObject({ outcome: 'polled', items: Items, created: 7500 });
    expect(await fetchJobs()).toBe(Items);
    expect((await articles.countByStage()).discovered).toBe(Items);
    const state = await states.get('besar');
    expect(state).toMatchObject({ status: 'ok', lastError: null, itemsSeen: Items });

    // the same feed again: nothing new; with one more item: exactly one new
    expect(
      await job(
        { sourceId: 'besar' },
        ctx(() => Promise.resolve(true)),
      ),
    ).toMatchObject({
      outcome: 'unchanged',
    });
    const grown = poll(`${feedUrl}?extra=1`);
    expect(
      await grown.job(
        { sourceId: 'besar' },
        ctx(() => Promise.resolve(true)),
      ),
    ).toMatchObject({
      outcome: 'polled',
      created: 1,
    });
    expect(await fetchJobs()).toBe(Items + 1);
  });
});
