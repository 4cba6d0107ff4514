import { resolveName } from '../gazetteer/resolve-name.ts';
import { findBareRegion } from '../gazetteer/find-region.ts';
import { findProvince, findRegencies } from '../gazetteer/regions.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import { escapeRegex } from '../relevance/phrase-regex.ts';
import { unplacedNames } from './name-context.ts';
import { filedFrom } from './nickname.ts';
import { scanNames } from './scan-names.ts';
import { findRanks } from './parse-rank.ts';
import { GOVERNMENT_AGENCY, SAYS_WE } from './word-lists.ts';

// "Pemkab X mengoleksi sejumlah penghargaan", "Kota Y meraih berbagai prestasi", "Bupati Z
// memaparkan 12 capaian": a name that collected several awards, which the next lines list
// without naming it again ("Daftar Penghargaan Pemerintah Kabupaten X" heads such a list)
// adverbs before the verb that collects ("berhasil mengoleksi", "kembali membawa pulang")
const ALREADY = '(?:(?:berhasil|kembali|tetap|telah|sudah)\\s+)?';
const COUNTED =
  '(?:sejumlah|berbagai|beragam|deretan|sederet|serangkaian|banyak|puluhan|belasan|beberapa|daftar|\\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)';
const COLLECTS = new RegExp(
  `\\b${ALREADY}(?:(?:mengoleksi|meraih|menerima|mendapat(?:kan)?|memborong|mengantongi|menyabet|menorehkan|mengumpulkan|menuai|membukukan|memperoleh|memaparkan|membacakan|merinci|merangkum|mencatat|mencatatkan)\\s+${COUNTED}\\s+(?:penghargaan|prestasi|anugerah|trofi|predikat|capaian)|(?:memaparkan|membacakan|merinci|merangkum)\\s+capaian)\\b`,
  'i',
);
// "deretan prestasi Pemkab X sepanjang 2024", "sejumlah penghargaan yang diraih Kota Y"
const COLLECTED_BY = new RegExp(
  `\\b${COUNTED}\\s+(?:penghargaan|prestasi|anugerah)\\s+(?:yang\\s+(?:diraih|diterima|dikoleksi|diboyong)\\s+(?:oleh\\s+)?)?(?=(?-i:\\p{Lu}))`,
  'iu',
);
const AWARD = /\b(?:paritrana|(?:penghargaan|anugerah)\s+(?:perlindungan\s+)?jaminan\s+sosial)/i;
// an item that is no win: a nomination, a stage, a hope (not "Juara Harapan I", a place won)
const NOT_WON =
  /\b(?:nominasi|nominator|finalis|(?:\d+|tiga|lima|enam|sepuluh|\p{L}+belas)\s+besar|verifikasi|menuju|target\w*|berharap|(?<!\bjuara\s+)harapan|akan|calon|usulan|diusulkan)\b/iu;
// the rank written right before the award ("…, serta peringkat kedua Paritrana Award 2022",
// "Juara Harapan I Paritrana Award 2024")
const RANK_BEFORE =
  /(?:(?:peringkat|posisi)\s+)?(?:juara|peringkat|terbaik|posisi|urutan)\s+(?:harapan\s+)?(?:ke-?\s*)?[\p{L}\d]+\s+(?:(?:pada|di|dalam|untuk)\s+)?(?:ajang\s+)?$/iu;
// how long a collector's list may run
const REACH = 12;
// how far back the story's unnamed government was named
const GOVERNMENT_REACH = 8;

// a name that is someone: a region the gazetteer knows ("Kabupaten Layak Anak" is an award) or
// an organisation
function resolvable(text: string, paren: string | null): boolean {
  const who = resolveName(text, paren);
  return (
    who != null && (who.regionCode != null || !['kabupaten', 'kota', 'provinsi'].includes(who.type))
  );
}

// a count of awards ("dua penghargaan", "tiga trofi")
const AWARD_COUNT = String.raw`(?:dua|tiga|empat|lima|\d+|sejumlah|beberapa)`;
const AWARD_KIND = String.raw`(?:penghargaan|piala|trofi)`;
// "Provinsi Jambi membawa pulang dua penghargaan …": the subject counts awards others won
// (a headline's bare verb too: "NTT Borong Dua Penghargaan Paritrana Nasional")
const COUNTS_AWARDS = new RegExp(
  String.raw`^\s*${ALREADY}(?:(?:mem)?bawa\s+pulang|(?:mem)?boyong|(?:mem)?borong|mengoleksi|(?:meng)?antongi|(?:meny)?abet|(?:me)?raih)\s+(?:${AWARD_COUNT}|berbagai)\s+${AWARD_KIND}\b`,
  'i',
);
const COUNTED_AWARDS_BEFORE = new RegExp(String.raw`\b${AWARD_COUNT}\s+${AWARD_KIND}\s+$`, 'i');

/**
 * Whether what follows a name counts the awards it brings home ("membawa pulang dua penghargaan")
 * and names none of them: "X meraih dua penghargaan: terbaik I kategori A dan terbaik III
 * kategori B" tells X's own wins.
 */
export function countsAwards(after: string): boolean {
  return COUNTS_AWARDS.test(after) && findRanks(after).length === 0;
}

// "Ia membacakan penghargaan tingkat nasional yang diterima Pemprov Sumsel pada 2023:": a list
// of what a name received, opened by a colon
const RECEIVED_LIST =
  /\bpenghargaan(?:\s+(?-i:\p{Ll})+){0,2}\s+yang\s+(?:diraih|diterima|dikoleksi|diboyong)\s+(?:oleh\s+)?(?=(?-i:\p{Lu}))(?=[^:]*:\s*$)/iu;

// "PENGHARGAAN YANG DIRAIH PEMERINTAH KABUPATEN X" heading a page, "Halaman ini memuat penghargaan
// tingkat provinsi dan nasional yang diterima Pemerintah Kabupaten X.": whose awards the page lists
const RECEIVED_BY_PAGE =
  /^\s*(?:halaman\s+ini\s+memuat\s+|daftar\s+|berikut(?:\s+(?:ini|adalah))?\s+)?(?:penghargaan|prestasi)(?:\s+(?-i:\p{Ll})+){0,4}?\s+yang\s+(?:telah\s+|pernah\s+)?(?:diraih|diterima|dikoleksi)\s+(?:oleh\s+)?(?=(?-i:\p{Lu}))/iu;

// "X menerima penghargaan dan sertifikasi sebagai berikut.": X lists what it received
const RECEIVED_AS_FOLLOWS = new RegExp(
  `\\b${ALREADY}(?:menerima|meraih|memperoleh|mendapat(?:kan)?)\\s+(?:penghargaan|prestasi)(?:\\s+dan\\s+(?:sertifikasi|sertifikat|prestasi|penghargaan))?\\s+(?:sebagai\\s+)?berikut\\b`,
  'i',
);

/** The name that collected the awards a sentence counts, or null. */
function collectorOf(text: string): { name: string; end: number } | null {
  const names = unplacedNames(text);
  const by = COLLECTED_BY.exec(text) ?? RECEIVED_LIST.exec(text) ?? RECEIVED_BY_PAGE.exec(text);
  if (by) {
    const at = by.index + by[0].length;
    const after = names.find((n) => n.start === at && resolvable(n.text, n.paren));
    if (after) {
      return { name: after.text, end: after.end };
    }
  }
  const verb = COLLECTS.exec(text) ?? RECEIVED_AS_FOLLOWS.exec(text);
  if (!verb) {
    return null;
  }
  const before = names.filter((n) => n.end <= verb.index && resolvable(n.text, n.paren)).pop();
  if (before) {
    return { name: before.text, end: verb.index + verb[0].length };
  }
  // "Banyumas mengoleksi …": a bare region right before the verb
  const bare = /((?:\p{Lu}[\p{L}-]*\s+){1,3})$/u.exec(text.slice(0, verb.index))?.[1]?.trim();
  const region = bare ? findBareRegion(bare) : null;
  return region ? { name: region.canonical, end: verb.index + verb[0].length } : null;
}

// "pemerintah daerah memaparkan penghargaan yang diterima, antara lain …", "penghargaan yang
// diterima Pemkab sepanjang 2024, antara lain …": the story's own government, unnamed, lists what
// it received
const GOVERNMENT_LISTS =
  /(?<![\p{L}])(?:[Pp]emerintah\s+daerah|[Pp]emda|[Pp]emkab|[Pp]emkot|[Pp]emprov|[Pp]emerintah\s+[Kk]abupaten|[Pp]emerintah\s+[Kk]ota|[Pp]emerintah\s+[Pp]rovinsi)(?!\s+\p{Lu})[^.]{0,60}?\bpenghargaan\s+yang\s+(?:diterima|diraih|dikoleksi)\b[^.]{0,40}?\b(?:antara\s+lain|di\s*antaranya|seperti|yakni|yaitu|meliputi)\b|\bpenghargaan\s+yang\s+(?:diterima|diraih|dikoleksi)\s+(?:oleh\s+)?(?:[Pp]emerintah\s+(?:[Dd]aerah|[Kk]abupaten|[Kk]ota|[Pp]rovinsi)|[Pp]emda|[Pp]emkab|[Pp]emkot|[Pp]emprov)(?!\s+\p{Lu})[^.]{0,40}?(?:\b(?:antara\s+lain|di\s*antaranya|seperti|yakni|yaitu|meliputi)\b|[.:]\s*$)|(?<![\p{L}])(?:capaian|prestasi)\s+(?:pemerintah\s+(?:daerah|kabupaten|kota|provinsi)|pemda|pemkab|pemkot|pemprov)(?!\s+\p{Lu})/u;

/**
 * The story's government, named before (else the story's region), when the sentence has it list
 * its awards or achievements.
 */
function governmentCollector(
  texts: string[],
  i: number,
  storyRegion: () => string | null,
): { name: string; end: number } | null {
  const m = GOVERNMENT_LISTS.exec(texts[i] ?? '');
  if (!m) {
    return null;
  }
  const before = texts.slice(Math.max(0, i - GOVERNMENT_REACH), i);
  // "pemerintah provinsi", "pemprov": the province; the others a regency or city
  const province = /prov/i.test(m[0]);
  for (const earlier of before.toReversed()) {
    const found = unplacedNames(earlier)
      .map((n) => resolveName(n.text, n.paren))
      .filter(
        (w) =>
          w &&
          w.regionCode &&
          (province ? w.type === 'provinsi' : w.type === 'kabupaten' || w.type === 'kota'),
      )
      .pop();
    if (found) {
      return { name: found.canonical, end: m.index + m[0].length };
    }
  }
  const region = province ? null : storyRegion();
  return region ? { name: region, end: m.index + m[0].length } : null;
}

// "Berikut 10 capaian yang dipaparkan:", "Di layar, berderet daftar penghargaan:", a line
// "Penghargaan" heading a year-end review's list: the achievements of the story's own region
// (or of the page's owner: "PRESTASI DESA", "Penghargaan dan Sertifikasi", "Perusahaan menerima
// penghargaan berikut:", "Penghargaan yang kami terima:")
const STORY_LIST =
  /(?:^\s*(?:penghargaan|prestasi)\s+yang\s+(?:telah\s+|pernah\s+)?kami\s+(?:terima|raih)\s*:?\s*$|\b(?:sejumlah|berbagai|deretan|sederet|berderet|daftar|\d+|sepuluh|lima)\s+(?:daftar\s+)?(?:capaian|penghargaan|prestasi)\b[^.]{0,60}:\s*$|^\s*(?:Penghargaan|Prestasi|Capaian)(?:\s+(?:Desa|Kami|Perusahaan|dan\s+Sertifikasi))?\s*:?\s*$|\b(?:menerima|meraih|mencatat)\s+(?:penghargaan|prestasi)\s+(?:sebagai\s+)?berikut\s*:\s*$|^\s*(?:rekam\s+jejak|riwayat\s+(?:prestasi|penghargaan)|catatan\s+prestasi|jejak\s+prestasi)\b[^.]{0,60}:\s*$)/iu;

// "Dalam sambutannya, bupati membacakan sejumlah capaian …": the story's head of region, unnamed
const UNNAMED_HEAD = /\b(?:bupati|wali\s?kota|walikota|gubernur|kepala\s+daerah)\s+(?:juga\s+)?$/i;

/** The count of achievements an unnamed head of region gives, or null. */
function headCounts(text: string): RegExpExecArray | null {
  const verb = COLLECTS.exec(text);
  return verb && UNNAMED_HEAD.test(text.slice(0, verb.index)) ? verb : null;
}

// "deretan piala dan piagam Paritrana Award disusun menurut tahun", "di kantor pusat PT X, tiga
// piagam Paritrana Award digantung berjejer": a display of the story's own trophies, whose items
// the next sentences walk through ("Di deretan paling kiri, piagam Terbaik II Paritrana Award
// 2021 …"); the name before it in the sentence owns them, else the story's region
// (in prose, not a headline's count: "Setengah Abad, Dua Trofi Paritrana")
const TROPHY_DISPLAY =
  /\b(?-i:deretan|sederet|berderet|jejeran|sejumlah|dua|tiga|empat|lima)\s+(?-i:piala|piagam|trofi)(?:\s+dan\s+(?-i:piala|piagam|trofi))?\s+paritrana(?:\s+awards?)?/iu;

/** The owner of a display of trophies a sentence opens, or null. */
function trophyDisplay(
  text: string,
  storyRegion: () => string | null,
): { name: string; end: number } | null {
  const m = TROPHY_DISPLAY.exec(text);
  if (!m) {
    return null;
  }
  const before = unplacedNames(text.slice(0, m.index))
    .concat(scanNames(text.slice(0, m.index)).filter((n) => orgMarker(n.text) != null))
    .filter((n) => resolvable(n.text, n.paren))
    .sort((a, b) => a.start - b.start)
    .pop();
  const name = before?.text ?? storyRegion();
  return name ? { name, end: m.index + m[0].length } : null;
}

/**
 * The story's region, when a line opens a list of its achievements that names no one, or its
 * unnamed head counts them.
 */
function storyCollector(
  text: string,
  storyRegion: () => string | null,
  pageOwner: () => string | null,
  before = '',
): { name: string; end: number } | null {
  const m = STORY_LIST.exec(text) ?? headCounts(text);
  const region = m ? (pageOwner() ?? speakingOrg(text, before) ?? storyRegion()) : null;
  return m && region ? { name: region, end: m.index + m[0].length } : null;
}

/**
 * The organisation a list's "kami" is, when the sentence before opens with its name ("RSIA X
 * terus berkomitmen … di Kota Semarang. Berikut sejumlah penghargaan yang pernah kami terima:"),
 * else null.
 */
function speakingOrg(text: string, before: string): string | null {
  if (!SAYS_WE.test(text)) {
    return null;
  }
  const first = scanNames(before)[0];
  return first && first.start <= 2 && orgMarker(first.text) != null ? first.text : null;
}

/**
 * Credits the awards a collector's list names without a winner to the collector: "Pemkab X
 * mengoleksi sejumlah penghargaan. Di antaranya …, serta peringkat kedua Paritrana Award 2022"
 * reads "…, serta Pemkab X meraih peringkat kedua Paritrana Award 2022". Only an item that names
 * the award, no one else and no nomination or hope is credited.
 */
export function creditCollector(
  texts: string[],
  storyRegion: () => string | null = () => null,
  pageOwner: () => string | null = () => null,
  standing = false,
): string[] {
  let collector: { name: string; at: number } | null = null;
  // the lines that opened a list whose items were credited
  const opened = new Set<number>();
  let yearHeading: { year: string; at: number } | null = null;
  let lastCredited = -1;
  // ("Keluarga Besar X Mengucapkan Selamat … atas diraihnya Juara III Paritrana Award …": an
  // advert's sender congratulates the winner, the award is not its own)
  let congratulating: boolean | undefined;
  const congratulates = () => (congratulating ??= texts.some((t) => CONGRATULATION.test(t)));
  const credited = texts.map((text, i) => {
    const year = YEAR_HEADING.exec(text);
    if (year?.[1]) {
      yearHeading = { year: year[1], at: i };
      return text;
    }
    const own =
      collectorOf(text) ??
      governmentCollector(texts, i, storyRegion) ??
      storyCollector(text, storyRegion, pageOwner, texts[i - 1]) ??
      trophyDisplay(text, storyRegion);
    let from = 0;
    if (own) {
      collector = { name: own.name, at: i };
      from = own.end;
    }
    // (an item of the owner's own list of awards, with no heading: "Paritrana Award 2022 Tingkat
    // Provinsi Bali - Juara I Kategori Badan Usaha Menengah" on a hotel's "Penghargaan Kami" page)
    const listed =
      (!collector || i - collector.at > REACH) &&
      !congratulates() &&
      AWARD_ITEM.test(text) &&
      (RANK_AFTER.test(text) || /\b(?:19|20)\d\d\b/.test(text))
        ? pageOwner()
        : null;
    const by = listed ?? (collector && i - collector.at <= REACH ? collector.name : null);
    if (!by) {
      return text;
    }
    const award = AWARD.exec(text.slice(from));
    if (!award) {
      // ("- 2023: juara 1 tingkat Provinsi Jawa Tengah" under "- 2022: juara 2 Paritrana Award
      // …": the next item of a list whose first named the award)
      const next = i - 1 === lastCredited ? RANK_OPENS.exec(text.slice(from)) : null;
      if (!next || unplacedNames(text).some((n) => !stageOf(text, n, by))) {
        return text;
      }
      lastCredited = i;
      const at = from + (next[1]?.length ?? 0);
      const dated = next[2] ? ` pada ${next[2]}` : '';
      const item = text.slice(at).replace(/[.;]?\s*$/, (end) => `${dated}${end}`);
      return `${text.slice(0, at)}${by} ${standing ? 'pernah meraih' : 'meraih'} ${item}`;
    }
    const at = from + award.index;
    // ("Sulawesi Utara meraih dua penghargaan Paritrana Award 2025 tingkat nasional": what its
    // own sentence counts are the Paritrana awards its regions won, no award of its own)
    if (own && COUNTED_AWARDS_BEFORE.test(text.slice(0, at))) {
      return text;
    }
    const names = unplacedNames(text).filter((n) => n.start >= from && resolvable(n.text, n.paren));
    const stages = names.filter((n) => stageOf(text, n, by));
    if (stages.length < names.length || NOT_WON.test(text.slice(from))) {
      return text;
    }
    lastCredited = i;
    // (or after it, in an item of a list of awards: "Paritrana Award 2024 - Juara II Kategori …")
    const rank = RANK_BEFORE.exec(text.slice(from, at));
    const after = rank || !listed ? null : RANK_AFTER.exec(text.slice(at));
    const insertAt = rank ? from + rank.index : after ? at + after.index : at;
    const edits: Array<[number, string]> = [
      [insertAt, `${by} ${standing ? 'pernah meraih' : 'meraih'} `],
    ];
    // (an item's year in a cell of its own dates the award: "Paritrana Award, Juara 3 …, 2023";
    // its province's cell is the stage: "…, Provinsi DIY, …")
    // (or under a year's heading: "Tahun 2017" / "Kabupaten X meraih Paritrana Award …")
    const heading = yearHeading && i - yearHeading.at <= REACH ? yearHeading.year : null;
    edits.push(...itemYear(text, at, heading));
    for (const n of stages) {
      const before = text.slice(0, n.start);
      if (!STAGED.test(before) && !VENUE_BEFORE.test(before)) {
        edits.push([n.start, 'tingkat ']);
      }
    }
    if (!listed && collector) {
      opened.add(collector.at);
    }
    return edits
      .sort((a, b) => b[0] - a[0])
      .reduce((out, [k, put]) => `${out.slice(0, k)}${put}${out.slice(k)}`, text);
  });
  // ("Berikut penghargaan yang diterima PT X …": the line that opens the list is no win of its
  // own, once its items are credited)
  return credited.map((text, i) => (opened.has(i) && !AWARD.test(text) ? '' : text));
}

/** An item's one year, to write after the award's name when the name has none. */
function itemYear(text: string, at: number, heading: string | null): Array<[number, string]> {
  const name = /^(?:penghargaan\s+)?paritrana\s+awards?/i.exec(text.slice(at));
  const years = new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? []);
  const year = years.size === 1 ? [...years][0] : years.size === 0 ? heading : null;
  if (!name || !year || /^\s*(?:19|20)\d\d\b/.test(text.slice(at + name[0].length))) {
    return [];
  }
  return [[at + name[0].length, ` ${year}`]];
}

// a year alone on its line, heading the items under it ("Tahun 2017", "2022:")
const YEAR_HEADING = /^\s*(?:tahun\s+)?((?:19|20)\d\d)\s*:?\s*$/i;

const CONGRATULATION = /\bmengucapkan\s+selamat\b|\bselamat\s+(?:&|dan)\s+sukses\b/i;

// an item that opens with its place, or its year and place, and names no other award ("juara 1
// tingkat …", "2023: juara 1 kategori …"; not "Juara II Lomba Desa …")
const RANK_OPENS =
  /^(\s*(?:[-•*]\s*)?(?:((?:19|20)\d\d)\s*[:–—-]\s*)?)(?:juara|terbaik|peringkat)\s+(?:ke-?\s*)?(?:[IV]{1,3}|\d|pertama|kedua|ketiga)(?=\s*(?:[,.;]|$)|\s+(?:tingkat|kategori|nasional|provinsi)\b)/i;

const STAGED = /\b(?:tingkat|se-?)\s*$/i;
const VENUE_BEFORE = /\bdi\s+[^,.;]{2,40},\s*$/i;

// the title of a page that keeps an owner's awards, not news of one ("Penghargaan - PT X",
// "Penghargaan Kami - Hotel Y", "Prestasi Desa - Website Resmi Desa Z", "Tentang Kami - …"): its
// items are past wins (not "Jejak Prestasi 2025", the page of one year)
const STANDING_TITLE =
  /^\s*(?:penghargaan|prestasi|tentang\s+kami|profil|awards?|jejak\s+langkah|sejarah|perjalanan)(?:\s+(?:kami|desa|perusahaan|dan\s+sertifikasi))?\s*(?:[-–—|:]|$)(?!.*\b(?:19|20)\d\d\b)/i;

/**
 * Whether the page keeps its owner's awards (a standing list, not the news of a win). `owner`
 * gives the page's owner (the caller's memo of `pageOwnerOf`, read only when a title asks).
 */
export function standingAwardsPage(
  text: string,
  owner: () => string | null = () => pageOwnerOf(text),
): boolean {
  const titles = titleLines(text);
  // (or headed "PENGHARGAAN YANG DIRAIH PEMERINTAH KABUPATEN X", "DESA X — …" / "PRESTASI DESA")
  // (a news page's headline tells a win: "Desa X Raih …" over a rubric line "Prestasi" is news)
  if (titles.some((t) => NEWS_OF_A_WIN.test(t))) {
    return false;
  }
  // (a body filed from a place, "KLATEN – …", is news under a rubric "Profil Perusahaan: PT X")
  return (
    RECEIVED_BY_PAGE.test(titles[0] ?? '') ||
    titles.some(ownersAwardsTitle) ||
    (titles.some((t) => STANDING_TITLE.test(t) || AWARDS_CRUMB.test(t)) &&
      (owner() ?? siteRegionOf(text)) != null &&
      filedFrom(text.slice(text.indexOf('\n') + 1)) == null)
  );
}

// "Penghargaan Pemerintah Kabupaten Banyumas", "Prestasi Kota Bitung 2018-2025": a page of one
// owner's awards, named in its title (over no single year: "Prestasi Desa X 2025" is a year's)
const OWNERS_AWARDS = /^\s*(?:daftar\s+)?(?:penghargaan|prestasi)\s+(?=(?-i:\p{Lu}))/iu;
// (a headline's verb or preposition tells news: "Penghargaan Jaminan Sosial Kalteng untuk X")
const NOT_OWNERS =
  /\b(?:untuk|bagi|kepada|dijuarai|dimenangkan|diraih|diterima|diserahkan)\b|[.!?:]/i;
const YEAR_RANGE = /\b(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\b/g;

/** Whether a title line heads one owner's page of awards. */
function ownersAwardsTitle(title: string): boolean {
  const head = OWNERS_AWARDS.exec(title);
  // (its owner named right after the heading word: "Penghargaan Pemerintah Kabupaten X")
  const first = head ? unplacedNames(title)[0] : undefined;
  return (
    head != null &&
    first?.start === head[0].length &&
    resolvable(first.text, first.paren) &&
    !NOT_OWNERS.test(title) &&
    !/\b(?:19|20)\d\d\b/.test(title.replace(YEAR_RANGE, ''))
  );
}

// "Tanggung Jawab Sosial › Penghargaan CSR dan Ketenagakerjaan": a site's path ending at its
// awards page
const AWARDS_CRUMB = /[›»>]\s*(?:penghargaan|prestasi)\b[^›»>\d]*$/i;

const NEWS_OF_A_WIN =
  /\b(?:raih|meraih|juara|terbaik|sabet|menyabet|boyong|memboyong|bawa\s+pulang|peringkat|rebut|merebut)\b/i;

const RANK_AFTER =
  /\b(?:juara|terbaik|peringkat)\s+(?:ke-?\s*)?(?:[IV]{1,3}|\d|pertama|kedua|ketiga|satu|dua|tiga)\b/i;

// a line that opens with the award, as an item of a list of awards does ("2022 - Paritrana Award
// …", "Paritrana Award, Juara 3 Badan Usaha Menengah, Provinsi DIY, 2023"), with no verb (and,
// as an item, a year or a place won)
const AWARD_ITEM =
  /^\s*(?:(?:19|20)\d\d\s*[-–:,|]?\s*)?(?:(?:[Jj]uara|JUARA|[Tt]erbaik|TERBAIK)\s+(?:[Hh]arapan\s+)?(?:[IV]{1,3}|\d)\s+)?(?:[Pp]enghargaan\s+)?(?:[Pp]aritrana|PARITRANA)\s+(?:[Aa]wards?|AWARDS?)\b(?![^.]*\s(?:di|me|ber)\p{Ll}{3,})/u;

/**
 * Whether a name in a collector's item is the stage the award was given at ("tingkat Provinsi
 * Banten", a province's cell in the row of a company's awards), not another winner.
 */
function stageOf(text: string, n: { start: number; text: string }, by: string): boolean {
  // (or where it was handed over: "diserahkan di Gradhika Bhakti Praja, Semarang")
  if (STAGED.test(text.slice(0, n.start)) || VENUE_BEFORE.test(text.slice(0, n.start))) {
    return true;
  }
  // (not a province the sentence itself has win: "…, ketika Pemerintah Provinsi Sulawesi Barat
  // meraih terbaik III kategori Pemerintah Provinsi")
  if (WINS_AFTER.test(text.slice(n.start + n.text.length))) {
    return false;
  }
  const who = resolveName(n.text, null);
  const collectorWho = resolveName(by, null);
  return who?.type === 'provinsi' && collectorWho?.type !== 'provinsi';
}

// a win verb right after a name: the name is the winner
const WINS_AFTER =
  /^\s+(?:(?:juga|kembali|berhasil|sukses|pun)\s+)*(?:meraih|menyabet|memboyong|merebut|dinobatkan|menjadi\s+(?:juara|terbaik))\b/i;

// a village's or an organisation's own page: its title names it first ("Prestasi Desa — Website
// Resmi Desa X, …", "DESA X — KECAMATAN Y", "Penghargaan | PT X", "LAPORAN TAHUNAN 2020⏎PT X")
const OWN_KINDS: ReadonlySet<string> = new Set(['desa', 'kelurahan', 'badan_usaha', 'umkm']);
const TITLE_LINES = 3;
const TitleMaxLength = 120;

/** A page's title lines: its first few lines, up to one as long as a paragraph. */
function titleLines(text: string): string[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TITLE_LINES);
  const cut = lines.findIndex((l) => l.length > TitleMaxLength);
  return cut < 0 ? lines : lines.slice(0, cut);
}

/** A tourism village's title as its village's ("Desa Wisata Pujon Kidul" → "Desa Pujon Kidul"). */
const villageOfTourism = (line: string): string =>
  line.replace(/^(Desa|Kampung)\s+Wisata\s+(?=\p{Lu})(?!Adat\b)/u, '$1 ');

/** The village or organisation whose own page this is, named first in its title lines, or null. */
export function pageOwnerOf(text: string): string | null {
  for (const line of titleLines(text)) {
    const first = unplacedNames(villageOfTourism(line))
      .map((n) => ({ n, who: resolveName(n.text, n.paren) }))
      .find(({ who }) => who != null);
    if (first) {
      // (a regional labour office's page keeps its region's awards: "… Kepala Disnaker Siak")
      // ("Profil Dinas Perindustrian dan Tenaga Kerja Kota Pekalongan": the region it names)
      if (GOVERNMENT_AGENCY.test(first.n.text)) {
        return first.who?.regionParent ?? agencyRegion(first.n.text);
      }
      return first.who && OWN_KINDS.has(first.who.type) ? first.n.text : null;
    }
  }
  return introducedOwner(text);
}

// a regional government's own site names itself, and nothing else, on a title line: "PPID
// Kabupaten Banyuwangi", "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Pekanbaru",
// "Portal Resmi Pemerintah Kabupaten Sleman"
const SITE_OF_REGION =
  /^(?:(?:PPID|Diskominfo|Humas|Prokopim|Prokompim|(?:Portal|Website|Situs)\s+Resmi|(?:Dinas|Bagian)\b[^|—–:]*?)\s+)?(?:Pemerintah\s+|Pemkab\s+|Pemkot\s+|Pemko\s+|Pemprov\s+)?((?:Kabupaten|Kota|Provinsi)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})$/u;

// "pemkablamongan", "@humas_pemkotsemarang": a regional government's account heading its post
const ACCOUNT_OF_REGION =
  /^@?(?:(?:humas|diskominfo|kominfo|prokopim|prokompim)[_.]?)?(pemkab|pemkot|pemko|pemprov)[_.]?([a-z]{3,30})$/;
const ACCOUNT_KIND: Readonly<Record<string, string>> = {
  pemkab: 'Kabupaten',
  pemkot: 'Kota',
  pemko: 'Kota',
  pemprov: 'Provinsi',
};

/** The region whose government's own site the page is, from its title lines, or null. */
export function siteRegionOf(text: string): string | null {
  // (or its last line signs it: "Bagian Prokopim Setda Kabupaten Sumbawa")
  const last = text.trimEnd().split('\n').at(-1)?.trim() ?? '';
  for (const line of [...titleLines(text), last]) {
    const m = SITE_OF_REGION.exec(line);
    const who = m?.[1] ? resolveName(m[1], null) : null;
    if (who?.regionCode) {
      return who.canonical;
    }
    const account = ACCOUNT_OF_REGION.exec(line);
    if (account?.[1] && account[2]) {
      const kind = ACCOUNT_KIND[account[1]] ?? '';
      const region =
        kind === 'Provinsi'
          ? findProvince(account[2])
          : (findRegencies(account[2], kind === 'Kota' ? 'kota' : 'kabupaten')[0] ?? null);
      if (region) {
        return region.canonical;
      }
    }
  }
  return null;
}

// a site's own name heading its page: "RS Permata Husada Lamongan", "Dapur Bu Ratmi — Katering
// Rumahan Sleman", "PEMERINTAH KAMPUNG DAYUN" (not a headline that opens on a name and goes on)
const SITE_NAME_ENDS = /^\s*(?:$|[—–|·:,-]\s)/;

// a speech's title and its speaker, an official of a village or a region
const SPEECH_TITLE =
  /^\s*(?:Kata\s+)?(?:Sambutan|Pidato|Amanat)\s+(Keuchik|Kepala\s+Desa|Kades|Lurah|Wali\s+Nagari|Kepala\s+Kampung|Bupati|Wali\s?[Kk]ota|Gubernur)\s+((?:(?:Gampong|Desa|Kelurahan|Nagari|Kampung|Kabupaten|Kota|Provinsi)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u;
const SPEAKER = /^(?:Keuchik|Kepala\s+Desa|Kades|Lurah|Wali\s+Nagari|Kepala\s+Kampung|Peratin)\s/;
const SPEAKER_REGION: Readonly<Record<string, string>> = {
  keuchik: 'Gampong',
  'kepala desa': 'Desa',
  kades: 'Desa',
  lurah: 'Kelurahan',
  'wali nagari': 'Nagari',
  'kepala kampung': 'Kampung',
  bupati: 'Kabupaten',
  'wali kota': 'Kota',
  walikota: 'Kota',
  gubernur: 'Provinsi',
};

/** A line in capitals written in its words' case ("SAMBUTAN KEPALA DESA" → "Sambutan Kepala Desa"). */
const wordCase = (line: string): string =>
  line
    .toLowerCase()
    .replace(/(^|[\s(/-])(\p{L})/gu, (_m, at: string, c: string) => at + c.toUpperCase());

/**
 * The page owner when its name alone heads the page, as a site's name does, or the speaker's
 * village or region a speech's title names, or null (`pageOwner`: the page's owner, when the
 * caller already keeps it).
 */
export function siteOwnerOf(
  text: string,
  pageOwner: () => string | null = () => pageOwnerOf(text),
): string | null {
  // (a site's name stands over the page's own title: a story's headline alone is no site's)
  const lines = titleLines(text);
  // ("Sambutan Keuchik Gampong Lampuuk pada Kenduri Syukuran": a speech's title names its
  // speaker's village or region, the "kita" of the speech)
  // ("SAMBUTAN KEPALA DESA CIBODAS": a title in capitals, read in its words' case)
  const title = lines[0] ?? '';
  const speech = SPEECH_TITLE.exec(/\p{Ll}/u.test(title) ? title : wordCase(title));
  if (speech?.[1] && speech[2]) {
    const kind = SPEAKER_REGION[speech[1].toLowerCase().replace(/\s+/g, ' ')];
    return kind &&
      !/^(?:Desa|Gampong|Kelurahan|Nagari|Kampung|Kabupaten|Kota|Provinsi)\s/.test(speech[2])
      ? `${kind} ${speech[2]}`
      : speech[2];
  }
  const post = postOwnerOf(text);
  if (post) {
    return post;
  }
  const owner = lines.length >= 2 ? pageOwner() : null;
  // (or a newsletter's: "WARTA ANGGOTA - Koperasi X", "Warta BUMDes Y — Desa Z")
  const first = villageOfTourism(lines[0] ?? '').replace(
    /^(?:pemerintah|website resmi|situs resmi|(?:warta|buletin|kabar|newsletter)(?:\s+anggota)?(?:\s*[-–—|:])?)\s+/i,
    '',
  );
  // ("Keuchik Mahmud Yacob" over a post tagged "#GampongLambaroSkep": a village head's own post,
  // whose village its tags name)
  const tagged = SPEAKER.test(first) ? villageTagged(text) : null;
  if (tagged) {
    return tagged;
  }
  return owner && first.startsWith(owner) && SITE_NAME_ENDS.test(first.slice(owner.length))
    ? owner
    : (publisherOf(text) ?? signedOwner(text) ?? villageTagged(text) ?? storyCompany(text));
}

// how far into the body the company a headline names must be named again
const STORY_LEAD = 400;

/**
 * The one company a headline names, and no one else ("Catatan Akhir Tahun: CV Pempek Vico Ilir
 * dan Jaminan bagi Pekerja Dapur"), or null.
 */
export function headlineCompany(text: string): string | null {
  const title = text.trimStart().split('\n')[0] ?? '';
  const orgs = scanNames(title).filter((n) => orgMarker(n.text)?.type === 'badan_usaha');
  const only = orgs.length === 1 ? orgs[0] : undefined;
  return only &&
    !unplacedNames(title).some((n) => n.text !== only.text && resolveName(n.text, n.paren))
    ? only.text
    : null;
}

/**
 * The company a story is about: the one organisation its headline names, named again in its
 * lead ("Tiga Dekade PT Karya Logam Waru: …" over "SIDOARJO - Di dinding lobi kantor PT Karya
 * Logam Waru …"), whose officers' "kami" is the company's; or null.
 */
function storyCompany(text: string): string | null {
  const only = headlineCompany(text);
  if (!only) {
    return null;
  }
  const lines = text.trimStart().split('\n');
  const lead = lines.slice(1).join('\n').slice(0, STORY_LEAD);
  // (a headline runs the name on into its words: "Perjalanan PT Batanghari Karet Lestari Menjaga
  // Pekerjanya" over the lead's "PT Batanghari Karet Lestari")
  const words = only.split(' ');
  for (let n = words.length; n >= 3; n--) {
    const name = words.slice(0, n).join(' ');
    if (new RegExp(`${escapeRegex(name)}(?![\\p{L}])`, 'u').test(lead)) {
      return name;
    }
  }
  return null;
}

const VILLAGE_SIGNS =
  /^\s*\[?\s*(?:(?:Keuchik|Kepala\s+Desa|Kades|Perbekel|Wali\s+Nagari|Kepala\s+Kampung|(?:Kanal|Akun|Halaman|Situs)\s+resmi(?:\s+Pemerintah)?|Pemerintah)\s+)((?:Desa|Gampong|Nagari|Kampung|Pekon)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s*(?:,|\]|$)/u;
// ("Kepala Desa Bilebante, Kecamatan Pringgarata, …": the title holds the village's kind)
const VILLAGE_HEAD_SIGNS =
  /^\s*(?:Kepala\s+Desa|Kades|Perbekel)\s+(?!Desa\b)(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s*(?:,|$)/u;
// how many of a page's last lines a signature may stand in
const SIGNATURE_LINES = 3;
// "Andreas T. · HR Business Partner at PT Nusantara Bumi Kalbar": a professional post's author line
// (or an author box's: "Cut Nadia — Manajer Personalia di PT Kopi Gayo Raya. Menulis tentang …")
const AUTHOR_AT = /^[^·—–\n]{2,60}[·—–][^·—–\n]*?\s(?:at|di)\s+(?=\p{Lu})/u;
// what may follow the organisation on an author's line: its place or a sentence about the author
const AUTHOR_TAIL = /^\s*(?:$|[.|·,—–]\s)/;
// "Rina Oktaviani⏎HR & GA Supervisor di PT Borneo Karet Prima | Pontianak⏎2 hari · Diedit": a
// profile's name over its role at its employer (and its place, or the post's age under them)
const PERSON_LINE = /^\p{Lu}[\p{L}.'’]*(?:\s+\p{Lu}[\p{L}.'’]*){1,3}$/u;
const POST_AGE =
  /^(?:\d+\s*(?:menit|mnt|jam|hari|minggu|mgg|bulan|bln|[mhjd])\b|baru\s+saja|kemarin)/i;
const ROLE_AT = /^[^|·—–\n]{2,60}?\s(?:at|di)\s+(?=\p{Lu})/u;
// the words of an office inside an organisation ("Biro Humas dan Protokol …", "Divisi Hubungan
// Masyarakat …")
const OFFICE_WORD =
  'Biro|Bagian|Divisi|Departemen|Humas|Hubungan|Masyarakat|Protokol|Corporate|Communications?|Komunikasi|Korporat|Sekretariat|Unit|Tim|dan|&';
// "Humas PT X", "Oleh: Divisi Hubungan Masyarakat PT X", "Direktur PT X (RS Y)": the office or the
// officer that signs for the organisation
const SIGNED_FOR = new RegExp(
  `^(?:(?:oleh|sumber|rilis|penulis)\\s*:\\s*)?(?:(?:${OFFICE_WORD}|Perusahaan|Manajemen|Direksi|Direktur|Utama|Pimpinan|General|Manager)\\s+)+(?=(?-i:\\p{Lu}))`,
  'iu',
);
// "Manajemen⏎PT Karet Batanghari Jaya⏎Jl. Lingkar Timur": the organisation on its own line under
// its signing body
const SIGNING_BODY = /^(?:manajemen|direksi|pimpinan|hormat\s+kami|salam(?:\s+\p{L}+)?),?$/iu;
// "Tentang PT Cahaya Samudra Perkasa Tbk": a press release's boilerplate about its issuer
const ABOUT = /^Tentang\s+(?=\p{Lu})/u;

/**
 * The organisation a line names from its start (past `prefix`) to its end (or to what `tail`
 * allows after it), or null.
 */
function organisationFilling(
  line: string,
  prefix: RegExp | null,
  tail = /^\s*(?:\([^()]*\))?\s*[.,]?$/,
): string | null {
  const at = prefix ? (prefix.exec(line)?.[0].length ?? -1) : 0;
  if (at < 0) {
    return null;
  }
  const rest = line.slice(at);
  const name = scanNames(rest)[0];
  return name?.start === 0 && orgMarker(name.text) != null && tail.test(rest.slice(name.end))
    ? name.text
    : null;
}

/**
 * The organisation a page's signature line names ("PT Baja Selat Sunda — Newsroom, Kawasan
 * Industri Krakatau, Cilegon", "Roti Mama Ani — Jl. Daeng Tata Raya 17", "Humas PT X", a post's
 * "Nama · Jabatan at PT X", "Manajemen⏎PT X"), its byline's ("Oleh: Divisi Humas PT X") or its
 * boilerplate's ("Tentang PT X"), or null.
 */
function signedOwner(text: string): string | null {
  const all = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const lines = all.slice(-SIGNATURE_LINES).reverse();
  for (const [i, line] of lines.entries()) {
    const name = scanNames(line)[0];
    if (
      name?.start === 0 &&
      orgMarker(name.text) != null &&
      /^\s*[—–|·-]\s/.test(line.slice(name.end))
    ) {
      return name.text;
    }
    // ("Keuchik Gampong Lampulo, Kecamatan Kuta Alam, …", "[Kanal resmi Pemerintah Desa Ponggok,
    // Kecamatan Polanharjo, Klaten]": a village's head or its own channel signing the page)
    const village = VILLAGE_SIGNS.exec(line)?.[1];
    const headed = VILLAGE_HEAD_SIGNS.exec(line)?.[1];
    if (village ?? headed) {
      return village ?? `Desa ${headed ?? ''}`;
    }
    const signed =
      organisationFilling(line, AUTHOR_AT, AUTHOR_TAIL) ??
      organisationFilling(line, SIGNED_FOR) ??
      (SIGNING_BODY.test(lines[i + 1] ?? '') ? organisationFilling(line, null) : null);
    if (signed) {
      return signed;
    }
  }
  const byline = all.slice(1, TITLE_LINES).find((l) => /^oleh\s*:/i.test(l));
  const about = all.find((l) => ABOUT.test(l));
  // (an author box anywhere after its heading: "Tentang Penulis⏎Cut Nadia — Manajer … di PT X.")
  const author = all.find((l, i) => /^tentang\s+penulis$/i.test(all[i - 1] ?? ''));
  return (
    (byline ? organisationFilling(byline, SIGNED_FOR) : null) ??
    (author ? organisationFilling(author, AUTHOR_AT, AUTHOR_TAIL) : null) ??
    (PERSON_LINE.test(all[0] ?? '') &&
    all[1] &&
    (POST_AGE.test(all[2] ?? '') || /\s[|·]\s/.test(all[1]))
      ? organisationFilling(all[1], ROLE_AT, AUTHOR_TAIL)
      : null) ??
    (about ? organisationFilling(about, ABOUT) : null)
  );
}

const VILLAGE_ACCOUNT =
  /^(desa|gampong|nagari|kampung|kelurahan|pemdes)[._]([a-z]{3,20})(?:[._](?:official|resmi|id))?$/;
// a post's first line, its account ("batiksekarkinasih", "@perak.wayansedana · TikTok")
// (or with its display name: "kopilerengwilis, Kopi Lereng Wilis — Madiun")
const ACCOUNT_LINE = /^@?([a-z0-9][a-z0-9._]{3,40})(?:\s*[·|,]\s*(.+))?$/u;
const SOUND_LINE = /^\W*(?:suara\s+asli|original\s+sound)\s*[-–—:]\s*(.{3,60})$/imu;
const HASHTAG = /(?<![\p{L}\p{N}_])#((?:\p{Lu}[\p{Ll}\p{N}]*){2,6})(?![\p{L}\p{N}_])/gu;

/** Whether an account's letters come in order in a name's, and make up most of them. */
function spells(name: string, account: string): boolean {
  if (account.length < 0.6 * name.length) {
    return false;
  }
  let at = 0;
  for (const c of name) {
    if (c === account[at]) {
      at++;
    }
  }
  return at === account.length;
}

/** Words a CamelCase tag joins ("BatikSekarKinasih" → "Batik Sekar Kinasih"). */
const tagWords = (tag: string): string => tag.replace(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})/gu, ' ');

/**
 * The one a social post is by, when its account heads it and its display name or one of its
 * hashtags spells the same name ("batiksekarkinasih" … "#BatikSekarKinasih" → "Batik Sekar
 * Kinasih"), or null.
 */
export function postOwnerOf(text: string): string | null {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  const line = ACCOUNT_LINE.exec(first);
  const account = line?.[1]?.replace(/[._]/g, '');
  if (!account) {
    return null;
  }
  // ("gampong.lampulo.official": a village's account names it)
  const village = VILLAGE_ACCOUNT.exec(line?.[1] ?? '');
  if (village?.[1] && village[2]) {
    const kind =
      village[1] === 'pemdes' ? 'Desa' : `${village[1][0]?.toUpperCase()}${village[1].slice(1)}`;
    return `${kind} ${village[2][0]?.toUpperCase()}${village[2].slice(1)}`;
  }
  // (or the display name on its own line under it: "karawo.iburahma" over "Sulaman Karawo Ibu
  // Rahma", whose letters hold the account's in order)
  const second = text.trimStart().split('\n', 2)[1]?.trim() ?? '';
  // (or the name a short video's sound line gives: "suara asli - Kopi Gayo Seulawah")
  const sound = SOUND_LINE.exec(text)?.[1] ?? '';
  const lead = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,5}/u.exec(second)?.[0];
  const shown = [
    ...scanNames(line?.[2] ?? ''),
    ...scanNames(second),
    ...(lead ? [{ text: lead }] : []),
    ...scanNames(sound),
  ].find((n) => {
    const letters = n.text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    return account.startsWith(letters) || spells(letters, account);
  });
  if (shown && shown.text.length >= 6) {
    return shown.text;
  }
  for (const m of text.matchAll(HASHTAG)) {
    const tag = m[1] ?? '';
    if (tag.length >= 6 && account.startsWith(tag.toLowerCase())) {
      // (as the post writes it out in full: "PT Batam Marine Works Indonesia — Safe Yard")
      const words = tagWords(tag);
      const full = scanNames(text).find((n) =>
        n.text.replace(/^(?:PT|CV|UD)\s+/, '').startsWith(words),
      );
      return full?.text ?? words;
    }
  }
  return null;
}

// "#GampongLambaroSkep #BandaAceh #ParitranaAward2025": a post's hashtags name its village
const VILLAGE_TAG =
  /(?<![\p{L}\p{N}_])#(Desa|Gampong|Nagari|Kampung|Kelurahan|Pekon)((?:\p{Lu}\p{Ll}+){1,3})(?![\p{L}\p{N}_])/u;

/** The village a post's hashtag names ("#DesaSukamaju" → "Desa Sukamaju"), or null. */
function villageTagged(text: string): string | null {
  const m = VILLAGE_TAG.exec(text);
  return m?.[1] && m[2] ? `${m[1]} ${tagWords(m[2])}` : null;
}

// "Diterbitkan oleh Corporate Communication PT Kebun Sawit Andalas Jaya", "Berita ini diterbitkan
// oleh Biro Humas dan Protokol Universitas Nusa Kawanua.": a page's footer names its publisher
const PUBLISHED_BY = /\b(?:diterbitkan|dipublikasikan|dikelola|dirilis)\s+oleh\s+([^\n|]{3,120})/i;

// the office inside the organisation that publishes ("Biro Humas dan Protokol …")
const OFFICE_WORDS = new RegExp(`^(?:(?:${OFFICE_WORD}|Redaksi)\\s+)+`);

/** The organisation a page's last lines name as its publisher, or null. */
function publisherOf(text: string): string | null {
  const tail = text.trimEnd().split('\n').slice(-4).join('\n');
  const by = PUBLISHED_BY.exec(tail)?.[1];
  if (!by) {
    return null;
  }
  // (the publishing office's own name comes first; the organisation it belongs to is the last
  // name an organisation's marker opens)
  const names = scanNames(by)
    .map((n) => n.text.replace(OFFICE_WORDS, ''))
    .filter((n) => orgMarker(n) != null);
  return names.at(-1) ?? null;
}

/** The region an agency's name ends with ("… Kota Pekalongan"), or null. */
function agencyRegion(name: string): string | null {
  const m = /\b(?:Kabupaten|Kota|Provinsi)\s+\p{Lu}[\p{L} ]*$/u.exec(name);
  const who = m ? resolveName(m[0], null) : null;
  return who?.regionCode ? who.canonical : null;
}

// "PT X (XYZ) adalah perusahaan perkebunan …": the first paragraph of a profile page introduces
// the one it is about
// ("PT X terus mendapatkan pengakuan atas …": or opens it as its subject)
const INTRODUCED =
  /^\s*(?:\([^)]{1,20}\)\s*)?(?:adalah|merupakan|ialah|(?:terus|telah|selalu|juga)\s+(?:mendapat|menerima|meraih|memperoleh))/i;

/** The organisation the first paragraph after the title introduces ("PT X adalah …"), or null. */
function introducedOwner(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines.slice(1, TITLE_LINES + 1).find((l) => l.length > TitleMaxLength);
  const name = first ? unplacedNames(first)[0] : undefined;
  if (!first || !name || name.start > 0 || !INTRODUCED.test(first.slice(name.end))) {
    return null;
  }
  const who = resolveName(name.text, name.paren);
  return who && OWN_KINDS.has(who.type) ? name.text : null;
}
