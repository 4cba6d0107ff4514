import { beforeAll, describe, expect, it } from 'vitest';
import { createAwardRepository } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { As, testDraft, testSource, useTestApp } from '../test-support.ts';

describe('api: search', () => {
  const services = useServices();
  const t = useTestApp(services);

  const get = async (qs: string) => {
    const res = await t.app.inject({ url: `/awards?${qs}`, headers: As.reader });
    expect(res.statusCode, res.body).toBe(200);
    return res
      .json<{ total: number; items: Array<{ winner: string }> }>()
      .items.map((a) => a.winner);
  };

  beforeAll(async () => {
    const awards = createAwardRepository(services.mongo.db);
    await awards.upsertWithSource(testDraft(), testSource('s1'));
    await awards.upsertWithSource(
      testDraft({
        winnerCanonical: 'Kota Surabaya',
        regionCode: '35.78',
        winnerType: 'kota',
        ceremonyDate: '2025-03-10',
      }),
      testSource('s2'),
    );
    await awards.upsertWithSource(
      testDraft({
        province: 'DI Yogyakarta',
        winnerCanonical: 'Kabupaten Sléman',
        regionCode: '34.04',
        rank: 2,
      }),
      testSource('s3'),
    );
    await awards.upsertWithSource(
      testDraft({
        province: null,
        winnerCanonical: 'PT Bank Pembangunan Daerah Jawa Timur',
        winnerType: 'badan_usaha',
        regionCode: null,
        category: 'Badan Usaha',
      }),
      testSource('s4'),
    );
    const { key } = await awards.upsertWithSource(
      testDraft({ province: 'Jawa Timur', winnerCanonical: 'Kabupaten Pacitan', regionCode: null }),
      testSource('s5'),
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `/reviews/${encodeURIComponent(key)}`,
      headers: As.reviewer,
      payload: { action: 'reject', note: 'bukan Paritrana' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('finds a winner by Pemkab/Kabupaten forms, whatever the case and accents', async () => {
    expect(await get('q=Pemkab%20Bojonegoro')).toEqual(['Kabupaten Bojonegoro']);
    expect(await get('q=KABUPATEN%20bojonegoro')).toEqual(['Kabupaten Bojonegoro']);
    expect(await get('q=Pemkot%20Bojonegoro')).toEqual([]);
    expect(await get('q=sleman')).toEqual(['Kabupaten Sléman']);
    expect(await get('q=Pemkot%20Surabaya')).toEqual(['Kota Surabaya']);
  });

  it('finds a province by short form, and by region code when the name is missing', async () => {
    expect((await get('province=Jatim&sort=winner')).sort()).toEqual([
      'Kabupaten Bojonegoro',
      'Kota Surabaya',
    ]);
    expect(await get('province=DIY')).toEqual(['Kabupaten Sléman']);
    expect(await get('province=Yogyakarta')).toEqual(['Kabupaten Sléman']);
  });

  it('filters by ceremony year, the group pemerintah daerah and several review states', async () => {
    expect(await get('ceremonyYear=2025')).toEqual(['Kota Surabaya']);
    expect((await get('winnerType=pemerintah-daerah')).sort()).toEqual([
      'Kabupaten Bojonegoro',
      'Kabupaten Sléman',
      'Kota Surabaya',
    ]);
    expect(await get('winnerType=badan_usaha')).toEqual(['PT Bank Pembangunan Daerah Jawa Timur']);
    // rejected records are left out unless asked for
    expect(await get('q=pacitan')).toEqual([]);
    expect(await get('q=pacitan&includeRejected=true')).toEqual(['Kabupaten Pacitan']);
    expect(await get('status=new&status=rejected&q=pacitan')).toEqual(['Kabupaten Pacitan']);
    expect((await get('status=new,rejected')).length).toBe(5);
  });

  it('names the expected format of a bad date', async () => {
    const res = await t.app.inject({ url: '/awards?since=kemarin', headers: As.reader });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toMatch(/since.*YYYY-MM-DD/);
    expect(res.body).not.toMatch(/received Date/);
  });
});
