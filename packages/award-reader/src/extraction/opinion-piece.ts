import type { ArticleText } from '../types.ts';

// The rubric of an op-ed or column, in its address or on a line of its own near the top.
const RUBRIC_PATH = /\/(?:opini|kolom|opinion|editorial|tajuk(?:-rencana)?|esai|artikel-opini)\//i;
const RUBRIC_LINE = /^(?:opini|kolom|editorial|tajuk(?: rencana)?|esai|analisis|catatan redaksi)$/i;

// "Oleh: Rina, peneliti kebijakan sosial": a columnist signs with a calling, a reporter without
const COLUMNIST =
  /^(?:oleh|penulis)\s*:?\s*[^,\n]{3,60},\s*(?:seorang\s+)?(?:peneliti|dosen|pengamat|akademisi|mahasiswa|guru|praktisi|pemerhati|analis|pegiat|aktivis|alumnus|pengajar|penulis|kolumnis)\b/i;

/**
 * Whether an article is an op-ed or column: the wins it cites are background to an argument,
 * so they are all past results, whatever year they carry.
 */
export function isOpinionPiece(article: ArticleText): boolean {
  if (RUBRIC_PATH.test(article.url ?? '')) {
    return true;
  }
  const lines = article.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 6);
  return lines.some((l, i) => (i < 4 && RUBRIC_LINE.test(l)) || COLUMNIST.test(l));
}
