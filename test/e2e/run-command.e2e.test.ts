import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FinalStages } from '@pw/domain';
import { connectMongo, createArticleRepository } from '@pw/storage';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import { writeSourcesFile } from '../support/pipeline-harness.ts';
import { readSeeds, serveSeedSite } from '../support/seed-site.ts';
import { eventually } from '../support/use-services.ts';

const root = resolve(import.meta.dirname, '../..');
const answers = (url: string) =>
  new Promise<boolean>((ok) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.once('connect', () => ok(!socket.destroy()));
    socket.once('error', () => ok(false));
  });

describe('the run command', () => {
  let server: NewsServer;
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(() => server?.close());

  it('starts its own Redis and FerretDB, processes a feed, and stops everything on Ctrl-C', async () => {
    const seeds = readSeeds();
    const sources = writeSourcesFile([{ id: 'seeds', url: serveSeedSite(server, seeds) }]);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SOURCES_FILE: sources,
      FETCH_ALLOW_PRIVATE: '127.0.0.1',
      CRAWLER_HOST_INTERVAL_MS: '10',
      API_PORT: '0',
      LOG_LEVEL: 'info',
      PARITRANA_DATA_DIR: mkdtempSync(join(tmpdir(), 'pw-run-command-')),
    };
    delete env.REDIS_URL;
    delete env.MONGODB_URL;
    const child = spawn(process.execPath, ['infra/local/run-pipeline.ts'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
      // its own process group, so a failed test can take down what it started too
      detached: true,
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    try {
      const urls = await new Promise<{ redisUrl: string; mongoUrl: string }>((ok, fail) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          try {
            const entry = JSON.parse(line) as {
              msg?: string;
              redisUrl?: string;
              mongoUrl?: string;
            };
            if (entry.msg === 'local services started' && entry.redisUrl && entry.mongoUrl) {
              ok({ redisUrl: entry.redisUrl, mongoUrl: entry.mongoUrl });
            }
          } catch {
            // not a log line
          }
        });
        setTimeout(() => fail(new Error('no "local services started" line')), 60_000);
      });

      const mongo = await connectMongo({ url: urls.mongoUrl, dbName: 'paritrana' });
      const articles = createArticleRepository(mongo.db);
      await eventually(
        'every seed article final',
        async () => {
          const counts = await articles.countByStage();
          return FinalStages.reduce((n, s) => n + (counts[s] ?? 0), 0) === seeds.length;
        },
        60_000,
      );
      expect((await articles.countByStage()).recorded).toBeGreaterThanOrEqual(4);
      await mongo.close();

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(await answers(urls.redisUrl)).toBe(false);
      expect(await answers(urls.mongoUrl)).toBe(false);
    } finally {
      // never leave the pipeline running when an assertion above failed
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        process.kill(-child.pid, 'SIGKILL');
      }
    }
  });
});
