import { readRegions } from './region-codes.ts';

/** One article of an evaluation set, in the reader's input format. */
export interface SetArticle {
  id: string;
  url: string;
  outlet: string;
  text: string;
}

/** One gold line, in the scorer's format. */
export interface SetGold {
  id: string;
  relevant: boolean;
  kind: string;
  awards: Array<Record<string, unknown>>;
  unnamed_winner_count?: number;
}

const value = (raw: string): unknown => {
  if (raw === 'null') {
    return null;
  }
  if (raw === 'true' || raw === 'false') {
    return raw === 'true';
  }
  return /^\d+$/.test(raw) ? Number(raw) : raw;
};

const KEYS: Record<string, string> = {
  rank: 'rank',
  implied: 'rank_implied',
  year: 'edition_year',
  alt: 'edition_year_alt',
  level: 'level',
  province: 'province',
  hist: 'historical',
  cat: 'category',
  nom: 'nomination_only',
};

/** A comment line: "#" then a space or nothing. "#ParitranaAward" and "#1 Kota X" are text. */
const COMMENT = /^#(?:\s|$)/;

/** Parses a hand-written set (header, `@` defaults, text, `>>` gold lines) into both files. */
export function parseSetSource(source: string): { articles: SetArticle[]; gold: SetGold[] } {
  const codeOf = readRegions();
  const articles: SetArticle[] = [];
  const gold: SetGold[] = [];
  const blocks = source.split(/^### /m).slice(1);
  for (const block of blocks) {
    const [head = '', ...rest] = block.split('\n');
    const [id = '', outlet = '', kind = '', ...extra] = head.split('|').map((s) => s.trim());
    const defaults: Record<string, unknown> = { historical: false, edition_year: null };
    const text: string[] = [];
    const awards: Array<Record<string, unknown>> = [];
    for (const line of rest) {
      if (line.startsWith('@ ')) {
        for (const m of line.slice(2).matchAll(/(\w+)=("[^"]*"|.+?)(?=\s+\w+=|$)/g)) {
          const key = KEYS[m[1] ?? ''] ?? m[1] ?? '';
          defaults[key] = value((m[2] ?? '').replace(/^"|"$/g, '').trim());
        }
      } else if (line.startsWith('>> ')) {
        const [who = '', ...fields] = line
          .slice(3)
          .split('|')
          .map((s) => s.trim());
        const [canonical = '', printed] = who.split('<=').map((s) => s.trim());
        const award: Record<string, unknown> = {
          winner: printed ?? canonical,
          winner_canonical: canonical,
          aliases: [],
          ...defaults,
        };
        for (const f of fields) {
          const [k = '', v = ''] = f.split('=').map((s) => s.trim());
          if (k === 'aliases') {
            award.aliases = v.split(',').map((s) => s.trim());
          } else {
            award[KEYS[k] ?? k] = value(v);
          }
        }
        if (award.level !== 'provinsi' && !/^Provinsi /.test(canonical)) {
          award.province = null;
        }
        const names = [canonical, ...(award.aliases as string[])];
        award.region_code = names.map(codeOf).find((c) => c != null) ?? null;
        awards.push(award);
      } else if (!COMMENT.test(line)) {
        text.push(line);
      }
    }
    const unnamed = extra.find((e) => e.startsWith('unnamed='));
    articles.push({
      id,
      url: `https://${outlet}/${id}`,
      outlet,
      text: text.join('\n').trim(),
    });
    gold.push({
      id,
      relevant: kind === 'results',
      kind,
      awards,
      ...(unnamed ? { unnamed_winner_count: Number(unnamed.split('=')[1]) } : {}),
    });
  }
  return { articles, gold };
}
