import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** Where a worker process's heartbeat lives when HEARTBEAT_FILE is not set. */
export const DefaultHeartbeatFile = '/tmp/pw-heartbeat';

export const HeartbeatEnv = z.object({
  HEARTBEAT_FILE: z.string().min(1).default(DefaultHeartbeatFile),
  HEARTBEAT_EVERY_MS: z.coerce.number().int().positive().default(10_000),
  HEARTBEAT_MAX_AGE_MS: z.coerce.number().int().positive().default(60_000),
});

/** Where the heartbeat is written, how often, and when the healthcheck calls it stale. */
export interface HeartbeatSettings {
  file: string;
  everyMs: number;
  maxAgeMs: number;
}

/** HEARTBEAT_FILE, HEARTBEAT_EVERY_MS and HEARTBEAT_MAX_AGE_MS, validated. */
export function heartbeatSettings(env: NodeJS.ProcessEnv = process.env): HeartbeatSettings {
  const parsed = HeartbeatEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid heartbeat configuration:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  return {
    file: e.HEARTBEAT_FILE,
    everyMs: e.HEARTBEAT_EVERY_MS,
    maxAgeMs: e.HEARTBEAT_MAX_AGE_MS,
  };
}

/** What a heartbeat needs: the file, how often to beat, and whether the process is still taking jobs. */
export interface HeartbeatOptions {
  file: string;
  everyMs: number;
  /** False when a worker has stopped (closed, or its run loop ended); the file then goes stale. */
  isTakingJobs: () => boolean | Promise<boolean>;
  onError?: (err: unknown) => void;
}

/** The heartbeat file's content: the time of the last beat (ms since the epoch) and the process. */
interface Beat {
  at: number;
  pid: number;
}

/**
 * Rewrites `file` every `everyMs` while `isTakingJobs()` says yes. A process that stops taking jobs,
 * hangs, or dies leaves an old timestamp behind, which `checkHeartbeat` reports as stale.
 */
export function startHeartbeat(opts: HeartbeatOptions): {
  beat: () => Promise<void>;
  stop: () => void;
} {
  const beat = async () => {
    try {
      if (!(await opts.isTakingJobs())) {
        return;
      }
      const body: Beat = { at: Date.now(), pid: process.pid };
      // write then rename: a reader never sees half a file
      const tmp = `${opts.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(body));
      renameSync(tmp, opts.file);
    } catch (err) {
      opts.onError?.(err);
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), opts.everyMs);
  timer.unref();
  return { beat, stop: () => clearInterval(timer) };
}

/** The verdict on a heartbeat file: fresh (ok) or why not. */
export type HeartbeatVerdict =
  { ok: true; ageMs: number } | { ok: false; reason: string; ageMs: number | null };

/** Reads the heartbeat file; stale when older than maxAgeMs, missing or unreadable. */
export function checkHeartbeat(file: string, maxAgeMs: number, now = Date.now()): HeartbeatVerdict {
  let beat: Partial<Beat>;
  try {
    beat = JSON.parse(readFileSync(file, 'utf8')) as Partial<Beat>;
  } catch (err) {
    return { ok: false, reason: `no heartbeat at ${file}: ${(err as Error).message}`, ageMs: null };
  }
  if (typeof beat.at !== 'number') {
    return { ok: false, reason: `heartbeat file ${file} has no time`, ageMs: null };
  }
  const ageMs = now - beat.at;
  if (ageMs > maxAgeMs) {
    return {
      ok: false,
      reason: `last heartbeat ${Math.round(ageMs / 1000)} s ago (limit ${Math.round(maxAgeMs / 1000)} s)`,
      ageMs,
    };
  }
  return { ok: true, ageMs };
}
