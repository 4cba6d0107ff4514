// `pnpm train`: fits the reader's learned decisions on the development set's gold, our tuned-on
// holdout sets (TrainingHoldouts) and synthetic template articles (never on an evaluation set) and
// writes model/weights.json. Deterministic: the same data give the same file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelPath } from '../learn/reader-model.ts';
import { trainReader } from '../learn/train-reader.ts';
import { devSet, synthetic, tunedHoldouts } from '../learn/training-sets.ts';

const started = performance.now();
const model = trainReader([devSet(), ...tunedHoldouts(), synthetic()]);
const ordered = (w: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(w).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  ...model,
  candidate: { ...model.candidate, weights: ordered(model.candidate.weights) },
  relevance: { ...model.relevance, weights: ordered(model.relevance.weights) },
};
writeFileSync(modelPath, JSON.stringify(out, null, 2) + '\n');
const secs = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `train: ${model.version} (${Object.keys(model.candidate.weights).length} candidate, ${Object.keys(model.relevance.weights).length} relevance weights; trained on ${JSON.stringify(model.trainedOn)}) in ${secs} s → ${fileURLToPath(modelPath)}`,
);
