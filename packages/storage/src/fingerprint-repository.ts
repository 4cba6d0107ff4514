import type { Db } from 'mongodb';

/** One article's story sketch and the story cluster it joined. */
export interface FingerprintDoc {
  _id: string;
  /** SimHash of the whole text (kept on the article as its fingerprint). */
  hash: string;
  /** MinHash signature of the lead; missing on fingerprints saved before sketches existed. */
  sig?: number[];
  keys?: string[];
  keysInLead?: number;
  caps?: boolean;
  /** The LSH band keys of `sig`. */
  bands: string[];
  clusterId: string;
  at: Date;
}

/** One member of a band: an article and when it was placed (which names its month's collection). */
export interface BandMember {
  id: string;
  at: Date;
}

/** The newest articles seen with one LSH band key. */
export interface BandDoc {
  _id: string;
  members: BandMember[];
}

const bandId = (key: string) => `band:${key}`;
/** Sketches and bands live in one collection per UTC month: `fingerprints_202612`. */
const monthOf = (at: Date) => at.toISOString().slice(0, 7).replace('-', '');
const collectionOf = (month: string) => `fingerprints_${month}`;
const MonthCollection = /^fingerprints_(\d{6})$/;
/** Early in a month, copies of last month's stories still arrive: its bands are read too. */
const LookBackDays = 10;

/**
 * Story sketches and LSH bands, for grouping syndicated copies into story clusters.
 *
 * Every query is one `_id` (FerretDB pushes down nothing else, not even `_id: {$in}`), a few at
 * once: a band is a document `band:<i>:<value>` listing its newest members. Band documents are
 * rewritten whole, so a caller must hold a lock on the band keys it writes.
 *
 * The store stays small by design: copies of a story appear within days, so everything is kept in
 * a collection per month, the previous month is read only in the first days of a month, and
 * collections older than `keepMonths` are dropped whole (no scan, no TTL index needed).
 */
export function createFingerprintRepository(
  db: Db,
  options: { now?: () => Date; keepMonths?: number } = {},
) {
  const now = options.now ?? (() => new Date());
  const keepMonths = options.keepMonths ?? 2;
  const sketchesIn = (month: string) => db.collection<FingerprintDoc>(collectionOf(month));
  const bandsIn = (month: string) => db.collection<BandDoc>(collectionOf(month));
  let prunedFor: string | null = null;

  // this month, and the last one while its stories may still be copied
  const monthsToRead = (): string[] => {
    const today = now();
    const months = [monthOf(today)];
    if (today.getUTCDate() <= LookBackDays) {
      months.push(monthOf(new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0))));
    }
    return months;
  };

  const prune = async (current: string): Promise<string[]> => {
    const oldest = new Date(
      Date.UTC(Number(current.slice(0, 4)), Number(current.slice(4)) - keepMonths, 1),
    );
    const dropped: string[] = [];
    for (const { name } of await db.listCollections({}, { nameOnly: true }).toArray()) {
      const month = MonthCollection.exec(name)?.[1];
      if (month && month < monthOf(oldest)) {
        await db.dropCollection(name).catch(() => undefined);
        dropped.push(name);
      }
    }
    return dropped;
  };

  return {
    /** An article's sketch, from the months still read. */
    async get(id: string): Promise<FingerprintDoc | null> {
      const found = await Promise.all(
        monthsToRead().map((m) => sketchesIn(m).findOne({ _id: id })),
      );
      return found.find((d) => d !== null) ?? null;
    },
    /** The sketches of the given band members (those still kept). */
    async sketches(members: BandMember[]): Promise<FingerprintDoc[]> {
      const docs = await Promise.all(
        members.map((m) => sketchesIn(monthOf(new Date(m.at))).findOne({ _id: m.id })),
      );
      return docs.filter((d) => d !== null);
    },
    /** Members of each band key, newest first; a key never written has none. */
    async bands(keys: string[]): Promise<Map<string, BandMember[]>> {
      const months = monthsToRead();
      const docs = await Promise.all(
        months.map((m) => Promise.all(keys.map((k) => bandsIn(m).findOne({ _id: bandId(k) })))),
      );
      return new Map(keys.map((k, i) => [k, docs.flatMap((inMonth) => inMonth[i]?.members ?? [])]));
    },
    /**
     * Writes the member lists of the given band keys into this month's collection (under the
     * caller's lock on them), one command each: FerretDB 1.24 holds a PostgreSQL connection for
     * every statement of an update command that matches a document until the command ends, and a
     * few concurrent commands of sixteen bands used up its pool and left it waiting for good.
     */
    async saveBands(entries: Map<string, BandMember[]>): Promise<void> {
      const bands = bandsIn(monthOf(now()));
      for (const [key, members] of entries) {
        await bands.replaceOne({ _id: bandId(key) }, { members }, { upsert: true });
      }
    },
    /**
     * Saves a sketch in the collection of its month (`doc.at`, the time its band members carry);
     * the first save of a month drops the old months.
     */
    async save(doc: FingerprintDoc): Promise<void> {
      const month = monthOf(now());
      await sketchesIn(monthOf(doc.at)).replaceOne({ _id: doc._id }, doc, { upsert: true });
      if (prunedFor !== month) {
        prunedFor = month;
        await prune(month);
      }
    },
    /** Drops the collections of months no longer kept; returns their names. */
    prune: () => prune(monthOf(now())),
  };
}

/** The fingerprint store's interface. */
export type FingerprintRepository = ReturnType<typeof createFingerprintRepository>;
