import { normalizeKey } from '../gazetteer/normalize-key.ts';
import { VILLAGE_OF_HEAD, type WinnerIdentity } from '../gazetteer/resolve-name.ts';
import type { AwardMention } from '../types.ts';
import { findBareRegion } from '../gazetteer/find-region.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import { scanNames } from './scan-names.ts';
import { eitherFirstCase } from './word-lists.ts';
import { VILLAGE_WORDS } from '../gazetteer/resolve-village.ts';

// "Kabupaten Tulang Bawang Barat (Tubaba)": a region's syllable short form, not a place
const REGION_HEAD = /^(?:kabupaten|kota|provinsi|pemerintah (?:kabupaten|kota|provinsi))\s/i;
// (or its government's: "Pemerintah Kabupaten Maluku Tenggara (Pemkab Malra)")
const isRegionShortForm = (text: string, paren: string): boolean => {
  const short = /^(?:(?:Pemkab|Pemkot|Pemprov)\s+)?(\p{Lu}\p{Ll}{3,9})$/u.exec(paren)?.[1];
  return REGION_HEAD.test(text) && short != null && !findBareRegion(short);
};

/** Short forms an article introduces in parentheses: "PT Putera Manunggal Perkasa (PMP)". */
export function localAliases(sentences: string[]): Map<string, { text: string; paren: string }> {
  const out = new Map<string, { text: string; paren: string }>();
  for (const s of sentences) {
    for (const n of scanNames(s)) {
      // regions' common short forms (PPU, Tangsel) live in the alias table; companies' and a
      // region's own "(Tubaba)" are per article
      const company = n.paren != null && /^[A-Z]{2,6}$/.test(n.paren) && orgMarker(n.text);
      if (n.paren && (company || isRegionShortForm(n.text, n.paren))) {
        out.set(normalizeKey(n.paren), { text: n.text, paren: n.paren });
      }
    }
  }
  return out;
}

/** Writes each short form out in full ("PMP" → "PT Putera Manunggal Perkasa (PMP)"). */
export function expandShortForms(
  sentence: string,
  short: Map<string, { text: string; paren: string }>,
): string {
  let out = sentence;
  for (const { text, paren } of short.values()) {
    out = out.replace(
      new RegExp(`(?<![\\p{L}(])${paren}(?![\\p{L})])`, 'gu'),
      `${text} (${paren})`,
    );
  }
  return out;
}

const HEAD =
  /\b(Gubernur|Bupati|Wali\s?[Kk]ota)\s+((?:[\p{Lu}][\p{L}]*\s+){0,2}[\p{Lu}][\p{L}]*),?\s+((?:(?:H|Hj|Dr|Drs|Ir|Prof)\.?\s+)*[\p{Lu}][\p{L}'’]+(?:\s+[\p{Lu}][\p{L}'’]+){0,3})/gu;

/**
 * People an article names as heads of a region ("Gubernur Jambi, Al Haris"), so that a later
 * "Gubernur Al Haris" can be written "Gubernur Jambi Al Haris". Maps title + person → title +
 * region + person.
 */
export function officialNames(sentences: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sentences) {
    for (const m of s.matchAll(HEAD)) {
      const [title, place, person] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
      const words = `${place} ${person}`.split(/\s+/);
      for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
        const region = findBareRegion(words.slice(0, n).join(' '));
        if (region) {
          const who = words.slice(n).join(' ');
          out.set(`${title} ${who}`, `${title} ${region.bare} ${who}`);
          break;
        }
      }
    }
  }
  return out;
}

// '"Piala ini milik warga," kata Yuliansyah', "Hendri mengatakan …": a person the story quotes by
// one name
// (one name alone: not "Wali Nagari Sumpur mengatakan", "kata Kepala Desa Sumpur")
const SPEAKER =
  /\b(?:kata|ujar|ungkap|tutur|jelas|tegas|sebut)\s+(\p{Lu}\p{Ll}+)(?=\s*[,.;"”]|\s*$)|(?:^|[.,;"”]\s*)(\p{Lu}\p{Ll}+)\s+(?:mengatakan|menyebut(?:kan)?|menjelaskan|berharap|menambahkan|mengaku|menuturkan|mengungkapkan|menegaskan)\b/gu;

/**
 * The one-word names of people a story quotes ("kata Yuliansyah", "Hendri mengatakan"), so that
 * a village head's title before such a name ("Kepala Desa Yuliansyah") is read as a person's.
 */
export function quotedPeople(sentences: string[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) {
    for (const m of s.matchAll(SPEAKER)) {
      const name = m[1] ?? m[2] ?? '';
      if (
        !findBareRegion(name) &&
        !(VILLAGE_WORDS as readonly string[]).includes(name.toLowerCase())
      ) {
        out.add(name);
      }
    }
  }
  return out;
}

// (each title's words spelled with either first letter, so the name after it is read case-true:
// no case-blind flag)
const caseBlind = (words: string): string => words.split(' ').map(eitherFirstCase).join('\\s+');
const HEAD_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(${Object.keys(VILLAGE_OF_HEAD).map(caseBlind).join('|')})\\s+(\\p{Lu}\\p{Ll}+)(?![\\p{L}])`,
  'gu',
);

/**
 * A village head's title set apart from the quoted person after it ("mengarak Kepala Pekon Hendri
 * Saputra" → "mengarak Kepala Pekon, Hendri Saputra"), so no village is read from the person.
 */
export function headsApart(sentence: string, people: ReadonlySet<string>): string {
  return people.size === 0
    ? sentence
    : sentence.replace(HEAD_THEN_NAME, (all: string, title: string, name: string) =>
        people.has(name) ? `${title}, ${name}` : all,
      );
}

/** Writes "Gubernur Al Haris" as "Gubernur Jambi Al Haris" for the people `officialNames` found. */
export function expandOfficials(sentence: string, heads: Map<string, string>): string {
  let out = sentence;
  for (const [short, full] of heads) {
    out = out.split(short).join(full);
  }
  return out;
}

const LEGAL = /^(?:pt|cv|ud) /;

/**
 * Completes a name cut off by the end of an excerpt ("PT Timor Otsuk") from an award already
 * found whose name it begins. Updates `who` in place; returns whether it matched.
 */
export function completeTruncated(who: WinnerIdentity, awards: AwardMention[]): boolean {
  const cut = normalizeKey(who.winner).replace(LEGAL, '');
  if (cut.length < 4) {
    return false;
  }
  const full = awards.find((a) =>
    [a.winner, a.winnerCanonical].some((n) => {
      const key = normalizeKey(n).replace(LEGAL, '');
      return key.startsWith(cut) && key !== cut;
    }),
  );
  if (!full) {
    return false;
  }
  who.aliases = [...new Set([...who.aliases, who.canonical])];
  who.canonical = full.winnerCanonical;
  return true;
}

/**
 * Villages an article names with their word ("Desa Wunut"), by their bare name ("Wunut"), so
 * that a later "Wunut sebelumnya meraih …" is the village. A bare name that is also a region's
 * is left alone.
 */
export function villageNames(sentences: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sentences) {
    for (const n of scanNames(s)) {
      const m = /^(\p{Lu}\p{L}+)\s+(\p{Lu}\p{L}{3,}(?:\s+\p{Lu}\p{L}+)?)$/u.exec(n.text);
      if (
        m?.[1] &&
        m[2] &&
        (VILLAGE_WORDS as readonly string[]).includes(m[1].toLowerCase()) &&
        !findBareRegion(m[2])
      ) {
        out.set(m[2], n.text);
      }
    }
  }
  return out;
}

/** Writes a village's bare name out with its word ("Wunut" → "Desa Wunut"). */
export function expandVillages(sentence: string, villages: Map<string, string>): string {
  let out = sentence;
  for (const [bare, full] of villages) {
    out = out.replace(
      // (not inside another name: "PT Juata Laut Lestari", "Kopi Bukit Catur"; nor after its word
      // and the spaces a line break joined again left: "Desa  Kemiren")
      new RegExp(
        `(?<!\\b(?:${VILLAGE_WORDS.join('|')})\\s+)(?<!\\p{Lu}[\\p{L}.]*\\s+)(?<![\\p{L}])${bare}(?![\\p{L}])(?!\\s+\\p{Lu})`,
        'gu',
      ),
      full,
    );
  }
  return out;
}
