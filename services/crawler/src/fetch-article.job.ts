import { ArticleStage, FailureCode, PipelineError } from '@pw/domain';
import { QueueName, jobIdFor, type Processor, type Producer } from '@pw/queues';
import type { ArticleRepository } from '@pw/storage';
import type { PoliteFetch } from './politeness/polite-fetch.ts';
import type { SyndicationIndex } from './syndication.ts';
import { canonicalUrl } from './steps/canonical-url.ts';
import { decodeBody } from './steps/decode-body.ts';
import { extractArticle } from './steps/extract-article.ts';

/** What the fetch job needs. */
export interface FetchArticleDeps {
  articles: ArticleRepository;
  producer: Producer;
  fetch: PoliteFetch;
  syndication: SyndicationIndex;
}

/**
 * fetch: page → decode → readable text → handed to the classifier through Redis (text and gzip
 * page with an expiry; nothing written to the document store yet) → classify.
 */
export function fetchArticleJob(deps: FetchArticleDeps): Processor<typeof QueueName.Fetch> {
  const { articles, producer, fetch, syndication } = deps;
  return async ({ articleId }, { log }) => {
    const article = await articles.get(articleId);
    if (article.stage !== ArticleStage.Discovered) {
      if (article.stage === ArticleStage.Fetched) {
        await producer.enqueue(
          QueueName.Classify,
          { articleId },
          { jobId: jobIdFor(QueueName.Classify, articleId) },
        );
      }
      // a retry after a final move (rejected, failed): the line it owes the ledger if the store was away
      await articles.settle(articleId);
      return { outcome: 'skipped', stage: article.stage };
    }
    const page = await fetch(article.url, {
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
    });
    const html = decodeBody(page.body, page.contentType).text;
    const read = extractArticle(html, page.url);
    if (!read.text || read.text.trim().length < 40) {
      throw new PipelineError(FailureCode.PageNoText, 'no article text found on the page', {
        retryable: false,
      });
    }
    // the same story under another URL (rel=canonical, AMP, redirects): one article per canonical URL
    const canonical = canonicalUrl(page.url, read.canonicalUrl);
    if (canonical !== article.url && (await articles.isKnownUrl(canonical))) {
      const twin = await articles.findByUrl(canonical);
      if (twin?._id !== articleId) {
        await articles.reject(articleId, {
          stage: 'fetch',
          code: FailureCode.Duplicate,
          message: `same page as article ${twin?._id ?? canonical} (${canonical})`,
        });
        return { outcome: 'duplicate', of: twin?._id ?? null };
      }
    }
    const { fingerprint, clusterId } = await syndication.assign(articleId, read.text);
    await articles.saveFetched(
      articleId,
      {
        title: read.title ?? article.title,
        text: read.text,
        htmlLang: read.lang,
        publishedAt: read.publishedAt ?? article.publishedAt,
        // the outlet stays the domain (stable, what corroboration counts); og:site_name varies by page
        outlet: article.outlet,
        author: read.author,
        clusterId,
        fingerprint,
      },
      { body: page.body, contentType: page.contentType },
    );
    await producer.enqueue(
      QueueName.Classify,
      { articleId },
      { jobId: jobIdFor(QueueName.Classify, articleId) },
    );
    log.debug({ articleId, chars: read.text.length, clusterId }, 'article fetched');
    return { outcome: 'fetched', chars: read.text.length };
  };
}
