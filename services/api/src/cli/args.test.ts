import { describe, expect, it } from 'vitest';
import { parseCli } from './args.ts';
import { parseCorrections } from './corrections.ts';

describe('cli arguments', () => {
  it('turns options into the API query names', () => {
    const { cmd, target } = parseCli(
      [
        'awards',
        '--province',
        'Jawa Timur',
        '--year',
        '2024',
        '--region-prefix',
        '35.',
        '--format',
        'csv',
      ],
      { USER: 'ana' },
    );
    expect(cmd).toEqual({
      name: 'awards',
      format: 'csv',
      query: { province: 'Jawa Timur', year: '2024', regionPrefix: '35.' },
    });
    expect(target).toEqual({ api: null, token: null, by: 'ana' });
  });

  it('reads a review with corrections and the API target from the environment', () => {
    const { cmd, target } = parseCli(
      ['review', 'k', 'correct', '--set', 'rank=2', '--set', 'province=null'],
      {
        PW_API_URL: 'http://127.0.0.1:8080',
        PW_API_TOKEN: 't',
      },
    );
    expect(cmd).toMatchObject({ name: 'review', key: 'k', action: 'correct' });
    expect(parseCorrections((cmd as { corrections: Record<string, string> }).corrections)).toEqual({
      rank: 2,
      province: null,
    });
    expect(target.api).toBe('http://127.0.0.1:8080');
  });

  it('reads user commands, --json, and the export options', () => {
    expect(
      parseCli(['user', 'add', 'siti', '--role', 'reviewer', '--password-stdin'], {}).cmd,
    ).toEqual({
      name: 'user',
      action: 'add',
      username: 'siti',
      role: 'reviewer',
      passwordStdin: true,
    });
    expect(parseCli(['user', 'list'], {}).cmd).toMatchObject({ action: 'list', username: null });
    expect(() => parseCli(['user', 'add', 'siti'], {})).toThrow(/--role/);
    expect(() => parseCli(['user', 'remove', 'siti'], {})).toThrow(/add, passwd/);
    expect(parseCli(['pending', '--json'], {}).cmd).toEqual({
      name: 'pending',
      query: {},
      json: true,
    });
    expect(parseCli(['award', 'ab12cd3'], {}).cmd).toEqual({
      name: 'award',
      key: 'ab12cd3',
      json: false,
    });
    expect(
      parseCli(
        ['awards', '--format', 'xlsx', '--sep', ';', '--lang', 'en', '--status', 'new,corrected'],
        {},
      ).cmd,
    ).toEqual({
      name: 'awards',
      format: 'xlsx',
      query: { sep: ';', lang: 'en', status: 'new,corrected' },
    });
  });

  it('refuses unknown options, commands and correction fields', () => {
    expect(() => parseCli(['awards', '--provinse', 'Bali'], {})).toThrow(/provinse/);
    expect(() => parseCli(['award'], {})).toThrow(/needs 1/);
    expect(() => parseCli(['nope'], {})).toThrow(/unknown command/);
    expect(() => parseCorrections({ rank: 'first' })).toThrow(/--set rank/);
    expect(() => parseCorrections({ colour: 'red' })).toThrow(/--set/);
  });
});
