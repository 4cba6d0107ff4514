import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Binary, ObjectId } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { connectMongo } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';

const root = resolve(import.meta.dirname, '../../../..');
const run = promisify(execFile);

/** `pnpm cli …` as a child process: exit code and both outputs. */
async function cli(args: string[], env: NodeJS.ProcessEnv) {
  const clean = { ...process.env };
  delete clean.MONGODB_URL;
  delete clean.MONGODB_DB;
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['services/api/src/cli/main.ts', ...args],
      { cwd: root, env: { ...clean, ...env } },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('pnpm cli backup / restore', () => {
  const services = useServices();
  const dir = mkdtempSync(join(tmpdir(), 'pw-cli-backup-'));
  const other = `${services.dbName}_copy`;
  afterAll(async () => {
    const m = await connectMongo({ url: services.mongoUrl, dbName: other });
    await m.db.dropDatabase();
    await m.close();
  });

  it('backs the database up to a file and restores it elsewhere; a full database is refused', async () => {
    const id = new ObjectId();
    await services.mongo.db.collection('awards').insertOne({
      _id: id,
      key: 'k-cli',
      firstSeenAt: new Date('2026-01-02T03:04:05Z'),
    });
    await services.mongo.db
      .collection('pages')
      .insertOne({ _id: 'a-cli' as never, body: new Binary(Buffer.from([31, 139, 8, 0])) });
    const env = { MONGODB_URL: services.mongoUrl, MONGODB_DB: services.dbName };
    const file = join(dir, 'cadangan.jsonl.gz');

    const backup = await cli(['backup', file], env);
    expect(backup.stderr).toMatch(/backup: .* documents/);
    expect(backup.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const restore = await cli(['restore', file, '--db', other], env);
    expect(restore.code).toBe(0);
    const copy = await connectMongo({ url: services.mongoUrl, dbName: other });
    try {
      expect(await copy.db.collection('awards').findOne({ _id: id })).toMatchObject({
        key: 'k-cli',
        firstSeenAt: new Date('2026-01-02T03:04:05Z'),
      });
      const page = await copy.db.collection('pages').findOne({ _id: 'a-cli' as never });
      expect([...(page?.body as Binary).buffer]).toEqual([31, 139, 8, 0]);

      const refused = await cli(['restore', file, '--db', other], env);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/not empty.*--replace/);

      await copy.db.collection('awards').insertOne({ key: 'sesudahnya' });
      const replaced = await cli(['restore', file, '--db', other, '--force'], env);
      expect(replaced.code).toBe(0);
      expect(await copy.db.collection('awards').countDocuments({ key: 'sesudahnya' })).toBe(0);
    } finally {
      await copy.close();
    }
  });

  it("finds the run command's store in its data folder when MONGODB_URL is not set", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-cli-data-'));
    const file = join(dir, 'lokal.jsonl.gz');
    const env = { PARITRANA_DATA_DIR: dataDir, MONGODB_DB: services.dbName };

    const none = await cli(['backup', file], env);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no store to talk to/);

    // what a running run command writes (this test process stands in for it)
    writeFileSync(
      join(dataDir, 'services.json'),
      JSON.stringify({
        pid: process.pid,
        mongoUrl: services.mongoUrl,
        redisUrl: services.redisUrl,
      }),
    );
    const found = await cli(['backup', file], env);
    expect(found.code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });
});
