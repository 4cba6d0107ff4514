import type { AwardDraft } from './award.ts';

const LEGAL_FORMS = new Set(['pt', 'tbk', 'persero', 'perseroda', 'cv', 'ud', 'perum']);

/** A name folded for comparison: lower case, no punctuation, no legal forms (PT, Tbk, …). */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_FORMS.has(w))
    .join(' ');
}

/** The winner's identity: its region code when it has one, otherwise its folded name. */
export function winnerIdentity(draft: Pick<AwardDraft, 'regionCode' | 'winnerCanonical'>): string {
  return draft.regionCode ? `region:${draft.regionCode}` : `name:${foldName(draft.winnerCanonical)}`;
}

/**
 * The dedup key: edition year, level, province, category and the winner's identity.
 * Rank is deliberately not part of it, so outlets that disagree on rank land on one record.
 */
export function awardKey(
  draft: Pick<
    AwardDraft,
    'editionYear' | 'level' | 'province' | 'category' | 'regionCode' | 'winnerCanonical'
  >,
): string {
  return [
    draft.editionYear ?? 'unknown-year',
    draft.level,
    foldName(draft.province ?? '') || 'no-province',
    foldName(draft.category ?? '') || 'no-category',
    winnerIdentity(draft),
  ].join('|');
}
