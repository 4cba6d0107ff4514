import { readerVersion, type AwardMention } from '@pw/award-reader';
import type { AwardDraft, AwardSource, Article } from '@pw/domain';

/**
 * The version stamped on every source, so re-extraction with new rules can be told apart: the
 * reader's model version, as `pnpm cli reextract` stamps it.
 */
export const ExtractorVersion = `award-reader+${readerVersion()}`;

// 0.7000000000000001 helps nobody reading a CSV
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** An extracted mention as the award store's draft. */
export function toAwardDraft(m: AwardMention): AwardDraft {
  return {
    editionYear: m.editionYear,
    level: m.level,
    province: m.province,
    category: m.category,
    winner: m.winner,
    winnerCanonical: m.winnerCanonical,
    winnerType: m.winnerType,
    regionCode: m.regionCode,
    regionParent: m.regionParent,
    rank: m.rank,
    ceremonyDate: m.ceremonyDate,
    historical: m.historical,
    evidence: m.evidence.text,
    confidence: round2(m.confidence),
  };
}

/** This article as one source of an award. */
export function toAwardSource(article: Article, m: AwardMention): AwardSource {
  return {
    articleId: article._id,
    url: article.url,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    evidence: m.evidence.text,
    extractorVersion: ExtractorVersion,
    confidence: round2(m.confidence),
    historical: m.historical,
    rank: m.rank,
    category: m.category,
    clusterId: article.clusterId,
    recordedAt: new Date(),
  };
}
