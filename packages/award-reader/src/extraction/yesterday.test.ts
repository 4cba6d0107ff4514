import { describe, expect, it } from 'vitest';
import { dayBefore, localDate, saysYesterday } from './yesterday.ts';

describe('yesterday', () => {
  it('reads "kemarin" as the day before, but not "tahun kemarin"', () => {
    expect(saysYesterday('Penghargaan diserahkan di Makassar, kemarin.')).toBe(true);
    expect(saysYesterday('Tahun kemarin Kota Batu juara dua.')).toBe(false);
  });

  it('steps back one day across months and years', () => {
    expect(dayBefore('2024-08-16')).toBe('2024-08-15');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('takes the publication day in Western Indonesia time', () => {
    expect(localDate('2024-08-11T20:00:00Z')).toBe('2024-08-12');
  });
});
