import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from 'mongodb';
import { z } from 'zod';
import {
  WinnerType,
  findProvince,
  normalizeKey,
  readAreaCsv,
  regionByCode,
  type Region,
} from '@pw/award-reader';
import { AwardLevel, foldName, type AwardRecord, type Corrections } from '@pw/domain';
import { Collection, ReviewError } from '@pw/storage';
import type { AppDeps } from '../app.ts';

/** One place a picker offers: a province, a regency or city, or a village. */
export interface Place {
  code: string;
  /** How records name it: the province without "Provinsi", "Kabupaten Bojonegoro", "Desa Sukamaju". */
  name: string;
  type: 'provinsi' | 'kabupaten' | 'kota' | 'desa' | 'kelurahan';
}

/** The first Paritrana Award edition the store knows of. */
export const FirstEditionYear = 2017;
/** Ranks a record may have: juara 1–3 and the honourable mentions after them. */
export const KnownRanks = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
/** The award's usual categories; categories already on records are known too. */
export const BaseCategories = [
  'Pemerintah Provinsi',
  'Pemerintah Kabupaten/Kota',
  'Pemerintah Desa/Kelurahan',
  'Pemerintah Daerah',
  'Perusahaan Skala Besar',
  'Perusahaan Skala Menengah',
  'Perusahaan Skala Kecil',
  'Usaha Kecil Mikro (UKM)',
  'UMKM',
] as const;

/** Edition years a correction may set: the first edition up to next year's. */
export const editionYears = (now = new Date()): number[] =>
  Array.from(
    { length: now.getUTCFullYear() + 2 - FirstEditionYear },
    (_, i) => FirstEditionYear + i,
  );

const VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const titleCase = (s: string) =>
  s
    .toLowerCase()
    .replace(/(^|[\s/(-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

interface VillageRow {
  code: string;
  name: string;
  type: 'desa' | 'kelurahan';
}

let regencies: Map<string, Place[]> | undefined;
let villages: Map<string, VillageRow[]> | undefined;
let villageByCode: Map<string, VillageRow> | undefined;

const placeOf = (r: Region): Place => ({
  code: r.code,
  name: r.type === 'provinsi' ? r.bare : r.canonical,
  type: r.type,
});

/** The 38 provinces, by name. */
export function listProvinces(): Place[] {
  return readAreaCsv('provinces')
    .flatMap((row) => {
      const r = regionByCode(row.code ?? '');
      return r ? [placeOf(r)] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** A province by code ("35"), name or short form ("Jatim"); null when there is none. */
export function provinceOf(ref: string): Region | null {
  const byCode = regionByCode(ref.trim());
  return byCode?.type === 'provinsi' ? byCode : findProvince(ref);
}

/** The regencies and cities of a province, by name. */
export function listRegencies(provinceCode: string): Place[] {
  if (!regencies) {
    regencies = new Map();
    for (const row of readAreaCsv('regencies')) {
      const r = regionByCode(row.code ?? '');
      if (r) {
        regencies.set(r.provinceCode, [...(regencies.get(r.provinceCode) ?? []), placeOf(r)]);
      }
    }
  }
  return [...(regencies.get(provinceCode) ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'id'),
  );
}

const loadVillages = () => {
  if (!villages || !villageByCode) {
    villages = new Map();
    villageByCode = new Map();
    for (const row of readAreaCsv('villages')) {
      const code = row.code ?? '';
      // the tenth character of a Kemendagri village code: 1 kelurahan, 2 desa
      const v: VillageRow = {
        code,
        name: row.name ?? '',
        type: code.slice(9, 10) === '1' ? 'kelurahan' : 'desa',
      };
      const regency = code.slice(0, 5);
      villages.set(regency, [...(villages.get(regency) ?? []), v]);
      villageByCode.set(code, v);
    }
  }
  return { villages, villageByCode };
};

/** The villages (desa and kelurahan) of a regency or city, by name. */
export function listVillages(regencyCode: string): Place[] {
  return (loadVillages().villages.get(regencyCode) ?? [])
    .map((v) => ({ code: v.code, name: `${titleCase(v.type)} ${v.name}`, type: v.type }))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** A region or village by its Kemendagri code, as a picker shows it. */
export function placeByCode(code: string): Place | null {
  if (VILLAGE_CODE.test(code)) {
    const v = loadVillages().villageByCode.get(code);
    return v ? { code: v.code, name: `${titleCase(v.type)} ${v.name}`, type: v.type } : null;
  }
  const r = regionByCode(code);
  return r ? placeOf(r) : null;
}

const invalid = (field: string, message: string) =>
  new ReviewError('invalid', `corrections.${field}: ${message}`, `corrections.${field}`);

/**
 * Checks corrections against the gazetteer and the known values, and writes them the way
 * records do ("Jabar" → "Jawa Barat"). With a record, the corrected place must also fit what
 * the record keeps (a regency code inside its province, a village inside its regency). Throws a
 * ReviewError `invalid` naming the field.
 */
export function checkCorrections(
  corrections: Corrections,
  record: Pick<AwardRecord, 'province' | 'regionCode' | 'regionParent'> | null = null,
  knownCategories: readonly string[] | null = null,
): Corrections {
  const out: Corrections = { ...corrections };
  if (out.rank != null && !(KnownRanks as readonly number[]).includes(out.rank)) {
    throw invalid('rank', `${out.rank} is not a rank (1 to ${KnownRanks.length})`);
  }
  if (out.editionYear != null && !editionYears().includes(out.editionYear)) {
    const years = editionYears();
    throw invalid(
      'editionYear',
      `${out.editionYear} is not an edition year (${years[0]} to ${years.at(-1)})`,
    );
  }
  if (out.winnerType != null && !Object.values<string>(WinnerType).includes(out.winnerType)) {
    throw invalid(
      'winnerType',
      `"${out.winnerType}" is not a winner type (${Object.values(WinnerType).join(', ')})`,
    );
  }
  if (out.category != null && knownCategories) {
    const known = new Map([...BaseCategories, ...knownCategories].map((c) => [foldName(c), c]));
    const match = known.get(foldName(out.category));
    if (!match) {
      throw invalid('category', `"${out.category}" is not a known category`);
    }
    out.category = match;
  }

  if (!('province' in out) && !('regionCode' in out) && !('regionParent' in out)) {
    // the place is not being corrected: what the record says of it is not the reviewer's doing
    return out;
  }
  let province: Region | null = null;
  if (out.province != null) {
    province = provinceOf(out.province);
    if (!province) {
      throw invalid('province', `"${out.province}" is not a province`);
    }
    out.province = province.bare;
  } else if (out.province === undefined && record?.province) {
    province = provinceOf(record.province);
  }

  const code = out.regionCode !== undefined ? out.regionCode : (record?.regionCode ?? null);
  if (code != null) {
    const blamed = out.regionCode !== undefined ? 'regionCode' : 'province';
    const place = placeByCode(code);
    if (!place) {
      throw invalid(blamed, `"${code}" is not a Kemendagri region or village code`);
    }
    if (province && code.slice(0, 2) !== province.code) {
      throw invalid(blamed, `${code} (${place.name}) is not in ${province.bare}`);
    }
    if (!province && out.regionCode != null && out.province === undefined && !record?.province) {
      // a place picked without its province: the province follows from the code
      out.province = regionByCode(code.slice(0, 2))?.bare ?? null;
    }
    if (place.type === 'desa' || place.type === 'kelurahan') {
      const regency = regionByCode(code.slice(0, 5));
      const parentCorrected = out.regionParent !== undefined;
      const parent = parentCorrected ? out.regionParent : (record?.regionParent ?? null);
      if (out.regionCode != null && !parentCorrected) {
        // a village picked under its regency: the parent follows from the code
        out.regionParent = regency?.canonical ?? null;
      } else if (parent != null && !sameRegency(parent, regency)) {
        throw invalid(
          parentCorrected ? 'regionParent' : 'regionCode',
          `${place.name} (${code}) is not in ${parent}`,
        );
      } else if (parentCorrected && parent != null && regency) {
        out.regionParent = regency.canonical;
      }
    } else if (out.regionParent != null) {
      // a province, regency or city winner has no parent region below its province
      throw invalid('regionParent', `only a village has a parent region; ${code} is not one`);
    }
  }
  if (out.regionParent != null && code == null) {
    const parent = out.regionParent;
    const candidates = province
      ? listRegencies(province.code)
      : listProvinces().flatMap((p) => listRegencies(p.code));
    const known = candidates.find(
      (r) => normalizeKey(r.name) === normalizeKey(parent) || r.code === parent,
    );
    if (!known) {
      throw invalid(
        'regionParent',
        `"${parent}" is not a regency or city${province ? ` of ${province.bare}` : ''}`,
      );
    }
    out.regionParent = known.name;
  }
  return out;
}

const sameRegency = (parent: string, regency: Region | null) =>
  !!regency &&
  (parent === regency.code ||
    normalizeKey(parent) === normalizeKey(regency.canonical) ||
    normalizeKey(parent) === normalizeKey(regency.bare));

/** A correction check for the review repository: the record's places, and categories on record. */
export function createCorrectionCheck(db: Db) {
  return async (record: AwardRecord, corrections: Corrections): Promise<Corrections> => {
    const categories =
      corrections.category != null
        ? (await db.collection(Collection.Awards).distinct('category')).filter(
            (c): c is string => typeof c === 'string',
          )
        : [];
    return checkCorrections(corrections, record, categories);
  };
}

const ProvinceParams = z.object({
  province: z.string().min(1).describe('a province code ("35"), name or short form ("Jatim")'),
});
const RegencyParams = z.object({
  regency: z.string().min(1).describe('a regency or city code ("35.22")'),
});

/** GET /gazetteer/provinces, …/provinces/:province/regencies, …/regencies/:regency/villages, …/values. */
export function gazetteerRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { role: 'reader' as const };
  const tags = ['gazetteer'];
  const notFound = (message: string) => ({ statusCode: 404, error: 'Not Found', message });

  r.get(
    '/gazetteer/provinces',
    { config, schema: { tags, summary: 'The 38 provinces, for the province picker' } },
    () => ({ items: listProvinces() }),
  );

  r.get(
    '/gazetteer/provinces/:province/regencies',
    {
      config,
      schema: { tags, summary: 'The regencies and cities of a province', params: ProvinceParams },
    },
    async (req, reply) => {
      const province = provinceOf(req.params.province);
      return province
        ? { province: placeOf(province), items: listRegencies(province.code) }
        : reply.code(404).send(notFound(`no province "${req.params.province}"`));
    },
  );

  r.get(
    '/gazetteer/regencies/:regency/villages',
    {
      config,
      schema: { tags, summary: 'The villages of a regency or city', params: RegencyParams },
    },
    async (req, reply) => {
      const regency = regionByCode(req.params.regency);
      return regency && regency.type !== 'provinsi'
        ? { regency: placeOf(regency), items: listVillages(regency.code) }
        : reply.code(404).send(notFound(`no regency or city with code "${req.params.regency}"`));
    },
  );

  r.get(
    '/gazetteer/values',
    {
      config,
      schema: {
        tags,
        summary: 'Known ranks, edition years, levels, winner types and categories (for pickers)',
      },
    },
    async () => {
      const stored = (await deps.db.collection(Collection.Awards).distinct('category')).filter(
        (c): c is string => typeof c === 'string' && c.trim() !== '',
      );
      const categories = new Map(
        [...BaseCategories, ...stored].map((c) => [foldName(c), c] as const),
      );
      return {
        ranks: [...KnownRanks],
        editionYears: editionYears(),
        levels: Object.values(AwardLevel),
        winnerTypes: Object.values(WinnerType),
        categories: [...categories.values()].sort((a, b) => a.localeCompare(b, 'id')),
      };
    },
  );
}
