// "… naik 6,5 persen. Baca Juga: Pemkot X Sabet Juara I Paritrana Award 2024 Ketua serikat …":
// a link to another story pasted inside a paragraph (its prefix, then the linked headline)
const INLINE_LINK = /(?<=\S)[^\S\n](?:baca|simak|lihat)[^\S\n]+juga[^\S\n]*:[^\S\n]*/giu;
// a headline's words: capitalised, numbers, and the small words Title Case leaves in lower case
const TITLE_WORD =
  /^(?:["“'‘(]?[\p{Lu}\d][^\s]*|di|ke|dari|dan|yang|untuk|pada|atau|dengan|&|[-–—|:])$/u;
const SMALL_WORD = /^(?:di|ke|dari|dan|yang|untuk|pada|atau|dengan)$/;

/**
 * The text with each link to another story pasted inside a paragraph put on a line of its own
 * (the space before it and the one after its headline become line breaks; every offset stays
 * true), so that it is read as the link line it is. The headline ends before the first
 * capitalised word that goes on in lower case ("Ketua serikat pekerja …"); a headline not in
 * Title Case runs to the end of its sentence.
 */
export function breakInlineLinks(text: string): string {
  let out = text;
  for (const m of text.matchAll(INLINE_LINK)) {
    const from = m.index + m[0].length;
    const end = headlineEnd(text, from);
    out = `${out.slice(0, m.index)}\n${out.slice(m.index + 1)}`;
    if (end < text.length && /[^\S\n]/.test(text[end] ?? '')) {
      out = `${out.slice(0, end)}\n${out.slice(end + 1)}`;
    }
  }
  return out;
}

/** Where the linked headline starting at `from` ends (the space after it, or the line's end). */
function headlineEnd(text: string, from: number): number {
  const lineEnd = text.indexOf('\n', from) < 0 ? text.length : text.indexOf('\n', from);
  const words = [...text.slice(from, lineEnd).matchAll(/\S+/g)].map((w) => ({
    word: w[0],
    at: from + w.index,
  }));
  const titleCase = words.slice(0, 3).every((w) => TITLE_WORD.test(w.word));
  for (let i = 1; i < words.length; i += 1) {
    const { word, at } = words[i]!;
    const next = words.slice(i + 1, i + 3).map((w) => w.word);
    if (titleCase) {
      // a sentence of the story starts: a capital, then two words in lower case
      const opensSentence =
        /^["“]?\p{Lu}\p{Ll}/u.test(word) &&
        next.length === 2 &&
        next.every((w) => /^\p{Ll}/u.test(w) && !SMALL_WORD.test(w));
      if (opensSentence || !TITLE_WORD.test(word)) {
        return at - 1;
      }
    } else if (/[.!?]["”]?$/.test(words[i - 1]!.word)) {
      return at - 1;
    }
  }
  return lineEnd;
}
