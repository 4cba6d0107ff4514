import { describe, expect, it } from 'vitest';
import { dashboardFigures, weekOf } from './web-records.ts';

const at = (iso: string) => new Date(iso);
const row = (over: Partial<Parameters<typeof dashboardFigures>[0][number]> = {}) => ({
  editionYear: 2024,
  level: 'provinsi',
  province: 'Jawa Timur',
  regionCode: '35.22',
  outletCount: 1,
  firstSeenAt: at('2026-11-24T03:00:00Z'),
  review: { status: 'new', at: null },
  ...over,
});

describe('weekOf', () => {
  it('is the Monday of the week in WIB', () => {
    expect(weekOf(at('2026-12-05T03:00:00Z'))).toBe('2026-11-30'); // Saturday
    expect(weekOf(at('2026-11-29T18:00:00Z'))).toBe('2026-11-30'); // Monday 01:00 WIB
    expect(weekOf(at('2026-11-29T16:00:00Z'))).toBe('2026-11-23'); // Sunday 23:00 WIB
  });
});

describe('dashboardFigures', () => {
  const now = at('2026-12-05T03:00:00Z');

  it('counts records per edition and level, leaving rejected ones out', () => {
    const f = dashboardFigures(
      [
        row(),
        row({ level: 'nasional', province: 'Jawa Tengah', regionCode: '33' }),
        row({ editionYear: 2023 }),
        row({ review: { status: 'rejected', at: now } }),
      ],
      undefined,
      now,
    );
    expect(f.perEdition).toEqual([
      { editionYear: 2023, provinsi: 1, nasional: 0 },
      { editionYear: 2024, provinsi: 1, nasional: 1 },
    ]);
    expect(f.editions).toEqual([2024, 2023]);
  });

  it("colours the chosen edition's provinces by region code, else by province name", () => {
    const rows = [
      row(),
      row({ regionCode: null, province: 'DKI Jakarta' }),
      row({ regionCode: null, province: 'Daerah Istimewa Yogyakarta' }),
      row({ editionYear: 2023, regionCode: '32.04' }),
    ];
    expect(dashboardFigures(rows, undefined, now).provinces).toEqual({ '35': 1, '31': 1, '34': 1 });
    expect(dashboardFigures(rows, 2023, now)).toMatchObject({
      edition: 2023,
      provinces: { '32': 1 },
    });
  });

  it('gives per week the new records, those with 2+ outlets, and the backlog at the week end', () => {
    const f = dashboardFigures(
      [
        row({ firstSeenAt: at('2026-11-24T03:00:00Z'), outletCount: 2 }),
        row({
          firstSeenAt: at('2026-11-25T03:00:00Z'),
          review: { status: 'confirmed', at: at('2026-12-01T03:00:00Z') },
        }),
        row({ firstSeenAt: at('2026-12-02T03:00:00Z') }),
      ],
      undefined,
      now,
    );
    expect(f.weekly).toEqual([
      { week: '2026-11-23', records: 2, corroborated: 1, backlog: 2 },
      { week: '2026-11-30', records: 1, corroborated: 0, backlog: 2 },
    ]);
  });
});
