/**
 * An admin adds a PDF, a Word file, a saved web page and a link in a private chat, end to end: the
 * telegram-test-api emulator, the real engine, and a real web server on 127.0.0.1 for the links.
 * One bot has the test-only FETCH_ALLOW_LOOPBACK; a second one keeps the default and must never
 * reach the local server. Every bad input gets one sentence, and nothing is written to seeds/.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredBotUpdate } from 'telegram-test-api/lib/telegramServer.js';
import { setupTelegramTest, type TelegramTestEnv } from '../support/telegram-bot.js';
import { startPageServer, type PageServer } from '../support/page-server.js';

const MAIN = '100021:documents-token';
const STRICT = '100022:strict-token';
const ADMIN = 7;
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/documents');
const textOf = (m: StoredBotUpdate | undefined) => String(m?.message.text ?? '');

let t: TelegramTestEnv;
let web: PageServer;
let seeds: string;

beforeAll(async () => {
  t = await setupTelegramTest();
  web = await startPageServer();
  seeds = t.baseEnv.SEEDS_DIR!;
  await t.startBot(MAIN, { ADMIN_USER_IDS: String(ADMIN), RATE_LIMIT_PER_MINUTE: '100', FETCH_ALLOW_LOOPBACK: 'true' });
  await t.startBot(STRICT, { ADMIN_USER_IDS: String(ADMIN), RATE_LIMIT_PER_MINUTE: '100' });
});

afterAll(async () => {
  await web?.close();
  await t?.close();
});

const send = async (userId: number, text: string, token = MAIN): Promise<string> => textOf(await t.askPrivately(token, userId, text, 20_000));

async function upload(name: string, content?: Buffer, userId = ADMIN): Promise<string> {
  const bytes = content ?? (await readFile(path.join(FIXTURES, name)));
  const fileId = `F_${name.replace(/\W/g, '_')}_${Math.random().toString(36).slice(2, 8)}`;
  t.emu.addFile(fileId, bytes);
  const client = t.emu.client(MAIN, { userId });
  const before = t.emu.botMessages(MAIN, userId).length;
  await client.sendMessage(
    client.makeMessage(undefined as unknown as string, {
      document: { file_id: fileId, file_unique_id: `u${fileId}`, file_name: name, file_size: bytes.length },
    } as never),
  );
  return textOf(await t.emu.waitFor(() => t.emu.botMessages(MAIN, userId)[before], 20_000, `reply to upload ${name}`));
}

describe('links', () => {
  it('a message that is only a URL adds the article: title, outlet, date, language and chunks; then it is answerable', async () => {
    const reply = await send(ADMIN, `${web.origin}/r1`);
    expect(reply).toMatch(
      /^Added the article <code>steppe-news-skystep-air-закажет-24-самолёта-boeing\.md<\/code>: “SkyStep Air закажет 24 самолёта Boeing” · Steppe News · 2025-11-07 · language RU \(Russian\) · \d+ chunks\./,
    );
    const saved = await readFile(path.join(seeds, 'steppe-news-skystep-air-закажет-24-самолёта-boeing.md'), 'utf8');
    expect(saved).toContain('url: https://steppe-news.test/economy/skystep-boeing');
    expect(await send(ADMIN, '/source steppe-news-skystep-air-закажет-24-самолёта-boeing.md')).toContain('Address: https://steppe-news.test/economy/skystep-boeing');
    const answer = await send(ADMIN, 'Сколько самолётов Boeing закажет SkyStep Air?');
    expect(answer).toContain('24');
    // The source line: outlet · date · short title · language · file.
    expect(answer).toMatch(/Steppe News · 2025-11-07 · [^\n]* · RU · steppe-news-skystep-air-закажет-24-самолёта-boeing\.md/);
  });

  it('the same page again, by another address, is recognised and not added twice', async () => {
    const files = (await readdir(seeds)).length;
    expect(await send(ADMIN, `/add ${web.origin}/news/skystep-gzip?utm_source=x`)).toMatch(/^Link not added: this page is already in the corpus as steppe-news-skystep-air-закажет-24-самолёта-boeing\.md\.$/);
    expect((await readdir(seeds)).length).toBe(files);
  });

  it('a 404, a redirect loop, a 50 MB body, a PDF link and a page without an article each get one sentence', async () => {
    const before = (await readdir(seeds)).sort();
    expect(await send(ADMIN, `${web.origin}/missing`)).toBe('Link not added: the site answered 404 Not Found for this link.');
    expect(await send(ADMIN, `${web.origin}/loop`)).toBe('Link not added: the link redirects more than 5 times.');
    expect(await send(ADMIN, `${web.origin}/huge-declared`)).toBe('Link not added: the page is larger than 5 MB, which is more than an article needs.');
    expect(await send(ADMIN, `${web.origin}/statement.pdf`)).toMatch(/^Link not added: the link is not a web page but application\/pdf; download it and send me the file instead\.$/);
    expect(await send(ADMIN, `${web.origin}/login`)).toMatch(/^Link not added: no article text found on the page/);
    expect(await send(ADMIN, `${web.origin}/to-metadata`)).toBe('Link not added: the link points to a private or local network address (169.254.169.254), which I do not fetch.');
    expect(await send(ADMIN, 'ftp://example.test/file.html')).toBe('Link not added: only http:// and https:// links can be fetched, not ftp:.');
    expect((await readdir(seeds)).sort()).toEqual(before);
  });

  it('without the test-only setting, a link to 127.0.0.1 is refused and the server sees no request', async () => {
    const hits = [...web.hits.values()].reduce((a, b) => a + b, 0);
    expect(await send(ADMIN, `${web.origin}/news/skystep`, STRICT)).toBe('Link not added: the link points to a private or local network address (127.0.0.1), which I do not fetch.');
    expect(await send(ADMIN, `/add http://localhost:${web.port}/r1`, STRICT)).toMatch(/^Link not added: the link points to a private or local network address \(localhost\)/);
    expect([...web.hits.values()].reduce((a, b) => a + b, 0)).toBe(hits);
  });

  it('a Russian-speaking admin gets the whole sentence in Russian', async () => {
    const client = t.emu.client(MAIN, { userId: ADMIN });
    const before = t.emu.botMessages(MAIN, ADMIN).length;
    await client.sendMessage(client.makeMessage(`${web.origin}/missing`, { from: { id: ADMIN, first_name: 'Админ', language_code: 'ru' } } as never));
    const reply = textOf(await t.emu.waitFor(() => t.emu.botMessages(MAIN, ADMIN)[before], 20_000, 'a reply in Russian'));
    expect(reply).toBe('Ссылка не добавлена: сайт ответил на эту ссылку кодом 404 Not Found.');
  });

  it('/add alone explains itself; a non-admin sending a link is told only admins add documents', async () => {
    expect(await send(ADMIN, '/add')).toMatch(/Send a link to an article: <code>\/add https:\/\/…<\/code>/);
    expect(await send(8, `${web.origin}/news/skystep`)).toMatch(/Only the bot’s admins can add documents/);
  });
});

describe('files', () => {
  it('a PDF is added, and the answer cites the file, its page and its language', async () => {
    expect(await upload('statement-ru.pdf')).toMatch(/Added <code>statement-ru\.pdf<\/code>: language RU \(Russian\), \d+ chunks, “Совместное заявление о критических минералах”/);
    const answer = await send(ADMIN, 'Какой объём фонда Steppe Minerals Fund?');
    expect(answer).toContain('340');
    expect(answer).toMatch(/Пресс-служба Акорды · 2025-11-06 · [^\n]* · RU · statement-ru\.pdf p\. 2\b/);
  });

  it('a DOCX and a saved HTML page are added and answerable', async () => {
    expect(await upload('memo-en.docx')).toMatch(/Added <code>memo-en\.docx<\/code>: language EN \(English\)/);
    expect(await send(ADMIN, 'How many pilots and engineers will be trained at US flight schools?')).toMatch(/150[\s\S]*(memo-en\.docx|steppe-news-)/);
    // The same page under another address (a reprint) is a new document.
    const reprint = (await readFile(path.join(FIXTURES, 'article.html'), 'utf8')).replaceAll('steppe-news.test/economy/skystep-boeing', 'reprints.test/skystep');
    expect(await upload('reprint.htm', Buffer.from(reprint))).toMatch(/Added <code>reprint\.htm<\/code>: language RU \(Russian\), \d+ chunks, “SkyStep Air закажет 24 самолёта Boeing”/);
  });

  it('a saved copy of a page already added from its link is recognised by its canonical address', async () => {
    expect(await upload('article.html')).toBe('Document not added: this page is already in the corpus as steppe-news-skystep-air-закажет-24-самолёта-boeing.md');
  });

  it('a scan, an encrypted PDF, a damaged DOCX and a page without an article each get one sentence; nothing is written', async () => {
    const before = (await readdir(seeds)).sort();
    expect(await upload('scanned.pdf')).toMatch(/^Document not added: scanned\.pdf was not added: the PDF has no text layer \(a scanned image\?\); run it through OCR/);
    expect(await upload('encrypted.pdf')).toMatch(/^Document not added: encrypted\.pdf was not added: the PDF is password-protected/);
    expect(await upload('corrupt.docx')).toMatch(/^Document not added: corrupt\.docx was not added: not a readable Word document/);
    expect(await upload('no-article.html')).toMatch(/^Document not added: no-article\.html was not added: no article text found on the page/);
    expect(await upload('old.doc', Buffer.from('not really'))).toMatch(/only accept \.pdf, \.docx, \.html\/\.htm files/);
    expect((await readdir(seeds)).sort()).toEqual(before);
  });
});
