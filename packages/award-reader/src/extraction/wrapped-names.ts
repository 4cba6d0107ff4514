// A line of wrapped prose: long, with the lower-case words of a sentence (a title-case headline or
// a table row has few), not ending a sentence or a heading, not a list item.
const PROSE_LINE = /^(?![ \t]*(?:[-–—•·*o>]|\d{1,2}[.)]|[a-hA-H][.)])[ \t])[^\n]{35,}$/u;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]+,?$/u;
const LOWER_WORD_IN = /(?:^|\s)\p{Ll}[\p{Ll}-]+(?=\s|,|$)/u;
const ENDS_CLAUSE = /[.!?:;"”'’)]\s*$/u;

// where a line may break inside a winner's name or the phrase that names it
const NEEDS_NAME =
  /(?:\b(?:kabupaten|kota|provinsi|desa|kelurahan|gampong|nagari|kampung|pemkab|pemkot|pemprov|pemerintah|pt|cv|ud|koperasi|bank)|\b(?:juara|peringkat|posisi|terbaik|harapan)\s+(?:[IV]{1,3}|[1-4]|pertama|kedua|ketiga|satu|dua|tiga))\s*$/iu;
const NEEDS_MORE =
  /\b(?:dimenangkan|diraih|dijuarai|ditempati|disusul|diikuti|juara|peringkat|terbaik|posisi|urutan|meraih|menjadi|sebagai|yakni|yaitu|adalah|ialah|oleh|kepada|dan|serta|bagi|dari|di|ke)\s*$/iu;
const ENDS_NAME_WORD = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*\s*$/u;
// (not a word that opens the next sentence: "… dan Pemerintah Kota⏎Masing-masing pemenang …")
const OPENS_NAME_WORD =
  /^\s*(?!(?:masing|sementara|selain|adapun|dalam|pada|untuk|dia|ia|mereka|kami|kita|hal|ini|itu|sedangkan|kemudian|selanjutnya|namun|tetapi|sebelumnya|menurut|dengan|juara|kategori|penghargaan|berikut|baca|simak|lihat)(?![\p{L}]))(?-i:\p{Lu})(?-i:\p{Ll})/iu;
const OPENS_WORD = /^\s*[\p{L}\p{N}]/u;
// a place won, then the verb that gives it to the name after it ("juara III⏎diraih Kota X")
const ENDS_RANK =
  /\b(?:juara|peringkat|posisi|terbaik|harapan)\s+(?:[IV]{1,3}|[1-4]|pertama|kedua|ketiga|satu|dua|tiga)\s*$/iu;
const OPENS_WIN =
  /^\s*(?:di(?:raih|menangkan|menangi|tempati|duduki|sabet|jatuhkan\s+kepada)|jatuh\s+(?:kepada|ke))\b/iu;

// a list item ("1. Juara I … diraih Pemerintah Kabupaten Kotawaringin") whose name the next line,
// no item of its own, ends ("Barat, yang …", "Raya.", "Selat Sunda")
const ITEM_OPENING = /^[ \t]*(?:[-–—•·*>]|\d{1,2}[.)])[ \t]/u;
const ENDS_ITEM_NAME = /^\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s*(?:[,.;]|$)/u;
const wrappedItem = (line: string, next: string): boolean =>
  ITEM_OPENING.test(line) &&
  line.trim().length >= 38 &&
  ENDS_NAME_WORD.test(line) &&
  !ITEM_OPENING.test(next) &&
  ENDS_ITEM_NAME.test(next);

// a short labelled item ("• Juara 1: Koperasi Simpan Pinjam") whose name the next line, no item of
// its own and all capitalized, ends ("Tani Makmur Bersama (Jawa Tengah)"), the next item after it
const LABELLED_ITEM = /^[ \t]*(?:[-–—•·*>]|\d{1,2}[.)])[ \t][^:\n]{3,40}:[ \t]*\p{Lu}[^\n]*$/u;
const NAME_LINE =
  /^\s*\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|&))*\s*(?:\([^()\n]{2,40}\))?\s*[,.;]?\s*$/u;
const wrappedLabelledItem = (line: string, next: string, after: string | undefined): boolean =>
  LABELLED_ITEM.test(line) &&
  !ENDS_CLAUSE.test(line) &&
  ENDS_NAME_WORD.test(line) &&
  !ITEM_OPENING.test(next) &&
  NAME_LINE.test(next) &&
  (after === undefined || after.trim() === '' || ITEM_OPENING.test(after));

const isWrappedProse = (line: string, next = ''): boolean =>
  (PROSE_LINE.test(line) || wrappedItem(line, next)) &&
  !ENDS_CLAUSE.test(line) &&
  !line.includes('|') &&
  line.split(/\s+/).filter((word) => LOWER_WORD.test(word)).length >= 2;

// a line of the same sentence run on in lower case ("… Paritrana Award 2025⏎tingkat Provinsi
// Riau."), not a lettered item ("a. Juara I: …") nor one an "o" bullets ("o Kabupaten X"), nor
// one its place opens ("juara 2 ds. karangrejo kec. borobudur" under "juara 1 ds. …")
const GOES_ON =
  /^\s*(?![a-h][.)]\s|o\s|(?:juara|peringkat|terbaik|posisi)\s+(?:ke-?)?(?:\d|[IVX]{1,3}\b|pertama|kedua|ketiga|satu|dua|tiga|harapan))\p{Ll}[\p{Ll}-]*(?=[\s,]|$)/u;

const breaksName = (line: string, next: string): boolean =>
  GOES_ON.test(next) ||
  (NEEDS_NAME.test(line) && OPENS_NAME_WORD.test(next)) ||
  (NEEDS_MORE.test(line) && OPENS_WORD.test(next)) ||
  (ENDS_NAME_WORD.test(line) && OPENS_NAME_WORD.test(next)) ||
  (ENDS_RANK.test(line) && OPENS_WIN.test(next));

// a chat's message opened by its writer ("Made Sukadana: iya, …", "[08.13] Pak Harno: …",
// "daeng_sinjai (Senin 09:14): …"): a line of its own, never the rest of the one before
const CHAT_MESSAGE =
  /^\s*(?:\[\d{1,2}[.:]\d{2}\]\s*)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*|[\p{L}\d]+_[\p{L}\d_]+)(?:\s*\([^()\n]{1,30}\))?\s*:\s+\S/u;
// (in a text with this many such lines)
const CHAT_MESSAGES = 2;
// "Perusahaan terbaik kategori Usaha Besar: PT A" over "Perusahaan terbaik kategori Usaha Kecil:
// UD B": two labelled lines of a list, not one name wrapped
const LABEL_LINE = /^[^:\n]{3,60}:[ \t]*\p{Lu}/u;

/**
 * The text with each single line break a printed page wrapped inside a winner's name or the
 * phrase that names it read as a space ("… dan juara III⏎Kabupaten Nunukan.", "Provinsi
 * Jawa⏎Tengah", "dimenangkan⏎PT X"), only inside long lines of prose. The same length: every
 * offset stays true. Other breaks stay: a break may end a heading, a list item or a table's row.
 */
export function joinWrappedNames(text: string): string {
  if (!text.includes('\n')) {
    return text;
  }
  const lines = text.split('\n');
  const chat = lines.filter((line) => CHAT_MESSAGE.test(line)).length >= CHAT_MESSAGES;
  let out = '';
  let inParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (next === undefined) {
      out += line;
      break;
    }
    const body = line.replace(/\r$/, '');
    // (a short line inside a wrapped paragraph may still break inside a name: "sementara juara
    // III⏎diraih Pemerintah Kabupaten⏎Berau.")
    const wrapped: boolean =
      isWrappedProse(body, next) ||
      wrappedLabelledItem(body, next, lines[i + 2]) ||
      (inParagraph && LOWER_WORD_IN.test(body) && NEEDS_NAME.test(body) && !/[|\t]/.test(body));
    inParagraph = wrapped && next.trim() !== '';
    out +=
      next.trim() &&
      wrapped &&
      breaksName(body, next) &&
      !(chat && CHAT_MESSAGE.test(next)) &&
      !(LABEL_LINE.test(body) && LABEL_LINE.test(next))
        ? `${body.padEnd(line.length)} `
        : `${line}\n`;
  }
  return out;
}
