export { Article, ArticleStage, Classification, FinalStages, StageOutcome } from './article.ts';
export {
  AwardBase,
  AwardDraft,
  AwardLevel,
  AwardRecord,
  AwardSource,
  Conflict,
  ConflictField,
  Corrections,
  RecordedSource,
  ReviewState,
  ReviewStatus,
} from './award.ts';
export {
  awardKey,
  categoryClass,
  foldCompanyName,
  foldName,
  winnerIdentity,
  type AwardKeyInput,
} from './award-key.ts';
export {
  categoriesAgree,
  conflictSignature,
  countCorroboration,
  detectConflicts,
  preferredValue,
  recordConfidence,
  statedValues,
} from './award-derive.ts';
export { FailureCode, PipelineError, errorCode, errorMessage } from './failure.ts';
export {
  ReviewStep,
  deriveRecord,
  effectiveSteps,
  foldReviewLog,
  type DerivedRecord,
  type ReviewLogStep,
} from './derive-record.ts';
export { normalizeShortId, shortIdOf } from './short-id.ts';
