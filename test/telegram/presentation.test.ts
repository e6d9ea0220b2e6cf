import { describe, expect, it } from 'vitest';
import type { AnswerResult, Citation } from '../../src/answer/types.js';
import { escapeHtml, htmlToPlain, splitHtml, truncate, TELEGRAM_TEXT_LIMIT } from '../../src/telegram/presentation/html.js';
import { layoutAnswer, renderPartial, renumberByFile, shortTitle } from '../../src/telegram/presentation/answer.js';
import { documentCardHtml } from '../../src/telegram/presentation/corpus.js';
import { LOCALES, sizeText, ui } from '../../src/telegram/presentation/i18n.js';
import type { FetchFailure } from '../../src/corpus/fetch-url.js';
import { balancedHtml } from '../support/html.js';

const cite = (n: number, extra: Partial<Citation> = {}): Citation => ({
  n,
  file: `00${n}_file.txt`,
  lang: 'ru',
  title: `Title ${n}`,
  date: '2025-09-22',
  publisher: 'Zakon.kz',
  quote: `quote ${n} <b>&</b>`,
  score: 1,
  ...extra,
});

const result = (answer: string, citations: Citation[], extra: Partial<AnswerResult> = {}): AnswerResult => ({
  question: 'q',
  language: 'en',
  answered: true,
  answer,
  citations,
  mode: 'extractive',
  timings: { retrieveMs: 1, generateMs: 1 },
  ...extra,
});


describe('escaping', () => {
  it('escapes the HTML specials and round-trips through htmlToPlain', () => {
    const raw = `<script>alert("x")</script> & <b>bold</b>`;
    const esc = escapeHtml(raw);
    expect(esc).not.toMatch(/[<>]/);
    expect(esc).toContain('&lt;script&gt;');
    expect(htmlToPlain(`<b>${esc}</b>`)).toBe(raw);
  });

  it('truncates without splitting a surrogate pair', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('layoutAnswer', () => {
  it('renders the lead, a note and only cited sources with expandable quotes, all escaped', () => {
    const { html } = layoutAnswer(result('Wabtec <will> deliver 300 locomotives [1].', [cite(1), cite(2)], { note: 'LLM <failed>', mode: 'llm' }));
    expect(html).toContain('Wabtec &lt;will&gt; deliver 300 locomotives [1].');
    expect(html).toContain('<i>LLM &lt;failed&gt;</i>');
    expect(html).toContain('<b>Sources</b>\n<b>[1]</b> Zakon.kz · 2025-09-22 · Title 1 · RU · 001_file.txt');
    expect(html).toContain('<blockquote expandable>quote 1 &lt;b&gt;&amp;&lt;/b&gt;</blockquote>');
    expect(html).not.toContain('002_file.txt'); // not cited in the text
    expect(balancedHtml(html)).toBe(true);
  });

  it('names the pages of a PDF source after its file, each page once', () => {
    const p2 = cite(1, { file: 'statement.pdf', page: 2, quote: 'On page two.' });
    const p1 = cite(2, { file: 'statement.pdf', page: 1, quote: 'On page one.' });
    const p2b = cite(3, { file: 'statement.pdf', page: 2, quote: 'Also on page two.' });
    const { html } = layoutAnswer(result('340 [1][2][3]', [p2, p1, p2b]));
    expect(html).toContain('<b>[1]</b> Zakon.kz · 2025-09-22 · Title 1 · RU · statement.pdf p. 1, 2\n');
    expect(layoutAnswer(result('300 [1]', [cite(1)])).html).not.toContain(' p. ');
  });

  it('shows each quote once and gives one number per file, renumbering the markers', () => {
    const a1 = cite(1, { file: 'a.txt', quote: 'First quote from A.' });
    const b2 = cite(2, { file: 'b.txt', quote: 'Quote from B.', publisher: 'Fakti.bg', lang: 'bg' });
    const a3 = cite(3, { file: 'a.txt', quote: 'Second quote from A.' });
    const answer = `300 [1][2][3]\n\n«First quote from A.» [1]\n«Quote from B.» [2]\n«Second quote from A.» [3]`;
    const { html, files } = layoutAnswer(result(answer, [a1, b2, a3]));
    expect(files).toEqual(['a.txt', 'b.txt']);
    expect(html.startsWith('300 [1][2]\n\n<b>Sources</b>')).toBe(true);
    for (const q of ['First quote from A.', 'Quote from B.', 'Second quote from A.']) expect(html.split(q)).toHaveLength(2);
    expect(html).toContain('<b>[1]</b> Zakon.kz · 2025-09-22 · Title 1 · RU · a.txt\n<blockquote expandable>First quote from A.\n\nSecond quote from A.</blockquote>');
    expect(html).toContain('<b>[2]</b> Fakti.bg · 2025-09-22 · Title 2 · BG · b.txt');
    expect(html).not.toContain('[3]');
  });

  it('labels in the answer’s language and completes missing outlet and date from the document list', () => {
    const c = cite(1, { date: undefined, publisher: undefined, lang: 'hu', file: 'hu.txt', title: 'Az Egyesült Államok további közép-ázsiai befektetési ügyleteket folytatott' });
    const plain = layoutAnswer(result('Alatau [1]', [c], { language: 'hu' })).html;
    expect(plain).toContain('<b>Források</b>');
    expect(plain).not.toMatch(/Sources|From the sources/);
    expect(plain).toContain('<b>[1]</b> Az Egyesült Államok további közép-ázsiai… · HU · hu.txt');
    const completed = layoutAnswer(result('Alatau [1]', [c], { language: 'hu' }), () => ({ file: 'hu.txt', lang: 'hu', title: 't', date: '2025-11-07', publisher: 'Index.hu', chunks: 1, chars: 1 })).html;
    expect(completed).toContain('<b>[1]</b> Index.hu · 2025-11-07 · Az Egyesült');
  });

  it('a refusal has no sources; closest passages are listed without numbers', () => {
    expect(layoutAnswer(result('Not covered.', [], { answered: false })).html).toBe('Not covered.');
    const related = [{ file: 'a.txt', lang: 'ru' as const, title: 'Title', quote: 'A nearby passage.' }];
    const html = layoutAnswer(result('В источниках нет ответа.', [], { answered: false, language: 'ru', related })).html;
    expect(html).toContain('<b>Ближайшие фрагменты</b>\n• Title · RU · a.txt\n<blockquote expandable>A nearby passage.</blockquote>');
    expect(html).not.toMatch(/\[\d\]/);
  });

  it('numbers streamed markers exactly as the final layout does', () => {
    const files = ['x.txt', 'y.txt', 'x.txt'];
    expect(renderPartial('Figures [3] and more [2][1] and [9', files)).toBe('Figures [1] and more [1][2] and');
    expect(renderPartial('Partial text\nQUO', files)).toBe('Partial text');
    expect(renderPartial('   ', files)).toBe('…');
    // the final answer: the LLM renumbered by first use ([3]→[1], [2]→[2], [1]→[3]); the layout maps to files
    const final = layoutAnswer(result('Figures [1] and more [2][3]', [cite(1, { file: 'x.txt' }), cite(2, { file: 'y.txt' }), cite(3, { file: 'x.txt' })], { mode: 'llm' }));
    expect(final.html.startsWith('Figures [1] and more [1][2]')).toBe(true);
    expect(renumberByFile('a [5] b', () => undefined).text).toBe('a b');
  });

  it('cuts titles at a word', () => {
    expect(shortTitle('Казахстан подписал соглашение с мировым поставщиком оборудования на 4,2 млрд долларов')).toBe('Казахстан подписал соглашение с мировым…');
    expect(shortTitle('Short')).toBe('Short');
  });
});

describe('splitHtml', () => {
  it('returns short HTML unchanged', () => {
    expect(splitHtml('<b>hi</b>')).toEqual(['<b>hi</b>']);
  });

  it('splits at paragraph boundaries under the limit', () => {
    const para = (i: number) => `Paragraph ${i} ` + 'word '.repeat(150).trim();
    const html = Array.from({ length: 12 }, (_, i) => para(i)).join('\n\n');
    const pieces = splitHtml(html, 2000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2000);
      expect(p.startsWith('Paragraph')).toBe(true); // each piece starts at a paragraph
    }
    expect(pieces.join('\n\n')).toBe(html);
  });

  it('never cuts inside a tag or an entity, and re-opens tags across pieces', () => {
    const quote = `<blockquote expandable>${'&lt;tag&gt; &amp; text '.repeat(400)}</blockquote>`;
    const html = `<b>Head</b>\n${quote}\n\n<i>${'tail '.repeat(300)}</i>`;
    const pieces = splitHtml(html, 1000);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(1000);
      expect(balancedHtml(p)).toBe(true);
      expect(p).not.toMatch(/&[a-z#0-9]*$/i); // no dangling entity start
      expect(p).not.toMatch(/<[^>]*$/); // no dangling tag
    }
    // Same visible text, modulo whitespace at the cuts.
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(norm(pieces.map(htmlToPlain).join(' '))).toBe(norm(htmlToPlain(html)));
  });

  it('hard-cuts a very long word rather than exceeding the limit', () => {
    const pieces = splitHtml('x'.repeat(10_000));
    expect(pieces.map((p) => p.length)).toEqual([4096, 4096, 1808]);
  });

  it('keeps a real long answer under Telegram limits', () => {
    const citations = Array.from({ length: 8 }, (_, i) => cite(i + 1, { quote: 'Длинная цитата с <тегами> & амперсандами. '.repeat(40) }));
    const answer = citations.map((c) => `Fact number ${c.n} [${c.n}].`).join('\n\n');
    const pieces = splitHtml(layoutAnswer(result(answer, citations)).html);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(balancedHtml(p)).toBe(true);
    }
  });
});

describe('documents and links in every language', () => {
  it('/source shows a web page’s address', () => {
    const info = { file: 'page.md', lang: 'ru' as const, title: 'T', chunks: 1, chars: 10, url: 'https://news.test/a?b=1&c=2' };
    for (const l of LOCALES) expect(documentCardHtml(l, info, '')).toContain(`${ui(l).fieldAddress}: https://news.test/a?b=1&amp;c=2`);
  });

  it('every refusal of a link is a whole sentence in the reader’s language, with its detail', () => {
    const kinds: Array<[FetchFailure, string | undefined]> = [
      ['bad-url', undefined], ['bad-url', 'credentials'], ['scheme', 'ftp:'], ['blocked-address', '10.0.0.1'], ['dns', 'x.test'], ['network', 'ECONNRESET'],
      ['network', 'compression'], ['timeout', '15000'], ['timeout', undefined], ['too-many-redirects', '5'], ['http-status', '404 Not Found'], ['content-type', 'application/pdf'], ['too-large', '5'],
    ];
    for (const l of LOCALES) {
      const s = ui(l);
      const seen = new Set<string>();
      for (const [kind, detail] of kinds) {
        const text = s.fetchFailed(kind, detail);
        if (detail && detail !== 'credentials' && detail !== 'compression') expect(text, `${l} ${kind}`).toContain(kind === 'timeout' ? '15' : detail);
        seen.add(text);
      }
      expect(seen.size, l).toBe(kinds.length);
      expect(s.linkRejected('x')).toMatch(/: x\.$/);
    }
    expect(ui('ru').fetchFailed('timeout', '15000')).toBe('сайт не прислал страницу за 15 с');
    expect(ui('en').fetchFailed('timeout', '200')).toBe('the site did not send the page within 200 ms');
    expect(sizeText('ru', 10 * 1024 * 1024)).toBe('10 МБ');
    expect(sizeText('en', 1024 * 1024)).toBe('1024 KB');
  });
});
