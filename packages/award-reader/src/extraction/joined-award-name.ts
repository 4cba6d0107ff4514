// "Paritrana-Award 2026", "Paritrana_Awards": the award's name joined by a hyphen or underscore
const JOINED_NAME = /\b(paritrana)[-_](awards?)\b/gi;

/** The text with the award's joined name spaced (same length: every offset stays true). */
export function spaceJoinedAwardName(text: string): string {
  return text.replace(JOINED_NAME, '$1 $2');
}
