import type { WinnerType } from '../types.ts';
import { aliasTable } from './aliases.ts';
import { normalizeKey } from './normalize-key.ts';
import { findProvince, findRegencies, type Region } from './regions.ts';

/** Hints for reading a bare region name: the type the category implies, the award's province. */
export interface RegionHints {
  typeHint?: WinnerType | null;
  provinceCode?: string | null;
  /** Regencies and cities the article names with their prefix. */
  regencyCodes?: string[];
}

/** A bare region name ("Lombok Timur", "Sulut", "Bali") as a province or regency, by hint. */
export function findBareRegion(name: string, hints: RegionHints = {}): Region | null {
  const key = normalizeKey(name);
  const alias = aliasTable().region.get(key);
  if (alias) {
    return resolvePrefixedRegion(alias);
  }
  const province = findProvince(key);
  const wantType =
    hints.typeHint === 'kota' || hints.typeHint === 'kabupaten' ? hints.typeHint : undefined;
  let regencies = findRegencies(key, wantType);
  if (regencies.length === 0 && wantType) {
    regencies = findRegencies(key);
  }
  if (hints.provinceCode && regencies.length > 1) {
    const inProvince = regencies.filter((r) => r.provinceCode === hints.provinceCode);
    regencies = inProvince.length ? inProvince : regencies;
  }
  // "Probolinggo Juara 1" over a story of "Kota Probolinggo": the one the article names
  const named = regencies.filter((r) => hints.regencyCodes?.includes(r.code));
  if (named.length === 1 && !wantType) {
    regencies = named;
  }
  const regency = regencies.find((r) => r.type === 'kabupaten') ?? regencies[0] ?? null;
  if (province && (hints.typeHint === 'provinsi' || !wantType || !regency)) {
    return province;
  }
  return regency ?? province;
}

/**
 * How many of `words`, from the first, name a region (the longest run up to `max` words), or 0:
 * "kulon progo juara" → 2.
 */
export function leadingRegionWords(words: readonly string[], max = words.length): number {
  for (let n = Math.min(max, words.length); n >= 1; n -= 1) {
    if (findBareRegion(words.slice(0, n).join(' '))) {
      return n;
    }
  }
  return 0;
}

/**
 * How many of `words`, from the last, name a region (the longest run `accept` lets pass), or 0:
 * "info dinas konawe selatan" → 2.
 */
export function trailingRegionWords(
  words: readonly string[],
  accept: (run: string) => boolean = () => true,
): number {
  for (let n = words.length; n >= 1; n -= 1) {
    const run = words.slice(words.length - n).join(' ');
    if (accept(run) && findBareRegion(run)) {
      return n;
    }
  }
  return 0;
}

/** Splits a name into its type prefix and the rest: "Pemkab Sleman" → kabupaten, "Sleman". */
export function splitPrefix(name: string): { type: WinnerType; word: string; rest: string } | null {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const head = words.slice(0, n).join(' ');
    const type = aliasTable().prefix.get(normalizeKey(head)) as WinnerType | undefined;
    if (type) {
      return { type, word: head, rest: words.slice(n).join(' ') };
    }
  }
  return null;
}

function regionOfType(rest: string, type: 'provinsi' | 'kabupaten' | 'kota'): Region | null {
  if (type === 'provinsi') {
    return findProvince(rest);
  }
  const aliased = aliasTable().region.get(normalizeKey(rest));
  return findRegencies(rest, type)[0] ?? (aliased ? resolvePrefixedRegion(aliased) : null);
}

/**
 * A region written with its prefix ("Kabupaten Toba", "Pemkot Palu", "Provinsi Jatim"): the
 * longest leading words after the prefix that name one, so "Kabupaten Sidoarjo Fenny" works.
 */
export function resolvePrefixedRegion(name: string): Region | null {
  const split = splitPrefix(name);
  const type = split?.type;
  if (!split || (type !== 'provinsi' && type !== 'kabupaten' && type !== 'kota')) {
    return null;
  }
  // "Kota Administrasi Jakarta Selatan", "Kabupaten Administrasi Kepulauan Seribu"
  const words = split.rest.replace(/^administrasi\s+/i, '').split(' ');
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const region = regionOfType(words.slice(0, n).join(' '), type);
    if (region) {
      return region;
    }
  }
  return null;
}
