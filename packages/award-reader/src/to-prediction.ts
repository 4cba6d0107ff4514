import { RelevanceKind, type ArticleReading, type AwardMention } from './types.ts';

/** One line of the scorer's prediction format (see ../shared/eval/score.mjs). */
export interface Prediction {
  id: string;
  relevant: boolean;
  kind: string;
  awards: Array<Record<string, unknown>>;
}

/** Maps an award to the scorer's snake_case record. */
export function toScorerAward(a: AwardMention): Record<string, unknown> {
  return {
    winner: a.winner,
    winner_canonical: a.winnerCanonical,
    aliases: a.aliases,
    winner_type: a.winnerType,
    region_code: a.regionCode,
    region_parent: a.regionParent,
    level: a.level,
    province: a.province,
    category: a.category,
    rank: a.rank,
    rank_label: a.rankLabel,
    edition_year: a.editionYear,
    ceremony_date: a.ceremonyDate,
    historical: a.historical,
    evidence: a.evidence.text,
    presenter: a.presenter,
    recipient: a.recipient,
    confidence: a.confidence,
  };
}

/** Maps a reading to the scorer's prediction line. */
export function toPrediction(id: string, reading: ArticleReading): Prediction {
  return {
    id,
    relevant: reading.relevance.kind === RelevanceKind.Results,
    kind: reading.relevance.kind,
    awards: reading.awards.map(toScorerAward),
  };
}
