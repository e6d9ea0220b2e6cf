/**
 * A local web server on 127.0.0.1 for link tests: the news-page fixture (plain and gzip), a redirect
 * chain, a redirect loop, redirects to private addresses, a slow page, an oversized body (declared
 * and undeclared), a 404 and a PDF. It counts requests per path and reports how many bytes each
 * oversized stream managed to send before the client hung up.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { flood } from './streams.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/documents');

export interface PageServer {
  origin: string;
  port: number;
  /** Requests received, by path. */
  hits: Map<string, number>;
  /** Resolves, once the client of the last /huge-stream hangs up, with the bytes written until then. */
  streamHungUp: () => Promise<number>;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const article = readFileSync(path.join(FIXTURES, 'article.html'));
  const noArticle = readFileSync(path.join(FIXTURES, 'no-article.html'));
  const pdf = readFileSync(path.join(FIXTURES, 'statement-ru.pdf'));
  const hits = new Map<string, number>();
  let hungUp: Promise<number> = Promise.resolve(0);
  const timers = new Set<NodeJS.Timeout>();
  const html = { 'content-type': 'text/html; charset=utf-8' };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const redirect = (to: string, status = 302) => res.writeHead(status, { location: to }).end();
    switch (url.pathname) {
      case '/news/skystep':
        return res.writeHead(200, html).end(article);
      case '/news/skystep-gzip':
        return res.writeHead(200, { ...html, 'content-encoding': 'gzip' }).end(gzipSync(article));
      case '/login':
        return res.writeHead(200, html).end(noArticle);
      case '/r1':
        return redirect('/r2', 301);
      case '/r2':
        return redirect(`http://127.0.0.1:${port}/r3`, 307);
      case '/r3':
        return redirect('/news/skystep?utm_source=telegram', 302);
      case '/loop':
        return redirect('/loop');
      case '/to-private':
        return redirect('http://10.20.30.40/admin');
      case '/to-metadata':
        return redirect('http://169.254.169.254/latest/meta-data/');
      case '/to-ipv6-local':
        return redirect('http://[fd00::1]/');
      case '/to-name':
        return redirect(`http://intranet.test:${port}/news/skystep`);
      case '/to-ftp':
        return redirect('ftp://example.test/file');
      case '/slow': {
        // Headers at once, then nothing: only the client's deadline ends this.
        res.writeHead(200, html);
        res.write('<!DOCTYPE html><html><head><title>slow</title></head><body>');
        const t = setTimeout(() => res.end('</body></html>'), 60_000);
        timers.add(t);
        res.on('close', () => clearTimeout(t));
        return;
      }
      case '/huge-declared':
        // Says 50 MB up front; a careful client hangs up without reading.
        res.writeHead(200, { ...html, 'content-length': String(50 * 1024 * 1024) });
        res.write('<html>');
        return;
      case '/huge-stream': {
        // No length given: 64 KB pieces for as long as the client reads (at most 50 MB).
        res.writeHead(200, html);
        const flow = flood(res, 50 * 1024 * 1024);
        hungUp = new Promise((resolve) => res.on('close', () => resolve(flow.sent())));
        return;
      }
      case '/statement.pdf':
        return res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
      default:
        return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    streamHungUp: () => hungUp,
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
