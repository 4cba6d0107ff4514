import { findBareRegion, resolvePrefixedRegion } from './find-region.ts';
import { findVillage, regionByCode, type Village } from './regions.ts';
import type { ResolveHints, WinnerIdentity } from './resolve-name.ts';

const VILLAGE_WORDS = new Set(['gampong', 'nagari', 'kampung', 'pekon']);

/**
 * Resolves a village: its canonical name keeps the local word (Gampong, Nagari), and its code
 * comes from the regency the text names, else from the regencies the article mentions.
 */
export function resolveVillage(
  written: string,
  word: string,
  rest: string,
  hints: ResolveHints,
): WinnerIdentity {
  const w = word.toLowerCase();
  // "Desa Wisata X", "Desa Adat Y": the kind of village, then its name
  const name = rest.replace(/^(?:Wisata|Adat)\s+(?=\p{Lu})/u, '');
  const label = VILLAGE_WORDS.has(w)
    ? (word[0]?.toUpperCase() ?? '') + w.slice(1)
    : w.includes('kelurahan')
      ? 'Kelurahan'
      : 'Desa';
  const parent = hints.place
    ? (resolvePrefixedRegion(hints.place) ?? findBareRegion(hints.place))
    : null;
  const codes = parent ? [parent.code] : (hints.regencyCodes ?? []);
  let hits = codes.map((c) => findVillage(name, c)).filter((v) => v != null);
  // no regency named for it: the one village of that name in the award's province
  if (hits.length === 0 && !parent && hints.villageProvince) {
    hits = [findVillage(name, hints.villageProvince)].filter((v) => v != null);
  }
  const village: Village | undefined = hits.length === 1 ? hits[0] : undefined;
  return {
    winner: written,
    canonical: `${label} ${name}`,
    aliases: [],
    type: label === 'Kelurahan' ? 'kelurahan' : 'desa',
    regionCode: village?.code ?? null,
    regionParent:
      parent?.type === 'provinsi' || !parent
        ? village
          ? (regionByCode(village.regencyCode)?.canonical ?? null)
          : null
        : parent.canonical,
    provinceCode: village?.code.slice(0, 2) ?? parent?.provinceCode ?? null,
  };
}
