import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Corrections } from '@pw/domain';
import { ReviewAction, ReviewError, createReviewRepository } from '@pw/storage';
import type { AppDeps } from '../app.ts';
import { createCorrectionCheck, gazetteerRoutes } from './gazetteer.ts';

const KeyParams = z.object({
  key: z.string().min(1).describe("the record's short id, its key (URL-encoded) or its _id"),
});

/** A reviewer's decision on one record. */
export const ReviewBody = z.strictObject({
  action: z.enum(ReviewAction),
  note: z.string().max(2000).optional(),
  corrections: Corrections.optional().describe(
    'fields to override (action correct); places, ranks, edition years and categories are checked against the gazetteer and the known values',
  ),
});

/** A merge of the record in the path into another. */
export const MergeBody = z.strictObject({
  into: z.string().min(1).describe('the record that survives: its short id, key or _id'),
  note: z.string().max(2000).optional(),
});

/** Batalkan: take back the record's last action. */
export const UndoBody = z.strictObject({
  note: z.string().max(2000).optional(),
  expected: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('the seq of the action the reviewer saw as last; 409 when another came after it'),
});

/** The review queue's query: one page. */
export const PendingQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/**
 * A refusal in the API contract's shapes: 404 unknown record, 400 naming the bad field, 409
 * `{error: 'conflict', reason, message}` when the record moved on (merged away, a newer action).
 */
export function sendReviewError(reply: FastifyReply, err: ReviewError) {
  switch (err.code) {
    case 'not-found':
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: err.message });
    case 'invalid':
      return reply.code(400).send({
        statusCode: 400,
        error: 'Bad Request',
        message: err.message,
        ...(err.field ? { field: err.field } : {}),
      });
    default:
      return reply
        .code(409)
        .send({ statusCode: 409, error: 'conflict', reason: err.code, message: err.message });
  }
}

/**
 * GET /reviews/pending; POST /reviews/:key (confirm, reject, correct), /reviews/:key/merge and
 * /reviews/:key/undo; GET /awards/:key/history (also /reviews/:key/history); and the
 * gazetteer the correction pickers read (routes/gazetteer.ts).
 */
export function reviewRoutes(app: FastifyInstance, deps: AppDeps): void {
  gazetteerRoutes(app, deps);
  const reviews = createReviewRepository(deps.db);
  const check = createCorrectionCheck(deps.db);

  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reviews'];
  const by = (req: { caller: { name: string } | null }) => req.caller?.name ?? 'unknown';
  /** Runs a review step, answering a ReviewError in the contract's shapes. */
  const answer = async <T>(reply: FastifyReply, work: () => Promise<T>) => {
    try {
      return await work();
    } catch (err) {
      if (err instanceof ReviewError) {
        return sendReviewError(reply, err);
      }
      throw err;
    }
  };

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
    async (req, reply) =>
      answer(reply, async () =>
        reviews.decide(req.params.key, {
          action: req.body.action,
          by: by(req),
          note: req.body.note ?? null,
          ...(req.body.corrections ? { corrections: req.body.corrections } : {}),
          check,
        }),
      ),
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
    async (req, reply) =>
      answer(reply, async () =>
        reviews.merge(req.params.key, req.body.into, by(req), req.body.note ?? null),
      ),
  );

  r.post(
    '/reviews/:key/undo',
    {
      config: { role: 'reviewer' },
      schema: {
        tags,
        summary: "Take back the record's last action (Batalkan), a merge included",
        params: KeyParams,
        body: UndoBody.nullish(),
      },
    },
    async (req, reply) =>
      answer(reply, async () =>
        reviews.undo(req.params.key, by(req), req.body?.note ?? null, req.body?.expected ?? null),
      ),
  );

  for (const url of ['/awards/:key/history', '/reviews/:key/history']) {
    r.get(
      url,
      {
        config: { role: 'reader' },
        schema: {
          tags,
          summary: "A record's review history from the audit log, newest first",
          params: KeyParams,
        },
      },
      async (req, reply) => answer(reply, async () => reviews.timeline(req.params.key)),
    );
  }
}
