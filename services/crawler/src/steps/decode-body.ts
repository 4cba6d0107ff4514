import iconv from 'iconv-lite';
import { ContentError, ContentErrorCode } from './content-error.ts';

/** Where the charset used came from, strongest first. */
export type CharsetSource = 'bom' | 'header' | 'document' | 'sniffed' | 'default';
/** Decoded text plus the charset actually used. */
export type DecodedBody = { text: string; charset: string; source: CharsetSource };

const boms: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

// Browsers decode every Latin-1 label as windows-1252 (WHATWG Encoding), and so do we.
const aliases: Record<string, string> = {
  utf8: 'utf-8',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
};

function normalizeLabel(label: string | undefined): string | null {
  const clean = label
    ?.trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (clean === undefined || clean === '') {
    return null;
  }
  const name = aliases[clean] ?? clean;
  return iconv.encodingExists(name) ? name : null;
}

function declaredInDocument(head: string): string | undefined {
  return (
    /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]
  );
}

function isValidUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// true when the bytes hold at least one well-formed multi-byte UTF-8 character
function hasUtf8Sequence(bytes: Buffer): boolean {
  for (const char of new TextDecoder('utf-8').decode(bytes)) {
    if (char.codePointAt(0)! >= 0x80 && char !== '\ufffd') {
      return true;
    }
  }
  return false;
}

function pickCharset(
  body: Buffer,
  contentType: string | null,
): { charset: string; source: CharsetSource } {
  const fromHeader = normalizeLabel(/charset\s*=\s*([^;\s]+)/i.exec(contentType ?? '')?.[1]);
  // UTF-16 declared inside an 8-bit document is a lie (WHATWG: treat as UTF-8)
  const fromDoc = normalizeLabel(
    declaredInDocument(body.subarray(0, 4096).toString('latin1')),
  )?.replace(/^utf-16(be|le)?$/, 'utf-8');
  const declared = fromHeader ?? fromDoc ?? null;
  const source: CharsetSource =
    fromHeader !== null ? 'header' : fromDoc != null ? 'document' : 'default';
  const charset = declared ?? 'utf-8';
  const utf8 = isValidUtf8(body);
  // declared UTF-8 but not valid: a UTF-8 page with a few bad bytes keeps its UTF-8 (each bad
  // byte becomes U+FFFD); only a page with no UTF-8 sequence at all is really windows-1252
  if (charset === 'utf-8' && !utf8 && !hasUtf8Sequence(body)) {
    return { charset: 'windows-1252', source: 'sniffed' };
  }
  // bytes that are valid UTF-8 and not plain ASCII are almost never meant as a single-byte charset
  if (charset === 'windows-1252' && utf8 && body.some((b) => b >= 0x80)) {
    return { charset: 'utf-8', source: 'sniffed' };
  }
  return { charset, source };
}

/** Turns fetched bytes into text: BOM, then Content-Type, then XML prolog / <meta>, then UTF-8. */
export function decodeBody(body: Buffer, contentType: string | null): DecodedBody {
  for (const [mark, charset] of boms) {
    if (mark.every((b, i) => body[i] === b)) {
      return { text: iconv.decode(body.subarray(mark.length), charset), charset, source: 'bom' };
    }
  }
  const { charset, source } = pickCharset(body, contentType);
  const text = iconv.decode(body, charset);
  // text pages have no NULs and few replacement characters; binaries have plenty
  let bad = 0;
  for (const char of text) {
    bad += char === '\u0000' || char === '\ufffd' ? 1 : 0;
  }
  if (text.length > 0 && bad / text.length > 0.02) {
    throw new ContentError(ContentErrorCode.Undecodable, `body is not ${charset} text`);
  }
  return { text, charset, source };
}
