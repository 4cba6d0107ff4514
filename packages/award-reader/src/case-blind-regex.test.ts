import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Under the "i" flag, \p{Lu} (and \p{Ll}) match letters of either case: /\p{Lu}/iu.test('a') is
// true. A rule that means "a capital letter" in a case-blind pattern must say (?-i:\p{Lu}).
const LITERAL = /\/((?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n[\\])+)\/([dgimsuyv]+)/g;
const CASED = /\\p\{L[lu]\}/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The case-blind regex literals of a source that test a letter's case without saying so. */
export function caseBlindCaseTests(source: string): string[] {
  return [...source.matchAll(LITERAL)].flatMap((m) => {
    const [all, body = '', flags = ''] = m;
    if (!flags.includes('i')) {
      return [];
    }
    const unguarded = [...body.matchAll(CASED)].some(
      (c) => !/\(\?-i:\[?$/.test(body.slice(0, c.index)),
    );
    return unguarded ? [all] : [];
  });
}

describe('case-blind regular expressions', () => {
  it('finds a case test the "i" flag voids, and passes a guarded one', () => {
    expect(caseBlindCaseTests(String.raw`const A = /se-\p{Lu}/iu;`)).toHaveLength(1);
    expect(caseBlindCaseTests(String.raw`const A = /se-(?-i:\p{Lu})/iu;`)).toEqual([]);
    expect(caseBlindCaseTests(String.raw`const A = /se-\p{Lu}/u;`)).toEqual([]);
  });

  it('has no case test voided by the "i" flag in the reader', () => {
    const found = sources(import.meta.dirname).flatMap((f) =>
      caseBlindCaseTests(readFileSync(f, 'utf8')).map((r) => `${f}: ${r.slice(0, 80)}`),
    );
    expect(found).toEqual([]);
  });
});
