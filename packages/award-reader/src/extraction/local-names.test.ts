import { describe, expect, it } from 'vitest';
import {
  headsApart,
  quotedPeople,
  completeTruncated,
  expandOfficials,
  expandShortForms,
  expandVillages,
  localAliases,
  officialNames,
  villageNames,
} from './local-names.ts';
import { extractAwards } from './extract-awards.ts';

describe('localAliases / expandShortForms', () => {
  it('writes out a company short form introduced in parentheses', () => {
    const short = localAliases(['PT Sinar Maju Abadi (SMA) hadir.', 'Kota Batu (KB) juga.']);
    expect([...short.keys()]).toEqual(['sma']);
    expect(expandShortForms('Penghargaan diberikan kepada SMA sebagai juara 1.', short)).toBe(
      'Penghargaan diberikan kepada PT Sinar Maju Abadi (SMA) sebagai juara 1.',
    );
  });
});

describe('localAliases: regions', () => {
  it('writes out a region short form introduced in parentheses, not a place', () => {
    const short = localAliases([
      'Kabupaten Tanah Subur Raya (Tasura) meraih juara I.',
      'Kota Batu (Jatim) juga hadir.',
    ]);
    expect([...short.keys()]).toEqual(['tasura']);
    expect(expandShortForms('Tasura tampil sebagai juara.', short)).toBe(
      'Kabupaten Tanah Subur Raya (Tasura) tampil sebagai juara.',
    );
  });
  it('and its government\'s short form ("Pemkab Tasura")', () => {
    const short = localAliases(['Pemerintah Kabupaten Tanah Subur Raya (Pemkab Tasura) menang.']);
    expect(expandShortForms('Pemkab Tasura Juara I', short)).toBe(
      'Pemerintah Kabupaten Tanah Subur Raya (Pemkab Tasura) Juara I',
    );
  });
});

describe('completeTruncated', () => {
  it('completes a name cut by the end of an excerpt from an earlier award', () => {
    const text =
      'Kategori manufaktur (Terbaik 1 PT Sinar Maju Abadi). Paritrana Award terbaik 2 diraih oleh PT Sinar Maj';
    const awards = extractAwards({ id: 'x', text });
    expect(awards.map((a) => [a.winnerCanonical, a.rank])).toEqual([
      ['Sinar Maju Abadi', 1],
      ['Sinar Maju Abadi', 2],
    ]);
    expect(
      completeTruncated(
        {
          winner: 'PT Sin',
          canonical: 'Sin',
          aliases: [],
          type: 'badan_usaha',
          regionCode: null,
          regionParent: null,
          provinceCode: null,
        },
        awards,
      ),
    ).toBe(false);
  });
});

describe('quotedPeople / headsApart (written for this test)', () => {
  it("sets a village head's title apart from a person the story quotes by name", () => {
    const sentences = [
      'Warga mengarak Kepala Pekon Suharman Jaya keliling kampung.',
      '"Piala ini milik warga," kata Suharman.',
      'Kepala Desa Sukamaju meraih juara II.',
    ];
    const people = quotedPeople(sentences);
    expect([...people]).toEqual(['Suharman']);
    expect(headsApart(sentences[0] ?? '', people)).toBe(
      'Warga mengarak Kepala Pekon, Suharman Jaya keliling kampung.',
    );
    expect(headsApart(sentences[2] ?? '', people)).toBe(sentences[2]);
    // (not the last word of a titled name: "Wali Nagari Sumpur mengatakan …")
    expect([
      ...quotedPeople(['Wali Nagari Sumpur mengatakan nagarinya menanggung iuran.']),
    ]).toEqual([]);
  });
});

describe('officialNames / expandOfficials', () => {
  it('writes the region into a later mention of a regional head', () => {
    const heads = officialNames(['Bupati Sleman, Harda Kiswaya, hadir.']);
    expect(expandOfficials('Penghargaan diterima Bupati Harda Kiswaya.', heads)).toBe(
      'Penghargaan diterima Bupati Sleman Harda Kiswaya.',
    );
  });
});

describe('villageNames and expandVillages (written for this test)', () => {
  it('writes a village named bare after its word out in full, but not inside another name', () => {
    const villages = villageNames([
      'Desa Wunut meraih juara I Paritrana Award 2024 tingkat nasional.',
    ]);
    expect(expandVillages('Wunut sebelumnya meraih juara I tingkat Jawa Tengah.', villages)).toBe(
      'Desa Wunut sebelumnya meraih juara I tingkat Jawa Tengah.',
    );
    expect(expandVillages('Kepala Desa Wunut dan PT Wunut Lestari hadir.', villages)).toBe(
      'Kepala Desa Wunut dan PT Wunut Lestari hadir.',
    );
    // (nor after its word and the spaces a line break joined again left)
    expect(expandVillages('Desa  Wunut meraih juara I.', villages)).toBe(
      'Desa  Wunut meraih juara I.',
    );
  });
});
