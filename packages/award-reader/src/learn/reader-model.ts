import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { predict, type Features, type LinearModel } from './logistic.ts';

const Linear = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) });

/** The learned parts of the reader, as kept in model/weights.json. */
export const ReaderModel = z.object({
  /** Names the weights; stored in each award record's history by the re-extraction. */
  version: z.string(),
  candidate: Linear,
  relevance: Linear,
  thresholds: z.object({ candidate: z.number(), relevance: z.number() }),
  trainedOn: z.record(z.string(), z.number()),
});
export type ReaderModel = z.infer<typeof ReaderModel>;

/** Path of the weights kept in the repo (written by `pnpm train`). */
export const modelPath = new URL('../../model/weights.json', import.meta.url);

let loaded: ReaderModel | null | undefined;

/** The repo's model, or null before the first `pnpm train` (the reader then runs on rules alone). */
export function defaultModel(): ReaderModel | null {
  if (loaded === undefined) {
    loaded = existsSync(modelPath)
      ? ReaderModel.parse(JSON.parse(readFileSync(modelPath, 'utf8')))
      : null;
  }
  return loaded;
}

/** The version string of the repo's model ("rules-only" without one). */
export function readerVersion(): string {
  return defaultModel()?.version ?? 'rules-only';
}

/** P(winner) of a candidate. */
export function candidateScore(model: ReaderModel, x: Features): number {
  return predict(model.candidate, x);
}

/** P(results report) of an article. */
export function relevanceScore(model: ReaderModel, x: Features): number {
  return predict(model.relevance, x);
}

/**
 * The highest P(results report) an article could reach whatever winners were found: its features
 * without the `winners:` ones, plus the largest weight of any winner-count bucket and every
 * positive weight of the other winner features.
 */
export function bestCaseScore(model: ReaderModel, withoutWinners: Features): number {
  const x: Features = {};
  for (const [k, v] of Object.entries(withoutWinners)) {
    if (!k.startsWith('winners:')) {
      x[k] = v;
    }
  }
  const { lift, extra } = winnerLift(model);
  const linear: LinearModel = model.relevance;
  const z = Math.log(1 / predict(linear, x) - 1) * -1 + Math.max(0, lift) + extra;
  return 1 / (1 + Math.exp(-z));
}

// the largest winner-count weight and the sum of the other positive winner weights, per model
const lifts = new WeakMap<ReaderModel, { lift: number; extra: number }>();

function winnerLift(model: ReaderModel): { lift: number; extra: number } {
  let found = lifts.get(model);
  if (!found) {
    let lift = -Infinity;
    let extra = 0;
    for (const [k, w] of Object.entries(model.relevance.weights)) {
      if (/^winners:(?:0|1|2-3|4\+)$/.test(k)) {
        lift = Math.max(lift, w);
      } else if (k.startsWith('winners:')) {
        extra += Math.max(0, w);
      }
    }
    found = { lift, extra };
    lifts.set(model, found);
  }
  return found;
}
