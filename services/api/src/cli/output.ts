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

/** A backend runs commands against MongoDB directly or through the API. */
export interface CliBackend {
  run: (cmd: CliCommand) => Promise<CliOutput>;
  close: () => Promise<void>;
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

/** A page of awards as aligned text lines, with a footer saying how many there are. */
export function awardTable(o: Extract<CliOutput, { kind: 'awards' }>): string {
  const lines = [
    `${pad('year', 5)} ${pad('level', 9)} ${pad('province', 18)} ${pad('winner', 36)} ${pad('rank', 4)} ${pad('review', 10)} ${pad('out/cl', 6)} key`,
  ];
  for (const a of o.items) {
    const flag = a.conflicts.length > 0 ? '!' : '';
    lines.push(
      `${pad(String(a.editionYear ?? '?'), 5)} ${pad(a.level, 9)} ${pad(a.province ?? '-', 18)} ${pad(a.winner, 36)} ${pad(`${a.rank ?? '-'}${flag}`, 4)} ${pad(a.review.status, 10)} ${pad(`${a.outletCount}/${a.clusterCount}`, 6)} ${a.key}`,
    );
  }
  const first = (o.page - 1) * o.limit;
  lines.push(
    `${o.total === 0 ? 'no awards' : `${first + 1}–${first + o.items.length} of ${o.total}`} (! = sources disagree)`,
  );
  return `${lines.join('\n')}\n`;
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
