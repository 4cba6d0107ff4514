import type { Db } from 'mongodb';
import { z } from 'zod';
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
  /** The interval the adaptive schedule chose last (ms). */
  intervalMs: z.number().int().nullable().default(null),
  itemsSeen: z.number().int().default(0),
  lostItems: z.number().int().default(0),
});
export type SourceState = z.infer<typeof SourceState>;

/** The poll history of each source: validators, errors, health. */
export function createSourceStateRepository(db: Db) {
  const col = db.collection<SourceState>(Collection.SourceStates);
  return {
    async get(id: string): Promise<SourceState | null> {
      const doc = await col.findOne({ _id: id });
      return doc ? SourceState.parse(doc) : null;
    },

    /** Sets the given fields, creating the state on the first poll. */
    async update(
      id: string,
      set: Partial<Omit<SourceState, '_id'>>,
      inc: Partial<Record<'itemsSeen' | 'lostItems', number>> = {},
    ): Promise<void> {
      await col.updateOne(
        { _id: id },
        { $set: set, ...(Object.keys(inc).length ? { $inc: inc } : {}) },
        { upsert: true },
      );
    },

    async list(): Promise<SourceState[]> {
      const docs = await col.find({}).sort({ _id: 1 }).toArray();
      return docs.map((d) => SourceState.parse(d));
    },
  };
}

/** The source-state store's interface. */
export type SourceStateRepository = ReturnType<typeof createSourceStateRepository>;
