import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FinalStages } from '@pw/domain';
import { connectMongo, createArticleRepository, createAwardRepository } from '@pw/storage';
import { testDraft, testSource } from '../support/award-fixtures.ts';
import { startNewsServer, type NewsServer } from '../support/news-server.ts';
import { writeSourcesFile } from '../support/pipeline-harness.ts';
import { readSeeds, serveSeedSite } from '../support/seed-site.ts';
import {
  processesIn,
  removeDataDir,
  running,
  startRunCommand,
  tempDataDir,
  workerProcessesOf,
  type RunCommand,
} from '../support/run-command.ts';
import { eventually } from '../support/use-services.ts';

const root = resolve(import.meta.dirname, '../..');
const answers = (url: string) =>
  new Promise<boolean>((ok) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.once('connect', () => ok(!socket.destroy()));
    socket.once('error', () => ok(false));
  });

/** Waits until `expected` articles of the store at `mongoUrl` are final; their counts by stage. */
async function untilFinal(
  mongoUrl: string,
  expected: number,
  what: string,
  timeoutMs: number,
): Promise<Record<string, number>> {
  const mongo = await connectMongo({ url: mongoUrl, dbName: 'paritrana' });
  try {
    const articles = createArticleRepository(mongo.db);
    return await eventually(
      what,
      async () => {
        const counts = await articles.countByStage();
        return FinalStages.reduce((n, s) => n + (counts[s] ?? 0), 0) === expected ? counts : null;
      },
      timeoutMs,
    );
  } finally {
    await mongo.close();
  }
}

describe('the run command', () => {
  let server: NewsServer;
  beforeAll(async () => {
    server = await startNewsServer();
  });
  const dirs: string[] = [];
  const runs: RunCommand[] = [];
  afterAll(async () => {
    await server?.close();
    // never leave a run command (or what it started) running when an assertion failed
    for (const run of runs) {
      run.killGroup();
    }
    for (const dir of dirs) {
      for (const pid of processesIn(dir)) {
        process.kill(pid, 'SIGKILL');
      }
      removeDataDir(dir);
    }
  });

  it('starts its own Redis and FerretDB, processes a feed, and stops everything on Ctrl-C', async () => {
    const dataDir = tempDataDir('run-command');
    dirs.push(dataDir);
    const seeds = readSeeds();
    const sources = writeSourcesFile([{ id: 'seeds', url: serveSeedSite(server, seeds) }]);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SOURCES_FILE: sources,
      FETCH_ALLOW_PRIVATE: '127.0.0.1',
      CRAWLER_HOST_INTERVAL_MS: '10',
      API_PORT: '0',
      LOG_LEVEL: 'info',
      PARITRANA_DATA_DIR: dataDir,
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

      const counts = await untilFinal(
        urls.mongoUrl,
        seeds.length,
        'every seed article final',
        60_000,
      );
      expect(counts.recorded).toBeGreaterThanOrEqual(4);

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

  const readyz = async (run: RunCommand) => {
    const res = await fetch(`${run.apiUrl}/readyz`).catch(() => null);
    return res?.status ?? 0;
  };

  it('starts a killed redis-server again; /readyz comes back and new articles still land', async () => {
    const dataDir = tempDataDir('supervised');
    dirs.push(dataDir);
    const seeds = readSeeds();
    const sources = writeSourcesFile([{ id: 'seeds', url: serveSeedSite(server, seeds) }]);
    const run = await startRunCommand(
      dataDir,
      { CRAWLER_HOST_INTERVAL_MS: '10', JOB_BACKOFF_MS: '300' },
      sources,
    );
    runs.push(run);
    try {
      expect(await readyz(run)).toBe(200);
      const redisPid = run.servicePids.redis as number;
      process.kill(redisPid, 'SIGKILL');
      await run.waitForLine('the death noticed', (l) => l.msg === 'local service died');
      const back = await run.waitForLine(
        'redis restarted',
        (l) => l.msg === 'local service restarted' && l.service === 'redis',
      );
      expect(back).toBeTruthy();
      await eventually('/readyz 200 again', async () => (await readyz(run)) === 200, 30_000);

      // the feed is processed on the restarted Redis: every seed article final, records made
      const counts = await untilFinal(
        run.mongoUrl,
        seeds.length,
        'every seed article final after the restart',
        90_000,
      );
      expect(counts.recorded).toBeGreaterThanOrEqual(4);

      process.kill(run.pid, 'SIGINT');
      expect(await run.exited, run.tail()).toBe(0);
      expect(processesIn(dataDir)).toEqual([]);
    } finally {
      run.killGroup();
    }
  });

  it('starts a killed PostgreSQL and FerretDB again; /readyz comes back and a record lands', async () => {
    const dataDir = tempDataDir('supervised-store');
    dirs.push(dataDir);
    const run = await startRunCommand(dataDir);
    runs.push(run);
    try {
      const mongo = await connectMongo({ url: run.mongoUrl, dbName: 'paritrana' });
      try {
        const awards = createAwardRepository(mongo.db);
        await awards.upsertWithSource(testDraft(), testSource('before'));
        for (const service of ['postgres', 'ferretdb'] as const) {
          process.kill(run.servicePids[service] as number, 'SIGKILL');
          await run.waitForLine(
            `${service} restarted`,
            (l) => l.msg === 'local service restarted' && l.service === service,
          );
          await eventually('/readyz 200 again', async () => (await readyz(run)) === 200, 30_000);
        }
        // the driver reconnects: a record written now lands beside the one from before
        const after = await eventually(
          'a record written after the restarts',
          () =>
            awards
              .upsertWithSource(
                testDraft({
                  winner: 'Pemkot Madiun',
                  winnerCanonical: 'Kota Madiun',
                  regionCode: '35.77',
                }),
                testSource('after'),
              )
              .catch(() => null),
          30_000,
        );
        expect(await awards.get(after.key)).toMatchObject({ regionCode: '35.77', sourceCount: 1 });
        expect(await mongo.db.collection('awards').countDocuments()).toBe(2);
      } finally {
        await mongo.close();
      }
      process.kill(run.pid, 'SIGINT');
      expect(await run.exited, run.tail()).toBe(0);
      expect(processesIn(dataDir)).toEqual([]);
    } finally {
      run.killGroup();
    }
  });

  it('stops everything it started on SIGTERM while Redis is down', async () => {
    const dataDir = tempDataDir('redis-down');
    dirs.push(dataDir);
    // Redis is not started again before the signal comes
    const run = await startRunCommand(dataDir, {
      PARITRANA_RESTART_BACKOFF_MS: '600000',
      SHUTDOWN_GRACE_MS: '12000',
    });
    runs.push(run);
    try {
      const pids = Object.values(run.servicePids);
      expect(pids).toHaveLength(3);
      process.kill(run.servicePids.redis as number, 'SIGKILL');
      await run.waitForLine('the death noticed', (l) => l.msg === 'local service died');
      expect(await readyz(run)).toBe(503);

      process.kill(run.pid, 'SIGTERM');
      await run.exited;
      expect([run.pid, ...pids].filter(running)).toEqual([]);
      expect(processesIn(dataDir)).toEqual([]);
      expect(await answers(run.mongoUrl)).toBe(false);
      expect(run.lines.some((l) => l.msg === 'local service restarted')).toBe(false);
    } finally {
      run.killGroup();
    }
  });

  it('gives up, stops everything and exits non-zero with the reason when Redis keeps dying', async () => {
    const dataDir = tempDataDir('gives-up');
    dirs.push(dataDir);
    const run = await startRunCommand(dataDir, {
      PARITRANA_RESTART_BACKOFF_MS: '1000',
      PARITRANA_RESTART_MAX: '2',
      SHUTDOWN_GRACE_MS: '12000',
    });
    runs.push(run);
    // something else takes Redis's port: each restart fails
    const { port } = new URL(run.redisUrl);
    const squatter = createServer();
    try {
      const pids = Object.values(run.servicePids);
      process.kill(run.servicePids.redis as number, 'SIGKILL');
      await eventually(
        'the port taken',
        () =>
          new Promise<boolean>((ok) => {
            squatter.once('error', () => ok(false));
            squatter.listen(Number(port), '127.0.0.1', () => ok(true));
          }),
      );
      expect(await run.exited, run.tail()).toBe(1);
      const reason = run.lines.find((l) => l.msg?.includes('giving up'));
      expect(String(reason?.reason)).toMatch(/redis died 3 times/);
      expect([run.pid, ...pids].filter(running)).toEqual([]);
      expect(processesIn(dataDir)).toEqual([]);
    } finally {
      squatter.close();
      run.killGroup();
    }
  });

  it('runs the workers as processes of their own, starts a killed one again, and gives up on one that keeps dying', async () => {
    const dataDir = tempDataDir('workers');
    dirs.push(dataDir);
    const seeds = readSeeds();
    const sources = writeSourcesFile([{ id: 'seeds', url: serveSeedSite(server, seeds) }]);
    const run = await startRunCommand(
      dataDir,
      {
        PARITRANA_WORKERS: 'processes',
        PARITRANA_RESTART_BACKOFF_MS: '200',
        PARITRANA_RESTART_MAX: '1',
        CRAWLER_HOST_INTERVAL_MS: '10',
        // the killed worker's jobs are taken up again soon
        JOB_LOCK_MS: '2000',
        JOB_STALLED_INTERVAL_MS: '1000',
        SHUTDOWN_GRACE_MS: '12000',
      },
      sources,
    );
    runs.push(run);
    try {
      const running1 = run.lines.find((l) => l.msg === 'pipeline running; Ctrl-C stops it');
      expect(running1?.workers).toBe('processes');
      const workers = workerProcessesOf(run.pid);
      expect(Object.keys(workers).sort()).toEqual(['classifier', 'crawler', 'extractor']);
      // two crawler processes by default (PARITRANA_CRAWLER_PROCESSES)
      expect(workers.crawler).toHaveLength(2);

      // a killed classifier process is started again, and the feed is processed all the same
      process.kill(workers.classifier![0]!, 'SIGKILL');
      await run.waitForLine(
        'the death noticed',
        (l) => l.msg === 'a worker process died; starting it again' && l.service === 'classifier',
      );
      await eventually('a new classifier process', () =>
        Promise.resolve(workerProcessesOf(run.pid).classifier?.[0] ?? null),
      );
      await untilFinal(run.mongoUrl, seeds.length, 'every seed article final', 90_000);
      // the worker processes count their jobs for the api's /metrics
      await eventually('the workers counted in Redis', async () => {
        const redis = new Redis(run.redisUrl);
        try {
          const fields = Object.keys(await redis.hgetall('pw:metrics'));
          return ['fetch', 'classify', 'extract'].every((q) =>
            fields.some((f) => f.startsWith(`pw_jobs_total|queue=${q}|outcome=completed`)),
          );
        } finally {
          redis.disconnect();
        }
      });

      // killed again within the window: more deaths than PARITRANA_RESTART_MAX, so it gives up
      const pids = Object.values(run.servicePids);
      process.kill(workerProcessesOf(run.pid).classifier![0]!, 'SIGKILL');
      expect(await run.exited, run.tail()).toBe(1);
      const reason = run.lines.find((l) => l.msg === 'giving up on a worker process');
      expect(String(reason?.reason)).toMatch(/classifier process died 2 times/);
      expect([run.pid, ...pids].filter(running)).toEqual([]);
      expect(processesIn(dataDir)).toEqual([]);
    } finally {
      run.killGroup();
    }
  });

  it('keeps every service in one process with PARITRANA_WORKERS=single', async () => {
    const dataDir = tempDataDir('single');
    dirs.push(dataDir);
    const run = await startRunCommand(dataDir, { PARITRANA_WORKERS: 'single' });
    runs.push(run);
    try {
      const line = run.lines.find((l) => l.msg === 'pipeline running; Ctrl-C stops it');
      expect(line?.workers).toBe('single');
      expect(workerProcessesOf(run.pid)).toEqual({});
      process.kill(run.pid, 'SIGINT');
      expect(await run.exited, run.tail()).toBe(0);
      expect(processesIn(dataDir)).toEqual([]);
    } finally {
      run.killGroup();
    }
  });
});
