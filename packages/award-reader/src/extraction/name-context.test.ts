import { describe, expect, it } from 'vitest';
import { AFTER_NAME, LOCATED, nameAt } from './name-context.ts';

describe('AFTER_NAME', () => {
  it('reads "berada di tempat kedua" as a rank, not any "tempat"', () => {
    expect(AFTER_NAME.test(' berada di tempat kedua.')).toBe(true);
    expect(AFTER_NAME.test(' berada di tempat acara.')).toBe(false);
  });

  it('reads "menjadi desa terbaik" as a win', () => {
    expect(AFTER_NAME.test(' juga menjadi desa terbaik pertama di provinsi.')).toBe(true);
  });

  it('reads "adalah juara", "masuk sebagai penerima", "memang menempati" and "menjadi runner up"', () => {
    expect(AFTER_NAME.test(' adalah juara pertama kategori kota.')).toBe(true);
    expect(AFTER_NAME.test(' masuk sebagai penerima penghargaan.')).toBe(true);
    expect(AFTER_NAME.test(' memang menempati juara ketiga.')).toBe(true);
    expect(AFTER_NAME.test(' harus puas menjadi Runner Up.')).toBe(true);
    expect(AFTER_NAME.test(' adalah kabupaten yang luas.')).toBe(false);
  });

  it('takes a name after "selain" (besides) out of the sentence\'s winners', () => {
    expect(LOCATED.test('Selain ')).toBe(true);
    expect(LOCATED.test('pekerja dari ')).toBe(true);
    expect(LOCATED.test('menghadirkan pemenang dari ')).toBe(false);
  });

  it('reads an English rank right after a name: "The Best", "Runner Up"', () => {
    expect(AFTER_NAME.test(' The Best Province Paritrana 2024')).toBe(true);
    expect(AFTER_NAME.test(' Runner Up Paritrana 2024')).toBe(true);
  });

  it('reads the name before a place in parentheses, not the place', () => {
    expect(nameAt('Keripik Tempe Bu Sri (Kota Malang), juara II', 0, true)?.text).toBe(
      'Keripik Tempe Bu Sri',
    );
  });

  it('reads no bare roman numeral as a name', () => {
    expect(nameAt('II dan III.', 0, true)).toBeNull();
  });
});

describe('AFTER_NAME: the step to the national stage (written for this test)', () => {
  it('reads "melaju ke tingkat nasional dan dinobatkan" as a win', () => {
    expect(AFTER_NAME.test(' melangkah ke tingkat nasional dan dinobatkan sebagai Terbaik I')).toBe(
      true,
    );
    expect(AFTER_NAME.test(' melangkah ke tingkat nasional bulan depan')).toBe(false);
  });
});

describe('AFTER_NAME: a climb to the stage to receive a place (written for this test)', () => {
  it('reads "naik panggung … untuk menerima predikat terbaik II", not "… menerima piagam"', () => {
    expect(
      AFTER_NAME.test(
        ' kembali naik panggung di Istana Wakil Presiden, Jakarta, untuk menerima predikat terbaik II',
      ),
    ).toBe(true);
    expect(
      AFTER_NAME.test(' naik ke panggung untuk menerima piagam, sementara peringkat ketiga'),
    ).toBe(false);
  });
});

describe('AFTER_NAME: "adalah Terbaik I" (written for this test)', () => {
  it('reads "adalah Terbaik I nasional" as a place, not "adalah terbaik di bidangnya"', () => {
    expect(AFTER_NAME.test(' ini adalah Terbaik I nasional pada Paritrana Award 2022')).toBe(true);
    expect(AFTER_NAME.test(' adalah terbaik di bidangnya')).toBe(false);
  });
});
