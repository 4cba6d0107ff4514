import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsServer, type NewsServer } from '../../../../test/support/news-server.ts';
import { ContentError } from './content-error.ts';
import { decodeBody } from './decode-body.ts';
import { fetchUrl } from './fetch-url.ts';

const sample = 'Penghargaan “Jaya” – Café José';

describe('decodeBody', () => {
  it('decodes UTF-8 by default', () => {
    expect(decodeBody(Buffer.from(sample), null)).toMatchObject({ text: sample, charset: 'utf-8' });
  });

  it('lets a BOM win over a conflicting header', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]);
    expect(decodeBody(bytes, 'text/html; charset=windows-1252')).toEqual({
      text: sample,
      charset: 'utf-8',
      source: 'bom',
    });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')]);
    expect(decodeBody(le, null).text).toBe(sample);
  });

  it('decodes windows-1252 declared in the header, and ISO-8859-1 as windows-1252', () => {
    const bytes = iconv.encode(sample, 'windows-1252');
    expect(decodeBody(bytes, 'text/html; charset=windows-1252').text).toBe(sample);
    expect(decodeBody(bytes, 'text/html; charset=ISO-8859-1').text).toBe(sample);
  });

  it('reads the XML prolog and <meta> declarations', () => {
    const xml = iconv.encode(
      `<?xml version="1.0" encoding="ISO-8859-1"?><t>${sample}</t>`,
      'latin1',
    );
    expect(decodeBody(xml, 'application/xml').text).toContain('Café José');
    const meta = iconv.encode(`<meta charset="windows-1252"><p>${sample}</p>`, 'windows-1252');
    expect(decodeBody(meta, 'text/html').text).toContain(sample);
    const equiv = iconv.encode(
      `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>${sample}</p>`,
      'windows-1252',
    );
    expect(decodeBody(equiv, null)).toMatchObject({ charset: 'windows-1252', source: 'document' });
  });

  it('falls back to windows-1252 when declared UTF-8 is not valid UTF-8', () => {
    const bytes = iconv.encode(sample, 'windows-1252');
    expect(decodeBody(bytes, 'text/html; charset=utf-8')).toMatchObject({
      text: sample,
      charset: 'windows-1252',
      source: 'sniffed',
    });
  });

  it('keeps a UTF-8 page with a few invalid bytes as UTF-8, each bad byte a U+FFFD', () => {
    const head = '<p>Bupati menerima penghargaan “Paritrana” – juara I. ';
    const tail = `${'Kalimat berita biasa. '.repeat(20)}</p>`;
    const bytes = Buffer.concat([Buffer.from(head), Buffer.from([0xff, 0xc3]), Buffer.from(tail)]);
    const decoded = decodeBody(bytes, 'text/html; charset=utf-8');
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toBe(`${head}\ufffd\ufffd${tail}`);
    // the well-formed characters are intact, not windows-1252 mojibake ('â€œ')
    expect(decoded.text).toContain('“Paritrana” –');
    expect(decoded.text).not.toContain('â€');
  });

  it('ignores an unknown charset label', () => {
    expect(decodeBody(Buffer.from(sample), 'text/html; charset=x-bogus').text).toBe(sample);
  });

  it('refuses binary data with a typed error', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0xff, 0xfe, 0, 0, 0, 0]);
    expect(() => decodeBody(png.subarray(4), 'image/png')).toThrow(ContentError);
  });
});

describe('decodeBody on lying servers', () => {
  let server: NewsServer;
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(() => server.close());
  const get = (path: string) => fetchUrl(`${server.url}${path}`, { allowAddresses: ['127.0.0.1'] });

  it('reads windows-1252 bytes labelled utf-8 correctly', async () => {
    const res = await get('/charset/cp1252-labelled-utf8');
    const { text } = decodeBody(res.body, res.contentType);
    expect(text).toContain('Perusahaan “Jaya” raih penghargaan – Rp 5 juta, kata José.');
    expect(text).toContain('Café Contoh');
  });

  it('reads UTF-8 bytes labelled windows-1252 correctly', async () => {
    const res = await get('/charset/utf8-labelled-cp1252');
    expect(decodeBody(res.body, res.contentType).text).toContain('kata José.');
  });

  it('reads an honest windows-1252 page', async () => {
    const res = await get('/charset/cp1252');
    expect(decodeBody(res.body, res.contentType).text).toContain('“Jaya”');
  });
});
