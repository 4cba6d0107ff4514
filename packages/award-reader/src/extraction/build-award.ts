import { resolveName, type WinnerIdentity } from '../gazetteer/resolve-name.ts';
import { normalizeKey } from '../gazetteer/normalize-key.ts';
import { regionByCode } from '../gazetteer/regions.ts';
import type { AwardLevel, AwardMention } from '../types.ts';
import { namesProvinceStage, provinceOfStage, type ArticleContext } from './article-context.ts';
import { contrastClause, type AwardTime } from './award-time.ts';
import type { WinnerCandidate } from './find-winners.ts';
import { defaultCategory } from './parse-category.ts';
import { findRecipient } from './parse-people.ts';
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

/** The level of one award: provinces only compete nationally, and so did every edition to 2021. */
export function awardLevel(
  who: WinnerIdentity,
  time: AwardTime,
  sentence: string,
  ctx: ArticleContext,
  scope: string | null = null,
): AwardLevel {
  // a past result of unknown year came before the article's edition
  const year = time.editionYear ?? (time.historical ? ctx.editionYear : null);
  // (one of several results a sentence gives its winner states its own level: "juara I tingkat
  // provinsi dan peringkat ketiga tingkat nasional")
  const stated = (scope != null ? statedLevel(scope) : null) ?? statedLevel(sentence);
  // (an early edition the sentence itself places at a province's stage is that stage's: "juara
  // pertama Paritrana Award tingkat Provinsi Riau … pada edisi 2019, 2021 dan 2022")
  if (who.type === 'provinsi' || (year != null && year <= 2021 && stated !== 'provinsi')) {
    return 'nasional';
  }
  return stated ?? ctx.level;
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
  return clause ? sentence.slice(clause.start, clause.end) : sentence;
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
): AwardMention {
  const level = awardLevel(who, time, sentence.text, ctx, scope);
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
