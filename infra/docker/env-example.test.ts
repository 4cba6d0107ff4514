import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Env, HeartbeatEnv } from '@pw/runtime';
import { AlertsEnv, ApiEnv, parseSubscriptions } from '@pw/api';

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
    const settings = [Env, ApiEnv, AlertsEnv, HeartbeatEnv].flatMap((schema) =>
      Object.keys(schema.shape),
    );
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

describe('infra/docker/alerts.example.json', () => {
  it('is a valid recipients file', () => {
    const raw: unknown = JSON.parse(
      readFileSync(resolve(root, 'infra/docker/alerts.example.json'), 'utf8'),
    );
    const env = {
      TELEGRAM_BOT_TOKEN: '123:abc',
      SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T/B/X',
      TEAMS_WEBHOOK_URL: 'https://example.webhook.office.com/x',
      DISCORD_WEBHOOK_URL: 'https://discord.com/api/webhooks/1/x',
      PARTNER_WEBHOOK_SECRET: 'rahasia',
    };
    const channels = parseSubscriptions(raw, 'alerts.example.json', env);
    expect(channels.map((c) => c.kind)).toEqual([
      'email',
      'telegram',
      'slack',
      'teams',
      'discord',
      'webhook',
    ]);
  });
});
