import { foldName } from './award-key.ts';
import { ConflictField, type Conflict, type RecordedSource } from './award.ts';

// Wording that frames a category without naming it ("Badan Usaha - Sektor Keuangan" is
// "Sektor Keuangan"); two categories agree when one's remaining words contain the other's.
const CATEGORY_FILLER = new Set([
  'badan',
  'usaha',
  'sektor',
  'pemerintah',
  'perusahaan',
  'skala',
  'kategori',
  'daerah',
  'dan',
  'zona',
  'terbaik',
]);

type Stated = string | number;

/** The words of a category that name it, for comparing two outlets' wording. */
export function categoryWords(category: string): Set<string> {
  return new Set(
    foldName(category)
      .split(' ')
      .filter((w) => w && !CATEGORY_FILLER.has(w)),
  );
}

const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

/** True when two outlets' categories can name the same award (one's words contain the other's). */
export function categoriesAgree(a: string, b: string): boolean {
  const wa = categoryWords(a);
  const wb = categoryWords(b);
  return subset(wa, wb) || subset(wb, wa);
}

const normalized = (field: ConflictField, v: Stated): Stated =>
  field === ConflictField.Category && typeof v === 'string' ? foldName(v) : v;

/** Each distinct stated value of a field (unstated ones skipped), with the articles stating it. */
export function statedValues(
  sources: readonly RecordedSource[],
  field: ConflictField,
): Array<{ value: Stated; articleIds: string[] }> {
  const groups = new Map<Stated, { value: Stated; articleIds: string[] }>();
  for (const s of sources) {
    const v = s[field];
    if (v == null) {
      continue;
    }
    const n = normalized(field, v);
    const g = groups.get(n) ?? { value: v, articleIds: [] };
    g.articleIds.push(s.articleId);
    groups.set(n, g);
  }
  return [...groups.values()];
}

/** Where the sources disagree on rank, edition year, level or category (sources that say nothing agree). */
export function detectConflicts(sources: readonly RecordedSource[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const field of Object.values(ConflictField)) {
    const values = statedValues(sources, field);
    const disagree =
      field === ConflictField.Category
        ? values.some((a) => values.some((b) => !categoriesAgree(String(a.value), String(b.value))))
        : values.length > 1;
    if (disagree) {
      conflicts.push({ field, values });
    }
  }
  return conflicts;
}

/** A stable text for a conflict, so the same disagreement is announced once. */
export function conflictSignature(c: Conflict): string {
  return `${c.field}=${c.values
    .map((v) => String(normalized(c.field, v.value)))
    .sort()
    .join('/')}`;
}

/** Corroboration: distinct outlets, and distinct clusters (a source without one is its own). */
export function countCorroboration(sources: readonly RecordedSource[]): {
  outletCount: number;
  clusterCount: number;
} {
  const outlets = new Set(sources.map((s) => s.outlet.toLowerCase()));
  const clusters = new Set(sources.map((s) => s.clusterId ?? `article:${s.articleId}`));
  return { outletCount: outlets.size, clusterCount: clusters.size };
}

/** The record's confidence: its best source's, where a historical mention counts for half. */
export function recordConfidence(sources: readonly RecordedSource[]): number {
  return Math.max(0, ...sources.map((s) => (s.historical ? s.confidence / 2 : s.confidence)));
}

/**
 * The value most story clusters stated for a field (current reports before historical mentions;
 * ties go to the earliest source), or null when no source stated one.
 */
export function preferredValue<F extends 'rank' | 'category'>(
  sources: readonly RecordedSource[],
  field: F,
): RecordedSource[F] | null {
  const score = new Map<RecordedSource[F], { clusters: Set<string>; first: number }>();
  sources.forEach((s, i) => {
    const v = s[field];
    if (v == null) {
      return;
    }
    const entry = score.get(v) ?? { clusters: new Set<string>(), first: i };
    entry.clusters.add(`${s.historical ? 'h' : 'c'}:${s.clusterId ?? s.articleId}`);
    score.set(v, entry);
  });
  const weight = (e: { clusters: Set<string> }) =>
    [...e.clusters].reduce((n, c) => n + (c.startsWith('c:') ? 1 : 0.5), 0);
  let best: { value: RecordedSource[F]; w: number; first: number } | null = null;
  for (const [value, e] of score) {
    const w = weight(e);
    if (!best || w > best.w || (w === best.w && e.first < best.first)) {
      best = { value, w, first: e.first };
    }
  }
  return best ? best.value : null;
}
