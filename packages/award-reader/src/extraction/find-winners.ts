import { findListed } from './find-listed.ts';
import { findSubjects } from './find-subjects.ts';
import type { WinnerCandidate } from './name-context.ts';
import { AWARD_CUE } from './word-lists.ts';

export type { WinnerCandidate } from './name-context.ts';

/** Every winner a sentence states: list items first, then subjects of win verbs not yet found. */
export function findWinners(sentence: string): WinnerCandidate[] {
  if (!AWARD_CUE.test(sentence)) {
    return [];
  }
  const found = findListed(sentence);
  for (const c of findSubjects(sentence)) {
    const same = found.find((f) => f.name.start < c.name.end && c.name.start < f.name.end);
    if (!same) {
      found.push(c);
    } else if (!same.rank && c.rank) {
      same.rank = c.rank;
    }
  }
  return found.sort((a, b) => a.name.start - b.name.start);
}
