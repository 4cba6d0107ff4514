// Kirim tautan end to end: a link pasted in the browser goes through the real crawler, classifier
// and extractor (running in this process) to a record, and the page follows it step by step.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsServer, serveArticles, type NewsServer } from '../support/news-server.ts';
import {
  startPipeline,
  writeSourcesFile,
  type RunningPipeline,
} from '../support/pipeline-harness.ts';
import { useServices } from '../support/use-services.ts';
import { launchBrowser, signIn } from './support/browser.ts';
import { seedUsers } from './support/seed.ts';
import { startWebAppServer, type WebAppServer } from './support/web-app-server.ts';

const article = {
  path: '/daerah/sleman-juara-paritrana-2024',
  title: 'Kabar Baik dari Sleman untuk Pekerja Rentan',
  siteName: 'Warta Sleman',
  publishedAt: new Date('2026-11-27T02:00:00Z'),
  text: [
    'SLEMAN – Pemerintah Kabupaten Sleman meraih juara 1 Paritrana Award 2024 kategori Pemerintah Kabupaten/Kota tingkat Provinsi Daerah Istimewa Yogyakarta.',
    'Penghargaan dari BPJS Ketenagakerjaan itu diserahkan Gubernur DIY kepada Bupati Sleman di Yogyakarta, Rabu.',
    'Menurut Kepala Dinas Tenaga Kerja Sleman, lebih dari 30 ribu pekerja rentan kini terlindungi jaminan sosial ketenagakerjaan.',
  ].join('\n\n'),
};

describe('Kirim tautan, through the whole pipeline', () => {
  const services = useServices();
  let news: NewsServer;
  let pipeline: RunningPipeline;
  let web: WebAppServer;
  let browser: Browser;

  beforeAll(async () => {
    news = await startNewsServer();
    serveArticles(news, [article]);
    pipeline = await startPipeline(services, writeSourcesFile([]));
    web = await startWebAppServer({
      mongoUrl: services.mongoUrl,
      redisUrl: services.redisUrl,
      dbName: services.dbName,
      prefix: services.prefix,
    });
    await seedUsers(web.db);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    await pipeline?.stop();
    await news?.close();
  });

  it('follows a pasted article link to its award record', async () => {
    const page = await (await browser.newContext({ locale: 'id-ID' })).newPage();
    await signIn(page, web.baseUrl, 'reviewer');
    await page.goto(`${web.baseUrl}/#/artikel`);
    await page.getByLabel('Alamat artikel').fill(`${news.url}${article.path}`);
    await page.getByRole('button', { name: 'Kirim', exact: true }).click();

    const progress = page.getByTestId('submission');
    await progress.getByText('Diekstrak: Selesai').waitFor({ timeout: 45_000 });
    expect(await progress.locator('.step').allTextContents()).toEqual([
      'Diambil: Selesai',
      'Diklasifikasi: Selesai',
      'Diekstrak: Selesai',
    ]);
    await progress.getByRole('link', { name: 'Kabupaten Sleman' }).click();
    await page.getByRole('heading', { name: 'Kabupaten Sleman' }).waitFor();
    expect(await page.getByTestId('evidence').textContent()).toContain(
      'Pemerintah Kabupaten Sleman meraih juara 1 Paritrana Award 2024',
    );
    await page.context().close();
  });
});
