import { resolveName } from '../gazetteer/resolve-name.ts';
import { orgMarker } from '../gazetteer/resolve-org.ts';

// a reader's comment or a reply to one, as a page shows it: "💬 Dede Kurnia: …", "↳ admin: …",
// "[Balas] Rina: …"
const REPLY = '(?:↳|↪|⤷|└|\\[balas\\])';
const COMMENT = `(?:💬|${REPLY})`;
const COMMENT_MARK = new RegExp(`^\\s*${COMMENT}`, 'iu');
const REPLY_MARK = new RegExp(`^\\s*${REPLY}`, 'iu');
// the comment's writer and a colon: a name of up to four words, or the page's own admin
const WRITER = new RegExp(
  `^\\s*(?:${COMMENT}\\s*)?((?:(?-i:\\p{Lu})[\\p{L}.'’-]*\\s+){0,3}(?-i:\\p{Lu})[\\p{L}.'’-]*|admin|mimin|min|penulis)\\s*:\\s+(?=\\S)`,
  'iu',
);
// a question after a place's holder: "juara 1 na saha kang?", "juara 1 nya gampong mana bang?",
// "yg juara 2 siapa min?"
const WHO_PLACED =
  /\b((?:juara|peringkat|terbaik)\s+(?:ke-?)?(?:[1-9]|satu|dua|tiga|I{1,3}))(?:\s*-?nya|\s+na)?\s+(?:\p{L}+\s+)?(?:siapa|mana|apa|saha|sapa|sape)\b[^?]*\?\s*$/iu;
// how many comments after a question its answer may come
const ANSWER_REACH = 2;
// (a chat's log shows no mark, only each message's writer: "Uni Lela: juara 3 bang 🙏", "[08.13]
// Pak Harno: …"; a page of this many such sentences is one, its writers' labels taken off too)
const LOGGED = /^\s*\[\d{1,2}[.:]\d{2}\]\s*/u;
const CHAT_LOG_MESSAGES = 3;
// (a label that tells of the award is a list's, not a writer's: "Kategori Desa: …"; nor a
// letter's or a decree's: "Mengingat : 1. …", "Perihal: …")
const AWARD_LABEL =
  /\b(?:menimbang|mengingat|memperhatikan|memutuskan|menetapkan|kesatu|kedua|ketiga|keempat|kelima|lampiran|nomor|tentang|tanggal|perihal|hal|kepada|dari|yth|tembusan|ditetapkan|pada|tempat|waktu|acara|agenda|kategori|juara|peringkat|pemenang|terbaik|harapan|tingkat|desa|kelurahan|gampong|nagari|kampung|kabupaten|kota|provinsi|badan|usaha|umkm|koperasi|perusahaan|paritrana|award|penghargaan|catatan|sumber|foto|baca|update|info)\b/i;

/**
 * A page's comments read as what they say: each writer's label taken off ("💬 Dede Kurnia: juara
 * 1 na saha kang?" names no winner), and a reply that answers which one won a place written as
 * that place's holder ("juara 1 nya gampong mana bang?" answered "↳ admin: gampong meunasah
 * baro, kab. pidie jaya kak" → "juara 1: gampong meunasah baro, kab. pidie jaya kak"), the
 * question left empty. `raw` are the sentences as the page writes them, `texts` as cleaned.
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
  out.forEach((text, i) => {
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

/** A comment's writer's label and its length: a name that is no region or organisation. */
function writerOf(text: string, unmarked = false): { label: string; length: number } | null {
  const m = WRITER.exec(text);
  const label = m?.[1];
  return label &&
    !(unmarked && AWARD_LABEL.test(label)) &&
    !orgMarker(label) &&
    resolveName(label, null)?.regionCode == null
    ? { label, length: m[0].length }
    : null;
}

/** A comment's text without its writer's label. */
function withoutWriter(text: string, unmarked = false): string {
  return text.slice(writerOf(text, unmarked)?.length ?? 0);
}
