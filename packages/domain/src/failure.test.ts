import { describe, expect, it } from 'vitest';
import { PipelineError, errorCode, errorMessage } from './failure.ts';

describe('errorCode / errorMessage', () => {
  it('reads the code a pipeline, fetch or driver error carries', () => {
    expect(errorCode(new PipelineError('fetch.timeout', 'lambat', { retryable: true }))).toBe(
      'fetch.timeout',
    );
    expect(errorCode(Object.assign(new Error('x'), { code: 'fetch.too-large' }))).toBe(
      'fetch.too-large',
    );
  });

  it('gives no code for numeric codes, plain errors and non-objects', () => {
    expect(errorCode(Object.assign(new Error('dup'), { code: 11000 }))).toBeNull();
    expect(errorCode(new Error('x'))).toBeNull();
    expect(errorCode(null)).toBeNull();
    expect(errorCode('boom')).toBeNull();
  });

  it('gives the message of whatever was thrown', () => {
    expect(errorMessage(new Error('rusak'))).toBe('rusak');
    expect(errorMessage('rusak')).toBe('rusak');
  });
});
