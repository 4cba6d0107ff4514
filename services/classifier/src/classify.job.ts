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

/** Keeps Indonesian articles that report Paritrana results; every other article is rejected with its reason. */
export function classifyJob({
  articles,
  producer,
}: ClassifyDeps): Processor<typeof QueueName.Classify> {
  return async ({ articleId }, { log }) => {
    const article = await articles.get(articleId);
    if (article.stage !== ArticleStage.Fetched) {
      // a retry after the work was done, or a sweep re-enqueue: pass on what is owed, change nothing
      if (article.stage === ArticleStage.Classified) {
        await producer.enqueue(
          QueueName.Extract,
          { articleId },
          { jobId: jobIdFor(QueueName.Extract, articleId) },
        );
      }
      return { outcome: 'skipped', stage: article.stage };
    }
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
