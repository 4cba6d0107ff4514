// How well syndicated copies cluster on the shared news world (no store: the index over a Map):
// `node services/crawler/src/cli/measure-syndication.ts [--outlets 40] [--items 50] [--seed 1]`
import { parseArgs } from 'node:util';
import { createLocalKeyLock } from '../key-lock.ts';
import { createMemorySyndicationStore, createSyndicationIndex } from '../syndication.ts';
import { readNewsWorld, scoreSyndication } from './syndication-world.ts';

const { values } = parseArgs({
  options: {
    outlets: { type: 'string', default: '40' },
    items: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
  },
});
const articles = await readNewsWorld({
  outlets: Number(values.outlets),
  items: Number(values.items),
  seed: Number(values.seed),
});
const index = createSyndicationIndex(createMemorySyndicationStore(), createLocalKeyLock());
const score = await scoreSyndication(index, articles);
const share = score.syndicated ? (100 * score.together) / score.syndicated : 100;
console.log(
  `${score.articles} articles, ${score.syndicated} syndicated stories: ` +
    `${score.together} in one cluster (${share.toFixed(1)} %), ${score.falseMerges} false merges`,
);
process.exitCode = share >= 95 && score.falseMerges === 0 ? 0 : 1;
