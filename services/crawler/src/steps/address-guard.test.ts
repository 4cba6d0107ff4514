import { describe, expect, it } from 'vitest';
import { createAllowList, isBlockedAddress } from './address-guard.ts';
import { parseRetryAfter } from './retry-after.ts';

const none = createAllowList([]);

describe('isBlockedAddress', () => {
  it.each([
    '10.0.0.1',
    '127.0.0.1',
    '169.254.169.254',
    '172.16.5.4',
    '192.168.1.1',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fd00:ec2::254',
    'fe80::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '[::1]',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isBlockedAddress(address, none)).toBe(true);
  });

  it.each(['8.8.8.8', '103.10.20.30', '2001:4860:4860::8888', '172.32.0.1'])(
    'lets public %s through',
    (address) => {
      expect(isBlockedAddress(address, none)).toBe(false);
    },
  );

  it('lets an allow-listed loopback address through and nothing else', () => {
    const allow = createAllowList(['127.0.0.1']);
    expect(isBlockedAddress('127.0.0.1', allow)).toBe(false);
    expect(isBlockedAddress('127.0.0.2', allow)).toBe(true);
    expect(isBlockedAddress('::1', allow)).toBe(true);
    expect(isBlockedAddress('10.0.0.1', createAllowList(['10.0.0.0/8']))).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.parse('2025-07-29T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 29 Jul 2025 00:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Mon, 28 Jul 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
