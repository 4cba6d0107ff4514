import { describe, expect, it } from 'vitest';
import { loadApiConfig } from './api-config.ts';
import { createTokenCheck } from './auth.ts';
import { retryDelay, signBody } from './notifier.ts';

describe('api config', () => {
  it('reads name:role:token lists and checks tokens', () => {
    const config = loadApiConfig({
      API_TOKENS: 'ana:reader:aaaaaaaaaaaaaaaa1, rina:reviewer:bbbbbbbbbbbbbbbb2',
    });
    expect(config.tokens.map((t) => [t.name, t.role])).toEqual([
      ['ana', 'reader'],
      ['rina', 'reviewer'],
    ]);
    const check = createTokenCheck(config.tokens);
    expect(check('bbbbbbbbbbbbbbbb2')).toEqual({ name: 'rina', role: 'reviewer' });
    expect(check('nope')).toBeNull();
  });

  it('refuses unknown roles, short tokens and a webhook without a secret', () => {
    expect(() => loadApiConfig({ API_TOKENS: 'ana:owner:aaaaaaaaaaaaaaaa1' })).toThrow(
      /API_TOKENS/,
    );
    expect(() => loadApiConfig({ API_TOKENS: 'ana:reader:short' })).toThrow(/16 characters/);
    expect(() => loadApiConfig({ WEBHOOK_URL: 'https://hooks.contoh.id/x' })).toThrow(
      /WEBHOOK_SECRET/,
    );
  });

  it('has defaults for everything', () => {
    expect(loadApiConfig({})).toMatchObject({
      tokens: [],
      webhook: { url: null, maxAttempts: 8, backoffMs: 5000 },
      exportBatchSize: 500,
      digestUtcOffset: '+07:00',
    });
  });
});

describe('webhook signing and backoff', () => {
  it('signs the raw body with HMAC-SHA256', () => {
    // echo -n '{"a":1}' | openssl dgst -sha256 -hmac s
    expect(signBody('s', '{"a":1}')).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signBody('s', '{"a":1}')).not.toBe(signBody('t', '{"a":1}'));
  });

  it('doubles the delay each attempt up to an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelay(1000, n))).toEqual([1000, 2000, 4000, 8000]);
    expect(retryDelay(1000, 40)).toBe(3_600_000);
  });
});
