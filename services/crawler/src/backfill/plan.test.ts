import { describe, expect, it } from 'vitest';
import {
  editionWindow,
  inWindow,
  looksAboutTheAward,
  parseEditions,
  planSearchTasks,
  searchUrl,
} from './plan.ts';

const bases = { google: 'http://127.0.0.1:9/g/', bing: 'http://127.0.0.1:9/b/' };

describe('parseEditions', () => {
  it('reads ranges, lists and single years', () => {
    expect(parseEditions('2017-2019', 2026)).toEqual([2017, 2018, 2019]);
    expect(parseEditions('2024, 2021,2024', 2026)).toEqual([2021, 2024]);
    expect(parseEditions('2025', 2026)).toEqual([2025]);
  });

  it('refuses what is not an edition', () => {
    expect(() => parseEditions('2016-2018', 2026)).toThrow(/outside 2017-2026/);
    expect(() => parseEditions('2030', 2026)).toThrow(/outside/);
    expect(() => parseEditions('tahun lalu', 2026)).toThrow(/not a year/);
    expect(() => parseEditions('2020-2018', 2026)).toThrow(/outside/);
  });
});

describe('edition windows', () => {
  it("span the edition's year and the next, where it is often handed over", () => {
    const w = editionWindow(2023);
    expect(w).toEqual({ from: '2023-01-01', to: '2024-12-31' });
    expect(inWindow(new Date('2023-08-17T10:00:00Z'), w)).toBe(true);
    expect(inWindow(new Date('2024-07-29T03:00:00Z'), w)).toBe(true);
    expect(inWindow(new Date('2022-12-31T10:00:00Z'), w)).toBe(false);
    expect(inWindow(new Date('2025-01-01T00:00:00Z'), w)).toBe(false);
  });
});

describe('searchUrl', () => {
  it('puts the window into a Google News query, before being exclusive', () => {
    const url = new URL(searchUrl('google', bases, '"Paritrana Award"', editionWindow(2024)));
    expect(url.pathname).toBe('/rss/search');
    expect(url.searchParams.get('q')).toBe('"Paritrana Award" after:2024-01-01 before:2026-01-01');
    expect(url.searchParams.get('hl')).toBe('id');
    expect(url.searchParams.get('ceid')).toBe('ID:id');
  });

  it('asks Bing for RSS', () => {
    const url = new URL(searchUrl('bing', bases, 'x 2024', editionWindow(2024)));
    expect(url.pathname).toBe('/news/search');
    expect(url.searchParams.get('format')).toBe('rss');
    expect(url.searchParams.get('q')).toBe('x 2024');
  });
});

describe('planSearchTasks', () => {
  it('searches each name per edition and each province per edition, on each engine', () => {
    const tasks = planSearchTasks({
      editions: [2023, 2024],
      provinces: ['Jawa Timur', 'Bali'],
      bases,
    });
    // (3 names + 2 provinces) × 2 editions × 2 engines
    expect(tasks).toHaveLength(20);
    const bali = tasks.filter((t) => t.province === 'Bali' && t.edition === 2024);
    expect(bali.map((t) => t.query).sort()).toEqual([
      '"Paritrana Award" "Bali"',
      '"Paritrana Award" "Bali" 2024',
    ]);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
  });

  it('plans the same ids on every run, so a rerun can skip what it did', () => {
    const a = planSearchTasks({ editions: [2019], provinces: ['Aceh'], bases });
    const b = planSearchTasks({ editions: [2019], provinces: ['Aceh'], bases });
    expect(a.map((t) => t.id)).toEqual(b.map((t) => t.id));
  });
});

describe('looksAboutTheAward', () => {
  it('keeps slugs and titles that name the award or its organiser', () => {
    expect(looksAboutTheAward('https://x.id/2024/08/pemkab-raih-paritrana-award', null)).toBe(true);
    expect(
      looksAboutTheAward('https://x.id/berita/12345', 'BPJS Ketenagakerjaan beri penghargaan'),
    ).toBe(true);
    expect(looksAboutTheAward('https://x.id/read/jaminan-sosial-untuk-nelayan', null)).toBe(true);
  });

  it('drops the rest of an outlet archive', () => {
    expect(looksAboutTheAward('https://x.id/2024/08/harga-cabai-naik', 'Harga cabai naik')).toBe(
      false,
    );
  });
});
