import { z } from 'zod';

/** Who may do what: a reader queries, a reviewer also reviews and merges. */
export const Role = { Reader: 'reader', Reviewer: 'reviewer' } as const;
export type Role = (typeof Role)[keyof typeof Role];

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
          message: `"${name ?? ''}:…" must be name:reader|reviewer:token, token at least 16 characters`,
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
  /** Comma-separated `name:role:token` entries; role is reader or reviewer. Empty: every call is 401. */
  API_TOKENS: TokenList.describe('name:role:token,… (role reader or reviewer)'),
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
  };
}
