/**
 * The safe fetcher and link-to-article against a real HTTP server on 127.0.0.1 (test/support/page-server.ts).
 * Loopback is reachable only with the test-only allowLoopback; private, link-local and reserved
 * addresses are refused before any connection (a redirect to one never leaves this machine).
 */
import dns from 'node:dns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl, FetchError, isAllowedAddress, type FetchOptions } from '../src/corpus/fetch-url.js';
import { fetchArticle } from '../src/corpus/link.js';
import { startPageServer, type PageServer } from './support/page-server.js';

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server?.close());

/** Names for tests: *.loop → 127.0.0.1, intranet.test → a private address, mixed.test → public + private. */
const testLookup = ((hostname: string, _options: unknown, callback: (err: Error | null, addresses: dns.LookupAddress[]) => void) => {
  const table: Record<string, string[]> = {
    'news.loop': ['127.0.0.1'],
    'intranet.test': ['192.168.1.10'],
    'mixed.test': ['93.184.216.34', '10.0.0.7'],
    'v6local.test': ['fe80::1'],
  };
  const found = table[hostname];
  if (!found) return callback(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), []);
  callback(null, found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
}) as unknown as typeof dns.lookup;

const open: Partial<FetchOptions> = { allowLoopback: true, lookup: testLookup };

async function failure(href: string, options: Partial<FetchOptions> = open): Promise<FetchError> {
  try {
    await fetchUrl(href, options);
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error(`${href} was fetched`);
}

describe('addresses', () => {
  it('only public addresses are allowed; loopback only with the test setting', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '2a00:1450:4001:82b::200e']) expect(isAllowedAddress(ip)).toBe(true);
    for (const ip of [
      '127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1',
      '255.255.255.255', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '2002:c0a8:0101::1', 'not-an-ip',
    ]) {
      expect(isAllowedAddress(ip), ip).toBe(false);
    }
    expect(isAllowedAddress('127.0.0.1', true)).toBe(true);
    expect(isAllowedAddress('::1', true)).toBe(true);
    expect(isAllowedAddress('::ffff:127.0.0.1', true)).toBe(true);
    expect(isAllowedAddress('10.1.2.3', true)).toBe(false);
    expect(isAllowedAddress('169.254.169.254', true)).toBe(false);
  });
});

describe('fetchUrl', () => {
  it('fetches a page, following a redirect chain (relative, absolute and tracking-tagged)', async () => {
    const page = await fetchUrl(`${server.origin}/r1`, open);
    expect(page.url).toBe(`${server.origin}/news/skystep?utm_source=telegram`);
    expect(page.contentType).toBe('text/html');
    expect(page.charset).toBe('utf-8');
    expect(page.body.toString('utf8')).toContain('SkyStep Air');
    const gz = await fetchUrl(`${server.origin}/news/skystep-gzip`, open);
    expect(gz.body.toString('utf8')).toContain('SkyStep Air');
  });

  it('by default refuses loopback by address and by name, and no request reaches the server', async () => {
    const before = [...server.hits.values()].reduce((a, b) => a + b, 0);
    expect((await failure(`${server.origin}/news/skystep`, {})).kind).toBe('blocked-address');
    expect((await failure(`http://localhost:${server.port}/news/skystep`, {})).kind).toBe('blocked-address');
    expect((await failure(`http://[::1]:${server.port}/news/skystep`, {})).kind).toBe('blocked-address');
    // A name that DNS resolves to 127.0.0.1 is refused after resolution.
    const byDns = await failure(`http://news.loop:${server.port}/news/skystep`, { lookup: testLookup });
    expect(byDns.kind).toBe('blocked-address');
    expect(byDns.message).toMatch(/private or local network address \(news\.loop\)/);
    expect([...server.hits.values()].reduce((a, b) => a + b, 0)).toBe(before);
    // The same name works once the test-only setting allows loopback: the refusal above was the address check.
    expect((await fetchUrl(`http://news.loop:${server.port}/news/skystep`, open)).status).toBe(200);
  });

  it('refuses a redirect to a private, link-local or unique-local address, or to a name that resolves to one', async () => {
    expect((await failure(`${server.origin}/to-private`)).message).toMatch(/private or local network address \(10\.20\.30\.40\)/);
    expect((await failure(`${server.origin}/to-metadata`)).kind).toBe('blocked-address');
    expect((await failure(`${server.origin}/to-ipv6-local`)).kind).toBe('blocked-address');
    expect((await failure(`${server.origin}/to-name`)).message).toMatch(/\(intranet\.test\)/);
    expect((await failure(`http://mixed.test/`)).kind).toBe('blocked-address'); // one private address is enough
    expect((await failure(`http://v6local.test/`)).kind).toBe('blocked-address');
    expect((await failure(`${server.origin}/to-ftp`)).kind).toBe('scheme');
  });

  it('refuses other schemes, credentials, endless redirects, error statuses and non-HTML content', async () => {
    expect((await failure('file:///etc/passwd')).message).toMatch(/only http:\/\/ and https:\/\/ links/);
    expect((await failure('javascript:alert(1)')).kind).toBe('scheme');
    expect((await failure('not a url')).kind).toBe('bad-url');
    expect((await failure(`http://user:pw@127.0.0.1:${server.port}/news/skystep`)).kind).toBe('bad-url');
    const loop = await failure(`${server.origin}/loop`);
    expect(loop.message).toBe('the link redirects more than 5 times');
    expect(server.hits.get('/loop')).toBe(6);
    const missing = await failure(`${server.origin}/missing`);
    expect(missing).toMatchObject({ kind: 'http-status', status: 404 });
    expect(missing.message).toBe('the site answered 404 Not Found for this link');
    expect((await failure(`${server.origin}/statement.pdf`)).message).toMatch(/not a web page but application\/pdf; download it and send me the file/);
    expect((await failure('http://nowhere.test/')).kind).toBe('dns');
  });

  it('gives up on a slow page at the deadline', async () => {
    const slow = await failure(`${server.origin}/slow`, { ...open, timeoutMs: 300 });
    expect(slow).toMatchObject({ kind: 'timeout', message: 'the site did not send the page within 300 ms' });
  });

  it('refuses a 50 MB body: at once when declared, and as soon as the limit passes when not', async () => {
    expect((await failure(`${server.origin}/huge-declared`)).message).toBe('the page is larger than 5 MB, which is more than an article needs');
    const streamed = await failure(`${server.origin}/huge-stream`, { ...open, maxBytes: 1024 * 1024 });
    expect(streamed.kind).toBe('too-large');
    // The client hung up early: the server got nowhere near its 50 MB.
    expect(await server.streamHungUp()).toBeLessThan(20 * 1024 * 1024);
  });
});

describe('fetchArticle', () => {
  it('extracts the article and names the file after the outlet and title, with the canonical URL in its front matter', async () => {
    const a = await fetchArticle(`${server.origin}/r1`, open);
    expect(a).toMatchObject({
      name: 'steppe-news-skystep-air-закажет-24-самолёта-boeing.md',
      url: 'https://steppe-news.test/economy/skystep-boeing',
      title: 'SkyStep Air закажет 24 самолёта Boeing',
      publisher: 'Steppe News',
      date: '2025-11-07',
    });
    const text = a.content.toString('utf8');
    expect(text.startsWith('---\ntitle: SkyStep Air закажет 24 самолёта Boeing\npublisher: Steppe News\ndate: 2025-11-07\nurl: https://steppe-news.test/economy/skystep-boeing\n---\n\n')).toBe(true);
    expect(text).not.toContain('999 самолётов');
    const second = await fetchArticle(`${server.origin}/news/skystep`, open, (n) => n === a.name);
    expect(second.name).toBe('steppe-news-skystep-air-закажет-24-самолёта-boeing-2.md');
  });

  it('a page without an article is refused with its reason', async () => {
    await expect(fetchArticle(`${server.origin}/login`, open)).rejects.toThrow(/no article text found/);
  });
});
