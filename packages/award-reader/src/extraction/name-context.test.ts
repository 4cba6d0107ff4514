import { describe, expect, it } from 'vitest';
import { AFTER_NAME } from './name-context.ts';

describe('AFTER_NAME', () => {
  it('reads "berada di tempat kedua" as a rank, not any "tempat"', () => {
    expect(AFTER_NAME.test(' berada di tempat kedua.')).toBe(true);
    expect(AFTER_NAME.test(' berada di tempat acara.')).toBe(false);
  });

  it('reads "menjadi desa terbaik" as a win', () => {
    expect(AFTER_NAME.test(' juga menjadi desa terbaik pertama di provinsi.')).toBe(true);
  });
});
