import { findBareRegion, resolvePrefixedRegion } from './find-region.ts';
import { findVillage, regionByCode, type Region, type Village } from './regions.ts';
import type { ResolveHints, WinnerIdentity } from './resolve-name.ts';

/** The words that head a village's name across Indonesia ("Desa", "Gampong", "Nagari", "Pekon"). */
export const VILLAGE_WORDS = [
  'desa',
  'kelurahan',
  'kalurahan',
  'gampong',
  'nagari',
  'kampung',
  'pekon',
  'lembang',
  'tiyuh',
  'negeri',
  'kepenghuluan',
  // Maluku Tenggara's village ("Ohoi Ngilngof")
  'ohoi',
] as const;
// the local words a village's canonical name keeps ("Kalurahan X" is "Desa X")
const LOCAL_WORDS: ReadonlySet<string> = new Set(
  VILLAGE_WORDS.filter((w) => !['desa', 'kelurahan', 'kalurahan', 'ohoi'].includes(w)),
);

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
  const named = rest.replace(/^(?:Wisata|Adat)\s+(?=\p{Lu})/u, '');
  // "Nagari Batu Taba Agam" (a table row's columns run together): the regency after the name
  const glued = hints.place ? null : trailingRegency(named);
  const name = glued ? glued.name : named;
  const label = LOCAL_WORDS.has(w)
    ? (word[0]?.toUpperCase() ?? '') + w.slice(1)
    : w.includes('kelurahan')
      ? 'Kelurahan'
      : 'Desa';
  const parent = hints.place
    ? (resolvePrefixedRegion(hints.place) ?? findBareRegion(hints.place))
    : (glued?.regency ?? null);
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
    // (news and lists write a village by its local word or as "Desa")
    aliases: label === 'Desa' || label === 'Kelurahan' ? [] : [`Desa ${name}`],
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

/** A bare regency or city ending a village's name, and the name without it, when the gazetteer has that village there. */
function trailingRegency(name: string): { name: string; regency: Region } | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const regency = findBareRegion(words.slice(-n).join(' '));
    const rest = words.slice(0, -n).join(' ');
    // (only when that regency has a village of the rest's name: "Desa Tanjung Batu" stays)
    if (regency && regency.type !== 'provinsi' && findVillage(rest, regency.code)) {
      return { name: rest, regency };
    }
  }
  return null;
}
