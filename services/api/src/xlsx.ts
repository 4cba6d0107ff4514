import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { AwardRecord } from '@pw/domain';
import { ExportColumns, columnHeader, wibWallClock, type ExportLang } from './csv.ts';

const NumFmt = { datetime: 'yyyy-mm-dd hh:mm', date: 'yyyy-mm-dd' } as const;

/** A column value as an Excel cell: WIB wall-clock dates, calendar dates at midnight. */
function cellValue(kind: string, v: string | number | Date | null): ExcelJS.CellValue {
  if (v === null || v === '') {
    return null;
  }
  if (kind === 'datetime' && v instanceof Date) {
    return wibWallClock(v);
  }
  if (kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    return new Date(`${v}T00:00:00Z`);
  }
  return v;
}

/**
 * Writes awards as an .xlsx workbook, streamed: each row is committed as it comes from the cursor,
 * so the export's memory does not grow with the result. Text stays text (exceljs never writes a
 * string as a formula), dates are real dates in WIB, and the header row is frozen and filtered.
 */
export function encodeAwardsXlsx(
  records: AsyncIterable<AwardRecord>,
  lang: ExportLang = 'id',
): Readable {
  const out = new PassThrough();
  const write = async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
    });
    wb.creator = 'Paritrana Watch';
    const ws = wb.addWorksheet(lang === 'id' ? 'Penghargaan' : 'Awards', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.columns = ExportColumns.map((c) => ({
      key: c.id,
      width: c.width,
      style:
        c.kind === 'datetime' || c.kind === 'date'
          ? { numFmt: NumFmt[c.kind] }
          : c.width >= 30
            ? { alignment: { wrapText: true, vertical: 'top' } }
            : {},
    }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ExportColumns.length } };
    const header = ws.addRow(ExportColumns.map((c) => columnHeader(c, lang)));
    header.font = { bold: true };
    header.commit();
    for await (const r of records) {
      ws.addRow(ExportColumns.map((c) => cellValue(c.kind, c.value(r, lang)))).commit();
      if (out.writableNeedDrain) {
        await once(out, 'drain'); // the client reads slowly: stop pulling from the cursor
      }
    }
    ws.commit();
    await wb.commit();
  };
  write().catch((err: unknown) => out.destroy(err as Error));
  return out;
}
