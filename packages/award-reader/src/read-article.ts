import { detectLanguage } from './language/detect-language.ts';
import { classifyRelevance } from './relevance/classify-relevance.ts';
import { extractAwards } from './extraction/extract-awards.ts';
import { RelevanceKind, type ArticleReading, type ArticleText } from './types.ts';

/** Language gate → relevance kind → awards; the one path the CLI and the workers share. */
export function readArticle(article: ArticleText): ArticleReading {
  const language = detectLanguage(article);
  if (!language.isIndonesian) {
    return {
      language,
      relevance: { kind: RelevanceKind.Unrelated, score: 0, signals: ['not-indonesian'] },
      awards: [],
    };
  }
  const relevance = classifyRelevance(article);
  const awards = relevance.kind === RelevanceKind.Results ? extractAwards(article) : [];
  return { language, relevance, awards };
}
