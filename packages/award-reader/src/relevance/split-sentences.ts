import { LinkLinePrefixes } from './stage-words.ts';
import { phraseRegex } from './phrase-regex.ts';

/** One sentence (or list item, or headline) of an article, with its lower-case form. */
export interface Sentence {
  text: string;
  lower: string;
  /** In the headline or the first sentences of the body, where the main news is. */
  lead: boolean;
}

/** How many body sentences of at least `LeadMinWords` words count as the lead. */
export const LeadSentences = 3;
const LeadMinWords = 4;

const linkLine = new RegExp(`^\\W*(?:${phraseRegex(LinkLinePrefixes).source})`, 'iu');
// A sentence ends at . ! ? or … (and any closing quote) before a capital, digit or opening quote.
const sentenceEnd = /(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u;

/** Splits headline and body into sentences, dropping lines that link to other stories. */
export function splitSentences(article: { title?: string | null; text: string }): Sentence[] {
  const sentences: Sentence[] = [];
  for (const text of piecesOf(article.title ?? '')) {
    sentences.push({ text, lower: text.toLowerCase(), lead: true });
  }
  let leadLeft = LeadSentences;
  for (const text of piecesOf(article.text)) {
    const lead = leadLeft > 0 && text.split(/\s+/).length >= LeadMinWords;
    if (lead) {
      leadLeft -= 1;
    }
    sentences.push({ text, lower: text.toLowerCase(), lead });
  }
  return sentences;
}

function piecesOf(text: string): string[] {
  return text
    .split(/\n+/)
    .filter((line) => !linkLine.test(line))
    .flatMap((line) => line.split(sentenceEnd))
    .map((piece) => piece.trim())
    .filter((piece) => /\p{L}/u.test(piece));
}
