// `node packages/award-reader/src/cli/compile-set.ts DIR`: turns DIR/source.txt (hand-written
// articles with compact gold lines, format described at the top of that file) into
// DIR/articles.jsonl and DIR/gold.jsonl in the scorer's format (see ../shared/eval/LABELS.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSetSource } from '../eval/set-source.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: compile-set.ts DIR (reads DIR/source.txt)');
  process.exit(2);
}
const { articles, gold } = parseSetSource(readFileSync(join(dir, 'source.txt'), 'utf8'));
const lines = (rows: unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
writeFileSync(join(dir, 'articles.jsonl'), lines(articles));
writeFileSync(join(dir, 'gold.jsonl'), lines(gold));
const relevant = gold.filter((g) => g.relevant).length;
const awards = gold.reduce((n, g) => n + g.awards.length, 0);
console.log(`${articles.length} articles (${relevant} relevant, ${awards} awards) → ${dir}`);
