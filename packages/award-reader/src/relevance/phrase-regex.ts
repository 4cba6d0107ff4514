// a count in digits or in words ("14", "sembilan", "dua belas", "puluhan")
const NUMBER =
  '(?:\\d+|(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:\\s+(?:belas|puluh(?:\\s+(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?))?|sepuluh|sebelas|belasan|puluhan)';

/** A text written for a regex to match as it stands. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Escapes a table phrase for a regex: a space matches any whitespace, `#` matches a count and a
 * trailing `*` lets the last word run on ("paritrana*" also matches "Paritranas", "ParitranaAward").
 */
export function phrasePattern(phrase: string): string {
  const open = phrase.endsWith('*');
  const pattern = escapeRegex(open ? phrase.slice(0, -1) : phrase)
    .replace(/\s+/g, '\\s+')
    .replace(/#/g, NUMBER);
  return open ? `${pattern}[\\p{L}\\p{N}]*` : pattern;
}

/** One case-insensitive regex matching any phrase of a table as whole words. */
export function phraseRegex(phrases: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(phrases)})(?![\\p{L}\\p{N}])`, flags);
}

/** The phrases of a table as one regex alternation, longest first. */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}
