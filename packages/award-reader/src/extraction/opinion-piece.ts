import type { ArticleText } from '../types.ts';

// The rubric of an op-ed or column, in its address or on a line of its own near the top.
const RUBRIC_PATH = /\/(?:opini|kolom|opinion|editorial|tajuk(?:-rencana)?|esai|artikel-opini)\//i;
const RUBRIC_LINE = /^(?:opini|kolom|editorial|tajuk(?: rencana)?|esai|analisis|catatan redaksi)$/i;

/**
 * Whether an article is an op-ed or column: the wins it cites are background to an argument,
 * so they are all past results, whatever year they carry.
 */
export function isOpinionPiece(article: ArticleText): boolean {
  if (RUBRIC_PATH.test(article.url ?? '')) {
    return true;
  }
  const lines = article.text.split('\n').map((l) => l.trim());
  return lines
    .filter(Boolean)
    .slice(0, 4)
    .some((l) => RUBRIC_LINE.test(l));
}
