import { describe, expect, it } from 'vitest';
import type { CoverageCell, CoverageMatrix } from '@pw/storage';
import { matrixText, seasonText, suggestionsText } from './coverage.ts';

const cell = (over: Partial<CoverageCell>): CoverageCell => ({
  province: 'Bali',
  edition: 2024,
  level: 'provinsi',
  records: 0,
  review: { new: 0, confirmed: 0, rejected: 0, corrected: 0 },
  sources: 0,
  outlets: [],
  ceremonyReports: 0,
  state: 'empty',
  ...over,
});

describe('matrixText', () => {
  it('shows winners (with * while some wait for review), ceremony-only cells and empty ones', () => {
    const m: CoverageMatrix = {
      editions: [2024],
      provinces: ['Bali', 'Aceh'],
      cells: [
        cell({
          records: 3,
          review: { new: 1, confirmed: 2, rejected: 0, corrected: 0 },
          state: 'winners',
        }),
        cell({ level: 'nasional' }),
        cell({ province: 'Aceh', ceremonyReports: 2, state: 'ceremony-only' }),
        cell({ province: 'Aceh', level: 'nasional' }),
      ],
      national: [],
    };
    const text = matrixText(m);
    expect(text).toMatch(/Bali\s+3\*\/·/);
    expect(text).toMatch(/Aceh\s+u\/·/);
    expect(text).toContain('(belum ada)');
  });
});

describe('seasonText and suggestionsText', () => {
  it('say plainly when nothing is missing or suggested', () => {
    expect(seasonText([], 2026)).toContain('tidak ada provinsi yang terlambat');
    expect(suggestionsText([])).toContain('Tidak ada media baru');
  });

  it('list the overdue provinces with their search links, and the outlets to add', () => {
    const text = seasonText(
      [
        {
          province: 'Bali',
          year: 2026,
          window: { province: 'Bali', fromDay: 213, toDay: 248, years: [2024, 2025] },
          overdueSince: '2026-10-05',
          searchLinks: ['https://news.google.com/search?q=x'],
        },
      ],
      2026,
    );
    expect(text).toContain('Bali (biasanya hari ke-213–248; terlambat sejak 2026-10-05)');
    expect(text).toContain('https://news.google.com/search?q=x');
    expect(suggestionsText([{ outlet: 'radar.contoh.id', reports: 4, province: 'Bali' }])).toMatch(
      /radar\.contoh\.id\s+4 laporan\s+Bali/,
    );
  });
});
