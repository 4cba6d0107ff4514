// The news world of ../shared/bench/newsworld.mjs as syndication sees it: every article's text
// as the crawler extracts it, and how the clusters an index gives match the world's stories.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBody } from '../steps/decode-body.ts';
import { extractArticle } from '../steps/extract-article.ts';
import type { SyndicationIndex } from '../syndication.ts';

/** The generator beside the repository (the shared bench folder). */
export const NewsWorldScript = resolve(
  fileURLToPath(import.meta.url),
  '../../../../../../shared/bench/newsworld.mjs',
);

/** One article of the world with its story (copies of one story share it). */
export interface WorldArticle {
  id: string;
  story: number;
  copy: number;
  text: string;
}

interface WorldFile {
  items: Array<{ url: string; story: number; copy: number }>;
}

/** Runs the generator on 127.0.0.1, reads every page once and stops it. */
export async function readNewsWorld(opts: {
  outlets: number;
  items: number;
  seed?: number;
  script?: string;
}): Promise<WorldArticle[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pw-newsworld-'));
  const out = join(dir, 'world.json');
  const child = spawn(
    process.execPath,
    [
      opts.script ?? NewsWorldScript,
      ...['--outlets', String(opts.outlets), '--items', String(opts.items)],
      ...['--seed', String(opts.seed ?? 1), '--port', '0', '--out', out],
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<void>((ok, fail) => {
      child.once('error', fail);
      child.once('exit', (code) => fail(new Error(`news world exited with ${code}`)));
      child.stdout.on('data', () => (existsSync(out) ? ok() : undefined));
    });
    const world = JSON.parse(readFileSync(out, 'utf8')) as WorldFile;
    const articles: WorldArticle[] = [];
    for (const item of world.items) {
      // a few pages answer 500 once, as a flaky outlet does
      let res = await fetch(item.url);
      if (!res.ok) {
        res = await fetch(item.url);
      }
      const body = Buffer.from(await res.arrayBuffer());
      const html = decodeBody(body, res.headers.get('content-type')).text;
      const { text } = extractArticle(html, item.url);
      articles.push({ id: `a${articles.length}`, story: item.story, copy: item.copy, text });
    }
    return articles;
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How well clusters follow stories. */
export interface SyndicationScore {
  articles: number;
  /** Stories with more than one copy. */
  syndicated: number;
  /** Of those, the stories whose copies all landed in one cluster. */
  together: number;
  /** Clusters holding articles of more than one story. */
  falseMerges: number;
}

/** Assigns every article (`concurrency` at a time, in a shuffled order) and scores the clusters. */
export async function scoreSyndication(
  index: SyndicationIndex,
  articles: WorldArticle[],
  concurrency = 8,
): Promise<SyndicationScore> {
  // a fixed shuffle: copies arrive in any order, as outlets are polled at different times
  let seed = 7;
  const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const order = articles.map((a) => ({ a, k: rnd() })).sort((x, y) => x.k - y.k);
  const cluster = new Map<string, string>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < order.length) {
        const { a } = order[next++]!;
        cluster.set(a.id, (await index.assign(a.id, a.text)).clusterId);
      }
    }),
  );
  const storiesOf = new Map<string, Set<number>>();
  const clustersOf = new Map<number, Set<string>>();
  for (const a of articles) {
    const c = cluster.get(a.id)!;
    storiesOf.set(c, (storiesOf.get(c) ?? new Set()).add(a.story));
    clustersOf.set(a.story, (clustersOf.get(a.story) ?? new Set()).add(c));
  }
  const copies = new Map<number, number>();
  articles.forEach((a) => copies.set(a.story, (copies.get(a.story) ?? 0) + 1));
  const syndicated = [...copies].filter(([, n]) => n > 1).map(([s]) => s);
  return {
    articles: articles.length,
    syndicated: syndicated.length,
    together: syndicated.filter((s) => clustersOf.get(s)!.size === 1).length,
    falseMerges: [...storiesOf.values()].filter((s) => s.size > 1).length,
  };
}
