import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ReviewAction,
  createAwardRepository,
  createReviewRepository,
  createEventLog,
  createSourceStateRepository,
  ensureReviewIndexes,
} from '@pw/storage';
import { eventually, useServices } from '../../../test/support/use-services.ts';
import { signBody, startNotifier } from './notifier.ts';
import { testDraft, testSource } from './test-support.ts';

const secret = 'shared-secret';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

describe('notifier', () => {
  const services = useServices();
  const received: Received[] = [];
  let failFirst = 2;
  let server: Server | undefined;
  let url = '';

  beforeAll(async () => {
    await ensureReviewIndexes(services.mongo.db);
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = failFirst-- > 0 ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });

  afterAll(async () => {
    await new Promise((r) => server?.close(r));
  });

  it('delivers a new award to the webhook, signed, retrying with backoff until it is taken', async () => {
    const notifier = startNotifier({
      db: services.mongo.db,
      logger: pino({ level: 'silent' }),
      config: {
        notifierPollMs: 20,
        webhook: { url, secret, maxAttempts: 5, backoffMs: 30, timeoutMs: 2_000 },
      },
    });
    try {
      await notifier.tick(); // the webhook is on from now
      const { key } = await createAwardRepository(services.mongo.db).upsertWithSource(
        testDraft(),
        testSource('n1'),
      );
      const events = createEventLog(services.mongo.db);
      const delivered = await eventually('delivery', async () => {
        const [e] = (await events.list()).filter((x) => x.subject === key);
        return e?.delivery.state === 'delivered' ? e : null;
      });
      expect(delivered.delivery.attempts).toBe(3);
      expect(received).toHaveLength(3);
      const last = received[2]!;
      expect(last.headers['x-paritrana-signature']).toBe(signBody(secret, last.body));
      expect(last.headers['x-paritrana-event']).toBe('award.created');
      expect(JSON.parse(last.body)).toMatchObject({
        type: 'award.created',
        subject: key,
        data: { winner: 'Kabupaten Bojonegoro', editionYear: 2024 },
      });
      // each attempt went out with the same body
      expect(new Set(received.map((r) => r.body)).size).toBe(1);
    } finally {
      await notifier.close();
    }
  });

  it('records a broken source once as an event, and gives up after the last attempt', async () => {
    received.length = 0;
    failFirst = 100;
    await createSourceStateRepository(services.mongo.db).update('tempo', {
      status: 'broken',
      lastError: {
        code: 'fetch.http-status',
        message: '503',
        at: new Date('2026-11-27T01:00:00Z'),
      },
    });
    const notifier = startNotifier({
      db: services.mongo.db,
      logger: pino({ level: 'silent' }),
      config: {
        notifierPollMs: 20,
        webhook: { url, secret, maxAttempts: 2, backoffMs: 10, timeoutMs: 2_000 },
      },
    });
    try {
      const events = createEventLog(services.mongo.db);
      const failed = await eventually('give up', async () => {
        const [e] = (await events.list()).filter((x) => x.type === 'source.broken');
        return e?.delivery.state === 'failed' ? e : null;
      });
      expect(failed).toMatchObject({ subject: 'tempo', delivery: { attempts: 2 } });
      expect(failed.delivery.lastError).toMatch(/500/);
      await notifier.tick();
      expect((await events.list()).filter((x) => x.type === 'source.broken')).toHaveLength(1);
    } finally {
      await notifier.close();
    }
  });

  it('turned on later, sends no past events, and none for a record rejected before its turn', async () => {
    received.length = 0;
    failFirst = 0;
    await services.mongo.db.collection('alert_cursors').deleteOne({ _id: '#webhook' as never });
    const awards = createAwardRepository(services.mongo.db);
    const old = await awards.upsertWithSource(
      testDraft({
        winner: 'Pemkab Lamongan',
        winnerCanonical: 'Kabupaten Lamongan',
        regionCode: '35.24',
      }),
      testSource('n2'),
    );
    const notifier = startNotifier({
      db: services.mongo.db,
      logger: pino({ level: 'silent' }),
      config: {
        notifierPollMs: 60_000,
        webhook: { url, secret, maxAttempts: 2, backoffMs: 10, timeoutMs: 2_000 },
      },
    });
    try {
      await notifier.tick();
      const fresh = await awards.upsertWithSource(
        testDraft({
          winner: 'Pemkab Sidoarjo',
          winnerCanonical: 'Kabupaten Sidoarjo',
          regionCode: '35.15',
        }),
        testSource('n3'),
      );
      await createReviewRepository(services.mongo.db).decide(fresh.key, {
        action: ReviewAction.Reject,
        by: 'rina',
      });
      await notifier.tick();
      const events = createEventLog(services.mongo.db);
      const byKey = async (key: string) =>
        (await events.list()).find((e) => e.subject === key && e.type === 'award.created');
      expect(await byKey(old.key)).toMatchObject({
        delivery: {
          state: 'failed',
          lastError: expect.stringContaining('older than the webhook') as string,
        },
      });
      expect(await byKey(fresh.key)).toMatchObject({
        delivery: { state: 'failed', lastError: 'not sent: the record was rejected' },
      });
      expect(received).toHaveLength(0);
    } finally {
      await notifier.close();
    }
  });
});
