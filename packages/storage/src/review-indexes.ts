import type { Db } from 'mongodb';
import { AuditCollection } from './audit-log.ts';
import { SourcesCollection } from './award-collections.ts';
import { EventsCollection } from './event-log.ts';
import { Collection } from './mongo.ts';

/** Indexes the review queue, audit log, outbox and award queries rely on (idempotent). */
export async function ensureReviewIndexes(db: Db): Promise<void> {
  const awards = db.collection(Collection.Awards);
  await awards.createIndex({ reviewPending: 1, firstSeenAt: 1 }, { name: 'review_pending' });
  await awards.createIndex({ 'review.status': 1 }, { name: 'review_status' });
  await awards.createIndex({ 'sources.recordedAt': 1 }, { name: 'source_recorded' });
  await db
    .collection(SourcesCollection)
    .createIndex({ key: 1, recordedAt: 1 }, { name: 'key_recorded' });
  const events = db.collection(EventsCollection);
  await events.createIndex(
    { 'delivery.state': 1, 'delivery.nextAttemptAt': 1 },
    { name: 'delivery_due' },
  );
  await events.createIndex({ at: 1 }, { name: 'at' });
  const audit = db.collection(AuditCollection);
  await audit.createIndex({ key: 1, at: -1 }, { name: 'key_at' });
  // a record's review log, in order (its entries' `_id`s are unique places in it)
  await audit.createIndex({ key: 1, seq: 1 }, { name: 'key_seq' });
}
