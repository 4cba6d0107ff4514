import { describe, expect, it } from 'vitest';
import { Bom, csvField, csvRow, encodeAwards, wibDateTime } from './csv.ts';

describe('csv', () => {
  it('quotes the separator, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('Bank NTT')).toBe('Bank NTT');
    expect(csvField('Perdagangan, Jasa')).toBe('"Perdagangan, Jasa"');
    expect(csvField('Perdagangan, Jasa', ';')).toBe('Perdagangan, Jasa');
    expect(csvField('Satu; Dua', ';')).toBe('"Satu; Dua"');
    expect(csvField('PT "Maju"')).toBe('"PT ""Maju"""');
    expect(csvField('satu\ndua')).toBe('"satu\ndua"');
  });

  it('writes empty fields for null, WIB date-times spreadsheets read, and plain numbers', () => {
    expect(csvRow([null, undefined, new Date(0), 3, -1])).toBe(',,1970-01-01 07:00:00,3,-1\r\n');
    expect(csvRow(['a', 'b'], ';')).toBe('a;b\r\n');
    expect(wibDateTime(new Date('2026-12-05T20:30:00Z'))).toBe('2026-12-06 03:30:00');
  });

  it('keeps spreadsheet formulas inert, whatever hides in front of them', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-2+3')).toBe("'-2+3");
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '\n', ' ', '\u00a0', '\0']) {
      const field = csvField(`${lead}cmd|' /C calc'!A0`);
      expect(field.replace(/^"/, '').startsWith("'"), JSON.stringify(lead)).toBe(true);
    }
    expect(csvField('Kabupaten Bojonegoro')).toBe('Kabupaten Bojonegoro');
  });

  it('starts a CSV with a BOM and Indonesian (or English) headers; JSON stays an array', async () => {
    const none = (async function* () {})();
    let json = '';
    for await (const piece of encodeAwards(none, 'json')) {
      json += piece;
    }
    expect(JSON.parse(json)).toEqual([]);
    const id = await encodeAwards((async function* () {})(), 'csv', { sep: ';' }).next();
    expect(String(id.value).startsWith(Bom)).toBe(true);
    expect(id.value).toMatch(/^\ufeffID singkat;Kunci;Tahun edisi;Tanggal penganugerahan;/);
    const en = await encodeAwards((async function* () {})(), 'csv', { lang: 'en' }).next();
    expect(en.value).toMatch(/^\ufeffShort id,Key,Edition year,Ceremony date,/);
  });
});
