// `pnpm evaluate`: runs the extractor over ../shared/corpus/{seeds,dev} and prints the scorer's report for each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArticleText } from '../types.ts';
import { readArticle } from '../read-article.ts';
import { toPrediction } from '../to-prediction.ts';

const root = resolve(import.meta.dirname, '../../../..');
const shared = resolve(process.env.PARITRANA_SHARED ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');
const sets = (process.argv.slice(2).filter((a) => !a.startsWith('--')).length
  ? process.argv.slice(2).filter((a) => !a.startsWith('--'))
  : ['seeds', 'dev']);
const showErrors = process.argv.includes('--show-errors');
if (!existsSync(scorer)) {
  console.error(`evaluate: no scorer at ${scorer} (set PARITRANA_SHARED to the shared folder)`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'pw-eval-'));
for (const set of sets) {
  const dir = join(shared, 'corpus', set);
  const lines = readFileSync(join(dir, 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const started = performance.now();
  const preds = lines.map((line) => {
    const article = ArticleText.parse(JSON.parse(line));
    return JSON.stringify(toPrediction(article.id, readArticle(article)));
  });
  const ms = performance.now() - started;
  const predPath = join(out, `${set}.pred.jsonl`);
  writeFileSync(predPath, preds.join('\n') + '\n');
  console.log(`== ${set}: ${lines.length} articles in ${ms.toFixed(0)} ms (predictions: ${predPath})`);
  const args = [scorer, '--gold', join(dir, 'gold.jsonl'), '--pred', predPath];
  if (showErrors) {
    args.push('--show-errors');
  }
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }));
}
