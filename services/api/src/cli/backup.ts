// `pnpm cli backup <file>` and `pnpm cli restore <file> [--replace]`: every collection of the
// database as one gzip'd file of Extended JSON lines (see @pw/storage backupDatabase). The store is
// MONGODB_URL (+ MONGODB_DB), or else the one the local run command is serving from its data folder.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { BackupError, backupDatabase, connectMongo, restoreDatabase } from '@pw/storage';

export const BackupUsage = `usage: pnpm cli backup <file> [--db NAME]
       pnpm cli restore <file> [--replace] [--db NAME]

  backup    writes every collection (documents and indexes) to <file>, gzip'd JSON lines
  restore   reads such a file into the database; refuses a database that holds documents
            unless --replace (also --force), which drops its collections first

  The database: MONGODB_URL and MONGODB_DB (default paritrana); without MONGODB_URL, the store
  of the run command that is running on PARITRANA_DATA_DIR (default data/ at the repo root).
  With the pipeline stopped: \`infra/bin/paritrana store\` serves the store alone.`;

const repoRoot = resolve(import.meta.dirname, '../../../..');

/** What the run command writes to its data folder while it runs (infra/local/services.ts). */
const RunningServices = z.object({
  pid: z.number().int(),
  mongoUrl: z.string(),
  redisUrl: z.string(),
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** MONGODB_URL, or the URL of the local store the run command serves. */
export function storeUrl(env: NodeJS.ProcessEnv): string {
  if (env.MONGODB_URL) {
    return env.MONGODB_URL;
  }
  const dataDir = resolve(env.PARITRANA_DATA_DIR ?? resolve(repoRoot, 'data'));
  const file = resolve(dataDir, 'services.json');
  const running = existsSync(file)
    ? RunningServices.safeParse(JSON.parse(readFileSync(file, 'utf8')))
    : undefined;
  if (!running?.success || !alive(running.data.pid)) {
    throw new Error(
      `no store to talk to: set MONGODB_URL, or start the run command (infra/bin/paritrana, or ` +
        `\`infra/bin/paritrana store\` for the store alone) on ${dataDir}`,
    );
  }
  return running.data.mongoUrl;
}

const kib = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;

/**
 * Runs `backup` / `restore` when argv names one and returns true; false for any other command.
 * Sets process.exitCode on failure.
 */
export async function runBackupCommand(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  const [name, ...rest] = argv;
  if (name !== 'backup' && name !== 'restore') {
    return false;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        replace: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(BackupUsage);
      return true;
    }
    const [file, extra] = positionals;
    if (!file || extra !== undefined) {
      throw new Error(`${name}: one file, please\n${BackupUsage}`);
    }
    const dbName = values.db ?? env.MONGODB_DB ?? 'paritrana';
    const mongo = await connectMongo({ url: storeUrl(env), dbName });
    try {
      const path = resolve(file);
      if (name === 'backup') {
        // written beside, then renamed: a backup file is whole or absent
        const partial = `${path}.partial`;
        try {
          const counts = await backupDatabase(mongo.db, createWriteStream(partial));
          renameSync(partial, path);
          const docs = Object.values(counts).reduce((a, b) => a + b, 0);
          console.error(
            `backup: ${dbName}, ${Object.keys(counts).length} collections, ${docs} documents → ` +
              `${path} (${kib(statSync(path).size)})`,
          );
        } finally {
          rmSync(partial, { force: true });
        }
      } else {
        if (!existsSync(path)) {
          throw new Error(`restore: no file ${path}`);
        }
        const counts = await restoreDatabase(mongo.db, createReadStream(path), {
          replace: values.replace || values.force,
        });
        const docs = Object.values(counts).reduce((a, b) => a + b, 0);
        console.error(
          `restore: ${path} → ${dbName}, ${Object.keys(counts).length} collections, ${docs} documents`,
        );
      }
    } finally {
      await mongo.close();
    }
  } catch (err) {
    console.error(err instanceof BackupError ? `${name}: ${err.message}` : (err as Error).message);
    process.exitCode = 2;
  }
  return true;
}
