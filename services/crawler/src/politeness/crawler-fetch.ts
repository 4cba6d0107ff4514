import type { Redis } from 'ioredis';
import type { Config } from '@pw/runtime';
import { createFetchAgent } from '../steps/fetch-url.ts';
import { createRobotsGate, type RobotsChecker } from '../steps/robots.ts';
import { createHostLimiter } from './host-limiter.ts';
import { createPoliteFetch, type PoliteFetch } from './polite-fetch.ts';

/** The crawler's way of fetching: hardened fetch + robots.txt + per-host limits shared in Redis. */
export interface CrawlerFetch {
  fetch: PoliteFetch;
  robots: RobotsChecker;
  /** Closes the kept-alive connections. */
  close: () => Promise<void>;
}

/**
 * Builds the polite fetch every crawler process (and the backfill) uses, from the config: the
 * same limits, robots.txt cache and User-Agent, so no tool of ours is ruder than the crawler.
 */
export function createCrawlerFetch(config: Config, redis: Redis): CrawlerFetch {
  const guard = { allowAddresses: config.fetch.allowPrivate };
  const fetchDefaults = {
    totalTimeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    userAgent: config.fetch.userAgent,
    ...guard,
    // one agent for every fetch: a host's connection is kept alive between its pages
    agent: createFetchAgent(guard),
  };
  // remember why an origin's robots.txt could not be read, so a failure is not reported as a ban
  // and a host out of reach keeps its real cause (fetch.dns, fetch.connect …)
  const { robots, robotsProblem } = createRobotsGate(fetchDefaults);
  const fetch = createPoliteFetch({
    limiter: createHostLimiter(redis, `${config.redis.prefix}:politeness`, config.crawler.host),
    isAllowed: (url) => robots.isAllowed(url),
    robotsProblem,
    defaults: fetchDefaults,
  });
  return { fetch, robots, close: () => fetchDefaults.agent.close() };
}
