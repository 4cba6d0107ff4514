import type { ArticleText, AwardMention, RelevanceDecision } from '../types.ts';
import type { Features } from './logistic.ts';
import { stems } from './stem.ts';

const count = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;
const bucket = (n: number): string => (n <= 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+');

// the award by its own name, and by its official Indonesian description without "Paritrana"
const PARITRANA = /\bparitrana\b/g;
const GENERIC_NAME =
  /\b(?:penghargaan|anugerah|apresiasi)\s+(?:program\s+)?jaminan\s+sosial(?:\s+ketenagakerjaan)?\b/g;
const GIVER = /\b(?:bpjs\s+ketenagakerjaan|bp\s*jamsostek|kemenko\s*pmk|menko\s*pmk)\b/;
// a ceremony that took place (not one announced)
const HELD =
  /\b(?:menyerahkan|diserahkan|penyerahan|menerima|diterima|dianugerahi|menganugerahkan|penganugerahan|berlangsung|digelar|dinobatkan|memberikan\s+penghargaan)\b/g;
const FUTURE =
  /\b(?:akan|bakal)\s+(?:\S+\s+)?(?:digelar|diserahkan|diumumkan|dilaksanakan|diberikan)\b|\b(?:dijadwalkan|pekan\s+depan|bulan\s+depan|mendatang)\b/g;
const NOMINATION =
  /\b(?:nominasi|nominator|nomine|finalis|kandidat|masuk\s+(?:\d+|sepuluh|lima|tiga|dua\s+belas)\s+besar|terpilih\s+mewakili|bersaing|pesaing)\b/g;
const ASSESSMENT =
  /\b(?:wawancara|verifikasi|tim\s+(?:juri|penilai)|dewan\s+juri|paparan|memaparkan|presentasi|penilaian\s+lapangan)\b/g;
const CALL =
  /\b(?:sosialisasi|pendaftaran|mendaftar(?:kan\s+diri)?|mengajak|diminta\s+(?:segera\s+)?(?:mendaftar|mengikuti)|dibuka)\b/g;
const TARGET =
  /\b(?:target|menargetkan|ditargetkan|membidik|bidik|mengincar|incar|berharap\s+(?:bisa\s+)?meraih)\b/g;
const OTHER_AWARD =
  /\b(?:uhc|universal\s+health|satya|zero\s+accident|k3|adipura|nirwasita|innovative\s+government|iga|wajar\s+tanpa\s+pengecualian|layak\s+anak|swasti\s+saba|parahita)\b/g;
const OPINION = /^(?:opini|kolom|tajuk|editorial)\b|\boleh\s*:/m;
const RESULT_WORDS = /\b(?:juara|terbaik|pemenang|peraih|meraih|diraih|dimenangkan|menyabet)\b/g;

/** Named features of one article for the relevance model. */
export function articleFeatures(
  article: ArticleText,
  rule: RelevanceDecision,
  awards: readonly AwardMention[],
): Features {
  const text = article.text.toLowerCase();
  const title = (article.title ?? article.text.split('\n')[0] ?? '').toLowerCase();
  const f: Features = {};
  const on = (name: string, v = 1): void => {
    f[name] = v;
  };
  on(`rule:${rule.kind}`);
  on('rule:score', Math.max(-2, Math.min(2, rule.score / 4)));
  const paritrana = count(PARITRANA, text);
  on(`paritrana:${bucket(paritrana)}`);
  if (/\bparitrana\b/.test(title)) {
    on('paritrana:title');
  }
  const generic = count(GENERIC_NAME, text);
  if (generic > 0) {
    on(GIVER.test(text) ? 'generic-name:giver' : 'generic-name');
  }
  const cues: Array<[string, RegExp]> = [
    ['held', HELD],
    ['future', FUTURE],
    ['nomination', NOMINATION],
    ['assessment', ASSESSMENT],
    ['call', CALL],
    ['target', TARGET],
    ['other-award', OTHER_AWARD],
    ['result-words', RESULT_WORDS],
  ];
  for (const [name, re] of cues) {
    const n = count(re, text);
    if (n > 0) {
      on(`cue:${name}:${bucket(n)}`);
    }
    if (re.test(title)) {
      on(`title:${name}`);
    }
    re.lastIndex = 0;
  }
  if (OPINION.test(article.text)) {
    on('opinion');
  }
  // found winners vote: this edition's winners, and whether any is ranked
  const current = awards.filter((a) => !a.historical);
  on(`winners:${bucket(current.length)}`);
  if (current.some((a) => a.rank != null)) {
    on('winners:ranked');
  }
  if (awards.length > 0 && current.length === 0) {
    on('winners:past-only');
  }
  if (current.some((a) => a.confidence >= 0.8)) {
    on('winners:confident');
  }
  // a small statistical model of the headline: its word stems
  for (const s of new Set(stems(title))) {
    if (s.length >= 4) {
      on(`t:${s}`, 0.5);
    }
  }
  return f;
}
