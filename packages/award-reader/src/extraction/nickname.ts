import { findBareRegion } from '../gazetteer/find-region.ts';
import { hasVillage, type Region } from '../gazetteer/regions.ts';
import { resolveName, type WinnerIdentity } from '../gazetteer/resolve-name.ts';
import { scanNames } from './scan-names.ts';

// "BITUNG – …", "FAKFAK, kabar.example – …": the place a story is filed from
const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu} .'’-]{2,40}?)(?:\s*,\s*[^\n–—]{0,60}?)?\s*(?:[–—]|\s-\s)/mu;

const titleCase = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());

/** The region a story's dateline names ("ACEH BESAR – …"), or null. */
export function filedFrom(text: string): Region | null {
  const filed = DATELINE.exec(text)?.[1];
  return filed ? findBareRegion(titleCase(filed)) : null;
}

/**
 * The regency or city a story is about: the one its dateline names, else the one it names most
 * often (strictly more than any other), else null.
 */
export function mainRegion(text: string, sentences: readonly string[]): string | null {
  const dateline = filedFrom(text);
  if (dateline && dateline.type !== 'provinsi') {
    return dateline.canonical;
  }
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const n of scanNames(s)) {
      const who = resolveName(n.text, n.paren);
      if (who?.regionCode && (who.type === 'kabupaten' || who.type === 'kota')) {
        counts.set(who.canonical, (counts.get(who.canonical) ?? 0) + 1);
      }
    }
  }
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && (!next || top[1] > next[1]) ? top[0] : null;
}

// "Kota Cakalang", "Bumi Manakarra", "Butta Toa": a town or land named by what it is known for
const TOWN_NICKNAME = /^Kota\s+\p{Lu}/u;
const LAND_NICKNAME = /^(?:Bumi|Butta|Tanah)\s+\p{Lu}/u;
const REGENCY_OR_CITY = new Set(['kabupaten', 'kota']);

/**
 * Whether a resolved name is a nickname no gazetteer knows ("Kota Cakalang juara satu" in a story
 * about Bitung): a town word and a name that is no region, or a land word in a regency's
 * category ("Bumi Manakarra … terbaik pertama kategori pemerintah kabupaten/kota").
 */
export function isUnknownNickname(
  name: string,
  who: WinnerIdentity,
  categoryType: string | null = null,
): boolean {
  if (who.regionCode != null) {
    return false;
  }
  return (
    (TOWN_NICKNAME.test(name) && REGENCY_OR_CITY.has(who.type)) ||
    (LAND_NICKNAME.test(name) &&
      (REGENCY_OR_CITY.has(who.type) || REGENCY_OR_CITY.has(categoryType ?? '')))
  );
}

// "Negeri Laskar Pelangi", "Negeri Seribu Suluk": a land's nickname, unless a Maluku negeri
const NEGERI = /^Negeri\s+(\p{Lu}.*)$/u;

/** Whether a name is a land's nickname no gazetteer knows ("Bumi Tadulako", "Butta Toa"). */
export function isLandNickname(name: string, who: WinnerIdentity): boolean {
  if (who.regionCode != null || /\b(?:PT|CV)\b/.test(name)) {
    return false;
  }
  const negeri = NEGERI.exec(name)?.[1];
  return (
    LAND_NICKNAME.test(name) ||
    (negeri != null && !hasVillage(negeri, '81') && !hasVillage(negeri, '82'))
  );
}
