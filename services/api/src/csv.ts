import type { AwardRecord } from '@pw/domain';

/** What a CSV field can hold. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Text starting with = + - @ or a tab is prefixed with ' so spreadsheets do not run it as a formula.
 */
export function csvField(value: CsvValue): string {
  if (value == null) {
    return '';
  }
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) {
    s = `'${s}`;
  }
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line, CRLF-terminated as RFC 4180 says. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The export's columns: one row per award, its sources' URLs and outlets joined by a space. */
export const AwardCsvColumns = [
  'key',
  'editionYear',
  'level',
  'province',
  'category',
  'winner',
  'winnerType',
  'regionCode',
  'rank',
  'reviewStatus',
  'outletCount',
  'clusterCount',
  'sourceCount',
  'confidence',
  'conflicts',
  'firstSeenAt',
  'updatedAt',
  'outlets',
  'urls',
] as const;

/** An award as one CSV line in AwardCsvColumns order. */
export function awardCsvRow(r: AwardRecord): string {
  return csvRow([
    r.key,
    r.editionYear,
    r.level,
    r.province,
    r.category,
    r.winner,
    r.winnerType,
    r.regionCode,
    r.rank,
    r.review.status,
    r.outletCount,
    r.clusterCount,
    r.sourceCount,
    r.confidence,
    r.conflicts.map((c) => c.field).join(' '),
    r.firstSeenAt,
    r.updatedAt,
    [...new Set(r.sources.map((s) => s.outlet))].join(' '),
    r.sources.map((s) => s.url).join(' '),
  ]);
}

/** Turns a stream of awards into CSV (header first) or a JSON array, one piece per record. */
export async function* encodeAwards(
  records: AsyncIterable<AwardRecord>,
  format: 'csv' | 'json',
): AsyncGenerator<string> {
  if (format === 'csv') {
    yield csvRow(AwardCsvColumns);
    for await (const r of records) {
      yield awardCsvRow(r);
    }
    return;
  }
  let first = true;
  yield '[';
  for await (const r of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(r)}`;
    first = false;
  }
  yield '\n]\n';
}
