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

/**
 * A page's comments read as what they say: each writer's label taken off ("💬 Dede Kurnia: juara
 * 1 na saha kang?" names no winner), and a reply that answers which one won a place written as
 * that place's holder ("juara 1 nya gampong mana bang?" answered "↳ admin: gampong meunasah
 * baro, kab. pidie jaya kak" → "juara 1: gampong meunasah baro, kab. pidie jaya kak"), the
 * question left empty. `raw` are the sentences as the page writes them, `texts` as cleaned.
 */
export function readPageComments(texts: string[], raw: readonly string[]): string[] {
  const comment = raw.map((r) => COMMENT_MARK.test(r));
  if (!comment.includes(true)) {
    return texts;
  }
  const out = texts.map((text, i) => (comment[i] ? withoutWriter(text) : text));
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

/** A comment's text without its writer's label (a name that is no region or organisation). */
function withoutWriter(text: string): string {
  const m = WRITER.exec(text);
  const label = m?.[1];
  return label && !orgMarker(label) && resolveName(label, null)?.regionCode == null
    ? text.slice(m[0].length)
    : text;
}
