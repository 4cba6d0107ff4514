import type { ChainableCommander, Redis } from 'ioredis';
import { ArticleStage, FinalStages } from '@pw/domain';

// Articles in motion live in Redis, not in the document store: a hash per article (its discovery
// facts, stage, attempts and, once final, its outcome), a sorted set of every article in flight by
// the time its stage last moved (the sweep's view), and one hash of per-stage counters. Every stage
// move is one Lua script: compare the stage, set the new one, move the counters — atomic, so racing
// jobs (a worker and the sweep) can neither both win nor lose a count.

/** What an article carries while in flight, besides its stage. */
export interface FlightDoc {
  url: string;
  feedUrl: string | null;
  sourceId: string | null;
  outlet: string;
  title: string | null;
  publishedAt: string | null;
  discoveredAt: string;
}

/** One article in flight, as read back. */
export interface FlightArticle {
  id: string;
  doc: FlightDoc;
  /** Fields set by later stages (fetched title, outcome, award keys …), as JSON values. */
  patch: Record<string, unknown>;
  stage: ArticleStage;
  stageChangedAt: Date;
  attempts: number;
}

const CreateScript = `
if redis.call('EXISTS', KEYS[4]) == 1 or redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[2], 'stage', 'discovered', 'at', ARGV[3], 'attempts', 0)
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
redis.call('HINCRBY', KEYS[3], 'discovered', 1)
return 1`;

// ARGV: id, to, now, number of from stages, from stages…, then field/value pairs ('p:<name>', JSON);
// `moved` is what the script answers after a move (it answers 0 when the stage was not one of them)
const moveScript = (moved: string) => `
local cur = redis.call('HGET', KEYS[1], 'stage')
if not cur then return 0 end
local nfrom = tonumber(ARGV[4])
for i = 5, 4 + nfrom do
  if ARGV[i] == cur then
    redis.call('HSET', KEYS[1], 'stage', ARGV[2], 'at', ARGV[3])
    for j = 5 + nfrom, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[j], ARGV[j + 1]) end
    redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
    redis.call('HINCRBY', KEYS[3], cur, -1)
    redis.call('HINCRBY', KEYS[3], ARGV[2], 1)
    return ${moved}
  end
end
return 0`;
const MoveScript = moveScript('1');
// the same move, answering the article's hash as it is after it
const MoveReadScript = moveScript("redis.call('HGETALL', KEYS[1])");

// ARGV: id, stage, now, attempts to add
const TouchScript = `
if redis.call('HGET', KEYS[1], 'stage') ~= ARGV[2] then return 0 end
redis.call('HINCRBY', KEYS[1], 'attempts', tonumber(ARGV[4]))
redis.call('HSET', KEYS[1], 'at', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
return 1`;

// ARGV: id, stage (only a final article is released)
const ReleaseScript = `
if redis.call('HGET', KEYS[1], 'stage') ~= ARGV[2] then return 0 end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1`;

const Scripts = {
  pwFlightCreate: CreateScript,
  pwFlightMove: MoveScript,
  pwFlightMoveRead: MoveReadScript,
  pwFlightTouch: TouchScript,
  pwFlightRelease: ReleaseScript,
} as const;

type ScriptRedis = Redis & {
  pwFlightCreate: (
    k1: string,
    k2: string,
    k3: string,
    k4: string,
    ...a: string[]
  ) => Promise<number>;
  pwFlightMove: (k1: string, k2: string, k3: string, ...a: string[]) => Promise<number>;
  pwFlightMoveRead: (k1: string, k2: string, k3: string, ...a: string[]) => Promise<0 | string[]>;
  pwFlightTouch: (k1: string, k2: string, ...a: string[]) => Promise<number>;
  pwFlightRelease: (k1: string, k2: string, ...a: string[]) => Promise<number>;
};

/** Registers the scripts on a connection (once). */
function withScripts(redis: Redis): ScriptRedis {
  const r = redis as ScriptRedis;
  if (typeof r.pwFlightMove !== 'function') {
    for (const [name, lua] of Object.entries(Scripts)) {
      const keys = name === 'pwFlightCreate' ? 4 : name.startsWith('pwFlightMove') ? 3 : 2;
      redis.defineCommand(name, { numberOfKeys: keys, lua });
    }
  }
  return r;
}

/** Redis key names under a prefix. */
export function flightKeys(prefix: string) {
  return {
    article: (id: string) => `${prefix}:art:${id}`,
    text: (id: string) => `${prefix}:art-text:${id}`,
    seen: (id: string) => `${prefix}:seen:${id}`,
    flight: `${prefix}:art-flight`,
    stages: `${prefix}:art-stages`,
  };
}

const parse = (id: string, h: Record<string, string>): FlightArticle | null => {
  if (!h.doc || !h.stage) {
    return null;
  }
  return {
    id,
    doc: JSON.parse(h.doc) as FlightDoc,
    patch: Object.fromEntries(
      Object.entries(h)
        .filter(([f]) => f.startsWith('p:'))
        .map(([f, v]) => [f.slice(2), JSON.parse(v) as unknown]),
    ),
    stage: h.stage as ArticleStage,
    stageChangedAt: new Date(Number(h.at)),
    attempts: Number(h.attempts ?? 0),
  };
};

/** Articles in motion: created once, moved by compare-and-set, released when final. */
export function createArticleFlight(redis: Redis, prefix: string) {
  const r = withScripts(redis);
  const k = flightKeys(prefix);
  const moveArgs = (
    id: string,
    from: readonly ArticleStage[],
    to: ArticleStage,
    patch: Record<string, unknown> | null,
  ): [string, string, string, ...string[]] => [
    k.article(id),
    k.flight,
    k.stages,
    id,
    to,
    String(Date.now()),
    String(from.length),
    ...from,
    ...Object.entries(patch ?? {}).flatMap(([f, v]) => [`p:${f}`, JSON.stringify(v ?? null)]),
  ];
  /** Runs `before`'s commands, then one of the scripts, in one MULTI; answers the script's reply. */
  const scriptAfter = async (
    before: ((batch: ChainableCommander) => void) | undefined,
    script: 'pwFlightMove' | 'pwFlightRelease',
    args: string[],
  ): Promise<unknown> => {
    const batch = r.multi();
    before?.(batch);
    (batch as unknown as Record<typeof script, (...a: string[]) => void>)[script](...args);
    const res = (await batch.exec()) ?? [];
    for (const [err] of res) {
      if (err) {
        throw err;
      }
    }
    return res.at(-1)?.[1];
  };

  return {
    keys: k,

    /** An article's hash (HGETALL) read back; null when it holds no article. */
    parse,

    /** Creates in-flight articles unless seen or already in flight; true for each one created. */
    async createMany(
      items: Array<{ id: string; doc: FlightDoc }>,
      { evenIfSeen = false } = {},
    ): Promise<boolean[]> {
      if (items.length === 0) {
        return [];
      }
      const now = String(Date.now());
      const p = r.pipeline() as unknown as {
        pwFlightCreate: (...a: string[]) => void;
        exec: () => Promise<Array<[Error | null, unknown]> | null>;
      };
      for (const { id, doc } of items) {
        p.pwFlightCreate(
          k.article(id),
          k.flight,
          k.stages,
          evenIfSeen ? `${prefix}:never-set` : k.seen(id),
          id,
          JSON.stringify(doc),
          now,
        );
      }
      const res = (await p.exec()) ?? [];
      return res.map(([err, v]) => {
        if (err) {
          throw err;
        }
        return v === 1;
      });
    },

    async get(id: string): Promise<FlightArticle | null> {
      return parse(id, await r.hgetall(k.article(id)));
    },

    /**
     * Moves the article to `to` if it is at one of `from`; merges `patch` into its fields.
     * `before` adds commands to the same round trip, run before the move (in order).
     */
    async move(
      id: string,
      from: readonly ArticleStage[],
      to: ArticleStage,
      patch: Record<string, unknown> | null = null,
      before?: (batch: ChainableCommander) => void,
    ): Promise<boolean> {
      if (!before) {
        return (await r.pwFlightMove(...moveArgs(id, from, to, patch))) === 1;
      }
      return (await scriptAfter(before, 'pwFlightMove', moveArgs(id, from, to, patch))) === 1;
    },

    /** `move`, answering the article as it is after the move (null when it did not move). */
    async moveAndRead(
      id: string,
      from: readonly ArticleStage[],
      to: ArticleStage,
      patch: Record<string, unknown> | null = null,
    ): Promise<FlightArticle | null> {
      const res = await r.pwFlightMoveRead(...moveArgs(id, from, to, patch));
      if (!Array.isArray(res)) {
        return null;
      }
      const h: Record<string, string> = {};
      for (let i = 0; i + 1 < res.length; i += 2) {
        h[res[i]!] = res[i + 1]!;
      }
      return parse(id, h);
    },

    /** Restarts the stuck clock (counting a re-enqueue when `count`), while still at `stage`. */
    async touch(id: string, stage: ArticleStage, count = true): Promise<boolean> {
      const res = await r.pwFlightTouch(
        k.article(id),
        k.flight,
        id,
        stage,
        String(Date.now()),
        count ? '1' : '0',
      );
      return res === 1;
    },

    /**
     * Forgets a final article (its ledger line is written); `also` adds commands to the same
     * round trip (run before the release, in order).
     */
    async release(
      id: string,
      stage: ArticleStage,
      also?: (batch: ChainableCommander) => void,
    ): Promise<boolean> {
      const args = [k.article(id), k.flight, id, stage];
      return (await scriptAfter(also, 'pwFlightRelease', args)) === 1;
    },

    /** In-flight articles whose stage has not moved since `before`, oldest first. */
    async stuck(before: Date, limit: number): Promise<FlightArticle[]> {
      const ids = await r.zrangebyscore(k.flight, '-inf', before.getTime(), 'LIMIT', 0, limit);
      return this.getMany(ids);
    },

    async getMany(ids: string[]): Promise<FlightArticle[]> {
      if (ids.length === 0) {
        return [];
      }
      const p = r.pipeline();
      for (const id of ids) {
        p.hgetall(k.article(id));
      }
      const res = (await p.exec()) ?? [];
      return res
        .map(([, h], i) => parse(ids[i]!, (h ?? {}) as Record<string, string>))
        .filter((a): a is FlightArticle => a !== null);
    },

    /** In-flight articles at a stage, newest move first (walks the flight set; it is small). */
    async listByStage(stage: ArticleStage, limit: number, skip: number): Promise<FlightArticle[]> {
      const out: FlightArticle[] = [];
      let seen = 0;
      const batch = 500;
      for (let start = 0; out.length < limit; start += batch) {
        const ids = await r.zrevrange(k.flight, start, start + batch - 1);
        if (ids.length === 0) {
          break;
        }
        for (const a of await this.getMany(ids)) {
          if (a.stage === stage && seen++ >= skip && out.length < limit) {
            out.push(a);
          }
        }
      }
      return out;
    },

    /** The per-stage counters (in flight and final). */
    async counts(): Promise<Record<string, number>> {
      const h = await r.hgetall(k.stages);
      const counts: Record<string, number> = {};
      for (const stage of Object.values(ArticleStage)) {
        counts[stage] = Number(h[stage] ?? 0);
      }
      return counts;
    },

    /** Lowers final-stage counters when ledger lines expire. */
    async uncount(byStage: Record<string, number>): Promise<void> {
      const p = r.pipeline();
      for (const [stage, n] of Object.entries(byStage)) {
        if (n > 0 && FinalStages.includes(stage as ArticleStage)) {
          p.hincrby(k.stages, stage, -n);
        }
      }
      await p.exec();
    },
  };
}

/** The in-flight store's interface. */
export type ArticleFlight = ReturnType<typeof createArticleFlight>;
