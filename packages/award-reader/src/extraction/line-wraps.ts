// "… pering-⏎kat pertama diraih …", "di-⏎menangkan oleh": a word a printed page split at a line's
// end, hyphen and all, pasted as text.
const WRAPPED = /(?<![\p{L}-])(\p{L}*\p{Ll})-[ \t]*\n[ \t]*(\p{Ll}+)(?![\p{L}-])/gu;

const HYPHEN_AT_END = /-[ \t]*\n/;

// halves that make a real hyphenated word, kept as written ("pekerja-⏎pekerja")
const isRepeat = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The text with each word split across a line break joined again. The same length: the two
 * characters taken out ("-" and the break) go as spaces before the word, so every offset after
 * it stays true.
 */
export function joinWrappedWords(text: string): string {
  // (most pages have no hyphen at a line's end: the scan is skipped)
  if (!HYPHEN_AT_END.test(text)) {
    return text;
  }
  return text.replace(WRAPPED, (all: string, a: string, b: string) => {
    if (isRepeat(a, b)) {
      return all;
    }
    const joined = `${a}${b}`;
    return `${' '.repeat(all.length - joined.length)}${joined}`;
  });
}
