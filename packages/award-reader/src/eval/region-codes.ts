import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { areaDataDir, splitCsvLine } from '../gazetteer/read-csv.ts';

const key = (name: string): string => name.toLowerCase().replace(/[^a-z]/g, '');

/**
 * Kemendagri code of a province, regency or city by its exact official name ("Kota Palangkaraya",
 * "Provinsi Bali"), spaces ignored; villages are not looked up (their names repeat).
 */
export function readRegions(): (name: string) => string | null {
  const codes = new Map<string, string>();
  for (const file of ['provinces.csv', 'regencies.csv']) {
    const rows = readFileSync(join(areaDataDir(), file), 'utf8').trim().split('\n').slice(1);
    for (const row of rows) {
      const [code = '', ...cells] = splitCsvLine(row);
      const name = cells[cells.length - 1] ?? '';
      codes.set(key(file === 'provinces.csv' ? `Provinsi ${name}` : name), code);
    }
  }
  return (name) => codes.get(key(name)) ?? null;
}
