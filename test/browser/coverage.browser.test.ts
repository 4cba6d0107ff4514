// The Cakupan page in a real browser: the matrix from the seeded records, a cell that opens its
// search, the suggested outlets, an admin adding one in one step, a reader who cannot, and axe.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, runAxe, signIn } from './support/browser.ts';
import { seedAwards, seedSources, seedUsers } from './support/seed.ts';
import { fetchVia, startNewsSite } from './support/news-site.ts';
import { startWebAppServer, type WebAppServer } from './support/web-app-server.ts';

let server: WebAppServer;
let site: Server;
let browser: Browser;
let sourcesFile: string;

beforeAll(async () => {
  const id = randomUUID().replaceAll('-', '').slice(0, 12);
  sourcesFile = join(mkdtempSync(join(tmpdir(), 'pw-cov-')), 'sources.json');
  // every outlet's home page links an RSS feed, served on 127.0.0.1
  site = await startNewsSite();
  server = await startWebAppServer({
    discoveryFetch: fetchVia(site),
    mongoUrl: inject('mongoUrl'),
    redisUrl: inject('redisUrl'),
    dbName: `cov_${id}`,
    prefix: `cov-${id}`,
    sourcesFile,
  });
  await seedAwards(server.db);
  await seedUsers(server.db);
  await seedSources(server.db, sourcesFile);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await server?.db.dropDatabase().catch(() => undefined);
  await server?.close();
});

async function open(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

describe('Cakupan (coverage)', () => {
  it('shows the matrix, opens a cell as a search, and lets an admin add a suggested outlet', async () => {
    const page = await open();
    await signIn(page, server.baseUrl, 'admin');
    await page.getByRole('link', { name: 'Cakupan' }).click();
    const matrix = page.getByTestId('coverage-matrix');
    await matrix.waitFor();
    // Jawa Timur has recorded winners in the demo set: its row links them
    const jatim = matrix.getByRole('row', { name: /Jawa Timur/ });
    const winners = jatim.getByRole('link');
    expect(await winners.count()).toBeGreaterThan(0);
    // an empty province shows a dot
    await expect
      .poll(() => matrix.getByRole('row', { name: /^Aceh/ }).textContent())
      .toContain('·');

    // outlets that reported awards but are not sources are suggested, with an add button
    const suggestions = page.getByTestId('coverage-suggestions');
    await suggestions.getByText('suarasurabaya.net').waitFor();
    expect(await suggestions.textContent()).not.toContain('kabarjagad.com');
    await suggestions
      .getByRole('listitem')
      .filter({ hasText: 'suarasurabaya.net' })
      .getByRole('button', { name: 'Tambahkan' })
      .click();
    await page.getByText(/Ditambahkan sebagai sumber: suarasurabaya\.net/).waitFor();
    const file = JSON.parse(readFileSync(sourcesFile, 'utf8')) as {
      sources: Array<{ outlet: string | null; enabled: boolean; url: string | null }>;
    };
    const added = file.sources.find((s) => s.outlet === 'suarasurabaya.net');
    expect(added?.enabled).toBe(true);
    expect(added?.url).toMatch(/\/feed\.xml$/);

    // no serious or critical accessibility violation
    const violations = await runAxe(page, server.baseUrl);
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

    await winners.first().click();
    await page.waitForURL(/#\/cari\?.*province=Jawa/);
    await page.context().close();
  });

  it('shows a reader the matrix without the add buttons', async () => {
    const page = await open();
    await signIn(page, server.baseUrl, 'reader');
    await page.goto(`${server.baseUrl}/#/cakupan`);
    await page.getByTestId('coverage-suggestions').waitFor();
    expect(await page.getByRole('button', { name: 'Tambahkan' }).count()).toBe(0);
    await page.context().close();
  });
});
