import { isOpinionPiece } from '../extraction/opinion-piece.ts';
import { RelevanceKind, type ArticleText, type RelevanceDecision } from '../types.ts';
import { AwardRef, attributeAwards, namedAward } from './attribute-award.ts';
import { collectEvidence, type Evidence } from './collect-evidence.ts';
import { ResultsThreshold } from './score-results.ts';
import { splitSentences, type Sentence } from './split-sentences.ts';

// a page that calls the news of a win false ("… Diskominfo: itu hoaks", a scam warning)
// (or says the award it tells of is not this one: "Ini penghargaan K3, bukan Paritrana, ya"; but
// "Saya kira penipuan," a winner laughing at the invitation, denies nothing)
const DENIED =
  /\b(?:hoaks|hoax|kabar\s+bohong|disinformasi|(?<!\b(?:bukan|tidak|tanpa|kira|sangka|mengira|menyangka|duga|menduga)\s(?:(?:itu|ini)\s)?)penipuan|(?:pesan|kabar|informasi|unggahan|berita)\s+(?:itu|tersebut|tsb)\s+(?:adalah\s+)?(?:tidak\s+benar|tdk\s+benar|palsu|keliru)|bukan\s+(?:penghargaan\s+)?paritrana(?!\s+(?:awards?\s+)?(?:pertama|yang\s+pertama|satu-satunya)))\b/;
/** The signal of a page that denies a win; the reader then reads it as no results report. */
export const DeniedSignal = 'denied';
/** The signal of a page that gives a selection stage's ranks: no results report either (a page
 * that only says the stage is under way may still report past results). */
export const SelectionStageSignal = 'selection-stage';

/** At most this many sentences naming Paritrana can be a mention in passing. */
const PassingMentions = 2;

/**
 * Gives an article one relevance kind. The score is the weighted sum of results evidence in
 * sentences about Paritrana (see score-results.ts); `results` from `ResultsThreshold` up.
 */
export function classifyRelevance(article: ArticleText): RelevanceDecision {
  const sentences = splitSentences(article);
  const named = sentences.map((s) => namedAward(s.lower));
  const naming = named.filter((ref) => ref === AwardRef.Paritrana).length;
  if (naming === 0) {
    const other = named.includes(AwardRef.Other) ? ['other-award'] : [];
    return { kind: RelevanceKind.Unrelated, score: 0, signals: ['no-paritrana', ...other] };
  }
  const evidence = collectEvidence(sentences, attributeAwards(sentences));
  const { score } = evidence;
  const signals = [`paritrana-sentences:${naming}`, ...evidence.signals];
  // "Beredar pesan Kota X juara …, Diskominfo: itu hoaks": a win the page denies is no result
  if (sentences.some((s) => DENIED.test(s.lower))) {
    return { kind: RelevanceKind.Assessment, score, signals: [...signals, DeniedSignal] };
  }
  if (score < ResultsThreshold) {
    return { kind: stageKind(evidence), score, signals };
  }
  if (isUpcoming(evidence, sentences)) {
    return { kind: stageKind(evidence), score, signals: [...signals, 'upcoming-ceremony'] };
  }
  // "Daftar Nominasi Paritrana Award 2025 Jawa Timur Diumumkan" … "Pemenang diumumkan pada malam
  // penganugerahan": a headline of nominees, and no place, win or congratulation told, nor a
  // dated ceremony held (a nominee's certificate at one: "Tanah Laut Pulang Bawa Piagam Nominasi")
  if (
    sentences.some((x) => x.headline && NOMINATED.test(x.lower)) &&
    !['rank', 'win', 'congratulation'].some((rule) => evidence.fired.has(rule)) &&
    !signals.some((x) => x.startsWith('dated@'))
  ) {
    return { kind: RelevanceKind.Nomination, score, signals: [...signals, 'nominees-only'] };
  }
  // "… merilis lima perusahaan dengan skor tertinggi pada tahap seleksi dokumen": ranks of a
  // selection stage, with no ceremony held, are no result
  const nominated = nominatedStory(sentences);
  const selection = sentences.filter((x) => (x.lead || nominated) && SELECTION_STAGE.test(x.lower));
  if (
    selection.length > 0 &&
    !['ceremony', 'congratulation'].some((rule) => evidence.fired.has(rule))
  ) {
    // (the stage's own ranks: "menempatkan Kota X di peringkat kedua sementara dengan skor 88,4")
    const ranked = selection.some((x) => STAGE_RANK.test(x.lower));
    return {
      kind: RelevanceKind.Nomination,
      score,
      signals: [...signals, ranked ? SelectionStageSignal : 'selection-stage-named'],
    };
  }
  // an op-ed's past wins are its results (they are all it reports)
  if (!isOpinionPiece(article) && isPassing(sentences, named)) {
    return { kind: RelevanceKind.Mention, score, signals: [...signals, 'passing-mention'] };
  }
  return { kind: RelevanceKind.Results, score, signals };
}

// Only ceremony words, and one of them plainly in the future ("akan digelar"): a headline such
// as "Penganugerahan Paritrana Award Digelar September" announces the ceremony.
// (or a press invitation to cover it: "UNDANGAN PELIPUTAN … Acara : Penyerahan Paritrana Award")
function isUpcoming({ fired }: Evidence, sentences: Sentence[]): boolean {
  const winners = ['rank', 'win', 'recipient', 'congratulation'].some((rule) => fired.has(rule));
  return (
    !winners && (fired.has('ceremony-future') || sentences.some((s) => INVITATION.test(s.lower)))
  );
}

const STAGE_RANK = /\b(?:peringkat|urutan|posisi|juara|terbaik|skor|nilai)\b/;
const SELECTION_STAGE =
  /\b(?:nilai|skor|peringkat)\s+sementara\b|\btahap\s+(?:penilaian\s+)?(?:seleksi|dokumen|administrasi)\b|\bseleksi\s+dokumen\b|\burutan\s+nilai\b|\bnilai\s+tahap\s+(?:pertama|awal)\b/;

// (anywhere in a story whose lead is about nominees: "Lima Provinsi Masuk Nominasi …")
const NOMINATED = /\bnominasi\b|\bnominator\b|\bmasuk\s+\S+\s+besar\b/;
const nominatedStory = (sentences: Sentence[]): boolean =>
  sentences.some((x) => x.lead && NOMINATED.test(x.lower));

const INVITATION =
  /\b(?:undangan\s+peliputan|mengundang\s+rekan-rekan\s+media|mohon\s+(?:kesediaan|kehadiran)|hari\s*\/\s*tanggal\s*:)/;

// A Paritrana win told in passing under another award's headline, Paritrana named once or
// twice. (A story about something else whose only results are past Paritrana wins reports them:
// by the labelling rules those are results, with historical awards.)
function isPassing(sentences: Sentence[], named: (AwardRef | null)[]) {
  const headline = named.filter((_, i) => sentences[i]?.headline);
  const naming = named.filter((ref) => ref === AwardRef.Paritrana).length;
  return (
    !headline.includes(AwardRef.Paritrana) &&
    naming <= PassingMentions &&
    headline.includes(AwardRef.Other)
  );
}

function stageKind({ stage }: Evidence): RelevanceKind {
  const { nomination, assessment, background } = stage;
  if (nomination > 0 && nomination >= assessment && nomination >= background) {
    return RelevanceKind.Nomination;
  }
  return assessment > 0 && assessment >= background
    ? RelevanceKind.Assessment
    : RelevanceKind.Mention;
}
