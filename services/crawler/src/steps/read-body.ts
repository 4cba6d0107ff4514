import { PassThrough, type Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { FetchError, FetchErrorCode } from './fetch-error.ts';

function decoderFor(encoding: string, url: string): Transform | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    case 'identity':
    case '':
      return null;
    default:
      throw new FetchError(FetchErrorCode.BadEncoding, `unsupported content-encoding ${encoding}`, {
        url,
        retryable: false,
      });
  }
}

function tooLarge(url: string, maxBytes: number, stage: string): FetchError {
  return new FetchError(FetchErrorCode.TooLarge, `${stage} body over ${maxBytes} bytes`, {
    url,
    retryable: false,
  });
}

/**
 * Reads a response body, undoing Content-Encoding with node:zlib streams. The cap holds on the
 * bytes on the wire AND on the decompressed bytes, so a gzip bomb stops at `maxBytes`.
 */
export async function readBody(
  body: Readable,
  meta: { contentEncoding?: string; contentLength?: string; maxBytes: number; url: string },
): Promise<Buffer> {
  const { contentEncoding, maxBytes, url } = meta;
  // Stacked encodings ("gzip, br") are legal but unseen in practice; decoderFor refuses them.
  let decoder: Transform | null;
  try {
    decoder = decoderFor((contentEncoding ?? '').trim().toLowerCase(), url);
    if (Number(meta.contentLength) > maxBytes) {
      throw tooLarge(url, maxBytes, 'announced');
    }
  } catch (error) {
    body.on('error', () => undefined).destroy(); // nobody will read it now
    throw error;
  }
  let wireBytes = 0;
  const countWire = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) {
        throw tooLarge(url, maxBytes, 'compressed');
      }
      yield chunk;
    }
  };
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > maxBytes) {
        throw tooLarge(url, maxBytes, decoder !== null ? 'decompressed' : 'response');
      }
      chunks.push(chunk);
    }
  };
  try {
    await pipeline(body, countWire, decoder ?? new PassThrough(), collect);
  } catch (error) {
    if (error instanceof FetchError) {
      throw error;
    }
    if ((error as { code?: string }).code?.startsWith('Z_') === true) {
      throw new FetchError(FetchErrorCode.BadEncoding, `corrupt ${contentEncoding} body`, {
        url,
        retryable: false,
        cause: error,
      });
    }
    throw error;
  }
  return Buffer.concat(chunks);
}
