import { describe, expect, it } from 'vitest';
import { completeYear, findDates, toIsoDate } from './parse-date.ts';

const iso = (text: string, years: number[] = []) =>
  findDates(text).map((d) => {
    const y = completeYear(d, years);
    return y == null ? null : toIsoDate(y, d.month, d.day);
  });

describe('findDates', () => {
  it('reads weekday + numeric dates with and without parentheses', () => {
    expect(iso('digelar di Malang, Selasa (29/7/2025).')).toEqual(['2025-07-29']);
    expect(iso('pada Rabu, (10/9/2025) lalu')).toEqual(['2025-09-10']);
    expect(iso('Jumat 21/11/2025 kemarin')).toEqual(['2025-11-21']);
  });

  it('reads long dates with Indonesian month names', () => {
    expect(iso('pada Sabtu, 24 Agustus 2024 di Gedung Sate')).toEqual(['2024-08-24']);
    expect(iso('diserahkan pada 7 Juli 2022 yang lalu')).toEqual(['2022-07-07']);
  });

  it('reads a dateline in parentheses with a two-digit month', () => {
    expect(iso('Yogyakarta (30/01/2023) – Pemda')).toEqual(['2023-01-30']);
  });

  it('does not read bare fractions as dates', () => {
    expect(findDates('skor 24/7 dan rasio 3/4')).toEqual([]);
  });
});

describe('completeYear', () => {
  it('picks the candidate year whose weekday matches', () => {
    // Kamis 21 Oktober is a Thursday in 2021, not in 2020
    expect(iso('Kamis (21/10).', [2020, 2021])).toEqual(['2021-10-21']);
    expect(iso('Kamis, (8/8).', [2024, 2025])).toEqual(['2024-08-08']);
  });

  it('falls back to the first candidate without a weekday', () => {
    expect(iso('(3/11)', [2025])).toEqual(['2025-11-03']);
  });
});
