import { describe, expect, it } from 'vitest';
import { joinAlignedWraps } from './aligned-wraps.ts';
import { splitSentences } from './split-sentences.ts';

const read = (text: string) => {
  const sentences = splitSentences(text);
  return joinAlignedWraps(
    sentences.map((s) => s.text),
    sentences,
    text,
  );
};

describe('joinAlignedWraps (written for these tests)', () => {
  it("takes a cell's wrapped words back into the row above, by the column they start at", () => {
    const text = [
      'Kategori                     Terbaik I               Terbaik II              Terbaik III',
      'Pemerintah Provinsi          Provinsi Jawa Tengah    Provinsi Kalimantan     Provinsi Bali',
      '                                                     Timur',
      'Pemerintah Kabupaten/Kota    Kabupaten Kendal        Kota Balikpapan         Kabupaten Badung',
    ].join('\n');
    const out = read(text);
    expect(out[1]).toBe(
      'Pemerintah Provinsi    Provinsi Jawa Tengah    Provinsi Kalimantan Timur    Provinsi Bali',
    );
    expect(out[2]).toBe('');
    expect(out[3]).toBe(text.split('\n')[3]);
  });

  it('leaves an indented line of prose, and a line under no column, as they are', () => {
    const text = [
      'Pemerintah Provinsi          Provinsi Jawa Tengah    Provinsi Bali',
      '        Penilaian dilakukan tim gabungan.',
      'Kota Lestari meraih juara I.',
      '                                 Timur',
    ].join('\n');
    expect(read(text)).toEqual(splitSentences(text).map((s) => s.text));
  });
});
