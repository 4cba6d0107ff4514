import type { Db } from 'mongodb';
import { z } from 'zod';
import { createEventLog, EventType } from './event-log.ts';
import { Collection } from './mongo.ts';

/** How a source is doing, as users see it. */
export const SourceStatus = {
  Ok: 'ok',
  Failing: 'failing',
  Broken: 'broken',
  Silent: 'silent',
  NeverPolled: 'never-polled',
} as const;
export type SourceStatus = (typeof SourceStatus)[keyof typeof SourceStatus];

/** What the crawler remembers of each source between polls. */
export const SourceState = z.object({
  _id: z.string(),
  status: z.enum(SourceStatus).default(SourceStatus.NeverPolled),
  etag: z.string().nullable().default(null),
  lastModified: z.string().nullable().default(null),
  bodyHash: z.string().nullable().default(null),
  lastPolledAt: z.date().nullable().default(null),
  lastNewItemAt: z.date().nullable().default(null),
  lastError: z
    .object({ code: z.string(), message: z.string(), at: z.date() })
    .nullable()
    .default(null),
  consecutiveErrors: z.number().int().default(0),
  /** When the failures in a row began (null while polls succeed). */
  failingSince: z.date().nullable().default(null),
  /** The interval the adaptive schedule chose last (ms). */
  intervalMs: z.number().int().nullable().default(null),
  itemsSeen: z.number().int().default(0),
  lostItems: z.number().int().default(0),
});
export type SourceState = z.infer<typeof SourceState>;

/** When failures in a row make a source `failing` (alerted at once) and then `broken`. */
export interface SourceHealthPolicy {
  /** Failed polls in a row that make a source failing. */
  failingAfterErrors: number;
  /** Or this long since the first of the failures in a row (ms). */
  failingAfterMs: number;
  /** Failed polls in a row before a source can be broken… */
  brokenAfterErrors: number;
  /** …and failing for at least this long (ms): broken is for long outages, not a bad night. */
  brokenAfterMs: number;
}

export const DefaultSourceHealthPolicy: SourceHealthPolicy = {
  failingAfterErrors: 3,
  failingAfterMs: 3_600_000,
  brokenAfterErrors: 5,
  brokenAfterMs: 12 * 3_600_000,
};

/**
 * The status after a failed poll: `ok` (with its last error shown) for a blip, `failing` after
 * `failingAfterErrors` in a row or `failingAfterMs` of failures, `broken` for a long outage.
 */
export function statusAfterFailure(
  consecutiveErrors: number,
  failingSince: Date,
  now: Date,
  policy: SourceHealthPolicy = DefaultSourceHealthPolicy,
): SourceStatus {
  const failingMs = now.getTime() - failingSince.getTime();
  if (consecutiveErrors >= policy.brokenAfterErrors && failingMs >= policy.brokenAfterMs) {
    return SourceStatus.Broken;
  }
  if (consecutiveErrors >= policy.failingAfterErrors || failingMs >= policy.failingAfterMs) {
    return SourceStatus.Failing;
  }
  return SourceStatus.Ok;
}

/**
 * Runs a read-modify-write of one source's state alone, across processes (a Redis lock with a
 * lease); `stillHeld` says whether the lease is still ours, and is asked before writing.
 */
export type SourceStateExclusive = <T>(
  sourceId: string,
  fn: (stillHeld: () => Promise<boolean>) => Promise<T>,
) => Promise<T>;

type Counter = 'itemsSeen' | 'lostItems';

/**
 * The poll history of each source: validators, errors, health. FerretDB loses concurrent updates
 * of one document (even `$inc`), so every write is a read-modify-write under `exclusive` (the
 * crawler passes a per-source Redis lock) and a whole-document replace; without `exclusive`
 * (tests, tools) writes are plain updates.
 */
export function createSourceStateRepository(
  db: Db,
  options: { exclusive?: SourceStateExclusive; policy?: Partial<SourceHealthPolicy> } = {},
) {
  const col = db.collection<SourceState>(Collection.SourceStates);
  const events = createEventLog(db);
  const policy = { ...DefaultSourceHealthPolicy, ...options.policy };
  const alone: SourceStateExclusive =
    options.exclusive ?? ((_id, fn) => fn(() => Promise.resolve(true)));

  const read = async (id: string): Promise<SourceState> =>
    SourceState.parse((await col.findOne({ _id: id })) ?? { _id: id });

  const write = async (next: SourceState, stillHeld: () => Promise<boolean>) => {
    if (!(await stillHeld())) {
      throw Object.assign(new Error(`lock on source ${next._id} lost before writing its state`), {
        code: 'pipeline.lock-timeout',
        retryable: true,
      });
    }
    await col.replaceOne({ _id: next._id }, next, { upsert: true });
  };

  return {
    async get(id: string): Promise<SourceState | null> {
      const doc = await col.findOne({ _id: id });
      return doc ? SourceState.parse(doc) : null;
    },

    /** Sets the given fields and adds to the counters, creating the state on the first poll. */
    async update(
      id: string,
      set: Partial<Omit<SourceState, '_id'>>,
      inc: Partial<Record<Counter, number>> = {},
    ): Promise<void> {
      // a successful poll ends a run of failures
      const fields = set.consecutiveErrors === 0 ? { failingSince: null, ...set } : set;
      if (!options.exclusive) {
        await col.updateOne(
          { _id: id },
          { $set: fields, ...(Object.keys(inc).length ? { $inc: inc } : {}) },
          { upsert: true },
        );
        return;
      }
      await alone(id, async (stillHeld) => {
        const next = { ...(await read(id)), ...fields };
        for (const [k, n] of Object.entries(inc) as Array<[Counter, number]>) {
          next[k] += n;
        }
        await write(next, stillHeld);
      });
    },

    /**
     * Counts one more failed poll and judges the source by the run of failures (see
     * statusAfterFailure). A source that is failing gets one `source.failing` event per run of
     * failures (its id names the run's start), which the notifier sends at once.
     */
    async recordFailure(
      id: string,
      error: { code: string; message: string; at: Date },
    ): Promise<SourceState> {
      const next = await alone(id, async (stillHeld) => {
        const state = await read(id);
        const consecutiveErrors = state.consecutiveErrors + 1;
        const failingSince = state.failingSince ?? error.at;
        const updated: SourceState = {
          ...state,
          consecutiveErrors,
          failingSince,
          lastPolledAt: error.at,
          lastError: error,
          status: statusAfterFailure(consecutiveErrors, failingSince, error.at, policy),
        };
        await write(updated, stillHeld);
        return updated;
      });
      if (next.status === SourceStatus.Failing || next.status === SourceStatus.Broken) {
        await events.append({
          id: `${EventType.SourceFailing}:${id}:${next.failingSince!.toISOString()}`,
          type: EventType.SourceFailing,
          subject: id,
          data: {
            sourceId: id,
            consecutiveErrors: next.consecutiveErrors,
            failingSince: next.failingSince,
            lastError: next.lastError,
          },
        });
      }
      return next;
    },

    async list(): Promise<SourceState[]> {
      const docs = await col.find({}).sort({ _id: 1 }).toArray();
      return docs.map((d) => SourceState.parse(d));
    },
  };
}

/** The source-state store's interface. */
export type SourceStateRepository = ReturnType<typeof createSourceStateRepository>;
