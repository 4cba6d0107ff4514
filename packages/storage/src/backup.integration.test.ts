import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Binary, Double, Int32, Long, ObjectId, type Db, type Document } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServices } from '../../../test/support/use-services.ts';
import { BackupError, backupDatabase, restoreDatabase } from './backup.ts';
import { connectMongo, type Mongo } from './mongo.ts';

const dir = mkdtempSync(join(tmpdir(), 'pw-backup-test-'));

/** Backs `db` up into a file and returns its path. */
async function backupToFile(db: Db, name: string) {
  const path = join(dir, name);
  const counts = await backupDatabase(db, createWriteStream(path));
  return { path, counts };
}

describe('backup and restore', () => {
  const services = useServices();
  let target: Mongo;
  beforeAll(async () => {
    target = await connectMongo({ url: services.mongoUrl, dbName: `${services.dbName}_restored` });
  });
  afterAll(async () => {
    await target?.db.dropDatabase().catch(() => undefined);
    await target?.close();
  });

  const page = gzipSync(Buffer.from('<html><body>Pemkab Bojonegoro meraih juara</body></html>'));
  const oid = new ObjectId();
  const at = new Date('2026-12-05T08:00:00.123Z');

  it('round-trips every collection with its types and indexes', async () => {
    const src = services.mongo.db;
    await src.collection('pages').insertOne({ _id: 'a1' as never, body: new Binary(page), at });
    await src.collection('awards').insertMany([
      {
        _id: oid,
        key: 'k1',
        rank: new Int32(1),
        score: new Double(2),
        big: Long.fromString('9007199254740993'),
        nested: { list: [at, null, 'teks'] },
      },
      { _id: new ObjectId(), key: 'k2', rank: new Int32(3), score: new Double(0.5) },
    ]);
    await src.collection('extra').createIndex({ code: 1 }, { unique: true, name: 'code_unique' });
    await src
      .collection('extra')
      .insertMany(Array.from({ length: 1203 }, (_, i) => ({ _id: `e${i}` as never, code: i })));

    const { path, counts } = await backupToFile(src, 'round-trip.jsonl.gz');
    expect(counts).toMatchObject({ pages: 1, awards: 2, extra: 1203 });
    // a JSON-lines file under gzip: header, documents, end line
    const lines = gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(2 + Object.values(counts).reduce((a, b) => a + b, 0));
    expect(JSON.parse(lines[0] as string)).toMatchObject({ paritranaBackup: 1 });
    expect(JSON.parse(lines.at(-1) as string)).toMatchObject({ end: true });

    const restored = await restoreDatabase(target.db, createReadStream(path));
    expect(restored).toEqual(counts);

    const pageBack = await target.db.collection('pages').findOne({ _id: 'a1' as never });
    expect(pageBack?.body).toBeInstanceOf(Binary);
    expect(gunzipSync((pageBack?.body as Binary).buffer).toString()).toContain('Bojonegoro');
    expect(pageBack?.at).toEqual(at);

    const award = await target.db.collection('awards').findOne({ _id: oid });
    expect(award?._id).toBeInstanceOf(ObjectId);
    expect(award?.rank).toBe(1);
    expect(award?.big).toEqual(Long.fromString('9007199254740993'));
    expect(award?.nested).toEqual({ list: [at, null, 'teks'] });
    // doubles stay doubles, ints stay ints
    const types = await target.db
      .collection('awards')
      .aggregate<{ key: string; rankType: string; scoreType: string }>([
        {
          $project: {
            _id: 0,
            key: 1,
            rankType: { $type: '$rank' },
            scoreType: { $type: '$score' },
          },
        },
      ])
      .toArray();
    expect(types.find((t) => t.key === 'k1')).toMatchObject({
      rankType: 'int',
      scoreType: 'double',
    });

    expect(await target.db.collection('extra').countDocuments()).toBe(1203);
    const indexes = (await target.db.collection('extra').listIndexes().toArray()) as Document[];
    expect(indexes.find((ix) => ix.name === 'code_unique')).toMatchObject({ unique: true });
    await expect(
      target.db.collection('extra').insertOne({ _id: 'dup' as never, code: 7 }),
    ).rejects.toThrow(/duplicate key|E11000/);

    // a second backup of the restored database holds the same documents
    const again = await backupToFile(target.db, 'again.jsonl.gz');
    const body = (p: string) => gunzipSync(readFileSync(p)).toString('utf8').split('\n').slice(1);
    expect(body(again.path)).toEqual(body(path));
  });

  it('refuses a database that holds documents unless told to replace them', async () => {
    const { path } = await backupToFile(services.mongo.db, 'refuse.jsonl.gz');
    // target now holds the restored copy from the test above
    await target.db.collection('later').insertOne({ note: 'ditulis sesudahnya' });
    await expect(restoreDatabase(target.db, createReadStream(path))).rejects.toMatchObject({
      code: 'not-empty',
    });
    expect(await target.db.collection('later').countDocuments()).toBe(1);

    const restored = await restoreDatabase(target.db, createReadStream(path), { replace: true });
    expect(restored.extra).toBe(1203);
    const names = (await target.db.listCollections().toArray()).map((c) => c.name);
    expect(names).not.toContain('later');
  });

  it('says so when a file is cut short or is no backup', async () => {
    const { path } = await backupToFile(services.mongo.db, 'whole.jsonl.gz');
    const lines = gunzipSync(readFileSync(path)).toString('utf8').trim().split('\n');
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(`${lines.slice(0, -10).join('\n')}\n`));
    await target.db.dropDatabase();
    await expect(restoreDatabase(target.db, createReadStream(cut))).rejects.toBeInstanceOf(
      BackupError,
    );
    await expect(
      restoreDatabase(target.db, createReadStream(cut), { replace: true }),
    ).rejects.toMatchObject({ code: 'truncated' });

    const notOne = join(dir, 'not-one.gz');
    writeFileSync(notOne, gzipSync('{"hello":"world"}\n'));
    await expect(
      restoreDatabase(target.db, createReadStream(notOne), { replace: true }),
    ).rejects.toMatchObject({ code: 'bad-file' });
    const notGzip = join(dir, 'plain.txt');
    writeFileSync(notGzip, 'just text');
    await expect(
      restoreDatabase(target.db, createReadStream(notGzip), { replace: true }),
    ).rejects.toMatchObject({ code: 'bad-file' });
  });
});
