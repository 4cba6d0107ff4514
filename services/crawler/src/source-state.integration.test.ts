import { describe, expect, it } from 'vitest';
import { createSourceStateRepository, EventType, EventsCollection } from '@pw/storage';
import { useServices } from '../../../test/support/use-services.ts';
import { createKeyLock } from './key-lock.ts';

// two repositories, as two crawler processes, each with its own lock client over one Redis
describe('source state on FerretDB under racing writers', () => {
  const services = useServices();
  const twoCrawlers = () => {
    const lock = (name: string) => createKeyLock(services.redis, `${services.prefix}:${name}`);
    return [1, 2].map(() =>
      createSourceStateRepository(services.mongo.db, {
        exclusive: (id, fn) => lock('source-state')([id], fn),
      }),
    );
  };

  it('counts all of 40 parallel counter updates', async () => {
    const [a, b] = twoCrawlers();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a! : b!).update(
          'sumber-ramai',
          { lastPolledAt: new Date() },
          { itemsSeen: 1, lostItems: i % 4 === 0 ? 1 : 0 },
        ),
      ),
    );
    expect(await a!.get('sumber-ramai')).toMatchObject({ itemsSeen: 40, lostItems: 10 });
  });

  it('counts all of 40 parallel failed polls, and raises one failing alert for the run', async () => {
    const [a, b] = twoCrawlers();
    const at = new Date('2026-07-01T00:00:00Z');
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a! : b!).recordFailure('sumber-mati', {
          code: 'fetch.connect',
          message: 'connect ECONNREFUSED 127.0.0.1:9',
          at,
        }),
      ),
    );
    const state = await a!.get('sumber-mati');
    expect(state).toMatchObject({ consecutiveErrors: 40, status: 'failing', failingSince: at });
    const alerts = await services.mongo.db
      .collection(EventsCollection)
      .find({ type: EventType.SourceFailing, subject: 'sumber-mati' })
      .toArray();
    expect(alerts).toHaveLength(1);
  });

  it('is failing on the third failure in a row and starts afresh after a good poll', async () => {
    const [states] = twoCrawlers();
    const t0 = new Date('2026-07-02T00:00:00Z');
    const fail = (minutes: number) =>
      states!.recordFailure('sumber-goyah', {
        code: 'fetch.dns',
        message: 'getaddrinfo ENOTFOUND redaksi.invalid',
        at: new Date(t0.getTime() + minutes * 60_000),
      });
    expect((await fail(0)).status).toBe('ok');
    expect((await fail(5)).status).toBe('ok');
    expect((await fail(10)).status).toBe('failing');
    await states!.update('sumber-goyah', { status: 'ok', consecutiveErrors: 0 });
    expect(await states!.get('sumber-goyah')).toMatchObject({ failingSince: null });
    // a failure run of over an hour is failing even with fewer than three polls
    expect((await fail(100)).status).toBe('ok');
    expect((await fail(170)).status).toBe('failing');
    const alerts = await services.mongo.db
      .collection<{ data: { lastError: { code: string } } }>(EventsCollection)
      .find({ type: EventType.SourceFailing, subject: 'sumber-goyah' })
      .toArray();
    expect(alerts.map((e) => e.data.lastError.code)).toEqual(['fetch.dns', 'fetch.dns']);
  });
});
