import { findProvince, type Region } from '../gazetteer/regions.ts';
import type { ArticleText, AwardLevel } from '../types.ts';
import { findEditionYears, isEditionTied, mainEditionYear } from './edition-year.ts';
import { completeYear, findDates, toIsoDate } from './parse-date.ts';
import { findPresenter, findRecipient } from './parse-people.ts';
import { type Sentence } from './split-sentences.ts';
import { isBackgroundStory } from './background-story.ts';
import { isOpinionPiece } from './opinion-piece.ts';
import { isTitleLine } from './title-line.ts';
import { dayBefore, localDate, saysYesterday } from './yesterday.ts';
import { NOT_A_WIN } from './word-lists.ts';

/** What an article says about the ceremony as a whole, used to fill each award's fields. */
export interface ArticleContext {
  /** National cues seen in the article's current-edition sentences. */
  nationalCues: number;
  editionYear: number | null;
  /** Whether another edition is written as often as `editionYear`. */
  editionTied: boolean;
  level: AwardLevel;
  /** Code of the province whose provincial-level award the article reports, when stated. */
  provinceCode: string | null;
  ceremonyDate: string | null;
  /** Year the article was written in (publication date, else its latest full date). */
  articleYear: number | null;
  presenter: string | null;
  /** The official who received an award, when the article names one. */
  recipient: string | null;
  /** An op-ed, or a story about something else: every win it cites is background. */
  background: boolean;
  /** An op-ed: it cites wins, it reports none. */
  opinion: boolean;
  /** The latest year the article writes (2010–2029), whatever it dates. */
  latestYear: number | null;
}

const NATIONAL =
  /\b(?:tingkat nasional|wakil presiden|wapres|istana\s+(?:negara|merdeka|bogor|wakil\s+presiden|wapres)|(?:award|paritrana)(?:\s+20[12]\d)? nasional|terbaik nasional|nasional antar provinsi|(?:terbaik|juara)\s+\S+\s+nasional|(?:posisi|peringkat|urutan)\s+(?:pertama|kedua|ketiga|I{1,3}|[1-3])\s+nasional|provinsi terbaik|kategori\s+(?:pemerintah\s+)?provinsi|(?:kemenko|menko)\s*pmk|(?:kementerian|menteri) koordinator bidang pembangunan manusia|diserahkan\s+(?:langsung\s+)?(?:oleh\s+)?(?:menko|menteri|presiden)|zona\s+(?:jawa|sumatera|sumatra|kalimantan|sulawesi|bali|nusa|maluku|papua|indonesia)|(?:penghargaan|podium|panggung)\s+nasional|(?:diserahkan|diterima|diserahterimakan|berlangsung|digelar|menerima|meraih|diumumkan|dianugerahi|dibacakan)\b[^.;\n]{0,60}?\sdi\s+jakarta)\b/gi;
// "Paritrana Award Tahun 2023" names an edition, not a past result
const PAST =
  /\b(?:tahun\s+(?:lalu|kemarin|sebelumnya)|sebelumnya|yang lalu)\b|\b(?<!(?:awards?|paritrana)\s+)(?:pada\s+)?tahun\s+20[12]\d\b/i;
const PAST_ALL = new RegExp(PAST.source, 'gi');
const PROVINCIAL =
  /\b(?:tingkat\s+(?:provinsi|daerah|pemda|prov)|(?:tahap|babak)\s+provinsi|se-(?-i:\p{Lu}))/giu;
// the governor or the provincial government hands the award over: a provincial ceremony
// ("… penghargaan jaminan sosial ketenagakerjaan dari BPJS Ketenagakerjaan dan Pemerintah
// Provinsi Jambi": the provincial government among the givers)
const PROVINCIAL_GIVER =
  /\b(?:diserahkan|diberikan)\s+(?:langsung\s+)?(?:oleh\s+)?(?:wakil\s+|pj\.?\s+|plt\.?\s+)?gubernur\b|\b(?:gubernur|pemprov|pemerintah\s+provinsi)(?:\s+(?-i:\p{Lu})[\p{L}]*){1,3}(?:\s+bersama\s+bpjs\s+ketenagakerjaan)?\s+(?:menyerahkan|memberikan)\b|\b(?:dari|oleh)\s+(?:bpjs\s+ketenagakerjaan\s+(?:dan|bersama)\s+)?(?:pemprov|pemerintah\s+provinsi)\s+(?-i:\p{Lu})/giu;
// "Paritrana Award Provinsi Lampung 2025", "Paritrana Award 2025 Jawa Barat": the award by its province
// (on one line: a headline's award is not the province of the dateline under it)
// (or a chat's in lower case: "paritrana award dki 2025", "paritrana jatim")
const AWARD_OF_PROVINCE =
  /\bparitrana(?:[^\S\n]+awards?)?(?:[^\S\n]+(?:tahun[^\S\n]+)?20[12]\d)?[^\S\n]+(?:provinsi[^\S\n]+)?((?-i:\p{Lu})[\p{L}]*(?:[^\S\n]+(?-i:\p{Lu})[\p{L}]*){0,3}|(?-i:\p{Ll}+)(?:[^\S\n]+(?-i:\p{Ll}+)){0,2})/giu;

/** Provincial cues beyond "tingkat …": a governor handing over, the award named with a province. */
function provincialCues(text: string): number {
  let n = text.match(PROVINCIAL_GIVER)?.length ?? 0;
  for (const m of text.matchAll(AWARD_OF_PROVINCE)) {
    const words = (m[1] ?? '').split(/\s+/);
    if (words.some((_, i) => findProvince(words.slice(0, i + 1).join(' ')))) {
      n++;
    }
  }
  return n;
}
const PROVINCE_CUE =
  /\b(?:tingkat|TINGKAT|(?<!bpjs\s+)tk|se|(?i:paritrana\s+awards?(?:\s+(?:tahun\s+)?20\d\d)?)|Gubernur|GUBERNUR|Pemprov|Pemerintah Provinsi|PEMERINTAH PROVINSI)\s*-?\s*(?:Provinsi\s+|PROVINSI\s+|Prov\.?\s+|(?<=(?:tingkat|tk)\s+)(?:provinsi|prov\.?)\s+|Pemda\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3}|(?!(?:tingkat|se)\b)\p{Ll}+(?:\s+\p{Ll}+){0,2})/gu;
// (in a lower-case post, the award's name and the province's too: "paritrana award bali 2024",
// "tingkat provinsi jawa timur"; a lookup of whole names, so "tingkat nasional" names none)
// (and a chat's short forms: "tk prov kalbar", "tk aceh"; not "bpjs tk", the agency's)
// ("tingkat Prov. Jawa Barat": the province's short form too; "TINGKAT PROVINSI KALIMANTAN TIMUR":
// a document's capitals)
// (the stage's word, then the capitalised name a province lookup is tried on)
const STAGE_NAMED = String.raw`\s+(?:provinsi\s+|PROVINSI\s+|Prov\.?\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})`;
const TINGKAT_PROVINCE = new RegExp(String.raw`\b(?:tingkat|TINGKAT)` + STAGE_NAMED, 'gu');
const CEREMONY =
  /\b(?:diserahkan|penyerahan|penganugerahan|menyerahkan|acara|digelar|berlangsung|dilaksanakan|diselenggarakan|diumumkan|menerima|diterima|bertempat|puncak|gelaran|seremoni|kegiatan|ajang)\b/i;
const STATEMENT = /\b(?:mengatakan|kata|ujar|ungkap|menjelaskan|tutur|katanya|ujarnya)\b/i;

// (a sentence's own stage also by "tahap" and a headline's "Tingkat": "Setelah menjadi juara I
// tahap Jawa Barat …", "Di tahap Daerah Istimewa Yogyakarta, …", "Medan Juara III Tingkat Sumut")
const STAGE_PROVINCE = new RegExp(
  String.raw`\b(?:tingkat|Tingkat|TINGKAT|tahap|Tahap|TAHAP)` + STAGE_NAMED,
  'gu',
);

/** How often a text says "tingkat <province>" ("tingkat Kaltim", "tingkat Jawa Tengah"). */
export const countTingkatProvince = (text: string): number =>
  countProvinces(text, TINGKAT_PROVINCE);

/** Whether a sentence names a province's stage ("tingkat Kaltim", "tahap Jawa Barat"). */
export const namesProvinceStage = (text: string): boolean =>
  countProvinces(text, STAGE_PROVINCE) > 0;

/**
 * The code of the province a sentence first names as a stage ("juara I tingkat Jawa Tengah",
 * "tahap Sumut"), or null.
 */
export const provinceOfStage = (text: string): string | null =>
  stagedProvinces(text, STAGE_PROVINCE)[0]?.code ?? null;

// "Pesisir Selatan Juara Provinsi", "Deli Serdang Juara di Sumut", "Pontianak Nomor Satu di
// Kalbar": a place won in a province, as headlines write it
// ("Binjai dan Serdang Bedagai Naik Podium Sumut", "Banjarbaru Juara Paritrana Kalsel")
const PLACE_WORD = String.raw`\b(?:[Jj]uara|JUARA|[Tt]erbaik|TERBAIK|[Tt]eratas|[Kk]edua|[Kk]etiga|[Rr]unner-[Uu]p|[Nn]omor\s+[Ss]atu|[Pp]odium)`;
// ("Desa Mranggen Lor Juara Jateng", "Kota X Juara I Jawa Barat"; "Balikpapan Juara di Tingkat
// Daerah": the regions' stage)
const PLACE_RANK = String.raw`(?:\s+(?:I{1,3}|[1-3]|[Ss]atu|[Dd]ua|[Tt]iga|[Pp]ertama|[Kk]edua|[Kk]etiga))?`;
const PLACE_IN_PROVINCE = new RegExp(
  PLACE_WORD + PLACE_RANK + String.raw`(?:\s+Paritrana(?:\s+Award)?)?(?:\s+di)?` + STAGE_NAMED,
  'gu',
);
const PLACE_OF_PROVINCE = new RegExp(
  PLACE_WORD +
    PLACE_RANK +
    String.raw`\s+(?:(?:di\s+)?(?:[Tt]ingkat|TINGKAT)\s+(?:[Dd]aerah|DAERAH)\b|(?:[Pp]rovinsi|PROVINSI)\b(?!\s+\p{Lu}))`,
  'u',
);

/** Whether a clause tells a place won in a province ("Juara di Sumut", "Juara Provinsi"). */
export const placeInProvince = (text: string): boolean =>
  PLACE_OF_PROVINCE.test(text) || countProvinces(text, PLACE_IN_PROVINCE) > 0;

const countProvinces = (text: string, pattern: RegExp): number =>
  stagedProvinces(text, pattern).length;

/** The province each stage phrase names, the longest name its words start with. */
function stagedProvinces(text: string, pattern: RegExp): Region[] {
  const found: Region[] = [];
  for (const m of text.matchAll(pattern)) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let i = words.length; i > 0; i--) {
      const province = findProvince(words.slice(0, i).join(' '));
      if (province) {
        found.push(province);
        break;
      }
    }
  }
  return found;
}

/** The province an article's provincial award belongs to: "tingkat Provinsi X", "se-Bali", … */
function awardProvince(text: string): string | null {
  const scores = new Map<string, number>();
  for (const m of text.matchAll(PROVINCE_CUE)) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const p = findProvince(words.slice(0, n).join(' '));
      if (p) {
        const weight = /^(?:Gubernur|Pem)/i.test(m[0]) ? 1 : 3;
        scores.set(p.code, (scores.get(p.code) ?? 0) + weight);
        break;
      }
    }
  }
  for (const m of text.matchAll(
    /\b(?:Provinsi|PROVINSI)\s+(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})/gu,
  )) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const p = findProvince(words.slice(0, n).join(' '));
      if (p) {
        scores.set(p.code, (scores.get(p.code) ?? 0) + 1);
        break;
      }
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

// "JAKARTA — Pemerintah menyerahkan Paritrana Award 2025 kepada …": a story filed from Jakarta
// (where the national award is handed over) counts once for the national award; a provincial
// stage the story names still outweighs it (its dateline's line names the award: not a
// statistics story filed there)
const JAKARTA_DATELINE =
  /^(?:[^\n]*\n+)?[^\S\n]*(?-i:JAKARTA)\b[^\n]{0,40}?[–—-](?=[^\n]*\b(?:paritrana|penghargaan|anugerah|award)\b)/i;
const NATIONAL_VENUE = new RegExp(NATIONAL.source, 'i');
/** How much more a level cue in the headline or the first two sentences counts. */
const LeadWeight = 2;
// a trophy paraded or handed over again at home after the ceremony: not the ceremony's date
const REHANDOVER =
  /\b(?:(?:diserahkan|menyerahkan|penyerahan)\s+(?:ulang|kembali)|(?:kembali|secara simbolis)\s+(?:diserahkan|menyerahkan)|diarak|kirab|arak-arakan|pawai|apel|syukuran|ramah tamah|kepada\s+(?:kepala dinas|kadis|jajaran|OPD|perangkat daerah))\b/i;

function ceremonyDate(
  article: ArticleText,
  sentences: Sentence[],
  edition: number | null,
  national: boolean,
) {
  const text = article.text;
  const dates = findDates(text);
  const fullYears = dates.flatMap((d) => (d.year == null ? [] : [d.year]));
  const published = article.publishedAt ? Number(article.publishedAt.slice(0, 4)) : null;
  let best: { score: number; iso: string | null } = { score: -Infinity, iso: null };
  for (const d of dates) {
    const sentence = sentences.find((x) => d.start >= x.start && d.start < x.end);
    const s = sentence?.text ?? '';
    const score =
      (CEREMONY.test(s) ? 3 : 0) +
      (d.weekday != null ? 1 : 0) -
      (STATEMENT.test(s) && !CEREMONY.test(s) ? 2 : 0) +
      // a national award is handed over in Jakarta, at the Vice President's palace
      (national && NATIONAL_VENUE.test(s) ? 2 : 0) -
      (REHANDOVER.test(s) ? 3 : 0);
    const candidates = [
      ...fullYears,
      ...(edition ? [edition, edition + 1] : []),
      ...(published ? [published] : []),
    ];
    const year = completeYear(d, candidates);
    if (score > best.score && year != null) {
      // "BANTAENG, Jumat (16/8/2024) - … diserahkan …, kemarin": the dateline's day before
      const head = sentence?.start != null ? text.slice(sentence.start, d.end) : '';
      const before = saysYesterday(s) && !/(?:^|\s)\p{Ll}/u.test(head);
      const iso = toIsoDate(year, d.month, d.day);
      best = { score, iso: before ? dayBefore(iso) : iso };
    }
  }
  const filed = article.publishedAt ? localDate(article.publishedAt) : null;
  if (!best.iso && filed && sentences.some((x) => CEREMONY.test(x.text) && saysYesterday(x.text))) {
    best = { score: 0, iso: dayBefore(filed) };
  }
  // the dated news sentence tells when the story was written better than a deadline it cites
  const dated = best.iso ? Number(best.iso.slice(0, 4)) : null;
  const articleYear = published ?? dated ?? (fullYears.length ? Math.max(...fullYears) : null);
  return { iso: best.iso, articleYear };
}

/** The article's title, else its headline line. */
function titleOf(article: ArticleText, sentences: Sentence[]): string | null {
  const first = sentences[0];
  return article.title ?? (first && isTitleLine(first, article.text) ? first.text : null);
}

/** Reads edition, level, province, ceremony date and presenter from the whole article. */
export function readArticleContext(article: ArticleText, sentences: Sentence[]): ArticleContext {
  const text = [article.title ?? '', article.text].join('\n');
  const slug = /paritrana[\w-]*?[-_](20[12]\d)\b/i.exec(article.url ?? '');
  const editionYear = mainEditionYear(text) ?? (slug ? Number(slug[1]) : null);
  // level cues of past results ("pada tahun 2019 … tingkat nasional") say nothing of this edition;
  // the headline and the first two sentences say which ceremony the story reports, and outweigh
  // background on how the award works ("… tingkat nasional diserahkan Wapres")
  // (nor do those that name only earlier editions: "Pada Paritrana Award 2024 tingkat Provinsi
  // …" in a story of the 2025 one)
  const earlier = (t: string): boolean => {
    const years = findEditionYears(t).map((y) => y.year);
    return editionYear != null && years.length > 0 && years.every((y) => y < editionYear);
  };
  // ("… pada tahun 2023 …" is past; "… tahun 2025" of the edition itself is not)
  const past = (t: string): boolean =>
    [...t.matchAll(PAST_ALL)].some((m) => {
      const year = /20[12]\d/.exec(m[0]);
      return !(year && editionYear != null && Number(year[0]) >= editionYear);
    });
  // a headline recalling a past win ("Gubernur: Lampung Pernah Terbaik III Nasional, Jangan
  // Puas") says nothing of the ceremony the story reports
  const headline = titleOf(article, sentences);
  const recalls = (t: string): boolean => t === headline && /\bpernah\b/i.test(t);
  const told = sentences
    .map((s, i) => ({ text: s.text, i }))
    .filter(
      (s) => !past(s.text) && !NOT_A_WIN.test(s.text) && !earlier(s.text) && !recalls(s.text),
    );
  const title = article.title && !recalls(article.title) ? article.title : '';
  const current = [title, ...told.map((s) => s.text)].join('\n');
  const lead = [title, ...told.filter((s) => s.i < 3).map((s) => s.text)].join('\n');
  const nationalIn = (t: string) => t.match(NATIONAL)?.length ?? 0;
  const provincialIn = (t: string) =>
    (t.match(PROVINCIAL)?.length ?? 0) + countTingkatProvince(t) + provincialCues(t);
  const national =
    nationalIn(current) +
    LeadWeight * nationalIn(lead) +
    Number(JAKARTA_DATELINE.test(article.text));
  const provincial = provincialIn(current) + LeadWeight * provincialIn(lead);
  const provinceCode = awardProvince(text);
  const level = national > provincial ? 'nasional' : 'provinsi';
  const { iso, articleYear } = ceremonyDate(article, sentences, editionYear, level === 'nasional');
  const presenter = findPresenter(article.text);
  const recipient = findRecipient(article.text);
  const opinion = isOpinionPiece(article);
  return {
    nationalCues: national,
    editionYear,
    editionTied: isEditionTied(text),
    level,
    provinceCode,
    ceremonyDate: iso,
    articleYear,
    presenter,
    recipient,
    background: opinion || isBackgroundStory(sentences, titleOf(article, sentences)),
    opinion,
    latestYear:
      Math.max(0, ...[...text.matchAll(/\b20[12]\d\b/g)].map((m) => Number(m[0]))) || null,
  };
}
