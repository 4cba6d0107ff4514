import { describe, expect, it } from 'vitest';
import type { AwardMention } from '../types.ts';
import { mergeAwards } from './merge-awards.ts';

const award = (over: Partial<AwardMention>): AwardMention => ({
  winner: 'Kota Batu',
  winnerCanonical: 'Kota Batu',
  aliases: [],
  winnerType: 'kota',
  regionCode: '35.79',
  regionParent: null,
  level: 'provinsi',
  province: 'Jawa Timur',
  category: null,
  rank: null,
  rankLabel: null,
  editionYear: 2024,
  ceremonyDate: null,
  historical: false,
  evidence: { text: 'x', start: 0, end: 1 },
  presenter: null,
  recipient: null,
  confidence: 0.6,
  ...over,
});

describe('mergeAwards', () => {
  it('merges mentions of one result and keeps the stated rank', () => {
    const merged = mergeAwards([award({ winner: 'Pemkot Batu' }), award({ rank: 1 })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ rank: 1, winner: 'Pemkot Batu', aliases: ['Kota Batu'] });
  });

  it("merges a sentence's rankless mention into its ranked one, whatever category each read", () => {
    const evidence = {
      text: 'Pemkot Batu menerima sejumlah penghargaan, antara lain …',
      start: 5,
      end: 60,
    };
    const merged = mergeAwards([
      award({ winner: 'Pemkot Batu', category: 'Nindya', evidence }),
      award({ winner: 'Pemkot Batu', rank: 2, category: 'Pemerintah Kabupaten/Kota', evidence }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ rank: 2, category: 'Pemerintah Kabupaten/Kota' });
  });

  it('drops a past win of unknown year at a rank a dated past win of the winner has', () => {
    const merged = mergeAwards([
      award({ rank: 1, editionYear: 2025 }),
      award({
        rank: 1,
        editionYear: null,
        historical: true,
        evidence: { text: 'y', start: 5, end: 6 },
      }),
      award({
        rank: 1,
        editionYear: 2022,
        historical: true,
        evidence: { text: 'z', start: 9, end: 10 },
      }),
    ]);
    expect(merged.map((a) => a.editionYear)).toEqual([2025, 2022]);
    const other = mergeAwards([
      award({ rank: 2, editionYear: null, historical: true }),
      award({
        rank: 1,
        editionYear: 2022,
        historical: true,
        evidence: { text: 'z', start: 9, end: 10 },
      }),
    ]);
    expect(other).toHaveLength(2);
  });

  it('takes the level of the mention that states the rank', () => {
    const merged = mergeAwards([
      award({ level: 'nasional', province: null }),
      award({
        rank: 1,
        level: 'provinsi',
        province: 'Jawa Timur',
        evidence: { text: 'y', start: 40, end: 41 },
      }),
    ]);
    expect(merged[0]).toMatchObject({ rank: 1, level: 'provinsi', province: 'Jawa Timur' });
  });

  it("keeps a national winner's provincial stage, said in a later sentence, apart", () => {
    const merged = mergeAwards([
      award({
        rank: 1,
        level: 'nasional',
        province: null,
        evidence: { text: 'Kota Batu meraih Terbaik I kategori kota.', start: 0, end: 40 },
      }),
      award({
        rank: 1,
        evidence: {
          text: 'Kota Batu sebelumnya juara 1 tingkat Provinsi Jawa Timur.',
          start: 50,
          end: 110,
        },
      }),
    ]);
    expect(merged.map((a) => a.level)).toEqual(['nasional', 'provinsi']);
  });

  it("drops an undated past win when the article dates that winner's past wins", () => {
    const merged = mergeAwards([
      award({ historical: true, editionYear: null }),
      award({ historical: true, editionYear: 2022 }),
    ]);
    expect(merged.map((a) => a.editionYear)).toEqual([2022]);
  });

  it('keeps different ranks and past results apart', () => {
    const merged = mergeAwards([
      award({ rank: 1 }),
      award({ rank: 3 }),
      award({ rank: 3, historical: true, editionYear: 2022 }),
    ]);
    expect(merged).toHaveLength(3);
  });

  it('keeps two categories one sentence gives the same winner at the same rank apart', () => {
    const body = { text: 'y', start: 50, end: 90 };
    const merged = mergeAwards([
      award({ rank: null, category: 'Pemerintah Kabupaten/Kota' }),
      award({ rank: 1, category: 'Pemerintah Kabupaten/Kota', evidence: body }),
      award({ rank: 1, category: 'Inovasi Perlindungan Pekerja', evidence: body }),
    ]);
    expect(merged.map((m) => [m.rank, m.category])).toEqual([
      [1, 'Pemerintah Kabupaten/Kota'],
      [1, 'Inovasi Perlindungan Pekerja'],
    ]);
  });

  it('merges a company name with the same name plus a place', () => {
    const a = { winnerType: 'umkm' as const, regionCode: null };
    const merged = mergeAwards([
      award({ ...a, winner: 'Kopi Senja', winnerCanonical: 'Kopi Senja' }),
      award({ ...a, winner: 'Kopi Senja Malang', winnerCanonical: 'Kopi Senja Malang', rank: 2 }),
    ]);
    expect(merged.map((m) => [m.winnerCanonical, m.rank])).toEqual([['Kopi Senja', 2]]);
    const rs = { winnerType: 'badan_usaha' as const, regionCode: null };
    const both = mergeAwards([
      award({ ...rs, winner: 'RSUD Ayu', winnerCanonical: 'RSUD Ayu' }),
      award({ ...rs, winner: 'RSUD dr. Ayu Malang', winnerCanonical: 'RSUD dr. Ayu Malang' }),
    ]);
    expect(both).toHaveLength(1);
  });

  it('merges a company mentioned by two names that share an alias', () => {
    const bank = { winnerType: 'badan_usaha' as const, regionCode: null };
    const merged = mergeAwards([
      award({
        ...bank,
        winner: 'PT Bank Pembangunan Daerah Jambi',
        winnerCanonical: 'BPD Jambi',
        aliases: ['Bank Jambi'],
        rank: 1,
      }),
      award({ ...bank, winner: 'Bank Jambi', winnerCanonical: 'Bank Jambi' }),
    ]);
    expect(merged.map((m) => [m.winnerCanonical, m.rank])).toEqual([['BPD Jambi', 1]]);
  });
});

describe('mergeAwards: a hospital by its short form', () => {
  it('merges "RSIA X" with "Rumah Sakit Ibu dan Anak X Kota"', () => {
    const hospital = { winnerType: 'badan_usaha' as const, regionCode: null, rank: 2 };
    const merged = mergeAwards([
      award({ ...hospital, winner: 'RSIA Kasih Bunda', winnerCanonical: 'RSIA Kasih Bunda' }),
      award({
        ...hospital,
        winner: 'Rumah Sakit Ibu dan Anak Kasih Bunda Jambi',
        winnerCanonical: 'Rumah Sakit Ibu dan Anak Kasih Bunda Jambi',
      }),
    ]);
    expect(merged).toHaveLength(1);
  });
});

describe('mergeAwards: a short form with its marker', () => {
  const org = (winner: string, canonical: string, aliases: string[], rank: number | null) =>
    award({
      winner,
      winnerCanonical: canonical,
      aliases,
      winnerType: 'badan_usaha',
      regionCode: null,
      rank,
    });

  it('joins "Sinode GMIM Raya" to the synod whose short form is "GMIM Raya"', () => {
    const merged = mergeAwards([
      org('Sinode GMIM Raya', 'Sinode GMIM Raya', [], null),
      org(
        'Sinode Gereja Masehi Injili di Minahasa Raya (GMIM Raya)',
        'Sinode Gereja Masehi Injili di Minahasa Raya',
        ['GMIM Raya'],
        1,
      ),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.rank).toBe(1);
  });

  it('keeps two names whose markers differ apart ("Kopdit TLM", "Kopdir TLM")', () => {
    expect(
      mergeAwards([org('Kopdit TLM', 'Kopdit TLM', [], 1), org('Kopdir TLM', 'Kopdir TLM', [], 1)]),
    ).toHaveLength(2);
  });
});

describe("mergeAwards: a company and its employees' cooperative (written for this test)", () => {
  it('keeps "Kopkar X" apart from the company whose name without its town is X', () => {
    const org = (name: string, aliases: string[]) =>
      award({
        winner: name,
        winnerCanonical: name,
        aliases,
        winnerType: 'badan_usaha',
        regionCode: null,
        rank: 1,
      });
    const merged = mergeAwards([
      org('Semen Tonasa Jaya Pangkep', ['Semen Tonasa Jaya']),
      org('Kopkar Semen Tonasa Jaya', ['Koperasi Karyawan Semen Tonasa Jaya']),
    ]);
    expect(merged.map((a) => a.winnerCanonical)).toEqual([
      'Semen Tonasa Jaya Pangkep',
      'Kopkar Semen Tonasa Jaya',
    ]);
  });
});

describe("mergeAwards: a firm's initials (written for this test)", () => {
  it('merges "SKM" into "Sawit Kampar Makmur" at one level, not at another', () => {
    const firm = (name: string, level: 'provinsi' | 'nasional', start: number) =>
      award({
        winner: name,
        winnerCanonical: name,
        winnerType: 'badan_usaha',
        regionCode: null,
        level,
        rank: 1,
        evidence: { text: name, start, end: start + name.length },
      });
    expect(
      mergeAwards([firm('Sawit Kampar Makmur', 'provinsi', 0), firm('SKM', 'provinsi', 50)]),
    ).toHaveLength(1);
    expect(
      mergeAwards([firm('Sawit Kampar Makmur', 'nasional', 0), firm('SKM', 'provinsi', 50)]),
    ).toHaveLength(2);
  });
});
