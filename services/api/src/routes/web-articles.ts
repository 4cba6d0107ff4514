import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canonicalUrl } from '@pw/crawler';
import { Collection, createArticleRepository, createAwardRepository } from '@pw/storage';
import type { AppDeps } from '../app.ts';
import { articleSummary } from './articles.ts';

const IdParams = z.object({ id: z.string().regex(/^[a-f0-9]{24}$/, 'a 24-hex article id') });

/** A link a person pastes to have it read now. */
export const SubmissionBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .describe('the article URL (http or https)'),
});

/** The stored copy may show no script, load nothing from outside, and be framed only by the app. */
const CopyPolicy =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

const notFound = (what: string) => ({ statusCode: 404, error: 'Not Found', message: `no ${what}` });

/**
 * The article side of the web app: an article's text (the record page highlights the evidence in
 * it), its stored page copy, retrying a failed article, and "Kirim tautan" (submit a URL and
 * follow it through fetch, classification and extraction).
 */
export function webArticleRoutes(app: FastifyInstance, deps: AppDeps): void {
  // with the hot store (Redis) a submitted link can be put in flight; without it, reads only
  const articles = createArticleRepository(deps.db, deps.articleHot);
  const awards = createAwardRepository(deps.db);
  const pages = deps.db.collection<{ _id: string }>(Collection.Pages);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['web'];

  // wherever the ledger keeps it; a missing article is null, not an error
  const find = (id: string) => articles.get(id).catch(() => null);

  r.get(
    '/web/articles/:id',
    {
      config: { role: 'reader' },
      schema: {
        tags,
        summary: "An article's text, for reading the evidence in place",
        params: IdParams,
      },
    },
    async (req, reply) => {
      const a = await find(req.params.id);
      if (!a) {
        return reply.code(404).send(notFound(`article ${req.params.id}`));
      }
      const hasCopy = (await pages.countDocuments({ _id: a._id }, { limit: 1 })) > 0;
      return { ...articleSummary(a), text: a.text, hasCopy };
    },
  );

  r.get(
    '/web/articles/:id/copy',
    {
      config: { role: 'reader' },
      schema: { tags, summary: 'The stored copy of the page, inert (sandboxed)', params: IdParams },
    },
    async (req, reply) => {
      const doc = await deps.db
        .collection<{ _id: string; contentType: string | null }>(Collection.Pages)
        .findOne({ _id: req.params.id }, { projection: { contentType: 1 } });
      const body = doc ? await articles.getPage(req.params.id) : null;
      if (!body) {
        return reply.code(404).send(notFound(`stored copy of article ${req.params.id}`));
      }
      const type = /^text\/html\b/i.test(doc?.contentType ?? '') ? doc!.contentType! : 'text/html';
      return reply
        .header('content-security-policy', CopyPolicy)
        .header('x-frame-options', 'SAMEORIGIN')
        .type(type)
        .send(body);
    },
  );

  r.post(
    '/web/articles/:id/retry',
    {
      config: { role: 'reviewer' },
      schema: { tags, summary: 'Process a failed article again from the fetch', params: IdParams },
    },
    async (req, reply) => {
      if (!deps.enqueueFetch || !deps.articleHot) {
        return reply.code(503).send({ error: 'unavailable', message: 'no queue to retry on' });
      }
      if (!(await articles.reopen(req.params.id))) {
        return reply
          .code(409)
          .send({ error: 'conflict', message: `article ${req.params.id} is not failed` });
      }
      await deps.enqueueFetch(req.params.id, { retry: true });
      return reply.code(202).send({ queued: req.params.id });
    },
  );

  r.post(
    '/web/submissions',
    {
      config: { role: 'reviewer' },
      schema: { tags, summary: 'Read an article from its URL now', body: SubmissionBody },
    },
    async (req, reply) => {
      if (!deps.enqueueFetch || !deps.articleHot) {
        return reply.code(503).send({ error: 'unavailable', message: 'no queue to fetch with' });
      }
      const url = canonicalUrl(req.body.url);
      const outlet = new URL(url).hostname.replace(/^www\./, '');
      const { articleId, created } = await articles.insertIfNew({
        url,
        feedUrl: null,
        sourceId: null,
        outlet,
        title: null,
        publishedAt: null,
      });
      if (created) {
        await deps.enqueueFetch(articleId, { retry: false });
      }
      return reply.code(created ? 202 : 200).send({ articleId, created });
    },
  );

  r.get(
    '/web/submissions/:id',
    {
      config: { role: 'reader' },
      schema: { tags, summary: 'Where a submitted article is in the pipeline', params: IdParams },
    },
    async (req, reply) => {
      const a = await find(req.params.id);
      if (!a) {
        return reply.code(404).send(notFound(`article ${req.params.id}`));
      }
      const found = await Promise.all(a.awardKeys.map((k) => awards.resolve(k)));
      return {
        ...articleSummary(a),
        awards: found.flatMap((x) =>
          x
            ? [{ key: x.key, winner: x.winner, ...('shortId' in x ? { shortId: x.shortId } : {}) }]
            : [],
        ),
      };
    },
  );
}
