import { describe, expect, it } from 'vitest';
import { settledWriteErrors } from './mongo.ts';

describe('settledWriteErrors', () => {
  it('gives the write errors of a bulk error that accounts for every document', () => {
    const duplicate = { index: 1, code: 11000, errmsg: 'E11000 duplicate key' };
    const err = { writeErrors: [duplicate], result: { insertedCount: 2 } };
    expect(settledWriteErrors(err, 3)).toEqual([duplicate]);
  });

  it('gives none when documents are unaccounted for: a connection lost mid-command', () => {
    // the shape the driver throws then: a bulk error with no write errors, nothing inserted
    expect(settledWriteErrors({ writeErrors: [], result: { insertedCount: 0 } }, 2)).toBeNull();
    expect(settledWriteErrors({ writeErrors: [] }, 2)).toBeNull();
    expect(settledWriteErrors(new Error('connection closed'), 2)).toBeNull();
  });
});
