import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AwardFilter,
  AwardPage,
  createAuditLog,
  createAwardQueries,
  createAwardRepository,
  resolveRecordRef,
} from '@pw/storage';
import { encodeAwards, wibDateTime } from '../csv.ts';
import type { AppDeps } from '../app.ts';
import { encodeAwardsXlsx } from '../xlsx.ts';

/** The export's query: every award filter plus the format, the CSV separator and the language. */
export const ExportQuery = AwardFilter.extend({
  format: z.enum(['csv', 'xlsx', 'json']).default('json'),
  sep: z
    .enum([',', ';', 'comma', 'semicolon'])
    .default(',')
    .transform((s) => (s === ';' || s === 'semicolon' ? ';' : ','))
    .describe('CSV separator: "," or ";" (Excel in an Indonesian locale expects ";")'),
  lang: z.enum(['id', 'en']).default('id').describe('column headers and words: id or en'),
});

const ContentType = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const KeyParams = z.object({
  key: z.string().min(1).describe('the award key (URL-encoded), its _id or its short id'),
});

const notFound = (reply: FastifyReply, ref: string) =>
  reply.code(404).send({
    statusCode: 404,
    error: 'not-found',
    message: `no record ${ref} (give a key, an _id or a short id)`,
  });

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
      config: {
        ...config,
        rateLimit: { max: deps.exportRateLimit ?? 20, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary: 'Every matching award, streamed as Excel (xlsx), CSV or JSON',
        querystring: ExportQuery,
      },
    },
    async (req, reply) => {
      const { format, sep, lang, ...filter } = req.query;
      const records = queries.stream(filter, deps.exportBatchSize);
      const body =
        format === 'xlsx'
          ? encodeAwardsXlsx(records, lang)
          : Readable.from(encodeAwards(records, format, { sep, lang }));
      const day = wibDateTime(new Date()).slice(0, 10);
      const name = lang === 'id' ? 'penghargaan-paritrana' : 'paritrana-awards';
      return reply
        .type(ContentType[format])
        .header('content-disposition', `attachment; filename="${name}-${day}.${format}"`)
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
      const key = await resolveRecordRef(deps.db, req.params.key);
      const record = key === null ? null : await awards.resolve(key);
      return record ?? notFound(reply, req.params.key);
    },
  );

  r.get(
    '/awards/:key/audit',
    {
      config,
      schema: { tags, summary: "A record's review history, newest first", params: KeyParams },
    },
    async (req, reply) => {
      const key = await resolveRecordRef(deps.db, req.params.key);
      return key === null ? notFound(reply, req.params.key) : { items: await audit.list(key) };
    },
  );
}
