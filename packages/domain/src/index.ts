export { Article, ArticleStage, Classification, FinalStages, StageOutcome } from './article.ts';
export {
  AwardDraft,
  AwardLevel,
  AwardRecord,
  AwardSource,
  ReviewStatus,
} from './award.ts';
export { awardKey, foldName, winnerIdentity } from './award-key.ts';
export { FailureCode, PipelineError } from './failure.ts';
