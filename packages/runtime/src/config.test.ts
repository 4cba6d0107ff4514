import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const minimal = { REDIS_URL: 'redis://127.0.0.1:6379', MONGODB_URL: 'mongodb://127.0.0.1:27017' };

describe('loadConfig', () => {
  it('fills every default from two URLs', () => {
    const config = loadConfig(minimal);
    expect(config.mongo).toEqual({ url: minimal.MONGODB_URL, dbName: 'paritrana' });
    expect(config.jobs.attempts).toBe(5);
    expect(config.fetch.allowPrivate).toEqual([]);
  });

  it('lists every bad variable in one error', () => {
    expect(() =>
      loadConfig({ REDIS_URL: 'not a url', MONGODB_DB: 'Bad-Name', JOB_ATTEMPTS: '-1' }),
    ).toThrowError(/REDIS_URL[\s\S]*MONGODB_URL[\s\S]*MONGODB_DB[\s\S]*JOB_ATTEMPTS/);
  });

  it('splits the private-address allow-list', () => {
    const config = loadConfig({ ...minimal, FETCH_ALLOW_PRIVATE: '127.0.0.1, localhost' });
    expect(config.fetch.allowPrivate).toEqual(['127.0.0.1', 'localhost']);
  });
});
