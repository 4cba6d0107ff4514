import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Corrections } from '@pw/domain';
import { ReviewAction, createReviewRepository } from '@pw/storage';
import type { AppDeps } from '../app.ts';

const KeyParams = z.object({ key: z.string().min(1).describe('the award key (URL-encoded)') });

/** A reviewer's decision on one record. */
export const ReviewBody = z.strictObject({
  action: z.enum(ReviewAction),
  note: z.string().max(2000).optional(),
  corrections: Corrections.optional().describe('fields to override (action correct)'),
});

/** A merge of the record in the path into another. */
export const MergeBody = z.strictObject({
  into: z.string().min(1).describe('the key of the record that survives'),
  note: z.string().max(2000).optional(),
});

/** The review queue's query: one page. */
export const PendingQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** GET /reviews/pending, POST /reviews/:key (confirm, reject, correct), POST /reviews/:key/merge. */
export function reviewRoutes(app: FastifyInstance, deps: AppDeps): void {
  const reviews = createReviewRepository(deps.db);

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reviews'];

  r.get(
    '/reviews/pending',
    {
      config: { role: 'reader' },
      schema: {
        tags,
        summary: 'Records waiting for review: new, or with an unseen conflict',
        querystring: PendingQuery,
      },
    },
    async (req) => {
      const { page, limit } = req.query;
      return { ...(await reviews.pending(limit, (page - 1) * limit)), page, limit };
    },
  );

  r.post(
    '/reviews/:key',
    {
      config: { role: 'reviewer' },
      schema: {
        tags,
        summary: 'Confirm, reject or correct a record',
        params: KeyParams,
        body: ReviewBody,
      },
    },
    async (req) =>
      reviews.decide(req.params.key, {
        action: req.body.action,
        by: req.caller?.name ?? 'unknown',
        note: req.body.note ?? null,
        ...(req.body.corrections ? { corrections: req.body.corrections } : {}),
      }),
  );

  r.post(
    '/reviews/:key/merge',
    {
      config: { role: 'reviewer' },
      schema: {
        tags,
        summary: 'Merge this record into another',
        params: KeyParams,
        body: MergeBody,
      },
    },
    async (req) =>
      reviews.merge(
        req.params.key,
        req.body.into,
        req.caller?.name ?? 'unknown',
        req.body.note ?? null,
      ),
  );
}
