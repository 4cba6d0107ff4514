import { francAll } from 'franc';
import type { ArticleText, LanguageDecision } from '../types.ts';
import {
  CandidateLanguages,
  HtmlLangCodes,
  IndonesianAdminWords,
  IndonesianOnlyWords,
  MalaysianOnlyWords,
  NeighbourLanguages,
} from './language-evidence.ts';

/** How much of the article franc reads (characters); more adds time, not accuracy. */
export const SampleLength = 2000;
/** Below this many characters franc answers 'und' and the other evidence decides. */
export const MinLength = 40;
/** A neighbour language wins by less than this over Indonesian often enough to be a tie. */
const NearGap = 0.02;
/** Administrative words needed before an English-leaning sample counts as Indonesian. */
const MixedPageAdminWords = 3;

/** Decides whether an article is Indonesian from franc's guesses, `<html lang>` and vocabulary. */
export function detectLanguage(article: ArticleText): LanguageDecision {
  const sample = [article.title, article.text].filter(Boolean).join('\n').slice(0, SampleLength);
  const lower = sample.toLowerCase();
  const tokens = new Set(lower.split(/[^a-z]+/));
  const admin = countPresent(IndonesianAdminWords, tokens, lower);
  const malay = countPresent(MalaysianOnlyWords, tokens, lower);
  const hint = htmlLanguage(article.htmlLang);
  const indonesian =
    admin + countPresent(IndonesianOnlyWords, tokens, lower) + (hint === 'ind' ? 2 : 0);
  const malaysian = malay + (hint === 'zlm' ? 2 : 0);
  const guesses = francAll(sample, { only: [...CandidateLanguages], minLength: MinLength });
  const signals = [
    ...guesses.slice(0, 3).map(([code, score]) => `franc:${code}:${score.toFixed(4)}`),
    `admin-words:${admin}`,
    `indonesian-evidence:${indonesian}`,
    `malaysian-evidence:${malaysian}`,
  ];
  if (hint) {
    signals.push(`html-lang:${hint}`);
  }
  const top = guesses[0]?.[0] ?? 'und';
  const indScore = guesses.find(([code]) => code === 'ind')?.[1] ?? 0;
  const leansIndonesian = indonesian > malaysian && (admin > 0 || hint === 'ind');

  if (top === 'und') {
    const yes = indonesian > malaysian && (indonesian > 0 || hint === 'ind');
    return decide('und', yes, signals, yes ? 'short:indonesian-evidence' : 'short:no-evidence');
  }
  if (top === 'ind') {
    const malayText = malaysian > indonesian + 2;
    return malayText
      ? decide('zlm', false, signals, 'ind-but-malaysian-vocabulary')
      : decide('ind', true, signals, 'franc-ind');
  }
  if (NeighbourLanguages.includes(top) && indScore >= 1 - NearGap && leansIndonesian) {
    return decide('ind', true, signals, `${top}-near-ind+indonesian-evidence`);
  }
  // Indonesian body behind an English menu or caption block: English wins franc, barely.
  if (top === 'eng' && indScore >= 1 - NearGap && admin >= MixedPageAdminWords) {
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

function countPresent(words: readonly string[], tokens: Set<string>, lower: string): number {
  return words.filter((w) => (w.includes(' ') ? lower.includes(w) : tokens.has(w))).length;
}
