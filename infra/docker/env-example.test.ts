import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env, HeartbeatEnv } from '@pw/runtime';
import { ApiEnv } from '@pw/api';

const root = resolve(import.meta.dirname, '../..');
const example = readFileSync(resolve(root, '.env.example'), 'utf8');
const listed = new Set(
  example
    .split('\n')
    .map((l) => /^#?\s?([A-Z][A-Z0-9_]*)=/.exec(l)?.[1])
    .filter((k): k is string => k !== undefined),
);

describe('.env.example', () => {
  it('lists every setting the services read', () => {
    const settings = [Env, ApiEnv, HeartbeatEnv].flatMap((schema) => Object.keys(schema.shape));
    expect(settings.filter((k) => !listed.has(k))).toEqual([]);
  });

  it('sets nothing but the password, so every other default stays the code default', () => {
    const set = example.split('\n').filter((l) => /^[A-Z]/.test(l));
    expect(set).toEqual(['DATA_PASSWORD=']);
  });

  it('names every variable docker-compose.yml interpolates', () => {
    const compose = readFileSync(resolve(root, 'docker-compose.yml'), 'utf8');
    const used = [...compose.matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1] ?? '');
    const missing = [...new Set(used)].filter((k) => k !== 'PW_ENV_FILE' && !listed.has(k));
    expect(missing).toEqual([]);
  });
});
