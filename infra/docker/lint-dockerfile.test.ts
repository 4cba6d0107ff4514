import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintDockerfile } from './lint-dockerfile.ts';

const root = resolve(import.meta.dirname, '../..');
const ignore = 'node_modules\n.env\n.git\n';

describe('the Dockerfile lint', () => {
  it('passes the image Dockerfile and its .dockerignore', () => {
    const text = readFileSync(resolve(root, 'infra/docker/Dockerfile'), 'utf8');
    expect(lintDockerfile(text, readFileSync(resolve(root, '.dockerignore'), 'utf8'))).toEqual([]);
  });

  it('names each problem of a careless Dockerfile', () => {
    const text = [
      'FROM node:latest',
      'WORKDIR app',
      'ADD . .',
      'RUN apt-get update && apt-get install curl',
      'RUN cd /app && npm install',
      'CMD node main.js',
    ].join('\n');
    const problems = lintDockerfile(text, 'node_modules\n').join('\n');
    for (const rule of [
      'DL3007',
      'DL3000',
      'DL3020',
      'DL3015',
      'DL3009',
      'DL3014',
      'DL3003',
      'DL3016',
      'DL3025',
      'DL3002',
      'HEALTHCHECK',
      '.env',
    ]) {
      expect(problems).toContain(rule);
    }
  });

  it('joins continuation lines before judging a RUN', () => {
    const text =
      'FROM debian:12\nRUN apt-get update \\\n  && apt-get install -y --no-install-recommends curl \\\n  && rm -rf /var/lib/apt/lists/*\nUSER app\nHEALTHCHECK CMD ["true"]\nCMD ["true"]';
    expect(lintDockerfile(text, ignore)).toEqual([]);
  });
});
