import { errorCode, errorMessage } from '@pw/domain';
import { decodeBody } from './decode-body.ts';
import type { FetchResult } from './fetch-url.ts';
import { parseFeed } from './parse-feed.ts';

/** One source's health right now. */
export type ProbeReport = {
  id: string;
  url: string | null;
  status: 'ok' | 'not-modified' | 'error' | 'skipped';
  items: number | null;
  lost: number | null;
  code: string | null;
  message: string | null;
  ms: number;
};

/** The part of a source the probe needs (the Source type fits). */
export type ProbeTarget = { id: string; url: string | null; enabled: boolean };

/** Fetches and parses one source's feed and says how it went; never throws. */
export async function probeSource(
  source: ProbeTarget,
  fetch: (url: string) => Promise<FetchResult>,
  now: () => number = Date.now,
): Promise<ProbeReport> {
  const base = {
    id: source.id,
    url: source.url,
    items: null,
    lost: null,
    code: null,
    message: null,
  };
  if (!source.enabled || source.url === null) {
    return {
      ...base,
      status: 'skipped',
      message: source.url === null ? 'no feed url' : 'disabled',
      ms: 0,
    };
  }
  const started = now();
  try {
    const res = await fetch(source.url);
    if (res.notModified) {
      return { ...base, status: 'not-modified', ms: now() - started };
    }
    const feed = await parseFeed(decodeBody(res.body, res.contentType).text, res.url);
    return {
      ...base,
      status: 'ok',
      items: feed.items.length,
      lost: feed.lost,
      message: feed.warnings.length > 0 ? feed.warnings.join('; ') : null,
      ms: now() - started,
    };
  } catch (error) {
    return {
      ...base,
      status: 'error',
      code: errorCode(error) ?? 'unknown',
      message: errorMessage(error),
      ms: now() - started,
    };
  }
}
