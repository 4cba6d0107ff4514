import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourcesFile } from '@pw/crawler';
import { useServices } from '../../../../test/support/use-services.ts';
import { As, useTestApp } from '../test-support.ts';

const file = join(mkdtempSync(join(tmpdir(), 'pw-api-sources-')), 'sources.json');
writeFileSync(file, JSON.stringify({ sources: [] }));
const body = {
  name: 'Warta Contoh',
  outlet: 'warta.contoh.id',
  province: 'Bali',
  kind: 'rss',
  url: 'https://warta.contoh.id/feed/',
  pollIntervalMinutes: 60,
  enabled: true,
  feedStatus: 'known',
};

describe('api: sources', () => {
  const services = useServices();
  const t = useTestApp(services, { sourcesFile: file });

  it('adds a source to the file, then disables it, for admins only', async () => {
    const put = (headers: Record<string, string>) =>
      t.app.inject({ method: 'PUT', url: '/sources/warta-contoh', headers, payload: body });
    expect((await put(As.reader)).statusCode).toBe(403);
    expect((await put(As.reviewer)).statusCode).toBe(403);
    expect((await put(As.admin)).statusCode).toBe(201);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/sources/warta-contoh',
      headers: As.admin,
      payload: { enabled: false },
    });
    expect(patch.statusCode).toBe(200);
    expect(readSourcesFile(file)).toEqual([{ id: 'warta-contoh', ...body, enabled: false }]);
    const list = await t.app.inject({ url: '/sources', headers: As.reader });
    expect(list.json()).toMatchObject({
      items: [{ id: 'warta-contoh', enabled: false, health: null }],
    });
  });

  it('refuses a source the file schema rejects, naming the field', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/sources/rusak',
      headers: As.admin,
      payload: { ...body, url: 'ftp://warta.contoh.id/feed' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('url');
  });

  it('queues a poll of a known source and 404s an unknown one', async () => {
    const ok = await t.app.inject({
      method: 'POST',
      url: '/sources/warta-contoh/poll',
      headers: As.reviewer,
    });
    expect(ok.statusCode).toBe(202);
    const missing = await t.app.inject({
      method: 'POST',
      url: '/sources/tidak-ada/poll',
      headers: As.reviewer,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('answers 503 naming the bad entries, not 500, when the sources file is invalid', async () => {
    writeFileSync(
      file,
      JSON.stringify({
        sources: [
          { id: 'warta-contoh', ...body },
          { id: 'rusak', ...body, url: 'bukan alamat', pollIntervalMinutes: -5 },
        ],
      }),
    );
    const get = await t.app.inject({ url: '/sources', headers: As.reader });
    expect(get.statusCode).toBe(503);
    const problems = get.json<{ problems: string[] }>().problems;
    expect(get.json()).toMatchObject({ error: 'sources-file-invalid' });
    expect(problems.some((p) => p.startsWith('sources[1] (rusak).url'))).toBe(true);
    expect(problems.some((p) => p.startsWith('sources[1] (rusak).pollIntervalMinutes'))).toBe(true);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: '/sources/warta-contoh',
      headers: As.admin,
      payload: { enabled: true },
    });
    expect(patch.statusCode).toBe(503);
    expect(patch.json()).toMatchObject({ error: 'sources-file-invalid' });
    writeFileSync(file, '{ "sources": [ ');
    const broken = await t.app.inject({ url: '/sources', headers: As.reader });
    expect(broken.statusCode).toBe(503);
    expect(broken.json<{ problems: string[] }>().problems[0]).toMatch(/cannot read/);
  });
});
