import robotsModule from 'robots-parser';
import { decodeBody } from './decode-body.ts';
import { FetchError, FetchErrorCode, toFetchError } from './fetch-error.ts';
import { CrawlerAgentName, fetchUrl, type FetchOptions } from './fetch-url.ts';

// robots-parser's types declare `export default`, but the package is CommonJS whose
// module.exports IS the function, which is what Node's default import yields at run time.
const robotsParser = robotsModule as unknown as typeof robotsModule.default;

/** A robots.txt answer: its HTTP status (0 when unreachable, with the network `error`) and text. */
export type RobotsResponse = { status: number; text: string; error?: FetchError };
/** Gets one robots.txt; injected so tests and jobs choose how. */
export type FetchRobotsTxt = (robotsUrl: string) => Promise<RobotsResponse>;

/** Answers robots.txt questions for any URL, fetching each origin's file at most once per TTL. */
export type RobotsChecker = {
  isAllowed(url: string, userAgent?: string): Promise<boolean>;
  /** Crawl-delay for the agent, in ms, when the file sets one. */
  crawlDelayMs(url: string, userAgent?: string): Promise<number | null>;
  sitemaps(url: string): Promise<string[]>;
};

type Robot = ReturnType<typeof robotsParser>;
type Entry = { robot: Promise<Robot>; expiresAt: number };

/** fetchRobotsTxt over fetchUrl: HTTP errors become statuses, network failures status 0. */
export function createRobotsFetch(options: FetchOptions = {}): FetchRobotsTxt {
  return async (robotsUrl) => {
    try {
      const res = await fetchUrl(robotsUrl, {
        maxBytes: 512 * 1024,
        ...options,
        accept: 'text/plain',
      });
      return { status: res.status, text: decodeBody(res.body, res.contentType).text };
    } catch (error) {
      if (error instanceof FetchError && error.code === FetchErrorCode.HttpStatus) {
        return { status: error.status ?? 0, text: '' };
      }
      return {
        status: 0,
        text: '',
        error: error instanceof FetchError ? error : toFetchError(error, robotsUrl, false),
      };
    }
  };
}

// RFC 9309: a missing file (4xx) allows everything; a failing server (5xx, unreachable) allows
// nothing until it answers again, so those answers are kept for a shorter time.
function toRobot(robotsUrl: string, res: RobotsResponse): Robot {
  if (res.status >= 200 && res.status < 300) {
    return robotsParser(robotsUrl, res.text);
  }
  if (res.status >= 400 && res.status < 500) {
    return robotsParser(robotsUrl, '');
  }
  return robotsParser(robotsUrl, 'User-agent: *\nDisallow: /\n');
}

/** A robots.txt cache by origin (ttlMs default 6 h; failures 10 min). */
export function createRobotsChecker(deps: {
  fetchRobotsTxt: FetchRobotsTxt;
  ttlMs?: number;
  failureTtlMs?: number;
  maxOrigins?: number;
  now?: () => number;
}): RobotsChecker {
  const { fetchRobotsTxt, ttlMs = 6 * 3_600_000, failureTtlMs = 600_000, maxOrigins = 5000 } = deps;
  const now = deps.now ?? Date.now;
  const cache = new Map<string, Entry>();

  const robotFor = (url: string): Promise<Robot> => {
    const origin = new URL(url).origin;
    const cached = cache.get(origin);
    if (cached !== undefined && cached.expiresAt > now()) {
      return cached.robot;
    }
    const robotsUrl = `${origin}/robots.txt`;
    const entry: Entry = { robot: Promise.resolve(robotsParser(robotsUrl, '')), expiresAt: 0 };
    entry.robot = fetchRobotsTxt(robotsUrl).then((res) => {
      const ok = res.status > 0 && res.status < 500;
      entry.expiresAt = now() + (ok ? ttlMs : failureTtlMs);
      return toRobot(robotsUrl, res);
    });
    entry.expiresAt = Number.POSITIVE_INFINITY; // shared by concurrent callers until it settles
    cache.delete(origin);
    cache.set(origin, entry);
    if (cache.size > maxOrigins) {
      cache.delete(cache.keys().next().value as string);
    }
    return entry.robot;
  };

  return {
    isAllowed: async (url, userAgent = CrawlerAgentName) =>
      (await robotFor(url)).isAllowed(url, userAgent) !== false,
    crawlDelayMs: async (url, userAgent = CrawlerAgentName) => {
      const seconds = (await robotFor(url)).getCrawlDelay(userAgent);
      return seconds === undefined ? null : seconds * 1000;
    },
    sitemaps: async (url) => (await robotFor(url)).getSitemaps(),
  };
}

/**
 * Why an origin's robots.txt could not be read: the network failure that kept us from the host
 * (DNS, connect, timeout, TLS: the host's own trouble, not robots.txt's), or 'HTTP 503' and the
 * like when the host answered but its robots.txt failed.
 */
export type RobotsProblem = FetchError | string;

/** The crawler's robots.txt: the checker, and why each origin's file could not be read last time. */
export function createRobotsGate(options: FetchOptions = {}): {
  robots: RobotsChecker;
  robotsProblem: (url: string) => RobotsProblem | null;
} {
  const fetchRobotsTxt = createRobotsFetch(options);
  const problems = new Map<string, RobotsProblem>();
  const robots = createRobotsChecker({
    fetchRobotsTxt: async (robotsUrl) => {
      const res = await fetchRobotsTxt(robotsUrl);
      const origin = new URL(robotsUrl).origin;
      if (res.status === 0 || res.status >= 500) {
        problems.set(
          origin,
          res.error ?? (res.status === 0 ? 'unreachable' : `HTTP ${res.status}`),
        );
      } else {
        problems.delete(origin);
      }
      if (problems.size > 5000) {
        problems.delete(problems.keys().next().value as string);
      }
      return res;
    },
  });
  return { robots, robotsProblem: (url) => problems.get(new URL(url).origin) ?? null };
}
