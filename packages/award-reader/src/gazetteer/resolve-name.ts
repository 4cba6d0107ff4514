import type { WinnerType } from '../types.ts';
import { aliasTable } from './aliases.ts';
import { normalizeKey } from './normalize-key.ts';
import { findProvince, findRegencies, findVillage, type Region, type Village } from './regions.ts';
import { resolveOrg } from './resolve-org.ts';

/** Who a winner's name denotes: canonical name, type and gazetteer code. */
export interface WinnerIdentity {
  winner: string;
  canonical: string;
  aliases: string[];
  type: WinnerType;
  regionCode: string | null;
  regionParent: string | null;
  provinceCode: string | null;
}

/** What the surrounding text says about a name: category type, stated place, regencies nearby. */
export interface ResolveHints {
  typeHint?: WinnerType | null;
  /** A place written next to the name: "di Kabupaten Bandung", "(Belu)", "– Kota Langsa". */
  place?: string | null;
  /** Codes of regencies the article names, to find a village whose regency is not stated. */
  regencyCodes?: string[];
  provinceCode?: string | null;
}

const VILLAGE_WORDS = new Set(['gampong', 'nagari', 'kampung', 'pekon']);

function identity(winner: string, region: Region, aliases: string[] = []): WinnerIdentity {
  return {
    winner,
    canonical: region.canonical,
    aliases,
    type: region.type,
    regionCode: region.code,
    regionParent: null,
    provinceCode: region.provinceCode,
  };
}

/** A bare region name ("Lombok Timur", "Sulut", "Bali") as a province or regency, by hint. */
export function findBareRegion(name: string, hints: ResolveHints = {}): Region | null {
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
  const regency = regencies.find((r) => r.type === 'kabupaten') ?? regencies[0] ?? null;
  if (province && (hints.typeHint === 'provinsi' || !wantType || !regency)) {
    return province;
  }
  return regency ?? province;
}

/** A region written with its prefix ("Kabupaten Toba", "Pemkot Palu", "Provinsi Jatim"). */
export function resolvePrefixedRegion(name: string): Region | null {
  const split = splitPrefix(name);
  if (
    !split ||
    (split.type !== 'provinsi' && split.type !== 'kabupaten' && split.type !== 'kota')
  ) {
    return null;
  }
  if (split.type === 'provinsi') {
    return findProvince(split.rest);
  }
  const aliased = aliasTable().region.get(normalizeKey(split.rest));
  return (
    findRegencies(split.rest, split.type)[0] ?? (aliased ? resolvePrefixedRegion(aliased) : null)
  );
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

function resolveVillage(
  written: string,
  word: string,
  rest: string,
  hints: ResolveHints,
): WinnerIdentity {
  const w = word.toLowerCase();
  const label = VILLAGE_WORDS.has(w)
    ? word[0]?.toUpperCase() + w.slice(1)
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

function resolveOfficial(written: string, words: string[]): WinnerIdentity | null {
  for (let n = 2; n >= 1; n--) {
    const type = aliasTable().official.get(normalizeKey(words.slice(0, n).join(' ')));
    if (!type) {
      continue;
    }
    const rest = words.slice(n);
    if (type === 'desa') {
      const inner = splitPrefix(rest.join(' '));
      return inner ? resolveVillage(written, inner.word, inner.rest, {}) : null;
    }
    for (let m = Math.min(4, rest.length); m >= 1; m--) {
      const region = findBareRegion(rest.slice(0, m).join(' '), { typeHint: type as WinnerType });
      if (region && region.type === type) {
        return identity(written, region);
      }
    }
    return null;
  }
  return null;
}

/** Resolves a winner's name as written (with an optional parenthesis) to its identity. */
export function resolveName(
  name: string,
  paren: string | null,
  hints: ResolveHints = {},
): WinnerIdentity | null {
  const written = paren ? `${name} (${paren})` : name;
  const words = name.split(/\s+/);
  const official = resolveOfficial(written, words);
  if (official || aliasTable().official.has(normalizeKey(words[0] ?? ''))) {
    return official;
  }
  const parenRegion = paren ? findBareRegion(paren) : null;
  const split = splitPrefix(name);
  const aliased = aliasTable().region.get(normalizeKey(name));
  if (aliased) {
    const region = resolvePrefixedRegion(aliased);
    return region ? identity(written, region, [name]) : null;
  }
  if (split && (split.type === 'desa' || split.type === 'kelurahan')) {
    const place = hints.place ?? (parenRegion ? paren : null);
    return resolveVillage(written, split.word, split.rest, { ...hints, place });
  }
  if (split) {
    const region = resolvePrefixedRegion(name);
    const aliases = paren && parenRegion?.code === region?.code ? [paren] : [];
    if (region) {
      return identity(written, region, aliases);
    }
    const label =
      split.type === 'provinsi' ? 'Provinsi' : split.type === 'kota' ? 'Kota' : 'Kabupaten';
    return {
      ...identity(written, {
        code: '',
        canonical: `${label} ${split.rest}`,
        bare: split.rest,
        type: split.type as Region['type'],
        provinceCode: '',
      }),
      regionCode: null,
      provinceCode: null,
    };
  }
  const org = resolveOrg(name, paren, hints);
  if (org) {
    return org;
  }
  const bare = findBareRegion(name, hints);
  if (
    bare &&
    hints.typeHint !== 'desa' &&
    hints.typeHint !== 'badan_usaha' &&
    hints.typeHint !== 'umkm'
  ) {
    return identity(written, bare, paren ? [paren] : []);
  }
  if (hints.typeHint === 'desa' || hints.typeHint === 'kelurahan') {
    return resolveVillage(written, hints.typeHint, name, {
      ...hints,
      place: hints.place ?? (parenRegion ? paren : null),
    });
  }
  return resolveOrg(name, paren, { ...hints, typeHint: hints.typeHint ?? 'badan_usaha' }, true);
}
