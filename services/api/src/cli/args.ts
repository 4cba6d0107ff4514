import { parseArgs } from 'node:util';

/** One CLI command, parsed; query values stay strings so both backends validate them alike. */
export type CliCommand =
  | { name: 'awards'; query: Record<string, string>; format: 'table' | 'csv' | 'json' | 'xlsx' }
  | { name: 'award' | 'audit'; key: string; json: boolean }
  | { name: 'pending'; query: Record<string, string>; json: boolean }
  | { name: 'articles' | 'digest' | 'events'; query: Record<string, string> }
  | {
      name: 'user';
      action: 'add' | 'passwd' | 'disable' | 'enable' | 'list';
      username: string | null;
      role: string | null;
      passwordStdin: boolean;
      /** Filled by main from the prompt or stdin before the backend runs. */
      password?: string;
    }
  | { name: 'sources' | 'queues' }
  | {
      name: 'review';
      key: string;
      action: string;
      corrections: Record<string, string>;
      note?: string;
    }
  | { name: 'merge'; from: string; into: string; note?: string };

/** How to reach the data: the API (with a token) or MongoDB directly. */
export interface CliTarget {
  api: string | null;
  token: string | null;
  by: string;
}

/** The usage text printed for --help and on a bad command line. */
export const Usage = `usage: pnpm cli <command> [options]

  awards    [--year 2024] [--ceremony-year 2025] [--province Jatim] [--region-prefix 35.]
            [--level provinsi] [--winner-type kabupaten|pemerintah-daerah] [--category …]
            [--rank 1] [--status new,confirmed] [--q "Pemkab Bojonegoro"] [--since 2026-11-01]
            [--has-conflicts true] [--include-rejected true] [--sort -firstSeenAt]
            [--page 1] [--limit 50] [--format table|csv|json|xlsx] [--sep ";"] [--lang id|en]
            (csv/json/xlsx: every match; xlsx needs a redirect: > hasil.xlsx)
  award     <id> [--json]              one record with every source (key, _id or short id)
  audit     <id> [--json]              its review history
  pending   [--page] [--limit] [--json]   the review queue
  review    <key> confirm|reject|correct [--set rank=2 …] [--note "…"]
  merge     <from-key> <into-key> [--note "…"]
  articles  [--stage failed] [--page] [--limit]
  digest    [--date YYYY-MM-DD]
  events    [--state pending|delivered|failed] [--limit]   alerts and their webhook delivery
  sources | queues
  user      add <name> --role reader|reviewer|admin [--password-stdin]
            passwd <name> [--password-stdin] | disable <name> | enable <name> | list

  --api URL (or PW_API_URL) with PW_API_TOKEN talks to the API; otherwise MONGODB_URL
  (and MONGODB_DB, REDIS_URL for queues) are used directly. --by NAME names the reviewer in
  direct mode (default: $USER).`;

// every value option of every command; an unknown one is an error, not a silent flag
const StringOptions = [
  'year',
  'ceremony-year',
  'province',
  'region-prefix',
  'level',
  'winner-type',
  'category',
  'rank',
  'status',
  'q',
  'since',
  'has-conflicts',
  'include-merged',
  'include-rejected',
  'sort',
  'page',
  'limit',
  'format',
  'sep',
  'lang',
  'role',
  'stage',
  'date',
  'state',
  'api',
  'by',
  'note',
] as const;

/** Thrown for --help: main prints the usage to stdout and exits 0. */
export class HelpRequested extends Error {
  constructor(usage: string) {
    super(usage);
    this.name = 'HelpRequested';
  }
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Parses argv into a command and a target; throws with a readable message when it cannot. */
export function parseCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
): { cmd: CliCommand; target: CliTarget } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...Object.fromEntries(StringOptions.map((o) => [o, { type: 'string' as const }])),
      set: { type: 'string', multiple: true },
      help: { type: 'boolean' },
      json: { type: 'boolean' },
      'password-stdin': { type: 'boolean' },
    },
  });
  const [name, ...rest] = positionals;
  if (values.help || name === 'help') {
    throw new HelpRequested(Usage);
  }
  const opts: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === 'string') {
      opts[camel(k)] = v;
    }
  }
  const { api, by, format, note, role, ...query } = opts;
  const json = values.json === true;
  const target: CliTarget = {
    api: api ?? env.PW_API_URL ?? null,
    token: env.PW_API_TOKEN ?? null,
    by: by ?? env.USER ?? 'cli',
  };
  const need = (n: number) => {
    if (rest.length < n) {
      throw new Error(`${name} needs ${n} argument(s)\n\n${Usage}`);
    }
  };
  const withNote = note === undefined ? {} : { note };
  switch (name) {
    case 'awards': {
      const f = format ?? (json ? 'json' : 'table');
      if (f !== 'table' && f !== 'csv' && f !== 'json' && f !== 'xlsx') {
        throw new Error(`--format must be table, csv, json or xlsx, not ${f}`);
      }
      return { cmd: { name, query, format: f }, target };
    }
    case 'award':
    case 'audit':
      need(1);
      return { cmd: { name, key: rest[0]!, json }, target };
    case 'pending':
      return { cmd: { name, query, json }, target };
    case 'user': {
      const action = rest[0];
      if (
        action !== 'add' &&
        action !== 'passwd' &&
        action !== 'disable' &&
        action !== 'enable' &&
        action !== 'list'
      ) {
        throw new Error(`user needs add, passwd, disable, enable or list\n\n${Usage}`);
      }
      if (action !== 'list') {
        need(2);
      }
      if (action === 'add' && !role) {
        throw new Error('user add needs --role reader, reviewer or admin');
      }
      return {
        cmd: {
          name,
          action,
          username: rest[1] ?? null,
          role: role ?? null,
          passwordStdin: values['password-stdin'] === true,
        },
        target,
      };
    }
    case 'articles':
    case 'digest':
    case 'events':
      return { cmd: { name, query }, target };
    case 'sources':
    case 'queues':
      return { cmd: { name }, target };
    case 'review': {
      need(2);
      const sets = values.set ?? [];
      const corrections = Object.fromEntries(
        sets.map((s) => {
          const i = s.indexOf('=');
          if (i < 1) {
            throw new Error(`--set needs field=value, not ${s}`);
          }
          return [s.slice(0, i), s.slice(i + 1)];
        }),
      );
      return { cmd: { name, key: rest[0]!, action: rest[1]!, corrections, ...withNote }, target };
    }
    case 'merge':
      need(2);
      return { cmd: { name, from: rest[0]!, into: rest[1]!, ...withNote }, target };
    default:
      throw new Error(name ? `unknown command ${name}\n\n${Usage}` : Usage);
  }
}
