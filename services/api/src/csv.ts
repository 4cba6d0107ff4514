import type { AwardRecord } from '@pw/domain';

/** What a CSV field can hold. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/** The export's language: Indonesian headers and words by default, English with lang=en. */
export type ExportLang = 'id' | 'en';

/** The CSV field separator: a comma, or a semicolon for spreadsheets in an Indonesian locale. */
export type CsvSeparator = ',' | ';';

// = + - @ start a formula; tab, CR, LF, space, no-break space and NUL can hide one after them
const FormulaStart = /^[=+\-@\t\r\n \u00a0\0]/;

/**
 * One CSV field (RFC 4180): quoted when it holds the separator, a quote or a line break, quotes
 * doubled. Text that a spreadsheet could run as a formula is prefixed with ' (OWASP's advice).
 */
export function csvField(value: CsvValue, sep: CsvSeparator = ','): string {
  if (value == null) {
    return '';
  }
  let s = value instanceof Date ? wibDateTime(value) : String(value);
  if (typeof value === 'string' && FormulaStart.test(s)) {
    s = `'${s}`;
  }
  return s.includes(sep) || /["\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line, CRLF-terminated as RFC 4180 says. */
export function csvRow(values: readonly CsvValue[], sep: CsvSeparator = ','): string {
  return `${values.map((v) => csvField(v, sep)).join(sep)}\r\n`;
}

const WibOffsetMs = 7 * 3_600_000;

/** A time in WIB (UTC+7) as `YYYY-MM-DD HH:MM:SS`, which spreadsheets read as a date and time. */
export function wibDateTime(d: Date): string {
  return new Date(d.getTime() + WibOffsetMs).toISOString().slice(0, 19).replace('T', ' ');
}

/** A time moved by WIB's offset, so a spreadsheet that knows no zones shows the WIB wall clock. */
export const wibWallClock = (d: Date): Date => new Date(d.getTime() + WibOffsetMs);

/** How a column's values are written: text, a number, a WIB date-time, or a calendar date. */
export type ColumnKind = 'text' | 'number' | 'datetime' | 'date';

/** One export column: its headers in both languages and how to read it from a record. */
export interface ExportColumn {
  id: string;
  id_: string;
  en: string;
  kind: ColumnKind;
  width: number;
  value: (r: AwardRecord, lang: ExportLang) => string | number | Date | null;
}

const StatusWords: Record<string, { id: string; en: string }> = {
  new: { id: 'baru', en: 'new' },
  confirmed: { id: 'dikonfirmasi', en: 'confirmed' },
  corrected: { id: 'dikoreksi', en: 'corrected' },
  rejected: { id: 'ditolak', en: 'rejected' },
};

const yesNo = (b: boolean, lang: ExportLang) =>
  lang === 'id' ? (b ? 'ya' : 'tidak') : b ? 'yes' : 'no';

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** The best source: the most confident report that is not a historical mention, if any. */
function bestSource(r: AwardRecord) {
  return [...r.sources].sort(
    (a, b) => Number(a.historical) - Number(b.historical) || b.confidence - a.confidence,
  )[0];
}

/** "rank: 1 (a.id), 2 (b.id)" for each field the sources disagree on. */
function conflictText(r: AwardRecord, lang: ExportLang): string {
  const names: Record<string, { id: string; en: string }> = {
    rank: { id: 'peringkat', en: 'rank' },
    editionYear: { id: 'tahun edisi', en: 'edition year' },
    level: { id: 'tingkat', en: 'level' },
    category: { id: 'kategori', en: 'category' },
  };
  const outletOf = new Map(r.sources.map((s) => [s.articleId, s.outlet]));
  return r.conflicts
    .map((c) => {
      const values = c.values.map(
        (v) => `${v.value} (${unique(v.articleIds.map((a) => outletOf.get(a) ?? a)).join(', ')})`,
      );
      return `${names[c.field]?.[lang] ?? c.field}: ${values.join('; ')}`;
    })
    .join(' | ');
}

/** Every field of a record, in export order. */
export const ExportColumns: readonly ExportColumn[] = [
  {
    id: 'shortId',
    id_: 'ID singkat',
    en: 'Short id',
    kind: 'text',
    width: 10,
    value: (r) => (r as { shortId?: string }).shortId ?? null,
  },
  { id: 'key', id_: 'Kunci', en: 'Key', kind: 'text', width: 30, value: (r) => r.key },
  {
    id: 'editionYear',
    id_: 'Tahun edisi',
    en: 'Edition year',
    kind: 'number',
    width: 11,
    value: (r) => r.editionYear,
  },
  {
    id: 'ceremonyDate',
    id_: 'Tanggal penganugerahan',
    en: 'Ceremony date',
    kind: 'date',
    width: 14,
    value: (r) => r.ceremonyDate,
  },
  { id: 'level', id_: 'Tingkat', en: 'Level', kind: 'text', width: 10, value: (r) => r.level },
  {
    id: 'province',
    id_: 'Provinsi',
    en: 'Province',
    kind: 'text',
    width: 20,
    value: (r) => r.province,
  },
  {
    id: 'regionCode',
    id_: 'Kode wilayah',
    en: 'Region code',
    kind: 'text',
    width: 14,
    value: (r) => r.regionCode,
  },
  {
    id: 'regionParent',
    id_: 'Wilayah induk',
    en: 'Parent region',
    kind: 'text',
    width: 20,
    value: (r) => r.regionParent,
  },
  {
    id: 'category',
    id_: 'Kategori',
    en: 'Category',
    kind: 'text',
    width: 28,
    value: (r) => r.category,
  },
  { id: 'winner', id_: 'Pemenang', en: 'Winner', kind: 'text', width: 36, value: (r) => r.winner },
  {
    id: 'winnerType',
    id_: 'Jenis pemenang',
    en: 'Winner type',
    kind: 'text',
    width: 14,
    value: (r) => r.winnerType,
  },
  { id: 'rank', id_: 'Peringkat', en: 'Rank', kind: 'number', width: 9, value: (r) => r.rank },
  {
    id: 'reviewStatus',
    id_: 'Status tinjauan',
    en: 'Review state',
    kind: 'text',
    width: 14,
    value: (r, lang) => StatusWords[r.review.status]?.[lang] ?? r.review.status,
  },
  {
    id: 'reviewedBy',
    id_: 'Ditinjau oleh',
    en: 'Reviewed by',
    kind: 'text',
    width: 14,
    value: (r) => r.review.by,
  },
  {
    id: 'reviewedAt',
    id_: 'Ditinjau pada (WIB)',
    en: 'Reviewed at (WIB)',
    kind: 'datetime',
    width: 18,
    value: (r) => r.review.at,
  },
  {
    id: 'reviewNote',
    id_: 'Catatan tinjauan',
    en: 'Review note',
    kind: 'text',
    width: 24,
    value: (r) => r.review.note,
  },
  {
    id: 'confidence',
    id_: 'Keyakinan',
    en: 'Confidence',
    kind: 'number',
    width: 10,
    value: (r) => r.confidence,
  },
  {
    id: 'outletCount',
    id_: 'Jumlah media',
    en: 'Outlets',
    kind: 'number',
    width: 8,
    value: (r) => r.outletCount,
  },
  {
    id: 'clusterCount',
    id_: 'Jumlah berita',
    en: 'Stories',
    kind: 'number',
    width: 8,
    value: (r) => r.clusterCount,
  },
  {
    id: 'sourceCount',
    id_: 'Jumlah sumber',
    en: 'Sources',
    kind: 'number',
    width: 8,
    value: (r) => r.sourceCount,
  },
  {
    id: 'conflicts',
    id_: 'Perbedaan antarsumber',
    en: 'Conflicts',
    kind: 'text',
    width: 30,
    value: (r, lang) => conflictText(r, lang) || null,
  },
  {
    id: 'historical',
    id_: 'Historis',
    en: 'Historical',
    kind: 'text',
    width: 9,
    value: (r, lang) =>
      yesNo(
        r.sources.every((s) => s.historical),
        lang,
      ),
  },
  {
    id: 'evidence',
    id_: 'Bukti',
    en: 'Evidence',
    kind: 'text',
    width: 60,
    value: (r) => bestSource(r)?.evidence ?? null,
  },
  {
    id: 'outlets',
    id_: 'Media',
    en: 'Outlets',
    kind: 'text',
    width: 30,
    value: (r) => unique(r.sources.map((s) => s.outlet)).join('\n'),
  },
  {
    id: 'urls',
    id_: 'URL sumber',
    en: 'Source URLs',
    kind: 'text',
    width: 50,
    value: (r) => r.sources.map((s) => s.url).join('\n'),
  },
  {
    id: 'firstSeenAt',
    id_: 'Pertama ditemukan (WIB)',
    en: 'First seen (WIB)',
    kind: 'datetime',
    width: 18,
    value: (r) => r.firstSeenAt,
  },
  {
    id: 'updatedAt',
    id_: 'Diperbarui (WIB)',
    en: 'Updated (WIB)',
    kind: 'datetime',
    width: 18,
    value: (r) => r.updatedAt,
  },
];

/** A column's header in a language. */
export const columnHeader = (c: ExportColumn, lang: ExportLang): string =>
  lang === 'id' ? c.id_ : c.en;

/** An award as one CSV line in ExportColumns order. */
export function awardCsvRow(
  r: AwardRecord,
  opts: { sep?: CsvSeparator; lang?: ExportLang } = {},
): string {
  const lang = opts.lang ?? 'id';
  return csvRow(
    ExportColumns.map((c) => c.value(r, lang)),
    opts.sep ?? ',',
  );
}

/** The byte-order mark that tells spreadsheets the CSV is UTF-8. */
export const Bom = '\ufeff';

/**
 * Turns a stream of awards into CSV (a BOM, the header, one line per record) or a JSON array, one
 * piece per record.
 */
export async function* encodeAwards(
  records: AsyncIterable<AwardRecord>,
  format: 'csv' | 'json',
  opts: { sep?: CsvSeparator; lang?: ExportLang } = {},
): AsyncGenerator<string> {
  if (format === 'csv') {
    const lang = opts.lang ?? 'id';
    const sep = opts.sep ?? ',';
    yield (
      Bom +
      csvRow(
        ExportColumns.map((c) => columnHeader(c, lang)),
        sep,
      )
    );
    for await (const r of records) {
      yield awardCsvRow(r, { sep, lang });
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
