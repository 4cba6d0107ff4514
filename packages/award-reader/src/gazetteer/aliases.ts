import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { normalizeKey } from './normalize-key.ts';

/** What an alias row says about its alias. */
export const AliasKind = {
  Province: 'province',
  Region: 'region',
  Prefix: 'prefix',
  Official: 'official',
  Org: 'org',
  Umkm: 'umkm',
  Abbrev: 'abbrev',
  Category: 'category',
} as const;
export type AliasKind = (typeof AliasKind)[keyof typeof AliasKind];

/** One row of data/aliases.tsv. */
export const AliasRow = z.object({
  alias: z.string().min(1),
  canonical: z.string().min(1),
  kind: z.enum(AliasKind),
  note: z.string().optional(),
});
export type AliasRow = z.infer<typeof AliasRow>;

/** The alias table indexed by kind, then by normalized alias. */
export type AliasTable = Record<AliasKind, Map<string, string>>;

/** Parses and validates the TSV text of the alias table; throws on a malformed row. */
export function parseAliasTable(text: string): AliasTable {
  const table = Object.fromEntries(
    Object.values(AliasKind).map((k) => [k, new Map<string, string>()]),
  ) as AliasTable;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) {
      return;
    }
    const [alias, canonical, kind, note] = line.split('\t');
    const parsed = AliasRow.safeParse({ alias, canonical, kind, note });
    if (!parsed.success) {
      throw new Error(`aliases.tsv line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
    const key = normalizeKey(parsed.data.alias);
    if (table[parsed.data.kind].has(key)) {
      throw new Error(`aliases.tsv line ${i + 1}: duplicate ${parsed.data.kind} alias "${key}"`);
    }
    table[parsed.data.kind].set(key, parsed.data.canonical);
  });
  return table;
}

let cached: AliasTable | undefined;

/** The package's alias table (data/aliases.tsv), loaded once. */
export function aliasTable(): AliasTable {
  cached ??= parseAliasTable(
    readFileSync(new URL('../../data/aliases.tsv', import.meta.url), 'utf8'),
  );
  return cached;
}
