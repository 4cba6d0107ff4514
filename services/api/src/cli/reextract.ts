// `pnpm cli reextract [--since YYYY-MM-DD] [--dry-run] [--json]`: re-reads every kept article
// with the current reader and shows which award records would appear, disappear or change (field
// by field), then applies it (not with --dry-run).
//
// How it applies, through @pw/storage's public functions:
// - appear: the new mention is recorded like the extractor does (upsertWithSource);
// - change (same record key, other values from this article): this article's source is replaced;
// - disappear: this article's source is taken off the record and the record re-derived; when it was
//   the record's only source, the record is rejected with a note (an automatic review entry).
// Reviewers' decisions and corrections live in the review state, which none of this touches: a
// record a reviewer confirmed or corrected keeps this article's source even if the reader no
// longer finds it (it is reported as kept). Every touched record gets a history entry (audit log,
// actor "reextract") naming the reader version, and each new source carries it in
// `extractorVersion`.
import { parseArgs } from 'node:util';
import {
  ArticleText,
  fromStoredArticle,
  readArticle,
  readerVersion,
  type AwardMention,
} from '@pw/award-reader';
import { Article, awardKey, ReviewStatus, type AwardRecord } from '@pw/domain';
import { z } from 'zod';
import {
  AuditEntry,
  Collection,
  ReviewAction,
  connectMongo,
  createAuditLog,
  createAwardRepository,
  createReviewRepository,
} from '@pw/storage';
import { toAwardDraft, toAwardSource } from '../../../extractor/src/to-award-draft.ts';

/** Only the store is needed (no Redis): the same variables as the services. */
const StoreEnv = z.object({
  MONGODB_URL: z.url(),
  MONGODB_DB: z.string().default('paritrana'),
});

/** One field of this article's report that the new reading states differently. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What re-reading one article would do to the store. */
export interface ArticlePlan {
  articleId: string;
  url: string;
  appear: AwardMention[];
  change: Array<{ record: AwardRecord; mention: AwardMention; fields: FieldChange[] }>;
  disappear: AwardRecord[];
}

const COMPARED = ['rank', 'category', 'historical', 'evidence'] as const;

/**
 * Compares the records an article is a source of with the awards the reader now finds in it.
 * Records and mentions meet on the award key (edition, level, province, category class, winner).
 */
export function planArticle(
  articleId: string,
  url: string,
  records: readonly AwardRecord[],
  mentions: readonly AwardMention[],
): ArticlePlan {
  const plan: ArticlePlan = { articleId, url, appear: [], change: [], disappear: [] };
  const byKey = new Map(records.map((r) => [r.key, r]));
  const seen = new Set<string>();
  for (const m of mentions) {
    const key = awardKey(toAwardDraft(m));
    // the extractor records the first mention of a key; later ones add nothing
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const record = byKey.get(key);
    if (!record) {
      plan.appear.push(m);
      continue;
    }
    const source = record.sources.find((s) => s.articleId === articleId);
    const now: Record<(typeof COMPARED)[number], unknown> = {
      rank: m.rank,
      category: m.category,
      historical: m.historical,
      evidence: m.evidence.text,
    };
    const fields = COMPARED.filter((f) => (source?.[f] ?? null) !== (now[f] ?? null)).map((f) => ({
      field: f,
      before: source?.[f] ?? null,
      after: now[f] ?? null,
    }));
    if (fields.length > 0) {
      plan.change.push({ record, mention: m, fields });
    }
  }
  // a rejected record is already out of every list: nothing disappears twice
  plan.disappear = records.filter(
    (r) => !seen.has(r.key) && r.review.status !== ReviewStatus.Rejected,
  );
  return plan;
}

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : String(v));
const label = (m: AwardMention): string =>
  `${m.winnerCanonical} — ${m.level}${m.province ? ` ${m.province}` : ''} ${m.editionYear ?? '?'}, peringkat ${m.rank ?? '-'}${m.historical ? ' (historis)' : ''}`;
const recordLabel = (r: AwardRecord): string =>
  `${r.winner} — ${r.level}${r.province ? ` ${r.province}` : ''} ${r.editionYear ?? '?'} [${r.shortId ?? r.key}]`;

/** The plan as lines of text (Bahasa Indonesia, like the rest of the CLI). */
export function planText(plan: ArticlePlan, reviewed: ReadonlySet<string>): string[] {
  const lines: string[] = [];
  for (const m of plan.appear) {
    lines.push(`  + muncul    ${label(m)}`);
  }
  for (const c of plan.change) {
    lines.push(`  ~ berubah   ${recordLabel(c.record)}`);
    for (const f of c.fields) {
      lines.push(`      ${f.field}: ${show(f.before)} → ${show(f.after)}`);
    }
  }
  for (const r of plan.disappear) {
    const kept = reviewed.has(r.key) ? ' (tetap: sudah ditinjau)' : '';
    lines.push(`  - hilang    ${recordLabel(r)}${kept}`);
  }
  return lines.length ? [`${plan.url} (${plan.articleId})`, ...lines] : [];
}

/** A history entry with every optional field at its default (the schema fills them in). */
function historyEntry(e: {
  action: string;
  key: string;
  note: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}): Omit<AuditEntry, '_id' | 'at' | 'seq'> {
  const {
    _id: _drop,
    at: _at,
    seq: _seq,
    ...rest
  } = AuditEntry.parse({
    _id: 'reextract',
    at: new Date(),
    actor: 'reextract',
    ...e,
  });
  return rest;
}

const isReviewed = (r: AwardRecord): boolean =>
  r.review.status === ReviewStatus.Confirmed || r.review.status === ReviewStatus.Corrected;

/** Runs the command; returns the exit code. */
export async function reextract(
  argv: string[],
  env: NodeJS.ProcessEnv,
  out: (text: string) => void = (t) => process.stdout.write(t),
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      since: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  const since = values.since ? new Date(`${values.since}T00:00:00Z`) : null;
  if (since && Number.isNaN(since.getTime())) {
    throw new Error('--since: expected a date as YYYY-MM-DD, such as 2025-08-01');
  }
  const dry = values['dry-run'] === true;
  const version = readerVersion();
  const store = StoreEnv.safeParse(env);
  if (!store.success) {
    throw new Error('reextract: set MONGODB_URL (and MONGODB_DB) to the store to re-read');
  }
  const mongo = await connectMongo({ url: store.data.MONGODB_URL, dbName: store.data.MONGODB_DB });
  try {
    const db = mongo.db;
    const awards = createAwardRepository(db);
    const reviews = createReviewRepository(db);
    const audit = createAuditLog(db);
    const filter = since ? { discoveredAt: { $gte: since } } : {};
    const docs = await db.collection(Collection.Articles).find(filter).sort({ _id: 1 }).toArray();
    const totals = { articles: 0, appear: 0, change: 0, disappear: 0, keptReviewed: 0 };
    const plans: ArticlePlan[] = [];
    for (const doc of docs) {
      const article = Article.parse(doc);
      if (!article.text) {
        continue;
      }
      totals.articles++;
      const reading = readArticle(ArticleText.parse(fromStoredArticle(article)));
      const records = await awards.find({ sourceArticleIds: article._id }, 1000);
      const plan = planArticle(article._id, article.url, records, reading.awards);
      const reviewed = new Set(plan.disappear.filter(isReviewed).map((r) => r.key));
      if (!values.json) {
        const text = planText(plan, reviewed);
        if (text.length) {
          out(`${text.join('\n')}\n`);
        }
      }
      plans.push(plan);
      totals.appear += plan.appear.length;
      totals.change += plan.change.length;
      totals.disappear += plan.disappear.length - reviewed.size;
      totals.keptReviewed += reviewed.size;
      if (dry) {
        continue;
      }
      const note = `pembacaan ulang, pembaca ${version}`;
      const record = async (m: AwardMention) =>
        awards.upsertWithSource(toAwardDraft(m), toAwardSource(article, m));
      for (const m of plan.appear) {
        const res = await record(m);
        await audit.record(
          historyEntry({
            action: 'reextract-appear',
            key: res.key,
            note: `${note}: ditemukan di ${article.url}`,
            before: null,
            after: { rank: m.rank, category: m.category, historical: m.historical },
          }),
        );
      }
      for (const c of plan.change) {
        await awards.removeSource(c.record.key, article._id, { replaced: true });
        const res = await record(c.mention);
        await audit.record(
          historyEntry({
            action: 'reextract-change',
            key: res.key,
            note: `${note}: ${article.url}`,
            before: Object.fromEntries(c.fields.map((f) => [f.field, f.before])),
            after: Object.fromEntries(c.fields.map((f) => [f.field, f.after])),
          }),
        );
      }
      for (const r of plan.disappear) {
        if (reviewed.has(r.key)) {
          continue;
        }
        const others = r.sources.filter((s) => s.articleId !== article._id);
        if (others.length > 0) {
          await awards.removeSource(r.key, article._id);
        } else if (r.review.status !== ReviewStatus.Rejected) {
          await reviews.decide(r.key, {
            action: ReviewAction.Reject,
            by: 'reextract',
            note: `${note}: tidak lagi ditemukan di ${article.url}`,
          });
        }
        await audit.record(
          historyEntry({
            action: 'reextract-disappear',
            key: r.key,
            note: `${note}: tidak lagi ditemukan di ${article.url}`,
            before: { sources: r.sources.length },
            after: { sources: others.length },
          }),
        );
      }
    }
    if (values.json) {
      out(`${JSON.stringify({ version, dryRun: dry, totals, plans }, null, 2)}\n`);
    } else {
      out(
        `${dry ? 'Uji coba (tidak ada yang diubah)' : 'Diterapkan'}: ${totals.articles} artikel dibaca ulang dengan pembaca ${version}; ${totals.appear} catatan muncul, ${totals.change} berubah, ${totals.disappear} hilang, ${totals.keptReviewed} tetap karena sudah ditinjau.\n`,
      );
    }
    return 0;
  } finally {
    await mongo.close();
  }
}

/** `pnpm cli reextract …` as main.ts calls it: a failure is one line on stderr and exit code 2. */
export async function reextractMain(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  try {
    return await reextract(argv, env);
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
}
