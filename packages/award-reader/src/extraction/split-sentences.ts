import { joinWrappedNames } from './wrapped-names.ts';

/** A sentence of an article with its character offsets in the article text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words after which a period does not end a sentence: titles, legal forms, short forms.
const ABBREVIATIONS = new Set([
  // a chat's "ds. sekapuk", "tk. prov jatim"; a Minang title ("Irwan Dt. Bagindo", Datuk); an
  // Acehnese one ("Keuchik X, Tgk. Zulfahmi", Teungku)
  'ds',
  'dt',
  'tgk',
  'tk',
  // (a chat's "kat. badan usaha besar: …", kategori)
  'kat',
  'pt',
  'cv',
  'ud',
  'tbk',
  'drs',
  'dr',
  'ir',
  'prof',
  'h',
  'hj',
  'st',
  'no',
  'kab',
  'kec',
  'kel',
  'prov',
  'jl',
  'rp',
  'sdr',
  'bpk',
  'ny',
  'm',
  'si',
  'sos',
  'se',
  'sh',
  'mh',
  'mm',
  'mt',
  'sp',
  'sstp',
  'msi',
  'mhum',
  'dll',
  'dsb',
  'tsb',
  'a',
  'md',
  'kh',
  'ds',
  'pj',
  'plt',
  'plh',
  'wib',
]);

// a word that opens a sentence, never a company's name: after it, "Tbk." ended the sentence
const OPENS_SENTENCE =
  /^\s+["“'‘]?(?:juara|terbaik|peringkat|posisi|urutan|harapan|kategori|sementara|sedangkan|adapun|selain|untuk|pada|di|dalam|penghargaan|kemudian|selanjutnya|lalu)\b/i;

function endsSentenceAt(line: string, dot: number): boolean {
  const before = /([\p{L}\p{N}]+)$/u.exec(line.slice(0, dot));
  const word = before?.[1] ?? '';
  // "… diraih PT Semen Baturaja Tbk. Juara III diraih …": the listing mark closes the sentence
  if (word.toLowerCase() === 'tbk' && OPENS_SENTENCE.test(line.slice(dot + 1))) {
    return true;
  }
  if (ABBREVIATIONS.has(word.toLowerCase())) {
    return false;
  }
  // "1. Sibu-sibu …": a list number at the start of a line is not a sentence, nor one inside an
  // inline list ("kategori kabupaten/kota: 1. Kabupaten A; 2. Kabupaten B; 3. …")
  // (a medal or a bullet's emoji may come before it: "🥇 1. Kota Tangerang")
  if (
    /^\d{1,2}$/.test(word) &&
    (line.slice(0, dot).replace(LINE_MARKS, '').trim() === word ||
      /[:;,]\s*\d{1,2}$/.test(line.slice(0, dot)))
  ) {
    return false;
  }
  // "… yaitu 1. Kabupaten A, 2. Kota B, dan 3. Kabupaten C", "…: I. Kabupaten A II. Kota B":
  // a number of a list run inline, the next number following it on the line
  if (inlineListNumber(line, dot, word)) {
    return false;
  }
  // "II. Kategori Badan Usaha": a roman or letter list number at the start of a line
  if (/^(?:[IVX]{1,4}|[a-hA-H])$/.test(word) && line.slice(0, dot).trim() === word) {
    return false;
  }
  // "Juara I. Kabupaten Morowali": a line opened by its place and a period, a label
  if (RANK_LABEL_DOT.test(line.slice(0, dot)) && /^\s+\p{Lu}/u.test(line.slice(dot + 1))) {
    return false;
  }
  // a roman rank ends a sentence: "… sebagai juara I. Posisi …"
  if (
    /\b(?:juara|terbaik|peringkat|posisi|urutan|kategori|harapan)\s+[IVX]{1,3}$/i.test(
      line.slice(0, dot),
    )
  ) {
    return true;
  }
  // initials: "K.H. Ma'ruf"
  return !(word.length === 1 && /\p{Lu}/u.test(word));
}

// emoji (and their joiners) that open a list's line before its number
const LINE_MARKS = /^(?:\s|\p{Extended_Pictographic}|\u200d|\ufe0f)+/u;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];
const RANK_LABEL_DOT = /^\s*(?:juara|terbaik|peringkat|harapan)\s+(?:[IVX]{1,3}|\d)$/i;
// a word that makes a number a place won, not a list's ("juara 1. Kota B juara 2. …")
const RANK_HEAD = /\b(?:juara|peringkat|terbaik|posisi|urutan|harapan|ke|nomor|no)\s+$/i;

/** Whether the number before a period opens or goes on with a list run inline. */
function inlineListNumber(line: string, dot: number, word: string): boolean {
  const arabic = /^\d$/.test(word) ? Number(word) : null;
  const roman = ROMAN.indexOf(word) + 1 || null;
  const n = arabic ?? roman;
  if (n == null || RANK_HEAD.test(line.slice(0, dot - word.length))) {
    return false;
  }
  const label = (k: number) => (arabic != null ? String(k) : (ROMAN[k - 1] ?? ''));
  const item = (k: number) => new RegExp(`(?<![\\p{L}\\p{N}])${label(k)}[.)]\\s+\\p{Lu}`, 'u');
  const after = line.slice(dot + 1, dot + 200);
  const before = line.slice(Math.max(0, dot - 200), dot - word.length);
  return (
    /^\s+\p{Lu}/u.test(after) && (item(n + 1).test(after) || (n > 1 && item(n - 1).test(before)))
  );
}

const RANK_NEXT = /^\s+["“'‘]?(?:juara|terbaik|peringkat|runner[ -]?up)\s+\S+\s+paritrana\b/i;

/** Splits an article into sentences: at line breaks, and after . ! ? before a capital or quote. */
const BROKEN_LINE =
  /(\b(?:oleh|diraih|dijuarai|ditempati|yakni|yaitu|adalah|ialah|kepada|dan|serta|di|ke|dari|bagi|untuk))[ \t]*\n+[ \t]*(?=\p{Lu})/gu;

export function splitSentences(input: string): Sentence[] {
  // "Juara pertama diraih oleh\n\nKabupaten X": a paragraph break a page put inside a sentence
  // (the line ends on a word that needs what follows) is read as a space; offsets stay the same
  // (and a printed page's line wrapped inside a winner's name: "juara III⏎Kabupaten Nunukan")
  const text = joinWrappedNames(
    input.replace(BROKEN_LINE, (m, word: string) => word + ' '.repeat(m.length - word.length)),
  );
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) {
      out.push({ text: body, start: start + lead, end: start + lead + body.length });
    }
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    // (also a period a page glued to the next sentence: "… kepada Kota Surakarta.Menko PMK …")
    // (and a news ticker's mark between items: "… Kab. Poso ▶ Gempa M 4,8 …")
    // (and a post's emoji closing its sentence, not a medal or a trophy: "… ke Jakarta 🥹🙏
    // Alhamdulillah, …"; a trophy before a run's last emoji does: "… Kabupaten/Kota 🏆🎉
    // Sebelumnya, …")
    const re =
      /[.!?]+["”’']?(?=\s+["“'‘(]?[\p{Lu}\d])|(?<=\p{Ll}{3})\.(?=\p{Lu}\p{Ll}+\s)|(?<=\S)\s*[▶►](?=\s|$)|(?<=\p{L}\s)(?:\p{Extended_Pictographic}(?:\u200d|\ufe0f|\p{Emoji_Modifier})*)*(?:(?!🏆|🥇|🥈|🥉|🏅|🎖)\p{Extended_Pictographic}(?:\u200d|\ufe0f|\p{Emoji_Modifier})*)(?=\s+\p{Lu}\p{Ll})/gu;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      // ("Juara I ............ Kota Sorong": dots leading a rank to its winner end nothing)
      if (m[0].startsWith('.') && (/^\.{3,}/.test(m[0]) || !endsSentenceAt(line, m.index))) {
        continue;
      }
      // "… bawa pulang piala! Juara II Paritrana Award 2023": the exclamation goes on to the rank
      if (m[0].startsWith('!') && RANK_NEXT.test(line.slice(m.index + m[0].length))) {
        continue;
      }
      const end = m.index + m[0].length;
      push(lineStart + from, lineStart + end);
      from = end;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return out;
}
