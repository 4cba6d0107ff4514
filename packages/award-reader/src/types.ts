import { z } from 'zod';
import { AwardLevel } from '@pw/domain';

// the one definition of the award levels; the reader re-exports it for its own callers
export { AwardLevel };

/** What the reader needs of an article: its text, and the hints the crawler found on the page. */
export const ArticleText = z.object({
  id: z.string(),
  url: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  text: z.string(),
  /** The page's `<html lang>` attribute, when the crawler saw one. */
  htmlLang: z.string().nullable().optional(),
  /** Publication time from the page or feed (ISO 8601), when known. */
  publishedAt: z.string().nullable().optional(),
});
export type ArticleText = z.infer<typeof ArticleText>;

/** ISO 639-3 code, or 'und' when the text is too short or unclear to decide. */
export type LanguageCode = string;

/** The language decision with what it rests on. */
export interface LanguageDecision {
  language: LanguageCode;
  isIndonesian: boolean;
  /** franc's best guesses (language, score), and the extra evidence used. */
  signals: string[];
}

/** One kind per article; only `results` goes on to extraction. */
export const RelevanceKind = {
  Results: 'results',
  Nomination: 'nomination',
  Assessment: 'assessment',
  Mention: 'mention',
  Unrelated: 'unrelated',
} as const;
export type RelevanceKind = (typeof RelevanceKind)[keyof typeof RelevanceKind];

/** The relevance decision, with a score and the signals that produced it. */
export interface RelevanceDecision {
  kind: RelevanceKind;
  /** Higher means more confidently a results report (any real number; documented in relevance/). */
  score: number;
  signals: string[];
}

/** Who can win: the award's categories are for regions, villages and companies. */
export const WinnerType = {
  Provinsi: 'provinsi',
  Kabupaten: 'kabupaten',
  Kota: 'kota',
  Desa: 'desa',
  Kelurahan: 'kelurahan',
  BadanUsaha: 'badan_usaha',
  Umkm: 'umkm',
  Other: 'other',
} as const;
export type WinnerType = (typeof WinnerType)[keyof typeof WinnerType];

/** One award result stated in an article. Field names map 1:1 to the scorer's snake_case record. */
export const AwardMention = z.object({
  winner: z.string(),
  winnerCanonical: z.string(),
  aliases: z.array(z.string()),
  winnerType: z.enum(WinnerType),
  /** Kemendagri code ("35.22", "35.22.01.2001"), or null for companies and unknown places. */
  regionCode: z.string().nullable(),
  /** Canonical name of the region a village or company belongs to, when stated. */
  regionParent: z.string().nullable(),
  level: z.enum(AwardLevel),
  province: z.string().nullable(),
  category: z.string().nullable(),
  rank: z.number().int().min(1).nullable(),
  rankLabel: z.string().nullable(),
  editionYear: z.number().int().nullable(),
  /** ISO date (YYYY-MM-DD) of the ceremony, or null. */
  ceremonyDate: z.string().nullable(),
  historical: z.boolean(),
  evidence: z.object({ text: z.string(), start: z.number().int(), end: z.number().int() }),
  presenter: z.string().nullable(),
  recipient: z.string().nullable(),
  /** 0..1 */
  confidence: z.number().min(0).max(1),
});
export type AwardMention = z.infer<typeof AwardMention>;

/** Everything the reader concluded about one article. */
export interface ArticleReading {
  language: LanguageDecision;
  relevance: RelevanceDecision;
  awards: AwardMention[];
}
