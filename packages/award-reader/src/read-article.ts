import { detectLanguage } from './language/detect-language.ts';
import {
  classifyRelevance as classifyByRules,
  DeniedSignal,
  SelectionStageSignal,
} from './relevance/classify-relevance.ts';
import { extractAwards } from './extraction/extract-awards.ts';
import { mendText } from './extraction/mend-text.ts';
import { listNumber } from './extraction/rank-fallback.ts';
import { articleFeatures } from './learn/article-features.ts';
import {
  bestCaseScore,
  defaultModel,
  relevanceScore,
  type ReaderModel,
} from './learn/reader-model.ts';
import {
  RelevanceKind,
  type ArticleReading,
  type ArticleText,
  type AwardMention,
  type RelevanceDecision,
} from './types.ts';

/** Ranked winners of this edition that make a page a results report on their own. */
const LISTED_WINNERS = 3;
// a place as a list gives it: "(I)", "(2)", "juara II", "terbaik pertama"
const PLACE_MARK =
  /\((?:I{1,3}|[1-3])\)|\b(?:juara|terbaik|peringkat)\s+(?:I{1,3}|[1-3]|pertama|kedua|ketiga)\b/gi;
// the rules' signals of a ceremony still to come or a selection stage: no result yet
const NOT_HELD = new Set(['upcoming-ceremony', SelectionStageSignal, DeniedSignal]);

/** Which model to read with: the repo's by default, `null` for the rules alone. */
export interface ReadOptions {
  model?: ReaderModel | null;
}

// an article that names no award at all is not read for winners
const AWARD_TALK = /paritrana|jaminan sosial|penghargaan|anugerah|award/i;

/** The article mended for reading (see mend-text.ts), offsets kept true. */
function mended(article: ArticleText): ArticleText {
  return {
    ...article,
    text: mendText(article.text),
    title: article.title ? mendText(article.title) : article.title,
  };
}

/** Whether an article names any award at all (else it is not read for winners). */
export const namesAnAward = (article: ArticleText): boolean => AWARD_TALK.test(article.text);

/**
 * Relevance of an Indonesian article, and the awards it states when it is a results report. With
 * a model, relevance is a classifier over the rules' evidence, cue features and the winners found
 * (which vote); without one, the rules' kind decides alone.
 */
export function readRelevance(
  given: ArticleText,
  opts: ReadOptions = {},
): { relevance: RelevanceDecision; awards: AwardMention[] } {
  const article = mended(given);
  const rule = classifyByRules(article);
  const model = opts.model === undefined ? defaultModel() : opts.model;
  if (!model) {
    const awards =
      rule.kind === RelevanceKind.Results ? extractAwards(article, { model, mended: true }) : [];
    return { relevance: rule, awards };
  }
  // (a page where the reader finds three ranked winners of this edition, and whose award
  // sentences say something of a result, reports results whatever the model thinks of its few
  // words: a winners table pasted under one line of lead)
  const held =
    rule.score > 0 &&
    !rule.signals.some((x) => NOT_HELD.has(x)) &&
    rule.kind !== RelevanceKind.Nomination;
  // the winners found vote; when even the best possible vote could not make the article a
  // results report (and no list of winners could), the extraction is skipped (an exact bound)
  const unread = articleFeatures(article, rule, []);
  const worthReading =
    namesAnAward(article) && (held || bestCaseScore(model, unread) >= model.thresholds.relevance);
  // (a page that names the award with no result sentence, but whose lines give three places:
  // "Daftar Singkat: Paritrana Award 2025 Nasional ⏎ Provinsi terbaik: Jawa Tengah (I), Jawa Timur
  // (II), Bali (III).", an infographic's text; its winners are read, and only ranked ones count)
  const listedPage =
    !worthReading &&
    rule.score === 0 &&
    rule.signals.some((x) => /^paritrana-sentences:[1-9]/.test(x)) &&
    !rule.signals.some((x) => NOT_HELD.has(x)) &&
    rule.kind !== RelevanceKind.Nomination &&
    (article.text.match(PLACE_MARK) ?? []).length >= LISTED_WINNERS;
  const found = worthReading || listedPage ? extractAwards(article, { model, mended: true }) : [];
  const p = relevanceScore(model, worthReading ? articleFeatures(article, rule, found) : unread);
  // (or three places named on a numbered list's lines: "Daftar pemenang …:⏎1 kota medan⏎2 kab
  // deli serdang⏎…", ranked or not; not a giveaway's steps: "1. Like & share ⏎2. Tag 3 temen")
  const listed =
    found.filter(
      (a) =>
        !a.historical &&
        (a.rank != null || (a.regionCode != null && onNumberedLine(article.text, a))),
    ).length >= LISTED_WINNERS;
  // (a page that denies the win is no results report, whatever the winners it names; nor is a
  // page whose lead gives a selection stage's ranks, however sure the model is)
  const results =
    (p >= model.thresholds.relevance ||
      (listed && held) ||
      (listedPage &&
        found.filter((a) => !a.historical && a.rank != null).length >= LISTED_WINNERS)) &&
    !rule.signals.includes(DeniedSignal) &&
    !rule.signals.includes(SelectionStageSignal);
  const kind = results
    ? RelevanceKind.Results
    : rule.kind === RelevanceKind.Results
      ? RelevanceKind.Mention
      : rule.kind;
  return {
    relevance: { kind, score: rule.score, signals: [...rule.signals, `model:${p.toFixed(3)}`] },
    awards: results ? found : [],
  };
}

/** Whether an award's evidence stands on a numbered list's line ("2. Kota B", "3 kab agam"). */
function onNumberedLine(text: string, award: AwardMention): boolean {
  const start = text.lastIndexOf('\n', award.evidence.start - 1) + 1;
  return listNumber(text.slice(start, award.evidence.end)) != null;
}

/** The relevance decision alone (what the classifier service asks). */
export function classifyRelevance(article: ArticleText, opts: ReadOptions = {}): RelevanceDecision {
  return readRelevance(article, opts).relevance;
}

/** Language gate → relevance → awards; the one path the CLI and the workers share. */
export function readArticle(article: ArticleText, opts: ReadOptions = {}): ArticleReading {
  const language = detectLanguage(article);
  if (!language.isIndonesian) {
    return {
      language,
      relevance: { kind: RelevanceKind.Unrelated, score: 0, signals: ['not-indonesian'] },
      awards: [],
    };
  }
  return { language, ...readRelevance(article, opts) };
}
