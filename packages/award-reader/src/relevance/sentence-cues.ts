import * as R from './result-words.ts';
import * as S from './stage-words.ts';
import { alternation, phraseRegex } from './phrase-regex.ts';

/** What one sentence says about an award, rule by rule. */
export interface SentenceCues {
  /** A rank that names a place: "juara 1", "terbaik pertama", "peringkat III". */
  rank: boolean;
  /** A win verb governing an award noun, a passive win, or a winner's role. */
  win: boolean;
  recipient: boolean;
  ceremony: boolean;
  /** The sentence speaks of preparing a ceremony, not of one held. */
  ceremonyNotYet: boolean;
  congratulation: boolean;
  candidacy: boolean;
  finalStage: boolean;
  assessment: boolean;
  background: boolean;
  /** A wish, plan, condition or possibility without a past-time marker. */
  future: boolean;
  /** A past-time marker ("tahun lalu", "sebelumnya"). */
  past: boolean;
  definition: boolean;
}

const word = (phrases: readonly string[]) => `(?:${alternation(phrases)})`;
const bounded = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'iu');

// Up to two words may stand between a verb and its object ("meraih piagam penghargaan"), but not
// another verb ("mendapat bagian menggelar Paritrana Award").
const gap = `(?:\\s+(?!(?:me|di|ber)\\p{L}|${word(R.WinGapBlockers)}(?!\\p{L}))\\S+){0,2}?\\s+`;
const activeWin = bounded(`${word(R.WinVerbs)}${gap}["“]?${word(R.AwardNouns)}`);
const passiveWin = bounded(`${word(R.AwardNouns)}(?:\\s+\\S+)*?\\s+${word(R.PassiveWinVerbs)}`);
const roleWin = bounded(`${word(R.WinRoles)}\\s+${word(R.WinRoleNouns)}`);
const notAPrize = phraseRegex(R.ReceivedNotAPrize);
const rank = bounded(`${word(R.RankHeads)}(?:\\s+ke-?\\s*|\\s+|\\s*[-:]\\s*)${word(R.RankValues)}`);
const statsRank = bounded('(?:peringkat|ranking|rangking|posisi)');
const statistics = phraseRegex(R.StatisticsWords);
const prizeWords = phraseRegex(['penghargaan', 'award', 'paritrana', 'juara', 'kategori']);
const modalWin = bounded(`${word(S.ModalWords)}\\s+${word(R.WinVerbs)}`);

const recipient = phraseRegex(R.RecipientPhrases);
const ceremony = phraseRegex(R.CeremonyPhrases);
const ceremonyNotYet = phraseRegex(R.CeremonyNotYetWords);
const congratulation = phraseRegex(R.CongratulationPhrases);
const candidacy = phraseRegex(S.CandidacyWords);
const finalStage = phraseRegex(S.FinalStageWords);
const assessment = phraseRegex(S.AssessmentWords);
const background = phraseRegex(S.BackgroundWords);
const future = phraseRegex(S.FutureWords);
const past = phraseRegex(S.PastWords);
const definition = phraseRegex(S.DefinitionWords);

/** Reads the cues of one lower-case sentence. */
export function readCues(lower: string): SentenceCues {
  return {
    rank: rank.test(lower) && !isStatisticsRank(lower),
    win:
      activeWin.test(lower) ||
      (passiveWin.test(lower) && !notAPrize.test(lower)) ||
      roleWin.test(lower),
    recipient: recipient.test(lower),
    ceremony: ceremony.test(lower),
    ceremonyNotYet: ceremonyNotYet.test(lower),
    congratulation: congratulation.test(lower),
    candidacy: candidacy.test(lower),
    finalStage: finalStage.test(lower),
    assessment: assessment.test(lower),
    background: background.test(lower),
    future: (future.test(lower) || modalWin.test(lower)) && !past.test(lower),
    past: past.test(lower),
    definition: definition.test(lower),
  };
}

// "peringkat pertama dalam cakupan kepesertaan" ranks coverage, not award winners.
function isStatisticsRank(lower: string): boolean {
  return statsRank.test(lower) && statistics.test(lower) && !prizeWords.test(lower);
}
