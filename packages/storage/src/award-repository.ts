import type { Db, Filter } from 'mongodb';
import {
  AwardRecord,
  awardKey,
  deriveRecord,
  type AwardBase,
  type AwardDraft,
  type AwardSource,
  type RecordedSource,
} from '@pw/domain';
import {
  awardCollections,
  awardIdOf,
  findRecord,
  insertOnce,
  sourceDocId,
  utcDayOf,
  type AwardDoc,
} from './award-collections.ts';
import { matchesInputs, refreshDerived } from './award-refresh.ts';
import { createRedirects } from './award-redirects.ts';
import { EventType, createEventLog } from './event-log.ts';
import { provinceCodesOf } from './search-terms.ts';

/** What one upsert did; `key` is where the source landed (the survivor's, after a merge). */
export interface UpsertResult {
  key: string;
  created: boolean;
  sourceAdded: boolean;
  /** The key the draft itself produced (differs from `key` when it was merged away). */
  draftKey: string;
  outletCount: number;
  clusterCount: number;
  conflictFields: string[];
}

const baseOf = (d: AwardDraft): AwardBase => ({
  editionYear: d.editionYear,
  level: d.level,
  province: d.province,
  category: d.category,
  winner: d.winnerCanonical,
  winnerType: d.winnerType,
  regionCode: d.regionCode,
  regionParent: d.regionParent,
  rank: d.rank,
  ceremonyDate: d.ceremonyDate,
});

/** The award store: one record per award, every source that reported it. */
export function createAwardRepository(db: Db) {
  const c = awardCollections(db);
  const redirects = createRedirects(db);
  const events = createEventLog(db);

  /** Adds a source document; inserts the record (with that first source) if the key is new. */
  const record = async (key: string, draft: AwardDraft, stated: RecordedSource) => {
    const sourceAdded = await insertOnce(c.sources, {
      _id: sourceDocId(key, stated.articleId),
      key,
      ...stated,
      recordedDay: utcDayOf(stated.recordedAt),
    });
    const now = new Date();
    const base = baseOf(draft);
    // insertOne with every field, not an upsert: FerretDB 1.24 drops nulls set by $setOnInsert
    const derived = deriveRecord(base, [stated], null);
    const doc = {
      _id: awardIdOf(key),
      key,
      ...derived,
      provinceCodes: provinceCodesOf(derived.province, derived.regionCode),
      base,
      firstSeenAt: now,
      firstSeenDay: utcDayOf(now),
      updatedAt: now,
    } satisfies AwardDoc;
    const created = await insertOnce(c.awards, doc);
    return { sourceAdded, created, doc };
  };

  /**
   * The record after a write: a record this call created from its one source is already derived
   * from it, and needs only the check that no other source or review came in meanwhile (three
   * reads instead of a rewrite); any other is re-derived.
   */
  const settled = async (key: string, wrote: { created: boolean; doc: AwardDoc }) =>
    wrote.created && (await matchesInputs(c, key, wrote.doc._id))
      ? AwardRecord.parse(wrote.doc)
      : refreshDerived(c, events, key);

  return {
    /**
     * Records one source's report of an award: the source and (for a new key) the record are
     * inserts against unique ids, then the record is re-derived from its sources. Re-recording
     * an article adds nothing; racing workers give one record with every source. Corrections
     * live in the review state, so re-extraction never overwrites them.
     */
    async upsertWithSource(draft: AwardDraft, source: AwardSource): Promise<UpsertResult> {
      const draftKey = awardKey(draft);
      const stated: RecordedSource = {
        ...source,
        rank: source.rank ?? draft.rank,
        category: source.category ?? draft.category,
        editionYear: draft.editionYear,
        level: draft.level,
      };
      let key = await redirects.resolve(draftKey);
      let wrote = await record(key, draft, stated);
      let rec = await settled(key, wrote);
      // merged while we wrote: follow the redirect so the source is not stranded
      for (let hop = 0; rec?.merged && hop < 5; hop++) {
        key = await redirects.resolve(key);
        wrote = await record(key, draft, stated);
        rec = await settled(key, wrote);
      }
      const { sourceAdded, created } = wrote;
      if (!rec) {
        throw new Error(`award ${key}: record missing after insert`);
      }
      // the first source's job announces the record, also when re-run after a crash
      if (rec.sources[0]?.articleId === source.articleId) {
        await events.append({
          id: `${EventType.AwardCreated}:${key}`,
          type: EventType.AwardCreated,
          subject: key,
          data: {
            key,
            winner: rec.winner,
            editionYear: rec.editionYear,
            level: rec.level,
            province: rec.province,
            category: rec.category,
            rank: rec.rank,
            url: source.url,
            outlet: source.outlet,
          },
        });
      }
      return {
        key,
        draftKey,
        created,
        sourceAdded,
        outletCount: rec.outletCount,
        clusterCount: rec.clusterCount,
        conflictFields: rec.conflicts.map((x) => x.field),
      };
    },

    async get(key: string): Promise<AwardRecord | null> {
      const doc = await findRecord(c.awards, key);
      return doc ? AwardRecord.parse(doc) : null;
    },

    /** The record for a key, following merge redirects to the survivor. */
    async resolve(key: string): Promise<AwardRecord | null> {
      const doc = await findRecord(c.awards, await redirects.resolve(key));
      return doc ? AwardRecord.parse(doc) : null;
    },

    /** Records matching a filter, newest first. */
    async find(filter: Filter<AwardDoc> = {}, limit = 100, skip = 0): Promise<AwardRecord[]> {
      const docs = await c.awards
        .find(filter)
        .sort({ firstSeenAt: -1, _id: 1 })
        .skip(skip)
        .limit(limit)
        .toArray();
      return docs.map((d) => AwardRecord.parse(d));
    },

    async count(filter: Filter<AwardDoc> = {}): Promise<number> {
      return c.awards.countDocuments(filter);
    },

    /** Re-derives a record from its sources and review state. */
    async refresh(key: string): Promise<AwardRecord | null> {
      return refreshDerived(c, events, key);
    },

    /**
     * Takes one article's report off a record (a re-reading no longer finds it there) and
     * re-derives the record from the sources left; the record itself stays, with its review.
     * `replaced`: the caller records the article's new report next, which re-derives it.
     */
    async removeSource(
      key: string,
      articleId: string,
      opts: { replaced?: boolean } = {},
    ): Promise<AwardRecord | null> {
      await c.sources.deleteOne({ _id: sourceDocId(key, articleId) });
      return opts.replaced ? null : refreshDerived(c, events, key);
    },
  };
}

/** The award store's interface. */
export type AwardRepository = ReturnType<typeof createAwardRepository>;
