import type { Db } from 'mongodb';
import { z } from 'zod';
import { isDuplicateKey } from './mongo.ts';

/** The outbox collection, read by the api service's notifier. */
export const EventsCollection = 'events';

/** What happened, as the webhook and the digest tell it. */
export const EventType = {
  AwardCreated: 'award.created',
  AwardConflict: 'award.conflict',
  SourceBroken: 'source.broken',
  /** A source failed three polls in a row or for an hour (sent at once; `broken` comes later). */
  SourceFailing: 'source.failing',
  /** A province's usual ceremony window has passed this year with nothing seen (season watch). */
  CoverageMissing: 'coverage.expected-missing',
} as const;
export type EventType = (typeof EventType)[keyof typeof EventType];

/** Where an event's webhook delivery stands. */
export const DeliveryState = {
  Pending: 'pending',
  Delivered: 'delivered',
  Failed: 'failed',
} as const;
export type DeliveryState = (typeof DeliveryState)[keyof typeof DeliveryState];

/** One outbox entry; `_id` is deterministic, so the same happening is recorded once. */
export const PipelineEvent = z.object({
  _id: z.string(),
  type: z.enum(EventType),
  at: z.date(),
  /** The award key or source id the event is about. */
  subject: z.string(),
  data: z.record(z.string(), z.unknown()),
  delivery: z.object({
    state: z.enum(DeliveryState),
    attempts: z.number().int(),
    nextAttemptAt: z.date(),
    lastError: z.string().nullable().default(null),
    deliveredAt: z.date().nullable().default(null),
  }),
});
export type PipelineEvent = z.infer<typeof PipelineEvent>;

/** The outbox: append once, then the notifier claims, delivers and records each attempt. */
export function createEventLog(db: Db) {
  const col = db.collection<PipelineEvent>(EventsCollection);
  return {
    /** Records an event unless one with this id exists; true when it was new. */
    async append(e: {
      id: string;
      type: EventType;
      subject: string;
      data: object;
    }): Promise<boolean> {
      const now = new Date();
      try {
        await col.insertOne({
          _id: e.id,
          type: e.type,
          at: now,
          subject: e.subject,
          data: { ...e.data },
          delivery: {
            state: DeliveryState.Pending,
            attempts: 0,
            nextAttemptAt: now,
            lastError: null,
            deliveredAt: null,
          },
        });
        return true;
      } catch (err) {
        if (isDuplicateKey(err)) {
          return false;
        }
        throw err;
      }
    },

    /** Takes the oldest due pending event and hides it from other notifiers for leaseMs. */
    async claimDue(leaseMs: number): Promise<PipelineEvent | null> {
      const now = new Date();
      const doc = await col.findOneAndUpdate(
        { 'delivery.state': DeliveryState.Pending, 'delivery.nextAttemptAt': { $lte: now } },
        { $set: { 'delivery.nextAttemptAt': new Date(now.getTime() + leaseMs) } },
        { sort: { 'delivery.nextAttemptAt': 1, _id: 1 }, returnDocument: 'after' },
      );
      return doc ? PipelineEvent.parse(doc) : null;
    },

    async markDelivered(id: string, attempts: number): Promise<void> {
      const now = new Date();
      await col.updateOne(
        { _id: id },
        {
          $set: {
            'delivery.state': DeliveryState.Delivered,
            'delivery.attempts': attempts,
            'delivery.deliveredAt': now,
            'delivery.lastError': null,
          },
        },
      );
    },

    /** Records a failed attempt: retried at `retryAt`, or given up when retryAt is null. */
    async markAttemptFailed(
      id: string,
      attempts: number,
      error: string,
      retryAt: Date | null,
    ): Promise<void> {
      await col.updateOne(
        { _id: id },
        {
          $set: {
            'delivery.state': retryAt ? DeliveryState.Pending : DeliveryState.Failed,
            'delivery.attempts': attempts,
            'delivery.lastError': error,
            ...(retryAt ? { 'delivery.nextAttemptAt': retryAt } : {}),
          },
        },
      );
    },

    async get(id: string): Promise<PipelineEvent | null> {
      const doc = await col.findOne({ _id: id });
      return doc ? PipelineEvent.parse(doc) : null;
    },

    /** Events in a time window, oldest first, optionally of one type. */
    async between(from: Date, to: Date, type?: EventType): Promise<PipelineEvent[]> {
      const docs = await col
        .find({ at: { $gte: from, $lt: to }, ...(type ? { type } : {}) })
        .sort({ at: 1, _id: 1 })
        .toArray();
      return docs.map((d) => PipelineEvent.parse(d));
    },

    /** The newest events, optionally by delivery state. */
    async list(state?: DeliveryState, limit = 100): Promise<PipelineEvent[]> {
      const docs = await col
        .find(state ? { 'delivery.state': state } : {})
        .sort({ at: -1, _id: 1 })
        .limit(limit)
        .toArray();
      return docs.map((d) => PipelineEvent.parse(d));
    },
  };
}

/** The outbox's interface. */
export type EventLog = ReturnType<typeof createEventLog>;
