export { Collection, connectMongo, ensureIndexes, isDuplicateKey, type Mongo } from './mongo.ts';
export {
  createArticleRepository,
  type ArticleRepository,
  type FetchedArticle,
  type NewArticle,
  type HotStore,
  type Outcome,
  type RawPage,
} from './article-repository.ts';
export {
  LedgerCollection,
  backfillLedgerHours,
  createArticleLedger,
  type ArticleLedger,
  type LedgerLine,
} from './article-ledger.ts';
export {
  LedgerHoursCollection,
  LedgerMonthsCollection,
  createLedgerBuckets,
  ledgerHourOf,
  type LedgerBuckets,
} from './ledger-buckets.ts';
export { createArticleFlight, flightKeys, type ArticleFlight } from './article-flight.ts';
export { articleIdOf, createSeenUrls, type SeenUrls } from './seen-urls.ts';
export { createAwardRepository, type AwardRepository } from './award-repository.ts';
export {
  DefaultSourceHealthPolicy,
  SourceState,
  SourceStatus,
  createSourceStateRepository,
  statusAfterFailure,
  type SourceHealthPolicy,
  type SourceStateExclusive,
  type SourceStateRepository,
} from './source-state-repository.ts';
export {
  createFingerprintRepository,
  type FingerprintDoc,
  type FingerprintRepository,
} from './fingerprint-repository.ts';
export { AuditEntry, createAuditLog, type AuditLog } from './audit-log.ts';
export {
  AwardFilter,
  AwardPage,
  AwardSort,
  awardFilter,
  awardSort,
  createAwardQueries,
  type AwardQueries,
} from './award-query.ts';
export { createRedirects, RedirectsCollection, type Redirects } from './award-redirects.ts';
export {
  ReviewsCollection,
  SourcesCollection,
  awardIdOf,
  type AwardDoc,
  type SourceDoc,
} from './award-collections.ts';
export { type UpsertResult } from './award-repository.ts';
export {
  DeliveryState,
  EventType,
  EventsCollection,
  PipelineEvent,
  createEventLog,
  type EventLog,
} from './event-log.ts';
export {
  ReviewAction,
  ReviewError,
  createReviewRepository,
  type Decision,
  type ReviewRepository,
} from './review-repository.ts';
export { ensureReviewIndexes } from './review-indexes.ts';
export { createDigest, type Digest, type DigestReader } from './award-digest.ts';
export {
  Password,
  SessionsCollection,
  UserError,
  UserRole,
  Username,
  UsersCollection,
  createSessionStore,
  createUserRepository,
  hashPassword,
  roleAtLeast,
  verifyPassword,
  type Session,
  type SessionStore,
  type User,
  type UserRepository,
} from './user-repository.ts';
export {
  LocalGovernmentTypes,
  Provinces,
  foldText,
  parseWinnerQuery,
  provinceCodesOf,
  resolveProvince,
  winnerTypes,
  type Province,
} from './search-terms.ts';
export { DateFormatHint, DateParam } from './award-query.ts';
export {
  RecordRefError,
  ShortIdsCollection,
  createRecordRefs,
  resolveRecordRef,
  type RecordRefs,
} from './record-ref.ts';
export {
  CellState,
  createCoverage,
  editionOfText,
  provinceOfArticle,
  type Coverage,
  type CoverageCell,
  type CoverageMatrix,
  type NationalCategoryCell,
  type SourceSuggestion,
} from './coverage.ts';
export {
  createSeasonWatch,
  overdueProvinces,
  searchLinksFor,
  usualWindows,
  type MissingProvince,
  type SeasonWatch,
  type UsualWindow,
} from './season-watch.ts';
export {
  BackfillTask,
  BackfillTasksCollection,
  createBackfillTasks,
  type BackfillTasks,
} from './backfill-tasks.ts';
export {
  BackupError,
  backupDatabase,
  databaseHasDocuments,
  restoreDatabase,
  type BackupCounts,
} from './backup.ts';
