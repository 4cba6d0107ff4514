import type { TestProject } from 'vitest/node';
import { startLocalServices } from '@pw/infra/local/services';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    mongoUrl: string;
  }
}

/**
 * Starts redis-server and FerretDB on PostgreSQL (PARITRANA_LOCAL_STORE=sqlite: on SQLite) once per
 * run, in a temp folder removed afterwards (or uses REDIS_URL / MONGODB_URL).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const services = await startLocalServices();
  // a run that is cut short (Ctrl-C, a crash) leaves no server behind
  process.once('exit', services.killNow);
  project.provide('redisUrl', services.redisUrl);
  project.provide('mongoUrl', services.mongoUrl);
  return () => services.stop();
}
