import type { GoldArticle } from './match-gold.ts';

/** Word 6-grams of a text, for near-copy detection. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 6 <= words.length; i++) {
    out.add(words.slice(i, i + 6).join(' '));
  }
  return out;
}

/**
 * Groups articles into story clusters, so that cross-validation never trains on one copy of a
 * story and tests on another: articles are joined when they share much text (syndicated or
 * rewritten copies), when a gold note names another article, or when they report the same
 * ceremony (the same winner set). Returns a cluster id per article id.
 */
export function storyClusters(
  articles: ReadonlyArray<{ id: string; text: string }>,
  gold: ReadonlyMap<string, GoldArticle>,
): Map<string, string> {
  const parent = new Map(articles.map((a) => [a.id, a.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) {
      r = parent.get(r) ?? r;
    }
    parent.set(x, r);
    return r;
  };
  const join = (a: string, b: string): void => {
    const [ra, rb] = [find(a), find(b)].sort();
    if (ra && rb && ra !== rb) {
      parent.set(rb, ra);
    }
  };
  const sh = articles.map((a) => shingles(a.text));
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = sh[i] ?? new Set<string>();
      const b = sh[j] ?? new Set<string>();
      const [small, large] = a.size < b.size ? [a, b] : [b, a];
      let shared = 0;
      for (const s of small) {
        if (large.has(s)) {
          shared++;
        }
      }
      if (small.size > 0 && shared / small.size >= 0.15) {
        join(articles[i]?.id ?? '', articles[j]?.id ?? '');
      }
    }
  }
  const ids = new Set(articles.map((a) => a.id));
  const byWinners = new Map<string, string>();
  for (const a of articles) {
    const g = gold.get(a.id);
    for (const ref of g?.notes?.match(/\b[a-z]\d{3}\b/g) ?? []) {
      if (ids.has(ref)) {
        join(a.id, ref);
      }
    }
    const winners = (g?.awards ?? [])
      .map((w) => (w.winner_canonical ?? '').toLowerCase())
      .sort()
      .join('|');
    if (winners) {
      const seen = byWinners.get(winners);
      if (seen) {
        join(a.id, seen);
      } else {
        byWinners.set(winners, a.id);
      }
    }
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

/** Assigns clusters to `k` folds deterministically (largest first, to the smallest fold). */
export function foldsOf(clusters: ReadonlyMap<string, string>, k: number): Map<string, number> {
  const members = new Map<string, string[]>();
  for (const [id, c] of clusters) {
    members.set(c, [...(members.get(c) ?? []), id]);
  }
  const groups = [...members.values()].sort(
    (a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''),
  );
  const sizes = new Array<number>(k).fill(0);
  const fold = new Map<string, number>();
  for (const g of groups) {
    const f = sizes.indexOf(Math.min(...sizes));
    sizes[f] = (sizes[f] ?? 0) + g.length;
    for (const id of g) {
      fold.set(id, f);
    }
  }
  return fold;
}
