export { readArticle, readRelevance, classifyRelevance, type ReadOptions } from './read-article.ts';
export { detectLanguage } from './language/detect-language.ts';
export { classifyRelevance as classifyByRules } from './relevance/classify-relevance.ts';
export { readerVersion, defaultModel, type ReaderModel } from './learn/reader-model.ts';
export { type ExtractOptions } from './extraction/extract-awards.ts';
export { extractAwards } from './extraction/extract-awards.ts';
export { fromStoredArticle } from './from-stored-article.ts';
export { toPrediction, toScorerAward, type Prediction } from './to-prediction.ts';
export {
  ArticleText,
  AwardMention,
  AwardLevel,
  RelevanceKind,
  WinnerType,
  type ArticleReading,
  type LanguageDecision,
  type RelevanceDecision,
} from './types.ts';
export { findProvince, regionByCode, type Region, type Village } from './gazetteer/regions.ts';
export { readAreaCsv } from './gazetteer/read-csv.ts';
export { normalizeKey } from './gazetteer/normalize-key.ts';
