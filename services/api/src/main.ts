import { createLifecycle, createLogger, exitOnBrokenPipe, loadConfig } from '@pw/runtime';
import { connectMongo } from '@pw/storage';
import { alertsProblems } from './alerts/settings.ts';
import { configProblems, loadApiConfig } from './api-config.ts';
import { startApi } from './api.ts';
import { announce } from './banner.ts';

exitOnBrokenPipe();
const problems = configProblems() ?? alertsProblems();
if (problems !== null) {
  process.stderr.write(`${problems}\n`);
  process.exit(2);
}
const config = loadConfig();
const apiConfig = loadApiConfig();
const logger = createLogger(config).child({ service: 'api' });
const lifecycle = createLifecycle(logger, { graceMs: config.shutdownGraceMs });
lifecycle.handleSignals();

const mongo = await connectMongo(config.mongo); // opened first, closed last
lifecycle.onShutdown('mongo', () => mongo.close());

const service = await startApi({ config, logger, mongo, apiConfig });
for (const [name, close] of service.closers.toReversed()) {
  lifecycle.onShutdown(name, close);
}

logger.info(
  { url: service.url, tokens: apiConfig.tokens.length, webhook: apiConfig.webhook.url !== null },
  'api ready',
);
await announce({ apiUrl: service.url, config, db: mongo.db, services: 'api', logger });
