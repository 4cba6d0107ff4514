import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AwardFilter,
  AwardPage,
  createAuditLog,
  createAwardQueries,
  createAwardRepository,
} from '@pw/storage';
import { encodeAwards } from '../csv.ts';
import type { AppDeps } from '../app.ts';

/** The export's query: every award filter plus the format. */
export const ExportQuery = AwardFilter.extend({ format: z.enum(['csv', 'json']).default('json') });

const KeyParams = z.object({ key: z.string().min(1).describe('the award key (URL-encoded)') });

/** GET /awards (a page), /awards/export (every match, streamed), /awards/:key and its audit trail. */
export function awardRoutes(app: FastifyInstance, deps: AppDeps): void {
  const queries = createAwardQueries(deps.db);
  const awards = createAwardRepository(deps.db);
  const audit = createAuditLog(deps.db);

  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { role: 'reader' as const };
  const tags = ['awards'];

  r.get(
    '/awards',
    { config, schema: { tags, summary: 'Award records, one page', querystring: AwardPage } },
    async (req) => queries.page(req.query),
  );

  r.get(
    '/awards/export',
    {
      config,
      schema: {
        tags,
        summary: 'Every matching award, streamed as CSV or JSON',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const { format, ...filter } = req.query;
      const body = Readable.from(
        encodeAwards(queries.stream(filter, deps.exportBatchSize), format),
      );
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="paritrana-awards-${day}.${format}"`)
        .send(body);
    },
  );

  r.get(
    '/awards/:key',
    {
      config,
      schema: {
        tags,
        summary: 'One award with every source (follows merges)',
        params: KeyParams,
      },
    },
    async (req, reply) => {
      const record = await awards.resolve(req.params.key);
      return (
        record ??
        reply
          .code(404)
          .send({ statusCode: 404, error: 'Not Found', message: `no award ${req.params.key}` })
      );
    },
  );

  r.get(
    '/awards/:key/audit',
    {
      config,
      schema: { tags, summary: "A record's review history, newest first", params: KeyParams },
    },
    async (req) => ({ items: await audit.list(req.params.key) }),
  );
}
