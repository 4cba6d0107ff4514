export { Collection, connectMongo, ensureIndexes, isDuplicateKey, type Mongo } from './mongo.ts';
export {
  createArticleRepository,
  type ArticleRepository,
  type FetchedArticle,
  type NewArticle,
  type Outcome,
} from './article-repository.ts';
export { createAwardRepository, type AwardRepository } from './award-repository.ts';
export {
  SourceState,
  SourceStatus,
  createSourceStateRepository,
  type SourceStateRepository,
} from './source-state-repository.ts';
export {
  createFingerprintRepository,
  type FingerprintDoc,
  type FingerprintRepository,
} from './fingerprint-repository.ts';
