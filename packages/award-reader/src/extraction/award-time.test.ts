import { describe, expect, it } from 'vitest';
import { isRepeatWin, lastStatedYear, readAwardTime } from './award-time.ts';

describe('readAwardTime', () => {
  it('takes the edition for a current win', () => {
    const s = 'Kota Batu meraih juara 1 Paritrana Award 2024 tingkat provinsi.';
    expect(readAwardTime(s, 0, 2024, 2025, null)).toEqual({ editionYear: 2024, historical: false });
  });

  it('gives the past set off after an earlier name to that name only', () => {
    const s =
      'Kota Bima, yang tahun lalu berada di posisi kedua, kini menggeser Kabupaten Dompu ke peringkat II.';
    expect(readAwardTime(s, s.indexOf('Kabupaten Dompu'), 2025, 2025, null)).toEqual({
      editionYear: 2025,
      historical: false,
    });
    expect(readAwardTime(s, 0, 2025, 2025, null).historical).toBe(true);
  });

  it('marks an earlier year as historical', () => {
    const s = 'Sebelumnya, Kota Batu memperoleh juara ketiga pada tahun 2022.';
    expect(readAwardTime(s, 12, 2024, 2025, null)).toEqual({ editionYear: 2022, historical: true });
  });

  it('reads each of two contrasted clauses by its own time', () => {
    const s =
      'Kota Lestari meraih juara I untuk penilaian 2024, sedangkan Kabupaten Jati meraih juara I pada penilaian 2023 yang diumumkan tahun lalu.';
    const at = (name: string) => readAwardTime(s, s.indexOf(name), 2024, 2025, null);
    expect(at('Kota Lestari')).toEqual({ editionYear: 2024, historical: false });
    expect(at('Kabupaten Jati')).toEqual({ editionYear: 2023, historical: true });
  });

  it('keeps a whole-sentence time for a clause that states none of its own', () => {
    const s = 'Pada tahun 2021, juara I diraih Kota Lestari, sedangkan juara II diraih Kota Jati.';
    expect(readAwardTime(s, s.indexOf('Kota Jati'), 2024, 2025, null)).toEqual({
      editionYear: 2021,
      historical: true,
    });
  });

  it("keeps a later clause's past to that clause, and an earlier one's for the whole", () => {
    const s =
      'Juara 2 diraih Kota Jati, dan juara 3 Kota Lestari; Kota Jati meraih juara 1 tahun lalu.';
    expect(readAwardTime(s, s.indexOf('Kota Lestari'), 2024, 2024, null)).toEqual({
      editionYear: 2024,
      historical: false,
    });
    const fronted = 'Tahun lalu, Kota Jati juara pertama, sedangkan Kota Lestari di urutan ketiga.';
    expect(readAwardTime(fronted, fronted.indexOf('Kota Lestari'), 2024, 2024, null)).toEqual({
      editionYear: 2023,
      historical: true,
    });
  });

  it("keeps the year of an earlier name's former place from a contrasted later name", () => {
    const s =
      'Kota Jati meraih peringkat dua, turun dari juara 1 pada Paritrana Award 2024, sedangkan peringkat tiga diraih Kota Lestari.';
    expect(readAwardTime(s, s.indexOf('Kota Lestari'), 2025, 2025, null)).toEqual({
      editionYear: 2025,
      historical: false,
    });
  });

  it("reads a former place after a name's own one as that past's, not the name's", () => {
    const s = 'Kota Jati menempati juara 2 kategori kota, setelah meraih juara 3 pada 2023.';
    expect(readAwardTime(s, 0, 2024, 2024, null)).toEqual({ editionYear: 2024, historical: false });
  });

  it('takes an assessed year as the edition when no other year is written', () => {
    const s = 'Setelah itu Kota Lestari kembali terbaik untuk penilaian 2022.';
    expect(readAwardTime(s, 12, 2024, 2025, null)).toEqual({ editionYear: 2022, historical: true });
  });

  it('leaves a past cue in a fronted clause to that clause', () => {
    const s = 'Setelah tahun lalu harus puas di posisi kedua, Kota Batu kini meraih juara I.';
    expect(readAwardTime(s, 47, 2024, 2025, null)).toEqual({
      editionYear: 2024,
      historical: false,
    });
  });

  it('leaves the former rank after "naik dari" to its own year', () => {
    const s = 'Kota Batu meraih juara 1, naik dari peringkat ketiga pada Paritrana Award 2023.';
    expect(readAwardTime(s, 0, 2024, 2024, null)).toEqual({ editionYear: 2024, historical: false });
  });

  it('reads "tahun lalu" against the article year', () => {
    const s = 'Tahun lalu Provinsi Jateng yang terpilih menjadi juara.';
    expect(readAwardTime(s, 11, 2019, 2019, null)).toEqual({ editionYear: 2018, historical: true });
  });

  it('reads a win as this one when only a clause after it tells the same result a year before', () => {
    const s =
      'Kabupaten Bantaeng kembali meraih Juara I setelah pada tahun sebelumnya juga meraih predikat yang sama.';
    expect(readAwardTime(s, 0, 2024, 2025, null)).toEqual({ editionYear: 2024, historical: false });
  });

  it('keeps the year written with a past win even when the article names no other', () => {
    const s = 'Tulungagung pernah meraih Paritrana Award 2021 sebagai kabupaten terbaik.';
    expect(readAwardTime(s, 0, 2021, 2025, null)).toEqual({ editionYear: 2021, historical: true });
  });

  it('reads "dua tahun lalu" as two years before the article', () => {
    const s = 'Kota Solok sudah pernah meraih juara I dua tahun lalu.';
    expect(readAwardTime(s, 0, 2025, 2025, null)).toEqual({ editionYear: 2023, historical: true });
  });

  it('reads the time of a win told in an apposition apart from the rest of the sentence', () => {
    const s =
      'Kota Solok, pemenang kategori yang sama tahun lalu, tahun ini hanya hadir sebagai peserta.';
    expect(readAwardTime(s, 0, 2025, 2025, null)).toEqual({ editionYear: 2024, historical: true });
  });

  it('takes the edition a sentence names when the article settles on none', () => {
    const s = 'Kota Batu menjadi terbaik pertama dalam Paritrana Award 2024.';
    expect(readAwardTime(s, 0, 2021, 2024, null, true)).toEqual({
      editionYear: 2024,
      historical: false,
    });
    expect(readAwardTime(s, 0, 2021, 2024, null, false).editionYear).toBe(2021);
  });

  it('treats an edition two years before the article as background', () => {
    const s = 'Program ini lanjutan komitmen yang membuat Kota Batu meraih Paritrana Award 2022.';
    expect(readAwardTime(s, 40, 2022, 2025, null)).toEqual({ editionYear: 2022, historical: true });
    expect(readAwardTime(s, 40, 2022, 2023, null).historical).toBe(false);
  });

  it('reads "pernah meraih" as a past win, but not "belum pernah" or "pernah dilanda"', () => {
    const past = 'Kota Batu juga pernah meraih juara 2 Paritrana Award.';
    expect(readAwardTime(past, 0, 2024, 2024, null).historical).toBe(true);
    const never = 'Kota Batu yang belum pernah meraih juara kini meraih juara 1.';
    expect(readAwardTime(never, 0, 2024, 2024, null).historical).toBe(false);
    const quake = 'Kota Palu, daerah yang pernah dilanda gempa, meraih juara 1.';
    expect(readAwardTime(quake, 0, 2024, 2024, null).historical).toBe(false);
  });

  it('reads "X sebelumnya juga meraih" as past, but not a recap opening "Sebelumnya,"', () => {
    const past = 'Kota Batu sebelumnya juga meraih juara 2 Paritrana Award.';
    expect(readAwardTime(past, 0, 2024, 2024, null).historical).toBe(true);
    const recap = 'Sebelumnya, Kota Batu meraih juara 1 Paritrana Award 2024.';
    expect(readAwardTime(recap, 12, 2024, 2024, null).historical).toBe(false);
  });

  it('steps a carried year on by "setahun kemudian"', () => {
    const s = 'Setahun kemudian, Kota Batu naik menjadi juara 2.';
    expect(readAwardTime(s, 19, 2024, 2024, 2022)).toEqual({ editionYear: 2023, historical: true });
    const t = 'Dua tahun kemudian, Kota Batu akhirnya juara 1.';
    expect(readAwardTime(t, 20, 2024, 2024, 2022)).toEqual({
      editionYear: 2024,
      historical: false,
    });
  });

  it('carries a past year into a following list sentence', () => {
    const s = 'Kategori Perusahaan Besar diterima oleh PT Maju Jaya.';
    expect(readAwardTime(s, 40, 2019, 2019, 2018)).toEqual({ editionYear: 2018, historical: true });
  });
});

describe('isRepeatWin', () => {
  it('recognises repeat wins', () => {
    expect(isRepeatWin('Ini kali kedua Kota Batu meraih posisi pertama')).toBe(true);
    expect(isRepeatWin('Kota Batu kembali meraih juara')).toBe(false);
    expect(isRepeatWin('Kota Batu juara dua tahun berturut-turut')).toBe(true);
    expect(
      isRepeatWin(
        'Setelah tiga tahun berturut-turut hanya masuk nominasi, Kota Batu akhirnya meraih juara III.',
      ),
    ).toBe(false);
  });
});

describe('lastStatedYear', () => {
  it('takes the last year phrase, edition or assessed year of a sentence', () => {
    expect(
      lastStatedYear('Setelah juara pada 2023, Kota A kembali terbaik untuk penilaian 2024.'),
    ).toBe(2024);
    expect(lastStatedYear('Kota A meraih Paritrana Award 2022.')).toBe(2022);
    expect(lastStatedYear('Kota A kembali meraih juara.')).toBeNull();
  });
});

describe('readAwardTime: a clause on the name that tells its own time', () => {
  it('reads the win from a relative clause, not from a past time later in the sentence', () => {
    const s =
      'Kabupaten Poso, yang menjadi terbaik pada Paritrana Award 2024 tingkat Sulawesi Tengah, mendaftarkan 20 ribu pekerja sepanjang tahun lalu.';
    expect(readAwardTime(s, 0, 2024, null, null)).toEqual({ editionYear: 2024, historical: false });
  });

  it('keeps a past in which the name won nothing away from its win', () => {
    const s = 'Kota Metro yang tahun lalu gagal masuk lima besar kini meraih juara 2.';
    expect(readAwardTime(s, 0, 2023, 2023, null)).toEqual({ editionYear: 2023, historical: false });
    const t = 'Kota Metro yang tahun sebelumnya diunggulkan harus puas di posisi kedua.';
    expect(readAwardTime(t, 0, 2023, 2023, null)).toEqual({ editionYear: 2023, historical: false });
  });
});

describe('readAwardTime: the past of another name (written for this test)', () => {
  it('leaves "X yang tahun lalu …" to X, not to the name before it', () => {
    const s =
      'Pemkab Deli Serdang berhasil menggeser Kota Medan yang tahun lalu bertengger di posisi puncak.';
    expect(readAwardTime(s, 0, 2023, 2023, null)).toEqual({ editionYear: 2023, historical: false });
    expect(readAwardTime(s, s.indexOf('Kota Medan'), 2023, 2023, null)).toEqual({
      editionYear: 2022,
      historical: true,
    });
  });
});

describe('readAwardTime: "di ajang yang sama" after an earlier year (written for this test)', () => {
  it('keeps the earlier year the clause gives before it', () => {
    expect(
      readAwardTime(
        'Kota Kediri sempat juara II pada 2022 di ajang yang sama tingkat provinsi.',
        0,
        2025,
        2026,
        null,
      ),
    ).toEqual({ editionYear: 2022, historical: true });
    expect(
      readAwardTime(
        'Kota Kediri sebelumnya meraih juara I tingkat Jawa Timur pada ajang yang sama.',
        0,
        2025,
        2026,
        null,
      ),
    ).toEqual({ editionYear: 2025, historical: false });
  });
});

describe('readAwardTime: the contest "di ajang yang sama" names in brackets (written for this test)', () => {
  it('keeps this edition when the only earlier year names that contest', () => {
    const s =
      'Kota Kediri juara 1! Naik satu tingkat, setelah tahun lalu juara 2 di ajang yang sama (Paritrana Award 2023).';
    expect(readAwardTime(s, 0, 2024, 2025, null)).toEqual({ editionYear: 2024, historical: false });
    // (an earlier year before the name is the clause's own too)
    const before = 'Pada 2022, Kota Kediri sempat juara II di ajang yang sama.';
    expect(readAwardTime(before, before.indexOf('Kota'), 2025, 2026, null)).toEqual({
      editionYear: 2022,
      historical: true,
    });
  });
});

describe('readAwardTime: a place out of the awards and a conditional past (written for these tests)', () => {
  it('reads "setelah tahun lalu berada di urutan ketujuh" as no earlier win, for anyone', () => {
    const s =
      'Kabupaten Bungo melonjak ke juara II setelah tahun lalu berada di urutan ketujuh, dan Kota Jambi meraih juara III.';
    for (const name of ['Kabupaten Bungo', 'Kota Jambi']) {
      expect(readAwardTime(s, s.indexOf(name), 2024, 2025, null)).toEqual({
        editionYear: 2024,
        historical: false,
      });
    }
  });

  it('reads the year of a fronted "Jika pada 2023 …," as that clause\'s, not the win after "kali ini"', () => {
    const s =
      'Jika pada 2023 Kabupaten Bantul menjadi yang terbaik, kali ini Kabupaten Sleman meraih terbaik I.';
    expect(readAwardTime(s, s.indexOf('Kabupaten Sleman'), 2024, 2025, null)).toEqual({
      editionYear: 2024,
      historical: false,
    });
    expect(readAwardTime(s, s.indexOf('Kabupaten Bantul'), 2024, 2025, null)).toEqual({
      editionYear: 2023,
      historical: true,
    });
  });
});

describe('readAwardTime: "tahun ini" right before the name (written for this test)', () => {
  it('dates the win to this edition, not the years of an earlier clause; a repeated fronted win keeps them', () => {
    const s =
      'Dua kali Kabupaten Tuban juara dua, di Paritrana Award 2022 dan 2023, sebelum akhirnya tahun ini Kabupaten Tuban juara satu.';
    expect(readAwardTime(s, s.lastIndexOf('Kabupaten Tuban'), 2024, 2025, null)).toEqual({
      editionYear: 2024,
      historical: false,
    });
    const again =
      'Setelah menjadi yang terbaik pada edisi 2023, tahun ini Kabupaten Tuban kembali ditetapkan sebagai juara pertama.';
    expect(readAwardTime(again, again.indexOf('Kabupaten Tuban'), 2024, 2024, null)).toEqual({
      editionYear: 2023,
      historical: true,
    });
  });
});
