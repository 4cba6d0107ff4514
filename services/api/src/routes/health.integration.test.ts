import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSourceStateRepository } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { useTestApp } from '../test-support.ts';

const source = (id: string, enabled: boolean) => ({
  id,
  name: `Kabar ${id}`,
  outlet: `${id}.contoh.id`,
  province: 'Bali',
  kind: 'rss',
  url: `https://${id}.contoh.id/feed/`,
  pollIntervalMinutes: 60,
  enabled,
  feedStatus: 'known',
});
const file = join(mkdtempSync(join(tmpdir(), 'pw-api-health-')), 'sources.json');
writeFileSync(
  file,
  JSON.stringify({ sources: [source('satu', true), source('dua', true), source('mati', false)] }),
);

describe('api: /readyz and the sources', () => {
  const services = useServices();
  const t = useTestApp(services, { sourcesFile: file });
  const failing = (id: string, code: string, at = new Date()) =>
    createSourceStateRepository(services.mongo.db).update(id, {
      status: 'failing',
      consecutiveErrors: 3,
      lastError: { code, message: `${code} for ${id}`, at },
    });

  it('stays ready while one enabled source still works', async () => {
    await failing('satu', 'fetch.dns');
    const res = await t.app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', sources: { enabled: 2, failing: 1 } });
  });

  it('degrades with the reason when every enabled source is failing (a disabled one aside)', async () => {
    await failing('dua', 'fetch.dns');
    const res = await t.app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      status: 'degraded',
      reason: 'every enabled source is failing (2 × fetch.dns)',
      redis: { ok: true },
      mongo: { ok: true },
    });
  });

  it('stays ready while the only working source is in the middle of a poll', async () => {
    // a poll marks its source interrupted until it finishes: the pipeline's first minutes
    await failing('satu', 'fetch.dns');
    await failing('dua', 'feed.interrupted');
    const res = await t.app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ready', sources: { enabled: 2, failing: 1 } });
    // a poll that never finished is a failure
    await failing('dua', 'feed.interrupted', new Date(Date.now() - 3_600_000));
    const stale = await t.app.inject({ url: '/readyz' });
    expect(stale.statusCode).toBe(503);
    expect(stale.json()).toMatchObject({
      reason: 'every enabled source is failing (1 × fetch.dns, 1 × feed.interrupted)',
    });
  });
});
