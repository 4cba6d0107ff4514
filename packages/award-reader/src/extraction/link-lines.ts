import { LinkLinePrefixes } from '../relevance/layout-words.ts';

const LINK_LINE = new RegExp(`^\\s*(?:${LinkLinePrefixes.join('|')})\\b`, 'i');
// "Foto lainnya:", "Berita populer:", "Related", "Share this:": a header over links to other
// stories or to share buttons
const RELATED_HEADER =
  /^\s*(?:(?:foto|galeri|video|berita|artikel|tulisan)\s+(?:lainnya|lain|terkait|populer|terpopuler|pilihan|terbaru)|terpopuler|rekomendasi|related(?:\s+(?:posts?|news|articles?|stories))?|share(?:\s+this)?|bagikan(?:\s+artikel)?|tags?|topik)\s*:?\s*$/i;

/**
 * The lines of a page that link to other stories, as [start, end) offsets: "Baca juga: …" (its
 * headline's names are no winners of this story, nor its years this story's edition), and the
 * lines under "Foto lainnya:", "Berita terkait:", "Related" up to the next paragraph or a line
 * that ends a sentence (a headline's question mark does not).
 */
export function linkLineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let linking = false;
  let at = 0;
  let blankBefore = true;
  for (const line of text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.trim()) {
      blankBefore = true;
      continue;
    }
    linking &&= !blankBefore && !/[.!"”]\s*$/.test(line);
    blankBefore = false;
    if (LINK_LINE.test(line) || linking) {
      // ("Berita Terkait" alone on its line heads the links under it, as "Baca juga:" does)
      linking ||= /:\s*$/.test(line) || line.replace(LINK_LINE, '').trim() === '';
      spans.push([start, start + line.length]);
    } else if (RELATED_HEADER.test(line)) {
      linking = true;
      spans.push([start, start + line.length]);
    }
  }
  return spans;
}

/** Which of the sentences (by their start offsets in `text`) stand on a link line. */
export function linkLines(sentences: readonly { start: number }[], text: string): boolean[] {
  const spans = linkLineSpans(text);
  return sentences.map((s) => spans.some(([a, b]) => s.start >= a && s.start < b));
}

/** The text with the given sentences blanked out (every offset stays true). */
export function withoutLines(
  text: string,
  sentences: readonly { start: number; end: number }[],
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
