export { Collection, connectMongo, ensureIndexes, isDuplicateKey, type Mongo } from './mongo.ts';
export {
  createArticleRepository,
  type ArticleRepository,
  type FetchedArticle,
  type NewArticle,
  type Outcome,
} from './article-repository.ts';
export { createAwardRepository, type AwardRepository } from './award-repository.ts';
