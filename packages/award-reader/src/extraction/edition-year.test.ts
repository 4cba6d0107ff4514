import { describe, expect, it } from 'vitest';
import {
  datedThen,
  findClauseYears,
  findEditionYears,
  isEditionTied,
  mainEditionYear,
  yearsJoinedTo,
} from './edition-year.ts';

describe('findEditionYears', () => {
  it('reads the year after Paritrana, with level and place words in between', () => {
    const years = (t: string) => findEditionYears(t).map((f) => f.year);
    expect(years('meraih Paritrana Award 2024 tingkat provinsi')).toEqual([2024]);
    expect(years('Anugerah Paritrana 2017 yang lalu')).toEqual([2017]);
    expect(years('Paritrana Award Tingkat Provinsi Jawa Tengah 2023, setelah')).toEqual([2023]);
    expect(years('Penghargaan Jaminan Sosial (Paritrana Award) 2022')).toEqual([2022]);
    expect(years('Paritrana Award tahun 2021 diserahkan')).toEqual([2021]);
  });

  it('reads the year the words in between close with "untuk edisi"', () => {
    const years = (t: string) => findEditionYears(t).map((f) => f.year);
    expect(
      years(
        'Kota Tarakan meraih juara I Paritrana Award tingkat Provinsi Kalimantan Utara untuk edisi 2025.',
      ),
    ).toEqual([2025]);
    expect(years('Paritrana Award edisi pertama pada 2017 diikuti 20 provinsi.')).toEqual([]);
  });

  it('does not let a rejected phrase swallow the next "Paritrana Award 2022"', () => {
    expect(
      findEditionYears(
        'Untuk pertama kalinya Pemprov menggelar Paritrana Award tingkat provinsi. Pada Paritrana Award 2022 tingkat Provinsi Banten, Kabupaten Lestari juara II.',
      ).map((y) => y.year),
    ).toEqual([2022]);
  });

  it('reads the year after a category and a level written between', () => {
    expect(
      findEditionYears(
        'Paritrana Award kategori badan usaha besar tingkat Provinsi Kalimantan Selatan 2025',
      ).map((y) => y.year),
    ).toEqual([2025]);
  });

  it('reads the year of the award named without "Paritrana"', () => {
    const years = (t: string) => findEditionYears(t).map((f) => f.year);
    expect(
      years('memberikan penghargaan jaminan sosial ketenagakerjaan tahun 2024 kepada'),
    ).toEqual([2024]);
    expect(years('Penghargaan Jaminan Sosial tingkat Provinsi Bali 2023 diberikan')).toEqual([
      2023,
    ]);
    // by its initials right before the year, not a court's "PA" far from it
    expect(years('Kota Cimahi meraih peringkat ketiga PA 2025 tingkat Jawa Barat')).toEqual([2025]);
    expect(years('gugatan di PA Kota Bandung tahun 2025')).toEqual([]);
  });

  it("does not date the award by a timeline's year on the next line", () => {
    const text =
      'Biro Ekonomi merangkum perjalanan Kabupaten Lahat di ajang Paritrana Award.\n\n2021: Kabupaten Lahat meraih juara 2 tingkat provinsi.\n2023: Kabupaten Lahat juara 1 tingkat provinsi.';
    expect(findEditionYears(text)).toEqual([]);
    // (a year that goes on the sentence still dates it)
    expect(
      findEditionYears('ajang Paritrana Award\n2021 tingkat provinsi').map((y) => y.year),
    ).toEqual([2021]);
  });

  it('ignores years that belong to another phrase', () => {
    expect(findEditionYears('Paritrana Award yang dimulai sejak 2017')).toEqual([]);
  });
});

describe('mainEditionYear', () => {
  it('dates the award named by its level in a story about Paritrana', () => {
    expect(
      mainEditionYear(
        'Pemkab Lestari mendapat Paritrana Award. Kali ini penghargaan tingkat Provinsi Jati 2025 itu diserahkan Gubernur.',
      ),
    ).toBe(2025);
    expect(
      mainEditionYear('Penghargaan tingkat Provinsi Jati 2025 diserahkan Gubernur.'),
    ).toBeNull();
  });

  it('dates the award under another name where it is named', () => {
    expect(
      mainEditionYear(
        'Kota Lestari menerima anugerah jamsostek 2025 dari BPJS Ketenagakerjaan dan Pemprov Jati.',
      ),
    ).toBe(2025);
  });

  it('takes the most frequent edition, the latest on a tie', () => {
    expect(mainEditionYear('Paritrana Award 2023. Paritrana 2024. Paritrana Award 2023.')).toBe(
      2023,
    );
    expect(mainEditionYear('Anugerah Paritrana 2018 digelar. Anugerah Paritrana 2017 lalu.')).toBe(
      2018,
    );
    expect(
      mainEditionYear('Pada Paritrana Award 2021 ia ketiga. Kini juara Paritrana Award 2023.'),
    ).toBe(2023);
    expect(
      mainEditionYear(
        'Kota Batu juara Paritrana Award 2024. Kini bersiap menghadapi Paritrana Award 2025.',
      ),
    ).toBe(2024);
    expect(mainEditionYear('tanpa tahun')).toBeNull();
  });

  it("takes the one year of the award's sentence when nothing else dates the edition", () => {
    expect(
      mainEditionYear(
        'BPJS Ketenagakerjaan memberikan penghargaan jaminan sosial ketenagakerjaan kepada lima daerah yang dinilai paling peduli terhadap pekerja informal tahun 2024.',
      ),
    ).toBe(2024);
    expect(
      mainEditionYear('Paritrana Award digelar sejak tahun 2017 oleh Kemenko PMK.'),
    ).toBeNull();
  });

  it('counts "pada edisi 2025" inside a sentence, not one opening a sentence', () => {
    expect(
      mainEditionYear(
        'Setelah juara I pada Paritrana Award 2024, Kabupaten Blora turun ke posisi ketiga pada edisi 2025.',
      ),
    ).toBe(2025);
    expect(
      mainEditionYear(
        'Kabupaten Blora juara I Paritrana Award 2024. Pada edisi 2023, posisi kedua ditempati Kabupaten Pati.',
      ),
    ).toBe(2024);
  });

  it('takes the assessed year when no edition is written after "Paritrana"', () => {
    const s = 'Paritrana Award ke-7 yang merupakan penilaian tahun 2023 diserahkan pada 2024.';
    expect(mainEditionYear(s)).toBe(2023);
    expect(mainEditionYear('Pada edisi 2024 yang diserahkan di Surabaya, Kota Batu juara.')).toBe(
      2024,
    );
  });
});

describe('isEditionTied', () => {
  it('tells whether no edition is written most often', () => {
    expect(isEditionTied('Paritrana Award 2020 … Paritrana Award 2024.')).toBe(true);
    expect(isEditionTied('Paritrana 2023, Paritrana 2023, Paritrana 2024.')).toBe(false);
    expect(isEditionTied('Paritrana Award 2023.')).toBe(false);
  });
});

describe('yearsJoinedTo', () => {
  it('lists the years written after a year', () => {
    expect(
      yearsJoinedTo('Pada Paritrana Award 2020, 2021 dan 2022, Kota Batu juara', 2020),
    ).toEqual([2021, 2022]);
    expect(yearsJoinedTo('pada 2021 dan Kota Batu', 2021)).toEqual([]);
  });

  it('lists the years written before a year that closes the list', () => {
    expect(
      yearsJoinedTo(
        'Pada Paritrana Award 2023 dan Paritrana Award 2024, Kota Batu juga juara',
        2024,
      ),
    ).toEqual([2023]);
    // (a year with its own place is no part of the list)
    expect(yearsJoinedTo('juara 2 pada 2023 dan juara 1 pada 2024', 2024)).toEqual([]);
  });
});

describe('findClauseYears: editions', () => {
  it('reads "pada edisi 2022" as the year of a result', () => {
    expect(
      findClauseYears('pada edisi 2022 Banten juga pernah meraih peringkat tiga').map(
        (y) => y.year,
      ),
    ).toEqual([2022]);
  });
});

describe('findClauseYears', () => {
  it('finds "pada tahun" years', () => {
    expect(findClauseYears('meraih juara ketiga pada tahun 2021.').map((y) => y.year)).toEqual([
      2021,
    ]);
  });
});

describe('findEditionYears: the award named without "Paritrana"', () => {
  it("reads the year after the award's other names, and after its ceremony's", () => {
    const years = (t: string) => findEditionYears(t).map((f) => f.year);
    expect(years('pada anugerah jaminan sosial ketenagakerjaan Provinsi Jambi tahun 2025')).toEqual(
      [2025],
    );
    expect(
      years(
        'dalam penghargaan perlindungan jaminan sosial ketenagakerjaan Provinsi Papua Barat 2024',
      ),
    ).toEqual([2024]);
    expect(
      years('pada penganugerahan jaminan sosial ketenagakerjaan tingkat Provinsi Maluku 2023'),
    ).toEqual([2023]);
  });
});

describe("mainEditionYear: the lead's win against a longer history", () => {
  it("takes the lead's edition when the history writes older ones more often, not the headline's year", () => {
    expect(
      mainEditionYear(
        'Siak Tiga Kali Juara Paritrana Riau\n\nPEKANBARU – Kabupaten Siak kembali meraih juara I Paritrana Award 2025 tingkat Provinsi Riau. Sebelumnya Siak juga juara I pada Paritrana Award 2023 dan 2024 tingkat provinsi, dan juara II tingkat nasional pada Paritrana Award 2023.',
      ),
    ).toBe(2025);
    // a headline dated by its ceremony's year is no lead
    expect(
      mainEditionYear(
        '\nSidoarjo Juara Nasional Paritrana 2024\n\nSIDOARJO – Kabupaten Sidoarjo meraih terbaik I nasional pada Paritrana Award 2023. Sebelumnya, Sidoarjo menjadi juara I Paritrana Award 2023 tingkat Jawa Timur.',
      ),
    ).toBe(2023);
  });
});

describe('isEditionTied: two editions handed over together', () => {
  it('reads "dua edisi" and "edisi 2023 … dan edisi 2024" as two editions each named', () => {
    expect(isEditionTied('Pemprov menyerahkan dua edisi Paritrana Award sekaligus.')).toBe(true);
    expect(
      isEditionTied('Edisi 2023 yang sempat tertunda dan edisi 2024 dibagikan dalam satu acara.'),
    ).toBe(true);
    expect(isEditionTied('Edisi 2024 ini diikuti 40 badan usaha.')).toBe(false);
  });
});

describe('mainEditionYear: the award under a longer name, dated', () => {
  it('reads "penghargaan kepatuhan dan perluasan kepesertaan jaminan sosial … tahun 2025" beside a date', () => {
    expect(
      mainEditionYear(
        'Gubernur Jambi menyerahkan penghargaan kepatuhan dan perluasan kepesertaan jaminan sosial ketenagakerjaan tahun 2025 di rumah dinas, Senin (18/8/2025). Kabupaten Bungo peringkat pertama.',
      ),
    ).toBe(2025);
  });
});

describe('findEditionYears: the misspelt name', () => {
  it('dates "Paritana Award 2024"', () => {
    expect(
      findEditionYears('menerima trofi juara I Paritana Award 2024 tingkat Bali').map(
        (y) => y.year,
      ),
    ).toEqual([2024]);
  });
});

describe('datedThen (written for this test)', () => {
  it('dates a sentence opened by "Kala itu" by the one edition the sentence before names', () => {
    expect(
      datedThen([
        'Susunan ini berbeda dari Paritrana Award 2022.',
        'Kala itu Terbaik I diraih Provinsi Bali.',
      ])[1],
    ).toBe('Pada Paritrana Award 2022, Terbaik I diraih Provinsi Bali.');
    // (two editions before: which one is unclear)
    const two = [
      'Pada Paritrana Award 2022 dan Paritrana Award 2023 Bali juara.',
      'Saat itu Bali juara I.',
    ];
    expect(datedThen(two)).toEqual(two);
  });
});

describe('mainEditionYear: former places in brackets (written for this test)', () => {
  it("does not count a list's bracketed former editions as the story's", () => {
    expect(
      mainEditionYear(
        'Berikut pemenang Paritrana Award 2024 tingkat Provinsi Sumatera Barat:\n' +
          'Juara I: Kota Solok (Paritrana 2023: juara I)\nJuara II: Kabupaten Agam (Paritrana 2023: juara III)',
      ),
    ).toBe(2024);
  });
});

describe('mainEditionYear: a year named twice in one phrase (written for this test)', () => {
  it('counts "Paritrana Award … pada edisi 2022" once', () => {
    expect(
      mainEditionYear(
        'Kota Tual pernah menjadi terbaik pertama Paritrana Award tingkat Provinsi Maluku pada edisi 2022. Pada 2026, pada edisi 2025 yang diserahkan Rabu, Kota Tual meraih terbaik ketiga.',
      ),
    ).toBe(2025);
  });
});

describe('findEditionYears: the award by its description or short name (written for this test)', () => {
  it('reads the year of "penghargaan perlindungan pekerja rentan … 2025" and "award jamsostek … 2024"', () => {
    const years = (t: string) => findEditionYears(t).map((f) => f.year);
    expect(
      years('juara pertama penghargaan perlindungan pekerja rentan tingkat Provinsi Papua 2025'),
    ).toEqual([2025]);
    expect(years('malam award jamsostek Jawa Barat 2024 di Bandung')).toEqual([2024]);
  });
});
