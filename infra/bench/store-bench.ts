// `pnpm bench store`: does the hot path cost the same on a year's store as on an empty one?
// Fills a store as a year of traffic would (1,000,000 seen URLs, 100,000 ledger lines, 5,000 kept
// articles, 10,000 award sources, 2,000 records), then prints p50/p95 of each hot-path operation,
// on an empty store and on the full one. Figures only: nothing here passes or fails.
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { gzipSync } from 'node:zlib';
import { Binary, type Db } from 'mongodb';
import { awardKey, deriveRecord, type AwardBase, type AwardDraft } from '@pw/domain';
import {
  Collection,
  LedgerCollection,
  SourcesCollection,
  articleIdOf,
  awardIdOf,
  connectMongo,
  createArticleRepository,
  createAwardRepository,
  createLedgerBuckets,
  createReviewRepository,
  ledgerHourOf,
  provinceCodesOf,
  type ArticleRepository,
  type Mongo,
} from '@pw/storage';
import { buildApp } from '@pw/api';
import { testDraft, testSource } from '../../test/support/award-fixtures.ts';
import { startLocalServices } from '../local/services.ts';

const Year = {
  seen: Number(process.env.BENCH_SEEN ?? 1_000_000),
  ledger: Number(process.env.BENCH_LEDGER ?? 100_000),
  kept: Number(process.env.BENCH_KEPT ?? 5_000),
  sources: Number(process.env.BENCH_SOURCES ?? 10_000),
  records: Number(process.env.BENCH_RECORDS ?? 2_000),
};
const Runs = Number(process.env.BENCH_RUNS ?? 60);
const Day = 86_400_000;

const Reader = { name: 'bench', role: 'reader' as const, token: 'bench-reader-token-0123456789' };
const AsReader = { authorization: `Bearer ${Reader.token}` };

const out = (line: string) => process.stdout.write(`${line}\n`);

/** p50 and p95 of `runs` sequential calls (ms). */
async function measure(runs: number, op: (i: number) => Promise<unknown>) {
  const times: number[] = [];
  // the first calls warm caches and connections; each op's inputs are indexed by i, so skip none
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await op(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

const fetched = (i: number) => ({
  title: `Judul ${i}`,
  text: 'Teks berita. '.repeat(200),
  htmlLang: 'id',
  publishedAt: null,
  outlet: 'contoh.id',
  author: null,
  clusterId: null,
  fingerprint: null,
});

const newArticle = (url: string) => ({
  url,
  feedUrl: 'https://contoh.id/feed',
  sourceId: 'contoh',
  outlet: 'contoh.id',
  title: null,
  publishedAt: null,
});

/** A distinct award draft: winner, province and year vary with n. */
const draftOf = (n: number): AwardDraft =>
  testDraft({
    winner: `Pemkab Uji ${n}`,
    winnerCanonical: `Kabupaten Uji ${n}`,
    province: ['Jawa Timur', 'Jawa Tengah', 'Bali', 'Aceh', 'Papua'][n % 5]!,
    regionCode: null,
    editionYear: 2021 + (n % 5),
    rank: 1 + (n % 3),
  });

/** Fills the store in bulk, as a year of traffic leaves it. */
async function fill(db: Db, redis: Redis, prefix: string) {
  const t = performance.now();
  const ttl = 90 * Day;
  for (let start = 0; start < Year.seen; start += 10_000) {
    const p = redis.pipeline();
    for (let i = start; i < Math.min(Year.seen, start + 10_000); i++) {
      p.set(
        `${prefix}:seen:${articleIdOf(`https://o${i % 117}.contoh.id/berita/${i}`)}`,
        '1',
        'PX',
        ttl,
      );
    }
    await p.exec();
  }
  const now = Date.now();
  // lines end through the hours of each of the last 30 days, as the pipeline's traffic does
  const endedAt = (i: number) => new Date(now - (i % 30) * Day - ((i * 7919) % Day));
  const line = (i: number, kept: boolean) => ({
    _id: articleIdOf(`https://o${i % 117}.contoh.id/berita/${i}`),
    url: `https://o${i % 117}.contoh.id/berita/${i}`,
    feedUrl: `https://o${i % 117}.contoh.id/feed`,
    sourceId: `o${i % 117}`,
    outlet: `o${i % 117}.contoh.id`,
    title: `Berita ${i}`,
    text: null,
    publishedAt: new Date(now - (i % 365) * Day),
    stage: kept ? 'recorded' : 'rejected',
    stageChangedAt: endedAt(i),
    discoveredAt: endedAt(i),
    attempts: 0,
    classification: null,
    awardKeys: [],
    rejection: kept
      ? null
      : {
          stage: 'classify',
          code: 'classify.not-award-report',
          message: 'kind unrelated',
          at: new Date(),
        },
    failure: null,
    kept,
    expiresAt: kept ? null : new Date(endedAt(i).getTime() + 30 * Day),
  });
  const ledger = db.collection(LedgerCollection);
  // the lines as the ledger writes them: each with its hour bucket, each hour in the directory
  const buckets = createLedgerBuckets(db);
  for (let start = 0; start < Year.ledger; start += 2000) {
    const docs = [];
    for (let i = start; i < Math.min(Year.ledger, start + 2000); i++) {
      const l = line(i, i < Year.kept);
      await buckets.mark(l);
      docs.push({ ...l, ledgerHour: ledgerHourOf(l.stage, l.stageChangedAt) });
    }
    await ledger.insertMany(docs as never[], { ordered: false });
  }
  const page = new Binary(gzipSync(Buffer.from('<html><body>' + 'Paritrana Award. '.repeat(1200))));
  for (let start = 0; start < Year.kept; start += 500) {
    const docs = [];
    const pages = [];
    for (let i = start; i < Math.min(Year.kept, start + 500); i++) {
      const { kept: _k, expiresAt: _e, ...a } = line(i, true);
      docs.push({ ...a, text: 'Kabupaten Uji meraih Paritrana Award. '.repeat(120) });
      pages.push({ _id: a._id, body: page, contentType: 'text/html', at: new Date() });
    }
    await db.collection(Collection.Articles).insertMany(docs as never[], { ordered: false });
    await db.collection(Collection.Pages).insertMany(pages as never[], { ordered: false });
  }
  const perRecord = Math.max(1, Math.round(Year.sources / Year.records));
  const awards = [];
  const sources = [];
  for (let n = 0; n < Year.records; n++) {
    const draft = draftOf(n);
    const key = awardKey(draft);
    const base: AwardBase = {
      editionYear: draft.editionYear,
      level: draft.level,
      province: draft.province,
      category: draft.category,
      winner: draft.winnerCanonical,
      winnerType: draft.winnerType,
      regionCode: draft.regionCode,
      regionParent: draft.regionParent,
      rank: draft.rank,
      ceremonyDate: draft.ceremonyDate,
    };
    const stated = Array.from({ length: perRecord }, (_, s) => {
      const articleId = articleIdOf(`https://o${s}.contoh.id/award/${n}`);
      return {
        ...testSource(articleId, {
          outlet: `o${s}.contoh.id`,
          url: `https://o${s}.contoh.id/award/${n}`,
        }),
        rank: draft.rank,
        category: draft.category,
        editionYear: draft.editionYear,
        level: draft.level,
        recordedAt: new Date(now - (n % 365) * Day),
      };
    });
    sources.push(
      ...stated.map((s) => ({
        _id: `${key}#${s.articleId}`,
        key,
        ...s,
        recordedDay: s.recordedAt.toISOString().slice(0, 10),
      })),
    );
    const at = new Date(now - (n % 365) * Day);
    const derived = deriveRecord(base, stated, null);
    awards.push({
      _id: awardIdOf(key),
      key,
      ...derived,
      provinceCodes: provinceCodesOf(derived.province, derived.regionCode),
      base,
      firstSeenAt: at,
      firstSeenDay: at.toISOString().slice(0, 10),
      updatedAt: at,
    });
  }
  for (let start = 0; start < awards.length; start += 500) {
    await db.collection(Collection.Awards).insertMany(awards.slice(start, start + 500) as never[]);
  }
  for (let start = 0; start < sources.length; start += 2000) {
    await db
      .collection(SourcesCollection)
      .insertMany(sources.slice(start, start + 2000) as never[]);
  }
  return (performance.now() - t) / 1000;
}

type Figures = Record<string, { p50: number; p95: number }>;

/** Every hot-path operation, measured against one store. */
async function measureAll(
  label: string,
  mongo: Mongo,
  redis: Redis,
  prefix: string,
): Promise<Figures> {
  const db = mongo.db;
  const articles: ArticleRepository = createArticleRepository(db, { redis, prefix });
  const awards = createAwardRepository(db);
  const reviews = createReviewRepository(db);
  const app = buildApp({
    db,
    logger: pino({ level: 'silent' }),
    tokens: [Reader],
    pingMongo: () => mongo.ping(),
    pingRedis: () => redis.ping(),
    queueCounts: () => Promise.resolve({}),
    exportBatchSize: 500,
    digestUtcOffset: '+07:00',
    sourcesFile: null,
    pollNow: () => Promise.resolve(),
    articleHot: { redis, prefix },
  });
  await app.ready();
  const tag = `${Date.now().toString(36)}`;
  const f: Figures = {};
  let current = '';
  const note = (name: string) => {
    current = name;
  };
  const measured = async (runs: number, op: (i: number) => Promise<unknown>) => {
    const r = await measure(runs, op);
    process.stderr.write(
      `  ${label}: ${current}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms\n`,
    );
    return r;
  };
  // the seen-check of a feed item (half seen, half new), as the poll asks it
  note('seen-check of a feed item');
  f['seen-check of a feed item'] = await measured(Runs, (i) =>
    articles.discoverMany([
      newArticle(
        i % 2 ? `https://o${i % 117}.contoh.id/berita/${i}` : `https://baru.id/${tag}/${i}`,
      ),
    ]),
  );
  const ids = await Promise.all(
    Array.from(
      { length: Runs },
      async (_, i) =>
        (await articles.insertIfNew(newArticle(`https://gerak.id/${tag}/${i}`))).articleId,
    ),
  );
  note('stage move (discovered → fetched, text to Redis)');
  f['stage move (discovered → fetched, text to Redis)'] = await measured(Runs, (i) =>
    articles.saveFetched(ids[i]!, fetched(i)),
  );
  note('final move (→ rejected, ledger line)');
  f['final move (→ rejected, ledger line)'] = await measured(Runs, (i) =>
    articles.reject(ids[i]!, {
      stage: 'classify',
      code: 'classify.not-award-report',
      message: 'kind unrelated',
    }),
  );
  // half the upserts add a source to a record of the year, half create a record; the empty store
  // first gets the records the adds go to (one source each), so both stores do the same work
  if (label === 'empty') {
    for (let i = 1; i < Runs; i += 2) {
      await awards.upsertWithSource(
        draftOf(i * 7),
        testSource(articleIdOf(`https://seed.id/${tag}/${i}`), { outlet: `s${i}.contoh.id` }),
      );
    }
  }
  note('award upsert');
  f['award upsert'] = await measured(Runs, (i) =>
    awards.upsertWithSource(
      i % 2 ? draftOf(i * 7) : draftOf(1_000_000 + i),
      testSource(articleIdOf(`https://upsert.id/${tag}/${i}`), { outlet: `u${i}.contoh.id` }),
    ),
  );
  const keys: string[] = [];
  for (let i = 0; i < Runs; i++) {
    const draft = draftOf(2_000_000 + i);
    await awards.upsertWithSource(draft, testSource(articleIdOf(`https://review.id/${tag}/${i}`)));
    keys.push(awardKey(draft));
  }
  note('review action (confirm)');
  f['review action (confirm)'] = await measured(Runs, (i) =>
    reviews.decide(keys[i]!, { action: 'confirm', by: 'bench', note: null }),
  );
  const get = (url: string) => async () => {
    const res = await app.inject({ url, headers: AsReader });
    if (res.statusCode !== 200) {
      throw new Error(`${url}: HTTP ${res.statusCode} ${res.body.slice(0, 200)}`);
    }
    return res.body.length;
  };
  note('GET /awards (filters, page 1)');
  f['GET /awards (filters, page 1)'] = await measured(
    Runs,
    get('/awards?province=Jawa%20Timur&year=2024&level=provinsi&limit=50'),
  );
  note('GET /digest');
  f['GET /digest'] = await measured(Math.min(Runs, 10), get('/digest'));
  note('GET /articles?stage=rejected');
  f['GET /articles?stage=rejected'] = await measured(
    Math.min(Runs, 20),
    get('/articles?stage=rejected&limit=50'),
  );
  note('GET /articles?stage=rejected&page=10');
  f['GET /articles?stage=rejected&page=10'] = await measured(
    Math.min(Runs, 10),
    get('/articles?stage=rejected&limit=50&page=10'),
  );
  note('GET /articles?stage=recorded (kept lines)');
  f['GET /articles?stage=recorded (kept lines)'] = await measured(
    Math.min(Runs, 20),
    get('/articles?stage=recorded&limit=50'),
  );
  note('CSV export of every record');
  f['CSV export of every record'] = await measured(
    Math.min(Runs, 3),
    get('/awards/export?format=csv'),
  );
  await app.close();
  return f;
}

const Targets: Record<string, number> = {
  'seen-check of a feed item': 2,
  'stage move (discovered → fetched, text to Redis)': 10,
  'final move (→ rejected, ledger line)': 10,
  'award upsert': 60,
  'review action (confirm)': 60,
  'GET /awards (filters, page 1)': 100,
};

/** Runs the store benchmark and prints its table. */
export async function runStoreBench(): Promise<void> {
  const local = await startLocalServices(process.env);
  const redis = new Redis(local.redisUrl, { maxRetriesPerRequest: null });
  const stamp = Date.now().toString(36);
  const open = async (name: string) =>
    connectMongo({ url: local.mongoUrl, dbName: `bench_store_${name}_${stamp}` });
  const empty = await open('empty');
  const full = await open('year');
  try {
    out(`store bench: ${Runs} runs per operation, p50/p95 in ms (FerretDB at ${local.mongoUrl})`);
    const emptyFigures = await measureAll('empty', empty, redis, `bench-empty-${stamp}`);
    const seconds = await fill(full.db, redis, `bench-year-${stamp}`);
    out(
      `filled a year in ${seconds.toFixed(0)} s: ${Year.seen} seen URLs, ${Year.ledger} ledger lines, ${Year.kept} kept articles, ${Year.sources} award sources, ${Year.records} records`,
    );
    const fullFigures = await measureAll('year', full, redis, `bench-year-${stamp}`);
    const pad = (s: string, n: number) => s.padEnd(n);
    const num = (x: number) => x.toFixed(1).padStart(8);
    out(
      `${pad('operation', 50)}${'empty p50'.padStart(10)}${'p95'.padStart(8)}${'year p50'.padStart(10)}${'p95'.padStart(8)}  target`,
    );
    for (const [name, e] of Object.entries(emptyFigures)) {
      const y = fullFigures[name]!;
      const target = Targets[name];
      const verdict =
        target === undefined
          ? ''
          : `p95 ≤ ${target}: ${y.p95 <= target ? 'yes' : 'NO'}; ≤ 2× empty: ${y.p95 <= 2 * Math.max(e.p95, 1) ? 'yes' : 'NO'}`;
      out(`${pad(name, 50)}${num(e.p50)}${num(e.p95)}${num(y.p50)}${num(y.p95)}  ${verdict}`);
    }
  } finally {
    await empty.db.dropDatabase().catch(() => undefined);
    await full.db.dropDatabase().catch(() => undefined);
    await empty.close();
    await full.close();
    const keys = await redis.keys(`bench-*-${stamp}:*`);
    for (let i = 0; i < keys.length; i += 10_000) {
      await redis.del(...keys.slice(i, i + 10_000));
    }
    redis.disconnect();
    await local.stop();
  }
}
