import { normalizeKey } from '../gazetteer/normalize-key.ts';
import type { AwardMention } from '../types.ts';

// a message that corrects what was said before it: "eh bukan mbak, yg juara 1 itu kab kulon
// progo", "‼️ralat‼️ mohon maaf, yg benar juara 1 …", "eh salah min 🙏", "maaf td salah ketik"
// (not a story's "Sebuah salah ketik admin …", which tells of the mistake)
const CORRECTION =
  /(?<![\p{L}])(?:ralat|koreksi|(?:yang|yg)\s+benar(?:nya)?|eh\s+bukan|bukan\s+(?:kak|kaka|mas|mbak|bang|min|gan|pak|bu|bro|sis|om|bli|uda|uni|daeng|akang|teh)|(?:maaf|sori|sorry|eh|duh|wah)\s+(?:\S+\s+)?salah(?:\s+(?:ketik|tulis|info|baca|sebut))?)(?![\p{L}])/iu;
const CORRECTIONS = new RegExp(CORRECTION.source, 'giu');

// "*Ralat: pada versi sebelumnya tertulis PT X meraih juara kedua.": an outlet's note that tells
// the claim it takes back (unless it says the right one there too)
// ("Dalam versi sebelumnya artikel ini, tertulis …", "…, redaksi menulis Pemerintah Kota X …")
const OLD_VERSION =
  /\b(?:sebelumnya|semula|awalnya)\s+(?:\p{L}+,?\s+){0,3}(?:tertulis|ditulis|disebutkan|disebut)\b|\b(?:redaksi|kami)\s+(?:sebelumnya\s+|semula\s+)?(?:menulis|tulis|menuliskan|memberitakan)\b/iu;
const NOW_RIGHT = /\b(?:(?:yang|yg)\s+benar|seharusnya|semestinya)\b/i;

// (a claim that names no category is of the corrected one's)
const sameCategory = (a: AwardMention, b: AwardMention): boolean =>
  a.category == null || b.category == null || normalizeKey(a.category) === normalizeKey(b.category);

/**
 * The awards without the claims a correction takes back: the wrong claim an outlet's note
 * repeats, a winner a later correction places again at another rank ("kota manado juara 2" …
 * "ralat, manado juara 1"), and the one the earlier claim gave the corrected place in the same
 * category ("kab sleman juara 1" … "eh bukan, yg juara 1 itu kab kulon progo"). A correction
 * runs from its word to its line's end.
 */
export function withoutCorrectedClaims(awards: AwardMention[], text: string): AwardMention[] {
  if (!CORRECTION.test(text)) {
    return awards;
  }
  const kept = awards.filter(
    (a) => !(OLD_VERSION.test(a.evidence.text) && !NOW_RIGHT.test(a.evidence.text)),
  );
  const spans = [...text.matchAll(CORRECTIONS)].map((m) => {
    const end = text.indexOf('\n', m.index);
    return { start: m.index, end: end < 0 ? text.length : end };
  });
  const correcting = kept.filter(
    (a) =>
      !a.historical &&
      !OLD_VERSION.test(a.evidence.text) &&
      spans.some((s) => a.evidence.start <= s.end && a.evidence.end >= s.start),
  );
  const takenBack = (a: AwardMention): boolean =>
    !a.historical &&
    !correcting.includes(a) &&
    correcting.some(
      (c) =>
        a.evidence.end <= c.evidence.start &&
        a.level === c.level &&
        c.rank != null &&
        (a.winnerCanonical === c.winnerCanonical
          ? a.rank !== c.rank
          : a.rank === c.rank && sameCategory(a, c)),
    );
  return correcting.length === 0 ? kept : kept.filter((a) => !takenBack(a));
}
