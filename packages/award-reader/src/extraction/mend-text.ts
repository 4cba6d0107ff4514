import { spaceJoinedAwardName } from './joined-award-name.ts';
import { joinWrappedWords } from './line-wraps.ts';

/**
 * A page's text mended for reading, every offset kept true: the award's joined name spaced
 * ("Paritrana-Award") and words a line break split joined ("pering-⏎kat"). Reading twice is
 * harmless: mended text mends to itself.
 */
export const mendText = (text: string): string => joinWrappedWords(spaceJoinedAwardName(text));
