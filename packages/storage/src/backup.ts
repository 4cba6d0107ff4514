// A database as one file: gzip'd JSON lines in canonical Extended JSON, so every BSON type comes
// back as it was (dates, ObjectIds, the gzipped pages' Binary, int/long/double). Streams both ways,
// so memory stays flat whatever the size; works on MongoDB and FerretDB alike.
//   line 1    {"paritranaBackup":1,"db":…,"createdAt":…,"collections":[{name,indexes}]}
//   then      {"c":"<collection>","d":<document>}   one per document
//   last      {"end":true,"counts":{"<collection>":n}}   (a file without it was cut short)
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BSON, type Db, type Document, type IndexDescription } from 'mongodb';
import { z } from 'zod';

const FORMAT = 1;
const BATCH = 500;

const IndexSpec = z.looseObject({
  name: z.string(),
  key: z.record(z.string(), z.unknown()),
});

const Header = z.object({
  paritranaBackup: z.literal(FORMAT),
  db: z.string(),
  createdAt: z.string(),
  collections: z.array(z.object({ name: z.string(), indexes: z.array(IndexSpec) })),
});

const DocLine = z.object({ c: z.string(), d: z.record(z.string(), z.unknown()) });
const EndLine = z.object({ end: z.literal(true), counts: z.record(z.string(), z.number()) });

/** Documents per collection, as written or restored. */
export type BackupCounts = Record<string, number>;

/** Why a restore did not start or did not finish. */
export class BackupError extends Error {
  readonly code: 'not-empty' | 'bad-file' | 'truncated';
  constructor(code: BackupError['code'], message: string) {
    super(message);
    this.name = 'BackupError';
    this.code = code;
  }
}

const ejson = (value: unknown) => BSON.EJSON.stringify(value, { relaxed: false });

const jsonOrNull = (line: string): unknown => {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
};

/** The user collections of a database, by name. */
async function collectionNames(db: Db): Promise<string[]> {
  const all = await db.listCollections({}, { nameOnly: true }).toArray();
  return (
    all
      // MongoDB's views are queries, not data (FerretDB gives no type)
      .filter((c) => c.type === undefined || c.type === 'collection')
      .map((c) => c.name)
      .filter((name) => !name.startsWith('system.'))
      .sort()
  );
}

/** Writes every collection of `db` (documents and index definitions) to `out`, gzip'd. */
export async function backupDatabase(db: Db, out: Writable): Promise<BackupCounts> {
  const names = await collectionNames(db);
  const collections: Array<{ name: string; indexes: Document[] }> = [];
  for (const name of names) {
    const all = (await db.collection(name).listIndexes().toArray()) as Document[];
    const indexes = all.filter((ix) => ix.name !== '_id_');
    collections.push({ name, indexes });
  }
  const counts: BackupCounts = {};
  async function* lines() {
    // header and end line are plain JSON; the documents canonical Extended JSON
    const header = {
      paritranaBackup: FORMAT,
      db: db.databaseName,
      createdAt: new Date().toISOString(),
      collections,
    };
    yield `${JSON.stringify(header)}\n`;
    for (const name of names) {
      counts[name] = 0;
      // by _id, so two backups of one database are the same file but for the header
      // promoteValues: false keeps a whole double a Double (a plain 2 would come back an int)
      const cursor = db.collection(name).find({}, { sort: { _id: 1 }, promoteValues: false });
      for await (const d of cursor) {
        counts[name] += 1;
        yield `${ejson({ c: name, d })}\n`;
      }
    }
    yield `${JSON.stringify({ end: true, counts })}\n`;
  }
  await pipeline(Readable.from(lines()), createGzip(), out);
  return counts;
}

/** Whether any collection of `db` holds a document (indexes alone do not count). */
export async function databaseHasDocuments(db: Db): Promise<string[]> {
  const withDocs: string[] = [];
  for (const name of await collectionNames(db)) {
    if ((await db.collection(name).findOne({}, { projection: { _id: 1 } })) !== null) {
      withDocs.push(name);
    }
  }
  return withDocs;
}

/** The options of an index as listIndexes returns it, for createIndexes. */
const indexDescription = (spec: z.infer<typeof IndexSpec>): IndexDescription => {
  const { key, v: _v, ns: _ns, ...options } = spec;
  return { ...options, key: key as IndexDescription['key'] };
};

/**
 * Restores a backup written by backupDatabase into `db`. Refuses a database that holds documents
 * unless `replace`, which drops its collections first. Checks the counts at the end.
 */
export async function restoreDatabase(
  db: Db,
  input: Readable,
  { replace = false }: { replace?: boolean } = {},
): Promise<BackupCounts> {
  const existing = await databaseHasDocuments(db);
  if (existing.length > 0 && !replace) {
    throw new BackupError(
      'not-empty',
      `database ${db.databaseName} is not empty (${existing.join(', ')}): ` +
        'restore into an empty one, or replace what is there with --replace',
    );
  }
  if (replace) {
    for (const name of await collectionNames(db)) {
      await db.collection(name).drop();
    }
  }

  const counts: BackupCounts = {};
  let header: z.infer<typeof Header> | undefined;
  let end: z.infer<typeof EndLine> | undefined;
  let batch: { name: string; docs: Document[] } | undefined;
  const flush = async () => {
    if (batch && batch.docs.length > 0) {
      await db.collection(batch.name).insertMany(batch.docs, { ordered: true });
      counts[batch.name] = (counts[batch.name] ?? 0) + batch.docs.length;
    }
    batch = undefined;
  };

  const gunzip = createGunzip();
  const reading = pipeline(input, gunzip).catch((err: unknown) => {
    throw new BackupError('bad-file', `not a readable backup: ${(err as Error).message}`);
  });
  const lineNo = { n: 0 };
  try {
    for await (const line of createInterface({ input: gunzip, crlfDelay: Infinity })) {
      lineNo.n += 1;
      if (line.trim() === '') {
        continue;
      }
      if (end) {
        throw new BackupError('bad-file', `line ${lineNo.n}: data after the end line`);
      }
      if (!header) {
        const h = Header.safeParse(jsonOrNull(line));
        if (!h.success) {
          throw new BackupError('bad-file', 'not a Paritrana Watch backup (no header line)');
        }
        header = h.data;
        for (const c of header.collections) {
          await db.createCollection(c.name).catch(() => undefined);
          // one at a time: FerretDB 1.24 drops the connection when several already exist
          for (const ix of c.indexes) {
            await db.collection(c.name).createIndexes([indexDescription(ix)]);
          }
          counts[c.name] = 0;
        }
        continue;
      }
      if (line.startsWith('{"end":')) {
        const e = EndLine.safeParse(jsonOrNull(line));
        if (!e.success) {
          throw new BackupError('bad-file', `line ${lineNo.n}: a broken end line`);
        }
        end = e.data;
        continue;
      }
      // relaxed: false keeps Int32, Double and Long as they were
      const parsed = BSON.EJSON.parse(line, { relaxed: false }) as Record<string, unknown>;
      const doc = DocLine.safeParse(parsed);
      if (!doc.success) {
        throw new BackupError('bad-file', `line ${lineNo.n}: not a document line`);
      }
      if (batch && batch.name !== doc.data.c) {
        await flush();
      }
      batch ??= { name: doc.data.c, docs: [] };
      // the parsed value itself: zod's copy would lose the BSON classes
      batch.docs.push(parsed.d as Document);
      if (batch.docs.length >= BATCH) {
        await flush();
      }
    }
    await flush();
    await reading;
  } catch (err) {
    gunzip.destroy();
    await reading.catch(() => undefined);
    if (err instanceof BackupError) {
      throw err;
    }
    throw new BackupError('bad-file', `line ${lineNo.n}: ${(err as Error).message}`);
  }
  if (!header) {
    throw new BackupError('bad-file', 'an empty file is no backup');
  }
  if (!end) {
    throw new BackupError(
      'truncated',
      `the backup ends before its last line (cut short?); restored so far: ${JSON.stringify(counts)}`,
    );
  }
  for (const [name, n] of Object.entries(end.counts)) {
    if ((counts[name] ?? 0) !== n) {
      throw new BackupError(
        'truncated',
        `${name}: the backup lists ${n} documents, ${counts[name] ?? 0} were restored`,
      );
    }
  }
  return counts;
}
