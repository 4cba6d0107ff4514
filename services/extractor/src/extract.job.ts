import { extractAwards, fromStoredArticle } from '@pw/award-reader';
import { ArticleStage, FailureCode, PipelineError } from '@pw/domain';
import type { Processor, QueueName } from '@pw/queues';
import type { ArticleRepository, AwardRepository } from '@pw/storage';
import { toAwardDraft, toAwardSource } from './to-award-draft.ts';

/** What the extract job needs. */
export interface ExtractDeps {
  articles: ArticleRepository;
  awards: AwardRepository;
}

/** Turns a kept article into award records, one source each; the article ends `recorded`. */
export function extractJob({ articles, awards }: ExtractDeps): Processor<typeof QueueName.Extract> {
  return async ({ articleId }, { log }) => {
    // in flight, its text is still in Redis: one round trip, no document-store read
    const inFlight = await articles.readFetched(articleId, { page: false });
    const current = inFlight?.article ?? (await articles.get(articleId));
    if (current.stage !== ArticleStage.Classified) {
      // a retry after the final move: the line it owes the ledger if the store was away then
      await articles.settle(articleId);
      return { outcome: 'skipped', stage: current.stage };
    }
    const article = inFlight?.article ?? (await articles.getKept(articleId));
    if (!article?.text) {
      throw new PipelineError(FailureCode.Internal, 'the kept article has no stored text', {
        retryable: false,
      });
    }
    const mentions = extractAwards(fromStoredArticle(article));
    // a results report that names no winner (a ceremony story) is kept, with no award: not a failure
    const keys: string[] = [];
    let created = 0;
    for (const mention of mentions) {
      try {
        const res = await awards.upsertWithSource(
          toAwardDraft(mention),
          toAwardSource(article, mention),
        );
        keys.push(res.key);
        created += res.created ? 1 : 0;
      } catch (err) {
        throw new PipelineError(FailureCode.StoreFailed, 'recording an award failed', {
          retryable: true,
          cause: err,
        });
      }
    }
    if (!(await articles.saveRecorded(articleId, [...new Set(keys)]))) {
      // another run of this job (a stalled one taken up again) moved it first
      log.info({ articleId }, 'article recorded by another run');
      return { outcome: 'skipped', stage: ArticleStage.Recorded };
    }
    log.info({ articleId, awards: keys.length, created }, 'article recorded');
    return { outcome: 'recorded', awards: keys.length, created };
  };
}
