import { findClauseYears, findEditionYears } from './edition-year.ts';
import { findRanks } from './parse-rank.ts';

/** When an award was won: its edition year and whether it is a past result mentioned in passing. */
export interface AwardTime {
  editionYear: number | null;
  historical: boolean;
}

// "yang lalu" after a date means "ago", and a bare "sebelumnya" often introduces the new result
// "pernah meraih" (has once won), but not "belum pernah" (never before) or "pernah dilanda"
// "X sebelumnya juga meraih" (before this), but not "Sebelumnya, X meraih" (a story's recap)
const PAST_CUE =
  /\b(?:tahun\s+(?:lalu|kemarin|sebelumnya)|(?:(?<!belum\s)pernah|(?<![.,]\s*|^)sebelumnya)\s+(?:juga\s+)?(?:pernah\s+)?(?:meraih|menjadi|menyabet|memenangkan|memenangi|dinobatkan|menerima|mendapat(?:kan)?|memperoleh|juara|terpilih|ditetapkan))\b/i;
const LAST_YEAR = /\b(?:(dua|tiga|\d)\s+)?tahun\s+(?:lalu|kemarin)\b/i;
const LATER =
  /\b(?:setahun|(dua|tiga|\d)\s+tahun)\s+(?:berikutnya|kemudian|setelahnya|sesudahnya)\b|\btahun\s+berikutnya\b/i;
const COUNT: Record<string, number> = { dua: 2, tiga: 3 };
const countOf = (w: string) => COUNT[w.toLowerCase()] ?? (/^\d$/.test(w) ? Number(w) : null);
// "tahun ini", "kali ini", "(pada) hari ini": the time of the news, not a past one
export const THIS_YEAR = /\b(?:tahun ini|kali ini|hari ini)\b/i;

// "Setelah tahun lalu harus puas di posisi kedua, X kini …": a fronted clause tells the past
const FRONTED = /^(?:setelah|sesudah|usai|meski(?:pun)?|walau(?:pun)?|jika|bila)\b[^,]*,/i;

/** Whether every past cue of a sentence lies in a fronted clause that ends before the name. */
function inFrontedClause(sentence: string, nameStart: number): boolean {
  const clause = FRONTED.exec(sentence)?.[0] ?? '';
  return (
    clause.length > 0 && clause.length <= nameStart && !PAST_CUE.test(sentence.slice(clause.length))
  );
}

// clauses that set two groups apart: ", sedangkan", ", sementara (itu)", ", adapun", ";"
const CONTRAST = /,\s*(?:sedangkan|sementara(?:\s+itu)?|adapun|namun)\s+|;\s*/giu;
const ASSESSED =
  /\b(?:untuk|pada|atas|hasil|dalam)\s+penilaian\s+(?:kinerja\s+)?(?:tahun\s+)?(20[12]\d)\b/i;

/** The clause of a contrasted sentence the name lies in, or null when it has one clause. */
export function contrastClause(
  sentence: string,
  nameStart: number,
): { start: number; end: number } | null {
  const cuts = [...sentence.matchAll(CONTRAST)];
  if (cuts.length === 0) {
    return null;
  }
  let start = 0;
  for (const c of cuts) {
    const end = c.index;
    if (nameStart < end) {
      return { start, end };
    }
    start = c.index + c[0].length;
  }
  return { start, end: sentence.length };
}

/** The last year a sentence states (a year phrase, an edition or an assessed year), or null. */
export function lastStatedYear(sentence: string): number | null {
  const years = [
    ...findClauseYears(sentence),
    ...[...sentence.matchAll(new RegExp(ASSESSED.source, 'gi'))].map((m) => ({
      year: Number(m[1]),
      index: m.index,
    })),
  ].sort((a, b) => a.index - b.index);
  return years[years.length - 1]?.year ?? null;
}

/** Whether a clause states its own time: a year, an assessed year or a past cue. */
const hasOwnTime = (clause: string): boolean =>
  findClauseYears(clause).length > 0 || ASSESSED.test(clause) || PAST_CUE.test(clause);

// (or a note in parentheses: "Kabupaten Lamongan (tahun 2024 juara 3)")
const FORMER =
  /,?\s+(?:naik|turun|melonjak|meningkat|merosot)\s+dari\s+(?:posisi|peringkat|juara|urutan|terbaik)\b|,\s*yang\s+(?:pada|di)\s+(?:edisi\s+|tahun\s+)?(?:Paritrana(?:\s+Award)?\s+)?20[12]\d(?:\s+lalu)?\s+(?:tercatat\s+sebagai|menjadi|meraih|menempati)\s+(?:posisi|peringkat|urutan|juara|terbaik)\b|\s*\((?:tahun\s+|edisi\s+)?(?:19|20)\d\d\s*:?\s+(?:juara|peringkat|terbaik|posisi)\b/i;
// "X kembali meraih juara I setelah pada tahun sebelumnya juga meraih predikat yang sama": the
// clause after the win tells the earlier one
// ("setelah pada" … "juga meraih": the words around an earlier time, shared with candidate-times)
export const AFTER_TIME = '(?:setelah|sesudah|seperti|sebagaimana)\\s+(?:pada\\s+|di\\s+)?';
export const EARLIER_TIME = '(?:tahun\\s+(?:lalu|sebelumnya|kemarin)|edisi\\s+sebelumnya)';
export const WON_AGAIN =
  '(?:juga\\s+|pun\\s+)?(?:meraih|menjadi|memperoleh|mendapat(?:kan)?|menyandang|menerima)';
const REPEATED_AFTER = new RegExp(
  `,?\\s+${AFTER_TIME}(?:${EARLIER_TIME}|(?:pada\\s+)?(?:tahun\\s+)?20[12]\\d)\\s+${WON_AGAIN}\\b`,
  'i',
);

const PLACED_BEFORE =
  /,\s*(?:setelah|sesudah)\s+(?:sebelumnya\s+)?(?:meraih|menjadi|menempati)\s+(?:juara|peringkat|terbaik|posisi)\s+\S+\s+(?:pada\s+)?(?:tahun\s+)?20[12]\d\b/i;

// the name, then a comma and a winner's role (or a relative clause that tells the win: "X, yang
// menjadi terbaik pada Paritrana Award 2024, …") up to the next comma
const APPOSED_WIN =
  /^[^,]{1,80},\s*((?:sang\s+)?(?:pemenang|peraih|juara)\b[^,]{1,80}|yang\s+(?:juga\s+|kembali\s+|berhasil\s+)?(?:menjadi|meraih|menyabet|memboyong|menerima|dinobatkan|keluar\s+sebagai)\b[^,]{1,120}),/i;

// "Kota Metro yang tahun sebelumnya diunggulkan harus puas di posisi kedua", "X, yang tahun lalu
// gagal masuk lima besar, kini …": last year the name was no winner; that past is not its win's
// ("X melonjak ke juara II setelah tahun lalu berada di urutan ketujuh": a place out of the
// awards, no earlier win)
const PAST_NO_WIN =
  /\byang\s+(?:pada\s+)?tahun\s+(?:lalu|sebelumnya|kemarin)\s+(?:di(?:unggulkan|favoritkan|jagokan)|gagal|hanya|belum|tidak|tak|absen|luput|cuma)\b|\b(?:setelah|sesudah)\s+(?:pada\s+)?tahun\s+(?:lalu|sebelumnya|kemarin)\s+(?:hanya\s+|cuma\s+)?(?:berada|bertengger|duduk|tertahan)\s+di\s+(?:urutan|posisi|peringkat)\s+(?:ke-?\s*(?:[4-9]|\d\d)|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|belasan)\b/i;

const SAME_EDITION =
  /\b(?:pada|di|dalam)\s+(?:ajang|edisi|penyelenggaraan|gelaran|musim|siklus)\s+yang\s+sama\b/i;
const OTHERS_PAST =
  /(?<=\p{Lu}[\p{L}]*\s)yang\s+(?:pada\s+)?tahun\s+(?:lalu|sebelumnya|kemarin)\b[^,.;]*/u;

const SET_OFF_PAST = /,\s*yang\s+[^,.;]*\btahun\s+(?:lalu|sebelumnya|kemarin)\b[^,.;]*,/i;

/** The past told of an earlier name, set off by commas, when it ends before this name. */
function setOffPast(sentence: string, nameStart: number): RegExpExecArray | null {
  const m = SET_OFF_PAST.exec(sentence);
  return m != null && m.index + m[0].length <= nameStart ? m : null;
}

/** Whether a past told of an earlier name, set off by commas, ends before this name. */
export const pastSetOffBefore = (sentence: string, nameStart: number): boolean =>
  setOffPast(sentence, nameStart) != null;

/**
 * Reads an award's time from its sentence: the year phrase nearest before the name (else the
 * first after it); a year before the article's edition, or a past cue, makes it historical.
 */
// "… tahun ini kami juara satu": this edition named right before the name
const NOW_BEFORE = /\b(?:tahun\s+ini|kali\s+ini|kini|sekarang)\s+(?:\S+\s+){0,2}$/i;
const NOW_REACH = 40;

export function readAwardTime(
  sentence: string,
  nameStart: number,
  edition: number | null,
  articleYear: number | null,
  carried: number | null,
  editionTied = false,
): AwardTime {
  // "Wunut sebelumnya meraih juara I tingkat Jawa Tengah pada ajang yang sama": the provincial
  // stage of this very edition, not an earlier one
  // (not in a sentence with an earlier year of its own: "X sempat juara II pada 2022 di ajang
  // yang sama"; a year naming that very contest, "di ajang yang sama (Paritrana Award 2023)",
  // is the earlier one's)
  const same = SAME_EDITION.exec(sentence);
  const sameEnd = (same?.index ?? 0) + (same?.[0].length ?? 0);
  const otherYears = same
    ? `${sentence.slice(0, same.index)} ${sentence.slice(sameEnd).replace(/^\s*\([^)]*\)/, '')}`
    : '';
  if (
    same &&
    edition != null &&
    !(otherYears.match(/\b20[12]\d\b/g) ?? []).some((y) => Number(y) < edition)
  ) {
    return { editionYear: edition, historical: false };
  }
  if (PAST_NO_WIN.test(sentence)) {
    const blanked = sentence.replace(new RegExp(PAST_NO_WIN.source, 'gi'), (m) =>
      ' '.repeat(m.length),
    );
    return readAwardTime(blanked, nameStart, edition, articleYear, carried, editionTied);
  }
  // "Pemkab Deli Serdang berhasil menggeser Kota Medan yang tahun lalu bertengger di posisi
  // puncak": the past of a name after this one is that name's
  const other = OTHERS_PAST.exec(sentence);
  // (the clause right after this name, with no word of the sentence between, is its own)
  if (
    other &&
    other.index > nameStart &&
    /\s\p{Ll}/u.test(sentence.slice(nameStart, other.index))
  ) {
    const blanked =
      sentence.slice(0, other.index) +
      ' '.repeat(other[0].length) +
      sentence.slice(other.index + other[0].length);
    return readAwardTime(blanked, nameStart, edition, articleYear, carried, editionTied);
  }
  // "Kendari, yang tahun lalu berada di posisi kedua, kini menggeser Kabupaten Kolaka …": the past
  // set off after an earlier name is that name's, not a later one's
  const setOff = setOffPast(sentence, nameStart);
  if (setOff) {
    const blanked =
      sentence.slice(0, setOff.index) +
      ' '.repeat(setOff[0].length) +
      sentence.slice(setOff.index + setOff[0].length);
    return readAwardTime(blanked, nameStart, edition, articleYear, carried, editionTied);
  }
  // "X meraih juara 1, naik dari peringkat 3 pada 2023": what follows tells X's former rank
  // ("X menempati juara 2, setelah meraih juara 3 pada 2023", once X's own rank is told)
  const rest = sentence.slice(nameStart);
  const placedBefore = PLACED_BEFORE.exec(rest);
  const former =
    FORMER.exec(rest) ??
    REPEATED_AFTER.exec(rest) ??
    (placedBefore && findRanks(rest.slice(0, placedBefore.index)).length > 0 ? placedBefore : null);
  if (former) {
    return readAwardTime(
      sentence.slice(0, nameStart + former.index),
      nameStart,
      edition,
      articleYear,
      carried,
      editionTied,
    );
  }
  // "X, pemenang kategori yang sama dua tahun lalu, tahun ini hanya hadir …": the apposition
  // tells the win, and its time, apart from the rest of the sentence
  const apposition = APPOSED_WIN.exec(sentence.slice(nameStart));
  if (apposition?.[1] && hasOwnTime(apposition[1])) {
    return readAwardTime(apposition[1], 0, edition, articleYear, carried, editionTied);
  }
  // "X juara I untuk penilaian 2024, sedangkan Y juara I pada penilaian 2023 yang diumumkan
  // tahun lalu": two groups, two times; a clause with a time of its own is read alone
  const clause = contrastClause(sentence, nameStart);
  if (clause) {
    const own = sentence.slice(clause.start, clause.end);
    // ("Juara 2 diraih X, dan juara 3 Y; X meraih juara 1 tahun lalu": a past a later clause tells
    // is not this one's; an earlier one's, "Tahun lalu, …, sedangkan X …", governs it)
    // (nor is the same winner's past year: "Juara 1 diraih Desa X; Desa X meraih juara 1 pada
    // 2023", as the former place is written apart)
    const after = sentence.slice(clause.end).replace(/^[;,\s]+/, '');
    const name = /^[\p{L}.'’-]+\s+[\p{L}.'’-]+/u.exec(sentence.slice(nameStart))?.[0];
    const later = findClauseYears(after);
    const laterPast =
      (LAST_YEAR.test(after) ||
        (edition != null &&
          name != null &&
          after.startsWith(name) &&
          later.length > 0 &&
          later.every((y) => y.year < edition))) &&
      !LAST_YEAR.test(sentence.slice(0, clause.start));
    // ("X meraih peringkat dua, turun dari juara 1 pada 2024, sedangkan peringkat tiga diraih Y":
    // the year of X's former place is not Y's)
    const formerBefore = FORMER.test(sentence.slice(0, clause.start));
    if (hasOwnTime(own) || laterPast || formerBefore) {
      return readAwardTime(
        own,
        nameStart - clause.start,
        edition,
        articleYear,
        carried,
        editionTied,
      );
    }
  }
  const stated = findClauseYears(sentence);
  // "untuk penilaian 2024": the assessed year is the edition's, when no other year is written
  const assessed = ASSESSED.exec(sentence);
  const years =
    stated.length === 0 && assessed
      ? [{ year: Number(assessed[1]), index: assessed.index }]
      : stated;
  // ("Jika pada 2023 Sleman menjadi yang terbaik, kali ini Kulon Progo meraih terbaik I": the year
  // of a fronted clause ending before the name is that clause's past)
  // (not "Setelah juara I pada 2024, tahun ini X kembali …": the same winner's earlier win)
  const fronted = /^(?:jika|bila|meski|walau)/i.test(sentence)
    ? (FRONTED.exec(sentence)?.[0].length ?? 0)
    : 0;
  // (nor "Dua kali kami juara dua, di Paritrana Award 2022 dan 2023, sebelum akhirnya tahun ini
  // kami juara satu": "tahun ini" right before the name dates it, not the years before)
  const lead = sentence.slice(Math.max(0, nameStart - NOW_REACH), nameStart);
  // (not after a fronted win of the same winner: "Setelah menjadi yang terbaik pada edisi 2023,
  // tahun ini Bulungan kembali …" tells both)
  // (not after a fronted win the same winner repeats: "Setelah menjadi yang terbaik pada edisi
  // 2023, tahun ini Bulungan kembali …" tells both)
  const repeated =
    /^\W*(?:setelah|usai|sesudah|selain)\b/i.test(sentence) &&
    /\bkembali\b/i.test(sentence.slice(nameStart));
  const now = repeated ? null : NOW_BEFORE.exec(lead);
  const nowAt = now ? nameStart - lead.length + now.index : -1;
  const own =
    fronted > 0 &&
    fronted <= nameStart &&
    /^\s*(?:kali\s+ini|kini|sekarang|tahun\s+ini)\b/i.test(sentence.slice(fronted))
      ? years.filter((y) => y.index >= fronted)
      : nowAt >= 0
        ? years.filter((y) => y.index > nowAt)
        : years;
  const before = own.filter((y) => y.index < nameStart).pop();
  const after = own.find((y) => y.index >= nameStart);
  const year = (before ?? after)?.year ?? null;
  if (year != null && edition != null && year < edition) {
    return { editionYear: year, historical: true };
  }
  if (
    PAST_CUE.test(sentence) &&
    !THIS_YEAR.test(sentence) &&
    !inFrontedClause(sentence, nameStart)
  ) {
    const ago = LAST_YEAR.exec(sentence);
    const last =
      ago && articleYear != null
        ? articleYear - (ago[1] ? (countOf(ago[1]) ?? 1) : 1)
        : /tahun sebelumnya/i.test(sentence) && edition != null
          ? edition - 1
          : null;
    // ("pernah meraih Paritrana Award 2021": the year written with a past win is its own, even
    // when the article names no other)
    const own = year != null && (year !== edition || (!ago && !/tahun sebelumnya/i.test(sentence)));
    return { editionYear: own ? year : last, historical: true };
  }
  if (year == null && carried != null && !THIS_YEAR.test(sentence)) {
    // "Setahun kemudian, X naik menjadi juara 2": the year after the one carried
    const later = LATER.exec(sentence);
    const step = later?.[1] ? (countOf(later[1]) ?? 1) : later ? 1 : 0;
    const shifted = carried + step;
    return { editionYear: shifted, historical: edition == null || shifted < edition };
  }
  // "… dalam Paritrana Award 2025" names its own edition when the article settles on none
  const named = editionTied && findEditionYears(sentence).some((y) => y.year === year);
  // ("Tahun ini kita juga meraih Paritrana Award", in a story that dates no edition: the
  // article's year)
  const editionYear = named
    ? year
    : (edition ?? year ?? (/\btahun\s+ini\b/i.test(sentence) ? articleYear : null));
  // an edition's ceremony falls in its year or the next: an older one is cited as background
  const old = editionYear != null && articleYear != null && editionYear < articleYear - 1;
  return { editionYear, historical: old };
}

/** Whether a sentence says the win is a repeat ("kali kedua", "dua tahun berturut-turut"). */
export function isRepeatWin(sentence: string): boolean {
  const m =
    /\b(?:kali\s+(?:kedua|ketiga|ke-?\d)|(?:kedua|ketiga)\s+kalinya|(?:dua|tiga|\d)\s+tahun\s+berturut(?:-turut)?)\b/i.exec(
      sentence,
    );
  // "Setelah tiga tahun berturut-turut hanya masuk nominasi, …": repeated nominations
  return m != null && !NOMINATED_CLAUSE.test(sentence.slice(m.index).split(',')[0] ?? '');
}

const NOMINATED_CLAUSE = /\b(?:nominasi|nominator|finalis|besar|gagal|belum|tidak|hanya)\b/i;
