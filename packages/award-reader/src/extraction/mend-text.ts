import { breakInlineLinks } from './inline-links.ts';
import { spaceJoinedAwardName } from './joined-award-name.ts';
import { joinWrappedWords } from './line-wraps.ts';
import { capitaliseLowerCasePost } from './lowercase-text.ts';

/**
 * A page's text mended for reading, every offset kept true: years a scan misread written in
 * digits ("2O24"), the award's joined name spaced
 * ("Paritrana-Award"), a chat's quote mark before a list's number taken off ("> 1. Kab. Siak"),
 * words a line break split joined ("pering-⏎kat"), links to other
 * stories pasted inside a paragraph put on lines of their own, and a lower-case post's villages
 * and sentence starts capitalised. Reading twice is harmless: mended text mends to itself.
 */
export const mendText = (text: string): string =>
  capitaliseLowerCasePost(
    breakInlineLinks(
      joinWrappedWords(spaceJoinedAwardName(unquotedListNumbers(scannedYears(text)))),
    ),
  );

// "Paritrana Award 2O24", "2O2l": a year a scan read with letters for digits
const SCANNED_YEAR = /\b2[0O][12lI][\dOlI]\b/g;
const DIGIT_OF: Readonly<Record<string, string>> = { O: '0', l: '1', I: '1' };

/** Years a scan misread written with digits again ("2O24" → "2024"); the same length. */
function scannedYears(text: string): string {
  return text.replace(SCANNED_YEAR, (year: string) =>
    year.replace(/[OlI]/g, (c) => DIGIT_OF[c] ?? c),
  );
}

// "> 1. Kab. Tanah Datar": a numbered list quoted in a chat, its quote mark before the number
const QUOTED_NUMBER = /^([ \t]*)>([ \t]*)(?=\d{1,2}[.)][ \t])/gm;

/** A quoted list's lines without the quote mark before their numbers; the same length. */
const unquotedListNumbers = (text: string): string =>
  text.replace(QUOTED_NUMBER, (_m, lead: string, gap: string) => `${lead} ${gap}`);
