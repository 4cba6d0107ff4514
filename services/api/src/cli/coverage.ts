import { parseArgs } from 'node:util';
import { backfillCommand, parseEditions, readSourcesFile, type CommandIo } from '@pw/crawler';
import { loadConfig } from '@pw/runtime';
import {
  CellState,
  connectMongo,
  createEventLog,
  createSeasonWatch,
  type CoverageMatrix,
  type MissingProvince,
  type SourceSuggestion,
} from '@pw/storage';
import { coverageFor } from '../routes/coverage.ts';

/**
 * The coverage commands, which read the store directly (like backup and restore):
 *   pnpm cli backfill …             (see `pnpm cli backfill --help`)
 *   pnpm cli coverage [--editions 2017-2025] [--provinces Jatim,Bali] [--json]
 *   pnpm cli coverage season [--grace-days 30] [--record] [--json]
 *   pnpm cli coverage suggest [--json]
 */

const stateMark: Record<CellState, string> = {
  [CellState.Winners]: '',
  [CellState.CeremonyOnly]: 'u',
  [CellState.Empty]: '·',
};

/** The matrix as text: one row per province, one column per edition, provincial and national. */
export function matrixText(m: CoverageMatrix): string {
  const cell = (province: string, edition: number, level: 'provinsi' | 'nasional') => {
    const c = m.cells.find(
      (x) => x.province === province && x.edition === edition && x.level === level,
    );
    if (!c) {
      return '·';
    }
    return c.state === CellState.Winners
      ? `${c.records - c.review.rejected}${c.review.new > 0 ? '*' : ''}`
      : stateMark[c.state];
  };
  const width = Math.max(...m.provinces.map((p) => p.length), 8);
  const head = `${'provinsi'.padEnd(width)}  ${m.editions.map((e) => String(e).padStart(7)).join('')}`;
  const rows = m.provinces.map(
    (p) =>
      `${p.padEnd(width)}  ${m.editions
        .map((e) => `${cell(p, e, 'provinsi')}/${cell(p, e, 'nasional')}`.padStart(7))
        .join('')}`,
  );
  const national = m.national.map(
    (n) =>
      `  ${n.edition} ${n.category}: ${n.records} catatan, ${n.sources} laporan dari ${n.outlets.length} media`,
  );
  return [
    'Cakupan per provinsi dan edisi (tingkat provinsi/nasional):',
    '  angka = pemenang tercatat, * = ada yang menunggu tinjauan,',
    '  u = upacara diberitakan tanpa nama pemenang, · = tidak ada apa pun',
    '',
    head,
    ...rows,
    '',
    'Tingkat nasional per kategori:',
    ...(national.length > 0 ? national : ['  (belum ada)']),
    '',
  ].join('\n');
}

/** The overdue provinces as text. */
export function seasonText(missing: MissingProvince[], year: number): string {
  if (missing.length === 0) {
    return `Musim ${year}: tidak ada provinsi yang terlambat dari jendela upacara biasanya.\n`;
  }
  return [
    `Musim ${year}: ${missing.length} provinsi melewati jendela upacara biasanya tanpa laporan:`,
    ...missing.flatMap((m) => [
      `  ${m.province} (biasanya hari ke-${m.window.fromDay}–${m.window.toDay}; terlambat sejak ${m.overdueSince})`,
      ...m.searchLinks.map((l) => `    ${l}`),
    ]),
    '',
  ].join('\n');
}

/** Suggested outlets as text. */
export function suggestionsText(items: SourceSuggestion[]): string {
  if (items.length === 0) {
    return 'Tidak ada media baru yang disarankan.\n';
  }
  return [
    'Media yang memberitakan Paritrana tetapi belum menjadi sumber:',
    ...items.map(
      (s) =>
        `  ${s.outlet.padEnd(32)} ${String(s.reports).padStart(4)} laporan  ${s.province ?? '-'}`,
    ),
    'Tambahkan lewat aplikasi web (Sumber) atau POST /coverage/suggestions/<media>.',
    '',
  ].join('\n');
}

async function coverageCommand(argv: string[], env: NodeJS.ProcessEnv, io: CommandIo) {
  const sub = argv[0] === 'season' || argv[0] === 'suggest' ? argv[0] : 'matrix';
  const { values } = parseArgs({
    args: sub === 'matrix' ? argv : argv.slice(1),
    options: {
      editions: { type: 'string' },
      provinces: { type: 'string' },
      'grace-days': { type: 'string' },
      record: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    strict: true,
  });
  const config = loadConfig(env);
  const mongo = await connectMongo({ url: config.mongo.url, dbName: config.mongo.dbName });
  try {
    const deps = { db: mongo.db, sourcesFile: config.sourcesFile };
    const coverage = coverageFor(deps);
    const print = (value: unknown, text: string) =>
      io.out(values.json ? `${JSON.stringify(value, null, 2)}\n` : text);
    if (sub === 'suggest') {
      const known = new Set(
        readSourcesFile(config.sourcesFile)
          .filter((s) => s.outlet)
          .map((s) => (s.outlet as string).replace(/^www\./, '')),
      );
      const items = await coverage.suggestions(known);
      print({ items }, suggestionsText(items));
      return 0;
    }
    if (sub === 'season') {
      const grace = Number(values['grace-days'] ?? 30);
      if (!Number.isInteger(grace) || grace < 0) {
        throw new Error('--grace-days: expected a whole number of days, such as 30');
      }
      const watch = createSeasonWatch(mongo.db, { coverage, events: createEventLog(mongo.db) });
      const now = new Date();
      const result = await watch.overdue(now, grace);
      if (values.record) {
        await watch.check(now, grace);
      }
      print(result, seasonText(result.missing, result.year));
      return 0;
    }
    const thisYear = new Date().getUTCFullYear();
    const matrix = await coverage.matrix({
      editions: parseEditions(values.editions ?? `2017-${thisYear}`, thisYear),
      ...(values.provinces ? { provinces: values.provinces.split(',').map((p) => p.trim()) } : {}),
    });
    print(matrix, matrixText(matrix));
    return 0;
  } finally {
    await mongo.close();
  }
}

/** The commands main.ts hands over whole; each returns its exit code. */
export const coverageCommands: Record<
  string,
  (argv: string[], env: NodeJS.ProcessEnv, io: CommandIo) => Promise<number>
> = {
  backfill: backfillCommand,
  coverage: coverageCommand,
};
