import { describe, expect, it } from 'vitest';
import { linkLineFlags, linkLines } from './link-lines.ts';
import { splitSentences } from './split-sentences.ts';

// a page written for this test
const page = [
  'Kota Tual meraih juara I Paritrana Award 2024.',
  '',
  'Share this:',
  'Facebook WhatsApp Twitter',
  '',
  'Related',
  'Kota Ambon Juara 1 Paritrana Maluku 2025? Simak Faktanya',
  'Harga Pala Turun',
  '',
  'Berita Terkait',
  'Kabupaten Buru Raih Juara II',
  '',
  'Pj Wali Kota berterima kasih.',
].join('\n');

describe('linkLines', () => {
  it('marks share buttons and the headlines under "Related" or a bare "Berita Terkait"', () => {
    const sentences = splitSentences(page);
    const marked = linkLines(sentences, page);
    expect(sentences.filter((_s, i) => !marked[i]).map((s) => s.text)).toEqual([
      'Kota Tual meraih juara I Paritrana Award 2024.',
      'Pj Wali Kota berterima kasih.',
    ]);
  });
});

describe('linkLineFlags: more link headers', () => {
  it('flags the headlines under "Terkait" and "Terbaru" alone on their line', () => {
    const text = 'Isi berita.\n\nTerkait\n▸ Bitung Juara I Paritrana Sulut 2025\n▸ Klaim JHT naik';
    expect(linkLineFlags(text)).toEqual([false, false, true, true, true]);
    expect(linkLineFlags('Terkait hal itu, Bupati meraih juara.')).toEqual([false]);
  });
});

describe('linkLineFlags: bylines', () => {
  it('flags a byline, but not a transcript line, a byline glued to the body, or one that dates the page', () => {
    expect(
      linkLineFlags(
        [
          'Diposting oleh: Admin Humas | Kategori: Ekonomi | Dibaca 97 kali',
          'Penulis: Rudi | Editor: Sari',
          'REPORTER: Baik, terima kasih. Juara pertama tingkat provinsi diraih Kabupaten Lahat, disusul Kota Pagar Alam di tempat kedua.',
          'Ditulis oleh Redaksi | 5 Mei 2025',
        ].join('\n'),
      ),
    ).toEqual([true, true, false, false]);
  });
});

describe('linkLineFlags: a related header with its links on its line', () => {
  it('flags "Berita Terpopuler: 1. … 2. …"', () => {
    expect(
      linkLineFlags(
        'Kota Baubau meraih juara I.\nBerita Terpopuler: 1. Harga Cabai Naik 2. Banjir Rob',
      ),
    ).toEqual([false, true]);
  });
});

describe('linkLineFlags: readers comments and "POPULER MINGGU INI"', () => {
  it('flags the short lines under a comments header, and stops at a line of prose', () => {
    const prose =
      'Wali Kota, saat dikonfirmasi, membenarkan bahwa kotanya meraih juara II Paritrana Award tingkat provinsi dan berterima kasih kepada seluruh perangkat daerah yang ikut mendaftarkan pekerja rentan.';
    expect(
      linkLineFlags(
        [
          'Kabupaten Sambas juara satu.',
          '',
          'Komentar teratas:',
          'Yusri Tebas: Alhamdulillah, mantap Pak Bupati',
          'Rina Pemangkat: Nelayan di Pemangkat mohon dibantu juga pak',
          '',
          'Lihat semua 214 komentar',
          prose,
        ].join('\n'),
      ),
    ).toEqual([false, false, true, true, true, false, true, false]);
    expect(linkLineFlags('Komentar Bupati soal juara itu singkat saja.')).toEqual([false]);
  });

  it('flags the "#1 …" links under "POPULER MINGGU INI"', () => {
    expect(
      linkLineFlags(
        'Isi berita.\n---\nPOPULER MINGGU INI\n#1 Kuningan Juara II Paritrana Award Jabar 2024\n#2 Longsor di Cilimus',
      ),
    ).toEqual([false, false, true, true, true]);
  });

  it('keeps a text that opens with the comments header: the comments are the text', () => {
    expect(
      linkLineFlags(
        'Komentar (7):\n\nuda_rizal: kab. agam juara 1 paritrana sumbar thn ini\nnini.p: mantap 🔥',
      ),
    ).toEqual([false, false, false, false]);
  });
});
