import { FailureCode } from '@pw/domain';

/** Every way a fetch can fail; the value is what the article's failure record shows. */
export const FetchErrorCode = {
  Timeout: 'fetch.timeout',
  TooLarge: 'fetch.too-large',
  PrivateAddress: 'fetch.private-address',
  RedirectLoop: 'fetch.redirect-loop',
  TooManyRedirects: 'fetch.too-many-redirects',
  HttpStatus: 'fetch.http-status',
  BadScheme: 'fetch.unsupported-scheme',
  BadUrl: 'fetch.bad-url',
  BadEncoding: 'fetch.bad-encoding',
  Connect: 'fetch.connect',
  Dns: 'fetch.dns',
  Tls: 'fetch.tls',
} as const;
export type FetchErrorCode = (typeof FetchErrorCode)[keyof typeof FetchErrorCode];

/** A fetch that did not produce a usable response; `status`/`retryAfterMs` are set for HTTP errors. */
export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly retryable: boolean;
  readonly url: string;
  readonly status: number | null;
  readonly retryAfterMs: number | null;
  constructor(
    code: FetchErrorCode,
    message: string,
    options: {
      url: string;
      retryable: boolean;
      status?: number;
      retryAfterMs?: number | null;
      cause?: unknown;
    },
  ) {
    super(message, { cause: options.cause });
    this.name = 'FetchError';
    this.code = code;
    this.url = options.url;
    this.retryable = options.retryable;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

const toFailure: Record<FetchErrorCode, FailureCode> = {
  [FetchErrorCode.Timeout]: FailureCode.FetchTimeout,
  [FetchErrorCode.TooLarge]: FailureCode.FetchTooLarge,
  [FetchErrorCode.PrivateAddress]: FailureCode.FetchPrivateAddress,
  [FetchErrorCode.HttpStatus]: FailureCode.FetchHttpStatus,
  [FetchErrorCode.RedirectLoop]: FailureCode.FetchFailed,
  [FetchErrorCode.TooManyRedirects]: FailureCode.FetchFailed,
  [FetchErrorCode.BadScheme]: FailureCode.FetchUnsupportedScheme,
  [FetchErrorCode.BadUrl]: FailureCode.FetchFailed,
  [FetchErrorCode.BadEncoding]: FailureCode.FetchFailed,
  [FetchErrorCode.Connect]: FailureCode.FetchConnect,
  [FetchErrorCode.Dns]: FailureCode.FetchDns,
  [FetchErrorCode.Tls]: FailureCode.FetchTls,
};

/** The pipeline-wide FailureCode (@pw/domain) a FetchError is recorded under. */
export function failureCodeOf(error: FetchError): FailureCode {
  return toFailure[error.code];
}

function findFetchError(error: unknown): FetchError | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (e instanceof FetchError) {
      return e;
    }
  }
  return null;
}

const timeoutCodes = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
]);

// certificate and handshake failures (node's and OpenSSL's codes)
const tlsCodes = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'EPROTO',
]);

/** Maps whatever undici/node threw to a FetchError; `timedOut` says the total deadline fired. */
export function toFetchError(error: unknown, url: string, timedOut: boolean): FetchError {
  const own = findFetchError(error);
  if (own !== null) {
    return own;
  }
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (timedOut || timeoutCodes.has(code)) {
    return new FetchError(FetchErrorCode.Timeout, `timed out: ${message}`, {
      url,
      retryable: true,
      cause: error,
    });
  }
  if (tlsCodes.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
    return new FetchError(FetchErrorCode.Tls, `TLS: ${message}`, {
      url,
      retryable: true,
      cause: error,
    });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA') {
    return new FetchError(FetchErrorCode.Dns, message, {
      url,
      retryable: code === 'EAI_AGAIN',
      cause: error,
    });
  }
  return new FetchError(FetchErrorCode.Connect, message, { url, retryable: true, cause: error });
}
