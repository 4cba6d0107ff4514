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

describe("joinAlignedWraps: a decree appendix's names wrapped under their cell (written for these tests)", () => {
  it('takes back a name wrapped a few spaces in, under the name after the number', () => {
    const text = [
      'NO    NAMA PENERIMA                            PERINGKAT',
      '1.    Pemerintah Kabupaten                     I (Satu)',
      '      Purbalingga',
      '2.    Pemerintah Kota Tegal                    II (Dua)',
    ].join('\n');
    const out = read(text).join(' | ');
    expect(out).toContain('Pemerintah Kabupaten Purbalingga');
    expect(read(text)[2]).toBe('');
  });

  it('takes back two wrapped pieces, each into the cell above it', () => {
    const text = [
      'NO  NAMA                                   KATEGORI                 PERINGKAT',
      '1   Pemerintah Kab. Timor                  Pemerintah               I (SATU)',
      '    Tengah Selatan                         Kabupaten/Kota',
    ].join('\n');
    expect(read(text).join(' | ')).toContain(
      '1    Pemerintah Kab. Timor Tengah Selatan    Pemerintah Kabupaten/Kota    I (SATU)',
    );
  });

  it('takes back a name wrapped under the name that follows its number after one space', () => {
    const text = [
      'NO.  KATEGORI / NAMA PENERIMA                       PREDIKAT',
      'I.   PEMERINTAH KABUPATEN/KOTA',
      '     1. Pemerintah Kabupaten Gunung                 Terbaik I',
      '        Kidul',
      '     2. Koperasi Serba Usaha Tani                   Terbaik II',
      '        Menoreh Raharja',
    ].join('\n');
    const out = read(text);
    expect(out.join(' | ')).toContain('1. Pemerintah Kabupaten Gunung Kidul    Terbaik I');
    expect(out.join(' | ')).toContain('2. Koperasi Serba Usaha Tani Menoreh Raharja    Terbaik II');
    expect(out.filter((l) => l.trim() === 'Kidul' || l.trim() === 'Menoreh Raharja')).toEqual([]);
  });

  it('leaves a line under the number cell, a paragraph of its own', () => {
    const text = ['1.    Pemerintah Kota Tegal      II (Dua)', 'Catatan'].join('\n');
    expect(read(text).join(' | ')).toContain('Catatan');
  });
});
