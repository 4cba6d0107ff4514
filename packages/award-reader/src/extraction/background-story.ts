import type { Sentence } from './split-sentences.ts';
import { AWARD_CUE } from './word-lists.ts';

const PROSE_WORDS = 8;
const LEAD = 2;
const BRIEF = 2;
// a handover told in the story: "Penghargaan diserahkan …", "menerima trofi Paritrana"
const HANDOVER =
  /\b(?:diserahkan|menyerahkan|penyerahan|penganugerahan|menerima|diterima|dianugerahi)\b/i;
const AWARD_NOUN = /paritrana|penghargaan|award|trofi|piala|piagam/i;

/**
 * Whether the article is about something else and cites the award as background (a programme
 * launch, an anniversary profile): neither its headline nor its first two sentences of prose
 * speak of the award, it names the award once or twice, and it tells of no handover.
 */
export function isBackgroundStory(sentences: Sentence[], title: string | null): boolean {
  const prose = sentences.filter(
    (s) => s.text.split(/\s+/).length >= PROSE_WORDS && /[.!?"”]\s*$/.test(s.text),
  );
  if (prose.length === 0) {
    return false;
  }
  // (a long line before the first prose sentence leads too: an advert's joined lines)
  const before = sentences.filter(
    (s) => s.start < (prose[0]?.start ?? 0) && s.text.split(/\s+/).length >= PROSE_WORDS,
  );
  const lead = [
    title ?? '',
    ...before.map((s) => s.text),
    ...prose.slice(0, LEAD).map((s) => s.text),
  ];
  if (lead.some((t) => AWARD_CUE.test(t))) {
    return false;
  }
  // a background mention is brief: the award named in a sentence or two, no handover told
  const naming = sentences.filter((s) => /paritrana/i.test(s.text)).length;
  return (
    naming <= BRIEF && !sentences.some((s) => HANDOVER.test(s.text) && AWARD_NOUN.test(s.text))
  );
}
