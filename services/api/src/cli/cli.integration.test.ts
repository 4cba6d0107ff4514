import { execFile, spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { shortIdOf } from '@pw/domain';
import { createAwardRepository, createUserRepository } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { TestTokens, testDraft, testSource, useTestApp } from '../test-support.ts';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const run = promisify(execFile);

describe('cli', () => {
  const services = useServices();
  const t = useTestApp(services);
  let key = '';

  const cli = async (args: string[], env: Record<string, string> = {}) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [main, ...args], {
        env: {
          PATH: process.env.PATH ?? '',
          MONGODB_URL: services.mongoUrl,
          MONGODB_DB: services.dbName,
          ...env,
        },
      });
      return { code: 0, stdout, stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  /** Runs the CLI with `input` on stdin. */
  const cliIn = (args: string[], input: string) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [main, ...args], {
        env: {
          PATH: process.env.PATH ?? '',
          MONGODB_URL: services.mongoUrl,
          MONGODB_DB: services.dbName,
        },
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += String(d)));
      child.stderr.on('data', (d: Buffer) => (stderr += String(d)));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
      child.stdin.end(input);
    });

  beforeAll(async () => {
    const awards = createAwardRepository(services.mongo.db);
    ({ key } = await awards.upsertWithSource(testDraft(), testSource('c1')));
    await awards.upsertWithSource(
      testDraft({ province: 'Bali', winnerCanonical: 'Kabupaten Badung', regionCode: '51.03' }),
      testSource('c2'),
    );
  });

  it('exports CSV straight from MongoDB with the same filters as the API', async () => {
    const res = await cli([
      'awards',
      '--province',
      'Jawa Timur',
      '--year',
      '2024',
      '--format',
      'csv',
    ]);
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Kabupaten Bojonegoro');
  });

  it('exports Excel and ";"-separated English CSV with the API\'s options', async () => {
    const xlsx = await new Promise<Buffer>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [main, 'awards', '--province', 'Jatim', '--format', 'xlsx'],
        {
          env: {
            PATH: process.env.PATH ?? '',
            MONGODB_URL: services.mongoUrl,
            MONGODB_DB: services.dbName,
          },
        },
      );
      const chunks: Buffer[] = [];
      child.stdout.on('data', (d: Buffer) => chunks.push(d));
      child.on('error', reject);
      child.on('close', () => resolve(Buffer.concat(chunks)));
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Penghargaan')!;
    expect(ws.actualRowCount).toBe(2);
    expect(ws.getRow(2).values).toContain('Kabupaten Bojonegoro');
    const csv = await cli(['awards', '--format', 'csv', '--sep', ';', '--lang', 'en']);
    expect(csv.stdout).toMatch(/^\ufeffShort id;Key;Edition year;/);
  });

  it('prints a table, reviews a record, and names a bad option', async () => {
    const table = await cli(['awards', '--region-prefix', '51.']);
    expect(table.stdout).toMatch(/Kabupaten Badung/);
    expect(table.stdout).toMatch(/1–1 of 1/);
    const review = await cli(['review', key, 'correct', '--set', 'rank=2', '--by', 'tester']);
    expect(review.code).toBe(0);
    expect(JSON.parse(review.stdout)).toMatchObject({
      rank: 2,
      review: { status: 'corrected', by: 'tester' },
    });
    const bad = await cli(['awards', '--year', 'last']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--year/);
  });

  it('talks to the API with a token instead', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const api = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const json = await cli(['awards', '--api', api, '--province', 'bali', '--format', 'json'], {
      PW_API_TOKEN: TestTokens[0]!.token,
    });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as Array<{ winner: string }>).map((a) => a.winner)).toEqual([
      'Kabupaten Badung',
    ]);
    const denied = await cli(['review', key, 'confirm', '--api', api], {
      PW_API_TOKEN: TestTokens[0]!.token,
    });
    expect(denied.code).toBe(2);
    expect(denied.stderr).toMatch(/^403/);
  });

  it('addresses a record by short id, prints readable tables, and --json for machines', async () => {
    const id = shortIdOf(key);
    const pending = await cli(['pending']);
    expect(pending.code).toBe(0);
    expect(pending.stdout).toMatch(/^id\s+year\s+level/);
    expect(pending.stdout).toMatch(/Kabupaten Badung/);
    expect(pending.stdout).toMatch(/of \d+ waiting for review/);
    const machine = await cli(['pending', '--json']);
    expect(JSON.parse(machine.stdout)).toMatchObject({ total: expect.any(Number) as number });
    const award = await cli(['award', id.toUpperCase()]);
    expect(award.code).toBe(0);
    expect(award.stdout).toMatch(new RegExp(`^Kabupaten Bojonegoro  \\[${id}\\]`));
    expect(award.stdout).toMatch(/sources:\n {2}c1\.contoh\.id/);
    const asJson = await cli(['award', id, '--json']);
    expect(JSON.parse(asJson.stdout)).toMatchObject({ key, shortId: id });
    const audit = await cli(['audit', id]);
    expect(audit.stdout).toMatch(/tester\s+correct/);
    for (const args of [
      ['award', 'zzzzzzz'],
      ['audit', 'tidak|ada'],
    ]) {
      const unknown = await cli(args);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(/no record/);
    }
    await t.app.listen({ host: '127.0.0.1', port: 0 }).catch(() => undefined);
    const api = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const env = { PW_API_TOKEN: TestTokens[0]!.token };
    const viaApi = await cli(['award', id, '--api', api], env);
    expect(viaApi.stdout).toMatch(/^Kabupaten Bojonegoro/);
    const missing = await cli(['award', 'zzzzzzz', '--api', api], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^404: no record zzzzzzz/);
  }, 180_000);

  it('adds, lists, re-passwords and disables users; the password comes from stdin', async () => {
    const add = await cliIn(
      ['user', 'add', 'Admin', '--role', 'admin', '--password-stdin'],
      'kata-sandi-admin-1\n',
    );
    expect(add).toMatchObject({ code: 0 });
    expect(add.stdout).toMatch(/admin \(admin\): created/);
    const users = createUserRepository(services.mongo.db);
    expect(await users.verify('admin', 'kata-sandi-admin-1')).toMatchObject({ role: 'admin' });
    const again = await cliIn(
      ['user', 'add', 'admin', '--role', 'reader', '--password-stdin'],
      'x'.repeat(9),
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    const short = await cliIn(
      ['user', 'add', 'budi', '--role', 'reader', '--password-stdin'],
      'pendek',
    );
    expect(short.stderr).toMatch(/password: at least 8/);
    const noTty = await cliIn(['user', 'add', 'budi', '--role', 'reader'], '');
    expect(noTty.stderr).toMatch(/--password-stdin/);
    const passwd = await cliIn(
      ['user', 'passwd', 'admin', '--password-stdin'],
      'kata-sandi-baru-2',
    );
    expect(passwd.code).toBe(0);
    expect(await users.verify('admin', 'kata-sandi-baru-2')).not.toBeNull();
    const last = await cli(['user', 'disable', 'admin']);
    expect(last.code).toBe(2);
    expect(last.stderr).toMatch(/last admin/);
    await users.add({ username: 'budi', role: 'reader', password: 'kata-sandi-budi-1' });
    expect((await cli(['user', 'disable', 'budi'])).code).toBe(0);
    expect(await users.verify('budi', 'kata-sandi-budi-1')).toBeNull();
    const list = await cli(['user', 'list']);
    expect(list.stdout).toMatch(/admin\s+admin\s+active\nbudi\s+reader\s+disabled/);
    const unknown = await cli(['user', 'disable', 'siapa']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no user siapa/);
  }, 240_000);
});
