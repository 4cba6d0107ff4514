import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app.ts';
import { within } from '../queue-probe.ts';

/** GET /healthz (the process is alive) and GET /readyz (Redis and MongoDB answer; 503 if not). */
export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is alive' } }, () => ({
    status: 'ok',
  }));

  app.get(
    '/readyz',
    { schema: { tags: ['health'], summary: 'Redis and MongoDB both answer a ping' } },
    async (_req, reply) => {
      const check = async (ping: () => Promise<unknown>) => {
        try {
          await within(2_000, ping());
          return { ok: true as const };
        } catch (err) {
          return { ok: false as const, error: (err as Error).message };
        }
      };
      const [redis, mongo] = await Promise.all([check(deps.pingRedis), check(deps.pingMongo)]);
      const ready = redis.ok && mongo.ok;
      return reply
        .code(ready ? 200 : 503)
        .send({ status: ready ? 'ready' : 'unavailable', redis, mongo });
    },
  );
}
