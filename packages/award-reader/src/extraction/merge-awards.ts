import { normalizeKey } from '../gazetteer/normalize-key.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import type { AwardMention } from '../types.ts';
import { ONWARD, statedLevel, statedLevelAt } from './build-award.ts';
import { defaultCategory } from './parse-category.ts';
import { OWN_ASIDE } from './word-lists.ts';

const timeOf = (a: AwardMention) => (a.historical ? `h${a.editionYear ?? ''}` : 'now');
const keyOf = (a: AwardMention) => `${normalizeKey(a.winnerCanonical)}|${timeOf(a)}`;

// a hospital's short form opening its name: "RSIA Permata Hati" is "Rumah Sakit Ibu dan Anak
// Permata Hati"
const FACILITY: ReadonlyArray<[RegExp, string]> = [
  [/^rsia /, 'rumah sakit ibu dan anak '],
  [/^rsud /, 'rumah sakit umum daerah '],
  [/^rsu /, 'rumah sakit umum '],
  [/^rs /, 'rumah sakit '],
];
const spelledOut = (key: string): string =>
  FACILITY.reduce((k, [short, long]) => k.replace(short, long), key);

const COOPERATIVE = /^(?:koperasi|kop(?:kar|dit|ontren|wan)|ksp|ksu|kud|kspps|kpri)\b/i;
const cooperative = (x: AwardMention): boolean => COOPERATIVE.test(x.winnerCanonical.trim());

/** Whether two company names are one: "Es Teh Ayu" / "Es Teh Ayu Malang", "RSUD Ayu" / "RSUD dr. Ayu". */
function extends_(a: AwardMention, b: AwardMention): boolean {
  const org = (x: AwardMention) => x.winnerType === 'badan_usaha' || x.winnerType === 'umkm';
  // (a company and its employees' cooperative are two winners: "PT Baja Pesisir Cilegon" and
  // "Kopkar Baja Pesisir")
  if (!org(a) || !org(b) || timeOf(a) !== timeOf(b) || cooperative(a) !== cooperative(b)) {
    return false;
  }
  const [x, y] = [a, b].map((m) => spelledOut(normalizeKey(m.winnerCanonical))) as [string, string];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // "RSUD Rasidin" in "RSUD dr. Rasidin Padang": the short name's words, in order, in the long one
  const words = short.split(' ');
  let at = 0;
  const inOrder = words.every((w) => (at = long.split(' ').indexOf(w, at) + 1) > 0);
  return long.startsWith(`${short} `) || (words.length >= 2 && inOrder) || sharesName(a, b);
}

/**
 * "Bank Jatim" and "PT Bank Pembangunan Daerah (BPD) Jawa Timur": one of their names is one
 * ("Sinode GMIST Raya" is "GMIST Raya", the short form of the synod's full name, with its marker).
 */
function sharesName(a: AwardMention, b: AwardMention): boolean {
  const named = (x: AwardMention) => [x.winnerCanonical, x.winner, ...x.aliases];
  const names = (x: AwardMention) => new Set(named(x).map((n) => normalizeKey(n)));
  // (one side's marker left out, never both: "Kopdit TLM" and "Kopdir TLM" are two winners)
  const unmarked = (x: AwardMention) => named(x).map((n) => normalizeKey(withoutMarker(n)));
  const [ours, theirs] = [names(a), names(b)];
  return (
    initialsOf(a, b) ||
    initialsOf(b, a) ||
    [...ours].some((n) => theirs.has(n)) ||
    unmarked(a).some((n) => theirs.has(n)) ||
    unmarked(b).some((n) => ours.has(n))
  );
}

// the words a firm's initials skip: its legal form, "dan"
const NOT_INITIALLED = /^(?:pt|cv|ud|tbk|persero|dan|&)$/i;

/** Whether `short` is written as `long`'s initials ("PT SKM" for "PT Sawit Kampar Makmur"). */
function initialsOf(short: AwardMention, long: AwardMention): boolean {
  // (at one level: a short form's other stage is no mention of this one)
  if (short.level !== long.level) {
    return false;
  }
  const letters = withoutMarker(short.winnerCanonical).replace(/^PT\s+/, '');
  if (!/^[A-Z]{2,5}$/.test(letters)) {
    return false;
  }
  const words = withoutMarker(long.winnerCanonical)
    .split(/\s+/)
    .filter((w) => !NOT_INITIALLED.test(w));
  return words.length === letters.length && words.map((w) => w[0]).join('') === letters;
}

/** A name without the org or business word that opens it ("Sinode GMIST Raya" → "GMIST Raya"). */
function withoutMarker(name: string): string {
  const marker = orgMarker(name)?.marker;
  return marker && name.length > marker.length ? name.slice(marker.length).trim() : name;
}

// a stage still to come ("akan mewakili … di tingkat nasional") states no level won
const STAGE_AHEAD = /\b(?:akan|mewakili|diusulkan|menuju|maju\s+ke|melaju\s+ke|tahun\s+depan)\b/i;

/**
 * Whether a mention states its own level, and no stage still to come (a headline's too: "Dari
 * Palu ke Jakarta, Banggai Terbaik I Nasional" over a body telling both stages).
 */
// (the onward stage written out whole, "… dan diusulkan ke tingkat nasional", is set aside first:
// the stage the mention won is still stated)
// (in its own clause, when the sentence sets clauses apart: "Sleman … tingkat nasional, sementara
// Bantul … tingkat Provinsi DIY")
// (or in the aside set off after its name: "X, yang sebelumnya juara I tingkat provinsi, meraih
// peringkat kedua nasional" states both)
const statesLevel = (m: AwardMention): boolean => {
  const at = m.evidence.text.indexOf(m.winner);
  const aside = at < 0 ? null : OWN_ASIDE.exec(m.evidence.text.slice(at + m.winner.length))?.[0];
  return (
    !STAGE_AHEAD.test(m.evidence.text.replace(ONWARD, ' ')) &&
    ((at < 0 ? statedLevel(m.evidence.text) : statedLevelAt(m.evidence.text, at)) === m.level ||
      (aside != null && statedLevel(aside) === m.level))
  );
};

/**
 * "Desa X meraih juara I Paritrana Award 2024 tingkat nasional … X sebelumnya meraih juara I
 * tingkat Jawa Tengah": one winner, both stages of one edition, when this mention and one of the
 * record's state their own, different levels (one whose stage is still to come states none).
 */
function twoStages(a: AwardMention, record: Stated): boolean {
  // (or one sentence gives both: "Setelah menjadi juara I tingkat Provinsi X, Y kini terbaik I
  // nasional")
  // (or a national story's winner, its stage unstated, said to have won its province's stage:
  // "Kabupaten X meraih Terbaik I … Keduanya sebelumnya juara 1 … tingkat Provinsi Bali", or
  // read at it from the sentences before with a rank of its own: "Sebelumnya, di tingkat
  // provinsi, … Saat itu, X meraih juara I")
  return (
    (statesLevel(a) && record.some((m) => m.level != null && m.level !== a.level)) ||
    record.some((m) => m.start === a.evidence.start && m.read !== a.level) ||
    (a.level === 'provinsi' &&
      record.every((m) => m.level == null && m.read === 'nasional') &&
      (statesLevel(a) || (a.rank != null && record.some((m) => m.rank != null))))
  );
}

/**
 * A merged record's mentions: the sentence each came from, the category and level it stated, and
 * the level it was read with.
 */
type Stated = Array<{
  start: number;
  rank: number | null;
  category: string | null;
  level: string | null;
  read: string;
  /** Whether the mention's words name no stage at all (a headline's "Raih Terbaik I …"). */
  bare: boolean;
}>;

// any word of a stage or a province's award
const STAGE_WORD = /\b(?:tingkat|tahap|provinsi|prov|nasional|se-|pemprov|gubernur)/i;

/**
 * "X meraih juara I kategori A dan juara I kategori B": one sentence, two categories, two awards
 * (whatever mention of X, a headline's, the record merged first). A mention with no rank beside
 * one with a rank is the same award ("X menerima sejumlah penghargaan, antara lain predikat KLA
 * kategori Nindya, serta juara II Paritrana Award").
 */
function twoCategories(a: AwardMention, stated: Stated): boolean {
  return (
    a.category != null &&
    stated.some(
      (m) =>
        m.start === a.evidence.start &&
        (m.rank == null) === (a.rank == null) &&
        m.category != null &&
        normalizeKey(m.category) !== normalizeKey(a.category ?? ''),
    )
  );
}

/**
 * Merges repeated mentions of one result: same winner, same time, and ranks that agree (or one
 * missing). Different ranks stay separate: one winner can hold several categories.
 */
export function mergeAwards(awards: AwardMention[]): AwardMention[] {
  const out: AwardMention[] = [];
  const stated = new Map<AwardMention, Stated>();
  for (const a of awards) {
    const same = out.find(
      (b) =>
        (keyOf(a) === keyOf(b) || extends_(a, b)) &&
        (a.rank == null || b.rank == null || a.rank === b.rank) &&
        !twoCategories(a, stated.get(b) ?? []) &&
        !twoStages(a, stated.get(b) ?? []),
    );
    const mention = {
      start: a.evidence.start,
      rank: a.rank,
      category: a.category,
      level: statesLevel(a) ? a.level : null,
      read: a.level,
      bare: !STAGE_WORD.test(a.evidence.text),
    };
    if (!same) {
      const record = { ...a, aliases: [...a.aliases] };
      out.push(record);
      stated.set(record, [mention]);
      continue;
    }
    // (a mention that states its level outweighs ones read with the story's: a headline's "Raih
    // Terbaik I Paritrana Award 2024" over the body's "… tingkat nasional")
    if (mention.level != null && (stated.get(same) ?? []).every((m) => m.bare)) {
      same.level = a.level;
      same.province = a.province;
    }
    stated.get(same)?.push(mention);
    if (same.rank == null && a.rank != null) {
      // the sentence that states the rank states the result; a headline only announces it
      same.rank = a.rank;
      same.rankLabel = a.rankLabel;
      same.level = a.level;
      same.province = a.province;
      same.category = a.category ?? same.category;
    }
    for (const alias of [a.winner, ...a.aliases]) {
      if (alias !== same.winner && !same.aliases.includes(alias)) {
        same.aliases.push(alias);
      }
    }
    if (a.category && (!same.category || same.category === defaultCategory(same.winnerType))) {
      same.category = a.category;
    }
    same.regionCode ??= a.regionCode;
    same.regionParent ??= a.regionParent;
    same.recipient ??= a.recipient;
    same.confidence = Math.min(0.95, Math.max(same.confidence, a.confidence) + 0.05);
  }
  // "ketiga kalinya" adds a past win of unknown year; one the article dates already stands for it
  // (at the same rank, when it has one: "untuk ketiga kalinya … peringkat pertama" beside "juara
  // pertama pada 2022 dan 2024")
  const dated = (a: AwardMention) =>
    out.some(
      (b) =>
        b.historical &&
        b.editionYear != null &&
        (a.rank == null || b.rank === a.rank) &&
        keyOf(b).startsWith(nameKey(a)),
    );
  return out.filter((a) => !(a.historical && a.editionYear == null && dated(a)));
}

const nameKey = (a: AwardMention) => `${normalizeKey(a.winnerCanonical)}|`;
