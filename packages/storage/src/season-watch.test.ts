import { describe, expect, it } from 'vitest';
import { overdueProvinces, searchLinksFor, usualWindows } from './season-watch.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('usualWindows', () => {
  it('spans the first ceremony day of each past year, per province', () => {
    const windows = usualWindows([
      { province: 'Bali', date: at('2022-08-10') },
      { province: 'Bali', date: at('2022-08-01') },
      { province: 'Bali', date: at('2023-09-05') },
      { province: 'Aceh', date: at('2023-11-20') },
    ]);
    expect(windows).toEqual([
      { province: 'Aceh', fromDay: 324, toDay: 324, years: [2023] },
      // 1 August 2022 is day 213, 5 September 2023 day 248
      { province: 'Bali', fromDay: 213, toDay: 248, years: [2022, 2023] },
    ]);
  });

  it('leaves out provinces with too few past years', () => {
    expect(usualWindows([{ province: 'Bali', date: at('2023-09-05') }], 2)).toEqual([]);
  });
});

describe('overdueProvinces', () => {
  const windows = usualWindows([
    { province: 'Bali', date: at('2023-09-05') },
    { province: 'Aceh', date: at('2023-11-20') },
  ]);

  it('names a province whose window ended more than the grace days ago with nothing seen', () => {
    const missing = overdueProvinces(windows, new Set(), at('2026-10-10'), 30);
    expect(missing.map((m) => m.province)).toEqual(['Bali']);
    expect(missing[0]?.year).toBe(2026);
    expect(missing[0]?.overdueSince).toBe('2026-10-05');
    expect(missing[0]?.searchLinks[0]).toContain('news.google.com/search');
    expect(new URL(missing[0]?.searchLinks[0] ?? '').searchParams.get('q')).toContain(
      '"Bali" 2026',
    );
  });

  it('says nothing for a province already seen, or still inside its grace days', () => {
    expect(overdueProvinces(windows, new Set(['Bali']), at('2026-10-10'), 30)).toEqual([]);
    expect(overdueProvinces(windows, new Set(), at('2026-10-01'), 30)).toEqual([]);
  });
});

describe('searchLinksFor', () => {
  it('gives a Google News and a Bing News search for the province and year', () => {
    const [google, bing] = searchLinksFor('Jawa Timur', 2025);
    expect(new URL(google ?? '').searchParams.get('q')).toBe('"Paritrana Award" "Jawa Timur" 2025');
    expect(new URL(bing ?? '').hostname).toBe('www.bing.com');
  });
});
