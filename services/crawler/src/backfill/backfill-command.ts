import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import { createProducer, redisOptions } from '@pw/queues';
import { createLogger, loadConfig } from '@pw/runtime';
import {
  Provinces,
  connectMongo,
  createArticleRepository,
  createBackfillTasks,
  resolveProvince,
} from '@pw/storage';
import { createCrawlerFetch } from '../politeness/crawler-fetch.ts';
import { hostSpread, takeIn } from '../intake.ts';
import { createSourceRegistry } from '../source-registry.ts';
import {
  DefaultEngineBases,
  SearchEngine,
  editionWindow,
  parseEditions,
  planSearchTasks,
} from './plan.ts';
import { runBackfill, type BackfillProgress, type BackfillSummary } from './run-backfill.ts';

/** Where the command writes. */
export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when progress may redraw one line (a terminal). */
  isTty: boolean;
}

const usage = `pnpm cli backfill --editions 2017-2025 [options]

Mencari laporan Paritrana Award dari edisi lalu (Google News, Bing News, sitemap media) dan
mengirimkannya lewat pipeline yang sama. Dapat dijalankan ulang: tugas yang sudah selesai dilewati.

  --editions A-B|A,B     edisi yang dicari (wajib), mis. 2017-2025
  --provinces X,Y|all    provinsi yang dicari satu per satu (nama atau singkatan: Jatim, NTB …);
                         tanpa opsi ini hanya nama penghargaan yang dicari
  --engines google,bing  mesin pencari berita (bawaan: keduanya)
  --no-sitemaps          tidak menelusuri sitemap media
  --dry-run              hanya menghitung: tidak ada yang dikirim atau dicatat
  --json                 ringkasan sebagai JSON
  --google-base URL, --bing-base URL
                         alamat mesin pencari (untuk uji coba dengan server lokal)`;

const formatEta = (ms: number | null): string => {
  if (ms === null) {
    return '…';
  }
  const s = Math.round(ms / 1000);
  return s >= 3600
    ? `${Math.floor(s / 3600)} j ${Math.round((s % 3600) / 60)} m`
    : s >= 60
      ? `${Math.floor(s / 60)} m ${s % 60} d`
      : `${s} d`;
};

/** One progress line: "[12/240] 37 ditemukan, 21 baru, 16 sudah ada, 1 gagal · sisa ± 3 m 10 d". */
export function progressLine(p: BackfillProgress): string {
  return (
    `[${p.done}/${p.total}] ${p.found} ditemukan, ${p.created} baru, ${p.known} sudah ada, ` +
    `${p.failed} gagal · sisa ± ${formatEta(p.etaMs)} · ${p.current}`
  );
}

/** The closing summary in plain words. */
export function summaryText(s: BackfillSummary): string {
  const lines = [
    s.dryRun ? 'Backfill (uji coba, tidak ada yang dikirim):' : 'Backfill selesai:',
    `  tugas               ${s.tasks} (${s.skipped} sudah selesai pada jalan sebelumnya)`,
    `  kueri pencarian     ${s.queries}`,
    `  sitemap dibaca      ${s.sitemapsRead}`,
    `  artikel ditemukan   ${s.found}`,
    `  ${s.dryRun ? 'akan baru          ' : 'baru (dikirim)     '} ${s.created}`,
    `  sudah diketahui     ${s.known}`,
    `  gagal               ${s.failed.length}`,
    ...s.failed.map((f) => `    - ${f.task}: ${f.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `pnpm cli backfill …`: returns the exit code (0, 1 when some task failed, 2 on bad usage). */
export async function backfillCommand(
  argv: string[],
  env: NodeJS.ProcessEnv,
  io: CommandIo,
): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        editions: { type: 'string' },
        provinces: { type: 'string' },
        engines: { type: 'string' },
        'no-sitemaps': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        'google-base': { type: 'string' },
        'bing-base': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (!args.editions) {
    io.err(`--editions is required\n\n${usage}\n`);
    return 2;
  }
  let editions: number[];
  let provinces: string[] | null = null;
  let engines: SearchEngine[];
  try {
    editions = parseEditions(args.editions);
    if (args.provinces) {
      provinces =
        args.provinces === 'all'
          ? Provinces.map((p) => p.name)
          : args.provinces.split(',').map((p) => {
              const found = resolveProvince(p.trim());
              if (!found) {
                throw new Error(`--provinces: unknown province "${p.trim()}"`);
              }
              return found.name;
            });
    }
    engines = (args.engines ?? 'google,bing').split(',').map((e) => {
      const engine = e.trim();
      if (engine !== SearchEngine.Google && engine !== SearchEngine.Bing) {
        throw new Error(`--engines: "${engine}" is not google or bing`);
      }
      return engine;
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n`);
    return 2;
  }

  const config = loadConfig(env);
  const logger = createLogger({ logLevel: 'silent' });
  const mongo = await connectMongo({ url: config.mongo.url, dbName: config.mongo.dbName });
  // a backfill runs for a long time: like a worker, it waits out a Redis that goes away
  const redis = new Redis(redisOptions(config.redis.url, 'worker'));
  const producer = createProducer(config.redis, { role: 'worker', policy: config.jobs, logger });
  const crawlerFetch = createCrawlerFetch(config, redis);
  try {
    const articles = createArticleRepository(mongo.db, {
      redis,
      prefix: config.redis.prefix,
      retentionDays: config.ledger.retentionDays,
      textTtlMs: config.ledger.textTtlMs,
    });
    const tasks = createBackfillTasks(mongo.db);
    const { fetch, robots } = crawlerFetch;
    const sources = createSourceRegistry(config.sourcesFile, logger).list();
    const outlets = args['no-sitemaps']
      ? []
      : sources
          .filter((s) => s.outlet !== null)
          .map((s) => ({
            outlet: s.outlet as string,
            sitemapUrl: s.kind === 'sitemap' ? s.url : null,
          }));
    const searches = planSearchTasks({
      editions,
      provinces,
      engines,
      bases: {
        google: args['google-base'] ?? env.BACKFILL_GOOGLE_NEWS_URL ?? DefaultEngineBases.google,
        bing: args['bing-base'] ?? env.BACKFILL_BING_NEWS_URL ?? DefaultEngineBases.bing,
      },
    });
    // one host's fetches are queued a politeness interval apart, as a feed poll queues them
    const delayOf = hostSpread(config.crawler.host.minIntervalMs);
    let lastDraw = 0;
    const summary = await runBackfill(
      {
        fetch,
        robotsSitemaps: (origin) => robots.sitemaps(`${origin}/`),
        ingest: async (found) => {
          let created = 0;
          for (let i = 0; i < found.length; i += 500) {
            const res = await takeIn(
              { articles, producer },
              found.slice(i, i + 500).map((f) => ({
                url: f.url,
                feedUrl: f.feedUrl,
                sourceId: 'backfill',
                outlet: f.outlet,
                title: f.title,
                publishedAt: f.publishedAt,
              })),
              { delayOf },
            );
            created += res.created;
          }
          return { created };
        },
        known: (urls) => Promise.all(urls.map((u) => articles.isKnownUrl(u))),
        doneTasks: (ids) => tasks.done(ids),
        recordTask: (t) => tasks.record({ ...t, _id: t.id }),
        onProgress: (p) => {
          const now = Date.now();
          if (io.isTty && (now - lastDraw > 200 || p.done === p.total)) {
            lastDraw = now;
            io.err(`\r\u001b[2K${progressLine(p).slice(0, 160)}`);
          } else if (!io.isTty && p.done % 25 === 0 && p.done > 0) {
            io.err(`${progressLine(p)}\n`);
          }
        },
      },
      { searches, outlets, windows: editions.map(editionWindow), dryRun: args['dry-run'] ?? false },
    );
    if (io.isTty) {
      io.err('\n');
    }
    io.out(args.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await producer.close();
    await crawlerFetch.close();
    await redis.quit();
    await mongo.close();
  }
}
