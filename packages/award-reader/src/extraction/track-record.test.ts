import { describe, expect, it } from 'vitest';
import { spellTrackRecords } from './track-record.ts';

describe('spellTrackRecords (written for this test)', () => {
  it('writes each place of a record after a colon as a win of the one named before the colon', () => {
    expect(
      spellTrackRecords([
        'MAMUJU - Kabupaten Polewali Mandar meraih juara I Paritrana Award 2025 tingkat Provinsi Sulawesi Barat.',
        'Rekam jejak Polewali Mandar terus menanjak: juara III pada 2022, juara II pada 2023 dan juara I pada 2024.',
      ])[1],
    ).toBe(
      'Rekam jejak Polewali Mandar terus menanjak: Polewali Mandar meraih juara III pada 2022; Polewali Mandar meraih juara II pada 2023; Polewali Mandar meraih juara I pada 2024.',
    );
  });

  it('takes the one a sentence before names when the colon has none before it', () => {
    expect(
      spellTrackRecords([
        'PT Sawit Tanjung Harapan mempekerjakan 2.100 pekerja kebun.',
        'Tercatat dua kali meraih Paritrana Award tingkat Provinsi Riau: juara II pada 2023 dan juara I pada 2024.',
      ])[1],
    ).toBe(
      'Tercatat dua kali meraih Paritrana Award tingkat Provinsi Riau: PT Sawit Tanjung Harapan meraih juara II pada 2023; PT Sawit Tanjung Harapan meraih juara I pada 2024.',
    );
  });

  it('dates places without years by the edition named before the colon', () => {
    expect(
      spellTrackRecords([
        'PT Bank Perkreditan Nagari Jaya dua kali tercatat sebagai peraih Paritrana Award 2023: Terbaik II kategori Badan Usaha Menengah tingkat Provinsi Jambi, lalu Terbaik III pada kategori yang sama di tingkat nasional.',
      ])[0],
    ).toBe(
      'PT Bank Perkreditan Nagari Jaya dua kali tercatat sebagai peraih Paritrana Award 2023: PT Bank Perkreditan Nagari Jaya meraih Terbaik II kategori Badan Usaha Menengah tingkat Provinsi Jambi; PT Bank Perkreditan Nagari Jaya meraih Terbaik III pada kategori yang sama di tingkat nasional.',
    );
  });

  it("leaves a run that names other winners, a single place, or another award's record as written", () => {
    for (const text of [
      'Hasil Paritrana Award tingkat Provinsi Riau: Kota Dumai juara I pada 2023, Kabupaten Siak juara II pada 2023.',
      'Kabupaten Kampar meraih Paritrana Award: juara II pada 2023.',
      'Selain Paritrana Award, Kabupaten Kampar juga juara lomba desa: juara II pada 2023, juara I pada 2024.',
      'Kabupaten Kampar meraih UHC Award: juara II pada 2023, juara I pada 2024.',
    ]) {
      expect(spellTrackRecords([text])).toEqual([text]);
    }
  });
});

describe('spellTrackRecords: a record a speaker tells without a colon (written for this test)', () => {
  it("writes each dated place as a win of the speaker's side", () => {
    const texts = [
      'Bupati membeberkan capaian daerahnya di ajang Paritrana Award tingkat Provinsi Jawa Timur.',
      '"2022 kita juara satu, 2023 juara tiga, 2024 juara dua.',
    ];
    expect(spellTrackRecords(texts, () => 'Kabupaten Situbondo')[1]).toBe(
      '"Kabupaten Situbondo meraih juara satu pada 2022; Kabupaten Situbondo meraih juara tiga pada 2023; Kabupaten Situbondo meraih juara dua pada 2024.',
    );
  });

  it('leaves a run that names someone, or no one speaks, as written', () => {
    const named = [
      'Paritrana Award tingkat Jawa Timur.',
      'Kota Batu juara satu di 2022, juara dua di 2023.',
    ];
    expect(spellTrackRecords(named, () => 'Kabupaten Situbondo')[1]).toBe(named[1]);
    const unspoken = [
      'Paritrana Award tingkat Jawa Timur.',
      'Juara satu di 2022, juara dua di 2023.',
    ];
    expect(spellTrackRecords(unspoken, () => 'Kabupaten Situbondo')[1]).toBe(unspoken[1]);
  });
});
