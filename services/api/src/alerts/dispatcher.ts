import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Db } from 'mongodb';
import { z } from 'zod';
import type { Logger } from '@pw/runtime';
import { ReviewStatus, type AwardRecord } from '@pw/domain';
import { Collection, EventsCollection, createAwardRepository, createDigest } from '@pw/storage';
import { retryDelay } from '../notifier.ts';
import {
  angka,
  awardConflictMessage,
  awardCreatedMessage,
  coverageMissingMessage,
  recordLink,
  reviewMessage,
  sourceBrokenMessage,
  type AlertMessage,
} from './messages.ts';
import { createMailer, senderFor, type Sender } from './senders.ts';
import { AlertType, type AlertSettings, type Channel } from './settings.ts';

/** Where each channel stands: it has seen everything up to `at` (and these ids at `at`). */
export const AlertCursorsCollection = 'alert_cursors';
/** The review log the review repository writes (read here, never written). */
const AuditCollection = 'audit_log';

const Cursor = z.object({
  _id: z.string(),
  at: z.date(),
  doneAtCursor: z.array(z.string()).default([]),
  attempts: z.number().int().default(0),
  retryAt: z.date().nullable().default(null),
  lastError: z.string().nullable().default(null),
  lastDigestDay: z.string().nullable().default(null),
  delivered: z.number().int().default(0),
  skipped: z.number().int().default(0),
});
type Cursor = z.infer<typeof Cursor>;

const EventDoc = z.object({
  _id: z.string(),
  type: z.string(),
  at: z.date(),
  subject: z.string(),
  data: z.record(z.string(), z.unknown()).default({}),
});
const AuditDoc = z.object({
  _id: z.string(),
  at: z.date(),
  actor: z.string(),
  action: z.string(),
  key: z.string(),
  note: z.string().nullable().default(null),
});

/** One happening in time order: an outbox event or a review step. */
type FeedItem =
  | { kind: 'event'; id: string; at: Date; event: z.infer<typeof EventDoc> }
  | { kind: 'review'; id: string; at: Date; step: z.infer<typeof AuditDoc> };

/** What the dispatcher needs. */
export interface AlertDeps {
  db: Db;
  redis: Redis;
  /** Key prefix of the channel locks. */
  prefix: string;
  settings: AlertSettings;
  channels: Channel[];
  logger: Logger;
  /** The digest day's UTC offset (WIB: +07:00). */
  utcOffset: string;
  /** The province of a source, for subscriptions by province. */
  provinceOfSource?: (sourceId: string) => string | null;
  now?: () => Date;
  /** A happening is delivered once it is this old, so slower writers' events are not passed by. */
  settleMs?: number;
  /** Attempts per message before it is skipped with an error in the log. */
  maxAttempts?: number;
  backoffMs?: number;
}

const offsetMs = (utcOffset: string): number => {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffset);
  if (!m) {
    return 7 * 3_600_000;
  }
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
};

const norm = (s: string) => s.trim().toLocaleLowerCase('id-ID');

/**
 * Delivers alerts to every configured channel in its own format. Each channel keeps its own cursor
 * (a channel enabled later starts at "now" unless it asks for `since`), so one slow or failing
 * receiver holds up nobody else; a record rejected or merged by the time its turn comes is skipped.
 */
export function startAlerts(deps: AlertDeps) {
  const log = deps.logger.child({ component: 'alerts' });
  const now = deps.now ?? (() => new Date());
  const settleMs = deps.settleMs ?? 2_000;
  const maxAttempts = deps.maxAttempts ?? 8;
  const backoffMs = deps.backoffMs ?? 5_000;
  const cursors = deps.db.collection<Cursor>(AlertCursorsCollection);
  const events = deps.db.collection(EventsCollection);
  const audit = deps.db.collection(AuditCollection);
  const awards = createAwardRepository(deps.db);
  const digest = createDigest(deps.db);
  const mailer = createMailer(deps.settings);
  const senders = new Map<string, Sender>(
    deps.channels.map((c) => [c.id, senderFor(c, deps.settings, mailer)]),
  );
  const shift = offsetMs(deps.utcOffset);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  /** Runs `fn` while holding the channel's lock; false when another process holds it. */
  const withLock = async (id: string, fn: () => Promise<void>): Promise<boolean> => {
    const key = `${deps.prefix}:alerts:lock:${id}`;
    const token = randomUUID();
    if ((await deps.redis.set(key, token, 'PX', 120_000, 'NX')) !== 'OK') {
      return false;
    }
    try {
      await fn();
    } finally {
      await deps.redis.eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0",
        1,
        key,
        token,
      );
    }
    return true;
  };

  const localDay = (t: Date) => {
    const local = new Date(t.getTime() + shift);
    return { day: local.toISOString().slice(0, 10), hour: local.getUTCHours(), local };
  };

  const cursorOf = async (c: Channel): Promise<Cursor> => {
    const doc = await cursors.findOne({ _id: c.id });
    if (doc) {
      return Cursor.parse(doc);
    }
    const t = now();
    const { day, hour } = localDay(t);
    const fresh: Cursor = Cursor.parse({
      _id: c.id,
      // the past is not sent to a new channel unless it asks for it
      at: c.since ? new Date(c.since) : t,
      // today's digest is due only if the channel exists before the digest hour
      lastDigestDay: hour >= deps.settings.digestHour ? day : null,
    });
    await cursors.insertOne(fresh).catch(() => undefined);
    log.info({ channel: c.id, from: fresh.at }, 'alert channel starts');
    return fresh;
  };

  const save = (c: Cursor) => cursors.replaceOne({ _id: c._id }, c, { upsert: true });

  /** Happenings after the cursor, oldest first. */
  const after = async (cursor: Cursor, until: Date, limit: number): Promise<FeedItem[]> => {
    const window = { at: { $gte: cursor.at, $lte: until } };
    const [evs, steps] = await Promise.all([
      events.find(window).sort({ at: 1, _id: 1 }).limit(limit).toArray(),
      audit.find(window).sort({ at: 1, _id: 1 }).limit(limit).toArray(),
    ]);
    const items: FeedItem[] = [
      ...evs.map((d) => {
        const event = EventDoc.parse({ ...d, _id: String(d._id) });
        return { kind: 'event' as const, id: event._id, at: event.at, event };
      }),
      ...steps.map((d) => {
        const step = AuditDoc.parse({ ...d, _id: String(d._id) });
        return { kind: 'review' as const, id: `review:${step._id}`, at: step.at, step };
      }),
    ];
    const done = new Set(cursor.doneAtCursor);
    return items
      .filter((i) => !(i.at.getTime() === cursor.at.getTime() && done.has(i.id)))
      .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  };

  /** The message for a happening, or why it is not sent. */
  const messageOf = async (item: FeedItem): Promise<AlertMessage | { skip: string }> => {
    const url = deps.settings.publicUrl;
    if (item.kind === 'review') {
      if (item.step.action === 'merge-in') {
        return { skip: 'the other half of a merge' };
      }
      return reviewMessage({ ...item.step, id: item.id }, await awards.get(item.step.key), url);
    }
    const e = { ...item.event, id: item.event._id };
    if (e.type === AlertType.SourceBroken || e.type === AlertType.SourceFailing) {
      return sourceBrokenMessage(e, deps.provinceOfSource?.(e.subject) ?? null, url);
    }
    if (e.type === AlertType.CoverageMissing) {
      return coverageMissingMessage(e, url);
    }
    if (e.type !== AlertType.AwardCreated && e.type !== AlertType.AwardConflict) {
      return { skip: `no alert for ${e.type}` };
    }
    const r: AwardRecord | null = await awards.get(e.subject);
    if (!r) {
      return { skip: 'record not found' };
    }
    if (r.merged) {
      return { skip: 'record merged' };
    }
    if (r.review.status === ReviewStatus.Rejected) {
      return { skip: 'record rejected' };
    }
    return e.type === AlertType.AwardCreated
      ? awardCreatedMessage(e, r, url)
      : awardConflictMessage(e, r, url);
  };

  const wants = (c: Channel, m: AlertMessage): boolean => {
    if (!c.events.includes(m.type)) {
      return false;
    }
    if (c.provinces.length === 0) {
      return true;
    }
    return m.province !== null && c.provinces.some((p) => norm(p) === norm(m.province ?? ''));
  };

  const failed = async (c: Channel, cursor: Cursor, err: unknown): Promise<boolean> => {
    const attempts = cursor.attempts + 1;
    const message = (err as Error).message;
    if (attempts >= maxAttempts) {
      log.error({ channel: c.id, attempts, err: message }, 'alert given up after every attempt');
      return true;
    }
    await save({
      ...cursor,
      attempts,
      lastError: message,
      retryAt: new Date(now().getTime() + retryDelay(backoffMs, attempts)),
    });
    log.warn({ channel: c.id, attempts, err: message }, 'alert not delivered; will retry');
    return false;
  };

  const runChannel = async (c: Channel) => {
    let cursor = await cursorOf(c);
    if (cursor.retryAt && cursor.retryAt > now()) {
      return;
    }
    const send = senders.get(c.id);
    if (!send) {
      return;
    }
    const items = await after(cursor, new Date(now().getTime() - settleMs), 100);
    for (const item of items) {
      if (stopped) {
        return;
      }
      const m = await messageOf(item);
      let sent = false;
      if (!('skip' in m) && wants(c, m)) {
        try {
          await send(m);
          sent = true;
        } catch (err) {
          if (!(await failed(c, cursor, err))) {
            return;
          }
        }
      }
      const same = item.at.getTime() === cursor.at.getTime();
      cursor = {
        ...cursor,
        at: item.at,
        doneAtCursor: same ? [...cursor.doneAtCursor, item.id] : [item.id],
        attempts: 0,
        retryAt: null,
        lastError: sent ? null : cursor.lastError,
        delivered: cursor.delivered + (sent ? 1 : 0),
        skipped: cursor.skipped + (sent ? 0 : 1),
      };
      await save(cursor);
      if (sent) {
        log.info({ channel: c.id, alert: item.id }, 'alert delivered');
      }
    }
    if (c.events.includes(AlertType.Digest)) {
      await runDigest(c, cursor, send);
    }
  };

  const runDigest = async (c: Channel, cursor: Cursor, send: Sender) => {
    const t = now();
    const { day, hour, local } = localDay(t);
    if (hour < deps.settings.digestHour || cursor.lastDigestDay === day) {
      return;
    }
    const to = new Date(
      Date.UTC(
        local.getUTCFullYear(),
        local.getUTCMonth(),
        local.getUTCDate(),
        deps.settings.digestHour,
      ) - shift,
    );
    const from = new Date(to.getTime() - 86_400_000);
    const d = await digest.between(from, to);
    const inScope = (province: string | null) =>
      c.provinces.length === 0 ||
      (province !== null && c.provinces.some((p) => norm(p) === norm(province)));
    const fresh = d.newRecords.filter(
      (r) => r.review.status !== ReviewStatus.Rejected && inScope(r.province),
    );
    const conflicts: AwardRecord[] = [];
    for (const e of d.conflicts) {
      const r = await awards.get(e.subject);
      if (r && !r.merged && inScope(r.province)) {
        conflicts.push(r);
      }
    }
    const missing = d.expectedMissing.filter((e) =>
      inScope(typeof e.data.province === 'string' ? e.data.province : null),
    );
    const pending = await deps.db.collection(Collection.Awards).countDocuments({
      reviewPending: true,
      merged: { $ne: true },
      ...(c.provinces.length > 0 ? { province: { $in: c.provinces } } : {}),
    });
    const dayWords = new Intl.DateTimeFormat('id-ID', {
      dateStyle: 'full',
      timeZone: 'UTC',
    }).format(local);
    const m: AlertMessage = {
      id: `digest:${c.id}:${day}`,
      type: 'digest',
      at: t,
      title: `Ringkasan harian Paritrana Watch, ${dayWords}`,
      lines: [
        fresh.length === 0
          ? 'Tidak ada penghargaan baru dalam 24 jam terakhir.'
          : `${angka(fresh.length)} penghargaan baru:`,
        ...fresh
          .slice(0, 20)
          .map(
            (r) =>
              `• ${r.winner}${r.rank ? ` (juara ${r.rank})` : ''}${r.province ? ` – ${r.province}` : ''}: ${recordLink(deps.settings.publicUrl, r.key)}`,
          ),
        ...(fresh.length > 20 ? [`… dan ${angka(fresh.length - 20)} lainnya`] : []),
        `${angka(conflicts.length)} perbedaan antar sumber`,
        `${angka(pending)} menunggu tinjauan`,
        ...missing.map(
          (e) =>
            `Belum ada laporan dari ${String(e.data.province)} padahal musim upacaranya sudah lewat: ${String((e.data.searchLinks as string[] | undefined)?.[0] ?? '')}`,
        ),
      ],
      link: `${deps.settings.publicUrl}/#/antrian`,
      province: null,
      data: { from, to, newRecords: fresh.length, conflicts: conflicts.length, pending },
    };
    try {
      await send(m);
    } catch (err) {
      await failed(c, cursor, err);
      return;
    }
    await save({ ...cursor, lastDigestDay: day });
    log.info({ channel: c.id, day }, 'digest delivered');
  };

  /** One pass over every enabled channel. */
  const tick = async () => {
    for (const c of deps.channels) {
      if (!c.enabled || stopped) {
        continue;
      }
      try {
        await withLock(c.id, () => runChannel(c));
      } catch (err) {
        log.error({ err, channel: c.id }, 'alert pass failed');
      }
    }
  };

  const loop = () => {
    running = tick().finally(() => {
      if (!stopped) {
        timer = setTimeout(loop, deps.settings.pollMs);
      }
    });
  };

  return {
    tick,
    /** Starts polling every ALERTS_POLL_MS. */
    start(): void {
      if (deps.channels.length > 0) {
        loop();
      }
    },
    /** Where each channel stands, for the admin. */
    async cursors(): Promise<Cursor[]> {
      return (await cursors.find({}).toArray()).map((d) => Cursor.parse(d));
    },
    async close(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await running;
      mailer.close();
    },
  };
}

/** A running dispatcher. */
export type Alerts = ReturnType<typeof startAlerts>;
