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

interface Answer {
  statusCode: number;
  body: { error?: string; reason?: string; message?: string; field?: string; revision?: number };
}

const post = (app: ReturnType<typeof useTestApp>['app'], url: string, payload: object) =>
  app
    .inject({ method: 'POST', url, headers: As.reviewer, payload })
    .then((r): Answer => ({ statusCode: r.statusCode, body: r.json() }));

describe('api: review actions that race', () => {
  const services = useServices();
  const t = useTestApp(services);

  const burst = (key: string) =>
    Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(
          t.app,
          `/reviews/${enc(key)}`,
          i % 4 === 0
            ? { action: 'confirm' }
            : { action: 'correct', corrections: { rank: (i % 3) + 1 }, note: `koreksi ${i}` },
        ),
      ),
    );

  /** Every answer 2xx or a 409 that says why; the audit log holds every acknowledged action. */
  const expectComplete = async (key: string, answers: Answer[], earlier: number) => {
    for (const a of answers) {
      expect([200, 409]).toContain(a.statusCode);
      if (a.statusCode === 409) {
        expect(a.body).toMatchObject({ error: 'conflict' });
        expect(a.body.message).toBeTruthy();
      }
    }
    const acknowledged = answers.filter((a) => a.statusCode === 200).length;
    const history = await t.app.inject({ url: `/awards/${enc(key)}/history`, headers: As.reader });
    const { items } = history.json<{ items: Array<{ seq: number }> }>();
    expect(items).toHaveLength(earlier + acknowledged);
    expect(items.map((i) => i.seq)).toEqual(items.map((_, i) => items.length - i));
    const record = await t.app.inject({ url: `/awards/${enc(key)}`, headers: As.reader });
    expect(record.json()).toMatchObject({ revision: earlier + acknowledged });
  };

  it('answers 20 parallel actions on a new record with 2xx or 409, and keeps all it acknowledged', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(
      testDraft({ editionYear: 2020 }),
      testSource('n1'),
    );
    await expectComplete(key, await burst(key), 0);
  });

  it('does the same on a record already reviewed', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(
      testDraft({ editionYear: 2021 }),
      testSource('o1'),
    );
    expect((await post(t.app, `/reviews/${enc(key)}`, { action: 'confirm' })).statusCode).toBe(200);
    await expectComplete(key, await burst(key), 1);
  });
});

describe('api: corrections, undo and history', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('checks corrections against the gazetteer, with a 400 that names the field', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(
      testDraft({ editionYear: 2022 }),
      testSource('g1'),
    );
    const url = `/reviews/${enc(key)}`;
    const bad = await post(t.app, url, { action: 'correct', corrections: { province: 'Jabr' } });
    expect(bad).toMatchObject({ statusCode: 400, body: { field: 'corrections.province' } });
    const code = await post(t.app, url, { action: 'correct', corrections: { regionCode: 'abc' } });
    expect(code).toMatchObject({ statusCode: 400, body: { field: 'corrections.regionCode' } });
    // the record's Bojonegoro is in Jawa Timur: moving only the province is refused
    const apart = await post(t.app, url, { action: 'correct', corrections: { province: 'Jabar' } });
    expect(apart).toMatchObject({ statusCode: 400, body: { field: 'corrections.province' } });
    const rank = await post(t.app, url, { action: 'correct', corrections: { rank: 99 } });
    expect(rank).toMatchObject({ statusCode: 400, body: { field: 'corrections.rank' } });

    const good = await post(t.app, url, {
      action: 'correct',
      corrections: {
        province: 'Jabar',
        regionCode: '32.73',
        category: 'pemerintah kabupaten/kota',
      },
    });
    expect(good.statusCode).toBe(200);
    expect(good.body).toMatchObject({
      province: 'Jawa Barat',
      regionCode: '32.73',
      category: 'Pemerintah Kabupaten/Kota',
    });
  });

  it('clears the conflict of a corrected field', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const draft = testDraft({ editionYear: 2023 });
    const { key } = await awards.upsertWithSource(draft, testSource('c1', { rank: 1 }));
    await awards.upsertWithSource(draft, testSource('c2', { rank: 2 }));
    expect((await awards.get(key))?.conflicts.map((c) => c.field)).toEqual(['rank']);
    const fixed = await post(t.app, `/reviews/${enc(key)}`, {
      action: 'correct',
      corrections: { rank: 2 },
    });
    expect(fixed.body).toMatchObject({ rank: 2, conflicts: [], reviewPending: false });
  });

  it('undoes the last action (409 when it is not the one the reviewer saw) and shows the history', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const { key } = await awards.upsertWithSource(
      testDraft({ editionYear: 2019 }),
      testSource('h1'),
    );
    const url = `/reviews/${enc(key)}`;
    await post(t.app, url, { action: 'correct', corrections: { rank: 3 }, note: 'daftar resmi' });
    await post(t.app, url, { action: 'reject', note: 'salah' });
    const history = await t.app.inject({ url: `/awards/${enc(key)}/history`, headers: As.reader });
    expect(history.json()).toMatchObject({
      total: 2,
      undoable: { seq: 2, action: 'reject', actor: 'rina' },
      items: [
        { seq: 2, action: 'reject', actor: 'rina', note: 'salah' },
        {
          seq: 1,
          action: 'correct',
          corrections: { rank: 3 },
          before: { rank: 1 },
          after: { rank: 3 },
        },
      ],
    });
    const stale = await post(t.app, `${url}/undo`, { expected: 1 });
    expect(stale).toMatchObject({ statusCode: 409, body: { error: 'conflict' } });
    expect(stale.body.message).toMatch(/reject by rina/);
    const undone = await post(t.app, `${url}/undo`, { expected: 2 });
    expect(undone).toMatchObject({
      statusCode: 200,
      body: { rank: 3, review: { status: 'corrected' } },
    });
    const bare = await t.app.inject({ method: 'POST', url: `${url}/undo`, headers: As.reviewer });
    expect(bare.json()).toMatchObject({ rank: 1, review: { status: 'new' } });
    expect((await post(t.app, `${url}/undo`, {})).statusCode).toBe(409);
    const reader = await t.app.inject({ method: 'POST', url: `${url}/undo`, headers: As.reader });
    expect(reader.statusCode).toBe(403);
  });

  it('undoes a merge: both records and the redirect are back', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const a = await awards.upsertWithSource(testDraft({ editionYear: 2018 }), testSource('x1'));
    const b = await awards.upsertWithSource(testDraft({ editionYear: 2017 }), testSource('x2'));
    await post(t.app, `/reviews/${enc(b.key)}/merge`, { into: a.key });
    expect(
      (await t.app.inject({ url: `/awards/${enc(b.key)}`, headers: As.reader })).json(),
    ).toMatchObject({
      key: a.key,
      sourceCount: 2,
    });
    const undone = await post(t.app, `/reviews/${enc(a.key)}/undo`, {});
    expect(undone).toMatchObject({ statusCode: 200, body: { key: a.key, sourceCount: 1 } });
    expect(
      (await t.app.inject({ url: `/awards/${enc(b.key)}`, headers: As.reader })).json(),
    ).toMatchObject({
      key: b.key,
      merged: false,
      sourceCount: 1,
    });
  });

  it('serves the pickers from the gazetteer', async () => {
    const get = (url: string, headers: Record<string, string> = As.reader) =>
      t.app.inject({ url, headers });
    expect((await get('/gazetteer/provinces', {})).statusCode).toBe(401);
    const provinces = (await get('/gazetteer/provinces')).json<{ items: unknown[] }>();
    expect(provinces.items).toHaveLength(38);
    const jatim = (await get('/gazetteer/provinces/Jatim/regencies')).json<{
      province: unknown;
      items: unknown[];
    }>();
    expect(jatim).toMatchObject({ province: { code: '35', name: 'Jawa Timur' } });
    expect(jatim.items).toContainEqual({
      code: '35.22',
      name: 'Kabupaten Bojonegoro',
      type: 'kabupaten',
    });
    const villages = (await get('/gazetteer/regencies/35.22/villages')).json<{
      items: Array<{ code: string }>;
    }>();
    expect(villages.items.length).toBeGreaterThan(100);
    expect((await get('/gazetteer/provinces/Atlantis/regencies')).statusCode).toBe(404);
    const values = (await get('/gazetteer/values')).json<{
      ranks: number[];
      levels: string[];
      categories: string[];
    }>();
    expect(values.ranks.slice(0, 3)).toEqual([1, 2, 3]);
    expect(values.levels).toEqual(['provinsi', 'nasional']);
    expect(values.categories).toContain('Pemerintah Kabupaten/Kota');
  });
});

describe('api: short ids', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('accepts a short id (or an _id) wherever the review routes take a key', async () => {
    const awards = createAwardRepository(services.mongo.db);
    const a = await awards.upsertWithSource(testDraft({ editionYear: 2024 }), testSource('i1'));
    const b = await awards.upsertWithSource(testDraft({ editionYear: 2025 }), testSource('i2'));
    const pending = await t.app.inject({ url: '/reviews/pending', headers: As.reader });
    const items = pending.json<{ items: Array<{ key: string; shortId: string; _id: string }> }>()
      .items;
    const [ra, rb] = [a.key, b.key].map((k) => items.find((r) => r.key === k)!);
    expect(ra?.shortId).toMatch(/^[0-9a-z]{7}$/);

    const confirmed = await post(t.app, `/reviews/${ra!.shortId.toUpperCase()}`, {
      action: 'confirm',
    });
    expect(confirmed).toMatchObject({ statusCode: 200, body: { review: { status: 'confirmed' } } });
    const byId = await post(t.app, `/reviews/${rb!._id}`, {
      action: 'correct',
      corrections: { rank: 2 },
    });
    expect(byId).toMatchObject({ statusCode: 200, body: { rank: 2 } });
    const merged = await post(t.app, `/reviews/${rb!.shortId}/merge`, { into: ra!.shortId });
    expect(merged).toMatchObject({ statusCode: 200, body: { sourceCount: 2 } });
    const history = await t.app.inject({
      url: `/awards/${rb!.shortId}/history`,
      headers: As.reader,
    });
    expect(history.json()).toMatchObject({
      key: b.key,
      shortId: rb!.shortId,
      undoable: { seq: 2, action: 'merge' },
    });
    const unknown = await post(t.app, '/reviews/zzzzzzz', { action: 'confirm' });
    expect(unknown.statusCode).toBe(404);
  });
});
