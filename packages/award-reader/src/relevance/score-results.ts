import type { ResultCues, SentenceCues } from './sentence-cues.ts';

/** Points each kind of results evidence adds to an article's score. */
export const CueWeight = {
  Rank: 2,
  Win: 2,
  Recipient: 1,
  Ceremony: 1.5,
  Congratulation: 1,
  /** Once per article, for a lead sentence scoring at least `LeadMinPoints`. */
  Lead: 1,
  /** Once per article, for a ceremony sentence that dates the ceremony. */
  Dated: 0.5,
} as const;

/** An article whose score reaches this reports results. */
export const ResultsThreshold = 2;
/** A lead sentence needs this much evidence of its own to earn the lead bonus. */
export const LeadMinPoints = 1.5;

const Rules: [keyof ResultCues, number][] = [
  ['rank', CueWeight.Rank],
  ['win', CueWeight.Win],
  ['recipient', CueWeight.Recipient],
  ['ceremony', CueWeight.Ceremony],
  ['congratulation', CueWeight.Congratulation],
];

/** The results evidence of one Paritrana sentence: rule names and the points they add. */
export function scoreSentence(cues: SentenceCues): { rules: string[]; points: number } {
  const rules: string[] = [];
  let points = 0;
  for (const [rule, weight] of Rules) {
    const at = cues[rule];
    if (at < 0) {
      continue;
    }
    const blocker = blockedBy(rule, at, cues);
    rules.push(blocker ? `${rule}-${blocker}` : rule);
    points += blocker ? 0 : weight;
  }
  return { rules, points };
}

function blockedBy(rule: keyof ResultCues, at: number, cues: SentenceCues): string | null {
  // "akan meraih", "berharap … juara": a wish or plan before the cue governs it. After it, the
  // plan is the cue's own predicate ("pemenang akan diumumkan") unless a win verb came first
  // ("Kota X yang meraih juara 1 akan mewakili provinsi").
  // (nor a plan in a later clause: "kami juara I …, dan kami mau pertahankan")
  if (
    cues.future >= 0 &&
    (cues.future < at ||
      !(
        (cues.win >= 0 && cues.win < cues.future) ||
        cues.clauses.some((b) => b > at && b < cues.future)
      ))
  ) {
    return 'future';
  }
  // "meraih nominasi", "kandidat pemenang": a candidate has not won; a stated rank still stands.
  if (cues.candidacy && !cues.beat && rule !== 'rank' && rule !== 'ceremony') {
    return 'candidate';
  }
  // "diserahkan setiap tahun": how the award works, not what happened.
  if (cues.habitual && rule !== 'rank') {
    return 'habitual';
  }
  if (rule !== 'ceremony') {
    return null;
  }
  if (cues.definition) {
    return 'definition';
  }
  // "rapat persiapan penganugerahan", "penganugerahan … memasuki tahap wawancara"; but a sentence
  // told from after the handover ("Pesaing kami besar semua," ujarnya usai penyerahan …) is past it
  if (cues.ceremonyDone && !cues.ceremonyNotYet) {
    return null;
  }
  return cues.ceremonyNotYet || cues.candidacy || cues.finalStage ? 'not-yet' : null;
}
