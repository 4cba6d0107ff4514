import { describe, expect, it } from 'vitest';
import { evidenceOf, HEADER, isListLine, mostCommon, regencyCodes } from './article-lines.ts';

describe('article lines', () => {
  it('recognises category headers and list intros', () => {
    expect(HEADER.exec('2. Kategori Pemerintah Desa:')?.[1]).toBe('Pemerintah Desa');
    expect(HEADER.exec('Berikut daftar pemenangnya:')?.[2]).toBeUndefined();
    expect(HEADER.test('Berikut daftar pemenangnya:')).toBe(true);
    expect(HEADER.exec('Pemerintah Desa:')?.[2]).toBe('Pemerintah Desa');
    expect(HEADER.exec('Pemenang kategori badan usaha:')?.[1]).toBe('badan usaha');
    expect(HEADER.test('Kategori UMKM diraih oleh Kopi Senja.')).toBe(false);
    // a zone's line heads the zone's list
    expect(HEADER.test('Zona Sulawesi, Nusa Tenggara, Maluku dan Papua')).toBe(true);
  });

  it('tells list lines from sentences', () => {
    const article = 'Kategori UMKM\nKopi Senja – Kota Batu\nBupati menyerahkan piagam.';
    expect(isListLine('Kopi Senja – Kota Batu', { text: '', start: 14, end: 36 }, article)).toBe(
      true,
    );
    expect(
      isListLine('Bupati menyerahkan piagam.', { text: '', start: 37, end: 63 }, article),
    ).toBe(false);
  });

  it('keeps evidence offsets true after a dateline is dropped', () => {
    const s = { text: 'BATU – Kota Batu meraih juara 1.', start: 10, end: 42 };
    expect(evidenceOf(s, 'Kota Batu meraih juara 1.')).toEqual({
      text: 'Kota Batu meraih juara 1.',
      start: 17,
      end: 42,
    });
  });

  it('collects regency codes and counts values', () => {
    expect(regencyCodes(['Pemkab Sleman dan Kota Batu hadir.'])).toEqual(['34.04', '35.79']);
    expect(mostCommon(['35', '34', '35'])).toBe('35');
    expect(mostCommon([])).toBeNull();
  });
});

describe('article lines: indented and roman-numbered lists (written for these tests)', () => {
  it('reads an indented line as a list line and a roman-numbered category as a header', () => {
    const article = 'Penerima:\n   1) Kabupaten Boalemo\n   2) Kota Gorontalo\n';
    const start = article.indexOf('1)');
    const sentence = {
      text: '1) Kabupaten Boalemo',
      start,
      end: start + '1) Kabupaten Boalemo'.length,
    };
    expect(isListLine('Kabupaten Boalemo', sentence, article)).toBe(true);
    expect(HEADER.test('II. Kategori Badan Usaha Besar')).toBe(true);
    // a sentence after many spaces in the middle of a line is not on a line of its own
    const inline = 'Juara I diraih Kota Bima.              Kabupaten Dompu\n';
    const at = inline.indexOf('Kabupaten');
    expect(
      isListLine('Kabupaten Dompu', { text: 'Kabupaten Dompu', start: at, end: at + 15 }, inline),
    ).toBe(false);
  });
});

describe('HEADER: a line that tells of what follows (written for this test)', () => {
  it('heads a list but names no category when it speaks', () => {
    expect(HEADER.test('Percakapan itu kami tampilkan atas izin anggotanya:')).toBe(true);
    expect(HEADER.exec('Percakapan itu kami tampilkan atas izin anggotanya:')?.[2]).toBeUndefined();
    expect(HEADER.exec('Pemerintah Desa:')?.[2]).toBe('Pemerintah Desa');
  });
});
