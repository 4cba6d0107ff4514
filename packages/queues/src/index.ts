export { AllQueues, QueueName } from './queue-name.ts';
export { Payloads, jobIdFor, type PayloadOf } from './payloads.ts';
export { redisOptions, type RedisRole, type RedisSettings } from './redis.ts';
export { createProducer, defaultJobOptions, type JobPolicy, type Producer } from './producer.ts';
export {
  defineWorker,
  isPermanent,
  type DefinedWorker,
  type JobContext,
  type OnExhausted,
  type Processor,
  type WorkerOptions,
} from './worker.ts';
export {
  DurationBuckets,
  definedWorkers,
  metricField,
  metricsKey,
  observeWorkers,
  parseMetricField,
  startWorkerHealth,
  startWorkerTelemetry,
  type MetricField,
  type WorkerObserver,
  type WorkerTelemetry,
} from './worker-telemetry.ts';
