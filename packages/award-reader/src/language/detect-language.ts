import { francAll } from 'franc';
import type { ArticleText, LanguageDecision } from '../types.ts';
import {
  AwardReportWords,
  CandidateLanguages,
  FunctionWords,
  HtmlLangCodes,
  IndonesianAdminWords,
  IndonesianOnlyWords,
  MalaysianOnlyWords,
  NeighbourFunctionWords,
  NeighbourLanguages,
} from './language-evidence.ts';

/** How much of the article franc reads (characters); more adds time, not accuracy. */
export const SampleLength = 2000;
/** Below this many characters franc answers 'und' and the other evidence decides. */
export const MinLength = 40;
/** Indonesian prose has 8–25 % function words; Javanese, Sundanese and English under 5 %. */
const MinFunctionShare = 0.06;
/** Administrative words needed before an English-leaning sample counts as Indonesian. */
const MixedPageAdminWords = 3;
/** Indonesian words a stray neighbour-language word costs on a short report. */
const NeighbourWordWeight = 4;
// administrative words an Indonesian award sentence holds ("tingkat", "provinsi", "kategori" …)
const AwardLineAdminWords = 2;
/** A function-word share and Indonesian evidence at which franc is not asked. */
const ClearFunctionShare = 0.1;
const ClearEvidence = 3;
/** Below this many characters franc's scores spread out, and a wider gap is still a tie. */
const ShortSample = 600;

/** A quoted passage: someone's own words, in whatever language they spoke. */
const QUOTED = /["“”][^"“”]{1,600}["“”]/g;

/** Decides whether an article is Indonesian from franc's guesses, `<html lang>` and vocabulary. */
export function detectLanguage(article: ArticleText): LanguageDecision {
  const sample = [article.title, article.text].filter(Boolean).join('\n').slice(0, SampleLength);
  const lower = sample.toLowerCase();
  const words = lower.split(/[^a-z]+/).filter(Boolean);
  const tokens = new Set(words);
  const admin = countPresent(IndonesianAdminWords, tokens, lower);
  const hint = htmlLanguage(article.htmlLang);
  const indonesian =
    admin + countPresent(IndonesianOnlyWords, tokens, lower) + (hint === 'ind' ? 2 : 0);
  const malaysian = countPresent(MalaysianOnlyWords, tokens, lower) + (hint === 'zlm' ? 2 : 0);
  const functionWords = new Set(FunctionWords);
  const share = words.filter((w) => functionWords.has(w)).length / Math.max(words.length, 1);
  // (a regional-language quote inside Indonesian narration, "Iki hadiah kanggo sing kerja …,"
  // katanya, is the speaker's, not the article's language)
  const unquoted = lower.replace(QUOTED, ' ');
  const neighbourWords = countPresent(
    NeighbourFunctionWords,
    new Set(unquoted.split(/[^a-z]+/).filter(Boolean)),
    unquoted,
  );
  const counts = [
    `admin-words:${admin}`,
    `indonesian-evidence:${indonesian}`,
    `malaysian-evidence:${malaysian}`,
    `function-share:${share.toFixed(3)}`,
  ];
  // Plain Indonesian prose: many Indonesian function words, Indonesian-only or administrative
  // words, not one Malaysian word nor one word of a neighbour language. franc (most of the
  // reading time) would only confirm it.
  if (
    share >= ClearFunctionShare &&
    indonesian >= ClearEvidence &&
    malaysian === 0 &&
    neighbourWords === 0 &&
    (hint === null || hint === 'ind')
  ) {
    return decide('ind', true, counts, 'clear-indonesian');
  }
  const guesses = francAll(sample, { only: [...CandidateLanguages], minLength: MinLength });
  const signals = [
    ...guesses.slice(0, 3).map(([code, score]) => `franc:${code}:${score.toFixed(4)}`),
    ...counts,
  ];
  if (hint) {
    signals.push(`html-lang:${hint}`);
  }
  const top = guesses[0]?.[0] ?? 'und';
  const indScore = guesses.find(([code]) => code === 'ind')?.[1] ?? 0;
  const nearInd = indScore >= 1 - (sample.length < ShortSample ? 0.06 : 0.02);

  if (top === 'und') {
    const yes = indonesian + (share > 0 ? 1 : 0) > malaysian;
    return decide('und', yes, signals, yes ? 'short:indonesian-evidence' : 'short:no-evidence');
  }
  if (top === 'ind') {
    return malaysian > indonesian + 2
      ? decide('zlm', false, signals, 'ind-but-malaysian-vocabulary')
      : decide('ind', true, signals, 'franc-ind');
  }
  // franc barely tells Indonesian from Malay; the spelling and the institutions do.
  if (top === 'zlm') {
    const yes = indonesian > malaysian || (indonesian === malaysian && nearInd);
    return yes
      ? decide('ind', true, signals, 'zlm-near-ind+indonesian-evidence')
      : decide('zlm', false, signals, 'not-indonesian:zlm');
  }
  // Short Indonesian texts come out as Javanese or Sundanese; their function words give them away.
  if (NeighbourLanguages.includes(top) && share >= MinFunctionShare && indonesian >= malaysian) {
    return decide('ind', true, signals, `${top}-but-indonesian-function-words`);
  }
  // A short telegraphic report ("Pemkab X raih juara II … Trofi diserahkan Gubernur …") has
  // no function words of either side; its administrative words tell Indonesian.
  // Its verbs carry Indonesian "me(N)-" ("meraih", "mengatakan"), not Sundanese "meu-"/"nga-",
  // or the Indonesian passive "di-…(kan|i)" ("ditetapkan", "diraih", "disusul") with no
  // neighbour-language word beside them.
  const verbs = words.filter((w) => indonesianVerb(w)).length;
  // a list of winners is mostly names: its award words tell the language
  const report = countPresent(AwardReportWords, tokens, lower);
  // On short or telegraphic texts franc's trigrams are noise; a text with no word of the
  // neighbour language at all (real Javanese or Sundanese prose is full of them), and Indonesian
  // administrative, award or everyday words beside an Indonesian verb (or enough of those words
  // for a verbless list), is Indonesian.
  // (a brief that closes on a regional saying, "Alah bisa karano biaso", keeps its language: a
  // neighbour word or two among many Indonesian ones)
  // (a Malay-looking word among many Indonesian ones, "… Berjaya" in a headline, is a word, not
  // a Malaysian text)
  const evidence = indonesian + report;
  if (
    NeighbourLanguages.includes(top) &&
    (malaysian === 0 || evidence >= NeighbourWordWeight * malaysian + 4) &&
    (neighbourWords === 0 || evidence >= NeighbourWordWeight * neighbourWords + 4) &&
    (evidence >= 4 ||
      (verbs >= 1 && evidence >= 2) ||
      // a ticker or caption of names and numbers, franc's Indonesian score close behind
      (nearInd && evidence >= 2))
  ) {
    return decide('ind', true, signals, `${top}-but-indonesian-report`);
  }
  // A post in a regional tongue whose award news is an Indonesian sentence ("Pemkab Purwakarta
  // meraih Juara 2 Paritrana Award 2024 tingkat Provinsi Jawa Barat …" among Sundanese thanks):
  // the award, its Indonesian verb and two administrative words in one sentence
  if (
    NeighbourLanguages.includes(top) &&
    malaysian === 0 &&
    lower.split(/[.!?\n]+/).some((line) => indonesianAwardLine(line))
  ) {
    return decide('ind', true, signals, `${top}-but-indonesian-award-sentence`);
  }
  // Indonesian body behind an English menu or caption block: English wins franc, barely.
  if (top === 'eng' && nearInd && admin >= MixedPageAdminWords && share >= MinFunctionShare) {
    return decide('ind', true, signals, 'eng-near-ind+admin-words');
  }
  return decide(top, false, signals, `not-indonesian:${top}`);
}

function decide(
  language: string,
  isIndonesian: boolean,
  signals: string[],
  why: string,
): LanguageDecision {
  return { language, isIndonesian, signals: [why, ...signals] };
}

/** Primary subtag of `<html lang>` as ISO 639-3, or null when absent or unknown. */
export function htmlLanguage(htmlLang: string | null | undefined): string | null {
  const primary = htmlLang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? (HtmlLangCodes[primary] ?? null) : null;
}

const ACTIVE_VERB = /^me(?!u)(?:ng|ny|m|n)?[a-z]{3,}$/;
const PASSIVE_VERB = /^di[a-z]{3,}$/;
// (ending in "-kan" or "-i": Sundanese "dipasrahkeun" is no Indonesian passive)
const SUFFIXED_PASSIVE_VERB = /^di[a-z]{3,}(?:kan|i)$/;

/** An Indonesian verb form: active "me(N)-" (not Sundanese "meu-") or passive "di-" (+ "-kan"/"-i"). */
export function indonesianVerb(word: string): boolean {
  return ACTIVE_VERB.test(word) || PASSIVE_VERB.test(word);
}

// (or a chat's verbless award line, its place in digits: "kab banyumas juara 3 paritrana award
// 2025 tk jateng lur")
const PLACE_WON = /\bjuara\s+(?:ke-?)?[1-3]\b/;

/**
 * A line that tells the award in Indonesian: "paritrana", an Indonesian verb (or a place won),
 * administrative words.
 */
function indonesianAwardLine(line: string): boolean {
  if (!line.includes('paritrana')) {
    return false;
  }
  const words = line.split(/[^a-z]+/).filter(Boolean);
  const tokens = new Set(words);
  return (
    (words.some((w) => ACTIVE_VERB.test(w) || SUFFIXED_PASSIVE_VERB.test(w)) ||
      PLACE_WON.test(line)) &&
    countPresent(IndonesianAdminWords, tokens, line) >= AwardLineAdminWords
  );
}

function countPresent(words: readonly string[], tokens: Set<string>, lower: string): number {
  return words.filter((w) => (w.includes(' ') ? lower.includes(w) : tokens.has(w))).length;
}
