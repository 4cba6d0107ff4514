import { resolveName } from '../gazetteer/resolve-name.ts';
import type { WinnerType } from '../types.ts';
import { AFTER_NAME, LOCATED } from './name-context.ts';
import { scanNames, type FoundName } from './scan-names.ts';

// The head noun of a phrase like "desa ini", "bank milik daerah itu", and whom it can refer to.
const REFERS: Record<string, readonly WinnerType[]> = {
  desa: ['desa', 'kelurahan'],
  kelurahan: ['kelurahan', 'desa'],
  kalurahan: ['desa', 'kelurahan'],
  gampong: ['desa'],
  nagari: ['desa'],
  kabupaten: ['kabupaten'],
  pemkab: ['kabupaten'],
  kota: ['kota'],
  pemkot: ['kota'],
  provinsi: ['provinsi'],
  pemprov: ['provinsi'],
  daerah: ['kabupaten', 'kota', 'provinsi'],
  perusahaan: ['badan_usaha'],
  perseroan: ['badan_usaha'],
  bank: ['badan_usaha'],
  'rumah sakit': ['badan_usaha'],
  koperasi: ['badan_usaha'],
  pabrik: ['badan_usaha', 'umkm'],
  usaha: ['umkm', 'badan_usaha'],
  umkm: ['umkm'],
};
const either = (w: string) => `[${w[0]?.toUpperCase() ?? ''}${w[0] ?? ''}]${w.slice(1)}`;
// the noun, up to eleven modifiers that start in lower case ("swasta", "milik pemerintah daerah",
// "yang beroperasi di Sorowako, Kabupaten Luwu Timur"), a demonstrative
const ANAPHOR = new RegExp(
  `(?<![\\p{L}])(${Object.keys(REFERS).map(either).join('|')})((?:\\s+[a-z][a-z-]*(?:,?\\s+[\\p{L}][\\p{L}-]*){0,10}?)?)\\s+(?:ini|itu|tersebut|yang sama)(?![\\p{L}])`,
  'gu',
);
// "Pihaknya meraih juara": the speaker's side, a regency, city, village or company the story
// named (a governor is named as the host of most stories, rarely as the speaker's side)
// "Kami pernah menjadi juara II pada 2022," kata Wali Kota X: a quote's first person is the
// speaker's side too
const SELF = /(?<![\p{L}])(?:[Pp]ihaknya|[Kk]ami|[Ss]aya)(?![\p{L}])/gu;
const FIRST_PERSON_PRIZE =
  /^[^.,;]{0,60}\b(?:juara|terbaik|peringkat|penghargaan|paritrana|award|trofi|piala)\b/i;
const ANY: readonly WinnerType[] = ['kabupaten', 'kota', 'desa', 'kelurahan', 'badan_usaha'];
const LOOK_BACK = 4;

function typeOf(n: FoundName): WinnerType | null {
  return resolveName(n.text, n.paren)?.type ?? null;
}

function antecedent(before: string[], types: readonly WinnerType[]): FoundName | null {
  for (const text of before.toReversed()) {
    // "… di Kupang": a venue or place is no antecedent
    const found = scanNames(text)
      .filter((n) => !LOCATED.test(text.slice(0, n.start)))
      .toReversed();
    const hit = found.find((n) => {
      const type = typeOf(n);
      return type != null && types.includes(type);
    });
    if (hit) {
      return hit;
    }
  }
  return null;
}

/**
 * Writes out "desa ini", "bank milik daerah itu", "desa yang sama", "pihaknya" as the name they
 * refer to, when the phrase is the subject of a win: the latest name of a matching type in the
 * sentence or the few before it.
 */
export function resolveAnaphora(texts: string[]): string[] {
  const out: string[] = [];
  texts.forEach((text, i) => {
    let result = text;
    const found = [...text.matchAll(ANAPHOR), ...text.matchAll(SELF)];
    for (const m of found.sort((a, b) => b.index - a.index)) {
      const end = m.index + m[0].length;
      if (!AFTER_NAME.test(text.slice(end))) {
        continue;
      }
      // "kami menerima banyak usulan": a first person wins only what the clause names as a prize
      if (/^(?:kami|saya)$/i.test(m[0]) && !FIRST_PERSON_PRIZE.test(text.slice(end))) {
        continue;
      }
      const types = m[1] ? (REFERS[m[1].toLowerCase()] ?? []) : ANY;
      const earlier = [...out.slice(Math.max(0, i - LOOK_BACK), i), text.slice(0, m.index)];
      const who = antecedent(earlier, types);
      if (who) {
        const name = who.paren ? `${who.text} (${who.paren})` : who.text;
        result = result.slice(0, m.index) + name + result.slice(end);
      }
    }
    out.push(result);
  });
  return out;
}
