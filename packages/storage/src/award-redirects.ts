import type { Db } from 'mongodb';

/** Keys of merged records and the key that survived; later upserts of a merged key land there. */
export const RedirectsCollection = 'award_redirects';

interface Redirect {
  _id: string;
  to: string;
  at: Date;
}

/** The merge redirects: one hop per merged key, kept flat so a look-up is one read. */
export function createRedirects(db: Db) {
  const col = db.collection<Redirect>(RedirectsCollection);
  return {
    /** The key an upsert of `key` must land on (itself when it was never merged). */
    async resolve(key: string): Promise<string> {
      let current = key;
      // a chain is flattened on every merge; the bound guards against a cycle written by hand
      for (let hop = 0; hop < 10; hop++) {
        const r = await col.findOne({ _id: current });
        if (!r) {
          return current;
        }
        current = r.to;
      }
      throw new Error(`award key ${key}: redirect chain too long`);
    },

    /** The keys redirected to `to`. */
    async pointingAt(to: string): Promise<string[]> {
      return (await col.find({ to }, { projection: { _id: 1 } }).toArray()).map((r) => r._id);
    },

    /** Undoes a merge's `point(from, …)`: `from` is its own again, and so are `repointed` keys. */
    async unpoint(from: string, repointed: readonly string[]): Promise<void> {
      await col.deleteOne({ _id: from });
      if (repointed.length > 0) {
        await col.updateMany(
          { _id: { $in: [...repointed] } },
          { $set: { to: from, at: new Date() } },
        );
      }
    },

    /** Points `from` (and every key that pointed at it) at `to`. */
    async point(from: string, to: string): Promise<void> {
      const at = new Date();
      await col.updateOne({ _id: from }, { $set: { to, at } }, { upsert: true });
      await col.updateMany({ to: from }, { $set: { to, at } });
    },
  };
}

/** The redirect table's interface. */
export type Redirects = ReturnType<typeof createRedirects>;
