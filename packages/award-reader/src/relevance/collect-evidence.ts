import { expandChatWords } from '../extraction/chat-words.ts';
import { AwardRef } from './attribute-award.ts';
import { readCues, type SentenceCues } from './sentence-cues.ts';
import { CueWeight, LeadMinPoints, scoreSentence } from './score-results.ts';
import type { Sentence } from './split-sentences.ts';

/** A weekday or a written date: "Selasa (18/11/2025)", "(18/11)". */
const DATED =
  /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b|\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)/;

/** How much more a lead sentence counts than a body sentence when telling the story's stage. */
const LeadStageWeight = 3;

/** The evidence an article's Paritrana sentences give, summed. */
export interface Evidence {
  /** Weighted results evidence, lead bonus included. */
  score: number;
  signals: string[];
  /** Cues of the sentences that added results points. */
  scored: SentenceCues[];
  /** Every rule that fired, blocked ones with their blocker ("ceremony-future"). */
  fired: Set<string>;
  /** Weighted counts of candidacy, judging and background sentences. */
  stage: { nomination: number; assessment: number; background: number };
}

/** Reads every sentence attributed to Paritrana and sums what it says. */
export function collectEvidence(sentences: readonly Sentence[], about: AwardRef[]): Evidence {
  const evidence: Evidence = {
    score: 0,
    signals: [],
    scored: [],
    fired: new Set(),
    stage: { nomination: 0, assessment: 0, background: 0 },
  };
  let leadBonus = 0;
  let datedBonus = 0;
  sentences.forEach((sentence, i) => {
    if (about[i] !== AwardRef.Paritrana) {
      return;
    }
    // (a chat's short words written out: "jd yg terbaik", "dpt juara 2")
    const cues = readCues(expandChatWords(sentence.text).toLowerCase());
    const { rules, points } = scoreSentence(cues);
    evidence.signals.push(...rules.map((rule) => `${rule}@${i}`));
    rules.forEach((rule) => evidence.fired.add(rule));
    evidence.score += points;
    if (points > 0) {
      evidence.scored.push(cues);
      if (sentence.lead && points >= LeadMinPoints && leadBonus === 0) {
        leadBonus = CueWeight.Lead;
        evidence.signals.push(`lead@${i}`);
      }
      // "… saat menyerahkan Paritrana Award 2025 di Palu, Selasa (18/11/2025)": a ceremony
      // the text dates took place
      if (rules.includes('ceremony') && DATED.test(sentence.lower) && datedBonus === 0) {
        datedBonus = CueWeight.Dated;
        evidence.signals.push(`dated@${i}`);
      }
    }
    // The headline and lead say what kind of story it is; they outweigh the body.
    const weight = sentence.lead ? LeadStageWeight : 1;
    // Judges at an interview or a presentation are the final stage, not a verification visit.
    const finalStage = cues.candidacy || cues.finalStage;
    evidence.stage.nomination += weight * Number(finalStage);
    evidence.stage.assessment += weight * Number(cues.assessment && !finalStage);
    evidence.stage.background += weight * Number(cues.background);
  });
  evidence.score += leadBonus + datedBonus;
  return evidence;
}
