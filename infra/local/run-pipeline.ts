// The README's run command: local Redis and FerretDB when no URLs are configured, then the services.
//   node infra/local/run-pipeline.ts            all four services in this one process
//   node infra/local/run-pipeline.ts crawler    one service (or SERVICE=crawler), as in production
import { startApi } from '@pw/api';
import { startClassifier } from '@pw/classifier';
import { startCrawler } from '@pw/crawler';
import { startExtractor } from '@pw/extractor';
import {
  createLifecycle,
  createLogger,
  loadConfig,
  type RunningService,
  type ServiceContext,
} from '@pw/runtime';
import { connectMongo, type Mongo } from '@pw/storage';
import { startLocalServices } from './services.ts';

type Starter = (ctx: ServiceContext & { mongo: Mongo }) => RunningService | Promise<RunningService>;

const starters: Record<string, Starter> = {
  crawler: startCrawler,
  classifier: startClassifier,
  extractor: startExtractor,
  api: startApi,
};

const wanted = process.argv[2] ?? process.env.SERVICE ?? 'all';
if (wanted !== 'all' && !(wanted in starters)) {
  console.error(`unknown service "${wanted}": use one of all, ${Object.keys(starters).join(', ')}`);
  process.exit(2);
}

const bootLogger = createLogger({ logLevel: process.env.LOG_LEVEL ?? 'info' });
const local =
  process.env.REDIS_URL && process.env.MONGODB_URL ? null : await startLocalServices(process.env);
if (local) {
  bootLogger.info(
    { started: local.started, redisUrl: local.redisUrl, mongoUrl: local.mongoUrl },
    'local services started',
  );
}
let config;
try {
  config = loadConfig({
    ...process.env,
    REDIS_URL: local?.redisUrl ?? process.env.REDIS_URL,
    MONGODB_URL: local?.mongoUrl ?? process.env.MONGODB_URL,
  });
} catch (err) {
  await local?.stop();
  console.error((err as Error).message);
  process.exit(2);
}
const logger = createLogger(config);
const lifecycle = createLifecycle(logger, { graceMs: config.shutdownGraceMs });
lifecycle.handleSignals();
if (local) {
  // registered first, so stopped last: after every service has let go of its connections
  lifecycle.onShutdown('local services', () => local.stop());
}
const mongo = await connectMongo(config.mongo);
lifecycle.onShutdown('mongo', () => mongo.close());

try {
  for (const [name, start] of Object.entries(starters)) {
    if (wanted === 'all' || wanted === name) {
      const service = await start({ config, logger, mongo });
      for (const [closerName, close] of service.closers.toReversed()) {
        lifecycle.onShutdown(closerName, close);
      }
    }
  }
} catch (err) {
  logger.fatal({ err }, 'a service did not start');
  await lifecycle.stop('start failed');
  process.exit(1);
}
logger.info({ services: wanted }, 'pipeline running; Ctrl-C stops it');
