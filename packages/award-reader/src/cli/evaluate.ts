// `pnpm evaluate [set…]`: runs the reader over each set and prints the scorer's report for each.
// Sets: seeds and dev (../shared/corpus), and our own held-out sets (packages/award-reader/eval).
// `--oracle-relevance` takes relevance from the gold file, to measure extraction alone.
// dev is also scored by grouped cross-validation: story clusters (syndicated copies, the same
// ceremony) are split into 5 folds; each fold is read by a model trained on the other folds plus
// the rest of the training data (tuned-on holdouts, synthetic set), so no article is read by weights that saw it or a copy of it (`--no-cv`
// skips this). `--rules-only` reads with the rules alone (no learned decisions).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ArticleText, RelevanceKind, type ArticleReading } from '../types.ts';
import { readArticle } from '../read-article.ts';
import { toPrediction } from '../to-prediction.ts';
import { extractAwards } from '../extraction/extract-awards.ts';
import { defaultModel, type ReaderModel } from '../learn/reader-model.ts';
import { foldsOf, storyClusters } from '../learn/story-clusters.ts';
import { trainReader } from '../learn/train-reader.ts';
import { devSet, synthetic, tunedHoldouts } from '../learn/training-sets.ts';

const root = resolve(import.meta.dirname, '../../../..');
const shared = resolve(process.env.PARITRANA_SHARED ?? join(root, '..', 'shared'));
const scorer = join(shared, 'eval', 'score.mjs');
const evalDir = resolve(import.meta.dirname, '../../eval');
const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const ours = existsSync(evalDir) ? readdirSync(evalDir).sort() : [];
const sets = named.length ? named : ['seeds', 'dev', ...ours];
/** Our held-out sets live in the package; the shared corpus is beside the checkout. */
const dirOf = (set: string): string =>
  existsSync(join(evalDir, set, 'gold.jsonl')) ? join(evalDir, set) : join(shared, 'corpus', set);
const showErrors = process.argv.includes('--show-errors');
// --oracle-relevance: extraction alone, on exactly the articles the gold marks relevant.
const oracle = process.argv.includes('--oracle-relevance');
const rulesOnly = process.argv.includes('--rules-only');
const crossValidate = !process.argv.includes('--no-cv') && !oracle && !rulesOnly;
const model: ReaderModel | null = rulesOnly ? null : defaultModel();
const Folds = 5;

/** Gold relevance by article id, for --oracle-relevance. */
function goldRelevance(dir: string): Map<string, boolean> {
  const rows = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return new Map(
    rows.map((l) => {
      const g = JSON.parse(l) as { id: string | number; relevant?: boolean };
      return [String(g.id), Boolean(g.relevant)];
    }),
  );
}

function readWithOracle(article: ArticleText, relevant: boolean): ArticleReading {
  const language = { language: 'ind', isIndonesian: true, signals: ['oracle'] };
  return relevant
    ? {
        language,
        relevance: { kind: RelevanceKind.Results, score: 1, signals: ['oracle'] },
        awards: extractAwards(article, { model }),
      }
    : {
        language,
        relevance: { kind: RelevanceKind.Unrelated, score: 0, signals: ['oracle'] },
        awards: [],
      };
}
if (!existsSync(scorer)) {
  console.error(`evaluate: no scorer at ${scorer} (set PARITRANA_SHARED to the shared folder)`);
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'pw-eval-'));
for (const set of sets) {
  const dir = dirOf(set);
  if (!existsSync(join(dir, 'articles.jsonl'))) {
    if (named.length) {
      console.error(`evaluate: no set ${set} (${dir})`);
      process.exitCode = 2;
    }
    continue;
  }
  const lines = readFileSync(join(dir, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const gold = oracle ? goldRelevance(dir) : null;
  const started = performance.now();
  const preds = lines.map((line) => {
    const article = ArticleText.parse(JSON.parse(line));
    const reading = gold
      ? readWithOracle(article, gold.get(String(article.id)) ?? false)
      : readArticle(article, { model });
    return JSON.stringify(toPrediction(article.id, reading));
  });
  const ms = performance.now() - started;
  const predPath = join(out, `${set}.pred.jsonl`);
  writeFileSync(predPath, preds.join('\n') + '\n');
  console.log(
    `== ${set}${oracle ? ' (oracle relevance)' : ''}: ${lines.length} articles in ${ms.toFixed(0)} ms (predictions: ${predPath})`,
  );
  const args = [scorer, '--gold', join(dir, 'gold.jsonl'), '--pred', predPath];
  if (showErrors) {
    args.push('--show-errors');
  }
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  storeLevel(join(dir, 'gold.jsonl'), predPath);
  if (set === 'dev' && crossValidate) {
    crossValidated(dir);
  }
}

/** The store-level score (awards pooled into distinct facts), when the shared scorer has it. */
function storeLevel(gold: string, pred: string): void {
  const script = join(shared, 'eval', 'store-level.mjs');
  if (existsSync(script)) {
    const text = execFileSync(process.execPath, [script, '--gold', gold, '--pred', pred], {
      encoding: 'utf8',
    });
    console.log(`store-level: ${text.trim().split('\n').pop() ?? ''}\n`);
  }
}

/** Grouped 5-fold cross-validation of the learned reader on dev (see the header). */
function crossValidated(dir: string): void {
  const started = performance.now();
  const dev = devSet();
  const folds = foldsOf(storyClusters(dev.articles, dev.gold), Folds);
  const rest = [...tunedHoldouts(), synthetic()];
  const preds: string[] = [];
  for (let k = 0; k < Folds; k++) {
    const inFold = (id: string): boolean => folds.get(id) === k;
    const trainPart = {
      name: 'dev',
      articles: dev.articles.filter((a) => !inFold(a.id)),
      gold: dev.gold,
    };
    const fitted = trainReader([trainPart, ...rest]);
    for (const article of dev.articles.filter((a) => inFold(a.id))) {
      preds.push(JSON.stringify(toPrediction(article.id, readArticle(article, { model: fitted }))));
    }
  }
  const predPath = join(out, 'dev-cv.pred.jsonl');
  writeFileSync(predPath, preds.join('\n') + '\n');
  const clusters = new Set(storyClusters(dev.articles, dev.gold).values()).size;
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `== dev, grouped ${Folds}-fold cross-validation (${clusters} story clusters; ${secs} s; predictions: ${predPath})`,
  );
  const args = [scorer, '--gold', join(dir, 'gold.jsonl'), '--pred', predPath];
  if (showErrors) {
    args.push('--show-errors');
  }
  console.log(execFileSync(process.execPath, args, { encoding: 'utf8' }));
  storeLevel(join(dir, 'gold.jsonl'), predPath);
}
