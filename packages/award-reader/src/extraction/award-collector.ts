import { resolveName } from '../gazetteer/resolve-name.ts';
import { findBareRegion } from '../gazetteer/find-region.ts';
import { unplacedNames } from './name-context.ts';
import { findRanks } from './parse-rank.ts';

// "Pemkab X mengoleksi sejumlah penghargaan", "Kota Y meraih berbagai prestasi", "Bupati Z
// memaparkan 12 capaian": a name that collected several awards, which the next lines list
// without naming it again ("Daftar Penghargaan Pemerintah Kabupaten X" heads such a list)
// adverbs before the verb that collects ("berhasil mengoleksi", "kembali membawa pulang")
const ALREADY = '(?:(?:berhasil|kembali|tetap|telah|sudah)\\s+)?';
const COUNTED =
  '(?:sejumlah|berbagai|beragam|deretan|sederet|serangkaian|banyak|puluhan|belasan|beberapa|daftar|\\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)';
const COLLECTS = new RegExp(
  `\\b${ALREADY}(?:mengoleksi|meraih|menerima|mendapat(?:kan)?|memborong|mengantongi|menyabet|menorehkan|mengumpulkan|menuai|membukukan|memperoleh|memaparkan|membacakan|merinci)\\s+${COUNTED}\\s+(?:penghargaan|prestasi|anugerah|trofi|predikat|capaian)\\b`,
  'i',
);
// "deretan prestasi Pemkab X sepanjang 2024", "sejumlah penghargaan yang diraih Kota Y"
const COLLECTED_BY = new RegExp(
  `\\b${COUNTED}\\s+(?:penghargaan|prestasi|anugerah)\\s+(?:yang\\s+(?:diraih|diterima|dikoleksi|diboyong)\\s+(?:oleh\\s+)?)?(?=(?-i:\\p{Lu}))`,
  'iu',
);
const AWARD = /\b(?:paritrana|(?:penghargaan|anugerah)\s+(?:perlindungan\s+)?jaminan\s+sosial)/i;
// an item that is no win: a nomination, a stage, a hope
const NOT_WON =
  /\b(?:nominasi|nominator|finalis|besar|verifikasi|menuju|target\w*|berharap|harapan|akan|calon|usulan|diusulkan)\b/i;
// the rank written right before the award ("…, serta peringkat kedua Paritrana Award 2022")
const RANK_BEFORE =
  /(?:(?:peringkat|posisi)\s+)?(?:juara|peringkat|terbaik|posisi|urutan)\s+(?:ke-?\s*)?[\p{L}\d]+\s+(?:(?:pada|di|dalam|untuk)\s+)?(?:ajang\s+)?$/iu;
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

// "Provinsi Jambi membawa pulang dua penghargaan …": the subject counts awards others won
const COUNTS_AWARDS = new RegExp(
  `^\\s*${ALREADY}(?:membawa\\s+pulang|memboyong|memborong|mengoleksi|mengantongi|menyabet|meraih)\\s+(?:dua|tiga|empat|lima|\\d+|sejumlah|beberapa|berbagai)\\s+(?:penghargaan|piala|trofi)\\b`,
  'i',
);

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
  /^\s*(?:halaman\s+ini\s+memuat\s+|daftar\s+)?(?:penghargaan|prestasi)(?:\s+(?-i:\p{Ll})+){0,4}?\s+yang\s+(?:telah\s+|pernah\s+)?(?:diraih|diterima|dikoleksi)\s+(?:oleh\s+)?(?=(?-i:\p{Lu}))/iu;

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
  const verb = COLLECTS.exec(text);
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
  /(?<![\p{L}])(?:[Pp]emerintah\s+daerah|[Pp]emda|[Pp]emkab|[Pp]emkot|[Pp]emprov|[Pp]emerintah\s+kabupaten|[Pp]emerintah\s+kota|[Pp]emerintah\s+provinsi)(?!\s+\p{Lu})[^.]{0,60}?\bpenghargaan\s+yang\s+(?:diterima|diraih|dikoleksi)\b[^.]{0,40}?\b(?:antara\s+lain|di\s*antaranya|seperti|yakni|yaitu|meliputi)\b|\bpenghargaan\s+yang\s+(?:diterima|diraih|dikoleksi)\s+(?:oleh\s+)?(?:[Pp]emerintah\s+(?:daerah|kabupaten|kota|provinsi)|[Pp]emda|[Pp]emkab|[Pp]emkot|[Pp]emprov)(?!\s+\p{Lu})[^.]{0,40}?(?:\b(?:antara\s+lain|di\s*antaranya|seperti|yakni|yaitu|meliputi)\b|[.:]\s*$)|(?<![\p{L}])(?:capaian|prestasi)\s+(?:pemerintah\s+(?:daerah|kabupaten|kota|provinsi)|pemda|pemkab|pemkot|pemprov)(?!\s+\p{Lu})/u;

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
// penghargaan berikut:")
const STORY_LIST =
  /(?:\b(?:sejumlah|berbagai|deretan|sederet|berderet|daftar|\d+|sepuluh|lima)\s+(?:daftar\s+)?(?:capaian|penghargaan|prestasi)\b[^.]{0,60}:\s*$|^\s*(?:Penghargaan|Prestasi|Capaian)(?:\s+(?:Desa|Kami|Perusahaan|dan\s+Sertifikasi))?\s*:?\s*$|\b(?:menerima|meraih|mencatat)\s+(?:penghargaan|prestasi)\s+(?:sebagai\s+)?berikut\s*:\s*$)/iu;

// "Dalam sambutannya, bupati membacakan sejumlah capaian …": the story's head of region, unnamed
const UNNAMED_HEAD = /\b(?:bupati|wali\s?kota|walikota|gubernur|kepala\s+daerah)\s+(?:juga\s+)?$/i;

/** The count of achievements an unnamed head of region gives, or null. */
function headCounts(text: string): RegExpExecArray | null {
  const verb = COLLECTS.exec(text);
  return verb && UNNAMED_HEAD.test(text.slice(0, verb.index)) ? verb : null;
}

/**
 * The story's region, when a line opens a list of its achievements that names no one, or its
 * unnamed head counts them.
 */
function storyCollector(
  text: string,
  storyRegion: () => string | null,
  pageOwner: () => string | null,
): { name: string; end: number } | null {
  const m = STORY_LIST.exec(text) ?? headCounts(text);
  const region = m ? (pageOwner() ?? storyRegion()) : null;
  return m && region ? { name: region, end: m.index + m[0].length } : null;
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
): string[] {
  let collector: { name: string; at: number } | null = null;
  return texts.map((text, i) => {
    const own =
      collectorOf(text) ??
      governmentCollector(texts, i, storyRegion) ??
      storyCollector(text, storyRegion, pageOwner);
    let from = 0;
    if (own) {
      collector = { name: own.name, at: i };
      from = own.end;
    }
    if (!collector || i - collector.at > REACH) {
      return text;
    }
    const award = AWARD.exec(text.slice(from));
    if (!award) {
      return text;
    }
    const at = from + award.index;
    const named = unplacedNames(text).some((n) => n.start >= from && resolvable(n.text, n.paren));
    if (named || NOT_WON.test(text.slice(from))) {
      return text;
    }
    const rank = RANK_BEFORE.exec(text.slice(from, at));
    const insertAt = rank ? from + rank.index : at;
    return `${text.slice(0, insertAt)}${collector.name} meraih ${text.slice(insertAt)}`;
  });
}

// a village's or an organisation's own page: its title names it first ("Prestasi Desa — Website
// Resmi Desa X, …", "DESA X — KECAMATAN Y", "Penghargaan | PT X", "LAPORAN TAHUNAN 2020⏎PT X")
const OWN_KINDS: ReadonlySet<string> = new Set(['desa', 'kelurahan', 'badan_usaha', 'umkm']);
const TITLE_LINES = 3;

/** The village or organisation whose own page this is, named first in its title lines, or null. */
export function pageOwnerOf(text: string): string | null {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TITLE_LINES);
  for (const line of lines) {
    if (line.length > 120) {
      return null;
    }
    const first = unplacedNames(line)
      .map((n) => ({ n, who: resolveName(n.text, n.paren) }))
      .find(({ who }) => who != null);
    if (first) {
      return first.who && OWN_KINDS.has(first.who.type) ? first.n.text : null;
    }
  }
  return null;
}
