import { namesProvinceStage, type ArticleContext } from './article-context.ts';
import {
  AFTER_TIME,
  EARLIER_TIME,
  isRepeatWin,
  pastSetOffBefore,
  readAwardTime,
  WON_AGAIN,
  type AwardTime,
} from './award-time.ts';
import { statedLevel } from './build-award.ts';
import { findClauseYears, YEAR_JOIN, yearsJoinedTo } from './edition-year.ts';
import type { WinnerCandidate } from './name-context.ts';
import { findRanks, type RankMention } from './parse-rank.ts';
import { splitByTime } from './time-split.ts';

/** One award a candidate stands for: when, and at which rank. */
export interface CandidateAward {
  time: AwardTime;
  rank: RankMention | null;
  /** The words that state this award's level, when not the whole sentence's. */
  scope?: string;
}

// "Setelah menjadi juara I tingkat Provinsi Jawa Barat pada Agustus 2024, Sumedang kini …": the
// provincial stage the sentence's winner went through first
const FRONTED_WIN =
  /^(?:(?:\d+|satu|dua|tiga|empat|lima|enam|beberapa)\s+(?:hari|pekan|minggu|bulan)\s+)?(?:setelah|sesudah|usai)\s+(?:pada\s+[\p{L}\d ]{3,20}?\s+(?:lalu|kemarin)\s+)?(?:sebelumnya\s+)?(?:menjadi|meraih|menyabet|dinobatkan\s+sebagai)\s+((?:juara|terbaik|peringkat)\s+(?:ke-?)?\S+)\s+([^,]*?\btingkat\s+(?:provinsi\s+)?(?-i:\p{Lu})[^,]*),\s*/iu;

/** The provincial win a fronted clause tells before the name, as its own award, or null. */
function frontedStage(
  text: string,
  cand: WinnerCandidate,
  first: AwardTime,
): CandidateAward | null {
  const m = FRONTED_WIN.exec(text);
  if (!m || cand.name.start < m[0].length || statedLevel(m[2] ?? '') !== 'provinsi') {
    return null;
  }
  const year = findClauseYears(m[2] ?? '')[0]?.year ?? first.editionYear;
  const historical = year != null && first.editionYear != null && year < first.editionYear;
  return {
    time: { editionYear: year, historical },
    rank: findRanks(m[1] ?? '')[0] ?? null,
    scope: m[2] ?? '',
  };
}

// "Setelah menjadi yang terbaik pada Paritrana Award tingkat Provinsi Bali 2022 dan 2023, Badung
// kembali meraih peringkat pertama pada edisi 2024": a fronted clause of dated past wins, before
// the name whose own win the rest of the sentence tells
const FRONTED_PAST =
  /^(?:setelah|sesudah|usai)\s+((?:sebelumnya\s+)?(?:menjadi|meraih|menyabet|menjuarai|merebut|dinobatkan)\b[^,]*?\b20[12]\d\b[^,]*),\s*/i;

// "… sementara Kulon Progo yang menjuarai edisi 2022 dan 2023 harus puas di posisi kedua": a
// relative clause of dated past wins right after the name, before its own place
const RELATIVE_PAST = new RegExp(
  `^,?\\s*yang\\s+(?:sebelumnya\\s+|pernah\\s+)?((?:menjuarai|meraih|menjadi|memenangi|merebut)\\s+[^,.;]*?\\b20[12]\\d(?:${YEAR_JOIN}20[12]\\d)*\\b)\\)?,?\\s+(?=(?-i:\\p{Ll}))`,
  'iu',
);

// "Pada edisi 2022 dan 2023, gelar itu dipegang Kabupaten Maluku Tengah, yang tahun ini berada di
// posisi kedua": this edition's place, told in a relative clause after a name the sentence gives
// past wins
const PRESENT_AFTER = /^,?\s*yang\s+(?:tahun\s+ini|kini|sekarang|pada\s+edisi\s+ini)\s+([^,.;]*)/i;

/**
 * A clause of dated past wins around the candidate (fronted, or relative right after it), with the
 * place the rest of the sentence gives the name itself.
 */
function pastClause(
  text: string,
  cand: WinnerCandidate,
  edition: number | null,
): { start: number; end: number; clause: string; own: RankMention } | null {
  // (only when the rest of the sentence gives the name a place of its own: "Kabupaten Banggai,
  // yang menjadi terbaik pada Paritrana Award 2024, mendaftarkan …" tells one win; and only
  // editions before the story's: "Pemko X yang meraih peringkat 3 Paritrana Award 2025 …" of a
  // story of 2025 is the win itself)
  const read = (start: number, end: number, clause: string) => {
    const own = findRanks(text.slice(end))[0];
    return own &&
      edition != null &&
      (clause.match(/\b20[12]\d\b/g) ?? []).every((y) => Number(y) < edition)
      ? { start, end, clause, own }
      : null;
  };
  const fronted = FRONTED_WIN.test(text) ? null : FRONTED_PAST.exec(text);
  const before =
    fronted && cand.name.start >= fronted[0].length
      ? read(0, fronted[0].length, fronted[1] ?? '')
      : null;
  if (before) {
    return before;
  }
  const relative = RELATIVE_PAST.exec(text.slice(cand.name.end));
  return relative
    ? read(cand.name.end, cand.name.end + relative[0].length, relative[1] ?? '')
    : null;
}

/**
 * Every award a candidate's sentence states for it: the first is its own; then the years listed
 * with it ("pada Paritrana Award 2021 dan 2022"), the earlier win of a repeat ("kali kedua"), and
 * last year's rank set against this year's ("tahun lalu juara 2, tahun ini juara 1", when the
 * sentence names no one else: `single`). `notFirst`: a sentence before said "bukan kali pertama".
 */
export function candidateAwards(
  text: string,
  cand: WinnerCandidate,
  ctx: ArticleContext,
  prior: number | null,
  notFirst = false,
  single = false,
): CandidateAward[] {
  const past = pastClause(text, cand, ctx.editionYear);
  // (the name's own win read with the past clause blanked out, offsets kept)
  const times = candidateTimes(
    past
      ? text.slice(0, past.start) + ' '.repeat(past.end - past.start) + text.slice(past.end)
      : text,
    cand,
    ctx,
    prior,
    notFirst,
  );
  const first = times[0];
  // (not when last year's place belongs to a name before this one: "Kendari, yang tahun lalu di
  // posisi kedua, kini menggeser Kabupaten Kolaka ke peringkat II")
  const split =
    first && !first.historical && single && !pastSetOffBefore(text, cand.name.start)
      ? splitByTime(text)
      : null;
  // "… menjadi yang terbaik, setelah meraih juara I pada 2022, 2023 dan 2024": the past years
  // carry the rank written before them
  const pastRank =
    !cand.rank && first?.historical && first.editionYear != null
      ? rankBeforeYear(text, first.editionYear)
      : null;
  // (the rank a present clause after the name gives is this edition's, not the past wins')
  const present = first?.historical ? PRESENT_AFTER.exec(text.slice(cand.name.end)) : null;
  const nowRank = present ? (findRanks(present[1] ?? '')[0] ?? null) : null;
  const rankOf = (time: AwardTime): RankMention | null => {
    if (split) {
      return split.now;
    }
    if (nowRank) {
      return time.historical ? null : nowRank;
    }
    // ("Kota X, yang menjadi juara I Paritrana Award 2024, turun ke juara II": the place after the
    // past clause is the name's own)
    if (past && !time.historical) {
      return past.own;
    }
    return time.historical ? (cand.rank ?? pastRank) : cand.rank;
  };
  const out: CandidateAward[] = times.map((time) =>
    // (the name's own win, beside a past clause, is at the level the rest of the sentence states)
    past && !time.historical
      ? { time, rank: rankOf(time), scope: text.slice(past.end) }
      : { time, rank: rankOf(time) },
  );
  if (nowRank && ctx.editionYear != null && !times.some((t) => !t.historical)) {
    out.unshift({ time: { editionYear: ctx.editionYear, historical: false }, rank: nowRank });
  }
  // "naik dari posisi keempat pada 2023", "mengulang hasil yang sama pada Paritrana Award 2024":
  // the subject's own earlier result, dated
  const earlier =
    single && first && !first.historical ? earlierResult(text, cand.rank, first.editionYear) : null;
  const fronted = first && !first.historical ? frontedStage(text, cand, first) : null;
  if (fronted) {
    out.push(fronted);
  }
  if (past && first) {
    const { clause } = past;
    const rank = findRanks(clause)[0] ?? null;
    // (every year the clause writes, but a date's: "(2022 dan 2023)", not "(13/12/2024)")
    const years = (clause.match(/(?<![/\d])\b20[12]\d\b/g) ?? []).map(Number);
    for (const year of new Set(years)) {
      if (year !== first.editionYear && !out.some((a) => a.time.editionYear === year)) {
        const historical = first.editionYear == null || year < first.editionYear;
        out.push({ time: { editionYear: year, historical }, rank, scope: clause });
      }
    }
  }
  if (earlier && !times.some((t) => t.editionYear === earlier.year)) {
    out.push({ time: { editionYear: earlier.year, historical: true }, rank: earlier.rank });
  }
  if (split) {
    // last year's rank is the edition before this one (editions are handed over a year later)
    const last =
      ctx.editionYear != null
        ? ctx.editionYear - 1
        : ctx.articleYear != null
          ? ctx.articleYear - 1
          : null;
    out.push({ time: { editionYear: last, historical: true }, rank: split.past });
  }
  return out;
}

const ROSE_FROM =
  /\b(?:naik|meningkat|melonjak|melompat)\s+dari\s+((?:posisi|peringkat|urutan|juara)\s+(?:ke-?)?\S+?)\s+(?:(?:pada|di)\s+)?(?:tahun\s+)?(?:Paritrana(?:\s+Award)?\s+)?(20[12]\d)\b/i;
// "PT X, yang pada Paritrana Award 2022 menjadi peringkat pertama": the place a relative clause
// after the name gives it in an earlier edition
const WAS_THEN =
  /,\s*yang\s+(?:pada|di)\s+(?:edisi\s+|tahun\s+)?(?:Paritrana(?:\s+Award)?\s+)?(20[12]\d)(?:\s+lalu)?\s+(?:tercatat\s+sebagai|menjadi|meraih|menempati)\s+((?:posisi|peringkat|urutan|juara|terbaik)\s+(?:ke-?)?[\p{L}\d]+)/iu;
const REPEATS =
  /\bmengulang(?:i)?\s+(?:hasil|prestasi|capaian|raihan|keberhasilan)\s+(?:yang\s+)?(?:sama\s+)?(?:(?:pada|di|seperti)\s+)?(?:tahun\s+)?(?:Paritrana(?:\s+Award)?\s+)?(20[12]\d)\b/i;
// "… setelah pada tahun sebelumnya juga meraih predikat yang sama": the same result a year before
const SAME_BEFORE = new RegExp(
  `\\b${AFTER_TIME}${EARLIER_TIME}\\s+${WON_AGAIN}\\s+(?:predikat|gelar|juara|penghargaan|posisi|peringkat|hasil)\\s+(?:yang\\s+)?sama\\b`,
  'i',
);

/** A result the sentence's subject had before: the rank it rose from, or the one it repeats. */
function earlierResult(
  text: string,
  now: RankMention | null,
  edition: number | null,
): { year: number; rank: RankMention | null } | null {
  const was = WAS_THEN.exec(text);
  if (was) {
    return { year: Number(was[1]), rank: findRanks(was[2] ?? '')[0] ?? null };
  }
  const rose = ROSE_FROM.exec(text);
  if (rose) {
    return { year: Number(rose[2]), rank: findRanks(rose[1] ?? '')[0] ?? null };
  }
  const repeats = REPEATS.exec(text);
  if (repeats) {
    return { year: Number(repeats[1]), rank: now };
  }
  return SAME_BEFORE.test(text) && edition != null ? { year: edition - 1, rank: now } : null;
}

/** The rank written right before a year: "juara I pada 2022", "terbaik 2 tahun 2021". */
function rankBeforeYear(text: string, year: number): RankMention | null {
  const m = new RegExp(
    `\\b((?:juara|terbaik|peringkat|posisi)\\s+\\S+)\\s+(?:(?:pada|di)\\s+)?(?:tahun\\s+)?(?:Paritrana(?:\\s+Award)?\\s+)?${year}\\b`,
    'i',
  ).exec(text);
  return m ? (findRanks(m[1] ?? '')[0] ?? null) : null;
}

const RECENT =
  /\b(?:(?:pekan|minggu|bulan|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?:lalu|kemarin)|baru-baru\s+ini|baru\s+saja|beberapa\s+(?:hari|waktu)\s+(?:lalu|yang\s+lalu)|kemarin|hari\s+ini|tadi)\b/i;

// "… itu sebelumnya menjadi juara 1 tingkat Provinsi Banten", "… sebelumnya meraih juara I tahap
// Provinsi Jambi pada Juli 2025" in a national story: the provincial stage of the edition the
// story reports, not an earlier edition (no other edition's year, no "tahun lalu")
// (or the stage by its province: "Deli Serdang sebelumnya juara I tahap Sumatera Utara")
const EARLIER = /\b(?:sebelumnya|lebih\s+dulu|terlebih\s+dahulu)\b([^.;]*)/i;
const earlierStage = (text: string): boolean => {
  const after = EARLIER.exec(text)?.[1];
  return (
    after != null &&
    (/\b(?:tingkat|tahap|level)\s+provinsi\b/i.test(after) || namesProvinceStage(after))
  );
};
// (nor "pernah": "Siak sebelumnya pernah meraih juara II … tingkat Riau" is a past win)
const ANOTHER_EDITION =
  /\b(?:tahun|edisi|periode)\s+(?:lalu|sebelumnya|kemarin)\b|\b\d+\s+tahun\b|\bpernah\b/i;

/** A past time a national story gives its winner's provincial stage, read as this edition's. */
function sameEditionStage(text: string, time: AwardTime, ctx: ArticleContext): AwardTime | null {
  const edition = ctx.editionYear;
  if (
    !time.historical ||
    ctx.level !== 'nasional' ||
    edition == null ||
    (time.editionYear != null && time.editionYear !== edition) ||
    !earlierStage(text) ||
    ANOTHER_EDITION.test(text) ||
    (text.match(/\b20[12]\d\b/g) ?? []).some((y) => Number(y) < edition)
  ) {
    return null;
  }
  return { editionYear: edition, historical: false };
}

// the national cues a story of the national stage writes, at least
const NATIONAL_STORY = 2;
// a past the sentence tells ("pernah", "sebelumnya", "tahun lalu", a speech's "mengingatkan bahwa …")
const TOLD_PAST =
  /\b(?:pernah|sempat|sebelumnya|mengingatkan|mengenang|tahun\s+lalu|edisi\s+(?:lalu|sebelumnya)|dulu|silam|kala\s+itu|saat\s+itu)\b/i;

/**
 * The national stage of the edition a national story reports, handed over two years after it
 * ("Paritrana Award 2024 tingkat nasional … diserahkan … Rabu (18/2/2026)"): this edition's win,
 * not a past one, when the sentence tells no past.
 */
function lateNationalCeremony(
  text: string,
  time: AwardTime,
  ctx: ArticleContext,
): AwardTime | null {
  const edition = ctx.editionYear;
  // (not in a story of something else, which cites the win as background: a story of the
  // national stage tells it more than once)
  return time.historical &&
    !ctx.background &&
    ctx.level === 'nasional' &&
    ctx.nationalCues >= NATIONAL_STORY &&
    edition != null &&
    time.editionYear === edition &&
    ctx.articleYear === edition + 2 &&
    !TOLD_PAST.test(text)
    ? { editionYear: edition, historical: false }
    : null;
}

function candidateTimes(
  text: string,
  cand: WinnerCandidate,
  ctx: ArticleContext,
  prior: number | null,
  notFirst: boolean,
): AwardTime[] {
  const scoped = text.slice(cand.scope.start, cand.scope.end);
  // a rank with its own year ("juara 3 pada 2022 dan juara 2 pada 2023") is read in its scope
  const own = cand.scope.start > cand.name.end && findClauseYears(scoped).length > 0;
  const stated = readAwardTime(
    own ? scoped : text,
    own ? 0 : cand.name.start,
    ctx.editionYear,
    ctx.articleYear,
    prior,
    ctx.editionTied,
  );
  // after "Ini bukan kali pertama X meraih …", a win the sentence gives no year for is an earlier
  // one; so is one an op-ed or background story cites without a year (not the article's edition)
  const borrowed =
    findClauseYears(text).length === 0 &&
    (stated.editionYear === ctx.editionYear || stated.editionYear === prior);
  // a story about something else cites its wins as background, unless it says the win is
  // recent ("Pekan lalu, perusahaan yang dipimpinnya dinobatkan sebagai juara I")
  // (or dates it to the article's own year: a year-end review's "Paritrana Award 2023" of 2023)
  // (undated, a story whose own edition is the latest year it writes: "Langkah itu membuat X
  // dinobatkan sebagai juara 1 … Paritrana Award 2025" in a feature that otherwise tells 2019)
  // (or to the year before: an edition's ceremonies fall in its year and the next, so a budget
  // session's "capaian pada Paritrana Award 2024" in April 2025, an LKPJ's or an anniversary's in
  // August 2025, cite the latest; a year earlier is background)
  const thisYear =
    stated.editionYear != null &&
    (ctx.articleYear != null
      ? stated.editionYear >= ctx.articleYear - 1
      : !ctx.opinion &&
        stated.editionYear === ctx.editionYear &&
        stated.editionYear === ctx.latestYear);
  const background = ctx.background && !RECENT.test(text) && !thisYear;
  const earlier = borrowed && ((notFirst && !stated.historical && prior == null) || background);
  const told =
    background || earlier
      ? { editionYear: earlier ? null : stated.editionYear, historical: true }
      : stated;
  const time = sameEditionStage(text, told, ctx) ?? lateNationalCeremony(text, told, ctx) ?? told;
  const out = [time];
  const joined = time.editionYear ? yearsJoinedTo(own ? scoped : text, time.editionYear) : [];
  for (const year of joined) {
    const past = time.historical || (ctx.editionYear != null && year < ctx.editionYear);
    out.push({ editionYear: year, historical: past });
  }
  if (!time.historical && isRepeatWin(text)) {
    const past = readAwardTime(text.replace(/\b20\d\d\b/g, ''), 0, null, null, null);
    out.push({ editionYear: past.editionYear, historical: true });
  }
  return out;
}
