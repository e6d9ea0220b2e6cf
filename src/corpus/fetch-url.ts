/**
 * Fetches a web page for the corpus without letting a link reach what it must not: http(s) only, one
 * deadline for the whole exchange, a byte limit (also on the decompressed body), a redirect limit,
 * a content-type check, and no private, loopback, link-local or otherwise reserved address — checked
 * on the addresses DNS returns, at connect time, for the first request and every redirect. The
 * connection goes to the very address that was checked, so a name that resolves differently a
 * second time (DNS rebinding) gains nothing.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { deadline } from '../abort.js';

export interface FetchOptions {
  /** The whole exchange (every redirect and the body) must finish within this. */
  timeoutMs: number;
  /** Largest body accepted, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  /** Content types accepted (the media type, without parameters). */
  accept: readonly string[];
  /**
   * Test-only: also allow loopback addresses (127.0.0.0/8, ::1), so tests can serve pages on
   * 127.0.0.1. Off by default; private and link-local addresses stay refused either way.
   */
  allowLoopback: boolean;
  /** Resolves names (dns.lookup-compatible); tests point names at chosen addresses with it. */
  lookup?: typeof dns.lookup;
  signal?: AbortSignal;
}

export const DEFAULT_FETCH: FetchOptions = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  accept: ['text/html', 'application/xhtml+xml'],
  allowLoopback: false,
};

export type FetchFailure = 'bad-url' | 'scheme' | 'blocked-address' | 'dns' | 'network' | 'timeout' | 'too-many-redirects' | 'http-status' | 'content-type' | 'too-large';

/**
 * Why a fetch was refused or failed; `message` is one English sentence for a person, and `kind` with
 * `detail` (the host, the status line, the content type, the limit…) let a reply say it in another language.
 */
export class FetchError extends Error {
  constructor(
    readonly kind: FetchFailure,
    message: string,
    readonly status?: number,
    readonly detail?: string,
  ) {
    super(message);
  }
}

export interface FetchedPage {
  /** The address the body came from, after redirects. */
  url: string;
  status: number;
  contentType: string;
  charset?: string;
  body: Buffer;
}

// Every range that is not the public internet (RFC 6890 and friends).
const BLOCKED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.0.2.0', 24],
  ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 96], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) BLOCKED.addSubnet(net, prefix, 'ipv6');
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** The IPv4 address an IPv6 address carries (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4), if any. */
function embeddedIpv4(ip: string): string | undefined {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const [a, b] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
    return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
  }
  const sixToFour = /^2002:([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(lower);
  if (sixToFour) {
    const [a, b] = [parseInt(sixToFour[1]!, 16), parseInt(sixToFour[2]!, 16)];
    return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
  }
  return undefined;
}

/** Whether a connection to this IP address is allowed. */
export function isAllowedAddress(ip: string, allowLoopback = false): boolean {
  const family = isIP(ip);
  if (!family) return false;
  const v4 = family === 6 ? embeddedIpv4(ip) : ip;
  if (v4) return allowLoopback && LOOPBACK.check(v4, 'ipv4') ? true : !BLOCKED.check(v4, 'ipv4') && !LOOPBACK.check(v4, 'ipv4');
  if (LOOPBACK.check(ip, 'ipv6')) return allowLoopback;
  return !BLOCKED.check(ip, 'ipv6');
}

const blocked = (host: string) => new FetchError('blocked-address', `the link points to a private or local network address (${host}), which I do not fetch`, undefined, host);

/** A lookup for http.request that resolves every address of a name and refuses the connection if any is not public. */
function guardedLookup(opts: FetchOptions): LookupFunction {
  const resolve = opts.lookup ?? dns.lookup;
  return (hostname, options, callback) => {
    resolve(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(new FetchError('dns', `the site's name (${hostname}) could not be resolved`, undefined, hostname), '', 4);
      const list = addresses as dns.LookupAddress[];
      if (!list.length) return callback(new FetchError('dns', `the site's name (${hostname}) could not be resolved`, undefined, hostname), '', 4);
      if (list.some((a) => !isAllowedAddress(a.address, opts.allowLoopback))) return callback(blocked(hostname), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** The URL if it is one we may request: http(s), no credentials, and not a literal blocked address. */
function checkUrl(href: string, opts: FetchOptions): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new FetchError('bad-url', 'that is not a valid web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError('scheme', `only http:// and https:// links can be fetched, not ${url.protocol}`, undefined, url.protocol);
  if (url.username || url.password) throw new FetchError('bad-url', 'links with a user name or password in them are not fetched', undefined, 'credentials');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // A literal address never goes through DNS lookup, so it is checked here.
  if (isIP(host) && !isAllowedAddress(host, opts.allowLoopback)) throw blocked(host);
  // Names that stand for this machine are refused by name too (they need not reach DNS to mean it).
  if (!isIP(host) && /^(localhost|.*\.localhost|.*\.local|.*\.internal)\.?$/i.test(host) && !opts.allowLoopback) throw blocked(host);
  return url;
}

function describeStatus(status: number, text?: string): string {
  return `${status}${text ? ` ${text}` : ''}`;
}

/** One request without following redirects; resolves once the headers have arrived. */
function request(url: URL, opts: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'GET',
        // A fresh connection each time: a pooled socket would skip the address check.
        agent: false,
        lookup: guardedLookup(opts),
        signal,
        headers: {
          'user-agent': 'Mozilla/5.0 (compatible; kz-agreements-bot; +corpus link ingestion)',
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

/** The body, decompressed, failing as soon as it passes maxBytes (so a 50 MB body is never held). */
async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const encoding = String(res.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  let stream: Readable = res;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
  else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += (chunk as Buffer).length;
      if (total > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } finally {
    res.destroy();
    if (stream !== res) stream.destroy();
  }
  return Buffer.concat(chunks);
}

const tooLarge = (maxBytes: number) => new FetchError('too-large', `the page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, which is more than an article needs`, undefined, String(Math.round(maxBytes / 1024 / 1024)));

/** Maps a low-level failure to one sentence. */
function explain(error: unknown, signal: AbortSignal, timeoutMs: number, callerSignal?: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof FetchError) return cause;
  const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  if (signal.aborted && !callerSignal?.aborted) return new FetchError('timeout', `the site did not send the page within ${limit}`, undefined, String(timeoutMs));
  if (callerSignal?.aborted) return new FetchError('timeout', 'the fetch was cancelled');
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchError('dns', 'the site\'s name could not be resolved');
  if (code === 'Z_DATA_ERROR' || code === 'ERR__ERROR_FORMAT_PADDING_1') return new FetchError('network', 'the site sent a damaged (badly compressed) page', undefined, 'compression');
  const why = code ?? (error as Error)?.message ?? 'connection failed';
  return new FetchError('network', `the site could not be reached (${why})`, undefined, why);
}

/**
 * GETs a page, following at most `maxRedirects` redirects, each one checked like the first request.
 * Throws FetchError (with a sentence for a person) for anything refused or failed.
 */
export async function fetchUrl(href: string, options: Partial<FetchOptions> = {}): Promise<FetchedPage> {
  const opts: FetchOptions = { ...DEFAULT_FETCH, ...options };
  // A plain controller and timer: on Node 20 an AbortSignal.timeout inside AbortSignal.any can be
  // garbage-collected before it fires (nodejs/node#57736), and the fetch would never time out.
  const limit = deadline(opts.timeoutMs, [opts.signal]);
  const signal = limit.signal;
  let url = checkUrl(href, opts);
  try {
    for (let redirects = 0; ; redirects++) {
      const res = await request(url, opts, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.destroy();
        if (redirects >= opts.maxRedirects) throw new FetchError('too-many-redirects', `the link redirects more than ${opts.maxRedirects} times`, undefined, String(opts.maxRedirects));
        url = checkUrl(new URL(location, url).href, opts);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new FetchError('http-status', `the site answered ${describeStatus(status, res.statusMessage)} for this link`, status, describeStatus(status, res.statusMessage));
      }
      const [mediaType = '', ...params] = String(res.headers['content-type'] ?? '').split(';').map((p) => p.trim());
      const type = mediaType.toLowerCase();
      if (!opts.accept.includes(type)) {
        res.destroy();
        throw new FetchError('content-type', type ? `the link is not a web page but ${type}; download it and send me the file instead` : 'the site did not say what kind of content the link is', undefined, type || undefined);
      }
      const charset = params.map((p) => /^charset\s*=\s*"?([\w-]+)"?$/i.exec(p)?.[1]).find(Boolean);
      const body = await readBody(res, opts.maxBytes);
      return { url: url.href, status, contentType: type, charset, body };
    }
  } catch (error) {
    throw explain(error, signal, opts.timeoutMs, opts.signal);
  } finally {
    limit.dispose();
  }
}
