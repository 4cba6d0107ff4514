import { describe, expect, it } from 'vitest';
import { extractAwards } from './extract-awards.ts';
import { remembersSentence, scanNames } from './scan-names.ts';

const texts = (s: string) => scanNames(s).map((n) => n.text);

describe('scanNames', () => {
  it('keeps a lower-case stage word out of the capitalised region after it', () => {
    expect(texts('Di tingkat provinsi Kabupaten Sumbawa meraih juara I.')).toEqual([
      'Kabupaten Sumbawa',
    ]);
  });

  it('completes a region with a word written in lower case, but not with an adverb', () => {
    expect(
      scanNames(
        'Pemerintah Kabupaten Lombok barat meraih juara I, Kota Bandar lampung juara II. Kota Batu tengah berbenah.',
      ).map((n) => n.text),
    ).toEqual(['Pemerintah Kabupaten Lombok Barat', 'Kota Bandar Lampung', 'Kota Batu']);
    expect(
      scanNames('juara pertama diraih kab. kulon progo dan kota yogyakarta, di kota ini').map(
        (n) => n.text,
      ),
    ).toEqual(['kab. Kulon Progo', 'kota Yogyakarta']);
  });

  it('finds a bare region after a sentence-opening word', () => {
    expect(texts('Sebelumnya Banyuwangi juga tercatat sebagai penerima.')).toEqual(['Banyuwangi']);
  });

  it('keeps capitalized words joined by "&" before a marked name', () => {
    expect(texts('Di kategori UMKM, Amplang & Toko Etam Jaya meraih penghargaan.')).toEqual([
      'Amplang & Toko Etam Jaya',
    ]);
    expect(texts('Di & Toko Etam Jaya')).toEqual(['Toko Etam Jaya']);
  });

  it('reads "kategori kelurahan Paritrana Award" as a category, not a village', () => {
    expect(texts('meraih juara III kategori kelurahan Paritrana Award 2024.')).toEqual([]);
  });

  it('finds no region inside a longer capitalized name', () => {
    expect(texts('Festival Banyuwangi Ethno digelar.')).toEqual([]);
  });
});

describe('scanNames: document headings and dates', () => {
  it('reads no heading, slide, page or month as a name', () => {
    for (const s of [
      'SIARAN PERS BERSAMA',
      'LAMPIRAN PENGUMUMAN PEMENANG',
      'Slide 4',
      'Halaman 1 dari 3',
      'Juli lalu penghargaan diserahkan.',
      'Siapa juara tahun ini?',
    ]) {
      expect(scanNames(s).map((n) => n.text)).toEqual([]);
    }
  });
});

describe('scanNames: region words with no name', () => {
  it('reads no category, table header or contest level as a region', () => {
    expect(scanNames('Kabupaten/Kota: Kabupaten Lombok Timur').map((n) => n.text)).toEqual([
      'Kabupaten Lombok Timur',
    ]);
    expect(scanNames('Nama Desa Kecamatan Kabupaten Juara').map((n) => n.text)).toEqual([]);
    expect(
      scanNames('Juara I Lomba Desa Tingkat Kabupaten Lampung Selatan').map((n) => n.text),
    ).not.toContain('Desa Tingkat');
    expect(scanNames('Kota Kotamobagu meraih juara').map((n) => n.text)).toEqual([
      'Kota Kotamobagu',
    ]);
  });
});

describe('scanNames: a nominee label', () => {
  it('reads no "Nominasi" label as a name', () => {
    expect(scanNames('Nominasi : Kabupaten Boalemo').map((n) => n.text)).toEqual([
      'Kabupaten Boalemo',
    ]);
  });

  it('reads a marker followed by its acronym in parentheses', () => {
    expect(
      texts('Perusahaan Umum Daerah (Perumda) Air Minum Tirta Jaya menjadi juara I kategori BUMD.'),
    ).toEqual(['Perusahaan Umum Daerah Air Minum Tirta Jaya']);
  });

  it('reads a regency whose name ends in "Kota" whole', () => {
    expect(texts('Juara II Kabupaten Lima Puluh Kota, dan juara III Kota Payakumbuh.')).toEqual([
      'Kabupaten Lima Puluh Kota',
      'Kota Payakumbuh',
    ]);
  });

  it('reads no village in a sum of the village fund ("Dana Desa Rp 912 juta")', () => {
    expect(texts('Dana Desa Rp 912 juta terserap 98 persen di Desa Pulubala.')).toEqual([
      'Desa Pulubala',
    ]);
  });

  it('reads no village in "Desa Wisata" or "Kampung Tangguh", a kind and a programme', () => {
    expect(texts('Desa Wisata Terbaik II dan Lomba Kampung Tangguh Semeru di Desa Ngadas')).toEqual(
      ['Desa Ngadas'],
    );
  });

  it('reads no village in a budget year ("APB Negeri 2026")', () => {
    expect(texts('Negeri yang belum menganggarkan agar menyusul pada APB Negeri 2026.')).toEqual(
      [],
    );
  });

  it('reads a company whose name holds "Anugerah" after its legal form', () => {
    expect(texts('Juara II diraih PT Anugerah Baja Nusa.')).toEqual(['PT Anugerah Baja Nusa']);
  });

  it('reads "Kabupaten Pangkajene dan Kepulauan (Pangkep)" as one regency', () => {
    expect(texts('ketiga Kabupaten Pangkajene dan Kepulauan (Pangkep).')).toEqual([
      'Kabupaten Pangkajene dan Kepulauan',
    ]);
  });

  it('reads a "Kelompok Usaha" as a business', () => {
    expect(texts('Kelompok Usaha Emping Barokah meraih terbaik III.')).toEqual([
      'Kelompok Usaha Emping Barokah',
    ]);
  });

  it('reads no name in a bare level word', () => {
    expect(texts('Opini WTP, Nasional, Mei')).toEqual([]);
  });
});

describe('scanNames: "RM" for a rumah makan', () => {
  it('reads "RM Sederhana Jaya" as a small business', () => {
    expect(scanNames('RM Sederhana Jaya meraih juara I').map((n) => n.text)).toEqual([
      'RM Sederhana Jaya',
    ]);
  });
});

describe('scanNames: regional food businesses', () => {
  it('reads "Pempek Cek Ani", "Coto Daeng Sila" and "Lapau Nasi Uni Ros" as small businesses', () => {
    expect(
      scanNames('Pempek Cek Ani, Coto Daeng Sila dan Lapau Nasi Uni Ros meraih juara').map(
        (n) => n.text,
      ),
    ).toEqual(['Pempek Cek Ani', 'Coto Daeng Sila', 'Lapau Nasi Uni Ros']);
  });
});

describe('scanNames: a cooperative\'s or a company\'s "kita" (written for this test)', () => {
  it('reads no name in "KUD Kita" or "PT Kita"', () => {
    expect(texts('KUD Kita Terbaik I Nasional!')).toEqual([]);
    expect(texts('PT Kita Juara Lagi')).toEqual([]);
  });
});

describe('scanNames: the top a headline climbs to (written for this test)', () => {
  it('reads "ke Puncak" as the top, and a bare "Puncak" heading its headline as the regency', () => {
    expect(scanNames('Sinjai Melompat dari Peringkat Tiga ke Puncak').map((n) => n.text)).toEqual([
      'Sinjai',
    ]);
    expect(scanNames('Puncak Juara II Paritrana Papua Tengah').map((n) => n.text)).toEqual([
      'Puncak',
      'Papua Tengah',
    ]);
  });
});

describe('scanNames: an interviewer\'s "your village" (written for this test)', () => {
  it('reads no village in "Desa Bapak meraih apa?" but keeps "Warung Ibu Siti"', () => {
    expect(texts('T: Desa Bapak meraih apa?')).toEqual([]);
    expect(texts('Gampong Ibu juara berapa?')).toEqual([]);
    expect(texts('Warung Ibu Siti juara pertama')).toEqual(['Warung Ibu Siti']);
  });

  it("keeps one article's sentences only: a new article's reading forgets the last one's", () => {
    const earlier = 'Kota Kendari meraih Paritrana Award 2025 sebagai juara pertama.';
    extractAwards({ id: 'a', text: earlier });
    expect(remembersSentence(earlier)).toBe(true);
    const later = 'Kabupaten Bantul meraih Paritrana Award 2025 sebagai juara kedua.';
    extractAwards({ id: 'b', text: later });
    expect(remembersSentence(later)).toBe(true);
    expect(remembersSentence(earlier)).toBe(false);
  });
});

describe("scanNames: a village's upper half (written for this test)", () => {
  it('keeps "Atas" in "Desa Lowian Atas", not "atas" the preposition before a lower-case word', () => {
    expect(texts('Kategori pemerintah desa: juara 1 Desa Wulurmaatus Atas (Minahasa).')).toContain(
      'Desa Wulurmaatus Atas',
    );
    expect(texts('Desa Sukamaju Atas komitmen warganya meraih juara 1.')).toContain(
      'Desa Sukamaju',
    );
  });
});
