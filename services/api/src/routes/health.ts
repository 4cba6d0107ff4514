import type { FastifyInstance } from 'fastify';
import { readSourcesFile } from '@pw/crawler';
import { errorMessage } from '@pw/domain';
import { createSourceStateRepository, SourceStatus, type SourceState } from '@pw/storage';
import type { AppDeps } from '../app.ts';
import { within } from '../queue-probe.ts';

const down = new Set<string>([SourceStatus.Failing, SourceStatus.Broken]);
/**
 * A poll marks its source `feed.interrupted` from its first batch until it finishes; a mark this
 * young is a poll still running (10,000 items take under half a minute), not a failure.
 */
const PollRunningForMs = 10 * 60_000;

/** Whether a source's state says it cannot bring anything in now. */
function isDown(state: SourceState, now = Date.now()): boolean {
  if (!down.has(state.status)) {
    return false;
  }
  const err = state.lastError;
  const polling =
    err?.code === 'feed.interrupted' && now - new Date(err.at).getTime() < PollRunningForMs;
  return !polling;
}

/**
 * GET /healthz (the process is alive) and GET /readyz: 503 when Redis or MongoDB does not answer,
 * or when every enabled source is failing (nothing can come in), with the reason.
 */
export function healthRoutes(app: FastifyInstance, deps: AppDeps): void {
  const states = createSourceStateRepository(deps.db);

  app.get('/healthz', { schema: { tags: ['health'], summary: 'The process is alive' } }, () => ({
    status: 'ok',
  }));

  // the enabled sources and how many are failing; a sources file that cannot be read is reported
  // (GET /sources lists its bad entries) but does not by itself make the service unready
  const checkSources = async () => {
    if (!deps.sourcesFile) {
      return { ok: true as const, enabled: 0, failing: 0 };
    }
    try {
      const enabled = readSourcesFile(deps.sourcesFile).filter((s) => s.enabled);
      const health = new Map((await within(2_000, states.list())).map((s) => [s._id, s]));
      const failing = enabled.flatMap((s) => {
        const state = health.get(s.id);
        return state && isDown(state) ? [state] : [];
      });
      if (enabled.length === 0 || failing.length < enabled.length) {
        return { ok: true as const, enabled: enabled.length, failing: failing.length };
      }
      const causes = new Map<string, number>();
      failing.forEach((s) => {
        const code = s.lastError?.code ?? 'unknown';
        causes.set(code, (causes.get(code) ?? 0) + 1);
      });
      const why = [...causes].map(([code, n]) => `${n} × ${code}`).join(', ');
      return {
        ok: false as const,
        enabled: enabled.length,
        failing: failing.length,
        reason: `every enabled source is failing (${why})`,
      };
    } catch (err) {
      return { ok: true as const, enabled: 0, failing: 0, error: errorMessage(err) };
    }
  };

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        summary: 'Redis and MongoDB answer a ping, and at least one enabled source is not failing',
      },
    },
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
      const sources = mongo.ok
        ? await checkSources()
        : { ok: true as const, enabled: 0, failing: 0 };
      const reason = !redis.ok
        ? `redis: ${redis.error}`
        : !mongo.ok
          ? `mongo: ${mongo.error}`
          : !sources.ok
            ? sources.reason
            : undefined;
      const status = !redis.ok || !mongo.ok ? 'unavailable' : !sources.ok ? 'degraded' : 'ready';
      return reply
        .code(status === 'ready' ? 200 : 503)
        .send({ status, ...(reason ? { reason } : {}), redis, mongo, sources });
    },
  );
}
