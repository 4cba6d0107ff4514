import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ReviewAction,
  createAwardRepository,
  createEventLog,
  createReviewRepository,
  ensureReviewIndexes,
} from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { testDraft, testSource } from '../test-support.ts';
import { startAlerts } from './dispatcher.ts';
import { loadAlertSettings, parseSubscriptions, type Channel } from './settings.ts';

interface Post {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: Record<string, unknown>;
}

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** Undoes quoted-printable and folded headers, so the test can read the mail as written. */
function readable(raw: string): string {
  const unfolded = raw.replaceAll(/=\r?\n/g, '').replaceAll(/\r?\n[ \t]+/g, ' ');
  const bytes = unfolded.replaceAll(/=([0-9A-F]{2})/g, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

describe('alerts to email and chat', () => {
  const services = useServices();
  const posts: Post[] = [];
  const mails: Mail[] = [];
  let failNextSlack = 0;
  let http: Server;
  let smtp: SMTPServer;
  let base = '';
  let smtpUrl = '';
  let redis: Redis;

  beforeAll(async () => {
    await ensureReviewIndexes(services.mongo.db);
    redis = new Redis(services.redisUrl, { maxRetriesPerRequest: 1 });
    http = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        const path = req.url ?? '';
        if (path.startsWith('/slack') && failNextSlack > 0) {
          failNextSlack--;
          res.statusCode = 500;
          res.end('down');
          return;
        }
        posts.push({
          path,
          headers: req.headers,
          body,
          json: JSON.parse(body) as Record<string, unknown>,
        });
        res.setHeader('content-type', 'application/json');
        res.end(path.includes('/sendMessage') ? '{"ok":true,"result":{}}' : 'ok');
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: readable(Buffer.concat(chunks).toString('latin1')),
          });
          done();
        });
      },
    });
    await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
    smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    redis?.disconnect();
    await new Promise((r) => http?.close(r));
    await new Promise((r) => smtp?.close(() => r(undefined)));
  });

  const settings = () =>
    loadAlertSettings({
      SMTP_URL: smtpUrl,
      SMTP_FROM: 'Paritrana Watch <pw@contoh.id>',
      TELEGRAM_API_URL: base,
      PUBLIC_URL: 'https://pw.contoh.id',
      DIGEST_HOUR: '7',
    });

  const channels = (extra: object[] = []): Channel[] =>
    parseSubscriptions(
      {
        channels: [
          {
            id: 'kanwil-jatim',
            kind: 'email',
            to: ['kanwil-jatim@contoh.id'],
            events: ['award.created', 'digest'],
            provinces: ['Jawa Timur'],
          },
          { id: 'tim-telegram', kind: 'telegram', botToken: 'env:TG_TOKEN', chatId: -1001 },
          { id: 'tim-slack', kind: 'slack', url: `${base}/slack` },
          { id: 'tim-teams', kind: 'teams', url: `${base}/teams`, events: ['award.created'] },
          { id: 'tim-discord', kind: 'discord', url: `${base}/discord`, events: ['award.created'] },
          {
            id: 'sistem-lain',
            kind: 'webhook',
            url: `${base}/hook`,
            secret: 'rahasia',
            events: ['award.created'],
          },
          ...extra,
        ],
      },
      'test',
      { TG_TOKEN: '123:abc' },
    );

  const dispatcher = (list: Channel[], now?: () => Date) =>
    startAlerts({
      db: services.mongo.db,
      redis,
      prefix: services.prefix,
      settings: settings(),
      channels: list,
      logger,
      utcOffset: '+07:00',
      settleMs: 0,
      backoffMs: 1,
      ...(now ? { now } : {}),
    });

  const posted = (prefix: string) => posts.filter((p) => p.path.startsWith(prefix));

  it('refuses a recipients file with a bad entry, naming it', () => {
    expect(() =>
      parseSubscriptions(
        {
          channels: [
            { id: 'x', kind: 'slack', url: 'not a url' },
            { id: 'x', kind: 'pager' },
          ],
        },
        'alerts.json',
      ),
    ).toThrow(/Invalid alerts file alerts.json[\s\S]*channels/);
    expect(() =>
      parseSubscriptions(
        { channels: [{ id: 'tg', kind: 'telegram', botToken: 'env:NOPE', chatId: 1 }] },
        'f',
        {},
      ),
    ).toThrow(/NOPE is not set/);
  });

  it('sends each new record in each channel format, to the provinces subscribed, and skips a rejected one', async () => {
    const alerts = dispatcher(channels());
    // the first pass starts every channel at "now": nothing from before is sent
    await alerts.tick();
    expect(posts).toHaveLength(0);

    const awards = createAwardRepository(services.mongo.db);
    const jatim = await awards.upsertWithSource(testDraft(), testSource('a1'));
    await awards.upsertWithSource(
      testDraft({
        province: 'Jawa Barat',
        winner: 'Pemkot Bandung',
        winnerCanonical: 'Kota Bandung',
        winnerType: 'kota',
        regionCode: '32.73',
      }),
      testSource('b1'),
    );
    const rejected = await awards.upsertWithSource(
      testDraft({
        winner: 'Pemkab Gresik',
        winnerCanonical: 'Kabupaten Gresik',
        regionCode: '35.25',
      }),
      testSource('c1'),
    );
    // rejected before its turn: never announced
    await createReviewRepository(services.mongo.db).decide(rejected.key, {
      action: ReviewAction.Reject,
      by: 'rina',
    });

    failNextSlack = 1;
    await alerts.tick();

    // email: the Kanwil gets only its province
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['kanwil-jatim@contoh.id']);
    expect(mails[0]!.raw).toContain(
      'Subject: [Paritrana Watch] Penghargaan baru menunggu tinjauan: Kabupaten Bojonegoro',
    );
    expect(mails[0]!.raw).toContain('Provinsi: Jawa Timur');
    expect(mails[0]!.raw).toContain(
      `https://pw.contoh.id/#/catatan/${encodeURIComponent(jatim.key)}`,
    );
    expect(mails[0]!.raw).not.toContain('Bandung');

    // telegram: HTML text to the chat, both provinces, not the rejected one
    const tg = posted('/bot123:abc/sendMessage');
    expect(tg.map((p) => p.json.text as string).join('\n')).toMatch(
      /<b>Penghargaan baru menunggu tinjauan: Kabupaten Bojonegoro<\/b>/,
    );
    expect(tg).toHaveLength(3); // two records, and the reviewer's rejection
    expect(tg[0]!.json).toMatchObject({ chat_id: '-1001', parse_mode: 'HTML' });
    expect(
      tg.some(
        (p) =>
          (p.json.text as string).includes('Gresik') && (p.json.text as string).includes('menolak'),
      ),
    ).toBe(true);
    expect(
      tg.some((p) =>
        (p.json.text as string).includes('Penghargaan baru menunggu tinjauan: Kabupaten Gresik'),
      ),
    ).toBe(false);

    // teams: an Adaptive Card; discord: an embed without mentions
    const teams = posted('/teams');
    expect(teams).toHaveLength(2);
    expect(teams[0]!.json).toMatchObject({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: { type: 'AdaptiveCard' },
        },
      ],
    });
    const discord = posted('/discord');
    expect(discord).toHaveLength(2);
    expect(discord[0]!.json).toMatchObject({
      allowed_mentions: { parse: [] },
      embeds: [{ title: expect.any(String) as string }],
    });

    // the generic webhook: signed, with a text field chat tools accept
    const hook = posted('/hook');
    expect(hook).toHaveLength(2);
    expect(hook[0]!.json.text).toContain('Penghargaan baru menunggu tinjauan');
    const signature = `sha256=${createHmac('sha256', 'rahasia').update(hook[0]!.body).digest('hex')}`;
    expect(hook[0]!.headers['x-paritrana-signature']).toBe(signature);

    // slack refused the first message once: nothing was sent there, and it retries in order
    expect(posted('/slack')).toHaveLength(0);
    await alerts.tick();
    const slack = posted('/slack');
    expect(slack).toHaveLength(3);
    expect(slack[0]!.json.text).toContain('Kabupaten Bojonegoro');
    expect(slack[0]!.json).toMatchObject({
      blocks: [{ type: 'header' }, { type: 'section' }, { type: 'actions' }],
    });

    // a second pass sends nothing twice
    const before = posts.length;
    await alerts.tick();
    expect(posts).toHaveLength(before);
    expect(mails).toHaveLength(1);
    await alerts.close();
  });

  it('starts a channel enabled later at now, unless it asks for the past', async () => {
    const late = { id: 'baru', kind: 'slack', url: `${base}/late` };
    const past = { id: 'arsip', kind: 'slack', url: `${base}/past`, since: '2020-01-01T00:00:00Z' };
    const alerts = dispatcher(channels([late, past]));
    await alerts.tick();
    expect(posted('/late')).toHaveLength(0);
    // the past: two records and a review step (the rejected record is not announced)
    expect(posted('/past')).toHaveLength(3);

    const awards = createAwardRepository(services.mongo.db);
    await awards.upsertWithSource(
      testDraft({
        winner: 'Kabupaten Tuban',
        winnerCanonical: 'Kabupaten Tuban',
        regionCode: '35.23',
      }),
      testSource('d1'),
    );
    await alerts.tick();
    expect(posted('/late').map((p) => p.json.text as string)).toEqual([
      expect.stringContaining('Kabupaten Tuban'),
    ]);
    await alerts.close();
  });

  it('emails the daily digest at the digest hour (WIB), once, with the province subscribed', async () => {
    // the next 07:30 WIB after now: the digest covers the 24 hours up to 07:00 WIB
    const wib = 7 * 3_600_000;
    const local = new Date(Date.now() + wib);
    let at = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 7, 30) - wib;
    if (at <= Date.now()) {
      at += 86_400_000;
    }
    const digestChannel = channels().filter((c) => c.id === 'kanwil-jatim');
    const alerts = dispatcher(digestChannel, () => new Date(at));
    const before = mails.length;
    await alerts.tick();
    const digest = mails.slice(before).filter((m) => m.raw.includes('Ringkasan harian'));
    expect(digest).toHaveLength(1);
    expect(digest[0]!.raw).toContain('Subject: [Paritrana Watch] Ringkasan harian Paritrana Watch');
    expect(digest[0]!.raw).toMatch(/2 penghargaan baru:/); // Bojonegoro and Tuban; not Bandung, not merged
    expect(digest[0]!.raw).toContain('Kabupaten Bojonegoro');
    expect(digest[0]!.raw).not.toContain('Kota Bandung');
    expect(digest[0]!.raw).toContain('menunggu tinjauan');
    expect(digest[0]!.raw).toContain('https://pw.contoh.id/#/antrian');
    await alerts.tick();
    expect(mails.slice(before).filter((m) => m.raw.includes('Ringkasan harian'))).toHaveLength(1);
    await alerts.close();
  });

  it('tells a failing source at once and a province with no report in its usual season', async () => {
    const watch = [
      {
        id: 'ops',
        kind: 'slack',
        url: `${base}/ops`,
        events: ['source.failing', 'coverage.expected-missing'],
      },
      {
        id: 'kanwil-jabar',
        kind: 'discord',
        url: `${base}/jabar`,
        events: ['coverage.expected-missing'],
        provinces: ['Jawa Barat'],
      },
    ];
    const alerts = dispatcher(parseSubscriptions({ channels: watch }, 'test'));
    await alerts.tick();
    const events = createEventLog(services.mongo.db);
    await events.append({
      id: 'source.failing:koran-x:1',
      type: 'source.failing',
      subject: 'koran-x',
      data: {
        sourceId: 'koran-x',
        consecutiveErrors: 3,
        lastError: {
          code: 'fetch.dns',
          message: 'getaddrinfo ENOTFOUND koran-x.example',
          at: new Date(),
        },
      },
    });
    for (const province of ['Jawa Barat', 'Bali']) {
      await events.append({
        id: `coverage.expected-missing:2026:${province}`,
        type: 'coverage.expected-missing',
        subject: `2026|${province}`,
        data: {
          province,
          year: 2026,
          overdueSince: '2026-11-20',
          searchLinks: ['https://cari.example/?q=x'],
        },
      });
      // events are delivered by time, then id: a millisecond apart, they keep this order
      await new Promise((r) => setTimeout(r, 5));
    }
    await alerts.tick();
    const ops = posted('/ops').map((p) => p.json.text as string);
    expect(ops).toEqual([
      expect.stringContaining('Sumber mulai gagal: koran-x') as string,
      expect.stringContaining('Belum ada berita Paritrana Award 2026 dari Jawa Barat') as string,
      expect.stringContaining('Belum ada berita Paritrana Award 2026 dari Bali') as string,
    ]);
    expect(posted('/ops')[0]!.body).toContain('fetch.dns');
    const jabar = posted('/jabar');
    expect(jabar).toHaveLength(1);
    expect(jabar[0]!.json.content).toBe('Belum ada berita Paritrana Award 2026 dari Jawa Barat');
    await alerts.close();
  });
});
