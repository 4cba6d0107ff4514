import {
  classifyRelevance,
  detectLanguage,
  fromStoredArticle,
  RelevanceKind,
} from '@pw/award-reader';
import { ArticleStage, FailureCode, PipelineError } from '@pw/domain';
import { QueueName, jobIdFor, type Processor, type Producer } from '@pw/queues';
import type { ArticleRepository } from '@pw/storage';

/** What the classify job needs. */
export interface ClassifyDeps {
  articles: ArticleRepository;
  producer: Producer;
}

/** Re-fetches after the text expired from Redis before the article fails for it. */
const MaxRefetches = 2;

/**
 * Keeps Indonesian articles that report Paritrana results; every other article is rejected with
 * its reason. An article about the award in any way (results, nomination, assessment, mention)
 * is stored whole with its page; any other leaves only its ledger line.
 */
export function classifyJob({
  articles,
  producer,
}: ClassifyDeps): Processor<typeof QueueName.Classify> {
  return async ({ articleId }, { log }) => {
    // the article and its fetched text in one round trip; without the text, the article alone
    const fetched = await articles.readFetched(articleId);
    const current = fetched?.article ?? (await articles.get(articleId));
    if (current.stage !== ArticleStage.Fetched) {
      // a retry after the work was done, or a sweep re-enqueue: pass on what is owed, change nothing
      if (current.stage === ArticleStage.Classified) {
        await producer.enqueue(
          QueueName.Extract,
          { articleId },
          { jobId: jobIdFor(QueueName.Extract, articleId) },
        );
      }
      // a retry after a final move (rejected): the line it owes the ledger if the store was away
      await articles.settle(articleId);
      return { outcome: 'skipped', stage: current.stage };
    }
    if (!fetched) {
      // the text waited in Redis longer than its expiry: fetch the page again, or say why not
      if (current.attempts >= MaxRefetches) {
        throw new PipelineError(
          FailureCode.PageNoText,
          'the fetched text expired before classification',
          {
            retryable: false,
          },
        );
      }
      await articles.refetch(articleId);
      await articles.touch(articleId, ArticleStage.Discovered);
      await producer.enqueue(
        QueueName.Fetch,
        { articleId },
        { jobId: `${jobIdFor(QueueName.Fetch, articleId)}-again-${current.attempts + 1}` },
      );
      log.warn({ articleId }, 'fetched text expired; fetching again');
      return { outcome: 'refetch' };
    }
    const { article, page } = fetched;
    if (!article.text) {
      throw new PipelineError(FailureCode.PageNoText, 'the article has no text', {
        retryable: false,
      });
    }
    const input = fromStoredArticle(article);
    const language = detectLanguage(input);
    if (!language.isIndonesian) {
      await articles.reject(
        articleId,
        {
          stage: 'classify',
          code: FailureCode.NotIndonesian,
          message: `language ${language.language}`,
        },
        {
          classification: {
            language: language.language,
            kind: RelevanceKind.Unrelated,
            score: 0,
            signals: language.signals,
          },
        },
      );
      return { outcome: 'rejected', language: language.language };
    }
    const relevance = classifyRelevance(input);
    const classification = {
      language: language.language,
      kind: relevance.kind,
      score: relevance.score,
      signals: relevance.signals,
    };
    if (relevance.kind !== RelevanceKind.Unrelated) {
      // about the award: its text and page are kept for good (re-extraction, evidence)
      await articles.keep({ ...article, classification }, page);
    }
    if (relevance.kind !== RelevanceKind.Results) {
      await articles.reject(
        articleId,
        { stage: 'classify', code: FailureCode.NotAwardReport, message: `kind ${relevance.kind}` },
        { classification },
      );
      return { outcome: 'rejected', kind: relevance.kind };
    }
    // advance before enqueueing, so the extract job finds the stage it expects; a crash in between
    // is repaired by this job's retry (the branch above) or by the sweep
    await articles.saveClassified(articleId, classification);
    await producer.enqueue(
      QueueName.Extract,
      { articleId },
      { jobId: jobIdFor(QueueName.Extract, articleId) },
    );
    log.info({ articleId, score: relevance.score }, 'article kept');
    return { outcome: 'kept', score: relevance.score };
  };
}
