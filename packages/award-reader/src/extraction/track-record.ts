import { findBareRegion } from '../gazetteer/find-region.ts';
import { resolveName } from '../gazetteer/resolve-name.ts';
import { findEditionYears } from './edition-year.ts';
import { aboutOtherAward } from './find-winners.ts';
import { unplacedNames } from './name-context.ts';
import { AGENCY_WORDS, SAYS_WE } from './word-lists.ts';
import type { FoundName } from './scan-names.ts';

// "Catatan Morowali di ajang ini terus menanjak: juara II (2022), juara II (2023), juara I (2024)
// dan kini juara I lagi", "Tercatat tiga kali meraih Paritrana Award …: juara II pada 2022, juara I
// pada 2023 dan juara I pada 2024": a run of places after a colon, each with its own year
// (a year in brackets, "juara II (2022)", is written "juara II pada 2022" before this step)
const ITEM =
  /\b(?:juara|terbaik|peringkat|posisi)\s+(?:ke-?)?(?:harapan\s+)?[\p{L}\d]+\s+(?:pada|tahun|di\s+tahun)\s+(?:tahun\s+)?20[12]\d\b/giu;
// a place: "juara II", "terbaik pertama", "peringkat ke-3", "juara harapan (I)"
const PLACE_WORDS =
  '(?:juara|terbaik|peringkat)\\s+(?:(?:ke-?)?(?:[IV]{1,3}|\\d|pertama|kedua|ketiga|satu|dua|tiga)|harapan(?:\\s+(?:[IV]{1,3}|\\d|satu|dua|tiga))?)';
// a place alone, opening an item ("Terbaik I kategori …, lalu Terbaik II …")
const PLACE = new RegExp(
  `(?<=^|[,;]\\s*(?:(?:lalu|kemudian|dan|serta)\\s+)?|^\\s*)\\b${PLACE_WORDS}\\b`,
  'giu',
);
const MIN_ITEMS = 2;
// an edition's year, and whether a sentence writes one (most do not: nothing to read)
const YEAR = '20[12]\\d';
const HAS_YEAR = new RegExp(YEAR);
// a place and its year, in any of the ways a record writes them, each written "juara satu pada
// 2022 …" before a record's items are read:
// - one place of several years ("terbaik pertama … berturut-turut pada 2023, 2024 dan 2025"),
//   written as a place for each;
const YEARS_RUN = new RegExp(
  `\\b(${PLACE_WORDS})((?:\\s+(?!(?:juara|terbaik|peringkat|pada|tahun|di|berturut-turut)\\b)[\\p{L}/-]+){0,14}?)\\s+(?:berturut-turut\\s+)?(?:pada|tahun|di)\\s+(?:tahun\\s+)?(${YEAR}(?:\\s*,\\s*${YEAR})*\\s*,?\\s*(?:dan|serta|&)\\s*${YEAR})\\b`,
  'giu',
);
// - the year after the place ("juara dua di 2022", "juara satu tahun 2024", "juara I pada edisi
//   2025", "juara pertama 2023");
const AT_YEAR = new RegExp(
  `\\b(${PLACE_WORDS})\\s+(?:(?:pada|di)\\s+(?:(?:tahun|edisi)\\s+)?|(?:tahun|edisi)\\s+)?(${YEAR})\\b`,
  'giu',
);
// - the award's name, stage or category between ("juara II Paritrana Award tingkat Jawa Timur
//   2021", "juara I kategori yang sama pada edisi 2024"): any words but another place or a year's
//   own "pada 2021";
const YEAR_LINK = '(?:pada|di|tahun|edisi)';
const PLACE_THEN_YEAR = new RegExp(
  `\\b(${PLACE_WORDS})((?:\\s+(?!(?:juara|terbaik|peringkat)\\b)(?!${YEAR_LINK}\\s+(?:${YEAR_LINK}\\s+)?${YEAR})[\\p{L}-]+){1,8}?)\\s+(?:${YEAR_LINK}\\s+){0,2}(${YEAR})\\b`,
  'giu',
);
// a first person's verb before its place ("kita turun jadi juara tiga", "kami langsung meraih",
// "kita juga terbaik kedua")
const FIRST_PERSON = '(?:kita|kami)';
const PLACE_VERB =
  '(?:(?:juga|pun|kembali)\\s+)?(?:(?:naik|turun|langsung)\\s+)?(?:(?:dapat|meraih|jadi|menjadi)\\s+)?';
// - the year before the place ("2022 kita juara satu", "Paritrana 2023 juara kedua", "Pada 2022
//   kami meraih juara III", "Tahun 2024 kita turun jadi juara dua"), but not the year of a place
//   before it ("juara dua pada 2022, juara satu …").
const YEAR_FIRST = new RegExp(
  `(?<!${PLACE_WORDS}\\s+(?:pada\\s+)?)(?:\\b(?:pada|tahun)\\s+)?\\b(?:(?:paritrana|award)\\s+)?(${YEAR})(?:\\s+ini)?\\s*,?\\s+(?:${FIRST_PERSON}\\s+)?${PLACE_VERB}(${PLACE_WORDS})(?![\\p{L}\\d])`,
  'giu',
);

/**
 * `text` with each place and its year written "juara satu pada 2022" (see AT_YEAR); one place's
 * several years are left as written when `runs` is false.
 */
const datePlaces = (text: string, runs = true): string =>
  (runs
    ? text.replace(YEARS_RUN, (_m, place: string, between: string, years: string) =>
        (years.match(new RegExp(YEAR, 'g')) ?? [])
          .map((y, k) => `${place} pada ${y}${k === 0 ? between : ''}`)
          .join(', '),
      )
    : text
  )
    .replace(AT_YEAR, '$1 pada $2')
    .replace(PLACE_THEN_YEAR, '$1 pada $3$2')
    .replace(YEAR_FIRST, '$2 pada $1');

// a first person in the sentence, or a quote: the speaker's side, the page's or the story's
const SPOKEN = new RegExp(`${SAYS_WE.source}|["“”]`, 'iu');
// the award the run is of, named in the sentence or one of the two before ("… di ajang ini")
const AWARD = /\bparitrana\b|\bpenghargaan\s+(?:perlindungan\s+)?jaminan\s+sosial/i;
const AWARD_REACH = 2;
// how far back the one whose record it is may have been named
const WINNER_REACH = 3;

// a region's own office ("Kepala Dinas Tenaga Kerja Sragen", "Disnaker Kota Blitar"): it keeps
// its region's record
// (and its offices': "Kantor …", "Sekretariat …", "Bappeda …")
const AGENCY = new RegExp(
  `^(?:Kepala\\s+)?(?:${AGENCY_WORDS}|Disnaker\\p{L}*|Kantor|Sekretariat|Bappeda)\\s`,
  'u',
);

/** The region an office of one names at its end ("Dinas Tenaga Kerja Sragen" → "Sragen"). */
function agencyRegion(text: string): string | null {
  const words = text.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n -= 1) {
    const tail = words.slice(words.length - n).join(' ');
    const head = words[words.length - n - 1] ?? '';
    const prefixed = /^(?:Kabupaten|Kota|Provinsi|Kab\.?)$/.test(head) ? `${head} ${tail}` : null;
    if (prefixed && resolveName(prefixed, null)?.regionCode != null) {
      return prefixed;
    }
    if (findBareRegion(tail)) {
      return tail;
    }
  }
  return null;
}

/** A name of someone the gazetteer or an organisation's marker knows. */
function whoIs(text: string, paren: string | null): string | null {
  // ("Kementerian Koperasi 2019": a giver and its year, no one's name)
  if (/\d/.test(text)) {
    return null;
  }
  if (AGENCY.test(text)) {
    return agencyRegion(text);
  }
  const who = resolveName(text, paren);
  if (who && (who.regionCode != null || !['kabupaten', 'kota', 'provinsi'].includes(who.type))) {
    return text;
  }
  // ("Catatan Morowali": a bare region closing the words before the colon)
  const bare = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u.exec(text)?.[1];
  return bare && findBareRegion(bare) ? bare : null;
}

// "Paritrana Award 2023 Provinsi Jawa Barat": the stage an award's name runs on into; "di Desa
// X, Kecamatan Y, Kabupaten Z": an address's regions
const AWARD_STAGE = /\b(?:paritrana|award)(?:\s+20[12]\d)?\s*$|\bkecamatan\s+[^,.;]+,\s*$/i;

/** The names a text holds that are someone, each with who it is, in order. */
const someoneIn = (text: string): { name: FoundName; who: string }[] =>
  unplacedNames(text)
    .filter((n) => !AWARD_STAGE.test(text.slice(0, n.start)))
    .map((name) => ({ name, who: whoIs(name.text, name.paren) }))
    .filter((s): s is { name: FoundName; who: string } => s.who != null);

/** The names a text holds that are someone, in order. */
const winnersIn = (text: string): string[] => someoneIn(text).map((s) => s.who);

/** The last name a text holds that is someone, or null. */
export const lastWinnerIn = (text: string): string | null => winnersIn(text).at(-1) ?? null;

/**
 * Each place of a track record a colon opens written as its own win of the one whose record it
 * is: the one named before the colon, else the last one named in the three sentences before
 * ("… PT X … Tercatat tiga kali meraih …: juara II pada 2022, juara I pada 2023" → "…: PT X
 * meraih juara II pada 2022; PT X meraih juara I pada 2023"). A run that names anyone else is
 * left as written.
 */
export function spellTrackRecords(
  texts: string[],
  ownSide: () => string | null = () => null,
  storySide: () => string | null = () => null,
): string[] {
  // (each sentence's places dated once: a record's readers and its neighbours' read them)
  const dated: string[] = [];
  const datedAt = (k: number): string => (dated[k] ??= datePlaces(texts[k] ?? ''));
  return texts.map((text, i) => {
    const line = timelineLine(texts, i);
    if (line) {
      return line;
    }
    const colon = text.indexOf(':');
    if (colon < 0) {
      return (
        spokenRecord(texts, i, datedAt, ownSide, storySide) ??
        inscribedWin(text, texts, i) ??
        subjectRecord(texts, i, datedAt, () => ownSide() ?? storySide()) ??
        listedAchievement(text, texts, i) ??
        text
      );
    }
    const run = datePlaces(text.slice(colon + 1));
    // ("… peraih Paritrana Award 2022: Terbaik I … tingkat Provinsi Sumatera Barat, lalu Terbaik
    // II … di tingkat nasional": the edition named before the colon dates places without years)
    const dated = [...run.matchAll(ITEM)];
    const items =
      dated.length === 0 && findEditionYears(text.slice(0, colon)).length > 0
        ? [...run.matchAll(PLACE)]
        : dated;
    if (
      items.length < MIN_ITEMS ||
      !awardNear(texts, i) ||
      // ("Kabupaten X juara lomba desa: …": another award's record)
      aboutOtherAward(text) ||
      /\blomba\b/i.test(text) ||
      namesSomeone(run) ||
      // ("Paritrana Award 2024, kategori Pemerintah Provinsi: Terbaik I Provinsi Jawa Barat, …":
      // in the provinces' category a province after a place is its winner, no stage)
      PROVINCE_CATEGORY.test(text.slice(0, colon))
    ) {
      return text;
    }
    // ("Catatan Dinas Tenaga Kerja Aceh: juara III pada 2022, …": the office that keeps a record
    // of the story's subject is no owner of it)
    const before = text.slice(0, colon);
    const who =
      (RECORD_KEEPER.test(before) ? null : lastWinnerIn(before)) ?? lastWinnerBefore(texts, i);
    if (!who) {
      return text;
    }
    return creditItems(`${text.slice(0, colon + 1)}${run}`, colon + 1, items, who);
  });
}

const PROVINCE_CATEGORY = /\bkategori\s+(?:pemerintah\s+)?provinsi\b/i;

const RECORD_KEEPER =
  /\b(?:catatan|data|menurut|sumber|rekap|arsip)\s+(?:Kepala\s+)?(?:Dinas|Disnaker|Biro|Badan|Kantor|BPJS)/iu;

// "Berikut catatannya:⏎2022 — juara III⏎2023 — juara II": a timeline's line, its year and place
// with no name, the award's name or stage after the place ("2022: Juara 2 Paritrana Award tingkat
// Provinsi Kalimantan Timur.", which cleaning writes "Juara 2 … pada 2022."), or the award and its
// year before it ("Paritrana Award 2021 Provinsi Jawa Tengah: Terbaik 1 kategori …")
const TIMELINE_LINES = [
  new RegExp(
    `^\\s*(?<year>${YEAR})\\s*[—–:-]\\s*(?<place>${PLACE_WORDS})\\b(?<tail>[^;]*?)\\s*\\.?\\s*$`,
    'iu',
  ),
  new RegExp(
    `^\\s*(?<place>${PLACE_WORDS})\\b(?<tail>[^;]*?)\\s+pada\\s+(?<year>${YEAR})\\s*\\.?\\s*$`,
    'iu',
  ),
  new RegExp(
    `^\\s*(?:penghargaan\\s+)?paritrana(?:\\s+award)?\\s+(?<year>${YEAR})\\b\\s*(?<stage>[^:;.]{0,60}?)\\s*:\\s*(?<place>${PLACE_WORDS})\\b(?<tail>[^;]*?)\\s*\\.?\\s*$`,
    'iu',
  ),
];
// what may follow a timeline's place: the award, its stage and category, and nobody's name
const TIMELINE_TAIL =
  /^(?:\s+(?:paritrana|award|tingkat|provinsi|nasional|kategori|pemerintah|kabupaten\/kota|kab\/kota|desa|badan|usaha|besar|menengah|kecil|mikro|dan|di|mewakili|ke|20[12]\d,?|(?-i:\p{Lu})\S*))*$/iu;

/** A timeline's line: its year, its place and what follows the place, else null. */
function timelineOf(text: string): { year: string; place: string; tail: string } | null {
  for (const line of TIMELINE_LINES) {
    const g = line.exec(text)?.groups;
    // (what the line adds of the next stage is no part of this place: "… dan mewakili Kaltim di
    // tingkat nasional")
    const tail = (g?.tail ?? '').replace(ONWARD, '');
    if (g?.year && g.place && TIMELINE_TAIL.test(tail) && !namesSomeone(tail)) {
      // (the stage the award's name gives: "Paritrana Award 2021 Provinsi Jawa Tengah: …")
      const stage = g.stage ? ` ${/^tingkat\b/i.test(g.stage) ? '' : 'tingkat '}${g.stage}` : '';
      return { year: g.year, place: g.place, tail: `${stage}${tail}` };
    }
  }
  return null;
}
const ONWARD = /,?\s+(?:dan|serta|lalu|kemudian)\s+(?:mewakili|melaju|maju|lolos)\b.*$/i;
const DATED_LINE = /\spada\s+20[12]\d\s*\.?\s*$/i;
// how far back a timeline's lines may run to its head (a sentence ending in a colon)
const TIMELINE_REACH = 8;

/**
 * A timeline's line written as its owner's win ("2023 — juara II" → "Kabupaten X meraih juara II
 * pada 2023"; a year before the timeline's latest "pernah meraih"): the one the sentences before
 * its head name, the award named near it.
 */
function timelineLine(texts: string[], i: number): string | null {
  const m = timelineOf(texts[i] ?? '');
  if (!m) {
    return null;
  }
  // (a timeline may hold other awards' dated lines between: "2021 – Penghargaan Zero Accident …",
  // which cleaning writes "… pada 2021")
  const inTimeline = (t: string): boolean => timelineOf(t) != null || DATED_LINE.test(t);
  let head = i - 1;
  while (head >= 0 && i - head <= TIMELINE_REACH && inTimeline(texts[head] ?? '')) {
    head -= 1;
  }
  // (the award named near the head, or in the timeline's lines: "2022: Juara 2 Paritrana …")
  if (
    head < 0 ||
    !/:\s*$/.test(texts[head] ?? '') ||
    !texts.slice(Math.max(0, head - AWARD_REACH), i + 1).some((t) => AWARD.test(t))
  ) {
    return null;
  }
  const who = lastWinnerIn(texts[head] ?? '') ?? lastWinnerBefore(texts, head);
  // (a line before the timeline's latest year tells a past win: "2022 — juara II" beside "2024 —
  // juara I" is no win of the edition the page is about)
  let latest = m.year;
  for (let k = head + 1; k < texts.length && k - head <= TIMELINE_REACH; k += 1) {
    if (!inTimeline(texts[k] ?? '')) {
      break;
    }
    const line = timelineOf(texts[k] ?? '');
    latest = line && line.year > latest ? line.year : latest;
  }
  const won = m.year < latest ? 'pernah meraih' : 'meraih';
  return who ? `${who} ${won} ${m.place}${m.tail} pada ${m.year}` : null;
}

/**
 * The one the nearest of the three sentences before the `i`th names first, its subject ("Koperasi
 * X merayakan … di Aula Gereja Y"), or null.
 */
const lastWinnerBefore = (texts: string[], i: number): string | null =>
  texts
    .slice(Math.max(0, i - WINNER_REACH), i)
    .toReversed()
    .map((t) => winnersIn(t)[0])
    .find((w) => w != null) ?? null;

// how far a run of one-place sentences may stand from its award's name, before and after
const RUN_REACH = { back: 4, ahead: 3 };

/** Whether the award a run of one-place sentences is of is named near it (RUN_REACH). */
const awardNearRun = (texts: string[], i: number): boolean =>
  texts.slice(Math.max(0, i - RUN_REACH.back), i + 1 + RUN_REACH.ahead).some((t) => AWARD.test(t));

const OFFICIAL =
  /^(?:Bupati|Wali\s?[Kk]ota|Gubernur|Sekretaris\s+Daerah|Sekda|Kepala\s+Desa|Kades|Keuchik|Lurah)\s/;
// how far back the one whose speech it is may have been named
const SPEAKER_REACH = 6;
// a name the award was given by or with, not a speaker's side ("diserahkan Gubernur Jawa Tengah")
const GIVER_BEFORE = /\b(?:diserahkan|diberikan|oleh|dari|kepada|bersama|didampingi)\b/i;

/**
 * The one the nearest of the sentences before the `i`th that names anyone names first, unless
 * it gave the award ("Wali Kota Pekalongan, …, memamerkan trofi …" before the mayor's record,
 * "Halaman pabrik PT X …" before its director's), or null.
 */
function speakerBefore(texts: string[], i: number): string | null {
  for (const t of texts.slice(Math.max(0, i - SPEAKER_REACH), i).toReversed()) {
    // (not where the speech went: "Kita tidak datang ke Surabaya sekadar ikut")
    const first = someoneIn(t).find(
      ({ name }) => !/\b(?:ke|menuju)\s+$/i.test(t.slice(0, name.start)),
    );
    if (first) {
      const { name, who } = first;
      // ("Bupati Pati" speaks for Kabupaten Pati)
      return GIVER_BEFORE.test(t.slice(0, name.start))
        ? null
        : OFFICIAL.test(name.text)
          ? (resolveName(name.text, name.paren)?.canonical ?? name.text)
          : who;
    }
  }
  return null;
}

/** Whether the award a record is of is named in the sentence or one of the two before. */
const awardNear = (texts: string[], i: number): boolean =>
  texts.slice(Math.max(0, i - AWARD_REACH), i + 1).some((t) => AWARD.test(t));

/** Whether a run of places names anyone but a province (whose stage it would be). */
const namesSomeone = (run: string): boolean =>
  unplacedNames(run).some((n) => resolveName(n.text, n.paren)?.type !== 'provinsi');

// what parts two places ("…, lalu naik menjadi juara II …")
const ITEM_JOIN =
  /,?\s*(?:(?:dan|serta|lalu|kemudian)\s+)?(?:(?:naik|turun)\s+)?(?:(?:menjadi|jadi|meraih)\s+)?$/;

/**
 * `text` with each place of a record (`items`, matched in `text.slice(from)`) written as its own
 * win of `who`: what stands between two places, a level or a stage, stays; the comma or "dan"
 * parting them becomes a clause's end (as it does before the first, `afterOwn`: its own place
 * stands before `from`).
 */
function creditItems(
  text: string,
  from: number,
  items: RegExpExecArray[],
  who: string,
  afterOwn = false,
): string {
  let out = text.slice(0, from);
  let at = from;
  for (const [k, m] of items.entries()) {
    const start = from + m.index;
    const gap = text.slice(at, start);
    out += `${k === 0 && !afterOwn ? gap : gap.replace(ITEM_JOIN, '; ')}${who} meraih ${m[0]}`;
    at = start + m[0].length;
  }
  return `${out}${text.slice(at)}`;
}

// "Tahun 2024 kita juara dua.": a first person's one dated place
const OWN_PLACE = new RegExp(
  `(?<![\\p{L}])${FIRST_PERSON}\\s+${PLACE_VERB}${PLACE_WORDS}(?![\\p{L}\\d])`,
  'iu',
);

/**
 * Whether a sentence tells the first person's one dated place in a run of such sentences
 * ("Tahun 2023 Kabupaten X juara tiga. Tahun 2024 kita juara dua. Dan tahun 2025 ini kita juara
 * satu."): the sentence before or after dates a place too.
 */
const ownPlaceInRun = (texts: string[], i: number, datedAt: (k: number) => string): boolean =>
  OWN_PLACE.test(texts[i] ?? '') &&
  [i - 1, i + 1].some(
    (k) => texts[k] != null && HAS_YEAR.test(texts[k]) && datedAt(k).search(ITEM) >= 0,
  );

// the trophies or plaques a record is read off ("Yang pertama bertuliskan juara II … pada 2023,
// yang kedua … juara I pada edisi 2025"), in the sentence or the one before
const TROPHIES = /\b(?:piagam|trofi|piala|plakat)\b/i;
const SAID_BY = /[,.]?\s*["”]\s*,?\s*(?:kata|ujar|tutur|ucap|jelas|imbuh|tambah|sebut)\w*\b.*$/i;

/**
 * A record a speaker tells without a colon ("2022 kita juara satu, 2023 juara tiga, 2024 juara
 * dua", "Juara dua di 2022, juara satu di 2024."), each place written as its own win of the
 * speaker's side (the page's or the story's own), when the sentence names no one; or a record
 * read off trophies, of the last one named in the sentences before; or null.
 */
function spokenRecord(
  texts: string[],
  i: number,
  datedAt: (k: number) => string,
  ownSide: () => string | null,
  storySide: () => string | null,
): string | null {
  const text = texts[i] ?? '';
  if (!HAS_YEAR.test(text)) {
    return null;
  }
  const dated = datedAt(i);
  const items = [...dated.matchAll(ITEM)];
  const before = texts[i - 1] ?? '';
  const spoken = SPOKEN.test(text) || SPOKEN.test(before);
  // (a run of one place a sentence: its award named near the run, "Tahun 2023 kita juara tiga.
  // Tahun 2024 kita juara dua. …," ujarnya. Yang dimaksud adalah Paritrana Award …")
  const inRun = items.length === 1 && ownPlaceInRun(texts, i, datedAt);
  if (
    (items.length < MIN_ITEMS && !inRun) ||
    !(spoken || TROPHIES.test(text) || TROPHIES.test(before)) ||
    !(inRun ? awardNearRun(texts, i) : awardNear(texts, i)) ||
    aboutOtherAward(text)
  ) {
    return null;
  }
  // (the speaker's side: the page's own, else the one the story named before the speech, the
  // company or the region its speaker heads, else the story's region)
  const who = spoken
    ? (ownSide() ?? speakerBefore(texts, i) ?? storySide())
    : lastWinnerBefore(texts, i);
  // (what the speaker's "kami" was written as, and the words that say who spoke and where, name
  // no one else: "…, dan baru tahun ini PT X juara satu," kata Hendra … di Kabupaten Tasikmalaya)
  const said = dated.replace(SAID_BY, '');
  const others = who ? said.split(who).join(' ') : said;
  return who && !namesSomeone(others) ? creditItems(dated, 0, items, who) : null;
}

// a trophy's or plaque's words, a place of the award ("trofi bertuliskan "Juara I Paritrana Award
// 2023 Tingkat Provinsi Jawa Timur"", "Piagam pertama berbunyi "Juara III …"")
const INSCRIBED = new RegExp(
  `\\b(?:bertuliskan|bertulisan|berbunyi)\\s*:?\\s*["“']?\\s*(?=${PLACE_WORDS}(?![\\p{L}\\d])[^"”]*?\\bparitrana\\b)`,
  'iu',
);

/**
 * A trophy's or plaque's words (a trophy named in the sentence or one of the two before) written
 * as a win of the one whose it is, named before them in the sentence or first in the nearest of
 * the three sentences before ("Di ruang tamu CV X, dua trofi berdiri. Yang pertama bertuliskan
 * "Juara III Paritrana Award 2023 …"" → "… bertuliskan "CV X meraih Juara III …""); or null.
 */
function inscribedWin(text: string, texts: string[], i: number): string | null {
  const m = INSCRIBED.exec(text);
  if (!m || !texts.slice(Math.max(0, i - 2), i + 1).some((t) => TROPHIES.test(t))) {
    return null;
  }
  const at = m.index + m[0].length;
  // ("… menyerahkan trofi bertuliskan "Juara I …" kepada Bupati X": the one it is given to)
  if (namesSomeone(text.slice(at)) || /\b(?:kepada|untuk)\s/i.test(text.slice(at))) {
    return null;
  }
  const who = winnersIn(text.slice(0, m.index))[0] ?? lastWinnerBefore(texts, i);
  // (not a governor's province, "Gubernur Jawa Timur menyerahkan …": the one who gave it)
  return who && resolveName(who, null)?.type !== 'provinsi'
    ? `${text.slice(0, at)}${who} meraih ${text.slice(at)}`
    : null;
}

// "perusahaan meraih …", "koperasi menjadi …": the story's own company, cooperative or government,
// unnamed
const UNNAMED_OWN = /\b(?:perusahaan|perseroan|koperasi|pemkab|pemkot|pemprov)\b/i;

/**
 * A record of the one a sentence names before its first place ("Sebelumnya PT X meraih peringkat
 * kedua pada Paritrana Award 2022 dan peringkat pertama pada Paritrana Award 2024"), each later
 * place written as its own win of X, when no one else is named after (or of the story's own
 * side, when "perusahaan" stands there unnamed); or null.
 */
function subjectRecord(
  texts: string[],
  i: number,
  datedAt: (k: number) => string,
  ownSide: () => string | null,
): string | null {
  const text = texts[i] ?? '';
  if (!HAS_YEAR.test(text) || !awardNear(texts, i) || aboutOtherAward(text)) {
    return null;
  }
  // (a named one's several years, "X meraih juara I pada 2022, 2023 dan 2024", are read as written)
  const named = recordAfterFirst(datePlaces(text, false), (before) => lastWinnerIn(before));
  return (
    named ??
    recordAfterFirst(datedAt(i), (before) =>
      UNNAMED_OWN.test(before) && !namesSomeone(before) ? ownSide() : null,
    )
  );
}

/** `dated`'s places after its first written as wins of the one `whoBefore` finds, or null. */
function recordAfterFirst(
  dated: string,
  whoBefore: (before: string) => string | null,
): string | null {
  const items = [...dated.matchAll(ITEM)];
  const first = items[0];
  if (!first || items.length < MIN_ITEMS) {
    return null;
  }
  const from = first.index + first[0].length;
  const who = whoBefore(dated.slice(0, first.index));
  // (nor a province named after as one who won, "… mengakhiri dominasi Jawa Tengah yang menjadi
  // Terbaik I pada 2024": the province another's)
  const after = dated.slice(from);
  return who && !namesSomeone(after) && winnersIn(after).length === 0
    ? creditItems(dated, from, [...dated.slice(from).matchAll(ITEM)], who, true)
    : null;
}

// "Di antaranya predikat KLA, penghargaan Swasti Saba, dan juara I Paritrana Award 2025 …": a list
// of the achievements the sentence before told of, one of them the award's
const ACHIEVEMENTS = /^\s*(?:di\s*antaranya|antara\s+lain|salah\s+satunya)\b/i;

/**
 * A list of achievements whose Paritrana item names no winner, that item written as a win of the
 * one the sentence before names first ("Pemkab X merilis daftar prestasi … Di antaranya …, dan X
 * meraih juara I Paritrana Award 2025 …"); or null.
 */
function listedAchievement(text: string, texts: string[], i: number): string | null {
  if (!ACHIEVEMENTS.test(text) || !AWARD.test(text)) {
    return null;
  }
  // the item that holds the award: after the last comma or "dan" before its name
  const award = text.search(/\bparitrana\b/i);
  const items = [...text.slice(0, award).matchAll(/,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+/g)];
  const last = items.at(-1);
  const at = last ? last.index + last[0].length : -1;
  // (the item naming no one: "… dan juara I Paritrana Award 2025 tingkat DIY …")
  const who =
    at >= 0 && !namesSomeone(text.slice(at)) ? (winnersIn(texts[i - 1] ?? '')[0] ?? null) : null;
  return who && new RegExp(PLACE_WORDS, 'i').test(text.slice(at))
    ? `${text.slice(0, at)}${who} meraih ${text.slice(at)}`
    : null;
}
