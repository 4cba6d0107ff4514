// `pnpm bench e2e [--outlets 40] [--items 50]`: the run command against the synthetic news world.
// Starts ../shared/bench/newsworld.mjs (one loopback host per outlet), writes a sources file of its
// feeds, starts `node infra/local/run-pipeline.ts` on a temporary data folder, polls every feed
// once, and waits until every article is final. Prints articles/s (overall and per tenth), CPU by
// process, the correctness checks against world.json, and the BullMQ no-op chain ceiling measured
// on the same Redis in the same run. Figures only: nothing here passes or fails.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { MongoClient } from 'mongodb';
import { z } from 'zod';
import { ArticleStage, FinalStages } from '@pw/domain';
import { QueueName, jobIdFor, metricsKey, parseMetricField } from '@pw/queues';
import { Collection, SourcesCollection, flightKeys } from '@pw/storage';

const root = resolve(import.meta.dirname, '../..');
const out = (line: string) => process.stdout.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const World = z.object({
  outlets: z.array(z.object({ n: z.number(), host: z.string(), feed: z.string() })),
  items: z.array(
    z.object({ url: z.string(), outlet: z.number(), key: z.string().nullable().optional() }),
  ),
  articles: z.number(),
  awardKeys: z.array(z.string()),
});
type World = z.infer<typeof World>;

/** The outlet name a world outlet gets in the sources file. */
const outletName = (n: number) => `o${n}.dunia-berita.test`;

const arg = (args: string[], name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

/** CPU seconds used so far by each process of interest, by /proc, per process id. */
function cpuByProcess(pids: Record<string, number[]>): Record<string, Map<number, number>> {
  const tick = 100;
  const result: Record<string, Map<number, number>> = {};
  for (const [name, list] of Object.entries(pids)) {
    const used = new Map<number, number>();
    for (const pid of list) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime, stime, cutime, cstime (fields 14–17; 12–15 after the command)
        used.set(pid, fields.slice(11, 15).reduce((s, x) => s + Number(x), 0) / tick);
      } catch {
        // gone
      }
    }
    result[name] = used;
  }
  return result;
}

/** CPU seconds spent between two readings; processes started in between count whole. */
function cpuSpent(before: Map<number, number> | undefined, after: Map<number, number>): number {
  let spent = 0;
  for (const [pid, used] of after) {
    spent += used - (before?.get(pid) ?? 0);
  }
  return spent;
}

/** Every process below `root` in the process tree, with its command line. */
function descendantsOf(root: number): Array<{ pid: number; cmd: string }> {
  const children = new Map<number, number[]>();
  const cmds = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      cmds.set(Number(entry), readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' '));
    } catch {
      // gone
    }
  }
  const found: Array<{ pid: number; cmd: string }> = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      found.push({ pid: child, cmd: cmds.get(child) ?? '' });
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** The run command's processes by kind (other jobs' servers on the machine are not counted). */
function runProcesses(run: number): Record<string, number[]> {
  const below = descendantsOf(run);
  const of = (test: (cmd: string) => boolean) => below.filter((p) => test(p.cmd)).map((p) => p.pid);
  const workers = below.filter((p) => p.cmd.startsWith(process.execPath));
  const workerOf = (name: string) =>
    workers.filter((p) => p.cmd.trim().endsWith(`run-pipeline.ts ${name}`)).map((p) => p.pid);
  const named = ['crawler', 'classifier', 'extractor'].filter((n) => workerOf(n).length > 0);
  return {
    'node: run command (+ workers)': [run, ...workers.map((p) => p.pid)],
    // with worker processes, each one's share as well
    ...Object.fromEntries(
      named.map((n) => {
        const pids = workerOf(n);
        return [`  of which ${n} process${pids.length > 1 ? `es (${pids.length})` : ''}`, pids];
      }),
    ),
    'redis-server': of((c) => c.startsWith('redis-server')),
    ferretdb: of((c) => c.includes('ferretdb --')),
    postgres: of((c) => c.startsWith('postgres:') || c.includes('bin/postgres')),
  };
}

function startWorld(args: string[], dir: string): Promise<{ proc: ChildProcess; world: World }> {
  const file = join(dir, 'world.json');
  const proc = spawn(
    process.execPath,
    [join(root, '..', 'shared', 'bench', 'newsworld.mjs'), ...args, '--hosts', '--out', file],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((ok, fail) => {
    proc.once('exit', (code) => fail(new Error(`newsworld exited with ${code}`)));
    proc.stdout.on('data', (chunk: Buffer) => {
      const line = chunk.toString();
      if (line.includes('news world on') && existsSync(file)) {
        out(line.trim());
        ok({ proc, world: World.parse(JSON.parse(readFileSync(file, 'utf8'))) });
      }
    });
  });
}

/** Starts the run command; resolves with its Redis and MongoDB URLs once its services are up. */
function startRun(
  env: NodeJS.ProcessEnv,
): Promise<{ proc: ChildProcess; redisUrl: string; mongoUrl: string }> {
  const proc = spawn(process.execPath, [join(root, 'infra/local/run-pipeline.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let redisUrl = '';
  let mongoUrl = '';
  let buffer = '';
  const onLine = (line: string, ok: () => void) => {
    try {
      const entry = JSON.parse(line) as {
        msg?: string;
        level?: number;
        redisUrl?: string;
        mongoUrl?: string;
      };
      if ((entry.level ?? 0) >= 50) {
        process.stderr.write(`run command: ${line.slice(0, 2000)}\n`);
      }
      if (entry.msg === 'local services started') {
        redisUrl = entry.redisUrl ?? '';
        mongoUrl = entry.mongoUrl ?? '';
      }
      // the run command says this once every service (and worker process) runs
      if (/^pipeline running/.test(entry.msg ?? '') && redisUrl) {
        ok();
      }
    } catch {
      process.stderr.write(`run command: ${line.slice(0, 2000)}\n`);
    }
  };
  return new Promise((ok, fail) => {
    proc.once('exit', (code) => fail(new Error(`the run command exited with ${code}`)));
    const done = () => ok({ proc, redisUrl, mongoUrl });
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        onLine(line, done);
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  });
}

/** The world's key of a record: edition|level|province code|kabkota|regency code. */
function worldKeyOf(r: { editionYear: number | null; level: string; regionCode: string | null }) {
  const code = r.regionCode ?? 'no-region';
  return `${r.editionYear}|${r.level}|${code.split('.')[0]}|kabkota|${code}`;
}

/** Calls per Redis command from `INFO commandstats` (`cmdstat_get:calls=12,…`). */
function redisCallsOf(info: string): Map<string, number> {
  const calls = new Map<string, number>();
  for (const m of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) {
    calls.set(m[1]!, Number(m[2]));
  }
  return calls;
}

/** The BullMQ ceiling: a four-queue chain of no-op workers, on the same Redis. */
async function noopChain(redisUrl: string, jobs: number): Promise<number> {
  const prefix = `noop${Date.now().toString(36)}`;
  const names = ['a', 'b', 'c', 'd'];
  const connection = { url: redisUrl, maxRetriesPerRequest: null };
  const queues = names.map((n) => new Queue(n, { connection, prefix }));
  let done = 0;
  let allDone = () => {};
  const finished = new Promise<void>((ok) => {
    allDone = ok;
  });
  const workers = names.map(
    (n, i) =>
      new Worker(
        n,
        async (job) => {
          if (i < names.length - 1) {
            await queues[i + 1]!.add(names[i + 1]!, job.data, { removeOnComplete: true });
          } else if (++done === jobs) {
            allDone();
          }
        },
        { connection, prefix, concurrency: 16 },
      ),
  );
  const t = performance.now();
  for (let i = 0; i < jobs; i += 1000) {
    await queues[0]!.addBulk(
      Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({
        name: 'a',
        data: { articleId: (i + k).toString(16).padStart(24, '0') },
        opts: { removeOnComplete: true },
      })),
    );
  }
  await finished;
  const rate = (jobs * 1000) / (performance.now() - t);
  await Promise.all(workers.map((w) => w.close()));
  await Promise.all(queues.map((q) => q.obliterate({ force: true }).then(() => q.close())));
  return rate;
}

/** Runs the e2e benchmark and prints its report. */
export async function runE2eBench(args: string[]): Promise<void> {
  const outlets = arg(args, '--outlets', 40);
  const items = arg(args, '--items', 50);
  const dir = mkdtempSync(join(tmpdir(), 'pw-bench-e2e-'));
  // PostgreSQL runs as its own system user: it must be able to reach the data folder
  chmodSync(dir, 0o755);
  const { proc: worldProc, world } = await startWorld(
    ['--outlets', String(outlets), '--items', String(items), '--port', '0'],
    dir,
  );
  const sourcesFile = join(dir, 'sources.json');
  writeFileSync(
    sourcesFile,
    JSON.stringify({
      sources: world.outlets.map((o) => ({
        id: `o${o.n}`,
        name: `Outlet ${o.n}`,
        outlet: outletName(o.n),
        province: null,
        kind: 'rss',
        url: o.feed,
        pollIntervalMinutes: 60,
        enabled: true,
        feedStatus: 'known',
      })),
    }),
  );
  const prefix = 'pw';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PARITRANA_DATA_DIR: join(dir, 'data'),
    SOURCES_FILE: sourcesFile,
    QUEUE_PREFIX: prefix,
    CRAWLER_HOST_INTERVAL_MS: process.env.CRAWLER_HOST_INTERVAL_MS ?? '50',
    FETCH_ALLOW_PRIVATE: '127.0.0.0/8',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    API_PORT: '0',
  };
  delete env.REDIS_URL;
  delete env.MONGODB_URL;
  out(
    `run command on data folder ${env.PARITRANA_DATA_DIR}; politeness ${env.CRAWLER_HOST_INTERVAL_MS} ms per host`,
  );
  const run = await startRun(env).catch((err: unknown) => {
    worldProc.kill('SIGTERM');
    throw err;
  });
  // whatever happens to this process, the run command and the world stop with it
  process.once('exit', () => {
    try {
      process.kill(-run.proc.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
    worldProc.kill('SIGKILL');
  });
  const redis = new Redis(run.redisUrl, { maxRetriesPerRequest: null });
  const mongo = new MongoClient(run.mongoUrl, { retryWrites: false });
  await mongo.connect();
  const db = mongo.db(process.env.MONGODB_DB ?? 'paritrana');
  const total = world.items.length;
  // read again at the end: FerretDB opens PostgreSQL sessions (new processes) as load grows
  const pids = () => ({
    ...runProcesses(run.proc.pid!),
    'news world': worldProc.pid ? [worldProc.pid] : [],
    'this bench': [process.pid],
  });
  try {
    const cpu0 = cpuByProcess(pids());
    const redisCalls0 = redisCallsOf(await redis.info('commandstats'));
    const t0 = performance.now();
    const discover = new Queue(QueueName.Discover, {
      connection: { url: run.redisUrl },
      prefix,
    });
    await discover.addBulk(
      world.outlets.map((o) => ({
        name: QueueName.Discover,
        data: { sourceId: `o${o.n}` },
        opts: { jobId: jobIdFor(QueueName.Discover, `bench-o${o.n}`), attempts: 1 },
      })),
    );
    await discover.close();
    const keys = flightKeys(prefix);
    const marks: number[] = [];
    // articles waiting at each stage when each tenth finished (where the pipeline queues up)
    const backlog: string[] = [];
    let final = 0;
    let last = '';
    let lastChange = performance.now();
    while (final < total) {
      await sleep(250);
      const h = await redis.hgetall(keys.stages);
      final = FinalStages.reduce((s, st) => s + Number(h[st] ?? 0), 0);
      while (marks.length < 10 && final >= ((marks.length + 1) * total) / 10) {
        marks.push(performance.now() - t0);
        backlog.push(
          [ArticleStage.Discovered, ArticleStage.Fetched, ArticleStage.Classified]
            .map((st) => h[st] ?? '0')
            .join('/'),
        );
      }
      const line = JSON.stringify(h);
      if (line !== last) {
        last = line;
        lastChange = performance.now();
      }
      if (performance.now() - lastChange > 120_000) {
        out(`no progress for 2 minutes: ${line}`);
        break;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuByProcess(pids());
    const redisCalls1 = redisCallsOf(await redis.info('commandstats'));
    const counts = await redis.hgetall(keys.stages);
    out(
      `\n${final} of ${total} articles final in ${seconds.toFixed(1)} s: ${(final / seconds).toFixed(1)} articles/s`,
    );
    out(`stages: ${JSON.stringify(counts)}`);
    const tenth = total / 10;
    const rates = marks.map((t, i) => (tenth * 1000) / (t - (i > 0 ? marks[i - 1]! : 0)));
    out(`articles/s per tenth of the run: ${rates.map((r) => r.toFixed(0)).join(', ')}`);
    out(`waiting to be fetched/classified/extracted at each tenth: ${backlog.join(', ')}`);
    if (rates.length === 10) {
      out(
        `last tenth at ${((100 * rates[9]!) / rates[0]!).toFixed(0)} % of the first tenth's rate`,
      );
    }
    out('CPU over the run (% of one core, and CPU time per final article):');
    for (const [name, used] of Object.entries(cpu1)) {
      const spent = cpuSpent(cpu0[name], used);
      out(
        `  ${name.padEnd(32)} ${((100 * spent) / seconds).toFixed(0).padStart(5)} %  ${((1000 * spent) / Math.max(1, final)).toFixed(2).padStart(6)} ms`,
      );
    }

    const calls = [...redisCalls1]
      .map(([cmd, n]) => [cmd, n - (redisCalls0.get(cmd) ?? 0)] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1]);
    const allCalls = calls.reduce((sum, [, n]) => sum + n, 0);
    out(
      `Redis commands per article: ${(allCalls / Math.max(1, final)).toFixed(1)} (${calls
        .slice(0, 10)
        .map(([cmd, n]) => `${cmd} ${(n / Math.max(1, final)).toFixed(1)}`)
        .join(', ')})`,
    );

    // the workers' own job timings (their telemetry, flushed once a second)
    await sleep(1500);
    const metrics = Object.entries(await redis.hgetall(metricsKey(prefix))).map(([f, v]) => ({
      ...parseMetricField(f),
      value: Number(v),
    }));
    const mean = (name: string, queue: string) => {
      const of = (suffix: string) =>
        metrics
          .filter((m) => m.name === `${name}_${suffix}` && m.labels.queue === queue)
          .reduce((sum, m) => sum + m.value, 0);
      const n = of('count');
      return n > 0 ? `${((1000 * of('sum')) / n).toFixed(0)} ms` : '-';
    };
    out(
      `mean job time (wait before start): ${[QueueName.Fetch, QueueName.Classify, QueueName.Extract]
        .map(
          (q) => `${q} ${mean('pw_job_duration_seconds', q)} (${mean('pw_job_wait_seconds', q)})`,
        )
        .join(', ')}`,
    );

    // correctness against world.json
    const failed = Number(counts[ArticleStage.Failed] ?? 0);
    out(
      `\nevery article final: ${final === total ? 'yes' : `NO (${total - final} not final)`}; failed: ${failed}`,
    );
    const records = await db
      .collection<{
        key: string;
        editionYear: number | null;
        level: string;
        regionCode: string | null;
        merged?: boolean;
      }>(Collection.Awards)
      .find({ merged: { $ne: true } })
      .toArray();
    const byWorldKey = new Map<string, string[]>();
    for (const r of records) {
      const k = worldKeyOf(r);
      byWorldKey.set(k, [...(byWorldKey.get(k) ?? []), r.key]);
    }
    const truth = new Set(world.awardKeys);
    const missing = [...truth].filter((k) => !byWorldKey.has(k));
    const extra = [...byWorldKey.keys()].filter((k) => !truth.has(k));
    const split = [...byWorldKey.entries()].filter(([, ks]) => ks.length > 1);
    out(
      `records: ${records.length} for ${truth.size} award keys in the world — missing ${missing.length}, extra ${extra.length}, split ${split.length}`,
    );
    for (const k of [...missing.slice(0, 5), ...extra.slice(0, 5)]) {
      out(`  ${missing.includes(k) ? 'missing' : 'extra'}: ${k}`);
    }
    const worldOutlets = new Map<string, Set<string>>();
    for (const it of world.items) {
      if (it.key) {
        worldOutlets.set(
          it.key,
          (worldOutlets.get(it.key) ?? new Set()).add(outletName(it.outlet)),
        );
      }
    }
    const sources = await db
      .collection<{ key: string; outlet: string }>(SourcesCollection)
      .find({}, { projection: { key: 1, outlet: 1 } })
      .toArray();
    const recordOutlets = new Map<string, Set<string>>();
    const worldKeyByKey = new Map(records.map((r) => [r.key, worldKeyOf(r)]));
    for (const s of sources) {
      const k = worldKeyByKey.get(s.key);
      if (k) {
        recordOutlets.set(k, (recordOutlets.get(k) ?? new Set()).add(s.outlet));
      }
    }
    const wrongOutlets = [...worldOutlets.entries()].filter(([k, want]) => {
      const got = recordOutlets.get(k) ?? new Set<string>();
      return got.size !== want.size || [...want].some((o) => !got.has(o));
    });
    out(`records whose outlets differ from the world's: ${wrongOutlets.length}`);

    const ceiling = await noopChain(run.redisUrl, Number(process.env.BENCH_NOOP_JOBS ?? 5000));
    out(
      `BullMQ no-op chain (4 queues, concurrency 16, same Redis): ${ceiling.toFixed(0)} articles/s`,
    );
  } finally {
    redis.disconnect();
    await mongo.close();
    if (run.proc.pid) {
      process.kill(-run.proc.pid, 'SIGTERM');
    }
    await new Promise((ok) => {
      if (run.proc.exitCode !== null) {
        ok(null);
      }
      run.proc.once('exit', ok);
      setTimeout(ok, 60_000).unref();
    });
    worldProc.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
