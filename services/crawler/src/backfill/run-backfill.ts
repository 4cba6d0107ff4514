import { errorCode, errorMessage } from '@pw/domain';
import type { PoliteFetch } from '../politeness/polite-fetch.ts';
import { canonicalUrl } from '../steps/canonical-url.ts';
import { decodeBody } from '../steps/decode-body.ts';
import { FeedAccept, parseFeed, type FeedItem } from '../steps/parse-feed.ts';
import { inWindow, taskId, type DateWindow, type SearchTask } from './plan.ts';
import { walkSitemaps } from './sitemap-walk.ts';

/** An article a backfill found, ready for the pipeline's front door. */
export interface FoundArticle {
  url: string;
  outlet: string;
  title: string | null;
  publishedAt: Date | null;
  /** The search feed or sitemap root it came from. */
  feedUrl: string;
}

/** What a backfill needs from the outside; every fetch goes through the crawler's polite fetch. */
export interface BackfillDeps {
  fetch: PoliteFetch;
  /** The `Sitemap:` lines of an origin's robots.txt (cached with the robots rules). */
  robotsSitemaps: (origin: string) => Promise<string[]>;
  /** Sends articles into the pipeline; says how many were new to the store. */
  ingest: (found: FoundArticle[]) => Promise<{ created: number }>;
  /** For a dry run: which URLs the store already has. */
  known: (urls: string[]) => Promise<boolean[]>;
  /** Which task ids a previous run finished (a rerun skips them). */
  doneTasks: (ids: string[]) => Promise<Set<string>>;
  /** Remembers a finished or failed task. */
  recordTask: (result: TaskResult) => Promise<void>;
  onProgress?: (report: BackfillProgress) => void;
  sleep?: (ms: number) => Promise<void>;
  /** How often a task waits out a 429/503 before it counts as failed. */
  maxRateLimitWaits?: number;
  /** Longest single wait for a rate-limited host (ms). */
  maxWaitMs?: number;
  /** Bing result pages read per query at most. */
  maxPages?: number;
}

/** One outlet whose sitemaps are walked. */
export interface SitemapOutlet {
  outlet: string;
  /** A known sitemap URL (a `sitemap` source), else robots.txt and /sitemap.xml are tried. */
  sitemapUrl: string | null;
}

/** What one run does. */
export interface BackfillRequest {
  searches: SearchTask[];
  outlets: SitemapOutlet[];
  windows: DateWindow[];
  dryRun: boolean;
}

/** The outcome of one task, as stored for the next run. */
export interface TaskResult {
  id: string;
  kind: 'search' | 'sitemap';
  label: string;
  status: 'done' | 'failed';
  found: number;
  created: number;
  known: number;
  reason: string | null;
  at: Date;
}

/** Progress so far; `etaMs` is null until one task has finished. */
export interface BackfillProgress {
  done: number;
  total: number;
  found: number;
  created: number;
  known: number;
  failed: number;
  etaMs: number | null;
  current: string;
}

/** The closing summary. */
export interface BackfillSummary {
  tasks: number;
  skipped: number;
  queries: number;
  sitemapsRead: number;
  found: number;
  created: number;
  known: number;
  failed: { task: string; reason: string }[];
  dryRun: boolean;
}

const sleepFor = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function outletOf(item: FeedItem): string {
  const from = item.source?.url ?? item.link;
  try {
    return new URL(from).hostname.replace(/^www\./, '');
  } catch {
    return new URL(item.link).hostname.replace(/^www\./, '');
  }
}

/** A unit of work: reads something and returns the articles found in it. */
interface Task {
  id: string;
  kind: 'search' | 'sitemap';
  label: string;
  run: (count: { queries: number; sitemaps: number }) => Promise<FoundArticle[]>;
}

/**
 * Finds past reports through news-search feeds and the outlets' sitemaps and sends them through the
 * pipeline. Resumable (finished tasks are skipped on a rerun; a dry run records nothing), polite
 * (every request goes through the crawler's per-host limits and robots.txt; a 429 or 503 is
 * waited out), and every task that fails is named in the summary with its reason.
 */
export async function runBackfill(
  deps: BackfillDeps,
  request: BackfillRequest,
): Promise<BackfillSummary> {
  const sleep = deps.sleep ?? sleepFor;
  const maxWaits = deps.maxRateLimitWaits ?? 3;
  const maxWaitMs = deps.maxWaitMs ?? 120_000;
  const maxPages = deps.maxPages ?? 5;

  /** The fetch with 429/503 waited out a few times (the polite fetch has closed the host meanwhile). */
  const fetchText = async (url: string): Promise<{ text: string; url: string }> => {
    for (let waits = 0; ; waits++) {
      try {
        const res = await deps.fetch(url, {
          accept: FeedAccept,
        });
        return { text: decodeBody(res.body, res.contentType).text, url: res.url };
      } catch (err) {
        const retryAfterMs = (err as { retryAfterMs?: unknown }).retryAfterMs;
        if (typeof retryAfterMs === 'number' && waits < maxWaits) {
          await sleep(Math.min(Math.max(retryAfterMs, 100), maxWaitMs));
          continue;
        }
        throw err;
      }
    }
  };

  const searchTask = (s: SearchTask): Task => ({
    id: s.id,
    kind: 'search',
    label: `${s.engine} ${s.edition}: ${s.query}`,
    run: async (count) => {
      const found = new Map<string, FoundArticle>();
      for (let page = 0; page < (s.engine === 'bing' ? maxPages : 1); page++) {
        const url = new URL(s.url);
        if (page > 0) {
          url.searchParams.set('first', String(page * 10 + 1));
        }
        count.queries++;
        const doc = await fetchText(url.href);
        const feed = await parseFeed(doc.text, doc.url);
        let fresh = 0;
        for (const item of feed.items) {
          if (item.publishedAt && !inWindow(item.publishedAt, s.window)) {
            continue;
          }
          const canonical = canonicalUrl(item.link);
          if (!found.has(canonical)) {
            fresh++;
            found.set(canonical, {
              url: canonical,
              outlet: outletOf(item),
              title: item.title,
              publishedAt: item.publishedAt,
              feedUrl: s.url,
            });
          }
        }
        // the last page: empty, or the engine repeating what it already gave
        if (feed.items.length === 0 || fresh === 0) {
          break;
        }
      }
      return [...found.values()];
    },
  });

  const sitemapTask = (o: SitemapOutlet): Task => ({
    id: taskId(['sitemap', o.outlet, ...request.windows.map((w) => `${w.from}/${w.to}`)]),
    kind: 'sitemap',
    label: `sitemaps of ${o.outlet}`,
    run: async (count) => {
      const origin = `https://${o.outlet}`;
      const roots = o.sitemapUrl
        ? [o.sitemapUrl]
        : await deps
            .robotsSitemaps(origin)
            .then((s) => (s.length > 0 ? s : [`${origin}/sitemap.xml`]));
      const walk = await walkSitemaps(fetchText, roots, request.windows);
      count.sitemaps += walk.sitemapsRead;
      if (walk.items.length === 0 && walk.failures.length > 0) {
        const first = walk.failures[0] as { url: string; reason: string };
        throw Object.assign(new Error(`${first.url}: ${first.reason}`), { code: first.reason });
      }
      return walk.items.map((item) => ({
        url: canonicalUrl(item.link),
        outlet: o.outlet,
        title: item.title,
        publishedAt: item.publishedAt,
        feedUrl: roots[0] as string,
      }));
    },
  });

  const tasks = [...request.searches.map(searchTask), ...request.outlets.map(sitemapTask)];
  const done = request.dryRun ? new Set<string>() : await deps.doneTasks(tasks.map((t) => t.id));
  const todo = tasks.filter((t) => !done.has(t.id));
  const seenThisRun = new Set<string>();
  const count = { queries: 0, sitemaps: 0 };
  const summary: BackfillSummary = {
    tasks: tasks.length,
    skipped: tasks.length - todo.length,
    queries: 0,
    sitemapsRead: 0,
    found: 0,
    created: 0,
    known: 0,
    failed: [],
    dryRun: request.dryRun,
  };
  const started = Date.now();
  const report = (index: number, current: string) =>
    deps.onProgress?.({
      done: index,
      total: todo.length,
      found: summary.found,
      created: summary.created,
      known: summary.known,
      failed: summary.failed.length,
      etaMs:
        index === 0 ? null : Math.round(((Date.now() - started) / index) * (todo.length - index)),
      current,
    });

  for (const [index, task] of todo.entries()) {
    report(index, task.label);
    const result: TaskResult = {
      id: task.id,
      kind: task.kind,
      label: task.label,
      status: 'done',
      found: 0,
      created: 0,
      known: 0,
      reason: null,
      at: new Date(),
    };
    try {
      const found = (await task.run(count)).filter((f) => !seenThisRun.has(f.url));
      found.forEach((f) => seenThisRun.add(f.url));
      result.found = found.length;
      if (request.dryRun) {
        const known = await deps.known(found.map((f) => f.url));
        result.known = known.filter(Boolean).length;
        result.created = found.length - result.known;
      } else {
        result.created = (await deps.ingest(found)).created;
        result.known = found.length - result.created;
      }
    } catch (err) {
      result.status = 'failed';
      result.reason = `${errorCode(err) ?? 'backfill.failed'}: ${errorMessage(err).slice(0, 300)}`;
      summary.failed.push({ task: task.label, reason: result.reason });
    }
    summary.found += result.found;
    summary.created += result.created;
    summary.known += result.known;
    if (!request.dryRun) {
      await deps.recordTask(result);
    }
  }
  report(todo.length, 'selesai');
  summary.queries = count.queries;
  summary.sitemapsRead = count.sitemaps;
  return summary;
}
