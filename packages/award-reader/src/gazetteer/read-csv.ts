import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** One row of an idn-area-data CSV file, keyed by its header. */
export type CsvRow = Record<string, string>;

let dataDir: string | undefined;

/** Folder of idn-area-data's CSV files (the package's async API is not used: we load synchronously). */
export function areaDataDir(): string {
  dataDir ??= join(dirname(fileURLToPath(import.meta.resolve('idn-area-data'))), '..', 'data');
  return dataDir;
}

/** Splits one CSV line, honouring double-quoted cells ("Lubuk Pakam I,II", "Soka""an"). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) {
    return line.split(',');
  }
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  return cells;
}

/** Parses a CSV text with a header line into rows. */
export function parseCsv(text: string): CsvRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const header = splitCsvLine(lines.shift() ?? '');
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    const row: CsvRow = {};
    header.forEach((h, i) => {
      row[h] = cells[i] ?? '';
    });
    return row;
  });
}

/** Reads one of idn-area-data's CSV files by area name ('provinces', 'regencies', …). */
export function readAreaCsv(area: 'provinces' | 'regencies' | 'districts' | 'villages'): CsvRow[] {
  return parseCsv(readFileSync(join(areaDataDir(), `${area}.csv`), 'utf8'));
}
