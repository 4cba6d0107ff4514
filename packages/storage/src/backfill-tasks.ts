import type { Db } from 'mongodb';
import { z } from 'zod';

/** One backfill task per document, `_id` the task's stable id: a rerun skips the finished ones. */
export const BackfillTasksCollection = 'backfill_tasks';

/** How a task ended, as kept for the next run. */
export const BackfillTask = z.object({
  _id: z.string(),
  kind: z.enum(['search', 'sitemap']),
  label: z.string(),
  status: z.enum(['done', 'failed']),
  found: z.number().int(),
  created: z.number().int(),
  known: z.number().int(),
  reason: z.string().nullable().default(null),
  at: z.date(),
});
export type BackfillTask = z.infer<typeof BackfillTask>;

/** The backfill's memory of what it did. */
export function createBackfillTasks(db: Db) {
  const col = db.collection<BackfillTask>(BackfillTasksCollection);
  return {
    /** The ids among `ids` that a previous run finished. */
    async done(ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) {
        return new Set();
      }
      const docs = await col
        .find({ _id: { $in: [...ids] } }, { projection: { _id: 1, status: 1 } })
        .toArray();
      return new Set(docs.filter((d) => d.status === 'done').map((d) => d._id));
    },

    /** Records a task's outcome; one writer per task id, so a replace is safe. */
    async record(task: BackfillTask): Promise<void> {
      await col.replaceOne({ _id: task._id }, BackfillTask.parse(task), { upsert: true });
    },

    /** Every task a run recorded, newest first. */
    async list(limit = 1000): Promise<BackfillTask[]> {
      const docs = await col.find({}).sort({ at: -1 }).limit(limit).toArray();
      return docs.map((d) => BackfillTask.parse(d));
    },
  };
}

/** The backfill task store's interface. */
export type BackfillTasks = ReturnType<typeof createBackfillTasks>;
