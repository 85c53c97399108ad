// The fetcher's guards and helpers: URL checks, private-address refusal at connect time, network errors in words.
import type { IncomingHttpHeaders } from 'node:http';
import { FetchError } from './fetch-error.js';
import { blockedRangeOf } from './net-address.js';
import type { Resolver } from './fetch-types.js';

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'could not resolve the host name',
  EAI_AGAIN: 'temporary DNS failure',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed by the server',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
};

/** Resolves after `ms` milliseconds (at once for 0 or less). */
export const sleep = (ms: number): Promise<void> => (ms <= 0 ? Promise.resolve() : new Promise((r) => setTimeout(r, ms)));

/** The first value of a response header, or null. */
export function header(headers: IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

/** Why a private address is refused, and how to allow it. */
export function privateMessage(host: string, address: string, label: string, cidr: string): string {
  const via = host === address ? `${address} is` : `host ${host} resolves to ${address},`;
  return `${via} a ${label} address (${cidr}); private, loopback and link-local addresses are refused. Pass --allow-private (allowPrivate: true) to fetch it anyway.`;
}

/** An absolute http(s) URL without its fragment, or a FetchError naming the input. */
export function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(input, base) : new URL(input);
  } catch {
    throw new FetchError('invalid-url', input, 'not a valid absolute URL (expected http:// or https://)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('invalid-url', url.href, `only http and https URLs can be fetched, not ${url.protocol}`);
  }
  url.hash = '';
  return url;
}

/** Any error from a request as a FetchError (network codes in words). */
export function asFetchError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err;
  const e = err as NodeJS.ErrnoException & { cause?: unknown };
  if (e && e.cause instanceof FetchError) return e.cause;
  const code = e?.code ?? '';
  const known = NETWORK_CODES[code];
  const problem = known ? `${known} (${code})` : `network error: ${e?.message ?? String(err)}`;
  return new FetchError('network', url, problem, { cause: err });
}

/** A dns.lookup-compatible function that refuses non-public addresses at connect time (every hop, every retry). */
export function guardedLookup(resolver: Resolver, url: URL, allowPrivate: boolean) {
  return (hostname: string, options: { family?: number; all?: boolean }, callback: (...args: unknown[]) => void): void => {
    resolver(hostname).then(
      (addrs) => {
        if (addrs.length === 0) {
          callback(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }));
          return;
        }
        if (!allowPrivate) {
          for (const a of addrs) {
            const hit = blockedRangeOf(a.address);
            if (hit) {
              callback(new FetchError('private-address', url.href, privateMessage(hostname, a.address, hit.label, hit.cidr)));
              return;
            }
          }
        }
        const fam = options?.family === 4 || options?.family === 6 ? options.family : 0;
        const list = fam ? addrs.filter((a) => a.family === fam) : addrs;
        const use = list.length ? list : addrs;
        if (options?.all) callback(null, use);
        else callback(null, use[0].address, use[0].family);
      },
      (err) => callback(err),
    );
  };
}
