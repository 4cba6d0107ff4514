import { ArticleStage, FailureCode, FinalStages } from '@pw/domain';
import { QueueName, jobIdFor, type Processor, type Producer } from '@pw/queues';
import type { ArticleRepository } from '@pw/storage';

/** What the sweep needs. */
export interface SweepDeps {
  articles: ArticleRepository;
  producer: Producer;
  stuckAfterMs: number;
  /** Re-enqueues before an article stuck again is failed as `pipeline.stuck`. */
  maxRequeues: number;
  /** How often expired ledger lines are pruned (ms; a prune scans the ledger on FerretDB). */
  pruneEveryMs?: number;
}

const nextQueue = {
  [ArticleStage.Discovered]: QueueName.Fetch,
  [ArticleStage.Fetched]: QueueName.Classify,
  [ArticleStage.Classified]: QueueName.Extract,
} as const;

/**
 * sweep: articles whose stage has not moved for too long are re-enqueued, then failed with a
 * reason; a finished article a crash left in flight gets its ledger line; expired ledger lines go.
 */
export function sweepJob({
  articles,
  producer,
  stuckAfterMs,
  maxRequeues,
  pruneEveryMs = 3_600_000,
}: SweepDeps): Processor<typeof QueueName.Sweep> {
  return async (_payload, { log }) => {
    const stuck = await articles.findStuck(new Date(Date.now() - stuckAfterMs));
    let requeued = 0;
    let failed = 0;
    let settled = 0;
    for (const { _id: articleId, stage, attempts } of stuck) {
      if (FinalStages.includes(stage)) {
        settled += (await articles.settle(articleId)) ? 1 : 0;
        continue;
      }
      if (!(stage in nextQueue)) {
        continue;
      }
      const queue = nextQueue[stage as keyof typeof nextQueue];
      if (attempts >= maxRequeues) {
        await articles.fail(articleId, {
          stage: queue,
          code: FailureCode.Stuck,
          message: `stage ${stage} did not move after ${attempts} re-enqueues`,
        });
        failed++;
        continue;
      }
      const jobId = jobIdFor(queue, articleId);
      const existing = await producer.queue(queue).getJob(jobId);
      const state = existing ? await existing.getState() : 'missing';
      let requeue = true;
      if (state === 'failed' && existing) {
        await existing.retry('failed');
      } else if (state === 'completed' || state === 'missing' || state === 'unknown') {
        await existing?.remove().catch(() => undefined);
        await producer.enqueue(queue, { articleId }, { jobId });
      } else {
        // waiting, delayed (a polite spread over a big feed) or active: the job is there and the
        // article waits its turn; that is no re-enqueue
        requeue = false;
      }
      await articles.touch(articleId, stage, requeue);
      requeued += requeue ? 1 : 0;
    }
    const pruned = await articles.prune({ everyMs: pruneEveryMs });
    if (stuck.length > 0 || pruned) {
      log.info({ stuck: stuck.length, requeued, failed, settled, pruned }, 'sweep done');
    }
    return { stuck: stuck.length, requeued, failed, settled, pruned };
  };
}
