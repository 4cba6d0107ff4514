import { LinkLinePrefixes } from '../relevance/layout-words.ts';

const LINK_LINE = new RegExp(`^\\s*(?:${LinkLinePrefixes.join('|')})\\b`, 'i');
// "Foto lainnya:", "Berita populer:", "POPULER MINGGU INI", "Related", "Share this:": a header
// over links to other stories or to share buttons
const RELATED =
  '(?:(?:foto|galeri|video|berita|artikel|tulisan)\\s+(?:lainnya|lain|terkait|populer|terpopuler|pilihan|terbaru)|(?:(?:paling\\s+)?populer|terpopuler)(?:\\s+(?:hari|minggu|pekan|bulan)\\s+ini)?|terkait|terbaru|pilihan\\s+editor|paling\\s+banyak\\s+dibaca|trending|rekomendasi|related(?:\\s+(?:posts?|news|articles?|stories))?|share(?:\\s+this)?|bagikan(?:\\s+artikel)?|tags?|topik)';
const RELATED_HEADER = new RegExp(`^\\s*${RELATED}\\s*:?\\s*$`, 'i');
// "Berita Terpopuler: 1. Kurs Rupiah Melemah 2. …": the header with its links on its own line
const RELATED_INLINE = new RegExp(`^\\s*${RELATED}\\s*:\\s*\\S`, 'i');

// "Penulis: A | Editor: B", "Diposting oleh: Admin | Kategori: Pemerintahan | Dibaca 412 kali":
// a byline, whose labels and counts are no winners ("REPORTER: Ya, terima kasih. …" in a
// transcript is no byline; nor is a byline the body was glued to; one that dates the page is
// kept for its date)
const BylineMaxLength = 100;
const YEAR = /\b(?:19|20)\d\d\b/;
const BYLINE =
  /^\s*(?:(?:penulis|pewarta|reporter|editor|redaktur|fotografer|kontributor)\s*:|(?:diposting|ditulis)\s+oleh\b|posted\s+by\b|dibaca\s+\d)/i;

// "Komentar teratas:", "12 Komentar", "Lihat semua 48 komentar", "Tulis komentar…": the head of
// the readers' comments, whose short lines ("Yusri Tebas: Alhamdulillah, mantap Pak Bupati") are
// no story; a line of prose after them is the page going on (a text that opens with the header is
// the comments themselves: "Komentar pembaca:⏎daeng_ilham: gowa juara pertama paritrana sulsel")
const COMMENTS_HEADER =
  /^\s*(?:komentar(?:\s+(?:teratas|terbaru|pembaca|anda|facebook))?|\d[\d.,]*\s*(?:rb\s+)?komentar|lihat\s+(?:semua\s+)?(?:\d[\d.,]*\s+)?komentar(?:\s+lainnya)?|tulis\s+komentar(?:\s+anda)?|tinggalkan\s+komentar)\s*(?:\(\d+\))?\s*[:.…]*\s*\d*\s*$/i;
const CommentMaxLength = 160;

/**
 * Which lines of a page (split at "\n") link to other stories: "Baca juga: …" (its headline's
 * names are no winners of this story, nor its years this story's edition), and the lines under
 * "Foto lainnya:", "Berita terkait:", "Related" up to the next paragraph or a line that ends a
 * sentence (a headline's question mark does not); bylines; and readers' comments.
 */
export function linkLineFlags(text: string): boolean[] {
  let linking = false;
  let blankBefore = true;
  let commenting = false;
  let opening = true;
  return text.split('\n').map((line) => {
    if (!line.trim()) {
      blankBefore = true;
      return false;
    }
    const first = opening;
    opening = false;
    commenting &&= line.length <= CommentMaxLength;
    if (commenting || (!first && COMMENTS_HEADER.test(line))) {
      commenting = true;
      blankBefore = false;
      return true;
    }
    linking &&= !blankBefore && !/[.!"”]\s*$/.test(line);
    blankBefore = false;
    if (LINK_LINE.test(line) || linking) {
      // ("Berita Terkait" alone on its line heads the links under it, as "Baca juga:" does)
      linking ||= /:\s*$/.test(line) || line.replace(LINK_LINE, '').trim() === '';
      return true;
    }
    if (
      (BYLINE.test(line) && line.length <= BylineMaxLength && !YEAR.test(line)) ||
      RELATED_INLINE.test(line)
    ) {
      return true;
    }
    if (RELATED_HEADER.test(line)) {
      linking = true;
      return true;
    }
    return false;
  });
}

/** Which of the sentences (by their start offsets in `text`) stand on a link line. */
export function linkLines(sentences: readonly { start: number }[], text: string): boolean[] {
  const flags = linkLineFlags(text);
  // sentences come in order: walk the line breaks once
  let line = 0;
  let next = text.indexOf('\n');
  return sentences.map((s) => {
    while (next >= 0 && next < s.start) {
      line += 1;
      next = text.indexOf('\n', next + 1);
    }
    return flags[line] === true;
  });
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
