import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { Db } from 'mongodb';
import { z } from 'zod';
import { isDuplicateKey } from './mongo.ts';

/** Who may do what: a reader queries, a reviewer also reviews, an admin also changes sources and users. */
export const UserRole = { Reader: 'reader', Reviewer: 'reviewer', Admin: 'admin' } as const;
export type UserRole = (typeof UserRole)[keyof typeof UserRole];

const RoleRank: Record<UserRole, number> = { reader: 1, reviewer: 2, admin: 3 };

/** True when `role` may do what `needed` allows. */
export const roleAtLeast = (role: UserRole, needed: UserRole): boolean =>
  RoleRank[role] >= RoleRank[needed];

/** A user name: 2–40 lower-case letters, digits, `.`, `_` or `-` (stored lower-cased, so unique). */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, '2–40 letters, digits, ".", "_" or "-"');

/** A password: at least 8 characters, at most 200 (scrypt hashes any length; the cap bounds work). */
export const Password = z.string().min(8, 'at least 8 characters').max(200);

/** Collections of accounts and sign-in sessions. */
export const UsersCollection = 'users';
export const SessionsCollection = 'sessions';

/** One account; `_id` is the lower-cased user name, so two inserts of one name cannot both land. */
export interface UserDoc {
  _id: string;
  username: string;
  role: UserRole;
  /** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
  passwordHash: string;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** An account as shown to people and tools (never the hash). */
export interface User {
  username: string;
  role: UserRole;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** One sign-in; `_id` is the SHA-256 of the cookie's token, so a copy of the store opens nothing. */
export interface SessionDoc {
  _id: string;
  username: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Why an account change was refused. */
export class UserError extends Error {
  readonly code: 'exists' | 'not-found' | 'invalid';
  constructor(code: 'exists' | 'not-found' | 'invalid', message: string) {
    super(message);
    this.name = 'UserError';
    this.code = code;
  }
}

// scrypt at N=2^15, r=8: 32 MiB and ~50 ms per hash (OWASP's minimum is N=2^17 with r=8, p=1 for
// a dedicated server; this one shares two cores with the pipeline, and sign-ins are rate-limited)
const Cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const KeyLength = 32;

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keylen, options, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });

const maxmem = (N: number, r: number) => 256 * N * r;

/** Hashes a password with scrypt and a fresh 16-byte salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, KeyLength, {
    ...Cost,
    maxmem: maxmem(Cost.N, Cost.r),
  });
  return `scrypt$${Cost.N}$${Cost.r}$${Cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Checks a password against a stored hash in constant time; a malformed hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (scheme !== 'scrypt' || !salt || !hash || ![N, R, P].every(Number.isSafeInteger)) {
    return false;
  }
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), expected.length, {
    N,
    r: R,
    p: P,
    maxmem: maxmem(N, R),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Parses with `schema` or throws one readable line naming the field. */
function valid<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    throw new UserError('invalid', `${what}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  }
  return r.data;
}

const publicUser = (d: UserDoc): User => ({
  username: d.username,
  role: d.role,
  disabled: d.disabled,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

// a hash of a password nobody knows: an unknown user costs as much time as a wrong password
let decoy: Promise<string> | undefined;

/** Accounts: add, change password or role, disable, list, and check a sign-in. */
export function createUserRepository(db: Db) {
  const users = db.collection<UserDoc>(UsersCollection);
  const sessions = db.collection<SessionDoc>(SessionsCollection);

  const get = async (name: string): Promise<UserDoc> => {
    const id = valid(Username, name, 'user name');
    const doc = await users.findOne({ _id: id });
    if (!doc) {
      throw new UserError('not-found', `no user ${id}`);
    }
    return doc;
  };
  const update = async (name: string, set: Partial<UserDoc>): Promise<User> => {
    const doc = await get(name);
    const next = { ...doc, ...set, updatedAt: new Date() };
    await users.updateOne({ _id: doc._id }, { $set: { ...set, updatedAt: next.updatedAt } });
    return publicUser(next);
  };

  /** Refuses a change that would leave no enabled admin (nobody could manage accounts then). */
  const keepAnAdmin = async (name: string, next: { role?: UserRole; disabled?: boolean }) => {
    const doc = await get(name);
    const staysAdmin = (next.role ?? doc.role) === 'admin' && !(next.disabled ?? doc.disabled);
    if (doc.role !== 'admin' || doc.disabled || staysAdmin) {
      return;
    }
    const admins = await users.countDocuments({ role: 'admin', disabled: false });
    if (admins <= 1) {
      throw new UserError('invalid', `${doc.username} is the last admin: make another admin first`);
    }
  };

  return {
    /** Creates an account; a taken name throws UserError('exists'). */
    async add(input: { username: string; role: UserRole; password: string }): Promise<User> {
      const username = valid(Username, input.username, 'user name');
      const now = new Date();
      const doc: UserDoc = {
        _id: username,
        username,
        role: valid(z.enum(UserRole), input.role, 'role'),
        passwordHash: await hashPassword(valid(Password, input.password, 'password')),
        disabled: false,
        createdAt: now,
        updatedAt: now,
      };
      try {
        await users.insertOne(doc);
      } catch (err) {
        if (isDuplicateKey(err)) {
          throw new UserError('exists', `user ${username} already exists`);
        }
        throw err;
      }
      return publicUser(doc);
    },

    /** Sets a new password and signs the user out everywhere. */
    async setPassword(username: string, password: string): Promise<User> {
      const passwordHash = await hashPassword(valid(Password, password, 'password'));
      const user = await update(username, { passwordHash });
      await sessions.deleteMany({ username: user.username });
      return user;
    },

    /** Changes a role; open sessions pick it up on their next request. */
    async setRole(username: string, role: UserRole): Promise<User> {
      const next = valid(z.enum(UserRole), role, 'role');
      await keepAnAdmin(username, { role: next });
      return update(username, { role: next });
    },

    /** Disables (or re-enables) an account; disabling signs it out everywhere. */
    async setDisabled(username: string, disabled: boolean): Promise<User> {
      await keepAnAdmin(username, { disabled });
      const user = await update(username, { disabled });
      if (disabled) {
        await sessions.deleteMany({ username: user.username });
      }
      return user;
    },

    async find(username: string): Promise<User | null> {
      const id = Username.safeParse(username);
      const doc = id.success ? await users.findOne({ _id: id.data }) : null;
      return doc ? publicUser(doc) : null;
    },

    async list(): Promise<User[]> {
      return (await users.find({}).sort({ _id: 1 }).toArray()).map(publicUser);
    },

    count: () => users.countDocuments({}),

    /** The enabled account these credentials open, or null (same cost whether or not it exists). */
    async verify(username: string, password: string): Promise<User | null> {
      const id = Username.safeParse(username);
      const doc = id.success ? await users.findOne({ _id: id.data }) : null;
      if (!doc) {
        decoy ??= hashPassword(randomBytes(16).toString('hex'));
        await verifyPassword(password, await decoy);
        return null;
      }
      const ok = await verifyPassword(password, doc.passwordHash);
      return ok && !doc.disabled ? publicUser(doc) : null;
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;

const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

/** A session as the API sees it: whose, its CSRF token, and until when. */
export interface Session {
  username: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Sign-in sessions in MongoDB. Each is inserted once under a random id and never updated, so
 * FerretDB's lost concurrent updates cannot touch it; expiry is checked on read (FerretDB 1.x has
 * no TTL indexes) and expired ones are purged at each sign-in.
 */
export function createSessionStore(db: Db, { ttlMs }: { ttlMs: number }) {
  const sessions = db.collection<SessionDoc>(SessionsCollection);
  return {
    /** Starts a session; the token goes in the cookie and is stored only as its hash. */
    async create(username: string): Promise<Session & { token: string }> {
      const now = new Date();
      await sessions.deleteMany({ expiresAt: { $lt: now } });
      const token = randomBytes(32).toString('base64url');
      const doc: SessionDoc = {
        _id: tokenId(token),
        username,
        csrfToken: randomBytes(32).toString('base64url'),
        createdAt: now,
        expiresAt: new Date(now.getTime() + ttlMs),
      };
      await sessions.insertOne(doc);
      return { token, username, csrfToken: doc.csrfToken, expiresAt: doc.expiresAt };
    },

    /** The live session a cookie token names, or null (an expired one is deleted). */
    async find(token: string): Promise<Session | null> {
      if (!token || token.length > 200) {
        return null;
      }
      const doc = await sessions.findOne({ _id: tokenId(token) });
      if (!doc) {
        return null;
      }
      if (doc.expiresAt.getTime() <= Date.now()) {
        await sessions.deleteOne({ _id: doc._id });
        return null;
      }
      return { username: doc.username, csrfToken: doc.csrfToken, expiresAt: doc.expiresAt };
    },

    async delete(token: string): Promise<void> {
      await sessions.deleteOne({ _id: tokenId(token) });
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
