import { describe, expect, it } from 'vitest';
import { bestCaseScore, defaultModel, ReaderModel, relevanceScore } from './reader-model.ts';

describe('the kept model', () => {
  it('loads and validates model/weights.json, with a version', () => {
    const m = defaultModel();
    expect(m).not.toBeNull();
    expect(m?.version).toMatch(/^reader-[0-9a-f]{10}$/);
    expect(Object.keys(m?.candidate.weights ?? {}).length).toBeGreaterThan(10);
  });

  it('rejects a malformed file', () => {
    expect(() => ReaderModel.parse({ version: 'x', candidate: {} })).toThrow();
  });

  it('bounds the score from above over every possible winner vote', () => {
    const m: ReaderModel = {
      version: 't',
      candidate: { bias: 0, weights: {} },
      relevance: {
        bias: -1,
        weights: { 'winners:0': -2, 'winners:1': 1, 'winners:ranked': 0.5, cue: 1 },
      },
      thresholds: { candidate: 0.5, relevance: 0.5 },
      trainedOn: {},
    };
    const x = { cue: 1, 'winners:0': 1 };
    const best = bestCaseScore(m, x);
    expect(best).toBeGreaterThanOrEqual(
      relevanceScore(m, { cue: 1, 'winners:1': 1, 'winners:ranked': 1 }),
    );
    expect(best).toBeGreaterThan(relevanceScore(m, x));
  });
});
