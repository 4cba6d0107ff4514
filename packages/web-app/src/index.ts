import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const resolved = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));

/** The folder of static files (index.html, styles, icons), served under /app/. */
export const publicDir = join(here, '..', 'public');

/** The folder of the browser code (TypeScript, served with its types stripped) under /app/js/. */
export const clientDir = join(here, '..', 'client');

/**
 * The third-party browser files the app loads, each served by the app itself from node_modules
 * under /app/vendor/<name> (no CDN: the app works on a network without internet).
 */
export const vendorFiles: Readonly<Record<string, string>> = {
  // Preact, its hooks and htm in one ES module (no import map needed)
  'htm-preact.js': resolved('htm/preact/standalone'),
  // Chart.js as a UMD script: defines the global Chart
  'chart.umd.min.js': join(dirname(resolved('chart.js')), 'chart.umd.min.js'),
};

export { ProvinceTiles, provinceCodeOf, type ProvinceTile } from '../client/provinces.ts';
