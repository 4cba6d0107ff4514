// The web app in a real browser (Debian chromium + playwright-core) against the real api app,
// Redis and FerretDB: sign-in, roles, the review flow, search, the Excel export, phone width, a11y.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ExportColumns } from '@pw/api';
import {
  AwardPage,
  EventType,
  createAwardQueries,
  createAwardRepository,
  createEventLog,
} from '@pw/storage';
import { launchBrowser, runAxe, signIn } from './support/browser.ts';
import { seedAwards, seedLedger, seedSources, seedUsers } from './support/seed.ts';
import { fetchVia, startNewsSite } from './support/news-site.ts';
import { startWebAppServer, type WebAppServer } from './support/web-app-server.ts';

let server: WebAppServer;
let site: Server;
let sourcesFile: string;
let browser: Browser;
let keys: Record<string, string>;
/** Waits until the search page's result count reads `text`, all of it. */
const waitForCount = (page: Page, text: string) =>
  page
    .getByTestId('result-count')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .waitFor();

const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  const id = randomUUID().replaceAll('-', '').slice(0, 12);
  sourcesFile = join(mkdtempSync(join(tmpdir(), 'pw-web-')), 'sources.json');
  site = await startNewsSite();
  server = await startWebAppServer({
    // feed discovery reaches every host name at the test's news site on 127.0.0.1
    discoveryFetch: fetchVia(site),
    mongoUrl: inject('mongoUrl'),
    redisUrl: inject('redisUrl'),
    dbName: `web_${id}`,
    prefix: `web-${id}`,
    sourcesFile,
  });
  keys = await seedAwards(server.db);
  await seedUsers(server.db);
  await seedSources(server.db, sourcesFile);
  await seedLedger(server.db, server.hot);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await server?.db.dropDatabase().catch(() => undefined);
  await server?.close();
});

afterEach(async (ctx) => {
  const failed = ctx.task.result?.state === 'fail';
  for (const c of contexts.splice(0)) {
    if (failed) {
      // what the page showed when the test failed, for whoever reads the failure
      for (const [i, p] of c.pages().entries()) {
        await p
          .screenshot({
            path: join(
              tmpdir(),
              `pw-browser-failure-${ctx.task.name.replace(/\W+/g, '-')}-${i}.png`,
            ),
          })
          .catch(() => undefined);
      }
    }
    await c.close();
  }
  // no script error and no Content-Security-Policy refusal on any page of the test
  expect(pageErrors.splice(0)).toEqual([]);
});

/** A fresh browser profile (no cookies) at laptop size unless told otherwise. */
async function open(viewport = { width: 1280, height: 860 }): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) {
      pageErrors.push(`csp: ${m.text()}`);
    }
  });
  return page;
}

const base = () => server.baseUrl;
const recordUrl = (winner: string) => `${base()}/#/catatan/${encodeURIComponent(keys[winner]!)}`;
const record = (winner: string) => createAwardRepository(server.db).get(keys[winner]!);
const queueCount = async (page: Page) =>
  Number(await page.getByTestId('queue-count').textContent());

/** Polls until `check` holds (the page updates after the server answers). */
async function until(what: string, check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits until the record page's status chip reads `text`. */
async function waitForStatus(page: Page, text: string) {
  await page.locator('.record-head .chip', { hasText: text }).waitFor();
}

describe('the web app', () => {
  it('signs in with a session cookie and signs out', async () => {
    const page = await open();
    await page.goto(`${base()}/`);
    await page.getByLabel('Nama pengguna').fill('rina');
    await page.getByLabel('Kata sandi').fill('salah-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Nama pengguna atau kata sandi salah.' })
      .waitFor();

    await signIn(page, base(), 'reviewer');
    expect(await page.locator('.who .user').textContent()).toContain('rina · peninjau');
    expect(await queueCount(page)).toBe(7);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'pw_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByLabel('Kata sandi').waitFor();
    expect((await page.request.get(`${base()}/auth/me`)).status()).toBe(401);
    expect((await page.request.get(`${base()}/reviews/pending`)).status()).toBe(401);
  });

  it('switches to English and back', async () => {
    const page = await open();
    await signIn(page, base(), 'reader');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: /Review queue/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('link', { name: /Antrian/ }).waitFor();
  });

  it('refuses a reader a review action, in words, and leaves the record as it was', async () => {
    const page = await open();
    await signIn(page, base(), 'reader');
    await page.goto(recordUrl('Kota Surabaya'));
    await page.getByRole('heading', { name: 'Kota Surabaya' }).waitFor();
    await page.getByRole('button', { name: 'Konfirmasi', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Anda tidak berhak melakukan ini.' }).waitFor();
    expect((await record('Kota Surabaya'))?.review.status).toBe('new');
  });

  it('searches by a short province form, with a shareable URL', async () => {
    const page = await open();
    await signIn(page, base(), 'reviewer');
    await page.goto(`${base()}/#/cari`);
    await page.getByLabel(/^Provinsi/).fill('Jatim');
    await page.getByRole('button', { name: 'Cari', exact: true }).click();
    await page.waitForURL(/#\/cari\?province=Jatim/);
    // (the count, not the table: a table from the search before may stand while this one loads)
    await waitForCount(page, '4 hasil');
    const winners = await page
      .getByTestId('results')
      .locator('tbody tr td:first-child a')
      .allTextContents();
    expect(winners.sort()).toEqual(
      ['Kabupaten Bojonegoro', 'Kota Surabaya', 'PT Semen Gresik', 'Semen Indonesia'].sort(),
    );
    expect(await page.getByTestId('result-count').textContent()).toBe('4 hasil');

    // the URL alone gives the same search to a colleague
    const shared = page.url();
    const other = await open();
    await signIn(other, base(), 'reader');
    await other.goto(shared);
    await waitForCount(other, '4 hasil');
    expect(await other.getByTestId('result-count').textContent()).toBe('4 hasil');
  });

  it('downloads exactly the search result as Excel, checked cell by cell', async () => {
    const page = await open();
    await signIn(page, base(), 'reviewer');
    await page.goto(`${base()}/#/cari?province=Jatim`);
    await page.getByTestId('results').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const ws = wb.worksheets[0]!;

    const header = ExportColumns.map((_, i) => ws.getRow(1).getCell(i + 1).value);
    expect(header).toEqual(ExportColumns.map((c) => c.id_));

    const expected = await createAwardQueries(server.db).page(
      AwardPage.parse({ province: 'Jatim', limit: 500 }),
    );
    expect(expected.items).toHaveLength(4);
    expect(ws.actualRowCount - 1).toBe(expected.items.length);
    const keyColumn = ExportColumns.findIndex((c) => c.id === 'key') + 1;
    for (let row = 2; row <= ws.actualRowCount; row++) {
      const cells = ws.getRow(row);
      const r = expected.items.find((x) => x.key === cells.getCell(keyColumn).value);
      expect(r, `row ${row}`).toBeDefined();
      ExportColumns.forEach((c, i) => {
        const actual = cells.getCell(i + 1).value;
        const v = c.value(r!, 'id');
        const where = `row ${row}, column ${c.id_}`;
        if (v === null || v === '') {
          expect(actual ?? null, where).toBeNull();
        } else if (c.kind === 'datetime' && v instanceof Date) {
          // the WIB wall clock, as a date a spreadsheet reads
          expect(actual, where).toBeInstanceOf(Date);
          expect(
            Math.abs((actual as Date).getTime() - (v.getTime() + 7 * 3_600_000)),
            where,
          ).toBeLessThan(1000);
        } else if (c.kind === 'date') {
          expect(actual, where).toEqual(new Date(`${String(v)}T00:00:00Z`));
        } else {
          expect(actual, where).toEqual(v);
        }
      });
    }
    const bojonegoro = ws.getRow(
      1 +
        [...Array(ws.actualRowCount - 1).keys()].find(
          (i) => ws.getRow(i + 2).getCell(keyColumn).value === keys['Kabupaten Bojonegoro'],
        )! +
        1,
    );
    const col = (id: string) => ExportColumns.findIndex((c) => c.id === id) + 1;
    expect(bojonegoro.getCell(col('editionYear')).value).toBe(2024);
    expect(bojonegoro.getCell(col('province')).value).toBe('Jawa Timur');
  });

  it('runs the review flow: confirm, correct with the pickers, reject, merge, undo', async () => {
    const page = await open();
    await signIn(page, base(), 'reviewer');
    const before = await queueCount(page);

    // Konfirmasi
    await page.goto(recordUrl('Kota Surabaya'));
    await page.getByRole('heading', { name: 'Kota Surabaya' }).waitFor();
    await page.getByRole('button', { name: 'Konfirmasi', exact: true }).click();
    await waitForStatus(page, 'dikonfirmasi');
    expect((await record('Kota Surabaya'))?.review).toMatchObject({
      status: 'confirmed',
      by: 'rina',
    });
    await until('the queue count to drop', async () => (await queueCount(page)) === before - 1);

    // Koreksi: province → regency/city → village pickers from the gazetteer, and the rank
    await page.goto(recordUrl('Kabupaten Bojonegoro'));
    await page.getByTestId('conflict').first().waitFor();
    await page.getByRole('button', { name: 'Koreksi', exact: true }).click();
    const form = page.locator('form.correct');
    await form
      .getByLabel('Provinsi')
      .locator('option', { hasText: 'Jawa Timur' })
      .waitFor({ state: 'attached' });
    await form.getByLabel('Provinsi', { exact: true }).selectOption({ label: 'Jawa Timur' });
    await form
      .getByLabel('Kabupaten/kota')
      .locator('option', { hasText: 'Kabupaten Bojonegoro' })
      .waitFor({ state: 'attached' });
    await form.getByLabel('Kabupaten/kota').selectOption({ label: 'Kabupaten Bojonegoro' });
    // the villages of the chosen regency are offered (left unchanged: the winner is the regency)
    await form.getByLabel('Desa/kelurahan').locator('option').nth(5).waitFor({ state: 'attached' });
    await form.getByLabel('Peringkat', { exact: true }).selectOption('1');
    await form.getByLabel('Catatan').fill('daftar resmi BPJS: juara 1');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await waitForStatus(page, 'dikoreksi');
    // the corrected rank clears its conflict
    await page.getByTestId('conflict').waitFor({ state: 'detached' });
    const corrected = await record('Kabupaten Bojonegoro');
    expect(corrected).toMatchObject({
      rank: 1,
      regionCode: '35.22',
      province: 'Jawa Timur',
      conflicts: [],
    });
    expect(corrected?.review.status).toBe('corrected');
    await page.getByTestId('history').getByText('Koreksi').waitFor();

    // Tolak, with a reason
    await page.goto(recordUrl('Kabupaten Sleman'));
    await page.getByRole('heading', { name: 'Kabupaten Sleman' }).waitFor();
    await page.getByRole('button', { name: 'Tolak', exact: true }).click();
    await page.getByLabel('Alasan penolakan').fill('berita lama, bukan hasil tahun ini');
    await page.locator('form').getByRole('button', { name: 'Tolak' }).click();
    await waitForStatus(page, 'ditolak');
    expect((await record('Kabupaten Sleman'))?.review).toMatchObject({
      status: 'rejected',
      note: 'berita lama, bukan hasil tahun ini',
    });

    // Gabungkan, with the type-ahead
    await page.goto(recordUrl('Semen Indonesia'));
    await page.getByRole('heading', { name: 'Semen Indonesia' }).waitFor();
    await page.getByRole('button', { name: 'Gabungkan', exact: true }).click();
    await page.getByRole('combobox').fill('Semen');
    await page.getByTestId('merge-option').filter({ hasText: 'PT Semen Gresik' }).click();
    await page.getByRole('button', { name: /Gabungkan → PT Semen Gresik/ }).click();
    await page.getByRole('heading', { name: 'PT Semen Gresik' }).waitFor();
    await page.getByRole('heading', { name: 'Sumber berita (2)' }).waitFor();
    expect((await createAwardRepository(server.db).get(keys['Semen Indonesia']!))?.merged).toBe(
      true,
    );

    // Batalkan: the merge is taken back, both records stand again
    await page.getByRole('button', { name: 'Batalkan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Dibatalkan.' }).waitFor();
    await page.getByRole('heading', { name: 'Sumber berita (1)' }).waitFor();
    const restored = await createAwardRepository(server.db).get(keys['Semen Indonesia']!);
    expect(restored?.merged).toBe(false);
    expect(
      (await createAwardRepository(server.db).get(keys['PT Semen Gresik']!))?.sourceCount,
    ).toBe(1);
  });

  it('triages the queue from the keyboard: j moves, c confirms the selected card', async () => {
    const page = await open();
    await signIn(page, base(), 'reviewer');
    await page.goto(`${base()}/#/antrian`);
    const cards = page.getByTestId('queue-card');
    await cards.nth(1).waitFor();
    const before = await queueCount(page);
    const second = (await cards.nth(1).getByRole('heading').textContent())!.trim();
    // j and c back to back: c must act on the card j moved to, not on the one before (a listener
    // that only saw the new selection after the next paint confirmed the first card).
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    expect(await cards.nth(1).getAttribute('class')).toContain('selected');
    await page
      .getByRole('status')
      .filter({ hasText: `${second}: dikonfirmasi` })
      .waitFor();
    await until('the queue count to drop', async () => (await queueCount(page)) === before - 1);
    const confirmed = await createAwardQueries(server.db).page(
      AwardPage.parse({ status: 'confirmed', q: second, limit: 5 }),
    );
    expect(confirmed.items.map((r) => r.winner)).toContain(second);
  });

  it('lets an admin add a source by pasting a site address (feed discovery), and only an admin', async () => {
    const reviewer = await open();
    await signIn(reviewer, base(), 'reviewer');
    await reviewer.goto(`${base()}/#/sumber`);
    await reviewer.getByText('Hanya admin yang dapat mengubah sumber.').waitFor();
    expect(await reviewer.getByRole('button', { name: 'Cari umpan' }).count()).toBe(0);
    await reviewer.getByTestId('sources').getByText('situs tidak ditemukan (DNS)').waitFor();
    await reviewer.getByTestId('sources').getByText('koneksi ditolak').waitFor();

    const page = await open();
    await signIn(page, base(), 'admin');
    await page.goto(`${base()}/#/sumber`);
    await page.getByLabel('Alamat situs').fill('kabarbaru.test');
    await page.getByRole('button', { name: 'Cari umpan' }).click();
    const found = page.locator('.feeds li', { hasText: 'Kabar Baru' });
    await found.waitFor();
    expect(await found.textContent()).toContain('2 item');
    await found.getByRole('button', { name: 'Pilih' }).click();
    await page.getByRole('status').filter({ hasText: 'Sumber ditambahkan.' }).waitFor();
    await page
      .getByTestId('sources')
      .getByText(/kabarbaru\.test:\d+\/feed\.xml/)
      .waitFor();
    const saved = JSON.parse(readFileSync(sourcesFile, 'utf8')) as {
      sources: Array<{ id: string; url: string; enabled: boolean }>;
    };
    expect(saved.sources.find((x) => x.id === 'kabarbaru-test')).toMatchObject({ enabled: true });

    // poll it now, then disable it, from the same table
    const row = page
      .getByTestId('sources')
      .locator('tr', { hasText: /kabarbaru\.test:\d+\/feed\.xml/ });
    await row.getByRole('button', { name: 'Periksa sekarang' }).click();
    await page.getByRole('status').filter({ hasText: 'Dijadwalkan. Kabar Baru' }).waitFor();
    await row.getByRole('button', { name: 'Nonaktifkan' }).click();
    await row.getByRole('button', { name: 'Aktifkan' }).waitFor();
  });

  it('takes a pasted article link and follows it (Kirim tautan), and retries a failed one', async () => {
    const page = await open();
    await signIn(page, base(), 'reviewer');
    await page.goto(`${base()}/#/artikel`);
    await page.getByText('situs tidak ditemukan (DNS)').waitFor();
    await page.getByLabel('Alamat artikel').fill('https://kabarbaru.test/berita/paritrana-2024');
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();
    // no workers run in this test: the link waits in the fetch queue, and the page says so
    const progress = page.getByTestId('submission');
    await progress.waitFor();
    expect(await progress.locator('.step').allTextContents()).toEqual([
      'Diambil: Menunggu',
      'Diklasifikasi: Menunggu',
      'Diekstrak: Menunggu',
    ]);
    expect(server.queuedFetches).toHaveLength(1);

    // Coba lagi: the failed article is taken up again and leaves the failed list
    const failed = page
      .getByTestId('ledger')
      .locator('li', { hasText: 'situs tidak ditemukan (DNS)' });
    await failed.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('status').filter({ hasText: 'Dijadwalkan.' }).waitFor();
    await failed.waitFor({ state: 'detached' });
    expect(server.queuedFetches).toHaveLength(2);
  });

  it('shows today: new records, new conflicts, review actions by whom, provinces not seen yet', async () => {
    await createEventLog(server.db).append({
      id: 'coverage.expected-missing:Bali:2026',
      type: EventType.CoverageMissing,
      subject: 'Bali',
      data: { province: 'Bali', year: 2026 },
    });
    const page = await open();
    await signIn(page, base(), 'reader');
    await page.goto(`${base()}/#/hari-ini`);
    const card = (title: string) =>
      page.locator('section.card', { has: page.getByRole('heading', { name: title }) });
    await card('Catatan baru').getByRole('link', { name: 'Kabupaten Bojonegoro' }).waitFor();
    await card('Perbedaan baru').getByRole('link', { name: 'Kabupaten Bojonegoro' }).waitFor();
    await card('Belum terlihat musim ini').getByRole('link', { name: 'Bali' }).waitFor();
    await page.getByRole('button', { name: 'Minggu ini' }).click();
    await page.getByRole('heading', { name: 'Minggu ini', level: 1 }).waitFor();
    await card('Tindakan tinjauan').getByText('rina').first().waitFor();
  });

  it('opens the search for a province from its dashboard tile', async () => {
    const page = await open();
    await signIn(page, base(), 'reader');
    await page.goto(`${base()}/#/dasbor`);
    await page
      .getByTestId('province-tiles')
      .getByRole('link', { name: /^Jatim/ })
      .click();
    await page.waitForURL(/#\/cari\?province=Jawa\+Timur&year=2024/);
    await page.getByTestId('results').waitFor();
    expect(
      Number((await page.getByTestId('result-count').textContent())?.split(' ')[0]),
    ).toBeGreaterThan(0);
  });

  it('fits a 390 px phone: no sideways scrolling, the menu and the cards on screen', async () => {
    const page = await open({ width: 390, height: 844 });
    await signIn(page, base(), 'admin');
    const pages = [
      '#/antrian',
      `#/catatan/${encodeURIComponent(keys['Kabupaten Bojonegoro']!)}`,
      '#/cari?province=Jatim',
      '#/hari-ini',
      '#/dasbor',
      '#/cakupan',
      '#/artikel',
      '#/sumber',
    ];
    for (const hash of pages) {
      await page.goto(`${base()}/${hash}`);
      await page.waitForLoadState('networkidle');
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width, hash).toBeLessThanOrEqual(390);
      for (const link of await page.getByRole('navigation').getByRole('link').all()) {
        const box = await link.boundingBox();
        expect(
          box && box.x >= 0 && box.x + box.width <= 390,
          `${hash}: ${await link.textContent()}`,
        ).toBe(true);
      }
    }
    await page.goto(`${base()}/#/antrian`);
    const card = page.getByTestId('queue-card').first();
    await card.waitFor();
    const box = await card.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });

  it('has no serious or critical accessibility violations (axe-core) on any page', async () => {
    const page = await open();
    await page.goto(`${base()}/`);
    await page.getByLabel('Kata sandi').waitFor();
    const found: Record<string, unknown[]> = {};
    const check = async (name: string) => {
      const serious = (await runAxe(page, base())).filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      if (serious.length > 0) {
        found[name] = serious;
      }
    };
    await check('masuk');
    await signIn(page, base(), 'admin');
    for (const hash of [
      '#/antrian',
      `#/catatan/${encodeURIComponent(keys['Kabupaten Bojonegoro']!)}`,
      '#/cari?province=Jatim',
      '#/hari-ini',
      '#/dasbor',
      '#/cakupan',
      '#/artikel',
      '#/sumber',
    ]) {
      await page.goto(`${base()}/${hash}`);
      await page.waitForLoadState('networkidle');
      await page.locator('.loading').first().waitFor({ state: 'detached' });
      await check(hash);
    }
    expect(found).toEqual({});
  });
});
