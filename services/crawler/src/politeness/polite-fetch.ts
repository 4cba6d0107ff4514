import type { FetchOptions, FetchResult } from '../steps/fetch-url.ts';
import { fetchUrl } from '../steps/fetch-url.ts';
import { FetchError } from '../steps/fetch-error.ts';
import { checkScheme } from '../steps/guarded-agent.ts';
import { HostBusyError, type HostLimiter } from './host-limiter.ts';

/** A fetch that asks robots.txt, waits for the host's slot and honours Retry-After for that host. */
export type PoliteFetch = (url: string, options?: Partial<FetchOptions>) => Promise<FetchResult>;

/** Raised when robots.txt disallows the URL; permanent. */
export class RobotsDisallowedError extends Error {
  readonly code = 'fetch.robots-disallowed';
  readonly retryable = false;
  constructor(url: string) {
    super(`robots.txt disallows ${url}`);
    this.name = 'RobotsDisallowedError';
  }
}

/** Raised when robots.txt could not be read (unreachable, 5xx): RFC 9309 says wait, so retry later. */
export class RobotsUnavailableError extends Error {
  readonly code = 'fetch.robots-unavailable';
  readonly retryable = true;
  constructor(url: string, problem: string) {
    super(
      `robots.txt for ${new URL(url).origin} could not be read (${problem}); not fetching ${url} until it can`,
    );
    this.name = 'RobotsUnavailableError';
  }
}

/** What polite fetching needs. */
export interface PoliteFetchDeps {
  limiter: HostLimiter;
  /** True when robots.txt allows the URL for our user agent (cached per origin). */
  isAllowed: (url: string) => Promise<boolean>;
  /**
   * Why the origin's robots.txt could not be read last time, or null when it could: a FetchError
   * when the host itself was out of reach (reported as that cause, not as a robots.txt problem).
   */
  robotsProblem: (url: string) => string | FetchError | null;
  defaults: FetchOptions;
}

/** Wraps the hardened fetch with the politeness rules every crawler process shares. */
export function createPoliteFetch({
  limiter,
  isAllowed,
  robotsProblem,
  defaults,
}: PoliteFetchDeps): PoliteFetch {
  return async (url, options = {}) => {
    checkScheme(url); // a javascript:, file:, data: or ftp: link fails at once, never retried
    if (!(await isAllowed(url))) {
      const problem = robotsProblem(url);
      if (problem instanceof FetchError) {
        throw new FetchError(problem.code, `${problem.message} (reaching ${new URL(url).host})`, {
          url,
          retryable: problem.retryable,
          cause: problem,
        });
      }
      throw problem ? new RobotsUnavailableError(url, problem) : new RobotsDisallowedError(url);
    }
    const host = new URL(url).host;
    const release = await limiter.acquire(host);
    try {
      return await fetchUrl(url, { ...defaults, ...options });
    } catch (err) {
      if (err instanceof FetchError && (err.status === 429 || err.status === 503)) {
        // for that host only: other outlets are not slowed down, and this job waits its turn
        const waitMs = err.retryAfterMs ?? 60_000;
        await limiter.block(host, waitMs);
        throw new HostBusyError(host, waitMs);
      }
      throw err;
    } finally {
      await release();
    }
  };
}
