import { findBareRegion, resolvePrefixedRegion } from './find-region.ts';
import { findVillage, type Village } from './regions.ts';
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
  const label = VILLAGE_WORDS.has(w)
    ? (word[0]?.toUpperCase() ?? '') + w.slice(1)
    : w.includes('kelurahan')
      ? 'Kelurahan'
      : 'Desa';
  const parent = hints.place
    ? (resolvePrefixedRegion(hints.place) ?? findBareRegion(hints.place))
    : null;
  const codes = parent ? [parent.code] : (hints.regencyCodes ?? []);
  const words = rest.split(' ');
  let village: Village | undefined;
  let name = rest;
  // the longest leading words that are a village: "Desa Telemow Sumbang Prestasi" → Telemow
  for (let n = words.length; n >= 1 && !village; n--) {
    const hits = codes
      .map((c) => findVillage(words.slice(0, n).join(' '), c))
      .filter((v) => v != null);
    if (hits.length === 1) {
      village = hits[0];
      name = words.slice(0, n).join(' ');
    }
  }
  return {
    winner: written,
    canonical: `${label} ${name}`,
    aliases: [],
    type: label === 'Kelurahan' ? 'kelurahan' : 'desa',
    regionCode: village?.code ?? null,
    regionParent: parent?.type === 'provinsi' ? null : (parent?.canonical ?? null),
    provinceCode: village?.code.slice(0, 2) ?? parent?.provinceCode ?? null,
  };
}
