import { describe, expect, it } from 'vitest';
import { readCues } from './sentence-cues.ts';

const cues = (sentence: string) => readCues(sentence.toLowerCase());

describe('readCues', () => {
  it('finds win verbs with an award object, passives and winner roles', () => {
    expect(cues('Pemkab Sukamaju meraih piagam penghargaan Paritrana').win).toBeGreaterThanOrEqual(
      0,
    );
    expect(cues('Juara pertama diraih oleh Kota Sukamaju').win).toBeGreaterThanOrEqual(0);
    expect(cues('Bank Sukamaju keluar sebagai juara').win).toBeGreaterThanOrEqual(0);
    expect(
      cues('PT Jati mengucapkan selamat kepada Kota Lestari atas diraihnya Paritrana Award 2025')
        .win,
    ).toBeGreaterThanOrEqual(0);
    expect(
      cues('Desa Jati dinobatkan sebagai desa terbaik dalam Paritrana Award 2025').win,
    ).toBeGreaterThanOrEqual(0);
    expect(cues('Desa Sukamaju jadi yang terbaik').win).toBeGreaterThanOrEqual(0);
    expect(cues('Kota Sukamaju Rebut Penghargaan Paritrana').win).toBeGreaterThanOrEqual(0);
    expect(cues('Penghargaan Paritrana disandang Kota Sukamaju').win).toBeGreaterThanOrEqual(0);
  });

  it('does not take another verb or a visit for the object of a win verb', () => {
    expect(cues('Provinsi baru itu mendapat bagian menggelar Paritrana Award').win).toBe(-1);
    expect(cues('Bupati menerima tim verifikasi Paritrana Award').win).toBe(-1);
    expect(cues('kata dia dalam rilis yang diterima redaksi soal penghargaan').win).toBe(-1);
  });

  it('reads ranks but not coverage rankings', () => {
    expect(cues('Terbaik I kategori desa: Desa Sukamaju').rank).toBe(0);
    expect(cues('Juara ke-2 diraih Kota Sukamaju').rank).toBe(0);
    expect(cues('Sukamaju di peringkat pertama cakupan kepesertaan').rank).toBe(-1);
    expect(cues('Provinsi Terbaik Inovasi Zona Sulawesi').rank).toBe(-1);
    expect(cues('Desa Jati berada di urutan teratas daftar nominasi').rank).toBe(-1);
  });

  it('reads a ceremony put off as one not yet held', () => {
    expect(
      cues(
        'Penyerahan Paritrana Award 2025 tingkat Provinsi Jati yang dijadwalkan Kamis resmi ditunda',
      ).ceremonyNotYet,
    ).toBe(true);
  });

  it("reads a chat's future ('thn depan … hrs juara 1') as a future", () => {
    expect(cues('pokoknya thn depan kab blora hrs juara 1 paritrana award').future).toBeGreaterThan(
      0,
    );
  });

  it('reads the place a list line gives by medal or number sign as a rank', () => {
    expect(cues('🥇 Kota Sukamaju').rank).toBe(0);
    expect(cues('#2 Kabupaten Jati').rank).toBe(0);
    expect(cues('#ParitranaAward #Jatim').rank).toBe(-1);
    expect(cues('#10 Kota Sukamaju').rank).toBe(-1);
  });

  it('does not read a description of the prizes as a result', () => {
    expect(cues('Juara 1 hingga 3 berhak atas uang pembinaan').rank).toBe(-1);
    expect(cues('Juara pertama mendapatkan hadiah Rp10 juta').rank).toBe(-1);
    expect(cues('Juara 1: Kota Sukamaju dengan hadiah Rp10 juta').rank).toBe(0);
    expect(
      cues('1. Desa Sukamaju sebagai juara pertama dengan bonus Rp2 juta').rank,
    ).toBeGreaterThan(0);
  });

  it('marks wishes before a cue, unless a past-time marker is present', () => {
    const wish = cues('Kami berharap Sukamaju bisa meraih juara');
    expect(wish.future).toBeGreaterThanOrEqual(0);
    expect(wish.future).toBeLessThan(wish.win);
    expect(cues('Kemarin Sukamaju bisa meraih penghargaan yang sama').future).toBe(-1);
    // "dapat juara dua" is "got second place"; "dapat meraih", "bisa juara" are wishes
    expect(cues('Tahun ini desa kita dapat juara dua Paritrana Award 2024').future).toBe(-1);
    expect(cues('Desa kita dapat meraih juara dua').future).toBeGreaterThanOrEqual(0);
    expect(cues('Desa kita bisa juara dua').future).toBeGreaterThanOrEqual(0);
  });

  it('reads a request as no win', () => {
    expect(
      cues('Dewan Minta Banyumas Pertahankan Gelar Juara Paritrana').future,
    ).toBeGreaterThanOrEqual(0);
  });

  it('drops negated cues but keeps "tidak hanya" and "belum lama ini"', () => {
    expect(cues('Sukamaju belum pernah meraih Paritrana Award').win).toBe(-1);
    expect(cues('Tidak hanya meraih juara 1, Sukamaju juga').win).toBeGreaterThanOrEqual(0);
    expect(
      cues('Pemkot Sukamaju yang belum lama ini menerima Paritrana Award 2025 akan mendata nelayan')
        .win,
    ).toBeGreaterThanOrEqual(0);
  });

  it('reads a handover "kepada … terbaik" as its unnamed winners received it', () => {
    expect(
      cues(
        'Gubernur menyerahkan Paritrana Award 2025 tingkat Provinsi Jambi kepada kabupaten/kota, desa dan badan usaha terbaik.',
      ).recipient,
    ).toBeGreaterThanOrEqual(0);
    expect(cues('Gubernur menyerahkan Paritrana Award 2025 kepada tamu undangan.').recipient).toBe(
      -1,
    );
  });

  it('reads a counted handover as a ceremony', () => {
    expect(
      cues('BPJS Ketenagakerjaan menyerahkan 14 penghargaan Paritrana Award 2025 tingkat provinsi')
        .ceremony,
    ).toBeGreaterThanOrEqual(0);
  });

  it('needs an award noun for a handover to be a ceremony', () => {
    expect(cues('Santunan diserahkan langsung kepada ahli waris').ceremony).toBe(-1);
    expect(cues('Piagam penghargaan diserahkan langsung oleh gubernur').ceremony).toBeGreaterThan(
      0,
    );
  });

  it('reads an edition named with its assessment year as no judging visit, and its results as held', () => {
    const head = cues('HASIL PARITRANA AWARD 2024 TINGKAT NASIONAL (penilaian 2023)');
    expect(head.assessment).toBe(false);
    expect(head.ceremony).toBeGreaterThanOrEqual(0);
    expect(cues('Tim penilai melakukan penilaian tahun ini ke Desa Kalibening.').assessment).toBe(
      true,
    );
  });

  it('reads a wish to tell the news as no wish to win', () => {
    expect(
      cues(
        'kami mau share kabar gembira, paritrana award sultra 2025 yg diserahkan td: kab. kolaka juara 1',
      ).future,
    ).toBe(-1);
    expect(cues('Kami ingin berbagi kabar: Kota Sukamaju juara 2 Paritrana').future).toBe(-1);
    expect(cues('Kita mau juara satu Paritrana tahun ini').future).toBeGreaterThanOrEqual(0);
  });

  it('reads a chat\'s "dpt"/"dapet" before the prize as a win, but not when negated', () => {
    expect(
      cues('koperasi kami dpt penghargaan paritrana 2025 dr pemprov').win,
    ).toBeGreaterThanOrEqual(0);
    expect(cues('alhamdulillah desa kami dapet paritrana award').win).toBeGreaterThanOrEqual(0);
    expect(cues('kok kota kita nggak pernah dapet paritrana ya').win).toBe(-1);
    expect(cues('Jangan hanya iri melihat daerah lain dapat piala Paritrana').win).toBe(-1);
  });

  it("reads a candidate's promise and a regent's resolve as no win yet", () => {
    expect(
      cues('Profil Calon: Janji Bawa Kabupaten Seluma Juara Paritrana').future,
    ).toBeGreaterThan(0);
    expect(
      cues('Bupati menyatakan tekadnya membawa Kabupaten Lanny Jaya menjadi peraih Paritrana Award')
        .future,
    ).toBeGreaterThanOrEqual(0);
  });
});

describe('readCues: an award not yet won, and a topic that is no condition (written for this test)', () => {
  it('reads "… belum berhasil diraih" as no win', () => {
    expect(
      cues('Ada satu penghargaan yang menurutnya belum berhasil diraih, yakni Paritrana Award.')
        .win,
    ).toBe(-1);
    expect(
      cues('Penghargaan Paritrana Award akhirnya berhasil diraih Kota X.').win,
    ).toBeGreaterThanOrEqual(0);
  });

  it('reads "Kalau penghargaan, kami juara 3 …" as a topic, not a condition', () => {
    expect(
      cues('Kalau penghargaan, kami juara 3 Paritrana Award tingkat provinsi tahun 2024.').future,
    ).toBe(-1);
    expect(
      cues('Kalau kami juara 1 Paritrana, semua pekerja dapat bonus.').future,
    ).toBeGreaterThanOrEqual(0);
  });
});

describe('readCues: places in a regional language and keycaps (written for this test)', () => {
  it('reads "juara siji" and a keycap list line as a rank', () => {
    expect(cues('Desa Sidomulyo juara siji Paritrana Award 2025').rank).toBeGreaterThanOrEqual(0);
    expect(cues('1️⃣ Kabupaten Ketapang').rank).toBeGreaterThanOrEqual(0);
  });
});
