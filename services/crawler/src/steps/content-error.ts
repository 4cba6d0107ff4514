/** Why fetched bytes could not be turned into text, a feed or an article. */
export const ContentErrorCode = {
  Undecodable: 'page.undecodable',
  NoText: 'page.no-text',
  FeedMalformed: 'feed.malformed',
  NotAFeed: 'feed.not-a-feed',
} as const;
export type ContentErrorCode = (typeof ContentErrorCode)[keyof typeof ContentErrorCode];

/** Bad content is never fixed by retrying, so `retryable` is always false. */
export class ContentError extends Error {
  readonly code: ContentErrorCode;
  readonly retryable = false;
  constructor(code: ContentErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ContentError';
    this.code = code;
  }
}
