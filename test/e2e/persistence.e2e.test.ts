// The run command keeps its data in one folder: records, reviews, corrections, the audit log and
// Redis survive a Ctrl-C, a kill -9 of the whole process group, and a kill -9 of the run command
// alone (its servers left behind as orphans).
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { connectMongo, createAwardRepository, createReviewRepository } from '@pw/storage';
import { testDraft, testSource } from '../support/award-fixtures.ts';
import {
  processesIn,
  removeDataDir,
  running,
  startRunCommand,
  tempDataDir,
  type RunCommand,
} from '../support/run-command.ts';
import { eventually } from '../support/use-services.ts';

interface Written {
  confirmedKey: string;
  correctedKey: string;
}

/** Two records, one confirmed and one corrected, and a Redis key, written into a running command. */
async function writeSome(run: RunCommand): Promise<Written> {
  const mongo = await connectMongo({ url: run.mongoUrl, dbName: 'paritrana' });
  const redis = new Redis(run.redisUrl);
  try {
    const awards = createAwardRepository(mongo.db);
    const reviews = createReviewRepository(mongo.db);
    const confirmed = await awards.upsertWithSource(testDraft(), testSource('p1'));
    await awards.upsertWithSource(testDraft(), testSource('p2'));
    const corrected = await awards.upsertWithSource(
      testDraft({ winner: 'Pemkot Madiun', winnerCanonical: 'Kota Madiun', regionCode: '35.77' }),
      testSource('p3'),
    );
    await reviews.decide(confirmed.key, { action: 'confirm', by: 'rina', note: 'dicek' });
    await reviews.decide(corrected.key, {
      action: 'correct',
      by: 'budi',
      corrections: { rank: 2, ceremonyDate: '2024-08-20' },
    });
    await redis.set('pw-persistence-check', 'tetap ada');
    return { confirmedKey: confirmed.key, correctedKey: corrected.key };
  } finally {
    redis.disconnect();
    await mongo.close();
  }
}

/** Everything writeSome wrote is there. */
async function expectKept(run: RunCommand, w: Written) {
  const mongo = await connectMongo({ url: run.mongoUrl, dbName: 'paritrana' });
  const redis = new Redis(run.redisUrl);
  try {
    const awards = createAwardRepository(mongo.db);
    const reviews = createReviewRepository(mongo.db);
    const confirmed = await awards.get(w.confirmedKey);
    expect(confirmed).toMatchObject({
      sourceCount: 2,
      review: { status: 'confirmed', by: 'rina', note: 'dicek' },
    });
    const corrected = await awards.get(w.correctedKey);
    expect(corrected).toMatchObject({
      rank: 2,
      ceremonyDate: '2024-08-20',
      corrections: { rank: 2, ceremonyDate: '2024-08-20' },
      review: { status: 'corrected', by: 'budi' },
    });
    expect((await reviews.history(w.correctedKey)).map((e) => [e.action, e.actor])).toEqual([
      ['correct', 'budi'],
    ]);
    expect(await redis.get('pw-persistence-check')).toBe('tetap ada');
  } finally {
    redis.disconnect();
    await mongo.close();
  }
}

const servicePids = (run: RunCommand) => Object.values(run.servicePids);

/** `pnpm cli …` against the store of the run command on `dataDir`. */
async function cli(args: string[], dataDir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PARITRANA_DATA_DIR: dataDir };
  delete env.MONGODB_URL;
  delete env.MONGODB_DB;
  const root = resolve(import.meta.dirname, '../..');
  return promisify(execFile)(process.execPath, ['services/api/src/cli/main.ts', ...args], {
    cwd: root,
    env,
  });
}

describe('data that survives the run command', () => {
  const dirs: string[] = [];
  const runs: RunCommand[] = [];
  const start = async (dir: string) => {
    const run = await startRunCommand(dir);
    runs.push(run);
    return run;
  };
  afterAll(() => {
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

  it('keeps records, a review and a correction across Ctrl-C and a new start', async () => {
    const dir = tempDataDir('persist-restart');
    dirs.push(dir);
    const first = await start(dir);
    expect(Object.keys(first.servicePids).sort()).toEqual(['ferretdb', 'postgres', 'redis']);
    const written = await writeSome(first);

    process.kill(first.pid, 'SIGINT');
    expect(await first.exited, first.tail()).toBe(0);
    expect(servicePids(first).filter(running)).toEqual([]);
    expect(processesIn(dir)).toEqual([]);

    const second = await start(dir);
    await expectKept(second, written);
    process.kill(second.pid, 'SIGTERM');
    expect(await second.exited, second.tail()).toBe(0);
    expect(processesIn(dir)).toEqual([]);
  });

  it('keeps them after a kill -9 of the whole process group, and the services come up again', async () => {
    const dir = tempDataDir('persist-kill9');
    dirs.push(dir);
    const first = await start(dir);
    const written = await writeSome(first);

    process.kill(-first.pid, 'SIGKILL');
    await first.exited;
    // PostgreSQL's sessions run in their own process groups: they notice the postmaster's death
    await eventually('every server gone', () =>
      Promise.resolve(servicePids(first).every((p) => !running(p))),
    );

    // stale lock, postmaster.pid and Redis append-only file left as a crash leaves them; and the
    // killed postmaster's pid, named in its socket's lock, may belong to another process by now
    // (pid reuse) — postgres refuses a lock whose pid is alive and its own user's
    const socketLock = join(dir, 'postgres', '.s.PGSQL.5432.lock');
    expect(existsSync(socketLock)).toBe(true);
    const asPostgres =
      process.getuid?.() === 0
        ? { uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })) }
        : {};
    const stranger = spawn('sleep', ['60'], { stdio: 'ignore', ...asPostgres });
    const lockLines = readFileSync(socketLock, 'utf8').split('\n');
    writeFileSync(socketLock, [String(stranger.pid), ...lockLines.slice(1)].join('\n'));
    const second = await start(dir).finally(() => stranger.kill('SIGKILL'));
    await expectKept(second, written);
    process.kill(second.pid, 'SIGINT');
    expect(await second.exited, second.tail()).toBe(0);
    expect(processesIn(dir)).toEqual([]);
  });

  it('ends the servers a killed run command left behind, and keeps the data', async () => {
    const dir = tempDataDir('persist-orphans');
    dirs.push(dir);
    const first = await start(dir);
    const written = await writeSome(first);

    // only the run command dies: its servers go on as orphans
    process.kill(first.pid, 'SIGKILL');
    await first.exited;
    const orphans = servicePids(first).filter(running);
    expect(orphans.length).toBeGreaterThan(0);

    const second = await start(dir);
    expect(orphans.filter(running)).toEqual([]);
    await expectKept(second, written);
    process.kill(second.pid, 'SIGINT');
    expect(await second.exited, second.tail()).toBe(0);
    expect(processesIn(dir)).toEqual([]);
  });

  it('refuses a data folder that another running run command uses', async () => {
    const dir = tempDataDir('persist-busy');
    dirs.push(dir);
    const first = await start(dir);
    await expect(start(dir)).rejects.toThrow(/in use by process/);
    process.kill(first.pid, 'SIGINT');
    expect(await first.exited, first.tail()).toBe(0);
  });

  it('restores a backup of a running store into a new data folder', async () => {
    const dir = tempDataDir('persist-backup');
    const fresh = tempDataDir('persist-restored');
    dirs.push(dir, fresh);
    const first = await start(dir);
    const written = await writeSome(first);
    const file = join(fresh, '..', `${fresh.split('/').at(-1)}.jsonl.gz`);
    const { stderr } = await cli(['backup', file], dir);
    expect(stderr).toMatch(/backup: paritrana, .* documents/);
    process.kill(first.pid, 'SIGINT');
    expect(await first.exited, first.tail()).toBe(0);

    // the store alone on a new data folder, the backup restored into it
    const store = await startRunCommand(fresh, {}, undefined, ['store']);
    runs.push(store);
    await cli(['restore', file], fresh);
    const { redisUrl } = store;
    // Redis is not in the backup (queues are rebuilt from the store): mark it as the first had it
    const redis = new Redis(redisUrl);
    await redis.set('pw-persistence-check', 'tetap ada');
    redis.disconnect();
    await expectKept(store, written);
    process.kill(store.pid, 'SIGINT');
    expect(await store.exited, store.tail()).toBe(0);
    removeDataDir(file);
  });
});
