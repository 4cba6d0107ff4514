import { z } from 'zod';

/** Where an article is in the pipeline. `recorded`, `rejected` and `failed` are final. */
export const ArticleStage = {
  Discovered: 'discovered',
  Fetched: 'fetched',
  Classified: 'classified',
  Recorded: 'recorded',
  Rejected: 'rejected',
  Failed: 'failed',
} as const;
export type ArticleStage = (typeof ArticleStage)[keyof typeof ArticleStage];

/** The stages after which nothing more happens to an article. */
export const FinalStages: readonly ArticleStage[] = [
  ArticleStage.Recorded,
  ArticleStage.Rejected,
  ArticleStage.Failed,
];

/** Why an article stopped: a rejection (a decision) or a failure (something broke). */
export const StageOutcome = z.object({
  stage: z.string(),
  code: z.string(),
  message: z.string(),
  at: z.date(),
});
export type StageOutcome = z.infer<typeof StageOutcome>;

/** The classifier's decision, kept with the article. */
export const Classification = z.object({
  language: z.string(),
  kind: z.string(),
  score: z.number(),
  signals: z.array(z.string()),
});
export type Classification = z.infer<typeof Classification>;

/** One article in the ledger; `_id` is a hex id, `url` the canonical URL (unique). */
export const Article = z.object({
  _id: z.string(),
  url: z.string(),
  feedUrl: z.string().nullable().default(null),
  sourceId: z.string().nullable().default(null),
  outlet: z.string(),
  title: z.string().nullable().default(null),
  text: z.string().nullable().default(null),
  htmlLang: z.string().nullable().default(null),
  publishedAt: z.date().nullable().default(null),
  author: z.string().nullable().default(null),
  /** Syndication cluster: copies of one press release share it. */
  clusterId: z.string().nullable().default(null),
  /** SimHash of the text (hex), for near-duplicate detection. */
  fingerprint: z.string().nullable().default(null),
  stage: z.enum(ArticleStage),
  stageChangedAt: z.date(),
  discoveredAt: z.date(),
  attempts: z.number().int().min(0),
  classification: Classification.nullable().default(null),
  awardKeys: z.array(z.string()),
  rejection: StageOutcome.nullable().default(null),
  failure: StageOutcome.nullable().default(null),
});
export type Article = z.infer<typeof Article>;
