import { MisspeltParitrana } from '../relevance/award-names.ts';

// "Paritrana Award 2024", "Anugerah Paritrana 2017", "Paritrana Award Tingkat Provinsi Kalimantan
// Timur 2024", "Penghargaan … (Paritrana Award) 2023", "Paritrana Award tahun 2020".
// The award may be named without "Paritrana" ("penghargaan jaminan sosial ketenagakerjaan 2024",
// "anugerah perlindungan jaminan sosial … 2025", "anugerah perlindungan pekerja 2024"), or by
// its initials right before the year ("PA 2025").
const EDITION_RE = new RegExp(
  String.raw`\b(?:(?:paritrana|${MisspeltParitrana.join('|')})(?:\s+awards?)?|(?:penghargaan|(?:peng)?anugerah(?:an)?)\s+(?:perlindungan\s+)?jaminan\s+sosial(?:\s+ketenagakerjaan)?|anugerah\s+(?:perlindungan\s+pekerja|jamsostek)|award\s+jamsostek|jamsostek\s+awards?|penghargaan\s+perlindungan\s+pekerja(?:\s+rentan)?|(?-i:PA)(?=\s+20[12]\d\b))\)?((?:\s+(?!20\d\d|paritrana)[\p{L}\p{N}().'-]+){0,10}?)\s+(?:tahun\s+)?(20[12]\d)\b`,
  'giu',
);

/** Every edition year written after "Paritrana", with its offset (and its year's, `at`). */
export function findEditionYears(text: string): Array<{ year: number; index: number; at: number }> {
  const out: Array<{ year: number; index: number; at: number }> = [];
  for (const m of text.matchAll(EDITION_RE)) {
    // the words in between name a level or place, never a verb phrase or another sentence
    // ("… tingkat Provinsi Kalimantan Timur untuk edisi 2025" ends on the edition it names)
    const between = (m[1] ?? '').replace(/\s+(?:(?:untuk|pada)\s+)?edisi$/i, '');
    // ("… di ajang Paritrana Award.\n\n2019: Provinsi X …": a timeline's line after the sentence
    // dates its own line, not the award named before it)
    if (/[.!?]\s*\n|\n\s*\n/.test(m[0]) && /^\s*[:–—]/.test(text.slice(m.index + m[0].length))) {
      continue;
    }
    if (/\b(?:pada|sejak|dimulai|di|yang|dan|oleh|merupakan|edisi)\b/i.test(between)) {
      continue;
    }
    out.push({ year: Number(m[2]), index: m.index, at: m.index + m[0].length - 4 });
  }
  return out;
}

// "bersiap menghadapi Paritrana Award 2025", "target … Paritrana 2026": an edition to come
const AHEAD =
  /\b(?:akan|menghadapi|menyongsong|menuju|bersiap|persiapan|target\w*|menargetkan|mengincar|membidik|tahun depan|mendatang)\b[^.!?]{0,60}$/i;

// "… melorot ke posisi ketiga pada edisi 2025": an edition named by its year alone
const EDITION_WORD = /\b(?:pada|untuk|di|dalam)\s+edisi\s+(?:tahun\s+)?(20[12]\d)\b/gi;

function editionCounts(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  const named = findEditionYears(text);
  const found = [
    ...named,
    ...(/paritrana/i.test(text)
      ? [...text.matchAll(EDITION_WORD)]
          // ("Pada edisi 2023, posisi kedua ditempati …" opening a sentence recalls another one)
          // (nor is a year counted twice: "Paritrana Award tingkat Provinsi Maluku pada edisi
          // 2022" names it after the award already)
          .filter(
            (m) =>
              !/(?:^|[.!?]\s+|\n\s*)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) &&
              !named.some((f) => f.at === m.index + m[0].length - 4),
          )
          .map((m) => ({ year: Number(m[1]), index: m.index }))
      : []),
  ];
  // ("Juara I: Kota Payakumbuh (Paritrana 2023: juara I)": a winner's former place, in brackets
  // on its line, recalls another edition)
  const own = found.filter(
    (f) =>
      !(
        text[f.index - 1] === '(' &&
        /^[^():\n]{0,25}?20[12]\d\s*:/.test(text.slice(f.index, f.index + 40))
      ),
  );
  const past = own.filter((f) => !AHEAD.test(text.slice(Math.max(0, f.index - 80), f.index)));
  for (const f of past.length ? past : own) {
    counts.set(f.year, (counts.get(f.year) ?? 0) + 1);
  }
  return counts;
}

/**
 * The article's edition: the year most often written after "Paritrana", the latest on a tie
 * (a story that walks through past editions ends with the one it reports).
 */
export function mainEditionYear(text: string): number | null {
  const counts = [...editionCounts(text)];
  counts.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  // "Paritrana Award ke-7 … yang merupakan penilaian tahun 2023", "pada edisi 2024": editions
  // bear the assessed year
  const assessed =
    /\b(?:(?:merupakan|atas|untuk|hasil) penilaian (?:kinerja )?|edisi )(?:tahun )?(20[12]\d)\b/i.exec(
      text,
    );
  if (counts[0] || assessed) {
    // ("Kabupaten Siak kembali meraih juara I Paritrana Award 2025 …. Sebelumnya Siak juga juara
    // I pada Paritrana Award 2023 dan 2024 …, juara II … 2023": the lead's win is the edition the
    // story reports, though its history writes older ones more often)
    const lead = leadWinYear(text);
    const counted = counts[0]?.[0] ?? Number(assessed?.[1]);
    return lead != null && lead > counted ? lead : counted;
  }
  // "memberikan penghargaan jaminan sosial ketenagakerjaan kepada lima daerah … tahun 2024": the
  // one year the award's sentence writes, when nothing else dates the edition
  const named =
    AWARD_SENTENCE_YEAR.exec(text) ??
    JOINT_AWARD_YEAR.exec(text) ??
    (/\bparitrana\b/i.test(text) ? LEVEL_AWARD_YEAR.exec(text) : null);
  return named ? Number(named[1]) : null;
}

// "Kali ini penghargaan tingkat Provinsi Jawa Tengah 2025 itu diserahkan …" in a story that
// names Paritrana: the award by its level, dated
const LEVEL_AWARD_YEAR =
  /\b(?:penghargaan|anugerah)\s+tingkat\s+(?:provinsi\s+|nasional\b\s*)?(?:(?-i:\p{Lu})\p{L}*\s+){0,4}?(20[12]\d)\b/iu;

// "menerima anugerah jamsostek 2025 dari BPJS Ketenagakerjaan dan Pemprov Kepri": the award under
// another name, dated where it is named
const JOINT_AWARD_YEAR =
  /\b(?:penghargaan|anugerah)\s+(?:\p{L}+\s+){0,3}?(20[12]\d)\b[^.!?\n]*\bbpjs\s+ketenagakerjaan\b/iu;

const AWARD_SENTENCE_YEAR =
  /\b(?:paritrana|(?:penghargaan|anugerah)\s+(?:\p{L}+\s+){0,5}?jaminan\s+sosial)\b[^.!?\n]*?(?<!\b(?:sejak|dimulai|mulai|hingga|sampai|target)\s+)\btahun\s+(20[12]\d)\b(?![^.!?\n]*(?<![/\d])\b20[12]\d\b)/iu;

// a win in a sentence of the story's lead (its first two sentences after the headline)
const LEAD_WIN =
  /\b(?:meraih|menyabet|dinobatkan|menjadi\s+juara|keluar\s+sebagai|juara|terbaik)\b/i;
const NOT_LEAD_WIN = /\b(?:sebelumnya|pernah|tahun\s+lalu|akan|target\w*|nominasi|menuju)\b/i;

/** The edition year of the win the story's lead states, or null. */
function leadWinYear(text: string): number | null {
  // (the headline, often dated by its ceremony's year, is no part of the lead)
  const trimmed = text.replace(/^\s+/, '');
  const body = trimmed.slice(trimmed.indexOf('\n') + 1);
  const lead = body
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((x) => x.trim().length > 30)
    .slice(0, 2);
  for (const sentence of lead) {
    if (LEAD_WIN.test(sentence) && !NOT_LEAD_WIN.test(sentence)) {
      const found = findEditionYears(sentence)[0];
      if (found) {
        return found.year;
      }
    }
  }
  return null;
}

/** Whether no edition is written more often than every other (an op-ed citing several). */
export function isEditionTied(text: string): boolean {
  const counts = [...editionCounts(text).values()].sort((a, b) => b - a);
  return (counts.length > 1 && counts[0] === counts[1]) || TWO_EDITIONS.test(text);
}

// "menyerahkan dua edisi Paritrana Award sekaligus", "edisi 2023 … dan edisi 2024": a story of two
// editions handed over together, each named with its own year
const TWO_EDITIONS =
  /\b(?:dua|kedua)\s+edisi\b|\bedisi\s+(20[12]\d)\b[^.\n]{0,80}?\b(?:dan|serta)\s+edisi\s+(?!\1\b)20[12]\d\b/i;

// "pada tahun 2023", "pada edisi 2022" date a result; "penilaian tahun 2023", "sepanjang tahun
// 2023", "atas kinerja perlindungan pekerja tahun 2024" date the work (the look-behinds asked only
// where such a word starts)
const YEAR_PHRASE =
  /\b(?=(?:pada|tahun|edisi|di)\s)(?<!\b(?:penilaian|kinerja|sepanjang|periode|selama|hingga|sampai|anggaran|semester|capaian)\s+)(?<!\bkinerja(?:\s+\p{L}+){1,3}\s+)(?:(?:pada\s+)?(?:tahun|edisi)|pada|di)\s+(20[12]\d)\b/giu;

/** Years a clause states ("pada tahun 2023", "tahun 2020", "Paritrana 2017"), with offsets. */
export function findClauseYears(text: string): Array<{ year: number; index: number }> {
  const out = [...text.matchAll(YEAR_PHRASE)].map((m) => ({ year: Number(m[1]), index: m.index }));
  return [...out, ...findEditionYears(text)].sort((a, b) => a.index - b.index);
}

// what joins one year to the next in a list of them: ", ", "dan", "serta", "&", the award or
// "tahun" named again
export const YEAR_JOIN =
  '\\s*(?:,|dan|serta|&)\\s*(?:(?:pada\\s+|di\\s+)?(?:paritrana(?:\\s+awards?)?|tahun)\\s+)?';

/**
 * Years listed with `year`: after it ("pada Paritrana Award 2021 dan 2022" → [2022] for 2021),
 * and before it when it closes the list ("Pada Paritrana Award 2023 dan Paritrana Award 2024, X
 * juga …" → [2023] for 2024).
 */
export function yearsJoinedTo(text: string, year: number): number[] {
  const after = new RegExp(`\\b${year}((?:${YEAR_JOIN}20[12]\\d\\b)+)`, 'i').exec(text);
  const before = new RegExp(`\\b((?:20[12]\\d${YEAR_JOIN})+)${year}\\b`, 'i').exec(text);
  const years = (m: RegExpExecArray | null) =>
    [...(m?.[1] ?? '').matchAll(/20[12]\d/g)].map((y) => Number(y[0]));
  return [...years(before), ...years(after)].filter((y) => y !== year);
}

// "Susunan ini berbeda dari Paritrana Award 2023. Kala itu Terbaik I diraih …": "at that time" is
// the edition the sentence before named
const THEN = /^(\s*)(?:kala|saat|ketika|waktu|pada\s+saat)\s+itu\b,?/i;

/** A sentence opened by "Kala itu" dated by the one edition the sentence before names. */
export function datedThen(texts: string[]): string[] {
  return texts.map((text, i) => {
    const m = THEN.exec(text);
    const years = m ? findEditionYears(texts[i - 1] ?? '').map((y) => y.year) : [];
    const year = years[years.length - 1];
    return m && year != null && new Set(years).size === 1
      ? `${m[1]}Pada Paritrana Award ${year},${text.slice(m[0].length)}`
      : text;
  });
}
