import type { Db } from 'mongodb';
import type { Config, Logger } from '@pw/runtime';
import { Collection, createSourceStateRepository } from '@pw/storage';
import { angka } from './alerts/messages.ts';
import { firstAdminHint } from './auth.ts';

/** A URL with its password replaced by ***, for printing. */
export function withoutPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) {
      u.password = '***';
    }
    return u.toString();
  } catch {
    return url;
  }
}

/** What the banner tells. */
export interface BannerFacts {
  /** Where the api listens (null when this process runs no api). */
  apiUrl: string | null;
  /** Where people reach it from outside, when different (PUBLIC_URL). */
  publicUrl?: string | null;
  config: Pick<Config, 'redis' | 'mongo' | 'sourcesFile'>;
  /** The local data folder, when the run command started Redis and FerretDB itself. */
  dataDir?: string | null;
  /** How to create the first admin, when there is no account yet. */
  firstAdminHint?: string | null;
  services: string;
}

/** The start-up banner in plain Indonesian: where the API and app are, where data lives, how to sign in. */
export function startupBanner(f: BannerFacts): string {
  const app = (f.publicUrl ?? f.apiUrl)?.replace(/\/+$/, '') ?? null;
  const lines = [
    '',
    `Paritrana Watch berjalan (${f.services}).`,
    ...(app
      ? [
          `  Aplikasi web    : ${app}/`,
          `  API             : ${app}/  (uraian: ${app}/openapi.json)`,
          `  Metrik          : ${app}/metrics  (token pembaca dari API_TOKENS)`,
          `  Dasbor antrean  : ${app}/admin/antrean/  (khusus admin)`,
        ]
      : ['  API tidak berjalan di proses ini.']),
    `  Data            : MongoDB ${withoutPassword(f.config.mongo.url)} basis data "${f.config.mongo.dbName}"`,
    `                    Redis ${withoutPassword(f.config.redis.url)} (awalan "${f.config.redis.prefix}")`,
    ...(f.dataDir ? [`                    berkas data di ${f.dataDir}`] : []),
    `  Daftar sumber   : ${f.config.sourcesFile}`,
    ...(f.firstAdminHint
      ? f.firstAdminHint
          .split('\n')
          .map((l, i) => (i === 0 ? `  Masuk           : ${l}` : `                    ${l}`))
      : app
        ? [`  Masuk           : buka ${app}/ dan masuk dengan akun Anda.`]
        : []),
    '  Berhenti        : Ctrl-C (atau SIGTERM); pekerjaan yang berjalan diselesaikan dulu.',
    '',
  ];
  return lines.join('\n');
}

/** Prints the banner (to stderr: stdout carries the JSON log) and logs its facts. */
export function printBanner(f: BannerFacts, logger?: Logger): void {
  process.stderr.write(`${startupBanner(f)}\n`);
  logger?.info(
    {
      apiUrl: f.apiUrl,
      publicUrl: f.publicUrl ?? null,
      db: f.config.mongo.dbName,
      dataDir: f.dataDir ?? null,
    },
    'paritrana watch ready',
  );
}

const errorWords: Record<string, string> = {
  'fetch.dns': 'DNS',
  'fetch.connect': 'koneksi',
  'fetch.timeout': 'batas waktu',
  'fetch.tls': 'TLS',
  'fetch.http-status': 'HTTP',
  'fetch.robots-unavailable': 'robots.txt',
  'fetch.robots-disallowed': 'dilarang robots.txt',
};

/** The figures of one summary line. */
export interface SummaryFigures {
  read: number;
  relevant: number;
  newRecords: number;
  pending: number;
  failingSources: number;
  /** The most common failure of the failing sources, in words. */
  commonFailure: string | null;
}

/** "1.204 artikel dibaca, 12 relevan, 9 penghargaan baru, 3 menunggu tinjauan, 1 sumber gagal: DNS" */
export function summaryLine(s: SummaryFigures): string {
  const sources =
    s.failingSources === 0
      ? 'semua sumber sehat'
      : `${angka(s.failingSources)} sumber gagal${s.commonFailure ? `: ${s.commonFailure}` : ''}`;
  return [
    `${angka(s.read)} artikel dibaca`,
    `${angka(s.relevant)} relevan`,
    `${angka(s.newRecords)} penghargaan baru`,
    `${angka(s.pending)} menunggu tinjauan`,
    sources,
  ].join(', ');
}

/** What the summary reads. */
export interface SummaryDeps {
  db: Db;
  articleCounts: () => Promise<Record<string, number>>;
  /** Start of "new": records first seen since this time count as new (default: the last 24 hours). */
  since?: () => Date;
}

/** Reads the figures of the summary line from the store. */
export async function readSummary(deps: SummaryDeps): Promise<SummaryFigures> {
  const counts = await deps.articleCounts();
  const n = (stage: string) => counts[stage] ?? 0;
  const since = deps.since?.() ?? new Date(Date.now() - 86_400_000);
  const awards = deps.db.collection(Collection.Awards);
  const [newRecords, pending, states] = await Promise.all([
    awards.countDocuments({ merged: { $ne: true }, firstSeenAt: { $gte: since } }),
    awards.countDocuments({ merged: { $ne: true }, reviewPending: true }),
    createSourceStateRepository(deps.db).list(),
  ]);
  const failing = states.filter((s) => s.status === 'failing' || s.status === 'broken');
  const byCode = new Map<string, number>();
  for (const s of failing) {
    const code = s.lastError?.code ?? 'unknown';
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
  }
  const [top] = [...byCode.entries()].sort((a, b) => b[1] - a[1]);
  return {
    // read: every article whose page was fetched, whatever became of it
    read: n('fetched') + n('classified') + n('recorded') + n('rejected'),
    relevant: n('classified') + n('recorded'),
    newRecords,
    pending,
    failingSources: failing.length,
    commonFailure: top ? (errorWords[top[0]] ?? top[0]) : null,
  };
}

/** Logs the summary line every `everyMs` (0: never). */
export function startSummary(deps: SummaryDeps & { logger: Logger; everyMs: number }) {
  if (deps.everyMs <= 0) {
    return { close: () => Promise.resolve() };
  }
  const log = deps.logger.child({ component: 'summary' });
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running = readSummary(deps)
      .then((figures) =>
        log.info({ ...figures, summary: summaryLine(figures) }, summaryLine(figures)),
      )
      .catch((err: unknown) => log.warn({ err }, 'summary not read'));
  }, deps.everyMs);
  timer.unref();
  return {
    async close(): Promise<void> {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * The run command's and the api process's one call: prints the banner with the first-admin hint
 * (when there is no account yet) and the public address (PUBLIC_URL, or the listen address).
 */
export async function announce(
  f: Omit<BannerFacts, 'firstAdminHint' | 'publicUrl'> & { db: Db; logger?: Logger },
) {
  let publicUrl: string | null = process.env.PUBLIC_URL ?? null;
  if (!publicUrl && f.apiUrl && /\/\/(0\.0\.0\.0|\[::\])[:/]/.test(f.apiUrl)) {
    // listening on every address (a container): name the address people use instead
    publicUrl = f.apiUrl.replace(/0\.0\.0\.0|\[::\]/, '127.0.0.1');
  }
  const hint = f.apiUrl
    ? await firstAdminHint(f.db, {
        mongoUrl: withoutPassword(f.config.mongo.url),
        dbName: f.config.mongo.dbName,
      }).catch(() => null)
    : null;
  printBanner({ ...f, publicUrl, firstAdminHint: hint }, f.logger);
}
