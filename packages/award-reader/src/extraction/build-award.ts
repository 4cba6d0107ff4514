import { resolveName, type WinnerIdentity } from '../gazetteer/resolve-name.ts';
import { normalizeKey } from '../gazetteer/normalize-key.ts';
import { regionByCode } from '../gazetteer/regions.ts';
import type { AwardLevel, AwardMention } from '../types.ts';
import {
  namesProvinceStage,
  placeInProvince,
  provinceOfStage,
  type ArticleContext,
} from './article-context.ts';
import { contrastClause, type AwardTime } from './award-time.ts';
import type { WinnerCandidate } from './find-winners.ts';
import { defaultCategory } from './parse-category.ts';
import { findRecipient } from './parse-people.ts';
import { scanNames } from './scan-names.ts';
import type { Sentence } from './split-sentences.ts';

const NATIONAL_CUE =
  /\b(?:tingkat nasional|se-?\s?(?:indonesia|nusantara)|terbaik nasional|nasional antar|(?:peringkat|terbaik|ranking|juara)\s+\S+\s+nasional|(?:posisi|urutan)\s+(?:pertama|kedua|ketiga|I{1,3}|[1-3])\s+nasional|terbaik khusus tingkat nasional|(?:paritrana|award)(?:\s+20[12]\d)?\s+nasional)\b|\(nasional\)/i;
// ("Terbaik I Paritrana Award Provinsi Sumatera Utara tahun 2025": the award named with its
// province)
const PROVINCIAL_CUE =
  /\b(?:(?:tingkat|tahap|babak|level)\s+provinsi|award\s+provinsi\s+(?-i:\p{Lu})|se-(?-i:\p{Lu}))/iu;
// the next stage a winner goes on to ("maju ke tingkat nasional", "mewakili Riau di tingkat
// nasional"), not the level of the win told
export const ONWARD =
  /\b(?:maju|melaju|melangkah|lolos|berangkat|berlaga|bersaing|bertanding|diusulkan|dikirim|menuju|mewakili(?:\s+(?-i:\p{Lu})[\p{L}]*){0,3})\s+(?:ke\s+|di\s+|pada\s+)?(?:ajang\s+|penilaian\s+)?(?:tingkat\s+)?nasional\b/giu;

// where and from whom only the national stage is handed over
const NATIONAL_STAGE =
  /\b(?:istana\s+(?:wakil\s+presiden|wapres|negara|merdeka|bogor)|wakil\s+presiden|wapres|menko\s*pmk)\b/i;

/** The level of one award: provinces only compete nationally, and so did every edition to 2021. */
export function awardLevel(
  who: WinnerIdentity,
  time: AwardTime,
  sentence: string,
  ctx: ArticleContext,
  scope: string | null = null,
  clause: string | null = null,
): AwardLevel {
  // a past result of unknown year came before the article's edition
  const year = time.editionYear ?? (time.historical ? ctx.editionYear : null);
  // (one of several results a sentence gives its winner states its own level: "juara I tingkat
  // provinsi dan peringkat ketiga tingkat nasional")
  // (so does each clause of a contrasted sentence: "Kabupaten Sleman meraih Terbaik I tingkat
  // nasional, sementara Kabupaten Bantul … Terbaik II tingkat Provinsi DIY"; "Kota X menerima
  // Terbaik III di Istana Wakil Presiden, sedangkan Gampong Y … tingkat Provinsi Aceh")
  // (a result's own words within its clause first, then the clause: "Di tingkat nasional, Kota
  // Padang meraih terbaik II …, sedangkan di tingkat provinsi … dan Kota Padang juara II")
  const within = scope != null && (clause == null || clause.includes(scope.trim()));
  const stated =
    (within ? clauseLevel(scope) : null) ??
    (clause != null ? clauseLevel(clause) : null) ??
    (scope != null && !within ? clauseLevel(scope) : null) ??
    statedLevel(sentence);
  // (an early edition the sentence itself places at a province's stage is that stage's: "juara
  // pertama Paritrana Award tingkat Provinsi Riau … pada edisi 2019, 2021 dan 2022")
  if (who.type === 'provinsi' || (year != null && year <= 2021 && stated !== 'provinsi')) {
    return 'nasional';
  }
  // (a sentence stating no level but the national stage's venue or presenter: "Kota Kendari
  // menerima Terbaik III … dari Wakil Presiden" in a story of a province's stage; "Kabupaten
  // Minahasa yang meraih Terbaik III pada Paritrana Award 2024 di Jakarta")
  return stated ?? (nationalVenue(sentence, ctx) ? 'nasional' : ctx.level);
}

/** The level a sentence states ("tingkat nasional", "tingkat Provinsi X"), or null. */
export function statedLevel(sentence: string): AwardLevel | null {
  // "… tingkat Provinsi Riau sehingga berhak maju ke tingkat nasional": the stage it goes on to
  const said = sentence.replace(ONWARD, ' ');
  if (NATIONAL_CUE.test(said)) {
    return 'nasional';
  }
  return PROVINCIAL_CUE.test(said) || namesProvinceStage(said) ? 'provinsi' : null;
}

// a result handed over or won in Jakarta (not in a story of Jakarta's own provincial stage)
const IN_JAKARTA =
  /\b(?:meraih|menerima|diserahkan|diterima|dianugerahi)\b[^.;]{0,80}?\bdi\s+Jakarta\b/i;
const JAKARTA_PROVINCE = '31';

// (not in a fronted clause telling what came before: "Tiga tahun setelah membawa pulang
// penghargaan dari Istana Wakil Presiden, Bengkel X kembali menerima …")
const FRONTED_BEFORE = /^[^,]*\b(?:setelah|sesudah|usai|sejak)\b[^,]*,/i;

/** Whether a sentence names the national stage's venue or presenter for its result. */
function nationalVenue(sentence: string, ctx: ArticleContext): boolean {
  const own = sentence.replace(/\([^()]*\)/g, ' ').replace(FRONTED_BEFORE, ' ');
  // (nor beside a place won in a province: "Gresik Juara 2 Jatim, X Hadir di Istana Wapres …")
  return (
    !placeInProvince(own) &&
    (NATIONAL_STAGE.test(own) || (ctx.provinceCode !== JAKARTA_PROVINCE && IN_JAKARTA.test(own)))
  );
}

// (and, in a clause alone, the place a headline gives: "…, Deli Serdang Juara di Sumut"; not a
// note in brackets, which tells another stage: "Terbaik II Kabupaten X (juara I Jawa Timur)")
/** The level a clause states, its national venue or presenter included. */
function clauseLevel(clause: string): AwardLevel | null {
  const own = clause.replace(/\([^()]*\)/g, ' ');
  return (
    statedLevel(own) ??
    (NATIONAL_STAGE.test(own) ? 'nasional' : placeInProvince(own) ? 'provinsi' : null)
  );
}

/**
 * The part of a headline a name stands in, when another part names a winner of its own ("Padang
 * Terbaik II Nasional, Pesisir Selatan Juara Provinsi"); else the whole headline ("Lamongan …:
 * Juara Provinsi, Terbaik II Nasional" tells one winner's two results).
 */
function headlinePart(headline: string, nameStart: number): string {
  const parts: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const comma of headline.matchAll(/,\s*/g)) {
    parts.push({ start, end: comma.index });
    start = comma.index + comma[0].length;
  }
  parts.push({ start, end: headline.length });
  const own = parts.find((p) => nameStart < p.end) ?? parts[parts.length - 1];
  const othersNamed = parts.some(
    (p) => p !== own && scanNames(headline.slice(p.start, p.end)).length > 0,
  );
  return own && othersNamed ? headline.slice(own.start, own.end) : headline;
}

/**
 * The level stated for a name at `nameStart`: its own clause's, when the sentence sets clauses
 * apart ("X … tingkat nasional, sedangkan Y … tingkat Provinsi Z"), else the sentence's.
 */
export function statedLevelAt(sentence: string, nameStart: number): AwardLevel | null {
  const clause = ownClause(sentence, nameStart);
  return (clause !== sentence ? clauseLevel(clause) : null) ?? statedLevel(sentence);
}

/** A province cannot win a provincial award (editions since 2022): it hosts it. */
export function hostsAward(
  who: WinnerIdentity,
  time: AwardTime,
  ctx: ArticleContext,
  sentence: string,
): boolean {
  // (unless the article, or the province's own sentence, speaks of the national stage)
  return (
    who.type === 'provinsi' &&
    !time.historical &&
    (time.editionYear == null || time.editionYear > 2021) &&
    ctx.level === 'provinsi' &&
    !PROVINCE_WINS.test(sentence) &&
    (ctx.nationalCues === 0 || (!NATIONAL_CUE.test(sentence) && !PROVINCE_WIN.test(sentence)))
  );
}

// "Provinsi Jawa Tengah meraih juara I Paritrana Award 2024": a province the subject of a win
// (only the national stage has provinces compete)
const PROVINCE_WINS =
  /(?<![\p{L}])(?:Provinsi|PROVINSI|Pemprov|Pemerintah\s+Provinsi)\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}(?:(?:berhasil|kembali|sukses|resmi)\s+)?(?:meraih|menyabet|memboyong|merebut|dinobatkan|keluar\s+sebagai|menjadi\s+(?:juara|terbaik))\b/u;

// "Provinsi X meraih …", "provinsi terbaik": a province's own win in its sentence
// ("Pemprov NTB terbaik III pemerintah provinsi")
const PROVINCE_WIN =
  /\b(?:provinsi\s+terbaik|kategori\s+(?:pemerintah\s+)?provinsi|(?:juara|terbaik|peringkat)\s+\S+\s+pemerintah\s+provinsi)\b/i;

/** The receiving official a sentence names, when the office is the winner's ("Bupati Sleman"). */
function recipientOf(who: WinnerIdentity, sentence: string): string | null {
  const official = findRecipient(sentence);
  const bare = normalizeKey(who.canonical.replace(/^(?:Kabupaten|Kota|Provinsi|Desa)\s+/, ''));
  return official && normalizeKey(official).includes(bare) ? official : null;
}

// "PT X menjadi Terbaik I … di Provinsi Jambi, sedangkan PT Y … di Provinsi Kalimantan Barat": the
// province whose stage a clause names
const STAGED_PROVINCE =
  /\b(?:di|tingkat)\s+(Provinsi\s+(?-i:\p{Lu})[\p{L}]*(?:\s+(?-i:\p{Lu})[\p{L}]*){0,3})/iu;

/**
 * The code of the province a clause names as its stage ("di Provinsi Jambi", "juara I tingkat
 * Jawa Tengah"), or null.
 */
export function stagedProvince(clause: string): string | null {
  const m = STAGED_PROVINCE.exec(clause);
  const who = m?.[1] ? resolveName(m[1], null) : null;
  return who?.type === 'provinsi' ? who.provinceCode : provinceOfStage(clause);
}

/** The clause of a contrasted sentence a name stands in, or the whole sentence. */
function ownClause(sentence: string, nameStart: number): string {
  const clause = contrastClause(sentence, nameStart);
  const [start, end] = clause ? [clause.start, clause.end] : [0, sentence.length];
  // (a name inside the part that tells what came before has that part as its clause; one before
  // it, the clause up to it)
  const earlier = EARLIER.exec(sentence.slice(start, end));
  if (!earlier) {
    return sentence.slice(start, end);
  }
  const cut = start + earlier.index;
  return nameStart >= cut
    ? sentence.slice(cut + earlier[0].length, end)
    : sentence.slice(start, cut);
}

// "X menerima … sebagai Terbaik II …, setelah pada Oktober lalu anak perusahaannya, PT Y,
// dinobatkan Terbaik I tingkat Provinsi Maluku Utara": a clause telling what came before
const EARLIER = /,\s*(?:setelah|sesudah|usai)\s+/iu;

/** A sentence without the part telling an earlier result, when the name stands before it. */
function beforeEarlier(sentence: string, nameStart: number): string {
  const m = EARLIER.exec(sentence);
  return m && nameStart < m.index ? sentence.slice(0, m.index) : sentence;
}

/** Assembles one award record from a resolved candidate and the article's context. */
export function buildAward(
  who: WinnerIdentity,
  cand: WinnerCandidate,
  sentence: Sentence,
  time: AwardTime,
  category: string | null,
  ctx: ArticleContext,
  scope: string | null = null,
  headline = false,
): AwardMention {
  const clause = headline
    ? headlinePart(sentence.text, cand.name.start)
    : ownClause(sentence.text, cand.name.start);
  const level = awardLevel(
    who,
    time,
    headline ? sentence.text : beforeEarlier(sentence.text, cand.name.start),
    ctx,
    scope,
    clause !== sentence.text ? clause : null,
  );
  const provinceCode =
    level === 'nasional'
      ? who.type === 'provinsi'
        ? who.provinceCode
        : null
      : (who.provinceCode ??
        stagedProvince(scope ?? ownClause(sentence.text, cand.name.start)) ??
        ctx.provinceCode);
  const confidence =
    0.55 +
    (cand.rank?.rank != null ? 0.15 : 0) +
    (cand.name.marked ? 0.1 : 0) +
    (who.regionCode ? 0.1 : 0);
  return {
    winner: who.winner,
    winnerCanonical: who.canonical,
    aliases: who.aliases,
    winnerType: who.type,
    regionCode: who.regionCode,
    regionParent: who.regionParent,
    level,
    province: provinceCode ? (regionByCode(provinceCode)?.bare ?? null) : null,
    category: category ?? defaultCategory(who.type),
    rank: cand.rank?.rank ?? null,
    rankLabel: cand.rank?.label ?? null,
    editionYear: time.editionYear,
    ceremonyDate: time.historical ? null : ctx.ceremonyDate,
    historical: time.historical,
    evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
    presenter: time.historical ? null : ctx.presenter,
    recipient: time.historical ? null : recipientOf(who, sentence.text),
    confidence: Math.min(0.95, confidence),
  };
}
