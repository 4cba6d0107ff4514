import { findRanks, type RankMention } from './parse-rank.ts';

// "tahun lalu … juara 2, tahun ini … juara 1": a marker of time, then (soon after) its rank
const PAST = /\btahun\s+(?:lalu|kemarin|sebelumnya)\b/gi;
const NOW = /\b(?:tahun\s+ini|kali\s+ini|kini|sekarang)\b/gi;
const REACH = 60;

/** The rank a time marker governs: the first one in the words after it, before the next clause. */
function rankAfter(text: string, marker: RegExp): RankMention | null {
  for (const m of text.matchAll(marker)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + REACH).split(/[;.]|,\s+(?=tahun|kali|kini|sekarang)/)[0];
    const rank = findRanks(window ?? '')[0];
    if (rank) {
      return { ...rank, start: rank.start + from, end: rank.end + from };
    }
  }
  return null;
}

/**
 * A sentence that sets a past rank against the present one ("tahun lalu meraih juara 2, tahun
 * ini juara 1"): both ranks, or null when it does not.
 */
export function splitByTime(text: string): { past: RankMention; now: RankMention } | null {
  const past = rankAfter(text, PAST);
  const now = rankAfter(text, NOW);
  return past && now && past.start !== now.start ? { past, now } : null;
}
