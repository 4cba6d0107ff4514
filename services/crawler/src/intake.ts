import { QueueName, jobIdFor, type Producer } from '@pw/queues';
import type { ArticleRepository, NewArticle } from '@pw/storage';

/** What the pipeline's front door needs. */
export interface IntakeDeps {
  articles: ArticleRepository;
  producer: Producer;
}

/** How one batch is queued. */
export interface IntakeOptions {
  /** The delay of a URL's fetch job (ms); see hostSpread. */
  delayOf?: (url: string) => number;
  /** Runs before the batch's first job is queued (a poll marks itself interrupted until done). */
  beforeEnqueue?: () => Promise<void>;
}

/** What one batch did: the ids sent to the fetch queue, and how many were new to the store. */
export interface IntakeResult {
  enqueued: string[];
  created: number;
}

/**
 * The n-th URL of one host is queued n politeness intervals later, so fetch workers are not all
 * held waiting on one host while others are free. One per feed poll or backfill run.
 */
export function hostSpread(spreadMs: number): (url: string) => number {
  const perHost = new Map<string, number>();
  return (url) => {
    const host = new URL(url).host;
    const n = perHost.get(host) ?? 0;
    perHost.set(host, n + 1);
    return n * spreadMs;
  };
}

/**
 * The pipeline's front door for a batch of discovered URLs: one Redis round trip says which are
 * new, the new ones go in flight, their fetch jobs are added in bulk under deterministic ids, and
 * only then are the URLs marked seen — so a batch cut short anywhere is taken up again by the next
 * one. Feed polls and the backfill both come in this way.
 */
export async function takeIn(
  { articles, producer }: IntakeDeps,
  batch: readonly NewArticle[],
  { delayOf, beforeEnqueue }: IntakeOptions = {},
): Promise<IntakeResult> {
  const found = await articles.discoverMany([...batch]);
  const unseen = found
    .map((f, i) => ({ ...f, url: (batch[i] as NewArticle).url }))
    .filter((f) => f.unseen);
  if (unseen.length > 0) {
    await beforeEnqueue?.();
    await producer.enqueueMany(
      QueueName.Fetch,
      unseen.map(({ articleId, url }) => ({
        payload: { articleId },
        jobId: jobIdFor(QueueName.Fetch, articleId),
        ...(delayOf ? { delayMs: delayOf(url) } : {}),
      })),
    );
    await articles.markSeen(unseen.map((f) => f.articleId));
  }
  return {
    enqueued: unseen.map((f) => f.articleId),
    created: found.filter((f) => f.created).length,
  };
}
