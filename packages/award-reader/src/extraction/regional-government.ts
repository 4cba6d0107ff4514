import { findBareRegion } from '../gazetteer/find-region.ts';

const LABEL = { provinsi: 'Provinsi', kabupaten: 'Kabupaten', kota: 'Kota' } as const;
const PEMDA =
  /\b(?:Pemerintah Daerah|Pemda)\s+(?:(?=(?:Provinsi|Kabupaten|Kota)\s)|(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}))/gu;

/**
 * Names a regional government by its tier: "Pemerintah Daerah DIY" → "Pemerintah Provinsi DIY",
 * "Pemda Sleman" → "Pemerintah Kabupaten Sleman", "Pemerintah Daerah Kota X" → "Kota X".
 */
export function nameRegionalGovernment(s: string): string {
  return s.replace(PEMDA, (all, place?: string) => {
    if (!place) {
      return '';
    }
    const words = place.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const region = findBareRegion(words.slice(0, n).join(' '));
      if (region) {
        return `Pemerintah ${LABEL[region.type]} ${place}`;
      }
    }
    return all;
  });
}
