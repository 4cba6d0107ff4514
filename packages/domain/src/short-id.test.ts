import { describe, expect, it } from 'vitest';
import { normalizeShortId, shortIdOf } from './short-id.ts';

const key = '2024|provinsi|jawa timur|pemerintah|region:35.22';

describe('shortIdOf', () => {
  it('is 7 characters of Crockford base32, the same for the same key', () => {
    const id = shortIdOf(key);
    expect(id).toMatch(/^[0-9a-hjkmnp-tv-z]{7}$/);
    expect(shortIdOf(key)).toBe(id);
    expect(normalizeShortId(id)).toBe(id);
  });

  it('differs between keys, one character apart too', () => {
    const ids = new Set(
      Array.from({ length: 5000 }, (_, i) => shortIdOf(`${2017 + (i % 9)}|provinsi|x|${i}`)),
    );
    expect(ids.size).toBe(5000);
    expect(shortIdOf(key)).not.toBe(shortIdOf(key.replace('35.22', '35.23')));
  });

  it('reads a typed short id in any case, with i, l and o as 1, 1 and 0', () => {
    expect(normalizeShortId(' AB1C0DE ')).toBe('ab1c0de');
    expect(normalizeShortId('abicode')).toBe('ab1c0de');
    expect(normalizeShortId('abc')).toBeNull();
    expect(normalizeShortId(key)).toBeNull();
    expect(normalizeShortId('abcdefu')).toBeNull();
  });
});
