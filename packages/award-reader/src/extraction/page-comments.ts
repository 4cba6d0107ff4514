import { resolveName } from '../gazetteer/resolve-name.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';
import { trailingRegionWords } from '../gazetteer/find-region.ts';

// a reader's comment or a reply to one, as a page shows it: "💬 Dede Kurnia: …", "↳ admin: …",
// "[Balas] Rina: …"
const REPLY = '(?:↳|↪|⤷|└|\\[balas\\])';
const COMMENT = `(?:💬|${REPLY})`;
const COMMENT_MARK = new RegExp(`^\\s*${COMMENT}`, 'iu');
const REPLY_MARK = new RegExp(`^\\s*${REPLY}`, 'iu');
// the comment's writer and a colon: a name of up to four words, or the page's own admin
const WRITER = new RegExp(
  `^\\s*(?:${COMMENT}\\s*)?((?:(?-i:\\p{Lu})[\\p{L}.'’-]*\\s+){0,3}(?-i:\\p{Lu})[\\p{L}.'’-]*|[\\p{L}\\d]+[_.][\\p{L}\\d_.]+|admin|mimin|min|penulis)\\s*:\\s+(?=\\S)`,
  'iu',
);
// a question after a place's holder: "juara 1 na saha kang?", "juara 1 nya gampong mana bang?",
// "yg juara 2 siapa min?"
const WHO_PLACED =
  /\b((?:juara|peringkat|terbaik)\s+(?:ke-?)?(?:[1-9]|satu|dua|tiga|I{1,3}))(?:\s*-?nya|\s+na)?\s+(?:\p{L}+\s+)?(?:siapa|mana|apa|saha|sapa|sape)\b[^?]*\?\s*$/iu;
// a question after a holder's place: "kab sleman juara brp?", "Amang, Toba juara piga?", "kota
// padang juara bara paritrana sumbar?" (Javanese, Sundanese, Batak, Minang "how many")
const WHICH_PLACE =
  /(?:^|[\s,>])((?:(?:kab\.?|kabupaten|kota|desa|ds\.?|provinsi|prov\.?)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?)\s+juara\s+(?:brp|berapa|ke\s*berapa|keberapa|piga|bara|sabaraha|pira|pinten)(?![\p{L}])/iu;
const ASKED_VERB = /^(?:jadi|jd|dapat|dapet|dpt|meraih|raih|masuk|itu|tu)$/i;
const KIND_FIRST = /^(?:kab\.?|kabupaten|kota|desa|ds\.?|provinsi|prov\.?)\s/i;
// an answer that opens with a place won ("juara 1 lur, …", "Juara 1 do, amang!")
const PLACE_FIRST = /^[^\p{L}\p{N}]*juara\s+(?:ke-?)?(?:\d|I{1,3}\b)/iu;
// a message that is a list numbered from 1 ("1. Gresik 2. Lamongan 3. Sidoarjo"), and a question
// before it after places ("yg juara 1 … siapa ya?", "urutan juara … gimana?"): its numbers are
// the places
const NUMBERED_ANSWER = /^\s*1[.)]\s+\S[^\n]*?\s2[.)]\s+\S/u;
const LIST_NUMBER = /(?<![\p{L}\p{N}])([1-9])[.)]\s+(?=\S)/gu;
const ASKS_PLACES =
  /\b(?:juara|urutan|peringkat|pemenang)\b[^?]*\?|\b(?:siapa|sapa|sopo|saha)\b[^?]*\b(?:juara|menang)/iu;
// how many comments after a question its answer may come
const ANSWER_REACH = 2;
// (a chat's log shows no mark, only each message's writer: "Uni Lela: juara 3 bang 🙏", "[08.13]
// Pak Harno: …"; a page of this many such sentences is one, its writers' labels taken off too)
// (or an exported chat's stamp: "05/12/26 10.11 - Hendra: …", "[10/12/25 15.22] Nur: …")
const DAY = '\\d{1,2}/\\d{1,2}/\\d{2,4},?\\s+';
const CLOCK = '\\d{1,2}[.:]\\d{2}(?:[.:]\\d{2})?(?:\\s*[AP]M)?';
const LOGGED = new RegExp(`^\\s*(?:\\[(?:${DAY})?${CLOCK}\\]|${DAY}${CLOCK}\\s+[-–])\\s*`, 'iu');
const CHAT_LOG_MESSAGES = 3;
// (a label that tells of the award is a list's, not a writer's: "Kategori Desa: …"; nor a
// letter's or a decree's: "Mengingat : 1. …", "Perihal: …")
const NOT_A_WRITER =
  /\b(?:menimbang|mengingat|memperhatikan|memutuskan|menetapkan|kesatu|kedua|ketiga|keempat|kelima|lampiran|nomor|tentang|tanggal|perihal|hal|kepada|dari|yth|tembusan|ditetapkan|pada|tempat|waktu|acara|agenda|kategori|juara|peringkat|pemenang|terbaik|harapan|tingkat|desa|kelurahan|gampong|nagari|kampung|kabupaten|kota|provinsi|badan|usaha|umkm|koperasi|perusahaan|paritrana|award|penghargaan|catatan|sumber|foto|baca|update|info)\b/i;

/**
 * A page's comments read as what they say: each writer's label taken off ("💬 Dede Kurnia: juara
 * 1 na saha kang?" names no winner; in a chat log without marks too, "[08.13] Pak Harno: …"), a
 * reply that answers which one won a place written as that place's holder ("juara 1 nya gampong
 * mana bang?" answered "↳ admin: gampong meunasah baro, kab. pidie jaya kak" → "juara 1: gampong
 * meunasah baro, kab. pidie jaya kak"), the question left empty; an answer to a holder's place
 * ("kab sleman juara brp?" → "juara 1 lur" → "kab sleman juara 1 lur"); a numbered list answering
 * who won as places ("1. Gresik 2. Lamongan" → "juara 1 Gresik juara 2 Lamongan"). `raw` are the
 * sentences as the page writes them, `texts` as cleaned.
 */
export function readPageComments(texts: string[], raw: readonly string[]): string[] {
  const marked = raw.map((r) => COMMENT_MARK.test(r));
  const message = raw.map((r, i) => !marked[i] && writerOf(r.replace(LOGGED, ''), true) != null);
  const log = message.filter(Boolean).length >= CHAT_LOG_MESSAGES;
  const comment = marked.map((m, i) => m || (log && message[i] === true));
  if (!comment.includes(true)) {
    return texts;
  }
  const out = texts.map((text, i) =>
    comment[i] ? withoutWriter(marked[i] ? text : text.replace(LOGGED, ''), !marked[i]) : text,
  );
  if (log) {
    rankHeadedLists(out, raw, comment);
  }
  out.forEach((text, i) => {
    if (
      (comment[i] || log) &&
      NUMBERED_ANSWER.test(text) &&
      out.slice(Math.max(0, i - ANSWER_REACH), i).some((t) => ASKS_PLACES.test(t))
    ) {
      out[i] = text.replace(LIST_NUMBER, 'juara $1 ');
      return;
    }
    const holder = comment[i] || log ? placeAskedOf(text) : null;
    if (holder) {
      const answer = out
        .slice(i + 1, i + 1 + ANSWER_REACH)
        .findIndex((t, k) => (comment[i + 1 + k] || log) && PLACE_FIRST.test(t));
      if (answer >= 0) {
        const at = i + 1 + answer;
        out[at] = `${holder} ${(out[at] ?? '').replace(/^[^\p{L}\p{N}]*/u, '')}`;
      }
      // (the question claims no place, answered or not)
      out[i] = text.slice(0, WHICH_PLACE.exec(text)?.index ?? text.length);
      return;
    }
    const asked = comment[i] ? WHO_PLACED.exec(text) : null;
    if (!asked?.[1]) {
      return;
    }
    const answer = raw.slice(i + 1, i + 1 + ANSWER_REACH).findIndex((r) => REPLY_MARK.test(r));
    if (answer >= 0) {
      const at = i + 1 + answer;
      out[at] = `${asked[1]}: ${out[at]}`;
      out[i] = '';
    }
  });
  return out;
}

// a chat message that heads a list of results ("hasil paritrana riau 2026 (kab/kota):", "rekap
// pemenang paritrana yo da:", "paritrana sumbar 2025 kategori nagari:"), not a list of nominees
// or of an agenda, and a line of the numbered list under it ("1. Kab. Siak")
const RESULTS_HEAD =
  /^(?![^:]*\b(?:nomin\w*|finalis|calon|peserta|jadwal|undangan|agenda|syarat|target)\b)[^:]*\b(?:hasil|juara|pemenang|peringkat|urutan|rekap|paritrana|kategori)\b[^:]*:\s*$/i;
const NUMBERED_LINE = /^\s*([1-9])[.)]\s+\S/u;

/**
 * A chat's numbered list under a message that heads results (`comment` marks each sentence that
 * is a message), its numbers written as places ("hasil paritrana riau 2026 (kab/kota):⏎1. Kab.
 * Siak⏎2. Kota Pekanbaru" → "juara 1 Kab. Siak", "juara 2 Kota Pekanbaru"); a list numbered from 1
 * only.
 */
function rankHeadedLists(out: string[], raw: readonly string[], comment: boolean[]): void {
  raw.forEach((_line, i) => {
    if (!comment[i] || !RESULTS_HEAD.test(out[i] ?? '')) {
      return;
    }
    for (let k = i + 1, n = 1; k < raw.length; k += 1, n += 1) {
      const m = NUMBERED_LINE.exec(raw[k] ?? '');
      if (!m || Number(m[1]) !== n) {
        return;
      }
      out[k] = `juara ${n} ${out[k] ?? ''}`;
    }
  });
}

/**
 * The one a question asks the place of ("kab sleman juara brp?" → "kab sleman"): its region's
 * kind and name, else the last words before it that name a region, else its last word in
 * capitals.
 */
function placeAskedOf(text: string): string | null {
  const m = WHICH_PLACE.exec(text);
  const words = (m?.[1] ?? '').split(/\s+/).filter(Boolean);
  // ("seluma jd juara brp?": the verb before the place is no name's)
  while (words.length > 0 && ASKED_VERB.test(words[words.length - 1] ?? '')) {
    words.pop();
  }
  if (words.length === 0) {
    return null;
  }
  if (KIND_FIRST.test(m?.[1] ?? '')) {
    return words.join(' ');
  }
  const n = trailingRegionWords(words);
  if (n > 0) {
    return words.slice(words.length - n).join(' ');
  }
  const last = words[words.length - 1] ?? '';
  return /^\p{Lu}/u.test(last) ? last : null;
}

/** A comment's writer's label and its length: a name that is no region or organisation. */
function writerOf(text: string, unmarked = false): { label: string; length: number } | null {
  const m = WRITER.exec(text);
  const label = m?.[1];
  return label &&
    !(unmarked && NOT_A_WRITER.test(label)) &&
    !orgMarker(label) &&
    resolveName(label, null)?.regionCode == null
    ? { label, length: m[0].length }
    : null;
}

/** A comment's text without its writer's label. */
function withoutWriter(text: string, unmarked = false): string {
  return text.slice(writerOf(text, unmarked)?.length ?? 0);
}
