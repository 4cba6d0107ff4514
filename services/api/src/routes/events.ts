import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DeliveryState, createEventLog } from '@pw/storage';
import type { AppDeps } from '../app.ts';

/** The outbox query: newest events, optionally by delivery state. */
export const EventQuery = z.strictObject({
  state: z.enum(DeliveryState).optional().describe('pending, delivered or failed'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** GET /events: the outbox with each event's webhook delivery state (attempts, last error). */
export function eventRoutes(app: FastifyInstance, deps: AppDeps): void {
  const events = createEventLog(deps.db);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/events',
    {
      config: { role: 'reader' },
      schema: {
        tags: ['events'],
        summary: 'Alerts (new award, new conflict, broken source) and their delivery state',
        querystring: EventQuery,
      },
    },
    async (req) => ({ items: await events.list(req.query.state, req.query.limit) }),
  );
}
