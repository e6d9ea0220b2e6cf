/**
 * PDF, Word and HTML documents, on the committed fixtures in test/fixtures/documents (made by make.mjs
 * there): each becomes the same document, metadata from the format first; the bad variants each get
 * their reason; seeds/ skips them with one warning each; a PDF citation names its page.
 */
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/answer/engine.js';
import { chunkDocument, pageAt } from '../src/corpus/chunk.js';
import { canonicalUrl, urlKey } from '../src/corpus/document.js';
import { slug } from '../src/corpus/link.js';
import { loadCorpus, readDocument, parseDocument } from '../src/corpus/load.js';
import { makeWorkspace } from './support/workspace.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/documents');
const fixture = (name: string) => readFile(path.join(FIXTURES, name));
const read = async (name: string) => readDocument(name, await fixture(name));
const reason = async (name: string, bytes?: Uint8Array) => {
  try {
    await readDocument(name, bytes ?? (await fixture(name)));
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was read without complaint`);
};

describe('formats', () => {
  it('a PDF with Cyrillic text: its info dictionary gives title, date and author; pages keep their offsets', async () => {
    const doc = await read('statement-ru.pdf');
    expect(doc.lang).toBe('ru');
    expect(doc.title).toBe('Совместное заявление о критических минералах');
    expect(doc.date).toBe('2025-11-06');
    expect(doc.publisher).toBe('Пресс-служба Акорды');
    expect(doc.pages).toHaveLength(2);
    const [first, second] = [doc.text.slice(0, doc.pages![1]), doc.text.slice(doc.pages![1]!)];
    expect(first).toContain('подписали меморандум о взаимопонимании');
    expect(second).toContain('Steppe Minerals Fund объёмом 340 миллионов долларов');
    // Lines are joined back into sentences, paragraphs stay apart.
    expect(doc.text).toContain('Соединённых Штатов Америки о сотрудничестве');
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(5);
  });

  it('a PDF chunk knows its page, and a quote on the second page maps to page 2', async () => {
    const doc = await read('statement-ru.pdf');
    const chunks = chunkDocument(doc, { size: 300, overlap: 60 });
    expect(chunks[0]!.page).toBe(1);
    expect(chunks.at(-1)!.page).toBe(2);
    const at = doc.text.indexOf('Steppe Minerals Fund');
    const chunk = chunks.find((c) => c.start <= at && at < c.end)!;
    expect(pageAt(chunk, at)).toBe(2);
    for (const c of chunks) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
  });

  it('a DOCX: paragraphs from mammoth, title/date/company from its properties', async () => {
    const doc = await read('memo-en.docx');
    expect(doc.lang).toBe('en');
    expect(doc.title).toBe('Briefing note: Kazakhstan–US aviation cooperation');
    expect(doc.date).toBe('2025-12-01');
    expect(doc.publisher).toBe('Ministry of Transport');
    expect(doc.text).toContain('order 24 Boeing 737 MAX aircraft worth 3.1 billion dollars');
    expect(doc.pages).toBeUndefined();
  });

  it('a saved news page: only the article; og:site_name, article:published_time, <title> and the canonical link', async () => {
    const doc = await read('article.html');
    expect(doc.lang).toBe('ru');
    expect(doc.title).toBe('SkyStep Air закажет 24 самолёта Boeing');
    expect(doc.publisher).toBe('Steppe News');
    expect(doc.date).toBe('2025-11-07');
    expect(doc.url).toBe('https://steppe-news.test/economy/skystep-boeing');
    expect(doc.text.startsWith('SkyStep Air закажет 24 самолёта Boeing\n\n')).toBe(true);
    expect(doc.text).toContain('закажет 24 самолёта Boeing 737 MAX');
    expect(doc.text).toContain('Boeing обучит 150 пилотов');
    // Navigation, ads, related links, comments and the footer are gone.
    for (const noise of ['Погода в Астане', 'Кредит наличными', 'Читайте также', 'Экспорт пшеницы', '999 самолётов', 'Ваш комментарий', 'Все права защищены', 'Поделиться']) {
      expect(doc.text).not.toContain(noise);
    }
  });

  it('JSON-LD gives the date and publisher when the meta tags do not', async () => {
    const html = (await fixture('article.html'))
      .toString('utf8')
      .replace(/<meta property="(og:site_name|article:published_time)"[^>]*>/g, '')
      .replace('"datePublished": "2025-11-07', '"datePublished": "2025-11-08');
    const doc = await readDocument('page.htm', Buffer.from(html));
    expect(doc.date).toBe('2025-11-08');
    expect(doc.publisher).toBe('Steppe News');
  });

  it('a page in windows-1251 is decoded by its <meta charset>', async () => {
    const html = (await fixture('article.html')).toString('utf8').replace('<meta charset="utf-8">', '<meta charset="windows-1251">');
    // Encoded to cp1251 by hand: the Cyrillic block maps by offset; the few other characters become '?'.
    const cp1251 = Buffer.from([...html].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x350;
      if (code === 0x401) return 0xa8;
      if (code === 0x451) return 0xb8;
      return 0x3f;
    }));
    const doc = await readDocument('cp1251.html', cp1251);
    expect(doc.text).toContain('закажет 24 самолёта Boeing 737 MAX');
  });

  it('front matter in a .md gives title, date, publisher and url; the body is the text', () => {
    const md = '---\ntitle: Заголовок статьи про соглашение\npublisher: Zakon.kz\ndate: 2025-09-22\nurl: https://www.zakon.kz/a.html\n---\n\nКазахстан и США подписали соглашение о поставке локомотивов.\n';
    const doc = parseDocument('a.md', Buffer.from(md));
    expect(doc).toMatchObject({ title: 'Заголовок статьи про соглашение', publisher: 'Zakon.kz', date: '2025-09-22', url: 'https://www.zakon.kz/a.html' });
    expect(doc.text.trim()).toBe('Казахстан и США подписали соглашение о поставке локомотивов.');
  });

  it('bad inputs each get one reason', async () => {
    expect(await reason('scanned.pdf')).toMatch(/no text layer \(a scanned image\?\)/);
    expect(await reason('encrypted.pdf')).toMatch(/password-protected/);
    expect(await reason('corrupt.docx')).toMatch(/not a readable Word document/);
    expect(await reason('no-article.html')).toMatch(/no article text found/);
    expect(await reason('garbage.pdf', Buffer.from('%PDF-1.7\n this is not really a pdf'))).toMatch(/not a readable PDF/);
    expect(await reason('zip.docx', await fixture('memo-en.docx').then((b) => b.subarray(0, 30)))).toMatch(/not a readable Word document/);
    expect(await reason('big.pdf', Buffer.alloc(11 * 1024 * 1024))).toMatch(/too large \(11\.0 MB, the limit is 10 MB\)/);
  });
});

describe('seeds folder', () => {
  it('loads PDF, DOCX and HTML next to the text seeds, and skips each bad file with one warning', async () => {
    const ws = await makeWorkspace();
    try {
      for (const f of await readdir(FIXTURES)) if (!f.endsWith('.mjs')) await copyFile(path.join(FIXTURES, f), path.join(ws.config.SEEDS_DIR, f));
      const warnings: string[] = [];
      const docs = await loadCorpus(ws.config.SEEDS_DIR, (w) => warnings.push(w));
      expect(docs.map((d) => d.file)).toEqual(expect.arrayContaining(['statement-ru.pdf', 'memo-en.docx', 'article.html']));
      expect(docs).toHaveLength(8);
      expect(warnings).toHaveLength(4);
      for (const bad of ['scanned.pdf', 'encrypted.pdf', 'corrupt.docx', 'no-article.html']) {
        expect(warnings.filter((w) => w.startsWith(`skipping ${bad}: `))).toHaveLength(1);
      }
    } finally {
      await ws.cleanup();
    }
  });

  it('`ingest` indexes them, and an answer from the PDF cites its file, page and language', async () => {
    const ws = await makeWorkspace();
    try {
      for (const f of ['statement-ru.pdf', 'memo-en.docx', 'article.html']) await copyFile(path.join(FIXTURES, f), path.join(ws.config.SEEDS_DIR, f));
      const engine = await createEngine(ws.config);
      expect(engine.documents()).toHaveLength(8);
      const pdf = await engine.ask('Какой объём фонда Steppe Minerals Fund?');
      expect(pdf.answer).toContain('340');
      const cited = pdf.citations.find((c) => c.file === 'statement-ru.pdf');
      expect(cited).toMatchObject({ page: 2, lang: 'ru' });
      const docx = await engine.ask('How many Boeing 737 MAX aircraft will SkyStep Air order?');
      expect(docx.answer).toContain('24');
      expect(docx.citations.map((c) => c.file)).toEqual(expect.arrayContaining([expect.stringMatching(/memo-en\.docx|article\.html/)]));
      expect(docx.citations.every((c) => c.page === undefined)).toBe(true);
      // A restart reads the saved index: the page survives the docstore round trip.
      const again = await createEngine(ws.config);
      expect((await again.ask('Какой объём фонда Steppe Minerals Fund?')).citations.find((c) => c.file === 'statement-ru.pdf')?.page).toBe(2);
    } finally {
      await ws.cleanup();
    }
  });

  it('addDocument accepts the new formats, refuses a bad one without writing, and knows a page by its canonical URL', async () => {
    const ws = await makeWorkspace();
    try {
      const engine = await createEngine(ws.config);
      const before = await readdir(ws.config.SEEDS_DIR);
      await expect(engine.addDocument('scan.pdf', await fixture('scanned.pdf'))).rejects.toThrow(/scan\.pdf was not added: the PDF has no text layer/);
      await expect(engine.addDocument('memo.docx', await fixture('corrupt.docx'))).rejects.toThrow(/not a readable Word document/);
      expect(await readdir(ws.config.SEEDS_DIR)).toEqual(before);
      const info = await engine.addDocument('page.html', await fixture('article.html'));
      expect(info).toMatchObject({ file: 'page.html', lang: 'ru', publisher: 'Steppe News', url: 'https://steppe-news.test/economy/skystep-boeing' });
      expect(info.chunks).toBeGreaterThan(0);
      const saved = '---\ntitle: SkyStep\nurl: https://www.steppe-news.test/economy/skystep-boeing/?utm_source=x\n---\n\nSkyStep Air закажет 24 самолёта Boeing 737 MAX.\n';
      await expect(engine.addDocument('other-name.md', Buffer.from(saved))).rejects.toThrow(/already in the corpus as page\.html/);
      expect((await readdir(ws.config.SEEDS_DIR)).sort()).toEqual([...before, 'page.html'].sort());
    } finally {
      await ws.cleanup();
    }
  });
});

describe('addresses and names', () => {
  it('canonical URLs drop fragments and tracking parameters; one key covers www., http(s) and a trailing slash', () => {
    expect(canonicalUrl('https://Zakon.KZ/a/b.html?utm_source=tg&id=5#top')).toBe('https://zakon.kz/a/b.html?id=5');
    expect(canonicalUrl('ftp://zakon.kz/a')).toBeUndefined();
    expect(urlKey('http://www.zakon.kz/a/')).toBe(urlKey('https://zakon.kz/a?fbclid=1'));
    expect(urlKey('https://zakon.kz/a')).not.toBe(urlKey('https://zakon.kz/b'));
  });

  it('slugs keep letters of any script and stop at a word', () => {
    expect(slug('SkyStep Air закажет 24 самолёта Boeing', 30)).toBe('skystep-air-закажет-24');
    expect(slug('Zakon.kz', 30)).toBe('zakon-kz');
  });
});
