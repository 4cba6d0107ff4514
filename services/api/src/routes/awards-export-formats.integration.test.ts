import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAwardRepository } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { wibDateTime } from '../csv.ts';
import { As, testDraft, testSource, useTestApp } from '../test-support.ts';

const recordedAt = new Date('2026-12-05T20:30:00Z'); // 03:30 on 6 December in WIB

describe('api: exports that open cleanly in a spreadsheet', () => {
  const services = useServices();
  const t = useTestApp(services);

  beforeAll(async () => {
    const awards = createAwardRepository(services.mongo.db);
    await awards.upsertWithSource(
      testDraft({ ceremonyDate: '2025-03-10', category: 'Pemerintah Kabupaten/Kota' }),
      testSource('x1', {
        recordedAt,
        evidence: '=HYPERLINK("http://jahat.contoh") Pemkab Bojonegoro meraih juara 1 – Paritrana',
      }),
    );
    await awards.upsertWithSource(testDraft(), testSource('x2', { recordedAt, rank: 2 }));
    const { key } = await awards.upsertWithSource(
      testDraft({ winnerCanonical: 'Kabupaten Pacitan', regionCode: '35.01' }),
      testSource('x3', { recordedAt }),
    );
    const rejected = await t.app.inject({
      method: 'POST',
      url: `/reviews/${encodeURIComponent(key)}`,
      headers: As.reviewer,
      payload: { action: 'reject' },
    });
    expect(rejected.statusCode).toBe(200);
  });

  const exportOf = (qs: string) =>
    t.app.inject({ url: `/awards/export?${qs}`, headers: As.reader });

  it('writes an Excel workbook with Indonesian headers, WIB dates and every field', async () => {
    const res = await exportOf('format=xlsx&province=Jatim');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    expect(res.headers['content-disposition']).toMatch(
      /penghargaan-paritrana-\d{4}-\d{2}-\d{2}\.xlsx/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Penghargaan')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Tahun edisi',
        'Tanggal penganugerahan',
        'Kode wilayah',
        'Status tinjauan',
        'Historis',
        'Bukti',
        'Media',
        'URL sumber',
        'Pertama ditemukan (WIB)',
      ]),
    );
    // the rejected record is left out
    expect(ws.actualRowCount).toBe(2);
    const cell = (name: string) => ws.getRow(2).getCell(headers.indexOf(name) + 1);
    expect(cell('Pemenang').value).toBe('Kabupaten Bojonegoro');
    expect(cell('Tahun edisi').value).toBe(2024);
    expect(cell('Peringkat').value).toBe(1);
    expect(cell('Kode wilayah').value).toBe('35.22');
    expect(cell('Status tinjauan').value).toBe('baru');
    expect(cell('Historis').value).toBe('tidak');
    expect(cell('Tanggal penganugerahan').value).toEqual(new Date('2025-03-10T00:00:00Z'));
    expect(cell('Tanggal penganugerahan').numFmt).toBe('yyyy-mm-dd');
    expect(cell('Media').value).toBe('x1.contoh.id\nx2.contoh.id');
    expect(cell('URL sumber').value).toBe(
      'https://x1.contoh.id/berita\nhttps://x2.contoh.id/berita',
    );
    expect(cell('Bukti').text).toContain('juara 1 – Paritrana');
    expect(cell('Perbedaan antarsumber').text).toBe(
      'peringkat: 1 (x1.contoh.id); 2 (x2.contoh.id)',
    );
    // a real date: the WIB wall clock, formatted as a date-time
    const first = cell('Pertama ditemukan (WIB)');
    expect(first.value).toBeInstanceOf(Date);
    expect(first.numFmt).toBe('yyyy-mm-dd hh:mm');
    // text that looks like a formula stays text
    expect(cell('Bukti').type).toBe(ExcelJS.ValueType.String);
  });

  it('asks for rejected records to include them, and speaks English with lang=en', async () => {
    const res = await exportOf('format=xlsx&lang=en&includeRejected=true');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Awards')!;
    expect(ws.actualRowCount).toBe(3);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Review state');
    const states = [2, 3].map(
      (r) => ws.getRow(r).getCell(headers.indexOf('Review state') + 1).value,
    );
    expect(states.sort()).toEqual(['new', 'rejected']);
  });

  it('writes CSV in UTF-8 with a BOM, ";" on request, WIB times and inert formulas', async () => {
    const res = await exportOf('format=csv&sep=%3B');
    expect(res.statusCode).toBe(200);
    const bytes = res.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const header = text.slice(1).split('\r\n')[0]!.split(';');
    expect(header.slice(0, 4)).toEqual([
      'ID singkat',
      'Kunci',
      'Tahun edisi',
      'Tanggal penganugerahan',
    ]);
    expect(text).toContain(';2025-03-10;');
    const page = await t.app.inject({ url: '/awards?q=bojonegoro', headers: As.reader });
    const firstSeen = new Date(
      page.json<{ items: Array<{ firstSeenAt: string }> }>().items[0]!.firstSeenAt,
    );
    expect(text).toContain(`;${wibDateTime(firstSeen)};`);
    expect(text).toContain(`;"'=HYPERLINK(""http://jahat.contoh"") Pemkab Bojonegoro`);
    expect(text).toContain('–');
    expect(text).not.toContain('Pacitan');
  });
});

describe('api: export rate limit', () => {
  const services = useServices();
  const t = useTestApp(services, { exportRateLimit: 2 });

  it('answers 429 past the exports allowed per minute', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) {
      codes.push(
        (await t.app.inject({ url: '/awards/export?format=csv', headers: As.reader })).statusCode,
      );
    }
    expect(codes).toEqual([200, 200, 429]);
  });
});
