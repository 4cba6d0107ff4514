// L2-regularised logistic regression over sparse named features, trained by full-batch gradient
// descent with a fixed step schedule: the same examples give the same weights on every machine.

/** Named feature values of one example (absent features are 0). */
export type Features = Record<string, number>;

/** A trained model as kept in the repo (JSON). */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 strength (per example). */
  l2: number;
  epochs: number;
  rate: number;
  /** Weight of positive examples relative to negatives. */
  positiveWeight?: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** P(positive) of one example. */
export function predict(model: LinearModel, x: Features): number {
  let z = model.bias;
  for (const [k, v] of Object.entries(x)) {
    z += (model.weights[k] ?? 0) * v;
  }
  return sigmoid(z);
}

/** Fits a model; features are indexed in sorted order so the result does not depend on input order of keys. */
export function train(
  examples: ReadonlyArray<{ x: Features; y: 0 | 1 }>,
  opts: TrainOptions,
): LinearModel {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.x)))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => ({
    idx: Object.keys(e.x).map((k) => index.get(k) ?? 0),
    val: Object.values(e.x),
    y: e.y,
    w: e.y === 1 ? (opts.positiveWeight ?? 1) : 1,
  }));
  const w = new Float64Array(names.length);
  let b = 0;
  const n = Math.max(1, rows.length);
  const grad = new Float64Array(names.length);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let j = 0; j < r.idx.length; j++) {
        z += (w[r.idx[j] ?? 0] ?? 0) * (r.val[j] ?? 0);
      }
      const err = (sigmoid(z) - r.y) * r.w;
      gb += err;
      for (let j = 0; j < r.idx.length; j++) {
        const i = r.idx[j] ?? 0;
        grad[i] = (grad[i] ?? 0) + err * (r.val[j] ?? 0);
      }
    }
    // a slowly decaying step keeps late epochs from oscillating
    const rate = opts.rate / (1 + epoch / 200);
    for (let i = 0; i < w.length; i++) {
      w[i] = (w[i] ?? 0) - rate * ((grad[i] ?? 0) / n + opts.l2 * (w[i] ?? 0));
    }
    b -= rate * (gb / n);
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const v = w[i] ?? 0;
    if (Math.abs(v) > 1e-6) {
      weights[name] = Math.round(v * 1e6) / 1e6;
    }
  });
  return { bias: Math.round(b * 1e6) / 1e6, weights };
}
