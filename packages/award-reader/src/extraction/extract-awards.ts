import { findBareRegion } from '../gazetteer/find-region.ts';
import { resolveName, VILLAGE_HEAD_TITLE, type WinnerIdentity } from '../gazetteer/resolve-name.ts';
import { filedFrom, isLandNickname, isUnknownNickname, mainRegion } from './nickname.ts';
import { isRecordHead, recordRows } from './record-rows.ts';
import { findRanks, type RankMention } from './parse-rank.ts';
import { linkLines, withoutLines } from './link-lines.ts';
import { evidenceOf, HEADER, isListLine, mostCommon, regencyCodes } from './article-lines.ts';
import type { ArticleText, AwardMention } from '../types.ts';
import { OtherAwardNames } from '../relevance/award-names.ts';
import { phraseRegex } from '../relevance/phrase-regex.ts';
import { joinAdvertLines } from './advert-lines.ts';
import { readCellLines } from './cell-lines.ts';
import { joinAlignedWraps } from './aligned-wraps.ts';
import { barSpacedTables } from './spaced-table.ts';
import { isRankedRow, readRankedRows } from './ranked-rows.ts';
import { mendText } from './mend-text.ts';
import { listedGroups, resolveAnaphora } from './anaphora.ts';
import {
  countsAwards,
  creditCollector,
  pageOwnerOf,
  headlineCompany,
  siteOwnerOf,
  postOwnerOf,
  siteRegionOf,
  standingAwardsPage,
} from './award-collector.ts';
import { readArticleContext } from './article-context.ts';
import { buildAward, hostsAward, stagedProvince, statedLevel } from './build-award.ts';
import { lastStatedYear, THIS_YEAR } from './award-time.ts';
import { candidateAwards } from './candidate-times.ts';
import { createCategoryMemory } from './category-memory.ts';
import { cleanSentence, MESSAGE_HEAD, readTableRows } from './clean-sentence.ts';
import { aboutOtherAward, findWinners, NO_WIN_AFTER } from './find-winners.ts';
import {
  completeTruncated,
  expandOfficials,
  expandShortForms,
  expandVillages,
  localAliases,
  officialNames,
  headsApart,
  quotedPeople,
  villageNames,
} from './local-names.ts';
import { mergeAwards } from './merge-awards.ts';
import { withoutCorrectedClaims } from './corrections.ts';
import { followsTitle, isHonorificName, orgForOfficer } from './parse-people.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import {
  fallbackRank,
  inlineNumbersAsRanks,
  listNumber,
  numbersRestartByGroup,
  speaksOfPlaces,
} from './rank-fallback.ts';
import { categoryBefore, parseCategory, typeOfCategory } from './parse-category.ts';
import { markSmallBusinesses } from './small-business.ts';
import { forgetScannedSentences, scanNames, type FoundName } from './scan-names.ts';
import { splitSentences } from './split-sentences.ts';
import { archiveHeadings, dateYearSections } from './year-sections.ts';
import { spellTrackRecords } from './track-record.ts';
import { readPageComments } from './page-comments.ts';
import { datedThen } from './edition-year.ts';
import { headlineName, isTitleLine, startsWithBullet } from './title-line.ts';
import {
  AWARD_CUE,
  DISTRICT,
  NOMINEE_CERTIFICATE,
  OWN_ASIDE,
  PLACE_WON,
  VILLAGE_NAME,
} from './word-lists.ts';
import {
  citedSource,
  isBareRegion,
  isRegencyOrCity,
  LOCATED,
  PLACE_OF_VILLAGE,
} from './name-context.ts';
import { candidateFeatures } from '../learn/candidate-features.ts';
import {
  extraCandidates,
  type CandidateSource,
  type ExtraCandidate,
} from '../learn/extra-candidates.ts';
import type { Features } from '../learn/logistic.ts';
import { candidateScore, defaultModel, type ReaderModel } from '../learn/reader-model.ts';

/** How to decide on candidates: the repo's model by default; `null` for the rules alone. */
export interface ExtractOptions {
  model?: ReaderModel | null;
  /** Sees every candidate that resolved to a winner, with its features (for training). */
  trace?: (x: Features, award: AwardMention, source: CandidateSource) => void;
  /** The text was already mended by the caller (mend-text.ts): it is not mended again. */
  mended?: boolean;
}

// "Pemprov X bersama BPJS Ketenagakerjaan memberikan Paritrana Award kepada …": a name that gives
// the award is no winner of it
const GIVES =
  /^(?:\s+bersama\s+(?:\p{Lu}[\p{L}]*\s+){1,6}?|\s*,[^,]{1,60},)?\s*(?:juga\s+|turut\s+|secara\s+resmi\s+)?(?:menyerahkan|memberikan|menganugerahkan|memberi|[Ss]erahkan|[Bb]erikan|[Aa]nugerahkan)\b/u;

const AWARD_OF_PROVINCE =
  /\bparitrana(?:\s+awards?)?(?:\s+(?:tahun\s+)?20[12]\d)?\s+(?:tingkat\s+)?(?:provinsi\s+)?$/i;

// ("Desa Ngadas, Kecamatan Poncokusumo, menerima sertifikat nominasi": past the village's district)
const CERTIFICATE_AFTER = new RegExp(
  `^(?:,\\s*${DISTRICT}\\s+[^,.;]+,)?[^,.;]{0,40}?\\b${NOMINEE_CERTIFICATE}\\b`,
  'i',
);

// ("Desa A, Kabupaten B, dan Desa C, Kabupaten D, menerima sertifikat nominasi": a list's names
// whose one predicate, after them, is a nominee's certificate)
const CERTIFICATE_AHEAD = new RegExp(`^[^.;]{0,160}?\\b${NOMINEE_CERTIFICATE}\\b`, 'i');
const WON_BEFORE_CERTIFICATE =
  /\b(?:yang|juara|terbaik|peringkat|pemenang|peraih|meraih|diraih|dinobatkan|menyabet|memboyong|menjadi|sementara|sedangkan|namun)\b/i;
const certificateAfter = (after: string): boolean => {
  const ahead = CERTIFICATE_AHEAD.exec(after)?.[0];
  return CERTIFICATE_AFTER.test(after) || (ahead != null && !WON_BEFORE_CERTIFICATE.test(ahead));
};

// "keterangan tertulis yang diterima Biro Humas X": a statement received, not an award
const RECEIVED_STATEMENT =
  /\b(?:keterangan|siaran|rilis|pernyataan|surat|laporan|informasi)(?:\s+(?:tertulis|pers|resmi))?\s+(?:yang\s+)?diterima\s+(?:oleh\s+)?$/i;

// "satu-satunya wakil Toraja Utara": the place a contender comes from (lower case: "Wakil
// Bupati X" is an official; "perwakilan Pemkot X menerima trofi" receives for its government)
// ("gampongnya menjadi wakil terbaik Aceh Besar": the best of the places it stood for)
const REPRESENTS = /(?<![\p{L}])wakil(?:\s+(?:terbaik|tunggal|resmi))?\s+$/u;

// a list header that introduces no winners: sponsors, partners, guests, judges, organisers, a
// candidate's mission ("Misi:"), readers' comments ("Komentar (18):", whose lines are read as
// sentences, not as a category's list)
const OTHERS_LIST =
  /\b(?:komentar|dukungan|didukung|sponsor\w*|mitra|kerja\s*sama|hadir\w*|tamu|undangan|juri|penilai|panitia|penyelenggara|narahubung|kontak|contact|(?:penghargaan|prestasi)\s+lain(?:nya)?|visi|misi|program\s+kerja|sasaran|agenda|yang\s+lain|finalis|nominasi|nominator|nomine|kandidat|peserta)\b/i;

const JURY_DECIDES =
  /\b(?:menetapkan|memutuskan|mengumumkan)\b[^:]*\b(?:peringkat|pemenang|juara|terbaik|urutan)\b/i;

// "Ini bukan kali pertama …": the wins told next are earlier ones
const NOT_FIRST = /\bbukan\s+(?:kali\s+pertama|pertama\s+kali|yang\s+pertama)\b/i;

// the words a category's name is made of, and nothing else
const CATEGORY_WORDS =
  /^(?:(?:pemerintah|pemda|daerah|kabupaten|kota|kab|provinsi|desa|kelurahan|kampung|gampong|nagari|badan|usaha|skala|besar|menengah|kecil|mikro|umkm|umk|ukm|bumdes|koperasi|perusahaan|dan|serta|\/|&|-)\s*)+$/i;

/**
 * A category's name alone on its line above a list ("Pemerintah Kabupaten/Kota", "Badan Usaha
 * Skala Besar"), read like "Kategori …:" (its match's first group is the category).
 */
function categoryLine(
  text: string,
  sentence: { text: string; start: number; end: number } | undefined,
  article: string,
): [string, string] | null {
  // ("A. Pemerintah Kabupaten/Kota (peringkat)": a lettered heading, a note in parentheses)
  const line = text
    .trim()
    .replace(/^(?:[A-H]|[IVX]{1,4})[.)]\s+/, '')
    .replace(/\s*\([^()]*\)$/, '');
  return sentence &&
    line.length <= 60 &&
    !/[.!?]$/.test(line) &&
    CATEGORY_WORDS.test(line) &&
    typeOfCategory(line) != null &&
    scanNames(line).length === 0 &&
    (sentence.end >= article.length || article[sentence.end] === '\n') &&
    (sentence.start === 0 || article[sentence.start - 1] === '\n')
    ? [line, line]
    : null;
}

// "Selamat kepada para pemenang Paritrana Award Provinsi Banten 2025⏎🥇 1. Kota Tangerang⏎🥈 2.
// …": a line of winners' words without a colon, over a list numbered from 1 on the next lines
const LIST_HEAD_WORDS = /\b(?:pemenang|juara|peraih|penerima|daftar)/i;
const NUMBERED_BELOW =
  /^[^\S\n]*\n(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)*1[.)]?[^\S\n]+\p{L}[^\n]*\n(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)*2[.)]?[^\S\n]+\p{L}/u;

// "REKAP PEMENANG PARITRANA AWARD 2025 JATIM⏎1. Desa A⏎2. Desa B": a numbered list of winners
// is in their order
const WINNERS_LISTED = /\bpemenang(?:nya)?\b/i;

// "… kategori pemkab/pemkot (diserahkan di rujab gubernur, jumat 15/8/2025):": a header's aside
// in brackets before its colon
const ASIDE_BEFORE_COLON = /\s*\([^()]*\)\s*:\s*$/;

/** A line of winners' words heading the numbered list under it, read like a list intro. */
function numberedListHead(
  text: string,
  sentence: { text: string; start: number; end: number } | undefined,
  article: string,
): [string] | null {
  return sentence &&
    LIST_HEAD_WORDS.test(text) &&
    !/[.!?:]\s*$/.test(sentence.text) &&
    (sentence.start === 0 || article[sentence.start - 1] === '\n') &&
    NUMBERED_BELOW.test(article.slice(sentence.end, sentence.end + 300))
    ? [text]
    : null;
}

/** The category's words a sentence opens with as its label ("Usaha mikro dan kecil: …"), or null. */
function categoryLabel(text: string): string | null {
  const label = /^([^:]{3,50}):\s*\S/.exec(text)?.[1]?.trim() ?? '';
  return label !== '' && CATEGORY_WORDS.test(label) && typeOfCategory(label) != null ? label : null;
}

// "mencanangkan target agar Kota Bekasi meraih juara pertama …": the aim a target sets
const AIMED_FOR =
  /\b(?:target(?:nya|kan)?|menargetkan|berharap|harapan(?:nya)?|berupaya|bekerja\s+keras)\s+(?:agar|supaya)\s+$/i;

/**
 * Whether a candidate's place in its sentence says it won nothing: it gives the award, counts
 * awards others won, holds a nominee's certificate, is a place, a statement's receiver, where a
 * contender comes from, or a person.
 */
function namesNoWinner(text: string, cand: ExtraCandidate, name: string): boolean {
  const before = text.slice(0, cand.name.start);
  const after = text.slice(cand.name.end);
  // a person's name, in a receiver's place: no marker, no organisation, no region
  const person = () => !cand.name.marked && !orgMarker(name) && !findBareRegion(name);
  return (
    GIVES.test(after) ||
    // "Kabupaten Maros menargetkan meraih juara 1": a target, not a win
    AIMS.test(after) ||
    // ("mencanangkan target agar Kota Bekasi meraih juara pertama …": the aim a target sets)
    AIMED_FOR.test(before) ||
    // "Bupati Kebumen menyampaikan ucapan selamat kepada Pemkab Purworejo …": who congratulates
    CONGRATULATES.test(after) ||
    // "*📢 KABAR GEMBIRA DARI KOTA BATIAH 📢*": a shouted line, not a name
    SHOUTED.test(name) ||
    // "Adipura", "Opini WTP", "Kabupaten Layak Anak": another award listed beside Paritrana
    isOtherAwardName(name) ||
    // "Bupati Sumedang yang ikut mendampingi …": who came along, not who won
    ACCOMPANIES.test(after) ||
    citedSource(before, after) ||
    // "Kepala Disnaker X yang menerima penghargaan mewakili Bupati": who received it for another
    ON_BEHALF.test(after) ||
    // "mengungguli enam kabupaten/kota lainnya, yakni Kabupaten Berau, Paser, …": the rivals beaten
    RIVALS_LISTED.test(before) ||
    // "Perusahaan Logistik Kota Tangerang Juarai …", "pemberi kerja dari Kota A dan Kabupaten B
    // meraih …": the place of the winners, not one
    ((EMPLOYER_OF.test(before) || FROM_A_AND.test(before)) && isRegionName(name)) ||
    // "PT X Tbk (IKPT) pabrik Purwakarta dinobatkan …": the town of a firm's plant
    (PLANT_BEFORE.test(before) && isRegionName(name)) ||
    // "warung kopi di pinggir Danau Tondano, Minahasa": a region closing a place phrase
    (PLACE_PHRASE_BEFORE.test(before) && isRegionName(name) && /^\s*(?:[.,;]|$)/.test(after)) ||
    // "di Lantai 7 Kantor Gubernur Maluku, Ambon, Selasa (9/12)": the venue's town
    // ("di Gedung Negara Grahadi, Surabaya, Bupati Lumajang menerima …": the winner follows it)
    (VENUE_BEFORE.test(before) && (DATE_AFTER.test(after) || OFFICIAL_AFTER.test(after))) ||
    // "juara satu Paritrana Award Maluku 2025": the award's province, whatever type it took
    (AWARD_OF_PROVINCE.test(before) && isProvinceName(name)) ||
    // "… Setelah Lebih Dulu Juara Sumbar": the champion of a province, not the province
    (/\bjuara\s+$/i.test(before) && isProvinceName(name)) ||
    countsAwards(after) ||
    // "Sulawesi Selatan menempatkan tiga daerahnya di jajaran pemenang": a province counting
    PLACES_ITS_OWN.test(after) ||
    // "Kerinci Bawa Pulang Piagam Nominasi": a nominee's certificate in the name's clause
    certificateAfter(after) ||
    // "Hotel kami, yang dikelola PT Sasak Indah Wisata, meraih …": who runs the winner
    /\byang\s+(?:dikelola|dimiliki|dioperasikan|dinaungi)(?:\s+oleh)?\s+$/i.test(before) ||
    // "meraih penghargaan kategori Kalurahan Inovatif", "Kategori: Ketenagakerjaan": a category's
    // name
    /\bkategori\s*:?\s*$/i.test(before) ||
    // a place the scan found after "di", "dari", "tingkat" … ("membawa pulang trofi dari
    // Semarang"); the rules already skip these
    (cand.source === 'span' && LOCATED.test(before)) ||
    // "Negeri X, Kecamatan Y, Kota Ambon juara II", "Desa A, Kec. B Kab C juara II": the city or
    // regency only locates the village (whichever step found it)
    (PLACE_OF_VILLAGE.test(before) && isRegionName(name)) ||
    // "BUMDes Tirta Mandiri, Desa Ponggok, Kecamatan Polanharjo, …": the village is where the
    // organisation named before it lies
    (ORG_BEFORE.test(before) && VILLAGE_NAME.test(name) && ADDRESS_GOES_ON.test(after)) ||
    // "KPSP Gunung Tilu asal Pangalengan, Kabupaten Bandung, meraih …": the origin's regency
    (ORIGIN_BEFORE.test(before) && isRegionName(name)) ||
    (FROM_REGENCY.test(before) && isProvinceName(name)) ||
    // "X menjadi kebanggaan Nusa Tenggara Timur setelah meraih …": whose pride the winner is
    /\bkebanggaan\s+(?:warga\s+|masyarakat\s+)?$/i.test(before) ||
    RECEIVED_STATEMENT.test(before) ||
    (REPRESENTS.test(before) && !/^Pem/.test(name)) ||
    // "diterima Lurah Guntung, Hairil Anwar": the official's own name is no winner
    ((followsTitle(before) || isHonorificName(name)) && !orgMarker(name)) ||
    // "diterima langsung oleh Ahmad Faisal": a person received it, unless the name is marked
    // ("diterima oleh Wali Kota Denpasar", "… oleh PT X") or is a region's
    (RECEIVED_BY.test(before) && !cand.name.marked && !findBareRegion(name)) ||
    // "Penghargaan diterima Sutikno dari Wakil Presiden", "… diterima Sutini di Semarang, Rabu
    // (13/8/2025), dari tangan Gubernur": who took it from the giver's hands
    (/\bditerima\s+$/i.test(before) &&
      (/^\s+(?:dari|di)\s/.test(after) || FROM_GIVER.test(after)) &&
      person()) ||
    // "diterima General Manager hotel, Rusdianto La Ode, di …": a post's holder
    (POST_BEFORE.test(before) && person())
  );
}

// "Gelar yang sama pernah diraih Batam pada 2022 dan 2023", "… ketika Lamongan juga meraih predikat
// yang sama": the place the winner's award told before holds
// ("…, sama seperti pada Paritrana Award 2023": the same place, said after the one won now)
const SAME_PLACE =
  /\b(?:(?:gelar|predikat|posisi|peringkat)\s+yang\s+sama|sama\s+seperti\s+(?:pada\s+|di\s+)?(?:paritrana|edisi|tahun|20[12]\d))\b/i;

/** Awards of "the same title" given the rank of the winner's award told before them. */
function sameTitleRanks(awards: AwardMention[]): AwardMention[] {
  return awards.map((a) => {
    if (a.rank != null || !SAME_PLACE.test(a.evidence.text)) {
      return a;
    }
    const told = awards.filter(
      (b) =>
        b.winnerCanonical === a.winnerCanonical &&
        b.rank != null &&
        b !== a &&
        b.evidence.start <= a.evidence.start,
    );
    const last = told.at(-1);
    return last ? { ...a, rank: last.rank, rankLabel: last.rankLabel } : a;
  });
}

// ("Bupati Pringsewu menyatakan akan memberikan insentif kepada pekon yang menjadi juara")
const AIMS =
  /^\s*,?\s*(?:(?:juga|pun|kembali|tahun\s+(?:ini|depan))\s+)?(?:(?:menyatakan|mengatakan|menyebut|berjanji)\s+(?=akan\b|siap\b))?(?:menargetkan|mentargetkan|targetkan|mengincar|incar|membidik|bidik|bertekad|berambisi|berharap|ingin|akan|siap|bersiap)\b/i;
const CONGRATULATES =
  /^\s*,?\s*(?:(?:juga|pun|turut)\s+)?(?:menyampaikan|mengucapkan|memberi(?:kan)?|sampaikan|ucapkan)\s+(?:ucapan\s+)?selamat\b/i;
const SHOUTED =
  /^(?=[^\p{Ll}]*$).*\b(?:DARI|UNTUK|YANG|KEPADA|BAGI|SELAMAT|KABAR|BERITA|GEMBIRA)\b/u;

/** The region's identity, as the article wrote the winner (its nickname kept as an alias). */
const withWinner = (who: WinnerIdentity | null, written: string): WinnerIdentity | null =>
  who ? { ...who, winner: written, aliases: [...new Set([...who.aliases, written])] } : null;

const VENUE_BEFORE =
  /\bdi\s+[^.;]{0,60}?\b(?:Kantor|Gedung|Aula|Pendopo|Pendapa|Rumah\s+Jabatan|Istana|Hotel|Balai|Lantai|Ruang)\b[^,.;]{0,40},\s*$/u;
// (not "pemenang dari Kabupaten A, Kota B", a list of regions)
const PLACE_PHRASE_BEFORE =
  /(?<!\b(?:pemenang|peraih|penerima|juara)(?:nya)?\s+)\b(?:di|dari)\s+(?:\p{Ll}+\s+){0,2}(?!(?:Kabupaten|Kab|Kota|Provinsi|Pemkab|Pemkot|Pemprov)\b)(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*,\s*$/u;
const PLACES_ITS_OWN =
  /^\s*(?:(?:berhasil|kembali|juga)\s+)?menempatkan\s+(?:\d+|dua|tiga|empat|lima|enam|sejumlah|beberapa)\b/i;
const OFFICIAL_AFTER =
  /^\s*,\s*(?:(?:Wakil|Pj\.?|Plt\.?|Penjabat)\s+)?(?:Bupati|Wali\s?[Kk]ota|Walikota|Gubernur|Kepala|Direktur|Dirut|Manajer|Pemilik|Ketua|Lurah|Keuchik|Perbekel|Wali\s+Nagari)\b/u;
const DATE_AFTER = /^\s*,?\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|\(?\d{1,2}[/ ])/u;
const provinceAsVillage = (who: WinnerIdentity): boolean =>
  (who.type === 'desa' || who.type === 'kelurahan') &&
  isProvinceName(who.canonical.replace(/^\S+\s+/, ''));
const RIVALS_LISTED =
  /\b(?:mengungguli|menyisihkan|mengalahkan|menyingkirkan|menggeser)\b[^.;:]{0,80}\b(?:yakni|yaitu|antara\s+lain|seperti|di\s*antaranya)\b[^.;:]*$/i;
const EMPLOYER_OF =
  /\b(?:Perusahaan|Pabrik|Pengusaha|Usaha|UMKM|Hotel|Koperasi|Emiten|BUMD|BUMN)(?:\s+\p{Lu}\p{Ll}+){0,2}\s+$/u;
const FROM_A_AND =
  /\b(?<!\b(?:pemenang|peraih|penerima|juara)(?:nya)?\s+)(?:dari|asal)\s+[^,.;]{2,40}?\s+(?:dan|serta)\s+$/i;
const isProvinceName = (name: string): boolean =>
  /^(?:provinsi|pemprov)\s/i.test(name) || findBareRegion(name)?.type === 'provinsi';
const isRegionName = (name: string): boolean =>
  /^(?:kabupaten|kab\.?|kota|provinsi)\s/i.test(name) || findBareRegion(name) != null;

const UNRANKED =
  /\b(?:(?:tidak|tak|tanpa)\s+(?:menetapkan\s+|ada\s+)?(?:peringkat|urutan)|(?:menurut|sesuai|berdasarkan)\s+(?:urutan\s+)?abjad|urutan\s+abjad|tidak\s+berdasarkan\s+(?:peringkat|urutan))\b/i;
const FROM_GIVER =
  /^[^.;]{0,60}?\bdari\s+(?:tangan\s+)?(?:Gubernur|Wakil|Wapres|Menko|Menteri|Bupati|Wali|Presiden|Pj\.?|Penjabat|Sekda|Kepala)\b/u;
// a firm's plant, after its name or short form ("(IKPT) pabrik ⟨Purwakarta⟩"; not "di pabrik PT X")
const PLANT_BEFORE = /(?:\)|\b\p{Lu}[\p{L}.]*)\s+pabrik\s+$/u;
// "diterima General Manager hotel, Rusdianto La Ode, di …": a post's holder, set off by commas
// ("diterima Plant Manager IKPT Purwakarta, Dadang Suherman": the firm's short form written out,
// "Plant Manager PT Indo Kemas Plastik Tbk (IKPT) Purwakarta, …"; "GM SDM PEB, Rudi Hartono",
// "Head of Human Capital ASN, …", "Chief Human Capital Officer LSP, …")
const POST_BEFORE =
  /\b(?:general\s+manager|manager|manajer|gm|head|officer|direktur(?:\s+utama)?|dirut|pemilik|owner|pimpinan|ketua)(?:\s+[\p{L}().&-]+){0,10},\s*$/iu;
const ON_BEHALF =
  /^\s*,?\s*(?:yang\s+)?(?:menerima|menerimanya)\s+(?:[\p{L}-]+\s+){0,4}?(?:mewakili|atas\s+nama)\s+(?:bupati|wali\s?kota|walikota|gubernur|pemkab|pemkot|pemprov|pemerintah)\b/iu;
const ACCOMPANIES =
  /^\s*,?\s*(?:yang\s+)?(?:ikut|turut|juga)\s+(?:mendampingi|menyaksikan|mengantar|menemani)\b/i;
const OTHER_AWARD = phraseRegex(OtherAwardNames);
const BARE_AWARD = /^(?:(?:opini|predikat)\s+)?(?:wtp|uhc|kla|proper(?:\s+\p{L}+)?)$/iu;
/** Whether a name is another award's ("Adipura", "PROPER Biru", "Kota Layak Anak"). */
const isOtherAwardName = (name: string): boolean => BARE_AWARD.test(name) || OTHER_AWARD.test(name);

// ("Kategori usaha mikro diterima Susu Kuda Liar Samawa (juara 1)": recipients, not who held it)
const RECEIVED_BY = /\bditerima\s+(?:(?:secara\s+)?langsung\s+(?:oleh\s+)?|oleh\s+)$/i;

// A name the high-recall scan found with no win verb near it ("Pj Wali Kota menyebut Desa A dan
// Desa B sebagai contoh"): most such names are examples, hosts or places, so the learned decision
// must be surer of it than of one a rule or a win verb backs. (Chosen on the untrained tuning
// sets: 0.8 and 0.95 did less well.)
const SPAN_WITHOUT_WIN = 0.9;
// the first win verb after a name, negated ("… namun belum berhasil meraih juara")
const NEGATED_WIN =
  /^(?:(?!\b(?:meraih|menerima|mendapat|menjadi|dinobatkan|juara|terbaik|menyabet|merebut|memenangkan|memboyong)\b)[^.;])*?\b(?:belum|tidak|tak|gagal)\s+(?:(?:berhasil|mampu|bisa|sempat|juga|lagi)\s+)?(?:meraih|mendapat(?:kan)?|menjadi|masuk|memperoleh|menang|juara)\b/i;

// an organisation's name and a comma, then its village's address
const ORG_BEFORE =
  /\b(?:BUMDes|BUMDesa|Koperasi|KSP|KUD|Kopdit|PT|CV|UD|Perumda|RS|RSU|RSUD|Puskesmas|Hotel|Toko|Warung)\)?\s+\p{Lu}[^,;.]{1,60},\s*$/u;
const ORIGIN_BEFORE =
  /\b(?:asal|(?:berbasis|berlokasi|beralamat|berkantor)\s+di)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s*$/u;
// "Koperasi X dari Kabupaten Sikka, ⟨Nusa Tenggara Timur⟩, dinobatkan …": the province of the
// regency a winner comes from
const FROM_REGENCY =
  /\bdari\s+(?:Kabupaten|Kab\.|Kota)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},\s*$/u;
const ADDRESS_GOES_ON = /^\s*,?\s*(?:Kecamatan|Kec\.?|Distrik|Kapanewon)\s/u;

// a clause set apart by commas ("Kabupaten X, yang tahun lalu tak masuk lima besar, merebut …")
const ASIDE = /,\s*yang\s[^,.;]*,/g;

// the award named with its year ("Paritrana Award 2025", "Paritrana 2025")
// ("Untuk edisi 2025, Sleman lebih dulu menjuarai …" after a past win's paragraph)
const NAMED_EDITION =
  /\b(?:paritrana(?:\s+awards?)?|(?:untuk|pada|dalam|di)\s+edisi)\s+(?:tahun\s+)?20[12]\d\b/i;
// a region's kind and two words or more no region bears; a one-word short form such as "Kab.
// Mateng" may still be one
const UNKNOWN_REGION = /^(?:Kabupaten|Kota)(?:\s+\S+){2,}$/;

// the one a winner goes on to represent ("… sehingga berhak mewakili Bumi Lancang Kuning")
const REPRESENTED = /\bmewakili\s+$/i;

/** Whether a blank line stands between two sentences (false when either is missing). */
function paragraphBreakBetween(
  text: string,
  a: { end: number } | undefined,
  b: { start: number } | undefined,
): boolean {
  return a != null && b != null && /\n[^\S\n]*\n/.test(text.slice(a.end, b.start));
}

/**
 * Whether a sentence before sentence `i`, in its paragraph, tells a provincial ceremony of the
 * award (or a win at a province's stage) while sentence `i` and those between state no level of
 * their own: "Capaian ini melanjutkan prestasi di tingkat Kalimantan Timur. Saat itu, Kukar meraih
 * juara 1 …, sementara Kota Bontang … Untuk kategori badan usaha, juara pertama diraih PT X."
 */
function provincialBefore(
  cleaned: string[],
  i: number,
  sentences: readonly { start: number; end: number }[],
  text: string,
): boolean {
  if (statedLevel(cleaned[i] ?? '') != null) {
    return false;
  }
  for (let j = i - 1; j >= 0; j--) {
    const prev = cleaned[j] ?? '';
    if (paragraphBreakBetween(text, sentences[j], sentences[j + 1])) {
      return false;
    }
    const level = statedLevel(prev);
    if (level != null) {
      return level === 'provinsi' && (AWARD_CUE.test(prev) || ACHIEVEMENT.test(prev));
    }
  }
  return false;
}
const ACHIEVEMENT = /\b(?:prestasi|capaian|raihan)\b/i;

/**
 * The province whose stage a sentence names ("tingkat Provinsi Jawa Tengah"; a bare "tahap
 * provinsi" the story's province), or null (not the stage of notes: "Berikut daftarnya, dengan
 * hasil tahap provinsi dalam kurung:" heads national rows).
 */
function provincialStage(
  sentence: string,
  storyProvince: string | null,
): { provinceCode: string } | null {
  if (statedLevel(sentence) !== 'provinsi') {
    return null;
  }
  const provinceCode =
    stagedProvince(sentence) ?? (STAGE_NOTES.test(sentence) ? null : storyProvince);
  return provinceCode ? { provinceCode } : null;
}
const STAGE_NOTES = /\b(?:dalam\s+kurung|catatan|keterangan)\b/i;

/** Whether a sentence stands on a line a bullet or a list's number opens. */
function onItemLine(text: string, sentence: { start: number; end: number }): boolean {
  const line = text.slice(text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.end);
  return startsWithBullet(line) || listNumber(line) != null;
}

/**
 * "Kabupaten Tapin" alone on its line over "• Desa Hiyung — Juara 1": a regency heading the
 * villages listed under it, not a winner.
 */
function groupHeading(
  text: string,
  cand: ExtraCandidate,
  raw: string | undefined,
  next: string | undefined,
): boolean {
  const bulleted = (line: string | undefined) => line != null && startsWithBullet(line);
  return (
    cand.rank == null &&
    !bulleted(raw) &&
    bulleted(next) &&
    text.trim() === cand.name.text &&
    /^(?:Kabupaten|Kab\.?|Kota)\s/.test(cand.name.text)
  );
}

// "Terbaik II – Pengolahan Lidah Buaya Khatulistiwa, Pontianak": a town closing the item after a
// winner that is no region is that winner's home
function townAfterWinner(
  text: string,
  name: { text: string; start: number; end: number },
  found: readonly { name: { text: string; end: number } }[],
): boolean {
  const before = found.find((f) => /^\s*,\s*$/.test(text.slice(f.name.end, name.start)));
  return (
    before != null &&
    isRegencyOrCity(name.text) &&
    !isRegencyOrCity(before.name.text) &&
    !VILLAGE_NAME.test(before.name.text) &&
    !/^(?:Provinsi|Prov\.?)\s/.test(before.name.text) &&
    /^\s*[.;]?\s*$/.test(text.slice(name.end))
  );
}

// "Desa Ponggok Kec. Polanharjo Kab. Klaten dapat juara 1": the regency after a winner's district
// is its address
const DISTRICT_BETWEEN = new RegExp(`^\\s*,?\\s*${DISTRICT}\\s+[\\p{L}\\s.'-]{2,40}?,?\\s*$`, 'u');
const addressOfWinner = (
  text: string,
  name: { text: string; start: number },
  found: readonly { name: { end: number } }[],
): boolean =>
  isRegencyOrCity(name.text) &&
  found.some(
    (f) => f.name.end <= name.start && DISTRICT_BETWEEN.test(text.slice(f.name.end, name.start)),
  );

// "Sepekan di Jambi: Batanghari Meluap, Batik Jambi ke Paris, Tanjabbar Juara Paritrana": a
// headline's clause that says something else of its name (no award, no place won), beside a
// clause that gives the win to a name of its own, is another story's (not "Dua Kali Juara III, CV
// X Akhirnya Naik", whose first clause speaks of X)
const CLAUSE_WIN = new RegExp(
  `${AWARD_CUE.source}|\\b(?:raih|meraih|menang|sabet|boyong|pertama|kedua|ketiga|keempat|harapan)\\b`,
  'i',
);

/** Whether a headline's name stands in a clause of its own that tells no win, another's does. */
function ownHeadlineClause(
  text: string,
  name: { start: number; end: number },
  found: readonly { name: { start: number } }[],
): boolean {
  const clauses = [...text.matchAll(/[^,;:|]+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const own = clauses.find((c) => c.start <= name.start && name.end <= c.end);
  if (!own || !/\p{L}{2,}/u.test(text.slice(name.end, own.end))) {
    return false;
  }
  const wins = (c: { start: number; end: number }) => CLAUSE_WIN.test(text.slice(c.start, c.end));
  return (
    !wins(own) &&
    clauses.some(
      (c) =>
        c !== own && wins(c) && found.some((f) => c.start <= f.name.start && f.name.start < c.end),
    )
  );
}

// "Kaltara dan Kalsel Masuk Nominasi", "Katingan dan Seruyan Jadi Pesaing Terdekat", "Target
// Kabupaten X meraih juara 1 … tidak tercapai", "Kota Metro juga tercatat sebagai peserta
// penilaian tahap akhir", "Dompu Terima Apresiasi Khusus": a clause that tells a contender, not a
// winner (not "X yang meraih juara 2 … itu menargetkan …", "X meraih juara 1 … dan kini masuk
// nominasi tingkat nasional": a place won before the contest it goes on to; nor "Setelah meraih
// juara I …, X terpilih mewakili …"; nor "gagal mempertahankan", a title held before; nor
// "mendapat apresiasi sebagai juara ketiga"); nor one someone only thought won ("Banyak yang
// mengira Kota Medan yang menang", not "Kami tidak menyangka X bisa juara dua")
const CONTENDER =
  /\b(?:(?<!\b(?:tidak|tak|tdk|gak|nggak|ga)\s+)(?:mengira|dikira|menyangka|disangka)|masuk\s+(?:dalam\s+)?nominasi|nominasi|nominator|finalis|bersaing|pesaing|kandidat|target(?:kan|nya)?|ditargetkan|menargetkan|gagal(?!\s+mempertahankan)|peserta\s+penilaian|tahap\s+akhir|tersingkir|(?:terima|menerima|raih|meraih|mendapat(?:kan)?|diberi)\s+(?:\p{L}+\s+)?apresiasi(?!\s+sebagai\s+(?:juara|terbaik|pemenang))|apresiasi\s+khusus)\b/iu;
const FRONTED_WIN =
  /^\s*(?:Setelah|Usai|Sesudah|Selain)\s+(?:\p{L}+\s+){0,2}?(?:meraih|menjadi|dinobatkan|menyabet|memboyong)\b/iu;
// where a clause ends: a comma, a semicolon, or a contrast's word
const CLAUSE_EDGE = /[,;]|\b(?:sementara|sedangkan|namun|tetapi|adapun)\b/gi;

/** Whether the clause a name stands in tells a contender (CONTENDER), not a winner. */
function contenderClause(text: string, name: { start: number; end: number }): boolean {
  if (FRONTED_WIN.test(text)) {
    return false;
  }
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_EDGE)) {
    if (m.index < name.start) {
      start = m.index + m[0].length;
    } else if (m.index >= name.end) {
      end = m.index;
      break;
    }
  }
  // (the three words before the name, "Target Kabupaten X …", or the clause after it up to a
  // place won)
  const before = /(?:\S+\s+){0,3}$/u.exec(text.slice(start, name.start))?.[0] ?? '';
  const after = text.slice(name.end, end);
  const place = after.search(PLACE_WON);
  const told = after.search(CONTENDER);
  return CONTENDER.test(before) || (told >= 0 && (place < 0 || told < place));
}

// "Sebelum melangkah ke Jakarta, Muba lebih dulu …": a bare region a story goes to is where the
// next stage is held, no winner
const GOES_TO = /\b(?:ke|menuju)\s+$/i;

/** Whether a name is a bare region right after "ke" or "menuju" (a destination). */
function isDestination(text: string, name: FoundName): boolean {
  return GOES_TO.test(text.slice(Math.max(0, name.start - 8), name.start)) && isBareRegion(name);
}

const APPOSED_PAST =
  /^\s*,\s*(?:juara|peringkat|terbaik|pemenang|peraih)\b[^,.;]*\b20[12]\d\b[^,.;]*,/i;

// "Kota Mataram gagal mempertahankan gelar juara …", "Kabupaten Konawe cuma masuk nominasi": a
// name whose own verb says it did not win is no learned candidate (but "gagal mempertahankan
// gelar juara I yang diraihnya tahun lalu" tells last year's win)
const LAST_YEARS = /\btahun\s+(?:lalu|sebelumnya|kemarin)\b/i;
const FAILED_AFTER =
  /^\s*(?:(?:pun|juga|justru|malah|sendiri)\s+)?(?:gagal|belum\s+berhasil|tidak\s+berhasil|tak\s+berhasil|(?:hanya|cuma)\s+(?:masuk|menjadi|sebagai)\s+(?:nominasi|nominator|finalis|nomine))\b/i;

// a header's category run on into the award's name and stage ("Kategori Usaha Mikro Kecil
// Paritrana Award 2023 tingkat nasional diraih:")
const RUNS_ON = /\b(?:paritrana|award|tingkat|tahun|diraih|dimenangkan|\d{4})\b/i;

/** Finds every award result an article states (called only for articles classified `results`). */
export function extractAwards(given: ArticleText, opts: ExtractOptions = {}): AwardMention[] {
  forgetScannedSentences();
  // (an advert's lines joined into its sentence; every offset stays true)
  // (and the text mended, unless the caller did: "Paritrana-Award 2026", "pering-⏎kat"; the
  // extractor service calls this directly)
  const text = opts.mended ? given.text : mendText(given.text);
  const article = { ...given, text: joinAdvertLines(text) };
  const model = opts.model === undefined ? defaultModel() : opts.model;
  // the learned decision (or a trace for training) also hears the high-recall candidates
  const widen = model != null || opts.trace != null;
  const sentences = splitSentences(article.text);
  // (lists numbered afresh under each category rank their items)
  const byGroup = numbersRestartByGroup(article.text);
  const rawCleaned = readTableRows(
    readRankedRows(
      barSpacedTables(
        readCellLines(
          joinAlignedWraps(
            // (a chat message's head, its writer and time, is no cell of a table or a list)
            sentences.map((s) =>
              MESSAGE_HEAD.test(s.text) ? '' : byGroup ? inlineNumbersAsRanks(s.text) : s.text,
            ),
            sentences,
            article.text,
          ),
        ),
      ),
    ),
  ).map(cleanSentence);
  const cleaned = dateYearSections(
    recordRows(
      readPageComments(
        rawCleaned,
        sentences.map((s) => s.text),
      ),
    ),
  );
  const codes = regencyCodes(cleaned);
  let story: string | null | undefined;
  // (a regional government's own site is about its region, wherever the story is filed from)
  const storyRegion = () =>
    story === undefined
      ? (story = siteRegionOf(article.text) ?? mainRegion(article.text, cleaned))
      : story;
  let owner: string | null | undefined;
  const pageOwner = () => (owner === undefined ? (owner = pageOwnerOf(article.text)) : owner);
  let site: string | null | undefined;
  const siteOwner = () =>
    site === undefined ? (site = siteOwnerOf(article.text, pageOwner)) : site;
  const links = linkLines(sentences, article.text);
  // (a related story's headline dates no edition of this one; nor do an archive's year headings,
  // "Edisi 2022:" … "Edisi 2024:", each its own section's)
  const headings = archiveHeadings(sentences.map((s) => s.text));
  const aside = links.map((link, i) => link || headings[i] === true);
  const read = readArticleContext(
    { ...article, text: withoutLines(article.text, sentences, aside) },
    sentences.filter((_s, i) => !aside[i]),
  );
  // no "tingkat Provinsi X": the province most of the named regencies lie in, else the one the
  // story is filed from ("ACEH BESAR – … Gampong itu memperoleh penghargaan …")
  const ctx = {
    ...read,
    provinceCode:
      read.provinceCode ??
      mostCommon(codes.map((c) => c.slice(0, 2))) ??
      filedFrom(article.text)?.provinceCode ??
      null,
  };
  const short = localAliases(cleaned);
  const heads = officialNames(cleaned);
  const people = quotedPeople(cleaned);
  const villages = villageNames(cleaned);
  // a page that keeps its owner's awards ("Penghargaan - PT X", "Tentang Kami - …") tells past
  // wins only
  const standing = standingAwardsPage(article.text, pageOwner);
  // the sentences with short forms, officials, villages and small businesses written out, the
  // phrases that refer back written as the names they mean, then a collector's lists, track
  // records and "kala itu" credited and dated
  const expanded = listedGroups(cleaned).map((t) =>
    orgForOfficer(
      markSmallBusinesses(
        expandVillages(
          expandOfficials(expandShortForms(headsApart(t, people), short), heads),
          villages,
        ),
      ),
    ),
  );
  const referred = resolveAnaphora(expanded, storyRegion, siteOwner, () =>
    postOwnerOf(article.text),
  );
  const texts = datedThen(
    spellTrackRecords(
      creditCollector(referred, storyRegion, pageOwner, standing),
      // (a story of one company its headline names is that company's, not its region's)
      () => siteOwner() ?? headlineCompany(article.text),
      storyRegion,
    ),
  );
  const cut = !/[.!?"”')\]]\s*$/.test(article.text);
  const awards: AwardMention[] = [];
  const fromExtras = new Set<AwardMention>();
  const fromTitle = new Set<AwardMention>();
  let header: string | null = null;
  let listMode = false;
  // the place a list's header gives all its items ("Penerima terbaik pertama pada masing-masing
  // kategori adalah:")
  let listRank: RankMention | null = null;
  // where the winners list running now began (its later category headers continue it)
  let listFrom = 0;
  // the province whose stage the running list's header names in a story of another level
  // ("Berikut para juara Paritrana Award 2024 tingkat Provinsi Jawa Tengah …:" in a national one)
  let listStage: { provinceCode: string } | null = null;
  let carried: { year: number | null; at: number } | null = null;
  let noted = -1;
  const categories = createCategoryMemory();
  const newCategoryParagraph = (from: number, to: number): boolean =>
    paragraphBreakBetween(article.text, sentences[from], sentences[to]) &&
    /^\s*(?:(?:di|untuk|pada|dalam)\s+)?kategori\b/i.test(cleaned[to] ?? '');
  texts.forEach((text, i) => {
    if (links[i]) {
      return;
    }
    const sentence = evidenceOf(sentences[i], cleaned[i] ?? text);
    // (or the sentence's last clause: "Panitia tidak menetapkan peringkat untuk kategori ini;
    // nama penerima dibacakan menurut abjad:")
    const head =
      HEADER.exec(text) ??
      (text.includes(';') ? HEADER.exec(text.slice(text.lastIndexOf(';') + 1).trim()) : null) ??
      (ASIDE_BEFORE_COLON.test(text) ? HEADER.exec(text.replace(ASIDE_BEFORE_COLON, ':')) : null) ??
      categoryLine(text, sentences[i], article.text) ??
      numberedListHead(text, sentences[i], article.text);
    if (head || !sentence) {
      // "Acara ini terselenggara atas dukungan:": a list of sponsors, guests or judges (or of the
      // owner's other awards: "Penghargaan lain yang pernah kami terima:")
      // (told by the header's own clause: "Panitia …; nama penerima dibacakan …:" heads winners)
      // ("dewan juri menetapkan urutan peringkat sebagai berikut:": the jury's result is winners)
      const headText = head != null && 'input' in head ? head.input : text;
      // ("Rekam jejak PT X di Paritrana Award Kaltim:": a winner's own record, its rows written
      // as its wins, no category's list)
      const others =
        (head != null && OTHERS_LIST.test(headText) && !JURY_DECIDES.test(headText)) ||
        isRecordHead(text);
      // the next category's header of a winners list still running ("Badan Usaha Besar:")
      const continuing = listMode && typeOfCategory(head?.[1] ?? head?.[2] ?? text) != null;
      // ("Untuk kategori Pemerintah Desa, dewan juri menetapkan …": the category the clause names)
      const told = head?.[1] ?? head?.[2];
      header = others
        ? null
        : told != null
          ? ((told.includes(',') || /\bkategori\s/i.test(told)
              ? parseCategory(told)
              : RUNS_ON.test(told)
                ? parseCategory(`kategori ${told}`)
                : null) ?? told)
          : header;
      const headRanks = head && !continuing ? findRanks(text) : [];
      listRank = continuing ? listRank : headRanks.length === 1 ? (headRanks[0] ?? null) : null;
      listMode =
        head != null &&
        !others &&
        (continuing || AWARD_CUE.test(cleaned.slice(Math.max(0, i - 3), i + 1).join(' ')));
      listFrom = continuing ? listFrom : Math.max(0, i - 5);
      listStage = continuing
        ? listStage
        : listMode
          ? provincialStage(text, ctx.provinceCode)
          : null;
      return;
    }
    listMode &&= isListLine(text, sentences[i] ?? sentence, article.text);
    // (a list under a stage's header runs on its bulleted or numbered lines, however long)
    if (listStage && !listMode && !onItemLine(article.text, sentences[i] ?? sentence)) {
      listStage = null;
    }
    // "Pemprov X sebelumnya menyerahkan Paritrana Award 2024 tingkat provinsi. Kota A meraih juara
    // pertama …": in a national story, the winners told right after a provincial ceremony are its
    // (so are a list's items under a header that names the province's stage, unless they state
    // a level of their own)
    const levelCtx = provincialBefore(cleaned, i, sentences, article.text)
      ? { ...ctx, level: 'provinsi' as const }
      : listStage && ctx.level !== 'provinsi' && statedLevel(text) == null
        ? {
            ...ctx,
            level: 'provinsi' as const,
            provinceCode: listStage.provinceCode,
          }
        : ctx;
    let sentenceHistorical = false;
    let sentenceCurrent = false;
    // (or a run of "Perusahaan menengah: 1. A, 2. B" lines, each opened by a category's label)
    const afterCue =
      i > 0 &&
      (AWARD_CUE.test(cleaned[i - 1] ?? '') ||
        (categoryLabel(text) != null && categoryLabel(cleaned[i - 1] ?? '') != null));
    // a headline's names must be ones the body names (not a related story's headline)
    // (nor is an appendix's row: "Desa Lerep, Kec. Ungaran Barat II (Dua)")
    const title =
      sentences[i] != null &&
      isTitleLine(sentences[i], article.text) &&
      !isRankedRow(sentences[i].text);
    const body = title ? texts.filter((_, j) => j !== i && !links[j]) : null;
    const found = findWinners(text, afterCue, listMode);
    const cuedHere = afterCue || listMode || AWARD_CUE.test(text);
    // (a headline without an award word of its own, cued only by the line above, names no one the
    // scan may add: "Batik Jambi ke Paris" under "…, Bungo Juara Paritrana")
    const extras =
      widen && cuedHere && !aboutOtherAward(text) && !(title && !AWARD_CUE.test(text))
        ? extraCandidates(text).filter(
            (e) =>
              !found.some((f) => e.name.start < f.name.end && f.name.start < e.name.end) &&
              !townAfterWinner(text, e.name, found) &&
              !addressOfWinner(text, e.name, found) &&
              !(FAILED_AFTER.test(text.slice(e.name.end)) && !LAST_YEARS.test(text)) &&
              !NO_WIN_AFTER.test(text.slice(e.name.end)) &&
              !(title && ownHeadlineClause(text, e.name, found)),
          )
        : [];
    const all: ExtraCandidate[] = [
      ...found.map((c) => ({ ...c, source: 'rule' as const, bullet: null })),
      ...extras,
    ].filter((c) => !contenderClause(text, c.name) && !isDestination(text, c.name));
    // a numbered list of places ("… tiga daerah terbaik: 1) Kabupaten X 2) Kota Y"), or lists
    // numbered afresh under each category
    // (not a list the page says is unranked: "tidak menetapkan peringkat …, menurut abjad")
    const context = cleaned
      .slice(Math.min(listMode ? listFrom : i, Math.max(0, i - 5)), i + 1)
      .join(' ');
    const numbered =
      (byGroup || speaksOfPlaces(context) || WINNERS_LISTED.test(context)) &&
      !UNRANKED.test(context)
        ? listNumber(sentences[i]?.text ?? '')
        : null;
    for (const raw of all) {
      // no rank phrase: the list line's number or a bare ordinal in a series of places (which
      // also beats the rank before a name the rules did not find: "… pertama, Kota X kedua")
      const bare =
        raw.rank && raw.source === 'rule'
          ? null
          : (fallbackRank(text, raw.name, numbered) ??
            (listMode && !raw.rank && listRank ? { ...listRank, start: 0, end: 0 } : null));
      const cand = bare ? { ...raw, rank: bare } : raw;
      const name = body ? headlineName(cand.name, body) : cand.name;
      if (
        !name ||
        namesNoWinner(text, cand, name.text) ||
        groupHeading(text, cand, sentences[i]?.text, sentences[i + 1]?.text)
      ) {
        continue;
      }
      const scoped = text.slice(cand.scope.start, cand.scope.end);
      // (a winner the sentence gives several results states each one's level in its own clause:
      // "Gianyar meraih Juara I tingkat Provinsi Bali …; Gianyar meraih Juara III tingkat nasional")
      const ownLevel =
        cand.scope.start > cand.name.end ||
        all.filter((c) => c.name.text === cand.name.text).length > 1;
      const named =
        parseCategory(scoped) ??
        categoryBefore(text, cand.scope.start) ??
        parseCategory(text) ??
        categoryLabel(text) ??
        header ??
        categories.same(text);
      const resolved = resolveName(name.text, name.paren, {
        typeHint: typeOfCategory(named),
        place: cand.place,
        regencyCodes: codes,
        provinceCode: ctx.provinceCode,
        villageProvince: ctx.level === 'provinsi' ? ctx.provinceCode : null,
      });
      // "Kota Cakalang juara satu": a nickname no gazetteer knows stands for the story's region
      // ("Bumi Tadulako" in any sentence: a land's nickname, the story's region or no one)
      const land = resolved != null && isLandNickname(name.text, resolved);
      const about =
        resolved && (land || isUnknownNickname(name.text, resolved, typeOfCategory(named)))
          ? storyRegion()
          : null;
      // (a headline's nickname only announces the winner the body names)
      if (land && (!about || title)) {
        continue;
      }
      const who = about ? withWinner(resolveName(about, null), name.text) : resolved;
      // ("Paritrana NTB, Desa Tete Batu Terbaik Kategori Desa": no village named "NTB")
      if (!who || who.canonical.length < 2 || provinceAsVillage(who)) {
        continue;
      }
      // "… Paritrana Award 2024 Jateng": the province the award is named with, no winner
      if (who.type === 'provinsi' && AWARD_OF_PROVINCE.test(text.slice(0, cand.name.start))) {
        continue;
      }
      // small businesses get the article's own name for their category ('Kategori UMKM …')
      const category = named ?? (who.type === 'umkm' ? categories.ofType(who.type) : null);
      if (cut && i === cleaned.length - 1 && cand.name.end >= text.trimEnd().length) {
        // a name the cut may have shortened ("… 2. Desa Batu" at the end of a cut page) that only
        // the name scan found is kept when an earlier mention completes it (a list the rules or
        // the slot reader read may well end a page without a period)
        if (!completeTruncated(who, awards) && cand.source === 'span') {
          continue;
        }
      }
      // (a past year is carried to the next sentences of its paragraph, not to a new paragraph
      // that opens a category: "Tahun lalu, juara I diraih X." / "Kategori badan usaha …")
      const prior =
        carried && carried.at >= i - 2 && !newCategoryParagraph(carried.at, i)
          ? carried.year
          : null;
      const afterNote = noted >= 0 && noted < i && i - noted <= 2;
      const single = (cand.source === 'rule' ? found.length : all.length) === 1;
      const [own, ...more] = candidateAwards(text, cand, ctx, prior, afterNote, single);
      // an aside of the name's own that tells its place, before a clause that says it won nothing
      // more ("X sendiri, yang menjadi juara I tahap provinsi …, tidak masuk tiga besar
      // nasional"): the aside's win, at the aside's level
      const aside = OWN_ASIDE.exec(text.slice(cand.name.end))?.[0];
      const wonAside =
        aside != null &&
        PLACE_WON.test(aside) &&
        NEGATED_WIN.test(text.slice(cand.name.end + aside.length));
      const time = own?.time;
      if (!own || !time || hostsAward(who, time, ctx, text)) {
        continue;
      }
      if (widen) {
        const x = candidateFeatures({
          sentence: text,
          nameStart: cand.name.start,
          // a headline's run cut back to the body's name ("Kota X Hadiri Penyerahan …"): what
          // follows the name is the rest of the run
          nameEnd: cand.name.text.startsWith(`${name.text} `)
            ? cand.name.start + name.text.length
            : cand.name.end,
          source: cand.source,
          bullet: cand.bullet,
          rank: own.rank?.rank ?? null,
          rankLabel: own.rank != null,
          winnerType: who.type,
          regionCode: who.regionCode != null,
          historical: time.historical,
          header: header != null,
          listMode,
          afterCue,
          headline: title,
          sentenceIndex: i,
          candidatesInSentence: all.length,
        });
        opts.trace?.(
          x,
          buildAward(
            who,
            { ...cand, rank: own.rank },
            sentence,
            time,
            category,
            levelCtx,
            ownLevel ? scoped : null,
            title,
          ),
          cand.source,
        );
        // ("Desa X juga ikut dinilai …, namun belum berhasil meraih juara", "X dan Y yang sempat
        // masuk lima besar belum berhasil meraih penghargaan": a name whose own clause says it won
        // nothing)
        // (nor one it goes on to represent)
        const keep =
          !(
            (NEGATED_WIN.test(text.slice(cand.name.end).replace(ASIDE, ' ')) && !wonAside) ||
            REPRESENTED.test(text.slice(0, cand.name.start))
          ) &&
          (model
            ? candidateScore(model, x) >=
              (cand.source === 'span' && x['win:none']
                ? SPAN_WITHOUT_WIN
                : model.thresholds.candidate)
            : cand.source === 'rule');
        if (!keep) {
          continue;
        }
      }
      sentenceHistorical ||= time.historical;
      sentenceCurrent ||= !time.historical;
      for (const a of [own, ...more]) {
        const award = buildAward(
          who,
          { ...cand, rank: a.rank },
          sentence,
          a.time,
          category,
          levelCtx,
          a.scope ?? (ownLevel ? scoped : wonAside ? aside : null),
          title,
        );
        if (cand.source !== 'rule') {
          fromExtras.add(award);
        }
        if (title) {
          fromTitle.add(award);
        }
        awards.push(award);
      }
      // only a win the rules state carries its past year to the next sentences: a name the scan
      // found may sit beside an unrelated past cue ("aturan yang terbit tahun lalu")
      // (nor does a note that this edition's winner won before: "Tahun sebelumnya, X juga meraih
      // juara I" tells X's history, not the year of the list that follows)
      // ("Tahun lalu Cilegon berada di posisi juara III." after Cilegon's juara I: its history)
      const history = awards.some((a) => !a.historical && a.winnerCanonical === who.canonical);
      // (not a past set off after the name: "Kabupaten X, juara 1 Paritrana Award 2024, terlempar
      // dari tiga besar" says who X is, and the next sentence's winners are this edition's)
      if (
        time.historical &&
        cand.source === 'rule' &&
        !history &&
        !APPOSED_PAST.test(text.slice(cand.name.end))
      ) {
        carried = { year: time.editionYear, at: i };
      }
    }
    categories.note(text);
    if (NOT_FIRST.test(text)) {
      noted = i;
    }
    // a sentence with this edition's win ("juara 1, naik dari peringkat 3 pada 2023") carries
    // its past year no further
    if (sentenceCurrent && carried?.at === i) {
      carried = null;
    }
    if (!sentenceHistorical && THIS_YEAR.test(text)) {
      carried = null;
    }
    // "Setelah juara pada 2023, X kembali terbaik untuk penilaian 2024": a sentence that ends on
    // this edition's year carries no past year on
    // (so does a later sentence that states this edition's win with its year: "Dalam
    // penganugerahan Paritrana Award 2023 …, Deli Serdang dinyatakan sebagai juara I", or names
    // this edition alone: "Oktober: Paritrana Award 2025 tingkat Provinsi X diserahkan …")
    const last = lastStatedYear(text);
    // (nor does "Ini bukan kali pertama" reach past a sentence that names this edition: "Untuk
    // edisi 2025, Sleman lebih dulu menjuarai tahap DIY.")
    if (
      noted >= 0 &&
      noted < i &&
      NAMED_EDITION.test(text) &&
      last != null &&
      ctx.editionYear != null &&
      last >= ctx.editionYear
    ) {
      noted = -1;
    }
    if (
      carried &&
      (carried.at === i || sentenceCurrent || NAMED_EDITION.test(text)) &&
      last != null &&
      ctx.editionYear != null &&
      last >= ctx.editionYear
    ) {
      carried = null;
    }
  });
  // a winner the rules state keeps the rules' reading: another candidate's mention of it adds
  // nothing but a second, less careful set of fields (a headline only announces a winner: the
  // body's statement, whoever found it, keeps its fields)
  const byRules = new Set(
    awards
      .filter((a) => !fromExtras.has(a) && !fromTitle.has(a))
      .map((a) => `${a.winnerCanonical}|${a.historical}`),
  );
  // a headline cannot tell a past win from this one: when the body states the winner only at
  // another time, the body's records stand for it ("Dua Edisi, Dua Juara: A dan B" over two
  // dated wins); at the same time, the two merge (the headline may hold the rank)
  const body = awards.filter((a) => !fromTitle.has(a));
  const kept = awards.filter((a) => {
    if (!fromTitle.has(a)) {
      return true;
    }
    const same = body.filter((b) => b.winnerCanonical === a.winnerCanonical);
    return same.length === 0 || same.some((b) => b.historical === a.historical);
  });
  // ("Trofi diterima Wali Nagari Dedi Syahputra" after "Nagari Batu Baraie … menjadi juara II": a
  // village head's own name, placed nowhere, when the story names a village by its own word; not
  // "Keuchik Gampong Lamreh Baro" nor a head's village that placed, "Keuchik Lubuk Sukon juara 2")
  const namedVillage = kept.some(
    (a) =>
      (a.winnerType === 'desa' || a.winnerType === 'kelurahan') &&
      !VILLAGE_HEAD_TITLE.test(a.winner),
  );
  const headsOwnName = (a: AwardMention): boolean =>
    namedVillage &&
    a.rank == null &&
    a.regionCode == null &&
    VILLAGE_HEAD_TITLE.test(a.winner) &&
    // ("Kepala Desa Ngargoretno Wetan, Kecamatan Salaman, …, Sutrisno": as often the village)
    !/^(?:kepala\s+desa|kades)\s/i.test(a.winner) &&
    !VILLAGE_NAME.test(a.winner.replace(VILLAGE_HEAD_TITLE, '')) &&
    !kept.some((v) => v !== a && v.winnerCanonical === a.winnerCanonical);
  // ("Kabupaten Minta Desa Tiru Pola …": a headline's capitalised words after a region's kind,
  // which no region of the gazetteer bears, are no regency or city)
  const chosen = kept.filter(
    (a) =>
      (!fromExtras.has(a) || !byRules.has(`${a.winnerCanonical}|${a.historical}`)) &&
      !(UNKNOWN_REGION.test(a.winnerCanonical) && a.regionCode == null) &&
      !headsOwnName(a),
  );
  // (a chat's claim a later message corrects is taken back)
  const ranked = withoutCorrectedClaims(sameTitleRanks(chosen), article.text);
  const merged = mergeAwards(standing ? ranked.map((a) => ({ ...a, historical: true })) : ranked);
  // the receiving official the article names belongs to its award when there is only one
  const current = merged.filter((a) => !a.historical);
  if (current.length === 1 && current[0] && !current[0].recipient) {
    current[0].recipient = ctx.recipient;
  }
  return merged;
}
