import { describe, expect, it } from 'vitest';
import { unwrapListedGroup } from './listed-in-parens.ts';

describe('unwrapListedGroup', () => {
  it('puts the names in parentheses in place of their group noun', () => {
    expect(unwrapListedGroup('Tiga perusahaan (PT Maju, PT Jaya dan PT Abadi) meraih juara.')).toBe(
      'PT Maju, PT Jaya dan PT Abadi meraih juara.',
    );
  });

  it('leaves a single name, or a group a verb does not follow', () => {
    const s = 'Dua perusahaan (PT Maju) meraih juara. Dua desa (Desa A, Desa B) Meraih';
    expect(unwrapListedGroup(s)).toBe(s);
  });
});
