// "… pering-⏎kat pertama diraih …", "di-⏎menangkan oleh": a word a printed page split at a line's
// end, hyphen and all, pasted as text.
const WRAPPED = /(?<![\p{L}-])(\p{L}*\p{Ll})-[ \t]*\n[ \t]*(\p{Ll}+)(?![\p{L}-])/gu;

const HYPHEN_AT_END = /-[ \t]*\n/;

// halves that make a real hyphenated word, joined with their hyphen ("pekerja-⏎pekerja", "Kabupaten
// Toli-⏎toli")
const isRepeat = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The text with each word split across a line break joined again. The same length: the two
 * characters taken out ("-" and the break) go as spaces around the word, so every offset after
 * it stays true.
 */
export function joinWrappedWords(text: string): string {
  // (most pages have no hyphen at a line's end: the scan is skipped)
  if (!HYPHEN_AT_END.test(text)) {
    return text;
  }
  return text.replace(WRAPPED, (all: string, a: string, b: string) => {
    // (the spaces split before and after the word: three in a row would part a table's cells)
    const joined = isRepeat(a, b) ? `${a}-${b}` : `${a}${b}`;
    const pad = all.length - joined.length;
    return `${' '.repeat(Math.floor(pad / 2))}${joined}${' '.repeat(Math.ceil(pad / 2))}`;
  });
}
