import { RelevanceKind, type ArticleText, type RelevanceDecision } from '../types.ts';
import { AwardRef, attributeAwards, namedAward } from './attribute-award.ts';
import { readCues, type SentenceCues } from './sentence-cues.ts';
import { CueWeight, LeadMinPoints, ResultsThreshold, scoreSentence } from './score-results.ts';
import { splitSentences } from './split-sentences.ts';

/** At most this many sentences naming Paritrana, none in the lead, make it a passing mention. */
const PassingMentions = 2;
/** How much more a lead sentence counts than a body sentence when telling the story's stage. */
const LeadStageWeight = 3;

/**
 * Gives an article one relevance kind. The score is the weighted sum of results evidence in
 * sentences about Paritrana (see score-results.ts); `results` from `ResultsThreshold` up.
 */
export function classifyRelevance(article: ArticleText): RelevanceDecision {
  const sentences = splitSentences(article);
  const named = sentences.map((s) => namedAward(s.lower));
  const about = attributeAwards(sentences);
  const naming = named.flatMap((ref, i) => (ref === AwardRef.Paritrana ? [i] : []));
  if (naming.length === 0) {
    const other = named.includes(AwardRef.Other) ? ['other-award'] : [];
    return { kind: RelevanceKind.Unrelated, score: 0, signals: ['no-paritrana', ...other] };
  }

  const signals: string[] = [`paritrana-sentences:${naming.length}`];
  const scored: SentenceCues[] = [];
  const stage = { nomination: 0, assessment: 0, background: 0 };
  let score = 0;
  let leadBonus = 0;
  about.forEach((ref, i) => {
    const sentence = sentences[i];
    if (ref !== AwardRef.Paritrana || !sentence) {
      return;
    }
    const cues = readCues(sentence.lower);
    const { rules, points } = scoreSentence(cues);
    signals.push(...rules.map((rule) => `${rule}@${i}`));
    score += points;
    if (points > 0) {
      scored.push(cues);
      if (sentence.lead && points >= LeadMinPoints && leadBonus === 0) {
        leadBonus = CueWeight.Lead;
        signals.push(`lead@${i}`);
      }
    }
    // The headline and lead say what kind of story it is; they outweigh the body.
    const weight = sentence.lead ? LeadStageWeight : 1;
    stage.nomination += weight * Number(cues.candidacy || cues.finalStage);
    stage.assessment += weight * Number(cues.assessment);
    stage.background += weight * Number(cues.background);
  });
  score += leadBonus;

  const inLead = naming.some((i) => sentences[i]?.lead);
  const passing =
    !inLead &&
    naming.length <= PassingMentions &&
    (named.includes(AwardRef.Other) || scored.every((cues) => cues.past));
  if (score >= ResultsThreshold && !passing) {
    return { kind: RelevanceKind.Results, score, signals };
  }
  if (score >= ResultsThreshold) {
    signals.push('passing-mention');
  }
  return { kind: stageKind(stage), score, signals };
}

function stageKind(stage: { nomination: number; assessment: number; background: number }) {
  const { nomination, assessment, background } = stage;
  if (nomination > 0 && nomination >= assessment && nomination >= background) {
    return RelevanceKind.Nomination;
  }
  return assessment > 0 && assessment >= background
    ? RelevanceKind.Assessment
    : RelevanceKind.Mention;
}
