import type { WinnerType } from '../types.ts';
import { aliasTable } from './aliases.ts';
import { normalizeKey } from './normalize-key.ts';
import {
  findBareRegion,
  resolvePrefixedRegion,
  splitPrefix,
  type RegionHints,
} from './find-region.ts';
import { closestRegency, type Region } from './regions.ts';
import { resolveOrg } from './resolve-org.ts';
import { resolveVillage } from './resolve-village.ts';

// an ordinal counting a story's items ("Pertama sebagai Terbaik III …, lalu sebagai juara 2 …"),
// no one's name
const ORDINAL = /^(?:pertama|kedua|ketiga|keempat|kelima|terakhir)$/i;
// an event's programme, a card's field or a table's column, opening a line no winner's name
// opens ("1. Pembukaan …", "4. Sambutan Gubernur Lampung", "Tempat: …", "Agenda 2: …", "Tahap
// Provinsi", "Peserta", "Kab/Kota", "No", "Asal")
const PROGRAMME_WORD =
  /^(?:pembukaan|penutupan|sambutan|laporan|agenda|tempat|waktu|indikator|target|pembacaan|penyerahan|doa|hiburan|sesi|acara|tahap|peserta|kab\/kota|kabupaten\/kota|no|nomor|asal)$/i;
// what a village is, not what it is called ("desa kecil", "desa terpencil")
const GENERIC_VILLAGE =
  /^(?:kecil|besar|terpencil|tertinggal|terbaik|terbesar|pinggiran|perbatasan)$/i;

export { findBareRegion, resolvePrefixedRegion, splitPrefix } from './find-region.ts';

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
export interface ResolveHints extends RegionHints {
  /** A place written next to the name: "di Kabupaten Bandung", "(Belu)", "– Kota Langsa". */
  place?: string | null;
  /** Codes of regencies the article names, to find a village whose regency is not stated. */
  regencyCodes?: string[];
  /** The province of a provincial award, where its villages lie. */
  villageProvince?: string | null;
}

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

const NOT_A_PLACE_NAME =
  /^(?:pertama|kedua|ketiga|keempat|kelima|terbaik|juara|peraih|penerima|pemenang|tersebut|ini|itu|lain|lainnya|se)$/;

// the village word a village head's title says: "Wali Nagari X" heads Nagari X
export const VILLAGE_OF_HEAD: Readonly<Record<string, string>> = {
  'kepala desa': 'Desa',
  kades: 'Desa',
  'hukum tua': 'Desa',
  perbekel: 'Desa',
  keuchik: 'Gampong',
  geuchik: 'Gampong',
  'wali nagari': 'Nagari',
  'kepala kampung': 'Kampung',
  'kepala pekon': 'Pekon',
  peratin: 'Pekon',
  'kepala lembang': 'Lembang',
  'kepala tiyuh': 'Tiyuh',
  'raja negeri': 'Negeri',
  'datuk penghulu': 'Kepenghuluan',
  kuwu: 'Desa',
  pembakal: 'Desa',
};

/** A village head's title opening a name ("Wali Nagari Dedi Syahputra", "Keuchik Gampong X"). */
export const VILLAGE_HEAD_TITLE = new RegExp(
  `^(?:${Object.keys(VILLAGE_OF_HEAD).join('|')})\\s`,
  'i',
);

function resolveOfficial(
  written: string,
  words: string[],
  hints: ResolveHints,
): WinnerIdentity | null {
  for (let n = 2; n >= 1; n--) {
    const type = aliasTable().official.get(normalizeKey(words.slice(0, n).join(' ')));
    if (!type) {
      continue;
    }
    const rest = words.slice(n);
    if (type === 'desa') {
      // "Geuchik Gampong X", and "Kepala Desa X" whose title already says the village word
      const inner = splitPrefix(rest.join(' '));
      const title = normalizeKey(words.slice(0, n).join(' '));
      const village = rest.length > 0 ? (VILLAGE_OF_HEAD[title] ?? null) : null;
      if (inner) {
        return resolveVillage(written, inner.word, inner.rest, {});
      }
      return village ? resolveVillage(written, village, rest.join(' '), hints) : null;
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
  const prefixes = aliasTable().prefix;
  const words = name.split(/\s+/);
  if (
    prefixes.has(normalizeKey(name)) ||
    ORDINAL.test(name) ||
    PROGRAMME_WORD.test(words[0] ?? '')
  ) {
    return null;
  }
  const official = resolveOfficial(written, words, hints);
  // an official's title ("Wali Kota X") that heads no known region names no winner
  const titled = [1, 2].some((n) =>
    aliasTable().official.has(normalizeKey(words.slice(0, n).join(' '))),
  );
  if (official || titled) {
    return official;
  }
  // "Desa X (Kabupaten Y)", "Desa X (Bantul)": a parenthesis may place the winner
  // "(Kecamatan Sewon, Kabupaten Bantul)": the last place in it is the widest
  const parenPlace = paren?.split(',').pop()?.trim() ?? '';
  const parenRegion = parenPlace
    ? (resolvePrefixedRegion(parenPlace) ?? findBareRegion(parenPlace))
    : null;
  const split = splitPrefix(name);
  const aliased = aliasTable().region.get(normalizeKey(name));
  if (aliased) {
    const region = resolvePrefixedRegion(aliased);
    return region ? identity(written, region, [name]) : null;
  }
  if (split && (split.type === 'desa' || split.type === 'kelurahan')) {
    // ("Kami Desa Kecil, Tapi Juara Nasional": a headline's kind of village, no village)
    if (GENERIC_VILLAGE.test(split.rest)) {
      return null;
    }
    const place = hints.place ?? (parenRegion ? parenPlace : null);
    return resolveVillage(written, split.word, split.rest, { ...hints, place });
  }
  if (split) {
    const region = resolvePrefixedRegion(name);
    const aliases = paren && parenRegion?.code === region?.code ? [paren] : [];
    if (region) {
      return identity(written, region, aliases);
    }
    // a misspelt regency or city ("Kabupaten Pasuruhan")
    const close =
      split.type === 'kabupaten' || split.type === 'kota'
        ? closestRegency(split.rest, split.type)
        : null;
    if (close) {
      return identity(written, close, aliases);
    }
    // not in the gazetteer: keep it only when it reads like a proper name ("Kota Baru Jaya"),
    // not a rank or a pointer ("Provinsi Ketiga", "Kabupaten Terbaik", "Kota Tersebut")
    const restHead = normalizeKey(split.rest.split(' ')[0] ?? '');
    if (
      !/^\p{Lu}/u.test(split.word) ||
      prefixes.has(restHead) ||
      !/^\p{Lu}/u.test(split.rest) ||
      NOT_A_PLACE_NAME.test(restHead)
    ) {
      return null;
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
    const village = resolveVillage(written, hints.typeHint, name, {
      ...hints,
      place: hints.place ?? (parenRegion ? parenPlace : null),
    });
    // "Lhokseumawe Juara Pertama, Gampong X Terbaik Kategori Desa": a bare regency no village of
    // the gazetteer is named after is the regency, whatever category the sentence names
    const regency = findBareRegion(name, { provinceCode: hints.provinceCode });
    return regency && regency.type !== 'provinsi' && village.regionCode == null
      ? identity(written, regency, paren ? [paren] : [])
      : village;
  }
  return resolveOrg(name, paren, { ...hints, typeHint: hints.typeHint ?? 'badan_usaha' }, true);
}
