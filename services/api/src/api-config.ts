import { z } from 'zod';
import { Env } from '@pw/runtime';
import { UserRole } from '@pw/storage';

/** Who may do what: a reader queries, a reviewer also reviews and merges, an admin also edits sources and users. */
export const Role = UserRole;
export type Role = UserRole;

/** One API token from configuration. */
export interface ApiToken {
  name: string;
  role: Role;
  token: string;
}

const TokenList = z
  .string()
  .default('')
  .transform((s, ctx): ApiToken[] => {
    const out: ApiToken[] = [];
    for (const item of s
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)) {
      const [name, role, token, ...rest] = item.split(':');
      const parsedRole = z.enum(Role).safeParse(role);
      if (!name || !token || token.length < 16 || rest.length > 0 || !parsedRole.success) {
        ctx.addIssue({
          code: 'custom',
          message: `"${name ?? ''}:…" must be name:reader|reviewer|admin:token, token at least 16 characters`,
        });
        return z.NEVER;
      }
      out.push({ name, role: parsedRole.data, token });
    }
    return out;
  });

const ms = z.coerce.number().int().positive();

/** The api service's own environment variables (the runtime Config has the shared ones). */
export const ApiEnv = z.object({
  /** Comma-separated `name:role:token` entries for machines; role is reader, reviewer or admin. */
  API_TOKENS: TokenList.describe('name:role:token,… for machines (role reader, reviewer or admin)'),
  /** How long a sign-in lasts (hours). */
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 90)
    .default(12)
    .describe('sign-in lifetime (hours)'),
  /**
   * Trust X-Forwarded-For/-Proto from a reverse proxy (so the session cookie is Secure behind TLS):
   * `true`, a hop count, or comma-separated proxy addresses. Empty: trust nothing.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .describe('reverse proxies to trust (true, a hop count, or addresses); empty: none'),
  /** Failed sign-ins or bad tokens per client (and per user name) in 15 minutes before 429. */
  AUTH_FAILURE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .default(10)
    .describe('failed authentications per client in 15 minutes'),
  /** Exports per client per minute. */
  EXPORT_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe('exports per client per minute'),
  /** Where the notifier POSTs each event; empty keeps events in the outbox undelivered. */
  WEBHOOK_URL: z
    .union([z.literal(''), z.url()])
    .default('')
    .describe('webhook endpoint'),
  /** Shared secret for the X-Paritrana-Signature HMAC-SHA256 header. */
  WEBHOOK_SECRET: z.string().default('').describe('HMAC-SHA256 secret'),
  /** Delivery attempts per event before it is marked failed. */
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(8),
  /** First retry delay; doubles each attempt, capped at one hour (ms). */
  WEBHOOK_BACKOFF_MS: ms.default(5_000),
  /** Deadline of one webhook request (ms). */
  WEBHOOK_TIMEOUT_MS: ms.default(10_000),
  /** How often the notifier looks for due events and broken sources (ms). */
  NOTIFIER_POLL_MS: ms.default(5_000),
  /** Documents fetched per cursor batch when exporting (bounds the export's memory). */
  EXPORT_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(500),
  /** Days past a province's usual ceremony window before "expected but not seen" is raised. */
  SEASON_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  /** How often the season watch looks for overdue provinces (ms); 0 turns it off. */
  SEASON_WATCH_EVERY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(6 * 3_600_000),
  /** UTC offset of the digest's day (WIB, Jakarta, by default). */
  DIGEST_UTC_OFFSET: z
    .string()
    .regex(/^[+-]\d{2}:\d{2}$/)
    .default('+07:00'),
});

/** The api service's validated settings. */
export interface ApiConfig {
  tokens: ApiToken[];
  webhook: {
    url: string | null;
    secret: string;
    maxAttempts: number;
    backoffMs: number;
    timeoutMs: number;
  };
  notifierPollMs: number;
  exportBatchSize: number;
  digestUtcOffset: string;
  sessionTtlMs: number;
  /** Fastify's trustProxy: false, true, a hop count or addresses. */
  trustProxy: boolean | number | string;
  authFailureLimit: number;
  exportRateLimit: number;
  season: { graceDays: number; everyMs: number };
}

/** TRUST_PROXY as Fastify's trustProxy option. */
export function parseTrustProxy(v: string): boolean | number | string {
  const s = v.trim();
  if (s === '' || s === 'false') {
    return false;
  }
  if (s === 'true') {
    return true;
  }
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** Reads the api service's variables; throws one readable error listing every bad one. */
export function loadApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const parsed = ApiEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid api configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    throw new Error('Invalid api configuration:\nWEBHOOK_SECRET is required with WEBHOOK_URL');
  }
  return {
    tokens: e.API_TOKENS,
    webhook: {
      url: e.WEBHOOK_URL || null,
      secret: e.WEBHOOK_SECRET,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      backoffMs: e.WEBHOOK_BACKOFF_MS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
    },
    notifierPollMs: e.NOTIFIER_POLL_MS,
    exportBatchSize: e.EXPORT_BATCH_SIZE,
    digestUtcOffset: e.DIGEST_UTC_OFFSET,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    authFailureLimit: e.AUTH_FAILURE_LIMIT,
    exportRateLimit: e.EXPORT_RATE_LIMIT,
    season: { graceDays: e.SEASON_GRACE_DAYS, everyMs: e.SEASON_WATCH_EVERY_MS },
  };
}

/**
 * What is wrong with the api's environment, as one line naming each variable (null when nothing
 * is): `node services/api/src/main.ts` without URLs prints this, not a stack trace.
 */
export function configProblems(env: NodeJS.ProcessEnv = process.env): string | null {
  const problems: string[] = [];
  for (const schema of [Env, ApiEnv]) {
    const parsed = schema.safeParse(env);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const name = issue.path.join('.');
        problems.push(env[name] === undefined ? `${name} is not set` : `${name}: ${issue.message}`);
      }
    }
  }
  if (problems.length === 0) {
    return null;
  }
  return `api: cannot start: ${problems.join('; ')} (see .env.example, or use \`pnpm start\`, which starts Redis and FerretDB itself)`;
}
