import { beforeAll, describe, expect, it } from 'vitest';
import { createUserRepository, hashPassword, verifyPassword } from '@pw/storage';
import { useServices } from '../../../test/support/use-services.ts';
import { firstAdminHint } from './auth.ts';
import { As, useTestApp } from './test-support.ts';

const cookieOf = (setCookie: string | string[] | undefined): string => {
  const line = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return (line ?? '').split(';')[0]!;
};

describe('accounts and sessions', () => {
  const services = useServices();
  const t = useTestApp(services, { authFailureLimit: 3, trustProxy: true });

  beforeAll(async () => {
    const users = createUserRepository(services.mongo.db);
    expect(await firstAdminHint(services.mongo.db)).toMatch(/pnpm cli user add admin --role admin/);
    await users.add({ username: 'Siti', role: 'reviewer', password: 'rahasia-siti-1' });
    await users.add({ username: 'budi', role: 'reader', password: 'rahasia-budi-1' });
    await users.add({ username: 'dewi', role: 'admin', password: 'rahasia-dewi-1' });
    expect(await firstAdminHint(services.mongo.db)).toBeNull();
  });

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username, password },
      headers: { 'x-forwarded-for': '10.0.0.1', ...headers },
    });

  it('hashes with scrypt and a per-user salt, and rejects a taken name', async () => {
    const a = await hashPassword('sama-saja-123');
    const b = await hashPassword('sama-saja-123');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('sama-saja-123', a)).toBe(true);
    expect(await verifyPassword('sama-saja-124', a)).toBe(false);
    const users = createUserRepository(services.mongo.db);
    await expect(
      users.add({ username: 'SITI', role: 'reader', password: 'apa-saja-123' }),
    ).rejects.toThrow(/already exists/);
  });

  it('signs in with an HttpOnly SameSite=Strict cookie, answers /auth/me, and signs out', async () => {
    const res = await login('siti', 'rahasia-siti-1');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: { username: string; role: string }; csrfToken: string }>();
    expect(body.user).toEqual({ username: 'siti', role: 'reviewer' });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^pw_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const cookie = cookieOf(res.headers['set-cookie']);

    const me = await t.app.inject({ url: '/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { username: 'siti' }, csrfToken: body.csrfToken });
    expect(me.headers['cache-control']).toBe('no-store');

    const noCsrf = await t.app.inject({ method: 'POST', url: '/auth/logout', headers: { cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json()).toMatchObject({ error: 'csrf' });
    const out = await t.app.inject({
      method: 'POST',
      url: '/auth/logout',
      headers: { cookie, 'x-csrf-token': body.csrfToken },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: 'unauthenticated' });
  });

  it('needs the CSRF token on every cookie-authenticated change, and enforces roles', async () => {
    const reader = await login('budi', 'rahasia-budi-1');
    const readerCookie = cookieOf(reader.headers['set-cookie']);
    const csrf = reader.json<{ csrfToken: string }>().csrfToken;
    expect(
      (await t.app.inject({ url: '/awards', headers: { cookie: readerCookie } })).statusCode,
    ).toBe(200);
    const review = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/reviews/nope',
        payload: { action: 'confirm' },
        headers,
      });
    expect((await review({ cookie: readerCookie })).json()).toMatchObject({ error: 'csrf' });
    const forbidden = await review({ cookie: readerCookie, 'x-csrf-token': csrf });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ error: 'forbidden' });

    const reviewer = await login('siti', 'rahasia-siti-1');
    const cookie = cookieOf(reviewer.headers['set-cookie']);
    const token = reviewer.json<{ csrfToken: string }>().csrfToken;
    expect((await review({ cookie, 'x-csrf-token': 'wrong' })).statusCode).toBe(403);
    // past the CSRF check and the role check: the record is simply unknown
    expect((await review({ cookie, 'x-csrf-token': token })).statusCode).toBe(404);
    // users are an admin's business
    const list = await t.app.inject({ url: '/users', headers: { cookie } });
    expect(list.statusCode).toBe(403);
    const admin = await login('dewi', 'rahasia-dewi-1');
    const adminCookie = cookieOf(admin.headers['set-cookie']);
    const adminCsrf = admin.json<{ csrfToken: string }>().csrfToken;
    const users = await t.app.inject({ url: '/users', headers: { cookie: adminCookie } });
    expect(
      users.json<{ items: Array<{ username: string }> }>().items.map((u) => u.username),
    ).toEqual(['budi', 'dewi', 'siti']);
    expect(JSON.stringify(users.json())).not.toMatch(/scrypt/);
    // disabling an account ends its sessions at once
    const disable = await t.app.inject({
      method: 'PATCH',
      url: '/users/budi',
      payload: { disabled: true },
      headers: { cookie: adminCookie, 'x-csrf-token': adminCsrf },
    });
    expect(disable.statusCode).toBe(200);
    expect(
      (await t.app.inject({ url: '/awards', headers: { cookie: readerCookie } })).statusCode,
    ).toBe(401);
    expect((await login('budi', 'rahasia-budi-1')).statusCode).toBe(401);
    // the last admin can be neither demoted nor disabled
    for (const payload of [{ role: 'reviewer' }, { disabled: true }]) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: '/users/dewi',
        payload,
        headers: { cookie: adminCookie, 'x-csrf-token': adminCsrf },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ message: string }>().message).toMatch(/last admin/);
    }
  });

  it('marks the cookie Secure when a trusted proxy says the request came over TLS', async () => {
    const res = await login('dewi', 'rahasia-dewi-1', { 'x-forwarded-proto': 'https' });
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
  });

  it('rate-limits failed sign-ins per user name and client, and bad tokens per client', async () => {
    const wrong = await login('siti', 'salah', { 'x-forwarded-for': '10.0.0.9' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'invalid-credentials' });
    await login('siti', 'salah', { 'x-forwarded-for': '10.0.0.9' });
    expect((await login('siti', 'salah', { 'x-forwarded-for': '10.0.0.9' })).statusCode).toBe(401);
    const fourth = await login('siti', 'salah', { 'x-forwarded-for': '10.0.0.9' });
    expect(fourth.statusCode).toBe(429);
    // even the right password waits now
    const right = await login('siti', 'rahasia-siti-1', { 'x-forwarded-for': '10.0.0.9' });
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);

    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        url: '/awards',
        headers: { authorization: `Bearer wrong-token-${i}`, 'x-forwarded-for': '10.0.0.7' },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    // another client is not held up
    expect(
      (await login('siti', 'rahasia-siti-1', { 'x-forwarded-for': '10.0.0.8' })).statusCode,
    ).toBe(200);
  });

  it('accepts the Bearer scheme in any case and needs no CSRF token with it', async () => {
    const token = As.reviewer.authorization.slice('Bearer '.length);
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const res = await t.app.inject({
        url: '/awards',
        headers: { authorization: `${scheme} ${token}` },
      });
      expect(res.statusCode).toBe(200);
    }
    const review = await t.app.inject({
      method: 'POST',
      url: '/reviews/nope',
      payload: { action: 'confirm' },
      headers: { authorization: `bearer ${token}` },
    });
    expect(review.statusCode).toBe(404);
  });
});

describe('accounts without a trusted proxy', () => {
  const services = useServices();
  const t = useTestApp(services);

  it('ignores X-Forwarded-Proto: the cookie is Secure only over real TLS', async () => {
    await createUserRepository(services.mongo.db).add({
      username: 'tono',
      role: 'reader',
      password: 'rahasia-tono-1',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: 'tono', password: 'rahasia-tono-1' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/);
  });
});

describe('sign-in limits shared by every api process', () => {
  const services = useServices();
  const first = useTestApp(services, { authFailureLimit: 2, sharedRateLimits: true });
  const second = useTestApp(services, { authFailureLimit: 2, sharedRateLimits: true });

  it('counts attempts on one name in Redis, so a second process refuses them too', async () => {
    await createUserRepository(services.mongo.db).add({
      username: 'wati',
      role: 'reader',
      password: 'rahasia-wati-1',
    });
    const login = (t: typeof first, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { username: 'wati', password },
      });
    expect((await login(first, 'salah-1')).statusCode).toBe(401);
    expect((await login(second, 'salah-2')).statusCode).toBe(401);
    const third = await login(first, 'rahasia-wati-1');
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ error: 'rate-limited' });
    expect((await login(second, 'rahasia-wati-1')).statusCode).toBe(429);
    expect(await services.redis.keys(`${services.prefix}:rate:*`)).not.toEqual([]);
  });
});
