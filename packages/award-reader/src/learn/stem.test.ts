import { describe, expect, it } from 'vitest';
import { stem, stems } from './stem.ts';

describe('stem', () => {
  it('makes the forms of one win verb meet', () => {
    expect(new Set(['diraih', 'meraih', 'raihnya', 'peraih'].map(stem))).toEqual(new Set(['raih']));
    expect(stem('dimenangkan')).toBe(stem('memenangkan'));
    expect(stem('menyabet')).toBe('sabet');
    expect(stem('dijuarai')).toBe('juara');
  });

  it('keeps roots that only look prefixed', () => {
    expect(stem('diterima')).toBe('terima');
    expect(stem('menerima')).toBe('terima');
    expect(stem('diserahkan')).toBe('serah');
  });

  it('leaves short words and non-words alone', () => {
    expect(stem('dan')).toBe('dan');
    expect(stem('2025')).toBe('2025');
  });

  it('stems a sentence word by word', () => {
    const [, , target, place] = stems('Kabupaten Sigi ditargetkan menempati posisi pertama');
    expect([target, place]).toEqual(['target', 'tempat']);
    expect(stems('Target: 2025!')).toEqual(['target']);
  });
});
