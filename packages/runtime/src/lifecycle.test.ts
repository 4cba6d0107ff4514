import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLifecycle } from './lifecycle.ts';

const silent = pino({ level: 'silent' });

describe('createLifecycle', () => {
  it('closes newest first and keeps going when a closer throws', async () => {
    const order: string[] = [];
    const life = createLifecycle(silent, { graceMs: 1000 });
    life.onShutdown('mongo', () => Promise.resolve(order.push('mongo')));
    life.onShutdown('worker', () => Promise.reject(new Error('boom')));
    life.onShutdown('api', () => Promise.resolve(order.push('api')));
    await life.stop('test');
    expect(order).toEqual(['api', 'mongo']);
  });

  it('runs the closers once when stopped twice', async () => {
    let closed = 0;
    const life = createLifecycle(silent, { graceMs: 1000 });
    life.onShutdown('once', () => Promise.resolve(closed++));
    await Promise.all([life.stop('a'), life.stop('b')]);
    expect(closed).toBe(1);
  });
});
