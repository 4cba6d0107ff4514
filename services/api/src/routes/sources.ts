import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Source, SourceFields, readSourcesFile, saveSource } from '@pw/crawler';
import { errorCode } from '@pw/domain';
import { createSourceStateRepository } from '@pw/storage';
import type { AppDeps } from '../app.ts';

const IdParams = z.object({ id: SourceFields.shape.id });

/** A source as the API takes it: every field of the sources file but the id, which is in the path. */
export const SourceBody = SourceFields.omit({ id: true });

/** Changes that can be made to a known source without restating it. */
export const SourcePatch = z
  .strictObject({
    enabled: z.boolean(),
    url: SourceFields.shape.url,
    pollIntervalMinutes: SourceFields.shape.pollIntervalMinutes,
  })
  .partial();

/**
 * An unusable sources file is the operator's to fix, not a crash: 503 with every bad entry.
 * Anything else is rethrown.
 */
export function sendInvalidSourcesFile(reply: FastifyReply, err: unknown): FastifyReply {
  if (errorCode(err) !== 'sources.invalid') {
    throw err;
  }
  const problems = (err as { problems?: unknown }).problems;
  return reply.code(503).send({
    error: 'sources-file-invalid',
    message: (err as Error).message.split('\n')[0],
    problems: Array.isArray(problems) ? problems : [(err as Error).message],
  });
}

/**
 * GET /sources (the sources file with each source's health), PUT and PATCH /sources/:id (edit the
 * file; the crawler picks the change up without a restart), POST /sources/:id/poll (poll now).
 */
export function sourceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const states = createSourceStateRepository(deps.db);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sources'];
  const file = deps.sourcesFile;

  r.get(
    '/sources',
    { config: { role: 'reader' }, schema: { tags, summary: 'Sources and their health' } },
    async (_req, reply) => {
      let known;
      try {
        known = file ? readSourcesFile(file) : [];
      } catch (err) {
        return sendInvalidSourcesFile(reply, err);
      }
      const health = new Map((await states.list()).map((s) => [s._id, s]));
      const items = known.map((source) => ({ ...source, health: health.get(source.id) ?? null }));
      // sources removed from the file keep their history
      for (const [id, state] of health) {
        if (!known.some((s) => s.id === id)) {
          items.push({ id, removed: true, health: state } as never);
        }
      }
      const byStatus: Record<string, number> = {};
      for (const item of items) {
        const status = item.health?.status ?? 'never-polled';
        byStatus[status] = (byStatus[status] ?? 0) + 1;
      }
      return { byStatus, items };
    },
  );

  r.put(
    '/sources/:id',
    {
      config: { role: 'admin' },
      schema: { tags, summary: 'Add or replace a source', params: IdParams, body: SourceBody },
    },
    async (req, reply) => {
      if (!file) {
        return reply.code(409).send({ error: 'this api has no sources file (SOURCES_FILE)' });
      }
      const source = Source.safeParse({ ...req.body, id: req.params.id });
      if (!source.success) {
        return reply.code(400).send({ error: z.prettifyError(source.error) });
      }
      try {
        const { created } = saveSource(file, source.data);
        return reply.code(created ? 201 : 200).send(source.data);
      } catch (err) {
        return sendInvalidSourcesFile(reply, err);
      }
    },
  );

  r.patch(
    '/sources/:id',
    {
      config: { role: 'admin' },
      schema: {
        tags,
        summary: 'Enable, disable or re-point a source',
        params: IdParams,
        body: SourcePatch,
      },
    },
    async (req, reply) => {
      let current;
      try {
        current = file ? readSourcesFile(file).find((s) => s.id === req.params.id) : undefined;
      } catch (err) {
        return sendInvalidSourcesFile(reply, err);
      }
      if (!file || !current) {
        return reply.code(404).send({ error: `no source ${req.params.id}` });
      }
      const next = { ...current, ...req.body };
      if (req.body.url !== undefined) {
        next.feedStatus = req.body.url === null ? 'needs-discovery' : 'known';
      }
      const source = Source.safeParse(next);
      if (!source.success) {
        return reply.code(400).send({ error: z.prettifyError(source.error) });
      }
      try {
        saveSource(file, source.data);
      } catch (err) {
        return sendInvalidSourcesFile(reply, err);
      }
      return source.data;
    },
  );

  r.post(
    '/sources/:id/poll',
    {
      config: { role: 'reviewer' },
      schema: { tags, summary: 'Poll a source now', params: IdParams },
    },
    async (req, reply) => {
      let known;
      try {
        known = file ? readSourcesFile(file).some((s) => s.id === req.params.id) : false;
      } catch (err) {
        return sendInvalidSourcesFile(reply, err);
      }
      if (!known) {
        return reply.code(404).send({ error: `no source ${req.params.id}` });
      }
      await deps.pollNow(req.params.id);
      return reply.code(202).send({ queued: req.params.id });
    },
  );
}
