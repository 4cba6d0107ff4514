import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { AllQueues, type Producer } from '@pw/queues';
import type { FastifyInstance } from 'fastify';

/** Where the queue dashboard is served. */
export const QueueBoardPath = '/admin/antrean';

/**
 * The queue dashboard (Bull Board) for admins: every route under QueueBoardPath, its pages, assets
 * and API alike, needs the admin role (a signed-in admin, or an admin token). It is read-only: its
 * buttons could not carry the session's CSRF token; retry failed articles from the app or the API.
 */
export function registerQueueBoard(app: FastifyInstance, producer: Producer): void {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QueueBoardPath);
  createBullBoard({
    queues: AllQueues.map((q) => new BullMQAdapter(producer.queue(q), { readOnlyMode: true })),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Antrean Paritrana Watch' } },
  });
  void app.register(async (scope) => {
    // onRoute in this scope sees every route the board registers below it
    scope.addHook('onRoute', (route) => {
      route.config = { ...(route.config ?? {}), role: 'admin' };
      route.schema = { ...(route.schema ?? {}), hide: true };
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QueueBoardPath });
  });
}
