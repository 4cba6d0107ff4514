import { breakInlineLinks } from './inline-links.ts';
import { spaceJoinedAwardName } from './joined-award-name.ts';
import { joinWrappedWords } from './line-wraps.ts';
import { capitaliseLowerCasePost } from './lowercase-text.ts';

/**
 * A page's text mended for reading, every offset kept true: the award's joined name spaced
 * ("Paritrana-Award"), words a line break split joined ("pering-⏎kat"), links to other
 * stories pasted inside a paragraph put on lines of their own, and a lower-case post's villages
 * and sentence starts capitalised. Reading twice is harmless: mended text mends to itself.
 */
export const mendText = (text: string): string =>
  capitaliseLowerCasePost(breakInlineLinks(joinWrappedWords(spaceJoinedAwardName(text))));
