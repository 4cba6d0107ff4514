// The app's one door to the API: same-origin fetch with the session cookie and the CSRF token.

/** Who is signed in. */
export interface User {
  username: string;
  role: 'reader' | 'reviewer' | 'admin';
}

/** An API answer other than 2xx, with the server's error code and message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

let csrfToken = '';
let onUnauthenticated: () => void = () => undefined;

/** Called when the session has ended (any 401): the app shows the sign-in page. */
export function whenSignedOut(f: () => void): void {
  onUnauthenticated = f;
}

export type Query = Record<
  string,
  string | number | boolean | readonly string[] | null | undefined
>;

/** A query string from a plain object; empty values are left out, arrays repeat the name. */
export function queryString(q: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') {
      continue;
    }
    if (Array.isArray(v)) {
      for (const item of v as readonly string[]) {
        p.append(k, item);
      }
    } else {
      p.set(k, String(v));
    }
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['x-csrf-token'] = csrfToken;
  }
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 204) {
    return undefined as T;
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { message: text };
  }
  if (!res.ok) {
    const e = (data ?? {}) as { error?: unknown; message?: unknown };
    const code = typeof e.error === 'string' ? e.error : String(res.status);
    const message = typeof e.message === 'string' ? e.message : code;
    if (res.status === 401 && path !== '/auth/login' && path !== '/auth/me') {
      onUnauthenticated();
    }
    throw new ApiError(res.status, code, message);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, q?: Query) => call<T>('GET', path + queryString(q)),
  post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
};

/** The current session, or null when nobody is signed in. */
export async function currentUser(): Promise<User | null> {
  try {
    const me = await call<{ user: User; csrfToken: string }>('GET', '/auth/me');
    csrfToken = me.csrfToken;
    return me.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      return null;
    }
    throw err;
  }
}

export async function signIn(username: string, password: string): Promise<User> {
  const res = await call<{ user: User; csrfToken: string }>('POST', '/auth/login', {
    username,
    password,
  });
  csrfToken = res.csrfToken;
  return res.user;
}

export async function signOut(): Promise<void> {
  await call<void>('POST', '/auth/logout', {});
  csrfToken = '';
}

/** Path segment for a record id (short id or key). */
export const enc = encodeURIComponent;
