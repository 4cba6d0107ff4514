import { describe, expect, it } from 'vitest';
import { csvField, csvRow, encodeAwards } from './csv.ts';

describe('csv', () => {
  it('quotes commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('Bank NTT')).toBe('Bank NTT');
    expect(csvField('Perdagangan, Jasa')).toBe('"Perdagangan, Jasa"');
    expect(csvField('PT "Maju"')).toBe('"PT ""Maju"""');
    expect(csvField('satu\ndua')).toBe('"satu\ndua"');
  });

  it('writes empty fields for null, ISO text for dates, and plain numbers', () => {
    expect(csvRow([null, undefined, new Date(0), 3, -1])).toBe(
      ',,1970-01-01T00:00:00.000Z,3,-1\r\n',
    );
  });

  it('keeps spreadsheet formulas inert', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-2+3')).toBe("'-2+3");
  });

  it('encodes an empty stream as a valid JSON array and a header-only CSV', async () => {
    const none = (async function* () {})();
    let json = '';
    for await (const piece of encodeAwards(none, 'json')) {
      json += piece;
    }
    expect(JSON.parse(json)).toEqual([]);
    const header = await encodeAwards((async function* () {})(), 'csv').next();
    expect(header.value).toMatch(/^key,editionYear,level,/);
  });
});
