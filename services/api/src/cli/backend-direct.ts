import { z } from 'zod';
import { createProducer } from '@pw/queues';
import {
  AwardPage,
  ReviewAction,
  connectMongo,
  createArticleRepository,
  createAuditLog,
  createAwardQueries,
  createAwardRepository,
  createDigest,
  createEventLog,
  createReviewRepository,
  createSourceStateRepository,
  createUserRepository,
  resolveRecordRef,
  UserRole,
} from '@pw/storage';
import { encodeAwards } from '../csv.ts';
import { encodeAwardsXlsx } from '../xlsx.ts';
import { createQueueProbe } from '../queue-probe.ts';
import { ArticleQuery, articleSummary } from '../routes/articles.ts';
import { ExportQuery } from '../routes/awards.ts';
import { DigestQuery, dayWindow, today } from '../routes/digest.ts';
import { EventQuery } from '../routes/events.ts';
import { PendingQuery } from '../routes/reviews.ts';
import type { CliCommand } from './args.ts';
import { parseCorrections } from './corrections.ts';
import { userDone, userTable, type CliBackend, type CliOutput } from './output.ts';

const DirectEnv = z.object({
  MONGODB_URL: z.url(),
  MONGODB_DB: z.string().default('paritrana'),
  REDIS_URL: z.url().optional(),
  QUEUE_PREFIX: z.string().default('pw'),
  DIGEST_UTC_OFFSET: z.string().default('+07:00'),
});

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Parses option values with the API's own schema; errors name the option. */
function parseOptions<S extends z.ZodType>(schema: S, query: Record<string, string>): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    const keys = i && 'keys' in i ? i.keys : [];
    const name = i?.path.length ? String(i.path[0]) : (keys[0] ?? '?');
    throw new Error(`--${kebab(name)}: ${i?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Runs commands against MongoDB directly (no API, no token: whoever has the URL is trusted). */
export async function createDirectBackend(env: NodeJS.ProcessEnv, by: string): Promise<CliBackend> {
  const parsed = DirectEnv.safeParse(env);
  if (!parsed.success) {
    const names = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(
      `${names}: set MONGODB_URL (and MONGODB_DB) to read the store directly, or --api URL with PW_API_TOKEN`,
    );
  }
  const e = parsed.data;
  const mongo = await connectMongo({ url: e.MONGODB_URL, dbName: e.MONGODB_DB });
  const db = mongo.db;
  const json = (value: unknown): CliOutput => ({ kind: 'json', value });
  /** The key a key, `_id` or short id names; an unknown one is an error (exit 2). */
  const keyOf = async (ref: string): Promise<string> => {
    const key = await resolveRecordRef(db, ref);
    if (key === null) {
      throw new Error(`no record ${ref} (give a key, an _id or a short id)`);
    }
    return key;
  };

  const run = async (cmd: CliCommand): Promise<CliOutput> => {
    switch (cmd.name) {
      case 'awards': {
        const queries = createAwardQueries(db);
        if (cmd.format === 'table') {
          return { kind: 'awards', ...(await queries.page(parseOptions(AwardPage, cmd.query))) };
        }
        const { format: _f, sep, lang, ...filter } = parseOptions(ExportQuery, cmd.query);
        const records = queries.stream(filter, 500);
        return {
          kind: 'stream',
          chunks:
            cmd.format === 'xlsx'
              ? encodeAwardsXlsx(records, lang)
              : encodeAwards(records, cmd.format, { sep, lang }),
        };
      }
      case 'award': {
        const record = await createAwardRepository(db).resolve(await keyOf(cmd.key));
        return json(record);
      }
      case 'audit':
        return json({ items: await createAuditLog(db).list(await keyOf(cmd.key)) });
      case 'articles': {
        const q = parseOptions(ArticleQuery, cmd.query);
        const articles = createArticleRepository(db);
        const items = await articles.listByStage(q.stage, q.limit, (q.page - 1) * q.limit);
        return json({
          counts: await articles.countByStage(),
          ...q,
          items: items.map(articleSummary),
        });
      }
      case 'pending': {
        const q = parseOptions(PendingQuery, cmd.query);
        return json(await createReviewRepository(db).pending(q.limit, (q.page - 1) * q.limit));
      }
      case 'digest': {
        const date = parseOptions(DigestQuery, cmd.query).date ?? today(e.DIGEST_UTC_OFFSET);
        const { from, to } = dayWindow(date, e.DIGEST_UTC_OFFSET);
        return json({ date, ...(await createDigest(db).between(from, to)) });
      }
      case 'sources':
        return json({ items: await createSourceStateRepository(db).list() });
      case 'events': {
        const q = parseOptions(EventQuery, cmd.query);
        return json({ items: await createEventLog(db).list(q.state, q.limit) });
      }
      case 'queues': {
        if (!e.REDIS_URL) {
          throw new Error('queues needs REDIS_URL (or --api)');
        }
        const producer = createProducer(
          { url: e.REDIS_URL, prefix: e.QUEUE_PREFIX },
          { role: 'producer', policy: { attempts: 1, backoffMs: 1000 } },
        );
        try {
          return json({ queues: await createQueueProbe(producer).counts() });
        } finally {
          await producer.close();
        }
      }
      case 'review': {
        const action = z.enum(ReviewAction).safeParse(cmd.action);
        if (!action.success) {
          throw new Error(`review action must be confirm, reject or correct, not ${cmd.action}`);
        }
        const decision = { action: action.data, by, note: cmd.note ?? null };
        const corrections = parseCorrections(cmd.corrections);
        return json(await createReviewRepository(db).decide(cmd.key, { ...decision, corrections }));
      }
      case 'merge':
        return json(
          await createReviewRepository(db).merge(cmd.from, cmd.into, by, cmd.note ?? null),
        );
      case 'user': {
        const users = createUserRepository(db);
        const name = cmd.username ?? '';
        const text = (t: string): CliOutput => ({ kind: 'text', text: t });
        switch (cmd.action) {
          case 'list':
            return text(userTable(await users.list()));
          case 'add': {
            const role = z.enum(UserRole).safeParse(cmd.role);
            if (!role.success) {
              throw new Error(`--role must be reader, reviewer or admin, not ${cmd.role}`);
            }
            const u = await users.add({
              username: name,
              role: role.data,
              password: cmd.password ?? '',
            });
            return text(userDone('add', u));
          }
          case 'passwd':
            return text(userDone('passwd', await users.setPassword(name, cmd.password ?? '')));
          case 'disable':
          case 'enable':
            return text(
              userDone(cmd.action, await users.setDisabled(name, cmd.action === 'disable')),
            );
        }
      }
    }
  };
  return { run, close: () => mongo.close() };
}
