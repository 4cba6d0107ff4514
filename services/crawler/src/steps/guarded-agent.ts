import { type BlockList, isIP } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { assertPublicAddress, createGuardedLookup, type ResolveHost } from './address-guard.ts';
import { FetchError, FetchErrorCode } from './fetch-error.ts';

/**
 * Parses a URL and refuses anything but http(s) for good (`javascript:`, `file:`, `data:`, `ftp:`
 * links from a feed): such a link can never be fetched, so it is not retried.
 */
export function checkScheme(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (cause) {
    throw new FetchError(FetchErrorCode.BadUrl, `not a URL: ${raw}`, {
      url: raw,
      retryable: false,
      cause,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(FetchErrorCode.BadScheme, `scheme ${url.protocol} not allowed`, {
      url: raw,
      retryable: false,
    });
  }
  return url;
}

/** Parses a URL, refusing non-http(s) schemes and blocked IP literals before any packet is sent. */
export function checkTarget(raw: string, allow: BlockList): URL {
  const url = checkScheme(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0) {
    assertPublicAddress(host, allow, url.href); // before any packet is sent
  }
  return url;
}

/**
 * An undici Agent whose every connection goes through the guarded DNS hook and whose socket's
 * remote address is checked once connected (covers IP literals and anything DNS hooks miss).
 */
export function createGuardedAgent(
  allow: BlockList,
  connectTimeoutMs: number,
  resolveHost: ResolveHost | undefined,
): Agent {
  const connectBase = buildConnector({
    timeout: connectTimeoutMs,
    lookup: createGuardedLookup(allow, resolveHost),
  });
  const connect: buildConnector.connector = (target, callback) => {
    connectBase(target, (error, socket) => {
      if (error !== null) {
        callback(error, null);
        return;
      }
      try {
        // the address actually connected to, whatever resolved it
        assertPublicAddress(socket.remoteAddress ?? '', allow, target.hostname);
        callback(null, socket);
      } catch (refused) {
        socket.destroy();
        callback(refused as Error, null);
      }
    });
  };
  // one request at a time on a connection, kept alive between requests when the agent is shared
  return new Agent({ connect, pipelining: 1 });
}

/** Drops an unread body; destroying it emits an AbortError that nobody else listens for. */
export function discard(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => undefined).destroy();
}

/** Response headers as one string each (repeated headers joined with ', '). */
export function flatten(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      out[name] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return out;
}
