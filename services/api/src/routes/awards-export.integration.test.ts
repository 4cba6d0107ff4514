import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MongoClient, type CommandStartedEvent } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Collection } from '@pw/storage';
import { useServices } from '../../../../test/support/use-services.ts';
import { As, useTestApp } from '../test-support.ts';

const Total = 10_000;
const BatchSize = 500;

const request = (url: string) =>
  new Promise<IncomingMessage>((resolve, reject) => {
    get(url, { headers: As.reader }, resolve).on('error', reject);
  });

describe('api: export', () => {
  const services = useServices();
  const commands: CommandStartedEvent[] = [];
  let client: MongoClient | undefined;
  // our own client (the driver connects on first use), so the test can watch what the export sends
  const watched = () => {
    client ??= new MongoClient(services.mongoUrl, { monitorCommands: true, retryWrites: false });
    client.on('commandStarted', (e) => commands.push(e));
    return client.db(services.dbName);
  };
  const t = useTestApp(services, { db: watched, exportBatchSize: BatchSize });
  let base = '';

  beforeAll(async () => {
    const col = services.mongo.db.collection(Collection.Awards);
    const now = new Date();
    const evidence = 'Pemerintah daerah meraih Paritrana Award. '.repeat(50);
    for (let start = 0; start < Total; start += 1000) {
      await col.insertMany(
        Array.from({ length: 1000 }, (_, j) => {
          const i = start + j;
          const id = i.toString(16).padStart(24, '0');
          return {
            _id: id as never,
            key: `2024|provinsi|jawa timur|badan-usaha|name:pt ${i}`,
            editionYear: 2024,
            level: 'provinsi',
            province: 'Jawa Timur',
            // written with every derived record (the province filter reads it)
            provinceCodes: ['35'],
            category: 'Sektor Keuangan, Jasa',
            winner: `PT "Contoh" ${i}`,
            winnerType: 'badan_usaha',
            rank: 1 + (i % 3),
            sources: [
              {
                articleId: id,
                url: `https://contoh.id/${i}`,
                outlet: 'contoh.id',
                evidence,
                extractorVersion: 't',
                confidence: 0.9,
                historical: false,
                recordedAt: now,
              },
            ],
            sourceArticleIds: [id],
            review: { status: 'new' },
            firstSeenAt: now,
            updatedAt: now,
          };
        }),
      );
    }
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await client?.close();
  });

  const getMores = () => commands.filter((c) => c.commandName === 'getMore');

  it('streams 10,000 records as CSV in many chunks, fetching the cursor in bounded batches', async () => {
    commands.length = 0;
    const res = await request(`${base}/awards/export?format=csv&province=Jawa%20Timur`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    let chunks = 0;
    let text = '';
    for await (const chunk of res) {
      chunks++;
      text += String(chunk);
    }
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(Total + 1);
    expect(lines[1]).toMatch(/"PT ""Contoh"" \d+"/);
    expect(chunks).toBeGreaterThan(20);
    const batches = getMores().map((c) => Number(c.command.batchSize));
    expect(batches.length).toBeGreaterThanOrEqual(Total / BatchSize - 1);
    expect(Math.max(...batches)).toBeLessThanOrEqual(BatchSize);
  }, 120_000);

  it('stops reading the cursor while the client is not reading (backpressure)', async () => {
    commands.length = 0;
    const res = await request(`${base}/awards/export?format=json`);
    res.pause();
    await new Promise((r) => setTimeout(r, 500));
    // every batch holds ~1 MB of JSON here; a paused client lets only socket buffers fill
    const whilePaused = getMores().length;
    expect(whilePaused).toBeLessThan(Total / BatchSize / 2);
    let text = '';
    res.setEncoding('utf8');
    for await (const chunk of res) {
      text += String(chunk);
    }
    const parsed = JSON.parse(text) as Array<{ winner: string }>;
    expect(parsed).toHaveLength(Total);
    expect(getMores().length).toBeGreaterThan(whilePaused);
  }, 120_000);
});
