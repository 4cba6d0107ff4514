import type { CliCommand } from './args.ts';

/** What a command produced: a value to print as JSON, a page of awards, or a stream to copy. */
export type CliOutput =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'awards'; total: number; page: number; limit: number; items: AwardRow[] }
  | { kind: 'stream'; chunks: AsyncIterable<string | Uint8Array> };

/** The fields of an award the table shows (from a record or its JSON). */
export interface AwardRow {
  key: string;
  shortId?: string;
  editionYear: number | null;
  level: string;
  province: string | null;
  winner: string;
  rank: number | null;
  review: { status: string };
  outletCount: number;
  clusterCount: number;
  conflicts: Array<{ field: string }>;
}

/** A whole record as JSON gives it (dates as text), for the detail view. */
export interface RecordView extends AwardRow {
  ceremonyDate: string | null;
  category: string | null;
  winnerType: string;
  regionCode: string | null;
  regionParent: string | null;
  confidence: number;
  sourceCount: number;
  merged?: boolean;
  mergedInto?: string | null;
  review: { status: string; by?: string | null; at?: string | Date | null; note?: string | null };
  conflicts: Array<{
    field: string;
    values: Array<{ value: string | number; articleIds: string[] }>;
  }>;
  sources: Array<{
    articleId: string;
    outlet: string;
    url: string;
    publishedAt?: string | Date | null;
    evidence: string;
    historical: boolean;
  }>;
  firstSeenAt: string | Date;
  updatedAt: string | Date;
}

/** A backend runs commands against MongoDB directly or through the API. */
export interface CliBackend {
  run: (cmd: CliCommand) => Promise<CliOutput>;
  close: () => Promise<void>;
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** A page of awards as aligned text lines, with a footer saying how many there are. */
export function awardTable(o: Extract<CliOutput, { kind: 'awards' }>): string {
  const lines = [
    `${pad('id', 7)} ${pad('year', 5)} ${pad('level', 9)} ${pad('province', 18)} ${pad('winner', 36)} ${pad('rank', 4)} ${pad('review', 10)} ${pad('out/cl', 6)} key`,
  ];
  for (const a of o.items) {
    const flag = a.conflicts.length > 0 ? '!' : '';
    lines.push(
      `${pad(a.shortId ?? '', 7)} ${pad(String(a.editionYear ?? '?'), 5)} ${pad(a.level, 9)} ${pad(a.province ?? '-', 18)} ${pad(a.winner, 36)} ${pad(`${a.rank ?? '-'}${flag}`, 4)} ${pad(a.review.status, 10)} ${pad(`${a.outletCount}/${a.clusterCount}`, 6)} ${a.key}`,
    );
  }
  const first = (o.page - 1) * o.limit;
  lines.push(
    `${o.total === 0 ? 'no awards' : `${first + 1}–${first + o.items.length} of ${o.total}`} (! = sources disagree)`,
  );
  return `${lines.join('\n')}\n`;
}

/** "rank: 1 (a.id), 2 (b.id)" for each field the sources disagree on. */
function conflictLines(r: RecordView): string[] {
  const outletOf = new Map(r.sources.map((s) => [s.articleId, s.outlet]));
  return r.conflicts.map(
    (c) =>
      `${c.field}: ${c.values
        .map(
          (v) =>
            `${v.value} (${[...new Set(v.articleIds.map((a) => outletOf.get(a) ?? a))].join(', ')})`,
        )
        .join(', ')}`,
  );
}

const day = (d: string | Date | null | undefined) =>
  d ? new Date(d).toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : '-';

/** The review queue: one line per record, newest conflicts named, with a count. */
export function pendingTable(o: {
  items: RecordView[];
  total: number;
  page?: number;
  limit?: number;
}): string {
  if (o.items.length === 0) {
    return 'nothing waiting for review\n';
  }
  const lines = [
    `${pad('id', 7)} ${pad('year', 5)} ${pad('level', 9)} ${pad('province', 16)} ${pad('winner', 32)} ${pad('rank', 4)} ${pad('conf', 4)} ${pad('out/cl', 6)} disagreement`,
  ];
  for (const r of o.items) {
    lines.push(
      `${pad(r.shortId ?? '', 7)} ${pad(String(r.editionYear ?? '?'), 5)} ${pad(r.level, 9)} ${pad(r.province ?? '-', 16)} ${pad(r.winner, 32)} ${pad(String(r.rank ?? '-'), 4)} ${pad(r.confidence.toFixed(2), 4)} ${pad(`${r.outletCount}/${r.clusterCount}`, 6)} ${conflictLines(r).join('; ')}`,
    );
  }
  const first = ((o.page ?? 1) - 1) * (o.limit ?? o.items.length);
  lines.push(`${first + 1}–${first + o.items.length} of ${o.total} waiting for review`);
  return `${lines.join('\n')}\n`;
}

/** One record in readable lines: its facts, review, disagreements and every source. */
export function recordDetail(r: RecordView): string {
  const row = (label: string, value: string | number | null | undefined) =>
    `${pad(label, 14)} ${value == null ? '-' : String(value)}`;
  const lines = [
    `${r.winner}${r.shortId ? `  [${r.shortId}]` : ''}`,
    row('key', r.key),
    row('edition', r.editionYear),
    row('ceremony', r.ceremonyDate),
    row('level', r.level),
    row('province', r.province),
    row('region', [r.regionCode, r.regionParent].filter(Boolean).join(' ') || null),
    row('category', r.category),
    row('winner type', r.winnerType),
    row('rank', r.rank),
    row(
      'review',
      [r.review.status, r.review.by, r.review.at ? day(r.review.at) : null]
        .filter(Boolean)
        .join(', '),
    ),
    ...(r.review.note ? [row('note', r.review.note)] : []),
    ...(r.merged ? [row('merged into', r.mergedInto)] : []),
    row('confidence', r.confidence.toFixed(2)),
    row(
      'reported by',
      `${r.outletCount} outlet(s), ${r.clusterCount} story(ies), ${r.sourceCount} source(s)`,
    ),
    row('first seen', day(r.firstSeenAt)),
    ...conflictLines(r).map((c, i) => row(i === 0 ? 'disagreement' : '', c)),
    '',
    'sources:',
  ];
  for (const s of r.sources) {
    lines.push(`  ${s.outlet}  ${day(s.publishedAt)}${s.historical ? '  (historical)' : ''}`);
    lines.push(`    ${s.url}`);
    lines.push(`    “${s.evidence.length > 300 ? `${s.evidence.slice(0, 299)}…` : s.evidence}”`);
  }
  return `${lines.join('\n')}\n`;
}

/** A record's review history, oldest first. */
export function auditTable(
  items: ReadonlyArray<{ at: string | Date; actor: string; action: string; note: string | null }>,
): string {
  if (items.length === 0) {
    return 'no review actions yet\n';
  }
  return `${[...items]
    .sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())
    .map((e) => `${day(e.at)}  ${pad(e.actor, 12)} ${pad(e.action, 10)} ${e.note ?? ''}`.trimEnd())
    .join('\n')}\n`;
}

/** Accounts as aligned text lines. */
export function userTable(
  users: ReadonlyArray<{ username: string; role: string; disabled: boolean }>,
): string {
  if (users.length === 0) {
    return 'no users yet: pnpm cli user add <name> --role admin\n';
  }
  const lines = [`${pad('user', 24)} ${pad('role', 9)} state`];
  for (const u of users) {
    lines.push(`${pad(u.username, 24)} ${pad(u.role, 9)} ${u.disabled ? 'disabled' : 'active'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What a user command did, in one line. */
export function userDone(
  action: string,
  u: { username: string; role: string; disabled: boolean },
): string {
  const what: Record<string, string> = {
    add: 'created',
    passwd: 'password changed (signed out everywhere)',
    disable: 'disabled (signed out everywhere)',
    enable: 'enabled',
  };
  return `${u.username} (${u.role}): ${what[action] ?? action}\n`;
}
