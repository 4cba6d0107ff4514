import type { FastifyInstance } from 'fastify';
import { createSourceStateRepository } from '@pw/storage';
import type { AppDeps } from '../app.ts';

/** GET /sources: every news source with its health as the crawler last recorded it. */
export function sourceRoutes(app: FastifyInstance, deps: AppDeps): void {
  const states = createSourceStateRepository(deps.db);

  app.get(
    '/sources',
    {
      config: { role: 'reader' },
      schema: {
        tags: ['sources'],
        summary: 'Sources and their health (empty before the first poll)',
      },
    },
    async () => {
      const items = await states.list();
      const byStatus: Record<string, number> = {};
      for (const s of items) {
        byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
      }
      return { byStatus, items };
    },
  );
}
