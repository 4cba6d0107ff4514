import { describe, expect, it } from 'vitest';
import { syntheticSet } from './synthetic.ts';

describe('syntheticSet', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = syntheticSet(20, 7);
    expect(syntheticSet(20, 7)).toEqual(a);
    expect(syntheticSet(20, 8).articles[0]?.text).not.toBe(a.articles[0]?.text);
  });

  it('labels results reports with the winners they name, in the sentence that names them', () => {
    const { articles, gold } = syntheticSet(60, 3);
    const relevant = gold.filter((g) => g.relevant && g.awards.length > 0);
    expect(relevant.length).toBeGreaterThan(5);
    for (const g of relevant) {
      const text = articles.find((a) => a.id === g.id)?.text ?? '';
      for (const w of g.awards) {
        expect(text).toContain(w.evidence ?? '');
      }
    }
  });
});
