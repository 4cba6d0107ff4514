import type { Features } from './logistic.ts';
import type { CandidateSource } from './extra-candidates.ts';
import { stem } from './stem.ts';
import { PLACE_OF_VILLAGE } from '../extraction/name-context.ts';

/** What the extractor knows about one candidate when it asks the model. */
export interface CandidateView {
  sentence: string;
  nameStart: number;
  nameEnd: number;
  source: CandidateSource;
  bullet: string | null;
  rank: number | null;
  /** A rank label was written ("Juara Harapan" gives a label without a number). */
  rankLabel: boolean;
  winnerType: string;
  regionCode: boolean;
  historical: boolean;
  /** A category header or winners-list intro is in scope. */
  header: boolean;
  listMode: boolean;
  afterCue: boolean;
  headline: boolean;
  sentenceIndex: number;
  candidatesInSentence: number;
}

/** Stems whose presence near a candidate says something about it (by stem, so every affix form counts). */
const stemmed = (words: string): string[] => words.split(' ').map(stem);
const WIN = new Set(
  stemmed(
    'raih menang juara sabet terima nobat tobat tempat duduk raup boyong anugerah sandang rebut kantong borong gondol peroleh dapat ganjar jatuh milik susul ikut baik',
  ),
);
const CONTEXT = new Set([
  ...WIN,
  ...stemmed(
    'target harap incar bidik calon nominasi nomine finalis saing wakil pilih usul nilai wawancara verifikasi sosialisasi daftar ajak undang akan bakal belum tidak bukan gagal serah beri apresiasi tuan rumah selaku hadir pimpin buka lalu pernah sebelum kepada melalui bersama oleh adalah yakni yaitu antara tingkat gubernur bupati wali kepala dinas kantor wilayah cabang asal dari sebagai kategori unggul kalah singkir geser atau alias',
  ),
]);
const FUTURE =
  /\b(?:akan|bakal|ditargetkan|menargetkan|target(?:nya)?|berharap|harapan(?!\s+(?:i|ii|iii|\d))|semoga|optimis|optimistis|mengincar|membidik|berpeluang)\b/i;
const CANDIDACY =
  /\b(?:nominasi|nominator|nomine|finalis|kandidat|masuk\s+(?:\d+|sepuluh|lima|tiga|dua belas)\s+besar|terpilih\s+mewakili|mewakili|bersaing|pesaing|diusulkan|wawancara|verifikasi|penilaian|presentasi|paparan|seleksi)\b/i;
const NEGATION = /\b(?:belum|tidak|tak|bukan|gagal)\b/i;
const HOST =
  /\b(?:tuan\s+rumah|selaku|menyerahkan|diserahkan(?:\s+(?:langsung\s+)?oleh)?|dihadiri|membuka|memimpin)\b/i;
// a name the winner beat, or another name for the one before it ("… Tbk atau Bank Jatim")
const BEATEN = /\b(?:mengungguli|mengalahkan|menyisihkan|menyingkirkan|menggeser)\s*$/i;
const ALSO_KNOWN = /\p{Lu}[\p{L}.)]*\s+(?:atau|alias|yang\s+dikenal\s+(?:sebagai|dengan))\s*$/u;
const APPRECIATION = /\b(?:apresiasi|ucapan\s+terima\s+kasih|dukungan)\b/i;
// a past win in words (a year beside the award is its edition: the time parser's `historical` says
// whether that edition is a past one)
const PAST = /\b(?:pernah|tahun\s+(?:lalu|kemarin|sebelumnya)|sebelumnya|edisi\s+sebelumnya)\b/i;
const AWARD = /\b(?:paritrana|penghargaan|anugerah|award)\b/i;

/** The words of a clause side, nearest first, up to `n`, not past a clause break. */
function side(text: string, n: number, left: boolean): string[] {
  const clause = left
    ? (text.split(/[;:]|,\s+(?:sedangkan|sementara|dan)\s+/).pop() ?? '')
    : (text.split(/[;:]|,\s+(?:sedangkan|sementara)\s+/)[0] ?? '');
  const words = clause.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return left ? words.reverse().slice(0, n) : words.slice(0, n);
}

// words between a subject and its verb: "Kota X yang juga sudah menyerahkan …"
const BEFORE_VERB = new Set(
  'yang juga pun kembali turut telah sudah berhasil sukses akhirnya resmi masih pula ikut baru kini tahun ini lalu'.split(
    ' ',
  ),
);
// verbs without an affix that news uses for a subject's doing
const BARE_VERBS = new Set('hadir ikut datang mulai siap raih terima sabet rebut'.split(' '));
const RESULT_WORD = /^(?:juara|terbaik|peringkat|posisi|urutan|pemenang|peraih|predikat)$/;
// verbs of a win beyond WIN's ("membawa pulang", "menorehkan prestasi", "mempertahankan gelar")
const WIN_PREDICATE = new Set(
  stemmed('bawa torehkan pertahankan ukir catatkan tetapkan nyatakan capai harumkan pilih nilai'),
);

/**
 * What the candidate itself does, when it is a subject: "win" when its verb is a win verb or a
 * result word follows within four words ("ditetapkan sebagai juara"), "other" for another verb
 * ("Kota X menyumbang …", "Kabupaten Y hadir …"): a name that does something else did not win.
 */
function ownPredicate(right: string[]): 'win' | 'other' | null {
  const at = right.findIndex((w) => !BEFORE_VERB.has(w));
  const verb = at >= 0 && at <= 3 ? (right[at] ?? '') : '';
  if (!/^(?:me|di|ber|ter|per)[a-z]{3,}$/.test(verb) && !BARE_VERBS.has(verb)) {
    return null;
  }
  const near = right.slice(at, at + 5);
  const s = stem(verb);
  return WIN.has(s) || WIN_PREDICATE.has(s) || near.some((w) => RESULT_WORD.test(w))
    ? 'win'
    : 'other';
}

const bucket = (n: number): string => (n <= 0 ? '0' : n === 1 ? '1' : n <= 3 ? '2-3' : '4+');

/** Named features of one candidate (all values 0/1 except where noted). */
export function candidateFeatures(v: CandidateView): Features {
  const f: Features = {};
  const on = (name: string): void => {
    f[name] = 1;
  };
  on(`src:${v.source}`);
  on(`type:${v.winnerType}`);
  if (v.regionCode) {
    on('code');
  }
  if (v.bullet) {
    on(/^\d/.test(v.bullet) ? 'bullet:number' : 'bullet:glyph');
  }
  if (v.rank != null) {
    on('rank');
  } else if (v.rankLabel) {
    on('rank:unnumbered');
  }
  if (v.historical) {
    on('historical');
  }
  if (v.header) {
    on('header');
  }
  if (v.listMode) {
    on('list');
  }
  if (v.afterCue) {
    on('after-cue');
  }
  if (v.headline) {
    on('headline');
  }
  if (v.sentenceIndex <= 2) {
    on('lead');
  }
  on(`cands:${bucket(v.candidatesInSentence)}`);
  const before = v.sentence.slice(0, v.nameStart);
  const after = v.sentence.slice(v.nameEnd);
  const left = side(before, 12, true);
  const right = side(after, 12, false);
  let winLeft = -1;
  let winRight = -1;
  left.forEach((w, i) => {
    const s = stem(w);
    if (CONTEXT.has(s)) {
      on(`L:${s}`);
    }
    if (WIN.has(s) && winLeft < 0) {
      winLeft = i;
    }
  });
  right.forEach((w, i) => {
    const s = stem(w);
    if (CONTEXT.has(s)) {
      on(`R:${s}`);
    }
    if (WIN.has(s) && winRight < 0) {
      winRight = i;
    }
  });
  if (winLeft >= 0) {
    on(`win:L${winLeft < 3 ? 'near' : winLeft < 8 ? 'mid' : 'far'}`);
  }
  if (winRight >= 0) {
    on(`win:R${winRight < 3 ? 'near' : winRight < 8 ? 'mid' : 'far'}`);
  }
  if (winLeft < 0 && winRight < 0) {
    on('win:none');
  }
  const predicate = ownPredicate(right);
  if (predicate) {
    on(`pred:${predicate}`);
  }
  const clause = `${[...left].reverse().join(' ')} ${right.join(' ')}`;
  if (FUTURE.test(clause)) {
    on('cue:future');
  }
  if (CANDIDACY.test(clause)) {
    on('cue:candidacy');
  }
  if (NEGATION.test(clause)) {
    on('cue:negation');
  }
  if (HOST.test(clause)) {
    on('cue:host');
  }
  if (APPRECIATION.test(clause)) {
    on('cue:appreciation');
  }
  if (PAST.test(v.sentence)) {
    on('cue:past');
  }
  if (AWARD.test(v.sentence)) {
    on('cue:award');
  }
  // a place that only says where a named winner is from: "Kaili Rasa dari Kota Palu",
  // "Desa Ponggok, Kecamatan Polanharjo, Kabupaten Klaten"
  if (/\p{Lu}[\p{L}.)]*\s+(?:dari|asal)\s*$/u.test(before) || PLACE_OF_VILLAGE.test(before)) {
    on('cue:place-of');
  }
  // "Sektor perdagangan dan jasa; A, B dan C": a category label opens the sentence, names follow
  const label =
    /^\s*(?:(?:untuk|di|pada|dari)\s+)?(?:kategori|katagori|sektor|bidang|kelompok)\b[^.;:]{0,80}[;:]/iu.exec(
      v.sentence,
    );
  if (label && label[0].length <= v.nameStart) {
    on('label-lead');
  }
  if (BEATEN.test(before)) {
    on('cue:beaten');
  }
  if (ALSO_KNOWN.test(before)) {
    on('cue:also-known');
  }
  if (/\bmelalui\s*$/i.test(before)) {
    on('cue:through');
  }
  if (/^\s*,\s*\p{Lu}/u.test(after)) {
    on('cue:apposition');
  }
  on(`typecode:${v.winnerType}:${v.regionCode ? 1 : 0}`);
  // the words right beside the name, as written
  on(`prev:${left[0] ?? '^'}`);
  on(`next:${right[0] ?? '$'}`);
  if (v.source === 'rule') {
    return f;
  }
  // candidates the rules did not find get their own copy of every feature, so the model can
  // weigh the same evidence differently for them (feature augmentation)
  for (const k of Object.keys(f)) {
    f[`x:${k}`] = f[k] ?? 1;
  }
  return f;
}
