import { describe, expect, it } from 'vitest';
import { predict, train, type Features } from './logistic.ts';

describe('logistic regression', () => {
  const examples: Array<{ x: Features; y: 0 | 1 }> = [
    { x: { 'verb:raih': 1, rank: 1 }, y: 1 },
    { x: { 'verb:raih': 1 }, y: 1 },
    { x: { rank: 1, 'cue:target': 1 }, y: 0 },
    { x: { 'cue:target': 1 }, y: 0 },
    { x: { 'verb:raih': 1, 'cue:target': 1 }, y: 0 },
  ];
  const opts = { l2: 0.001, epochs: 400, rate: 1 };

  it('separates winners from targets', () => {
    const m = train(examples, opts);
    expect(predict(m, { 'verb:raih': 1, rank: 1 })).toBeGreaterThan(0.7);
    expect(predict(m, { 'cue:target': 1, rank: 1 })).toBeLessThan(0.3);
  });

  it('gives the same weights for the same examples in another order', () => {
    const a = train(examples, opts);
    const b = train([...examples].reverse(), opts);
    expect(b).toEqual(a);
  });

  it('shrinks weights under a stronger penalty', () => {
    const loose = train(examples, opts);
    const tight = train(examples, { ...opts, l2: 0.5 });
    expect(Math.abs(tight.weights['cue:target'] ?? 0)).toBeLessThan(
      Math.abs(loose.weights['cue:target'] ?? 0),
    );
  });
});
