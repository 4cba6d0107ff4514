import { LinkLinePrefixes } from '../relevance/layout-words.ts';
import type { Sentence } from './split-sentences.ts';

const LINK_LINE = new RegExp(`^\\s*(?:${LinkLinePrefixes.join('|')})\\b`, 'i');
// "Foto lainnya:", "Berita populer:", "Related", "Share this:": a header over links to other
// stories or to share buttons
const RELATED_HEADER =
  /^\s*(?:(?:foto|galeri|video|berita|artikel|tulisan)\s+(?:lainnya|lain|terkait|populer|terpopuler|pilihan|terbaru)|terpopuler|rekomendasi|related(?:\s+(?:posts?|news|articles?|stories))?|share(?:\s+this)?|bagikan(?:\s+artikel)?|tags?|topik)\s*:?\s*$/i;

/**
 * Which sentences of a page link to other stories: "Baca juga: …" (its headline's names are no
 * winners of this story, nor its years this story's edition), and the lines under "Foto
 * lainnya:", "Berita terkait:", "Related" up to the next paragraph or a line that ends a sentence
 * (a headline's question mark does not).
 */
export function linkLines(sentences: readonly Sentence[], text: string): boolean[] {
  let linking = false;
  return sentences.map((s, i) => {
    const gap = text.slice(sentences[i - 1]?.end ?? 0, s.start);
    const opensParagraph = i === 0 || /\n\s*\n/.test(gap);
    linking &&= !opensParagraph && !/[.!"”]\s*$/.test(s.text);
    if (LINK_LINE.test(s.text) || linking) {
      // ("Berita Terkait" alone on its line heads the links under it, as "Baca juga:" does)
      linking ||= /:\s*$/.test(s.text) || s.text.replace(LINK_LINE, '').trim() === '';
      return true;
    }
    if (RELATED_HEADER.test(s.text)) {
      linking = true;
      return true;
    }
    return false;
  });
}

/** The text with the given sentences blanked out (every offset stays true). */
export function withoutLines(
  text: string,
  sentences: readonly Sentence[],
  drop: boolean[],
): string {
  let out = text;
  sentences.forEach((s, i) => {
    if (drop[i]) {
      out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
    }
  });
  return out;
}
