import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Collection } from '@pw/storage';
import { useServices } from '../../../test/support/use-services.ts';
import { configProblems } from './api-config.ts';
import { As, useTestApp } from './test-support.ts';

const apiMain = fileURLToPath(new URL('./main.ts', import.meta.url));
const cliMain = fileURLToPath(new URL('./cli/main.ts', import.meta.url));

/** Runs node with args and env; closes its stdout after the first chunk when `closeEarly`. */
function run(args: string[], env: Record<string, string>, closeEarly = false) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += String(d);
      if (closeEarly) {
        child.stdout.destroy();
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('api hardening', () => {
  const services = useServices();
  const t = useTestApp(services);

  beforeAll(async () => {
    const now = new Date();
    await services.mongo.db.collection(Collection.Awards).insertMany(
      Array.from({ length: 3000 }, (_, i) => ({
        _id: `h${i}` as never,
        key: `2020|provinsi|papua|badan-usaha|name:pt ${i}`,
        editionYear: 2020,
        level: 'provinsi',
        province: 'Papua',
        provinceCodes: ['91'],
        winner: `PT Contoh ${i}`,
        winnerType: 'badan_usaha',
        sources: [
          {
            articleId: `a${i}`,
            url: `https://contoh.id/${i}`,
            outlet: 'contoh.id',
            evidence: 'PT Contoh meraih Paritrana Award. '.repeat(10),
            extractorVersion: 't',
            confidence: 0.9,
            historical: false,
            recordedAt: now,
          },
        ],
        review: { status: 'new' },
        firstSeenAt: now,
        updatedAt: now,
      })),
    );
  });

  it('sends nosniff and a self-only CSP everywhere, and no-store on authenticated answers', async () => {
    const open = await t.app.inject({ url: '/healthz' });
    expect(open.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(open.headers['content-security-policy']);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/unsafe-eval|https:|upgrade-insecure-requests/);
    const authed = await t.app.inject({ url: '/awards?limit=1', headers: As.reader });
    expect(authed.statusCode).toBe(200);
    expect(authed.headers['cache-control']).toBe('no-store');
    expect(authed.headers['x-content-type-options']).toBe('nosniff');
  });

  it('names the expected format of a bad date parameter', async () => {
    const digest = await t.app.inject({ url: '/digest?date=05-12-2026', headers: As.reader });
    expect(digest.statusCode).toBe(400);
    expect(digest.json<{ message: string }>().message).toMatch(/date.*YYYY-MM-DD/);
    const since = await t.app.inject({ url: '/awards?since=yesterday', headers: As.reader });
    expect(since.json<{ message: string }>().message).toMatch(/since.*YYYY-MM-DD/);
    expect(since.body).not.toMatch(/received Date/);
  });

  it('starts without URLs only to print one clear line, no stack trace', async () => {
    expect(configProblems({})).toMatch(/REDIS_URL is not set; MONGODB_URL is not set/);
    const res = await run([apiMain], {});
    expect(res.code).toBe(2);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/^api: cannot start: REDIS_URL is not set/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('ends `pnpm cli awards … | head` quietly when the reader goes away', async () => {
    const res = await run(
      [cliMain, 'awards', '--province', 'Papua', '--format', 'csv'],
      { MONGODB_URL: services.mongoUrl, MONGODB_DB: services.dbName },
      true,
    );
    expect(res.stdout).toMatch(/^\ufeffID singkat,/);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
  });
});
