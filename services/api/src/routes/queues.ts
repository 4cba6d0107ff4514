import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';

/** GET /queues: BullMQ job counts (waiting, active, delayed, failed, …) per pipeline stage. */
export function queueRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get(
    '/queues',
    {
      config: { role: 'reader' },
      schema: { tags: ['queues'], summary: 'Job counts per stage queue' },
    },
    async (_req, reply) => {
      try {
        return { queues: await deps.queueCounts() };
      } catch (err) {
        // the API's Redis profile fails fast: say so instead of hanging
        return reply.code(503).send({
          statusCode: 503,
          error: 'Service Unavailable',
          message: `redis: ${(err as Error).message}`,
        });
      }
    },
  );
}
