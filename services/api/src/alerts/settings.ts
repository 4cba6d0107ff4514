import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** What an alert can be about; a channel subscribes to some of them. */
export const AlertType = {
  /** A new record waits for review. */
  AwardCreated: 'award.created',
  /** Outlets disagree about a record. */
  AwardConflict: 'award.conflict',
  /** A source failed three polls in a row or for an hour (sent at once). */
  SourceFailing: 'source.failing',
  /** A source has failed for long (polled rarely from now on). */
  SourceBroken: 'source.broken',
  /** A province's usual ceremony window passed this year with no report seen. */
  CoverageMissing: 'coverage.expected-missing',
  /** A reviewer confirmed, rejected, corrected, merged or undid something. */
  ReviewDecided: 'review.decided',
  /** The daily digest, sent at DIGEST_HOUR. */
  Digest: 'digest',
} as const;
export type AlertType = (typeof AlertType)[keyof typeof AlertType];

const ms = z.coerce.number().int().positive();

/** The alert settings from the environment (the recipients are in ALERTS_FILE). */
export const AlertsEnv = z.object({
  ALERTS_FILE: z.string().default('').describe('recipients file (JSON); empty: no alerts'),
  ALERTS_POLL_MS: ms.default(10_000).describe('how often due alerts are looked for (ms)'),
  SMTP_URL: z
    .union([z.literal(''), z.url({ protocol: /^smtps?$/ })])
    .default('')
    .describe('mail server for email channels, smtp://user:password@host:587'),
  SMTP_FROM: z.string().min(3).default('Paritrana Watch <noreply@localhost>').describe('sender'),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7).describe('digest hour (WIB)'),
  TELEGRAM_API_URL: z.url().default('https://api.telegram.org').describe('Telegram Bot API'),
  PUBLIC_URL: z.url().default('http://127.0.0.1:8080').describe('where the app is reached'),
  SUMMARY_EVERY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(600_000)
    .describe('one-line summary in the log every N ms; 0: off'),
});

/** Validated alert settings. */
export interface AlertSettings {
  alertsFile: string | null;
  pollMs: number;
  smtpUrl: string | null;
  smtpFrom: string;
  digestHour: number;
  telegramApiUrl: string;
  publicUrl: string;
  summaryEveryMs: number;
}

/** Reads the alert settings; throws one readable error listing every bad variable. */
export function loadAlertSettings(env: NodeJS.ProcessEnv = process.env): AlertSettings {
  const parsed = AlertsEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid alert configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    alertsFile: e.ALERTS_FILE || null,
    pollMs: e.ALERTS_POLL_MS,
    smtpUrl: e.SMTP_URL || null,
    smtpFrom: e.SMTP_FROM,
    digestHour: e.DIGEST_HOUR,
    telegramApiUrl: e.TELEGRAM_API_URL.replace(/\/+$/, ''),
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    summaryEveryMs: e.SUMMARY_EVERY_MS,
  };
}

/** A secret written in the file as `env:NAME` is read from the environment. */
const secret = (env: NodeJS.ProcessEnv) =>
  z
    .string()
    .min(1)
    .transform((v, ctx) => {
      if (!v.startsWith('env:')) {
        return v;
      }
      const value = env[v.slice(4)];
      if (!value) {
        ctx.addIssue({ code: 'custom', message: `environment variable ${v.slice(4)} is not set` });
        return z.NEVER;
      }
      return value;
    });

const httpsOrLocal = z.url({ protocol: /^https?$/ });

/** One recipient: where to send, which event types, which provinces (empty: all). */
function channelSchema(env: NodeJS.ProcessEnv) {
  const common = {
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and -')
      .describe('stable name: the delivery cursor is kept under it'),
    events: z.array(z.enum(AlertType)).min(1).default(Object.values(AlertType)),
    /** Provinces this recipient receives (a Kanwil its own); empty: every province. */
    provinces: z.array(z.string().min(1)).default([]),
    /** Deliver the past from this time on when the channel is first seen; default: from now. */
    since: z.iso.datetime({ offset: true }).optional(),
    enabled: z.boolean().default(true),
  };
  return z.discriminatedUnion('kind', [
    z.strictObject({ ...common, kind: z.literal('email'), to: z.array(z.email()).min(1) }),
    z.strictObject({
      ...common,
      kind: z.literal('telegram'),
      botToken: secret(env),
      chatId: z.union([z.string().min(1), z.number().int()]).transform(String),
    }),
    z.strictObject({ ...common, kind: z.literal('slack'), url: secret(env).pipe(httpsOrLocal) }),
    z.strictObject({ ...common, kind: z.literal('teams'), url: secret(env).pipe(httpsOrLocal) }),
    z.strictObject({ ...common, kind: z.literal('discord'), url: secret(env).pipe(httpsOrLocal) }),
    z.strictObject({
      ...common,
      kind: z.literal('webhook'),
      url: secret(env).pipe(httpsOrLocal),
      secret: secret(env),
    }),
  ]);
}

/** The recipients file. */
export function subscriptionsSchema(env: NodeJS.ProcessEnv = process.env) {
  return z.strictObject({ channels: z.array(channelSchema(env)) }).superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.channels.forEach((c, i) => {
      if (seen.has(c.id)) {
        ctx.addIssue({ code: 'custom', path: ['channels', i, 'id'], message: `"${c.id}" twice` });
      }
      seen.add(c.id);
    });
  });
}

/** One configured recipient. */
export type Channel = z.infer<ReturnType<typeof channelSchema>>;

/** Parses a recipients file's content; throws one error naming every bad entry. */
export function parseSubscriptions(
  raw: unknown,
  where: string,
  env: NodeJS.ProcessEnv = process.env,
): Channel[] {
  const parsed = subscriptionsSchema(env).safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid alerts file ${where}:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data.channels;
}

/** Reads ALERTS_FILE (no file: no channels). */
export function loadSubscriptions(file: string | null, env: NodeJS.ProcessEnv = process.env) {
  if (!file) {
    return [];
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`Invalid alerts file ${file}: ${(err as Error).message}`, { cause: err });
  }
  return parseSubscriptions(raw, file, env);
}

/** The alert settings' and recipients file's problems in one line (null: none), for a clean exit. */
export function alertsProblems(env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    loadSubscriptions(loadAlertSettings(env).alertsFile, env);
    return null;
  } catch (err) {
    return `api: cannot start: ${(err as Error).message.replaceAll('\n', ' ')}`;
  }
}
