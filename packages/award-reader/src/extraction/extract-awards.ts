import type { ArticleText, AwardMention } from '../types.ts';

/** Finds every award result an article states (placeholder until the extractor lands). */
export function extractAwards(_article: ArticleText): AwardMention[] {
  return [];
}
