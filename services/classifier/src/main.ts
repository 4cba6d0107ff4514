import { createLifecycle, createLogger, loadConfig } from '@pw/runtime';
import { startWorkerHealth } from '@pw/queues';
import { connectMongo } from '@pw/storage';
import { startClassifier } from './classifier.ts';

const config = loadConfig();
const logger = createLogger(config).child({ service: 'classifier' });
const lifecycle = createLifecycle(logger, { graceMs: config.shutdownGraceMs });
lifecycle.handleSignals();

// opened first, closed last
const mongo = await connectMongo(config.mongo);
lifecycle.onShutdown('mongo', () => mongo.close());

// job counters in Redis for /metrics, and the heartbeat file the container healthcheck reads
const health = startWorkerHealth({ redis: config.redis, logger });
lifecycle.onShutdown('health', () => health.close());

const service = startClassifier({ config, logger, mongo });
for (const [name, close] of service.closers.toReversed()) {
  lifecycle.onShutdown(name, close);
}
health.beat();
logger.info('classifier ready');
