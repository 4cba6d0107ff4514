import { RelevanceKind, type ArticleText, type RelevanceDecision } from '../types.ts';

/** Gives an article one relevance kind (placeholder until the classifier lands). */
export function classifyRelevance(article: ArticleText): RelevanceDecision {
  const hit = /paritrana/i.test(article.text);
  return { kind: hit ? RelevanceKind.Results : RelevanceKind.Unrelated, score: hit ? 1 : 0, signals: [] };
}
