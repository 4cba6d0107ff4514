// The shapes the API answers with, as far as the pages read them (dates arrive as ISO strings).

export interface RecordSource {
  articleId: string;
  url: string;
  outlet: string;
  publishedAt: string | null;
  recordedAt: string;
  evidence: string;
  confidence: number;
  historical: boolean;
  rank: number | null;
  category: string | null;
  editionYear: number | null;
  level: string | null;
  clusterId: string | null;
}

export interface Conflict {
  field: 'rank' | 'editionYear' | 'level' | 'category';
  values: Array<{ value: string | number; articleIds: string[] }>;
}

export interface AwardRecord {
  _id: string;
  key: string;
  shortId?: string;
  editionYear: number | null;
  level: string;
  province: string | null;
  category: string | null;
  winner: string;
  winnerType: string;
  regionCode: string | null;
  regionParent: string | null;
  rank: number | null;
  ceremonyDate: string | null;
  sources: RecordSource[];
  outletCount: number;
  clusterCount: number;
  sourceCount: number;
  confidence: number;
  conflicts: Conflict[];
  corrections: Record<string, unknown>;
  review: { status: string; at: string | null; by: string | null; note: string | null };
  reviewPending: boolean;
  merged: boolean;
  mergedInto: string | null;
  firstSeenAt: string;
  updatedAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page?: number;
  limit?: number;
}

export interface AuditEntry {
  _id: string;
  at: string;
  actor: string;
  action: string;
  key: string;
  note: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The id the app shows and puts in links: the short id when the API gives one. */
export const recordId = (r: Pick<AwardRecord, 'key'> & { shortId?: string }): string =>
  r.shortId ?? r.key;
