import type { ArticleRepository } from '@pw/storage';

/**
 * The host a fetch job fetched from, for the per-host fetch counters of worker telemetry: the
 * article the job names holds its URL (in Redis while in flight); null once it cannot be found.
 */
export function fetchJobHost(articles: Pick<ArticleRepository, 'find'>) {
  return async (job: { data: unknown }): Promise<string | null> => {
    const { articleId } = job.data as { articleId?: string };
    const article = articleId ? await articles.find(articleId).catch(() => null) : null;
    return article ? new URL(article.url).hostname : null;
  };
}
