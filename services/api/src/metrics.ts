import type { Redis } from 'ioredis';
import type { Db } from 'mongodb';
import { Gauge, Registry, collectDefaultMetrics, type Metric } from 'prom-client';
import { QueueName, metricsKey, parseMetricField, type Producer } from '@pw/queues';
import { Collection, createSourceStateRepository } from '@pw/storage';

/** What /metrics reads: the queues, the workers' counters in Redis, and the store. */
export interface MetricsDeps {
  db: Db;
  producer: Producer;
  redis: Redis;
  prefix: string;
  /** Articles per stage (the article repository's countByStage). */
  articleCounts: () => Promise<Record<string, number>>;
}

const StageQueues = [QueueName.Discover, QueueName.Fetch, QueueName.Classify, QueueName.Extract];
const JobStates = [
  'waiting',
  'active',
  'delayed',
  'prioritized',
  'failed',
  'completed',
  'paused',
] as const;

/** The help text and type of each metric the workers count into Redis. */
const WorkerMetrics: Record<string, { help: string; type: 'counter' | 'histogram' }> = {
  pw_jobs_total: {
    help: 'Jobs finished, by queue and outcome (completed, retried, failed)',
    type: 'counter',
  },
  pw_job_duration_seconds: { help: 'Time a job ran, by queue and outcome', type: 'histogram' },
  pw_job_wait_seconds: {
    help: 'Time a job waited in its queue before a worker took it',
    type: 'histogram',
  },
  pw_fetches_total: {
    help: 'Article page fetches, by host and outcome (ok or the error code)',
    type: 'counter',
  },
  pw_feed_polls_total: { help: 'Feed polls, by outcome (ok or the error code)', type: 'counter' },
};

interface Value {
  labels: Record<string, string>;
  value: number;
  metricName?: string;
}

/**
 * The Prometheus registry of the api process: queue depth and age, the workers' counters (shared
 * by every worker process through one Redis hash), article stages, records, conflicts, the review
 * backlog and source states; plus this process's own Node metrics.
 */
export function createMetrics(deps: MetricsDeps) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pw_api_' });

  // one read of the workers' hash per scrape, shared by the metrics built from it
  let hash: Promise<Record<string, string>> | null = null;
  const workerHash = () => (hash ??= deps.redis.hgetall(metricsKey(deps.prefix)));

  for (const [name, { help, type }] of Object.entries(WorkerMetrics)) {
    const metric = {
      name,
      help,
      type,
      aggregator: 'sum',
      get: async () => {
        const values: Value[] = [];
        for (const [field, raw] of Object.entries(await workerHash())) {
          const f = parseMetricField(field);
          const inFamily =
            type === 'histogram'
              ? [`${name}_bucket`, `${name}_sum`, `${name}_count`].includes(f.name)
              : f.name === name;
          if (inFamily) {
            values.push({ labels: f.labels, value: Number(raw), metricName: f.name });
          }
        }
        // one label set at a time: its buckets in ascending order, then its sum and count
        values.sort(
          (a, b) =>
            seriesKey(a).localeCompare(seriesKey(b)) ||
            suffixOrder(a) - suffixOrder(b) ||
            bucketOrder(a) - bucketOrder(b),
        );
        return { name, help, type, values, aggregator: 'sum' };
      },
    };
    registry.registerMetric(metric as unknown as Metric);
  }

  new Gauge({
    name: 'pw_queue_jobs',
    help: 'Jobs in each stage queue, by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of StageQueues) {
        const counts = await deps.producer.queue(q).getJobCounts(...JobStates);
        for (const state of JobStates) {
          this.set({ queue: q, state }, counts[state] ?? 0);
        }
      }
    },
  });

  new Gauge({
    name: 'pw_queue_oldest_wait_seconds',
    help: 'Age of the oldest job waiting in each stage queue (0 when none waits)',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      const now = Date.now();
      for (const q of StageQueues) {
        const [oldest] = await deps.producer.queue(q).getJobs(['wait'], 0, 0, true);
        this.set({ queue: q }, oldest ? Math.max(0, (now - oldest.timestamp) / 1000) : 0);
      }
    },
  });

  new Gauge({
    name: 'pw_articles',
    help: 'Articles at each pipeline stage',
    labelNames: ['stage'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [stage, n] of Object.entries(await deps.articleCounts())) {
        this.set({ stage }, n);
      }
    },
  });

  const awards = deps.db.collection(Collection.Awards);
  // the records' review and conflict state, read once per scrape by three gauges
  let recordState: Promise<{ records: number; pending: number; conflicts: number }> | null = null;
  const readRecords = async () => {
    const docs = await awards
      .find({ merged: { $ne: true } }, { projection: { reviewPending: 1, conflicts: 1 } })
      .toArray();
    return {
      records: docs.length,
      pending: docs.filter((d) => d.reviewPending === true).length,
      conflicts: docs.filter(
        (d) => d.reviewPending === true && Array.isArray(d.conflicts) && d.conflicts.length > 0,
      ).length,
    };
  };
  new Gauge({
    name: 'pw_award_records',
    help: 'Award records (merged ones not counted)',
    registers: [registry],
    async collect() {
      this.set((await (recordState ??= readRecords())).records);
    },
  });
  new Gauge({
    name: 'pw_review_backlog',
    help: 'Records waiting for a reviewer (new, or with a conflict not yet seen)',
    registers: [registry],
    async collect() {
      this.set((await (recordState ??= readRecords())).pending);
    },
  });
  new Gauge({
    name: 'pw_award_conflicts_open',
    help: 'Records whose sources disagree and that no reviewer has seen since',
    registers: [registry],
    async collect() {
      this.set((await (recordState ??= readRecords())).conflicts);
    },
  });

  const sources = createSourceStateRepository(deps.db);
  new Gauge({
    name: 'pw_sources',
    help: 'Sources by state (ok, failing, broken, silent, never-polled)',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      this.reset();
      const counts: Record<string, number> = {
        ok: 0,
        failing: 0,
        broken: 0,
        silent: 0,
        'never-polled': 0,
      };
      for (const s of await sources.list()) {
        counts[s.status] = (counts[s.status] ?? 0) + 1;
      }
      for (const [status, n] of Object.entries(counts)) {
        this.set({ status }, n);
      }
    },
  });

  return {
    registry,
    contentType: registry.contentType,
    /** The text a scrape gets. */
    async render(): Promise<string> {
      hash = null;
      recordState = null;
      try {
        return await registry.metrics();
      } finally {
        hash = null;
        recordState = null;
      }
    },
  };
}

/** The labels of a series without its bucket bound. */
function seriesKey(v: Value): string {
  return JSON.stringify(
    Object.entries(v.labels)
      .filter(([k]) => k !== 'le')
      .sort(),
  );
}

/** Within a series: buckets, then sum, then count. */
function suffixOrder(v: Value): number {
  const n = v.metricName ?? '';
  return n.endsWith('_bucket') ? 0 : n.endsWith('_sum') ? 1 : 2;
}

/** Buckets sort by their upper bound, +Inf last. */
function bucketOrder(v: Value): number {
  const le = v.labels.le;
  if (le === undefined) {
    return 0;
  }
  return le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le);
}

/** The api's metrics. */
export type Metrics = ReturnType<typeof createMetrics>;
