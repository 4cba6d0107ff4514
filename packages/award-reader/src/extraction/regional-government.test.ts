import { describe, expect, it } from 'vitest';
import { nameRegionalGovernment } from './regional-government.ts';

describe('nameRegionalGovernment', () => {
  it('names the tier of a regional government', () => {
    expect(nameRegionalGovernment('Pemerintah Daerah DIY meraih juara')).toBe(
      'Pemerintah Provinsi DIY meraih juara',
    );
    expect(nameRegionalGovernment('Pemda Sleman meraih juara')).toBe(
      'Pemerintah Kabupaten Sleman meraih juara',
    );
    expect(nameRegionalGovernment('Pemerintah Daerah Kota Batu meraih')).toBe('Kota Batu meraih');
  });

  it('leaves a government of no known region', () => {
    const s = 'Pemerintah Daerah Setempat hadir.';
    expect(nameRegionalGovernment(s)).toBe(s);
  });
});
