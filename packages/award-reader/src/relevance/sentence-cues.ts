import * as R from './result-words.ts';
import * as S from './stage-words.ts';
import { alternation, phraseRegex } from './phrase-regex.ts';

/** Where in a sentence (character offset) each results cue first matches, or -1. */
export interface ResultCues {
  /** A rank that names a place: "juara 1", "terbaik pertama", "peringkat III". */
  rank: number;
  /** A win verb governing an award noun, a passive win, or a winner's role. */
  win: number;
  recipient: number;
  ceremony: number;
  congratulation: number;
}

/** What one sentence says about an award, rule by rule. */
export interface SentenceCues extends ResultCues {
  /** The sentence speaks of preparing a ceremony, not of one held. */
  ceremonyNotYet: boolean;
  /** The sentence speaks from after a ceremony ("usai penyerahan Paritrana Award 2024"). */
  ceremonyDone: boolean;
  candidacy: boolean;
  /** Beating other candidates ("mengungguli"), which makes candidacy words part of a win. */
  beat: boolean;
  finalStage: boolean;
  assessment: boolean;
  background: boolean;
  /** Offset of the first wish, plan, condition or modal ("bisa meraih"), or -1; past voids it. */
  future: number;
  /** Offsets where a new clause begins (", dan …", ", namun …", ";"). */
  clauses: number[];
  /** A past-time marker ("tahun lalu", "sebelumnya"). */
  past: boolean;
  definition: boolean;
  habitual: boolean;
}

const word = (phrases: readonly string[]) => `(?:${alternation(phrases)})`;
const bounded = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, 'iu');

// Up to two words may stand between a verb and its object ("meraih piagam penghargaan"), but not
// another verb ("mendapat bagian menggelar Paritrana Award").
// (no word that ends a clause: "Raih Nirwasita Tantra, Paritrana Menyusul?")
const gap = `(?:\\s+(?!(?:me|di|ber)\\p{L}|${word(R.WinGapBlockers)}(?!\\p{L}))[^\\s,;]+){0,2}?\\s+`;
const activeWin = bounded(`${word(R.WinVerbs)}${gap}["“]?${word(R.AwardNouns)}`);
// ("penghargaan yang belum diraih", "… belum berhasil diraih": not won yet)
const passiveWin = bounded(
  `${word(R.AwardNouns)}(?:\\s+\\S+)*?\\s+(?<!(?:belum|tidak|tak|gagal|bukan)\\s+(?:(?:berhasil|pernah|sempat|bisa|dapat)\\s+)?)${word(R.PassiveWinVerbs)}`,
);
const roleWin = bounded(
  `${word(R.WinRoles)}\\s+(?:yang\\s+)?(?:${word(R.WinnerKinds)}\\s+)?${word(R.WinRoleNouns)}`,
);
// "Kota X Juara Paritrana Award": a headline's verbless win.
const titleWin = bounded(
  `juara\\s+(?:(?:di|pada)\\s+)?(?:ajang\\s+)?${word(R.VerblessWinObjects)}`,
);
// "usaha kecil kami dpt penghargaan paritrana": a chat's "got" right before the prize (its "dapat"
// is also "can", hence not among the win verbs; nor here, where "daerah lain dapat piala" is
// news's envy)
const gotWin = bounded(`(?:dapet|dpt)\\s+["“]?${word(R.AwardNouns)}`);
const notAPrize = phraseRegex(R.ReceivedNotAPrize);
const rankSource = `${word(R.RankHeads)}(?:\\s+ke-?\\s*|\\s+|\\s*[-:]\\s*)${word(R.RankValues)}`;
const rank = bounded(rankSource);
// "🥇 Kota Palembang", "#1 Jawa Tengah", "1️⃣ Kabupaten Sanggau": a list line's place by medal,
// number sign or keycap
const listedPlace = /^\s*(?:[🥇🥈🥉]\uFE0F?|#[1-9](?!\d)|[1-9]\uFE0F?\u20E3)\s*(?=\p{L})/u;
const statsRank = phraseRegex(R.PositionRankHeads);
const statistics = phraseRegex(R.StatisticsWords);
const prizeWords = phraseRegex(R.PrizeContextWords);
const awardNoun = phraseRegex(R.AwardNouns);
const prizeMoney = phraseRegex(R.PrizeMoneyWords);
const openingRank = new RegExp(
  `^\\W*(?:\\d+[.)]\\s*)?${rankSource}(?![\\p{L}\\p{N}])\\s*(:)?`,
  'iu',
);
const rankRange = bounded(
  `${rankSource}\\s*(?:hingga|sampai|s\\.?d\\.?|-|–|,)\\s*(?:${word(R.RankValues)})`,
);
// ("desa kita dapat juara dua": "dapat" before the prize itself is "got", not "can")
const modalWin = bounded(
  `(?:${word(S.ModalWords)}|${word(S.UrgeWords)}(?:\\s+\\S+){0,2}?)\\s+(?:(?<!dapat\\s+)juara|${word(R.WinVerbs)}|menjadi|jadi)`,
);

const recipient = phraseRegex(R.RecipientPhrases);
const ceremony = phraseRegex(R.CeremonyPhrases);
const handover = phraseRegex(R.HandoverPhrases);
const ceremonyNotYet = phraseRegex(R.CeremonyNotYetWords);
const congratulation = phraseRegex(R.CongratulationPhrases);
const candidacy = phraseRegex(S.CandidacyWords);
const beat = phraseRegex(S.BeatWords);
const finalStage = phraseRegex(S.FinalStageWords);
const assessment = phraseRegex(S.AssessmentWords);
const genericAssessment = phraseRegex(S.GenericAssessmentPhrases, 'giu');
const background = phraseRegex(S.BackgroundWords);
const future = phraseRegex(S.FutureWords);
const past = phraseRegex(S.PastWords);
const definition = phraseRegex(S.DefinitionWords);
const habitual = phraseRegex(S.HabitualWords);
// A negation up to two words before a cue, at the end of the text before it.
const negation = new RegExp(
  `(?<![\\p{L}\\p{N}])${word(S.NegationWords)}(?!\\s+${word(S.NotNegatingWords)}(?!\\p{L}))(?:\\s+\\S+){0,2}\\s*$`,
  'iu',
);

// "Paslon Nomor 2", "calon nomor urut 1": a number on the ballot, not a place won
const BALLOT =
  /\b(?:paslon|pasangan\s+calon|calon(?:\s+(?:bupati|wali\s?kota|gubernur))?|nomor\s+urut)\s+(?:nomor\s+)?(?:urut\s+)?\d{1,2}\b/g;
/** The text with what a pattern matches blanked out, every offset kept. */
const blanked = (lower: string, pattern: RegExp) =>
  lower.replace(pattern, (m) => ' '.repeat(m.length));
const withoutBallots = (lower: string) => blanked(lower, BALLOT);

const AFTER_CEREMONY =
  /\b(?:usai|seusai|setelah|selepas|sesudah)\s+(?:acara\s+|malam\s+)?(?:penyerahan|penganugerahan|menerima)\b/;
const SURPRISE =
  /\b(?:(?:tidak|tak|nggak|gak|enggak)\s+(?:pernah\s+)?(?:menyangka|mengira|menduga|membayangkan)|siapa\s+(?:yang\s+)?(?:sangka|menyangka|kira|mengira|duga|menduga))\b/;

// "Desa yang menjadi juara I tingkat Jawa Tengah nanti berhak …": whoever wins, no one named
const GENERIC_WINNER =
  /^\W*(?:setiap\s+|tiap\s+)?(?:desa|daerah|kabupaten\/kota|kabupaten|kota|perusahaan|badan\s+usaha|peserta|pemerintah\s+daerah|pemda|umkm)\s+yang\s+(?:menjadi|meraih|terpilih|keluar|dinobatkan)\b/;

// "menyerahkan Paritrana Award 2025 … kepada kabupaten/kota, nagari dan badan usaha terbaik": the
// winners, unnamed, received it
const HANDED_TO_BEST =
  /\bkepada\s+(?:para\s+)?(?:[\p{L}/-]+,?\s+){1,6}?(?:terbaik|pemenang|berprestasi)\b/u;

// "(penilaian tahun 2024)", "penilaian 2024": the year an edition assessed, not a judging visit
const ASSESSED_YEAR = /\bpenilaian\s+(?:tahun\s+)?20\d\d\b/g;

// "ulun mau share kabar baik", "kami ingin berbagi kabar": a wish to tell the news, not a wish to win
// (and "kalau penghargaan, kami juara 3 …", "kalau soal prestasi, …": a topic, not a condition)
const WISH_LOOKALIKE =
  /\b(?:mau|ingin|hendak)\s+(?:share|sharing|berbagi|bagi|kasih\s+(?:tau|tahu|kabar)|ngasih\s+(?:tau|tahu)|mengabarkan|memberitahukan|menyampaikan|mengucapkan|ngucapin|pamer|cerita|bercerita|menceritakan|info)\b|\b(?:kalau|kalo)\s+(?:(?:soal|masalah|urusan|bicara)\s+)?(?:penghargaan|prestasi|capaian)(?:nya)?\s*,/g;

// where a sentence's next clause begins ("… juara I Paritrana Award 2024, dan kami mau
// pertahankan": the wish is the next clause's; a post's emoji ends its clause: "… juara 1 …,
// selamat pak wali 🎉 semoga …")
const CLAUSE_BREAK =
  /;|,\s+(?:dan|tetapi|tapi|namun|serta|sedangkan|sementara|kini)\s|\p{Extended_Pictographic}\uFE0F?\s/gu;

/** Reads the cues of one lower-case sentence. */
export function readCues(lower: string): SentenceCues {
  const isPast = past.test(lower);
  const at = (regex: RegExp, within = lower) => affirmed(lower, within.search(regex));
  return {
    rank:
      isStatisticsRank(lower) || isPrizeScheme(lower)
        ? -1
        : first(at(rank, withoutBallots(lower)), at(listedPlace)),
    win: first(
      at(activeWin),
      notAPrize.test(lower) ? -1 : at(passiveWin),
      at(roleWin),
      at(titleWin),
      at(gotWin),
    ),
    recipient: first(at(recipient), at(HANDED_TO_BEST)),
    ceremony: first(at(ceremony), awardNoun.test(lower) ? at(handover) : -1),
    congratulation: at(congratulation),
    ceremonyNotYet: ceremonyNotYet.test(lower),
    ceremonyDone: AFTER_CEREMONY.test(lower),
    candidacy: candidacy.test(lower),
    beat: beat.test(lower),
    finalStage: finalStage.test(lower),
    assessment: assessment.test(lower.replace(genericAssessment, ' ').replace(ASSESSED_YEAR, ' ')),
    background: background.test(lower),
    // ("kami tidak menyangka X bisa juara dua": a surprise at a win, not a wish)
    future:
      isPast || SURPRISE.test(lower)
        ? -1
        : first(
            blanked(lower, WISH_LOOKALIKE).search(future),
            lower.search(modalWin),
            lower.search(GENERIC_WINNER),
          ),
    clauses: [...lower.matchAll(CLAUSE_BREAK)].map((m) => m.index),
    past: isPast,
    definition: definition.test(lower),
    habitual: habitual.test(lower),
  };
}

/** The offset of a cue, or -1 when it is missing or negated. */
function affirmed(lower: string, offset: number): number {
  return offset > 0 && negation.test(lower.slice(Math.max(0, offset - 40), offset)) ? -1 : offset;
}

function first(...offsets: number[]): number {
  const found = offsets.filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

// "Juara 1 hingga 3 berhak atas uang pembinaan", "Juara pertama mendapat hadiah": how the prizes
// work. A result names its winner first, or after a colon ("Juara 1: Kota Sukamaju").
function isPrizeScheme(lower: string): boolean {
  const opening = openingRank.exec(lower);
  return rankRange.test(lower) || (opening !== null && !opening[1] && prizeMoney.test(lower));
}

// "peringkat pertama dalam cakupan kepesertaan" ranks coverage, not award winners.
// ("kerja tetap nomor satu": "number one" as a saying, when nothing in the sentence is a prize)
function isStatisticsRank(lower: string): boolean {
  // "berada di urutan teratas daftar nominasi": a place in a list of nominees
  if (NOMINEE_PLACE.test(lower)) {
    return true;
  }
  if (/\bnomor\s+(?:satu|1)\b/.test(lower) && !prizeWords.test(lower) && !rankElsewhere(lower)) {
    return true;
  }
  return statsRank.test(lower) && statistics.test(lower) && !prizeWords.test(lower);
}

const NOMINEE_PLACE =
  /\b(?:urutan|peringkat|posisi|nomor)\s+\S+\s+(?:(?:dalam|di|pada)\s+)?(?:daftar\s+)?(?:nominasi|nomine|nominator|finalis|kandidat)\b/;

/** Whether a sentence holds a rank other than "nomor satu". */
function rankElsewhere(lower: string): boolean {
  return rank.test(lower.replace(/\bnomor\s+(?:satu|1)\b/g, ' '));
}
