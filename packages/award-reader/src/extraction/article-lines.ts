import { splitPrefix } from '../gazetteer/find-region.ts';
import { findRegencies } from '../gazetteer/regions.ts';
import { resolveName } from '../gazetteer/resolve-name.ts';
import { scanNames } from './scan-names.ts';
import type { Sentence } from './split-sentences.ts';

/**
 * A category header line ("Kategori UMKM", "1. Kategori Desa:", "Pemerintah Desa:"), or a list
 * intro ending in ":" ("Berikut daftar pemenangnya:", "Percakapan itu kami tampilkan …:"), which
 * names no category (no group). (A long line of winners ends in its category: "Penerima
 * penghargaan Paritrana Award 2024 tingkat Provinsi Aceh kategori pemerintah gampong:".)
 */
export const HEADER =
  /^(?:(?:\d{1,2}|[IVX]{1,4}|[a-hA-H])[.)]\s*)?(?:(?:daftar\s+|para\s+)?(?:pemenang|juara|peraih|penerima)(?:nya)?\s+(?:untuk\s+|di\s+)?)?(?:kategori|katagori)\s+([^.:]{3,80}?)\s*(?:dibagi\b.*)?:?$|^(?![^:]*\bkategori\b)(?=[^.:]*\b(?:berikut|daftar|pemenang\w*|penerima\w*|peraih\w*|antara lain|yakni|yaitu|di antaranya|adalah)\b)[^.:]{3,240}:$|^(?![^.:]*\b(?:kami|kita|saya|dia|mereka|itu|ini|begini|berbunyi|seperti|isinya|bunyinya)\b)((?=[^.:]*\b(?:pemenang|penerima|peraih|daftar)\w*\s[^.:]*\bkategori\s[^.:,]{3,60}:$)[^.:]{3,240}|[^.:]{3,90}):$|^(?=[^.:]*\b(?:kami|kita|saya|dia|mereka|itu|ini|begini|berbunyi|seperti|isinya|bunyinya)\b)[^.:]{3,240}:$|^zona\s+[^.:]{2,80}:?$|^(?=[^.:]*\b(?:berikut|rincian)\b)[^.:]{3,240}:$/i;
// A line of a winners list: short, on its own line, without verbs ("me…", "ber…", "di…kan").
const VERB = /(?:^|\s)(?:me|ber|ter(?!baik))\p{Ll}{3,}|(?:^|\s)di\p{Ll}{2,}kan\b/u;

/** Whether a sentence is a line of a winners list: alone on its line, short, without verbs. */
export function isListLine(text: string, sentence: Sentence, article: string): boolean {
  // (an indented line: "   1) Kabupaten Gorontalo"; the end of a line may hold spaces, but not
  // the end of a cut page)
  const lineStart = article.lastIndexOf('\n', sentence.start - 1) + 1;
  const alone =
    /^[ \t]*$/.test(article.slice(lineStart, sentence.start)) &&
    (sentence.end >= article.length ||
      /^[ \t]*\n/.test(article.slice(sentence.end, sentence.end + 12)));
  return alone && text.length < 100 && !VERB.test(text);
}

/** Codes of the regencies and cities an article names, to place villages it does not locate. */
export function regencyCodes(sentences: string[]): string[] {
  const codes = new Set<string>();
  for (const s of sentences) {
    // (a bare name of two says nothing of which: "Probolinggo" is a regency and a city)
    const told = scanNames(s).filter(
      (x) => splitPrefix(x.text) != null || findRegencies(x.text).length <= 1,
    );
    for (const n of told) {
      const who = resolveName(n.text, null);
      if (who?.regionCode && (who.type === 'kabupaten' || who.type === 'kota')) {
        codes.add(who.regionCode);
      }
    }
  }
  return [...codes];
}

/** The sentence without the dateline or list number that cleaning dropped, offsets kept true. */
export function evidenceOf(sentence: Sentence | undefined, cleaned: string): Sentence | undefined {
  const k = sentence ? sentence.text.indexOf(cleaned.slice(0, 20)) : -1;
  return sentence && k > 0
    ? { text: sentence.text.slice(k), start: sentence.start + k, end: sentence.end }
    : sentence;
}

/** The most frequent value, the first on a tie. */
export function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  values.forEach((v) => counts.set(v, (counts.get(v) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
