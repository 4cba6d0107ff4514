import { distance } from 'fastest-levenshtein';
import { aliasTable } from './aliases.ts';
import { normalizeKey } from './normalize-key.ts';
import { readAreaCsv } from './read-csv.ts';

/** A province, regency or city from the Kemendagri gazetteer (idn-area-data). */
export interface Region {
  code: string;
  /** Canonical name: "Provinsi Jawa Timur", "Kabupaten Bojonegoro", "Kota Bontang". */
  canonical: string;
  /** The name without its prefix: "Jawa Timur", "Bojonegoro". */
  bare: string;
  type: 'provinsi' | 'kabupaten' | 'kota';
  provinceCode: string;
}

/** A village (desa) or urban village (kelurahan). */
export interface Village {
  code: string;
  name: string;
  type: 'desa' | 'kelurahan';
  regencyCode: string;
}

interface Index {
  byCode: Map<string, Region>;
  provinceByKey: Map<string, Region>;
  regenciesByKey: Map<string, Region[]>;
  /** Generated variants, used when a name is not found as written (see `variantKeys`). */
  variants: Map<string, Region[]>;
}

/**
 * Other ways news writes a regency's bare name: without "Kepulauan" ("Talaud", "Meranti"), and
 * with its spaces closed or opened ("Pangkalpinang" for "Pangkal Pinang", "Palangka Raya" for
 * "Palangkaraya"; the squashed key matches both).
 */
export function variantKeys(bareKey: string): string[] {
  const out = [bareKey.replace(/ /g, '')];
  if (bareKey.startsWith('kepulauan ')) {
    const short = bareKey.slice('kepulauan '.length);
    out.push(short, short.replace(/ /g, ''));
  }
  return out;
}

let index: Index | undefined;
let villages: Map<string, Map<string, Village[]>> | undefined;

const REGENCY_PREFIX = /^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota) /;

function buildIndex(): Index {
  const aliases = aliasTable().province;
  const byCode = new Map<string, Region>();
  const provinceByKey = new Map<string, Region>();
  const regenciesByKey = new Map<string, Region[]>();
  const variants = new Map<string, Region[]>();
  for (const row of readAreaCsv('provinces')) {
    const official = row.name ?? '';
    const bare = aliases.get(normalizeKey(official)) ?? official;
    const region: Region = {
      code: row.code ?? '',
      canonical: `Provinsi ${bare}`,
      bare,
      type: 'provinsi',
      provinceCode: row.code ?? '',
    };
    byCode.set(region.code, region);
    provinceByKey.set(normalizeKey(official), region);
    provinceByKey.set(normalizeKey(bare), region);
  }
  for (const [alias, name] of aliases) {
    const region = provinceByKey.get(normalizeKey(name));
    if (region) {
      provinceByKey.set(alias, region);
    }
  }
  for (const row of readAreaCsv('regencies')) {
    const name = row.name ?? '';
    const type = name.startsWith('Kota') ? 'kota' : 'kabupaten';
    const bare = name.replace(REGENCY_PREFIX, '');
    const region: Region = {
      code: row.code ?? '',
      canonical: name.replace(/ Administrasi /, ' '),
      bare,
      type,
      provinceCode: row.province_code ?? '',
    };
    byCode.set(region.code, region);
    const key = normalizeKey(bare);
    regenciesByKey.set(key, [...(regenciesByKey.get(key) ?? []), region]);
    for (const v of variantKeys(key)) {
      variants.set(v, [...(variants.get(v) ?? []), region]);
    }
  }
  return { byCode, provinceByKey, regenciesByKey, variants };
}

function regionIndex(): Index {
  index ??= buildIndex();
  return index;
}

/** The province a name or short form denotes ("Jatim", "Provinsi Jawa Timur", "Sumatra Selatan"). */
export function findProvince(name: string): Region | null {
  const key = normalizeKey(name).replace(/^(provinsi|prov|se) /, '');
  return regionIndex().provinceByKey.get(key) ?? null;
}

/** Every name and short form a province is known by, folded ("jawa timur", "jatim"). */
export function provinceKeys(): string[] {
  return [...regionIndex().provinceByKey.keys()];
}

/** Regencies and cities whose name without prefix is `bare`, optionally of one type. */
export function findRegencies(bare: string, type?: 'kabupaten' | 'kota'): Region[] {
  const key = normalizeKey(bare);
  const { regenciesByKey, variants } = regionIndex();
  const direct = regenciesByKey.get(key) ?? [];
  const pick = (found: Region[]): Region[] => (type ? found.filter((r) => r.type === type) : found);
  // a generated variant only when the name as written is no regency at all
  return direct.length ? pick(direct) : pick(variants.get(key.replace(/ /g, '')) ?? []);
}

/**
 * The one regency or city whose name a misspelt one is a letter or two off ("Pasuruhan" →
 * Pasuruan, "Tanggerang" → Tangerang): one edit for names under eight letters, two from eight.
 * Null when none is that close, or two are.
 */
export function closestRegency(bare: string, type: 'kabupaten' | 'kota'): Region | null {
  const key = normalizeKey(bare);
  if (key.length < 5) {
    return null;
  }
  const most = key.length < 8 ? 1 : 2;
  let best: Region[] = [];
  let bestDistance = most + 1;
  for (const [other, regions] of regionIndex().regenciesByKey) {
    if (Math.abs(other.length - key.length) > most) {
      continue;
    }
    const ofType = regions.filter((r) => r.type === type);
    if (ofType.length === 0) {
      continue;
    }
    const d = distance(key, other);
    if (d > most) {
      continue;
    }
    if (d < bestDistance) {
      best = ofType;
      bestDistance = d;
    } else if (d === bestDistance) {
      best = [...best, ...ofType];
    }
  }
  return best.length === 1 ? (best[0] ?? null) : null;
}

/** The region with a Kemendagri code ("35", "35.22"), if any. */
export function regionByCode(code: string): Region | null {
  return regionIndex().byCode.get(code) ?? null;
}

function buildVillages(): Map<string, Map<string, Village[]>> {
  const byRegency = new Map<string, Map<string, Village[]>>();
  for (const row of readAreaCsv('villages')) {
    const code = row.code ?? '';
    const regencyCode = code.slice(0, 5);
    const village: Village = {
      code,
      name: row.name ?? '',
      type: code.slice(9, 10) === '1' ? 'kelurahan' : 'desa',
      regencyCode,
    };
    let names = byRegency.get(regencyCode);
    if (!names) {
      names = new Map();
      byRegency.set(regencyCode, names);
    }
    const key = normalizeKey(village.name);
    names.set(key, [...(names.get(key) ?? []), village]);
  }
  return byRegency;
}

/**
 * The village called `name` in a regency ("35.07"), or in a province ("35") when its regency is
 * not stated, when exactly one has that name.
 */
/** Whether any village under a province or regency code bears the name. */
export function hasVillage(name: string, code: string): boolean {
  villages ??= buildVillages();
  const key = normalizeKey(name);
  return [...villages].some(
    ([regency, names]) => (regency === code || regency.startsWith(`${code}.`)) && names.has(key),
  );
}

export function findVillage(name: string, regencyCode: string): Village | null {
  villages ??= buildVillages();
  const key = normalizeKey(name);
  const found =
    regencyCode.length > 2
      ? (villages.get(regencyCode)?.get(key) ?? [])
      : [...villages]
          .filter(([code]) => code.startsWith(`${regencyCode}.`))
          .flatMap(([, names]) => names.get(key) ?? []);
  return found.length === 1 ? (found[0] ?? null) : null;
}
