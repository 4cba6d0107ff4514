import type { AwardDraft } from './award.ts';

const LEGAL_FORMS = new Set(['pt', 'tbk', 'persero', 'perseroda', 'cv', 'ud', 'perum']);

// Words that say what kind of business a winner is, not which one (UKM GHAURA is GHAURA).
const DESCRIPTORS = new Set(['ukm', 'umkm', 'umk']);

// Long forms Indonesian news spells out, folded to the short form outlets also use.
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bbank perkreditan rakyat\b/g, 'bpr'],
  [/\bbank pembangunan daerah\b/g, 'bpd'],
  [/\bkoperasi kredit\b/g, 'kopdit'],
  [/\brumah sakit umum\b/g, 'rsu'],
  [/\brumah sakit\b/g, 'rs'],
];

// Region winners whose category names a distinct sub-award, not the main one.
const REGION_SUB_AWARDS = ['inovasi', 'coverage'] as const;
const REGION_TYPES = new Set(['provinsi', 'kabupaten', 'kota', 'desa', 'kelurahan']);

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

/**
 * A company's name folded to its identity: foldName, minus parenthesised asides ("(Huadi
 * group)"), head-office and branch designators ("Kantor Pusat", "Cabang Ambon": the province is
 * already in the key) and business-size descriptors, with common long forms abbreviated.
 */
export function foldCompanyName(name: string): string {
  let t = foldName(name.replace(/\([^)]*\)/g, ' '));
  for (const [re, short] of ABBREVIATIONS) {
    t = t.replace(re, short);
  }
  t = t.replace(/\s(kantor pusat|kantor cabang|kantor wilayah|cabang|kc|kcp)(\s.*)?$/, '');
  return t
    .split(' ')
    .filter((w) => w && !DESCRIPTORS.has(w))
    .join(' ');
}

/** The winner's identity: its region code when it has one, otherwise its folded company name. */
export function winnerIdentity(draft: Pick<AwardDraft, 'regionCode' | 'winnerCanonical'>): string {
  return draft.regionCode
    ? `region:${draft.regionCode}`
    : `name:${foldCompanyName(draft.winnerCanonical)}`;
}

/**
 * Which award of an edition the category names, reduced to what tells two awards to one winner
 * apart: a region wins the government award ('pemerintah') or a named sub-award ('inovasi',
 * 'coverage'); a company wins in its own sector and size class ('badan-usaha') or the overall
 * award ('overall'). Sector, size and zone wording differ between outlets and are not part of it.
 */
export function categoryClass(
  draft: Pick<AwardDraft, 'category' | 'winnerType' | 'regionCode'>,
): string {
  const words = new Set(foldName(draft.category ?? '').split(' '));
  if (draft.regionCode || REGION_TYPES.has(draft.winnerType)) {
    return REGION_SUB_AWARDS.find((w) => words.has(w)) ?? 'pemerintah';
  }
  return words.has('overall') || words.has('umum') ? 'overall' : 'badan-usaha';
}

/** What the dedup key is built from. */
export type AwardKeyInput = Pick<
  AwardDraft,
  'editionYear' | 'level' | 'province' | 'category' | 'regionCode' | 'winnerCanonical'
> &
  Partial<Pick<AwardDraft, 'winnerType'>>;

/**
 * The dedup key: edition year, level, province, category class and the winner's identity, e.g.
 * `2024|provinsi|jawa timur|pemerintah|region:35.22`. Rank is deliberately not part of it, so
 * outlets that disagree on rank land on one record (and the record shows the conflict).
 */
export function awardKey(draft: AwardKeyInput): string {
  return [
    draft.editionYear ?? 'unknown-year',
    draft.level,
    foldName(draft.province ?? '') || 'no-province',
    categoryClass({ ...draft, winnerType: draft.winnerType ?? '' }),
    winnerIdentity(draft),
  ].join('|');
}
