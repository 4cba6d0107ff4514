import { QueueName, jobIdFor, type Producer } from '@pw/queues';
import type { ArticleRepository, NewArticle } from '@pw/storage';

/** What the pipeline's front door needs. */
export interface IntakeDeps {
  articles: ArticleRepository;
  producer: Producer;
}

/** What one batch did: the ids sent to the fetch queue, and how many were new to the store. */
export interface IntakeResult {
  enqueued: string[];
  created: number;
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
): Promise<IntakeResult> {
  const found = await articles.discoverMany([...batch]);
  const unseen = found.filter((f) => f.unseen).map((f) => f.articleId);
  if (unseen.length > 0) {
    await producer.enqueueMany(
      QueueName.Fetch,
      unseen.map((articleId) => ({
        payload: { articleId },
        jobId: jobIdFor(QueueName.Fetch, articleId),
      })),
    );
    await articles.markSeen(unseen);
  }
  return { enqueued: unseen, created: found.filter((f) => f.created).length };
}
