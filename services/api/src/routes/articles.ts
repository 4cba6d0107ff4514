import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ArticleStage, type Article } from '@pw/domain';
import { createArticleRepository } from '@pw/storage';
import type { AppDeps } from '../app.ts';

/** The ledger query: one stage, one page. */
export const ArticleQuery = z.strictObject({
  stage: z.enum(ArticleStage).default(ArticleStage.Failed),
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** An article as the ledger shows it: where it is and why it stopped, without its text. */
export function articleSummary(a: Article) {
  return {
    id: a._id,
    url: a.url,
    outlet: a.outlet,
    title: a.title,
    publishedAt: a.publishedAt,
    stage: a.stage,
    stageChangedAt: a.stageChangedAt,
    attempts: a.attempts,
    failure: a.failure,
    rejection: a.rejection,
    awardKeys: a.awardKeys,
  };
}

/**
 * GET /articles?stage=failed: the article ledger by stage, with each failure's reason. Finished
 * articles are lines of the ledger collection; articles in flight and the per-stage counters are in
 * Redis (without it, only finished articles are counted and listed).
 */
export function articleRoutes(app: FastifyInstance, deps: AppDeps): void {
  const articles = createArticleRepository(deps.db, deps.articleHot);

  app.withTypeProvider<ZodTypeProvider>().get(
    '/articles',
    {
      config: { role: 'reader' },
      schema: {
        tags: ['articles'],
        summary: 'Articles at one stage (failed by default) with counts for every stage',
        querystring: ArticleQuery,
      },
    },
    async (req) => {
      const { stage, page, limit } = req.query;
      const [counts, items] = await Promise.all([
        articles.countByStage(),
        articles.listByStage(stage, limit, (page - 1) * limit),
      ]);
      return { counts, stage, page, limit, items: items.map(articleSummary) };
    },
  );
}
