import { describe, expect, it } from 'vitest';
import { readArticle } from '../read-article.ts';

// Written for this test: winners in phrasings and layouts the rules alone miss, beside
// contenders, a target, a sponsor thanked and a nominee that are no winners.
const report = `Gowa Juara I Paritrana Award Sulsel 2025

MAKASSAR – Pemerintah Provinsi Sulawesi Selatan menyerahkan Paritrana Award 2025 tingkat Provinsi Sulawesi Selatan, Kamis (7/8/2025). Kabupaten Gowa meraih juara I, disusul Kota Parepare di posisi kedua.
Kategori badan usaha dijuarai oleh Koperasi Karya Tani Bantaeng.
Kabupaten Gowa juga terpilih mewakili Sulawesi Selatan untuk bersaing di tingkat nasional, bersama Kabupaten Bone yang masuk 10 besar.
BPJS Ketenagakerjaan memberikan apresiasi khusus kepada Bank Sulselbar atas dukungan sosialisasi.
Tahun depan Kabupaten Maros menargetkan meraih juara 1.
Kategori usaha mikro:
o Juara I: Warung Coto Daeng Sirua
o Juara II: Toko Roti Mawar Makassar
1) Juara III: Kedai Kopi Toraja Sejati`;

describe('the reader with its learned decisions', () => {
  it('finds every winner and none of the contenders, sponsors or targets', () => {
    const r = readArticle({ id: 't', text: report });
    expect(r.relevance.kind).toBe('results');
    expect(r.awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kabupaten Gowa', 1],
      ['Kota Parepare', 2],
      ['Koperasi Karya Tani Bantaeng', null],
      ['Warung Coto Daeng Sirua', 1],
      ['Toko Roti Mawar Makassar', 2],
      ['Kedai Kopi Toraja Sejati', 3],
    ]);
    expect(new Set(r.awards.map((a) => a.province))).toEqual(new Set(['Sulawesi Selatan']));
  });

  it('takes a ceremony reported without winners as a results report, and a field visit not', () => {
    const held = readArticle({
      id: 'h',
      text: 'Malam Penganugerahan Paritrana Banten\n\nSERANG – Malam penganugerahan Paritrana Award tingkat Provinsi Banten digelar di Pendopo Gubernur, Serang, Rabu malam. Para pemenang menerima trofi dan piagam dari Pj Gubernur Banten.',
    });
    expect(held.relevance.kind).toBe('results');
    expect(held.awards).toEqual([]);
    const visit = readArticle({
      id: 'v',
      text: 'Tim Penilai Paritrana Kunjungi Sidoarjo\n\nSIDOARJO – Tim penilai Paritrana Award 2025 mengunjungi Kabupaten Sidoarjo untuk verifikasi lapangan, Selasa. Tim memeriksa data kepesertaan pekerja rentan.',
    });
    expect(visit.relevance.kind).not.toBe('results');
  });

  it('takes a winners table under one line of lead as a results report', () => {
    const table =
      'SAMARINDA – Panitia merilis daftar pemenang Paritrana Award Tingkat Provinsi Kalimantan Timur Tahun 2025, Kamis (28/8/2025):\nKategori\tJuara\tNama\nPemerintah Kabupaten/Kota\tI\tKabupaten Kutai Barat\nPemerintah Kabupaten/Kota\tII\tKota Bontang\nPemerintah Desa\tI\tDesa Pela\nBadan Usaha Besar\tI\tPT Mahakam Bara Lestari';
    const read = readArticle({ id: 't', text: table });
    expect(read.relevance.kind).toBe('results');
    expect(read.awards).toHaveLength(4);
    // an infographic's text: a title line and bare numbered lists, too few words for the model
    const graphic =
      'INFOGRAFIS | Daftar Pemenang Paritrana Award 2024 Tingkat Provinsi Nusa Tenggara Barat\n\nPEMERINTAH KABUPATEN/KOTA\n1 Kabupaten Lombok Timur\n2 Kota Mataram\n3 Kabupaten Sumbawa Barat\n\nPEMERINTAH DESA\n1 Desa Sembalun Lawang\n\nSumber: BPJS Ketenagakerjaan Cabang Mataram | Grafis: Redaksi';
    const listed = readArticle({ id: 'g', text: graphic });
    expect(listed.relevance.kind).toBe('results');
    expect(listed.awards.map((a) => a.rank)).toEqual([1, 2, 3, 1]);
  });

  it('reads the award named without "Paritrana"', () => {
    const r = readArticle({
      id: 'g',
      text: 'Lima Daerah Terima Penghargaan Jaminan Sosial di Jambi\n\nJAMBI – BPJS Ketenagakerjaan bersama Pemerintah Provinsi Jambi memberikan penghargaan jaminan sosial ketenagakerjaan kepada lima daerah, Selasa (5/8/2025). Kabupaten Merangin meraih peringkat pertama.',
    });
    expect(r.relevance.kind).toBe('results');
    expect(r.awards.map((a) => a.winnerCanonical)).toEqual(['Kabupaten Merangin']);
  });

  it('reads as the rules alone when asked (model: null)', () => {
    const r = readArticle({ id: 't', text: report }, { model: null });
    expect(r.relevance.signals.some((s) => s.startsWith('model:'))).toBe(false);
  });

  it('reads the award named "Paritrana-Award", and a winner labelled "Penerima:"', () => {
    const r = readArticle({
      id: 't',
      text: 'Inilah Peraih Paritrana-Award 2026 Tingkat NTB\n\nMATARAM – Pemerintah Provinsi Nusa Tenggara Barat bersama BPJS Ketenagakerjaan mengumumkan peraih Paritrana-Award 2026 tingkat provinsi, Kamis (16/7/2026). Berikut daftarnya:\n\nKategori Pemerintah Kabupaten/Kota\nJuara I : Kabupaten Dompu\nJuara II : Kota Bima\n\nKategori Badan Usaha\nPenerima: Koperasi Tenun Sukarara Jaya\n\nGubernur meminta para bupati terus menambah peserta.',
    });
    expect(r.awards.map((a) => [a.winnerCanonical, a.rank, a.editionYear])).toEqual([
      ['Kabupaten Dompu', 1, 2026],
      ['Kota Bima', 2, 2026],
      ['Koperasi Tenun Sukarara Jaya', null, 2026],
    ]);
  });
});

describe('the reader on a page that is only a numbered list of winners (written for this test)', () => {
  it('reads three places on numbered lines under "Daftar pemenang …:" as a results report', () => {
    const r = readArticle({
      id: 't',
      text: 'Daftar pemenang Paritrana Award Sumbar 2024 kategori pemerintah kab/kota:\n\n1. Kota Padang Panjang\n2. Kab Tanah Datar\n3. Kab Agam\n',
    });
    expect(r.relevance.kind).toBe('results');
    expect(r.awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Kota Padang Panjang', 1],
      ['Kabupaten Tanah Datar', 2],
      ['Kabupaten Agam', 3],
    ]);
  });

  it("does not take a giveaway's numbered steps for winners", () => {
    const r = readArticle({
      id: 't',
      text: 'GIVEAWAY\n\nToko kami ikut penilaian Paritrana Award 2026 kategori usaha mikro, kami bagi-bagi kue! Pemenang giveaway diumumkan Jumat.\n\nCaranya:\n1. Like postingan ini\n2. Tag 3 teman\n3. Komen yang seru\n',
    });
    expect(r.relevance.kind).not.toBe('results');
    expect(r.awards).toEqual([]);
  });
});

describe('the reader on a short page that names the award and lists ranked places (written for this test)', () => {
  it('reads three ranked places on label lines under a headline as a results report', () => {
    const r = readArticle({
      id: 't',
      text: 'Ringkasan: Paritrana Award 2025 Tingkat Nasional\n\nProvinsi terbaik: Sulawesi Selatan (I), Kalimantan Timur (II), Jambi (III).\nDiserahkan di Jakarta, Kamis (19/3/2026).\n',
    });
    expect(r.relevance.kind).toBe('results');
    expect(r.awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Provinsi Sulawesi Selatan', 1],
      ['Provinsi Kalimantan Timur', 2],
      ['Provinsi Jambi', 3],
    ]);
  });

  it('reads no results from such a page whose places are past ones', () => {
    const r = readArticle({
      id: 't',
      text: 'Jelang Paritrana Award 2026\n\nJuara tahun lalu: Sulawesi Selatan (I), Kalimantan Timur (II), Jambi (III).\nPenilaian tahun ini dimulai Senin.\n',
    });
    expect(r.relevance.kind).not.toBe('results');
  });
});
