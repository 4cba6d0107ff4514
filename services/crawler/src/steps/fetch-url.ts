import type { Agent } from 'undici';
import { createAllowList, type ResolveHost } from './address-guard.ts';
import { FetchError, FetchErrorCode, toFetchError } from './fetch-error.ts';
import { checkTarget, createGuardedAgent, discard, flatten } from './guarded-agent.ts';
import { readBody } from './read-body.ts';
import { parseRetryAfter } from './retry-after.ts';

/** The product token robots.txt rules are matched against. */
export const CrawlerAgentName = 'ParitranaWatchBot';
/** Sent with every request so outlets can tell who is crawling them. */
export const DefaultUserAgent = `${CrawlerAgentName}/0.1 (news monitor for Paritrana Award reports)`;

/** Limits and hooks for one fetch; every time is in ms, every size in bytes. */
export type FetchOptions = {
  maxBytes?: number;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  totalTimeoutMs?: number;
  maxRedirects?: number;
  userAgent?: string;
  accept?: string;
  etag?: string | null;
  lastModified?: string | null;
  /** Addresses or CIDRs exempt from the private-address guard (tests: ['127.0.0.1']). */
  allowAddresses?: readonly string[];
  /** DNS resolution; defaults to the system resolver. */
  resolveHost?: ResolveHost;
  now?: () => number;
  signal?: AbortSignal;
  /**
   * A guarded agent shared by many fetches (createFetchAgent, with the same allowAddresses), so
   * connections to a host are kept alive between them; without it each fetch opens its own.
   */
  agent?: Agent;
};

/** A usable response (2xx, or 304 with `notModified`). */
export type FetchResult = {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  notModified: boolean;
  retryAfterMs: number | null;
};

/** Defaults for FetchOptions: a news page or feed never needs more. */
export const FetchDefaults = {
  maxBytes: 5 * 1024 * 1024,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  totalTimeoutMs: 30_000,
  maxRedirects: 5,
} as const;

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** GETs a feed, page or robots.txt with timeouts, a byte cap, guarded redirects and addresses. */
export async function fetchUrl(rawUrl: string, options: FetchOptions = {}): Promise<FetchResult> {
  const allow = createAllowList(options.allowAddresses ?? []);
  const deadline = AbortSignal.timeout(options.totalTimeoutMs ?? FetchDefaults.totalTimeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const agent = options.agent ?? createFetchAgent(options);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? DefaultUserAgent,
    accept: options.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag != null) {
    headers['if-none-match'] = options.etag;
  }
  if (options.lastModified != null) {
    headers['if-modified-since'] = options.lastModified;
  }
  const seen = new Set<string>();
  let current = rawUrl;
  try {
    for (let hop = 0; ; hop += 1) {
      const url = checkTarget(current, allow);
      if (seen.has(url.href)) {
        throw new FetchError(FetchErrorCode.RedirectLoop, `redirect loop at ${url.href}`, {
          url: rawUrl,
          retryable: false,
        });
      }
      seen.add(url.href);
      const response = await agent.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        signal,
        headersTimeout: options.headersTimeoutMs ?? FetchDefaults.headersTimeoutMs,
        bodyTimeout: options.bodyTimeoutMs ?? FetchDefaults.bodyTimeoutMs,
      });
      const flat = flatten(response.headers);
      const location = flat['location'];
      if (redirectStatuses.has(response.statusCode) && location !== undefined) {
        discard(response.body);
        if (hop >= (options.maxRedirects ?? FetchDefaults.maxRedirects)) {
          throw new FetchError(FetchErrorCode.TooManyRedirects, `more than ${hop} redirects`, {
            url: rawUrl,
            retryable: false,
          });
        }
        current = URL.parse(location, url.href)?.href ?? location; // checkTarget refuses junk
        continue;
      }
      const retryAfterMs = parseRetryAfter(flat['retry-after'], options.now?.() ?? Date.now());
      const status = response.statusCode;
      if (status !== 304 && (status < 200 || status > 299)) {
        discard(response.body);
        throw new FetchError(FetchErrorCode.HttpStatus, `HTTP ${status} from ${url.href}`, {
          url: url.href,
          status,
          retryAfterMs,
          retryable: status === 408 || status === 425 || status === 429 || status >= 500,
        });
      }
      const body =
        status === 304
          ? (discard(response.body), Buffer.alloc(0))
          : await readBody(response.body, {
              contentEncoding: flat['content-encoding'],
              contentLength: flat['content-length'],
              maxBytes: options.maxBytes ?? FetchDefaults.maxBytes,
              url: url.href,
            });
      return {
        url: url.href,
        status,
        headers: flat,
        body,
        contentType: flat['content-type'] ?? null,
        etag: flat['etag'] ?? null,
        lastModified: flat['last-modified'] ?? null,
        notModified: status === 304,
        retryAfterMs,
      };
    }
  } catch (error) {
    if (options.signal?.aborted === true && !deadline.aborted) {
      throw options.signal.reason; // the caller cancelled: not a fetch failure
    }
    throw toFetchError(error, current, deadline.aborted);
  } finally {
    if (agent !== options.agent) {
      void agent.destroy().catch(() => undefined);
    }
  }
}

/**
 * The guarded agent fetchUrl uses: every new connection goes through the private-address guard
 * of `allowAddresses`; share one (FetchOptions.agent) to keep connections alive between fetches.
 */
export function createFetchAgent(
  options: Pick<FetchOptions, 'allowAddresses' | 'connectTimeoutMs' | 'resolveHost'> = {},
): Agent {
  return createGuardedAgent(
    createAllowList(options.allowAddresses ?? []),
    options.connectTimeoutMs ?? FetchDefaults.connectTimeoutMs,
    options.resolveHost,
  );
}
