import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';
import { joinWrappedNames } from './wrapped-names.ts';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('joinWrappedNames', () => {
  it('reads a printed line break inside a name or a winner phrase as a space', () => {
    const text = [
      'Di kategori pemerintah daerah, juara kedua diraih oleh Kota Tebing Tinggi dan juara III',
      'Kabupaten Batu Bara. Penghargaan tingkat provinsi itu diterima langsung Pemerintah Provinsi Jawa',
      'Timur, sedangkan kategori badan usaha untuk tahun ini dimenangkan',
      'PT Sinar Lautan Makmur. Kota Medan keluar sebagai juara pertama, disusul',
      'Kota Binjai.',
    ].join('\r\n');
    const out = joinWrappedNames(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('\n');
    expect(flat(out)).toBe(
      'Di kategori pemerintah daerah, juara kedua diraih oleh Kota Tebing Tinggi dan juara III ' +
        'Kabupaten Batu Bara. Penghargaan tingkat provinsi itu diterima langsung Pemerintah ' +
        'Provinsi Jawa Timur, sedangkan kategori badan usaha untuk tahun ini dimenangkan PT Sinar ' +
        'Lautan Makmur. Kota Medan keluar sebagai juara pertama, disusul Kota Binjai.',
    );
    expect(splitSentences(text).map((s) => flat(s.text))).toContain(
      'Penghargaan tingkat provinsi itu diterima langsung Pemerintah Provinsi Jawa Timur, ' +
        'sedangkan kategori badan usaha untuk tahun ini dimenangkan PT Sinar Lautan Makmur.',
    );
  });

  it('joins a place won to its passive verb, a short line inside a paragraph to the name after it, and a rank word to its value', () => {
    const text = [
      'Posisi kedua ditempati Kota Samarinda, sementara juara III',
      'diraih Pemerintah Kabupaten',
      'Paser. Sedangkan juara II kategori desa Kota Balikpapan meraih juara',
      'II. Pemerintah Kabupaten Kutai Barat juga meraih juara',
    ].join('\n');
    const out = joinWrappedNames(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('\n');
  });

  it("joins a list item's name the next line ends", () => {
    const text =
      '1. Juara I kategori Pemerintah Kabupaten/Kota diraih Pemerintah Kabupaten Kotawaringin\nBarat, yang menanggung iuran pekerja rentan.\n2. Juara II kategori yang sama diraih Pemerintah Kota Palangka\nRaya.';
    expect(joinWrappedNames(text)).toBe(
      '1. Juara I kategori Pemerintah Kabupaten/Kota diraih Pemerintah Kabupaten Kotawaringin Barat, yang menanggung iuran pekerja rentan.\n2. Juara II kategori yang sama diraih Pemerintah Kota Palangka Raya.',
    );
  });

  it('joins a line of the same sentence run on in lower case', () => {
    const text =
      'PADANG – Kelompok Tani Sawah Laweh meraih juara II kategori usaha kecil dalam Paritrana Award 2025\ntingkat Provinsi Sumatera Barat.';
    expect(joinWrappedNames(text)).toBe(text.replace('\n', ' '));
    // (a lettered item opens a line of its own)
    const list =
      'Pemenang kategori pemerintah kabupaten dan kota tahun ini sebagai berikut\na. Kabupaten Agam';
    expect(joinWrappedNames(list)).toBe(list);
    const bulleted =
      'Pemenang kategori pemerintah kabupaten dan kota tahun ini sebagai berikut\no Kabupaten Agam';
    expect(joinWrappedNames(bulleted)).toBe(bulleted);
  });

  it("joins a short labelled item's name the next line ends, up to the next item", () => {
    const text = [
      '• Juara 1: Koperasi Produsen Kopi',
      'Gayo Lestari (Aceh)',
      '• Juara 2: UD Keripik Sanjai',
      'Amak Haji (Sumatera Barat)',
      '• Juara 3: CV Rotan & Bambu',
    ].join('\n');
    expect(joinWrappedNames(text).split('\n')).toEqual([
      '• Juara 1: Koperasi Produsen Kopi Gayo Lestari (Aceh)',
      '• Juara 2: UD Keripik Sanjai Amak Haji (Sumatera Barat)',
      '• Juara 3: CV Rotan & Bambu',
    ]);
    // (a heading between two items is not a name's end)
    const headed =
      '• Juara 3: Desa Wisata Pujon Kidul\nKategori Badan Usaha\n• Juara 1: PT Sinar Abadi';
    expect(joinWrappedNames(headed)).toBe(headed);
  });

  it('keeps the breaks after headings, tag lines, list items, short lines and ended sentences', () => {
    for (const text of [
      'Kota Medan Raih Paritrana Award 2025 Tingkat Sumatera Utara\nMEDAN - Pemkot Medan …',
      'medan-pos.example | Medan | Binjai | Deli Serdang | Langkat | Serdang Bedagai\nKedai Kopi …',
      '1. Juara pertama tingkat provinsi untuk kategori pemerintah kabupaten\nKabupaten Asahan',
      'Juara III diraih Kota\nPematangsiantar',
      'Empat kategori dilombakan, yakni usaha kecil, desa dan Pemerintah Kota\nMasing-masing …',
      'Penghargaan tahun ini diserahkan oleh gubernur kepada Kota Binjai.\nKabupaten Karo …',
    ]) {
      expect(joinWrappedNames(text)).toBe(text);
    }
  });
});

describe("joinWrappedNames: a list's item opened by its place (written for this test)", () => {
  it('keeps "juara 2 ds. …" on its own line under a long "juara 1 ds. …" line', () => {
    const text =
      'sedulur ini daftar desa yg menang paritrana award jateng 2026 kategori pemerintah desa juara 1 ds. tlogoweru kec. guntur kab. demak\njuara 2 ds. karangrejo kec. borobudur kab. magelang';
    expect(joinWrappedNames(text)).toContain('\njuara 2 ds. karangrejo');
  });
});

describe('joinWrappedNames: a chat whose messages open with their writers (written for this test)', () => {
  it('keeps each message on its own line after a line that ends on a place won', () => {
    const chat =
      'Rudi Hartono: selamat buat Kopi Lereng Merapi, juara 2 paritrana jateng kategori umk\nSiti Aminah: mantap, yang juara 1 nya Batik Canting Sari\nAgus Salim: keren, semoga tahun depan makin banyak yang ikut juara\nDewi Lestari: aamiin';
    expect(joinWrappedNames(chat)).toBe(chat);
  });
});

describe('joinWrappedNames: two labelled lines of a list (written for this test)', () => {
  it('keeps "Perusahaan terbaik kategori …: PT A" and the next labelled line apart', () => {
    const text =
      'Perusahaan terbaik kategori Usaha Besar: PT Batanghari Karet Lestari\nPerusahaan terbaik kategori Usaha Kecil: UD Dodol Kentang Kerinci';
    expect(joinWrappedNames(text)).toBe(text);
    // (a name wrapped inside prose is still joined)
    const prose =
      'Juara pertama tingkat provinsi tahun ini diraih oleh Pemerintah Kabupaten\nKerinci, yang baru pertama kali ikut.';
    expect(joinWrappedNames(prose)).not.toContain('\n');
  });
});
