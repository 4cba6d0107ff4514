import { Abbreviations, LinkLinePrefixes } from './layout-words.ts';
import { phraseRegex } from './phrase-regex.ts';
import { linkLineFlags } from '../extraction/link-lines.ts';

/** One sentence (or list item, or headline) of an article, with its lower-case form. */
export interface Sentence {
  text: string;
  lower: string;
  /** In the headline or the first sentences of the body, where the main news is. */
  lead: boolean;
  /** The title, or without one the first lead sentence of the body. */
  headline: boolean;
}

/** How many body sentences of at least `LeadMinWords` words count as the lead. */
export const LeadSentences = 2;
const LeadMinWords = 4;

const linkLine = new RegExp(`^\\W*(?:${phraseRegex(LinkLinePrefixes).source})`, 'iu');
// A sentence may end at . ! ? or … (and any closing quote) before a capital, digit or quote.
const sentenceEnd = /(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/gu;
const abbreviations = new Set(Abbreviations);
const TICKER_MARK = /\s*[▶►]\s*/u;

/** Splits headline and body into sentences, dropping lines that link to other stories. */
export function splitSentences(article: { title?: string | null; text: string }): Sentence[] {
  const sentences: Sentence[] = [];
  for (const text of piecesOf(article.title ?? '')) {
    sentences.push({ text, lower: text.toLowerCase(), lead: true, headline: true });
  }
  let leadLeft = LeadSentences;
  let headlineLeft = sentences.length === 0;
  for (const text of piecesOf(article.text)) {
    const lead = leadLeft > 0 && text.split(/\s+/).length >= LeadMinWords;
    const headline = lead && headlineLeft;
    headlineLeft &&= !lead;
    if (lead) {
      leadLeft -= 1;
    }
    sentences.push({ text, lower: text.toLowerCase(), lead, headline });
  }
  return sentences;
}

function piecesOf(text: string): string[] {
  // (whole link blocks: the headlines under "Berita Terkait:" or "Related" go with their header)
  const links = linkLineFlags(text);
  return (
    text
      .split('\n')
      .filter((line, i) => !linkLine.test(line) && !links[i] && !isMenu(line))
      // (a news ticker's items, "▶ … ▶ …", are sentences of their own)
      .flatMap((line) => line.split(TICKER_MARK))
      .flatMap(splitLine)
      .map((piece) => piece.trim())
      .filter((piece) => /\p{L}/u.test(piece))
  );
}

/** A site's menu: four or more short items between bars or dots ("Beranda | Ekonomi | …"). */
function isMenu(line: string): boolean {
  const items = line.split(/\s+[|·•]\s+/);
  return (
    items.length >= 4 && items.every((x) => x.trim().split(/\s+/).length <= 3 && !/\d/.test(x))
  );
}

function splitLine(line: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of line.matchAll(sentenceEnd)) {
    const before = line.slice(start, match.index);
    if (!endsWithAbbreviation(before)) {
      pieces.push(before);
      start = match.index + match[0].length;
    }
  }
  pieces.push(line.slice(start));
  return pieces;
}

// "Dr.", "H.", "M.Si.", "S.Sos.": a title or degree, not the end of a sentence.
function endsWithAbbreviation(text: string): boolean {
  const token = /(\S+)\.$/u.exec(text)?.[1] ?? '';
  return /^\p{Lu}$/u.test(token) || token.includes('.') || abbreviations.has(token.toLowerCase());
}
