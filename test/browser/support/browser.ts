// Debian's chromium driven by playwright-core: no browser download, nothing leaves the machine.
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The system Chromium that infra/scripts/install.sh installs from Debian. */
export const ChromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ChromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The demo accounts the seed creates: one per role. */
export const Accounts = {
  admin: { username: 'admin', password: 'sandi-admin-2026' },
  reviewer: { username: 'rina', password: 'sandi-rina-2026' },
  reader: { username: 'ana', password: 'sandi-ana-2026' },
} as const;

/** Signs in through the sign-in form and waits for the menu. */
export async function signIn(
  page: Page,
  baseUrl: string,
  who: keyof typeof Accounts,
): Promise<void> {
  await page.goto(`${baseUrl}/#/antrian`);
  await page.getByLabel(/Nama pengguna|Username/).fill(Accounts[who].username);
  await page.getByLabel(/Kata sandi|Password/).fill(Accounts[who].password);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  await page.getByRole('navigation').waitFor();
}

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

/**
 * Runs axe-core in the page. The script is served from node_modules through a same-origin route,
 * so the app's Content-Security-Policy (script-src 'self') stays as it is in production.
 */
export async function runAxe(page: Page, baseUrl: string) {
  await page.route(`${baseUrl}/__test/axe.js`, (route) =>
    route.fulfill({ path: axePath, contentType: 'text/javascript' }),
  );
  await page.addScriptTag({ url: `${baseUrl}/__test/axe.js` });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<AxeResults> } }).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}

interface AxeResults {
  violations: Array<{
    id: string;
    impact: string | null;
    help: string;
    nodes: Array<{ target: string[] }>;
  }>;
}
