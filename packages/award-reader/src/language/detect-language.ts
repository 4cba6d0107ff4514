import type { ArticleText, LanguageDecision } from '../types.ts';

/** Decides whether an article is Indonesian (placeholder until the language gate lands). */
export function detectLanguage(article: ArticleText): LanguageDecision {
  return { language: 'ind', isIndonesian: article.text.length > 0, signals: ['placeholder'] };
}
