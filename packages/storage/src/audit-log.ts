import { ObjectId, type Db } from 'mongodb';
import { z } from 'zod';

/** Every reviewer action, append-only. */
export const AuditCollection = 'audit_log';

/** One reviewer action: who, what, when, and the record's reviewed fields before and after. */
export const AuditEntry = z.object({
  _id: z.string(),
  at: z.date(),
  actor: z.string(),
  action: z.string(),
  key: z.string(),
  note: z.string().nullable().default(null),
  before: z.record(z.string(), z.unknown()).nullable().default(null),
  after: z.record(z.string(), z.unknown()).nullable().default(null),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The audit log: record an action, read a record's history. */
export function createAuditLog(db: Db) {
  const col = db.collection<AuditEntry>(AuditCollection);
  return {
    async record(e: Omit<AuditEntry, '_id' | 'at'>): Promise<AuditEntry> {
      const entry = { _id: new ObjectId().toHexString(), at: new Date(), ...e };
      await col.insertOne(entry);
      return entry;
    },

    /** A record's history (or everyone's, without a key), newest first. */
    async list(key?: string, limit = 100): Promise<AuditEntry[]> {
      const docs = await col
        .find(key ? { key } : {})
        .sort({ at: -1, _id: -1 })
        .limit(limit)
        .toArray();
      return docs.map((d) => AuditEntry.parse(d));
    },
  };
}

/** The audit log's interface. */
export type AuditLog = ReturnType<typeof createAuditLog>;
