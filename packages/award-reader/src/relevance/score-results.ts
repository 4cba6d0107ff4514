import type { SentenceCues } from './sentence-cues.ts';

/** Points each kind of results evidence adds to an article's score. */
export const CueWeight = {
  Rank: 2,
  Win: 2,
  Recipient: 1,
  Ceremony: 1.5,
  Congratulation: 1,
  /** Once per article, when results evidence sits in the headline or lead. */
  Lead: 1,
} as const;

/** An article whose score reaches this reports results. */
export const ResultsThreshold = 2;

/** The results evidence of one Paritrana sentence: rule names and the points they add. */
export function scoreSentence(cues: SentenceCues): { rules: string[]; points: number } {
  if (cues.future) {
    return { rules: ['future'], points: 0 };
  }
  // A candidate "meraih nominasi" or "kandidat pemenang" has not won anything yet.
  const candidate = cues.candidacy;
  const fired: [string, number][] = [
    ['rank', cues.rank && !candidate ? CueWeight.Rank : 0],
    ['win', cues.win && !candidate ? CueWeight.Win : 0],
    ['recipient', cues.recipient && !candidate ? CueWeight.Recipient : 0],
    [
      'ceremony',
      cues.ceremony && !cues.definition && !cues.ceremonyNotYet ? CueWeight.Ceremony : 0,
    ],
    ['congratulation', cues.congratulation && !candidate ? CueWeight.Congratulation : 0],
  ];
  const hits = fired.filter(([, points]) => points > 0);
  return {
    rules: hits.map(([rule]) => rule),
    points: hits.reduce((sum, [, points]) => sum + points, 0),
  };
}
