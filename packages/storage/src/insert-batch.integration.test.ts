import { MongoClient } from 'mongodb';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { useServices } from '../../../test/support/use-services.ts';
import { createInsertBatcher } from './insert-batch.ts';

interface Line {
  _id: string;
  n: number;
}

describe('insert batcher', () => {
  const services = useServices();

  it('answers each racing insert for its own document: written, or already there', async () => {
    const col = services.mongo.db.collection<Line>(`batch_${services.prefix.replace(/\W/g, '_')}`);
    await col.insertMany([
      { _id: 'a3', n: -1 },
      { _id: 'a7', n: -1 },
    ]);
    const batcher = createInsertBatcher(col, { maxDocs: 8 });
    const ids = Array.from({ length: 40 }, (_, i) => `a${i}`);
    // every id twice at once: one call writes it, the other finds it there
    const answers = await Promise.all(
      [...ids, ...ids].map((id, i) => batcher.insertOnce({ _id: id, n: i })),
    );
    const written = answers.filter(Boolean).length;
    expect(written).toBe(38);
    for (const id of ids) {
      const pair = [answers[ids.indexOf(id)], answers[40 + ids.indexOf(id)]];
      expect(pair.filter(Boolean).length).toBe(id === 'a3' || id === 'a7' ? 0 : 1);
    }
    expect(await col.countDocuments({})).toBe(40);
    // the lines there before were not overwritten
    expect((await col.findOne({ _id: 'a3' }))?.n).toBe(-1);
  });

  it('fails a document the server refuses for another reason, and answers written only for what was', async () => {
    const col = services.mongo.db.collection<Line>(
      `batchbad_${services.prefix.replace(/\W/g, '_')}`,
    );
    const batcher = createInsertBatcher(col);
    const results = await Promise.allSettled([
      batcher.insertOnce({ _id: 'ok1', n: 1 }),
      batcher.insertOnce({ _id: 'ok2', n: 2 }),
      // a field name no server stores
      batcher.insertOnce({ _id: 'bad', n: 3, $bad: 1 } as unknown as Line),
      batcher.insertOnce({ _id: 'ok3', n: 4 }),
    ]);
    expect(results[2].status).toBe('rejected');
    const stored = await col.find({}).toArray();
    expect(stored.map((d) => d._id).sort()).toEqual(
      results
        .map((r, i) =>
          r.status === 'fulfilled' && r.value ? ['ok1', 'ok2', 'bad', 'ok3'][i] : null,
        )
        .filter((x) => x !== null)
        .sort(),
    );
  });

  it('writes a lone insert at once, and gathers inserts that overlap into few commands', async () => {
    const col = services.mongo.db.collection<Line>(
      `batchlinger_${services.prefix.replace(/\W/g, '_')}`,
    );
    let commands = 0;
    const counted = new Proxy(col, {
      get(target, prop, receiver) {
        if (prop === 'insertMany') {
          return (...args: Parameters<typeof col.insertMany>) => {
            commands++;
            return target.insertMany(...args);
          };
        }
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    // a linger no test could wait out: lone inserts must not wait for it
    const batcher = createInsertBatcher(counted, { lingerMs: 600_000 });
    for (let i = 0; i < 3; i++) {
      expect(await batcher.insertOnce({ _id: `lone${i}`, n: i })).toBe(true);
    }
    expect(commands).toBe(3);
    // twenty at once: the first goes alone, the rest share the next command
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => batcher.insertOnce({ _id: `burst${i}`, n: i })),
    );
    expect(burst.every(Boolean)).toBe(true);
    expect(commands).toBe(5);
    expect(await col.countDocuments({})).toBe(23);
  });

  it('fails every insert of a command the server went away during, and loses none silently', async () => {
    // a real connection to the server through a relay that drops it the moment an insert is sent
    // (the server stopping mid-command), so the driver reports a network error for the batch
    const target = new URL(services.mongoUrl);
    let armed = true;
    const sockets = new Set<Socket>();
    const relay: Server = createServer((client) => {
      const upstream = connect(Number(target.port), target.hostname);
      sockets.add(client).add(upstream);
      client.on('data', (chunk: Buffer) => {
        if (armed && chunk.includes('insert')) {
          armed = false;
          client.destroy();
          upstream.destroy();
          return;
        }
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((ready) => relay.listen(0, '127.0.0.1', ready));
    const port = (relay.address() as { port: number }).port;
    const client = new MongoClient(`mongodb://127.0.0.1:${port}/?directConnection=true`, {
      retryWrites: false,
      serverSelectionTimeoutMS: 5000,
    });
    try {
      const name = `batchgone_${services.prefix.replace(/\W/g, '_')}`;
      const col = client.db(services.mongo.db.databaseName).collection<Line>(name);
      const batcher = createInsertBatcher(col);
      const results = await Promise.allSettled([
        batcher.insertOnce({ _id: 'g1', n: 1 }),
        batcher.insertOnce({ _id: 'g2', n: 2 }),
      ]);
      const stored = await services.mongo.db.collection<Line>(name).find({}).toArray();
      // whatever the server kept, no insert may be answered "written" that is not there
      results.forEach((r, i) => {
        const id = `g${i + 1}`;
        if (r.status === 'fulfilled') {
          expect(stored.map((d) => d._id)).toContain(id);
        }
      });
      expect(results.some((r) => r.status === 'rejected')).toBe(true);
    } finally {
      await client.close();
      sockets.forEach((s) => s.destroy());
      await new Promise((done) => relay.close(done));
    }
  });
});
