import { createLifecycle, createLogger, loadConfig } from '@pw/runtime';
import { Redis } from 'ioredis';
import { redisOptions, startWorkerHealth } from '@pw/queues';
import { connectMongo, createArticleRepository } from '@pw/storage';
import { startCrawler } from './crawler.ts';
import { fetchJobHost } from './fetch-host.ts';

const config = loadConfig();
const logger = createLogger(config).child({ service: 'crawler' });
const lifecycle = createLifecycle(logger, { graceMs: config.shutdownGraceMs });
lifecycle.handleSignals();

// opened first, closed last
const mongo = await connectMongo(config.mongo);
lifecycle.onShutdown('mongo', () => mongo.close());

// fetches are counted by host: the article a fetch job names holds its URL (in Redis while in flight)
const hot = new Redis(redisOptions(config.redis.url, 'worker'));
hot.on('error', (err) => logger.debug({ err: err.message }, 'redis connection error'));
lifecycle.onShutdown('article redis', async () => void (await hot.quit()));
const articles = createArticleRepository(mongo.db, { redis: hot, prefix: config.redis.prefix });
const hostOf = fetchJobHost(articles);
// job counters in Redis for /metrics, and the heartbeat file the container healthcheck reads
const health = startWorkerHealth({ redis: config.redis, logger, hostOf });
lifecycle.onShutdown('health', () => health.close());

const service = await startCrawler({ config, logger, mongo });
for (const [name, close] of service.closers.toReversed()) {
  lifecycle.onShutdown(name, close);
}
health.beat();
logger.info('crawler ready');
