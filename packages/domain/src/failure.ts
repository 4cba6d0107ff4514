/** Every reason an article stops short of an award record (rejections and failures), by stage. Shown to users as is. */
export const FailureCode = {
  FetchTimeout: 'fetch.timeout',
  FetchTooLarge: 'fetch.too-large',
  FetchPrivateAddress: 'fetch.private-address',
  FetchHttpStatus: 'fetch.http-status',
  FetchFailed: 'fetch.failed',
  FetchDns: 'fetch.dns',
  FetchConnect: 'fetch.connect',
  FetchTls: 'fetch.tls',
  /** A link that is not http(s): javascript:, file:, data:, ftp: … (never retried). */
  FetchUnsupportedScheme: 'fetch.unsupported-scheme',
  RobotsDisallowed: 'fetch.robots-disallowed',
  Duplicate: 'fetch.duplicate',
  FeedMalformed: 'feed.malformed',
  PageUndecodable: 'page.undecodable',
  PageNoText: 'page.no-text',
  NotIndonesian: 'classify.not-indonesian',
  NotAwardReport: 'classify.not-award-report',
  NoWinnerFound: 'extract.no-winner',
  StoreFailed: 'store.failed',
  Stuck: 'pipeline.stuck',
  Internal: 'pipeline.internal',
} as const;
export type FailureCode = (typeof FailureCode)[keyof typeof FailureCode];

/** A failure the pipeline understands. `retryable: false` fails the job at once. */
export class PipelineError extends Error {
  readonly code: FailureCode;
  readonly retryable: boolean;
  constructor(
    code: FailureCode,
    message: string,
    options: { retryable: boolean; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = 'PipelineError';
    this.code = code;
    this.retryable = options.retryable;
  }
}

/** The `code` a thrown value carries (PipelineError, FetchError, driver errors …), if it is a string. */
export function errorCode(err: unknown): string | null {
  const code =
    typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : null;
}

/** The message of a thrown value, whatever was thrown. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
