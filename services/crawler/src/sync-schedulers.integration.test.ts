import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QueueName, createProducer } from '@pw/queues';
import { createLogger } from '@pw/runtime';
import { createSourceStateRepository } from '@pw/storage';
import { writeSourcesFile } from '../../../test/support/pipeline-harness.ts';
import { useServices } from '../../../test/support/use-services.ts';
import { DefaultScheduleBounds } from './schedule.ts';
import { createSourceRegistry } from './source-registry.ts';
import { syncSchedulers } from './sync-schedulers.ts';

describe('syncSchedulers', () => {
  const services = useServices();
  const log = createLogger({ logLevel: 'silent' });

  it('keeps one scheduler per enabled source, in step with the sources file', async () => {
    const path = writeSourcesFile([
      { id: 'satu', url: 'https://satu.contoh.id/feed' },
      { id: 'dua', url: 'https://dua.contoh.id/feed' },
    ]);
    const producer = createProducer(
      { url: services.redisUrl, prefix: services.prefix },
      { role: 'worker', policy: { attempts: 1, backoffMs: 10 } },
    );
    const sources = createSourceRegistry(path, log);
    const states = createSourceStateRepository(services.mongo.db);
    const deps = { producer, states, bounds: DefaultScheduleBounds };
    const queue = producer.queue(QueueName.Discover);
    const keys = async () => (await queue.getJobSchedulers()).map((s) => s.key).sort();

    await syncSchedulers(deps, sources, log);
    expect(await keys()).toEqual(['dua', 'satu']);
    // never polled: each gets a first poll now
    expect((await queue.getJobs(['waiting', 'delayed'])).map((j) => j.id)).toEqual(
      expect.arrayContaining(['discover-first-satu', 'discover-first-dua']),
    );

    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      sources: Array<{ id: string; enabled: boolean }>;
    };
    file.sources[1]!.enabled = false;
    writeFileSync(path, JSON.stringify(file));
    // mtime resolution: make sure the change is seen as one
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(sources.refresh()).toBe(true);
    await syncSchedulers(deps, sources, log);
    expect(await keys()).toEqual(['satu']);
    expect((await states.get('dua'))?.intervalMs).toBeNull();

    // a Redis that lost its schedulers gets them back on the next sync
    await queue.removeJobScheduler('satu');
    await syncSchedulers(deps, sources, log);
    expect(await keys()).toEqual(['satu']);
    await producer.close();
  });
});
