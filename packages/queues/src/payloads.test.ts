import { describe, expect, it } from 'vitest';
import { Payloads, jobIdFor } from './payloads.ts';
import { QueueName } from './queue-name.ts';

describe('payloads', () => {
  it('accepts an article id and nothing else', () => {
    expect(Payloads.fetch.safeParse({ articleId: '66f1a2b3c4d5e6f708192a3b' }).success).toBe(true);
    expect(Payloads.fetch.safeParse({ articleId: 'x' }).success).toBe(false);
    expect(
      Payloads.classify.safeParse({ articleId: '66f1a2b3c4d5e6f708192a3b', text: 'big' }).success,
    ).toBe(false);
  });

  it('builds job ids without colons that are never digits only', () => {
    expect(jobIdFor(QueueName.Discover, 'google:news')).toBe('discover-google_news');
    expect(jobIdFor(QueueName.Extract, '123')).toBe('extract-123');
  });
});
