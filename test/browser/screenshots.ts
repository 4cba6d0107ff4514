// `pnpm screenshots`: starts the app on demo data and writes a PNG of each page to docs/screenshots/.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startLocalServices } from '@pw/infra/local/services';
import { launchBrowser, signIn } from './support/browser.ts';
import { seedAwards, seedHistory, seedLedger, seedSources, seedUsers } from './support/seed.ts';
import { startWebAppServer } from './support/web-app-server.ts';

const out = resolve(import.meta.dirname, '../../docs/screenshots');
mkdirSync(out, { recursive: true });

const services = await startLocalServices(process.env);
const id = Date.now().toString(36);
const sourcesFile = join(mkdtempSync(join(tmpdir(), 'pw-shots-')), 'sources.json');
const server = await startWebAppServer({
  mongoUrl: services.mongoUrl,
  redisUrl: services.redisUrl,
  dbName: `screenshots_${id}`,
  prefix: `shots-${id}`,
  sourcesFile,
});
const browser = await launchBrowser();
try {
  const { db, baseUrl } = server;
  const keys = await seedAwards(db);
  await seedUsers(db);
  await seedSources(db, sourcesFile);
  await seedLedger(db, server.hot);
  await seedHistory(db, keys);

  const shots: Array<[string, string]> = [
    ['antrian', '#/antrian'],
    ['catatan', `#/catatan/${encodeURIComponent(keys['Kabupaten Bojonegoro']!)}`],
    ['cari', '#/cari?province=Jatim'],
    ['hari-ini', '#/hari-ini'],
    ['dasbor', '#/dasbor'],
    ['cakupan', '#/cakupan'],
    ['artikel', '#/artikel'],
    ['sumber', '#/sumber'],
  ];
  for (const [viewport, size] of [
    ['laptop', { width: 1280, height: 860 }],
    ['ponsel', { width: 390, height: 844 }],
  ] as const) {
    const context = await browser.newContext({
      viewport: size,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/#/masuk`);
    await page.screenshot({ path: join(out, `masuk-${viewport}.png`) });
    await signIn(page, baseUrl, 'admin');
    for (const [name, hash] of shots) {
      await page.goto(`${baseUrl}/${hash}`);
      await page.waitForLoadState('networkidle');
      await page
        .locator('.loading')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      await page.waitForTimeout(300);
      await page.screenshot({
        path: join(out, `${name}-${viewport}.png`),
        fullPage: viewport === 'laptop',
      });
      process.stdout.write(`docs/screenshots/${name}-${viewport}.png\n`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.db.dropDatabase().catch(() => undefined);
  await server.close();
  await services.stop();
}
