import { errorCode, errorMessage } from '@pw/domain';
import { createHash } from 'node:crypto';
import type { Processor, Producer, QueueName } from '@pw/queues';
import {
  SourceStatus,
  type ArticleRepository,
  type NewArticle,
  type SourceStateRepository,
} from '@pw/storage';
import { hostSpread, takeIn } from './intake.ts';
import type { PoliteFetch } from './politeness/polite-fetch.ts';
import { isSilent } from './schedule.ts';
import type { SourceRegistry } from './source-registry.ts';
import { canonicalUrl } from './steps/canonical-url.ts';
import { decodeBody } from './steps/decode-body.ts';
import { FeedAccept, parseFeed, type FeedItem } from './steps/parse-feed.ts';
import { parseSitemap } from './steps/parse-sitemap.ts';

/** The outlet of an item from a search feed: the publisher it names, else the link's host. */
function outletOf(item: FeedItem): string {
  const from = item.source?.url ?? item.link;
  try {
    return new URL(from).hostname.replace(/^www\./, '');
  } catch {
    return new URL(item.link).hostname;
  }
}

/** What the discover job needs. */
export interface PollFeedDeps {
  sources: SourceRegistry;
  states: SourceStateRepository;
  articles: ArticleRepository;
  producer: Producer;
  fetch: PoliteFetch;
  /** After this many failed polls in a row a source is marked broken (and polled rarely). */
  brokenAfter: number;
  /**
   * The host's politeness interval (ms): the n-th new item of one host is queued n intervals
   * later, so fetch workers are not all held waiting on one host while others are free.
   */
  spreadMs?: number;
}

/** Feed items are checked, put in flight and enqueued this many at a time. */
const Batch = 1000;

/**
 * Ingests a feed's items in batches: one Redis round trip says which URLs are new, the new ones
 * go in flight, their fetch jobs are added in bulk under deterministic ids, and only then are the
 * URLs marked seen — so a poll cut short anywhere is continued by the next one. Before each batch
 * the poll checks it still holds its job's lock, and stops writing once it does not. The source
 * says "interrupted" from the first batch until the poll finishes.
 */
async function ingestItems(
  deps: PollFeedDeps,
  feed: { url: string; sourceId: string; outlet: string | null },
  feedItems: FeedItem[],
  holdsLock: () => Promise<boolean>,
): Promise<{ created: number } | 'lock-lost'> {
  const { states, spreadMs = 0 } = deps;
  const byUrl = new Map<string, NewArticle>();
  for (const item of feedItems) {
    if (!item.link) {
      continue;
    }
    const url = canonicalUrl(item.link);
    if (!byUrl.has(url)) {
      byUrl.set(url, {
        url,
        feedUrl: feed.url,
        sourceId: feed.sourceId,
        outlet: feed.outlet ?? outletOf(item),
        title: item.title ?? null,
        publishedAt: item.publishedAt ?? null,
      });
    }
  }
  const items = [...byUrl.values()];
  let created = 0;
  let marked = false;
  const delayOf = hostSpread(spreadMs);
  const markInterrupted = async () => {
    if (!marked) {
      marked = true;
      await states.update(feed.sourceId, {
        status: SourceStatus.Failing,
        lastError: {
          code: 'feed.interrupted',
          message: `a poll of ${items.length} items started and has not finished`,
          at: new Date(),
        },
      });
    }
  };
  for (let start = 0; start < items.length; start += Batch) {
    if (!(await holdsLock())) {
      return 'lock-lost';
    }
    const batch = items.slice(start, start + Batch);
    created += (await takeIn(deps, batch, { delayOf, beforeEnqueue: markInterrupted })).created;
  }
  return { created };
}

/** discover: fetch the feed → parse (salvaging what it can) → insert new articles → enqueue fetch. */
export function pollFeedJob(deps: PollFeedDeps): Processor<typeof QueueName.Discover> {
  const { sources, states, fetch } = deps;
  return async ({ sourceId }, { log, holdsLock = () => Promise.resolve(true) }) => {
    const source = sources.get(sourceId);
    if (!source?.enabled || !source.url) {
      return { outcome: 'skipped', reason: source ? 'disabled or no feed URL' : 'unknown source' };
    }
    const state = await states.get(sourceId);
    const now = new Date();
    try {
      const res = await fetch(source.url, {
        etag: state?.etag ?? null,
        lastModified: state?.lastModified ?? null,
        accept: FeedAccept,
      });
      if (res.notModified) {
        await states.update(sourceId, {
          status: SourceStatus.Ok,
          lastPolledAt: now,
          consecutiveErrors: 0,
        });
        return { outcome: 'not-modified' };
      }
      // some servers send stale validators: the body hash is the real change detector
      const bodyHash = createHash('sha256').update(res.body).digest('hex');
      if (bodyHash === state?.bodyHash) {
        await states.update(sourceId, {
          status: SourceStatus.Ok,
          lastPolledAt: now,
          consecutiveErrors: 0,
          etag: res.etag,
          lastModified: res.lastModified,
        });
        return { outcome: 'unchanged' };
      }
      const text = decodeBody(res.body, res.contentType).text;
      const feed =
        source.kind === 'sitemap' ? parseSitemap(text, res.url) : await parseFeed(text, res.url);
      const ingest = await ingestItems(
        deps,
        { url: source.url, sourceId, outlet: source.outlet ?? null },
        feed.items,
        holdsLock,
      );
      if (ingest === 'lock-lost') {
        // another worker owns this poll now: it writes the source's state, not us
        log.warn({ sourceId }, 'feed poll lost its lock; stopped');
        return { outcome: 'lock-lost' };
      }
      const created = ingest.created;
      // a source that has published nothing new for far longer than its schedule is flagged
      const lastNew = created > 0 ? now : (state?.lastNewItemAt ?? null);
      const silent = isSilent(lastNew, now, source.pollIntervalMinutes * 60_000);
      await states.update(
        sourceId,
        {
          status: silent ? SourceStatus.Silent : SourceStatus.Ok,
          lastPolledAt: now,
          consecutiveErrors: 0,
          lastError:
            feed.lost > 0
              ? { code: 'feed.salvaged', message: feed.warnings.join('; ').slice(0, 500), at: now }
              : null,
          etag: res.etag,
          lastModified: res.lastModified,
          bodyHash,
          ...(created > 0 ? { lastNewItemAt: now } : {}),
        },
        { itemsSeen: feed.items.length, lostItems: feed.lost },
      );
      log.info({ sourceId, items: feed.items.length, created, lost: feed.lost }, 'feed polled');
      return { outcome: 'polled', items: feed.items.length, created, lost: feed.lost };
    } catch (err) {
      const code = errorCode(err) ?? 'feed.failed';
      const message = errorMessage(err);
      // counted under the source's lock: failing after 3 in a row or an hour, broken much later
      const { consecutiveErrors: errors } = await states.recordFailure(sourceId, {
        code,
        message: message.slice(0, 500),
        at: now,
      });
      // the next scheduled poll is the retry: a feed error is recorded on the source, not thrown
      log.warn({ sourceId, code, errors, err: message }, 'feed poll failed');
      return { outcome: 'failed', code };
    }
  };
}
