import { describe, expect, it } from 'vitest';
import { useServices } from '../../../test/support/use-services.ts';
import { createFingerprintRepository } from './fingerprint-repository.ts';

describe('fingerprint repository', () => {
  const services = useServices();

  it('rewrites the bands of many articles at once without using up the server', async () => {
    // twelve crawler tasks rewriting sixteen existing bands each: sent as one update command per
    // article, FerretDB held 192 PostgreSQL connections and waited for good on a pool of 150
    const store = createFingerprintRepository(services.mongo.db);
    const at = new Date();
    const writers = Array.from({ length: 12 }, (_, w) => w);
    const bandsOf = (w: number, round: number) =>
      new Map(Array.from({ length: 16 }, (_, b) => [`${b}:w${w}`, [{ id: `a${w}-${round}`, at }]]));
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(writers.map((w) => store.saveBands(bandsOf(w, round))));
    }
    const read = await store.bands(writers.map((w) => `15:w${w}`));
    expect([...read.values()].map((members) => members.map((m) => m.id))).toEqual(
      writers.map((w) => [`a${w}-2`]),
    );
  });
});
