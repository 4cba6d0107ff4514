import type { Collection, OptionalUnlessRequiredId } from 'mongodb';
import { isDuplicateKey, settledWriteErrors } from './mongo.ts';

/** How long after inserts last overlapped the batcher still counts as busy (ms). */
const BusyForMs = 1000;

/** One waiting insert and how to answer it. */
interface Waiting<T> {
  doc: OptionalUnlessRequiredId<T>;
  done: (inserted: boolean) => void;
  fail: (err: unknown) => void;
}

/**
 * Inserts by `_id` that never overwrite (`insertOnce`), gathered into one unordered insertMany:
 * the inserts that arrive while one is in flight share the next command, and while inserts keep
 * overlapping (a busy pipeline) the first of a batch waits `lingerMs` for company (on FerretDB
 * each command costs ~1 ms of its CPU whatever it carries). Every caller waits for its own
 * document's write, so nothing is acknowledged early.
 */
export function createInsertBatcher<T extends { _id: string }>(
  col: Collection<T>,
  { maxDocs = 100, lingerMs = 0 } = {},
) {
  let waiting: Array<Waiting<T>> = [];
  let writing = false;
  // when inserts last arrived while one was in flight: a sign others will come meanwhile
  let overlapAt = -Infinity;

  const settle = (batch: Array<Waiting<T>>, err: unknown) => {
    // (a bulk error whose write errors leave documents unaccounted for failed them all)
    const errors = err ? settledWriteErrors(err, batch.length) : [];
    if (!errors) {
      batch.forEach((w) => w.fail(err));
      return;
    }
    const byIndex = new Map(errors.map((e) => [e.index, e]));
    batch.forEach((w, i) => {
      const e = byIndex.get(i);
      if (!e) {
        w.done(true);
      } else if (isDuplicateKey(e)) {
        w.done(false);
      } else {
        w.fail(new Error(`insert into ${col.collectionName} failed: ${e.errmsg ?? e.code}`));
      }
    });
  };

  const drain = async () => {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, maxDocs);
      waiting = waiting.slice(batch.length);
      let err: unknown = null;
      try {
        await col.insertMany(
          batch.map((w) => w.doc),
          { ordered: false },
        );
      } catch (e) {
        err = e;
      }
      settle(batch, err);
    }
    writing = false;
  };

  return {
    /** Inserts the document unless its `_id` exists; true when this call wrote it. */
    insertOnce(doc: OptionalUnlessRequiredId<T>): Promise<boolean> {
      return new Promise<boolean>((done, fail) => {
        waiting.push({ doc, done, fail });
        const now = performance.now();
        if (writing) {
          overlapAt = now;
          return;
        }
        writing = true;
        // a lone writer goes at once; writers that recently overlapped wait a little for company
        if (lingerMs > 0 && now - overlapAt < BusyForMs) {
          setTimeout(() => void drain(), lingerMs);
        } else {
          void drain();
        }
      });
    },
  };
}

/** A batcher's interface. */
export type InsertBatcher<T extends { _id: string }> = ReturnType<typeof createInsertBatcher<T>>;
