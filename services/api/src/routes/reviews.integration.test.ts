import { describe, expect, it } from 'vitest';
import { createAwardRepository } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { As, testDraft, testSource, useTestApp } from '../test-support.ts';

const enc = encodeURIComponent;

describe('api: review', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('lists new records, and a correction survives re-extraction', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(testDraft(), testSource('r1', { rank: 1 }));
    const pending = await t.app.inject({ url: '/reviews/pending', headers: As.reader });
    expect(pending.json<{ items: Array<{ key: string }> }>().items.map((r) => r.key)).toEqual([
      key,
    ]);

    const res = await t.app.inject({
      method: 'POST',
      url: `/reviews/${enc(key)}`,
      headers: As.reviewer,
      payload: { action: 'correct', corrections: { rank: 2 }, note: 'BPJS list says 2' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ rank: 2, review: { status: 'corrected', by: 'rina' } });

    await awards.upsertWithSource(testDraft(), testSource('r2', { rank: 1 }));
    const record = await t.app.inject({ url: `/awards/${enc(key)}`, headers: As.reader });
    expect(record.json()).toMatchObject({ rank: 2, sourceCount: 2, corrections: { rank: 2 } });

    const audit = await t.app.inject({ url: `/awards/${enc(key)}/audit`, headers: As.reader });
    expect(audit.json()).toMatchObject({
      items: [{ actor: 'rina', action: 'correct', note: 'BPJS list says 2', after: { rank: 2 } }],
    });
  });

  it('rejects a bad correction with 400 and an unknown record with 404', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/reviews/x',
      headers: As.reviewer,
      payload: { action: 'correct', corrections: { rank: 'first' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/"corrections\.rank"/);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/reviews/nothing-here',
      headers: As.reviewer,
      payload: { action: 'confirm' },
    });
    expect(missing.statusCode).toBe(404);
  });

  it('merges two records; the merged key then resolves to the survivor', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const a = await awards.upsertWithSource(
      testDraft({
        regionCode: null,
        winnerType: 'badan_usaha',
        winnerCanonical: 'PT Semen Gresik',
        category: null,
      }),
      testSource('m1'),
    );
    const b = await awards.upsertWithSource(
      testDraft({
        regionCode: null,
        winnerType: 'badan_usaha',
        winnerCanonical: 'Semen Indonesia Gresik',
        category: null,
      }),
      testSource('m2'),
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/reviews/${enc(b.key)}/merge`,
      headers: As.reviewer,
      payload: { into: a.key, note: 'same company' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ key: a.key, sourceCount: 2, outletCount: 2 });

    const via = await t.app.inject({ url: `/awards/${enc(b.key)}`, headers: As.reader });
    expect(via.json()).toMatchObject({ key: a.key });
    const list = await t.app.inject({ url: '/awards?q=gresik', headers: As.reader });
    expect(list.json()).toMatchObject({ total: 1 });
    const again = await t.app.inject({
      method: 'POST',
      url: `/reviews/${enc(b.key)}/merge`,
      headers: As.reviewer,
      payload: { into: a.key },
    });
    expect(again.statusCode).toBe(409);
  });
});
