import { describe, expect, it } from 'vitest';
import type { AnswerResult, Citation } from '../../src/answer/types.js';
import { citedMarkers, escapeHtml, formatAnswer, htmlToPlain, splitHtml, truncate, TELEGRAM_TEXT_LIMIT } from '../../src/telegram/format.js';
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

describe('formatAnswer', () => {
  it('renders the answer, a note and only cited sources with expandable quotes, all escaped', () => {
    const html = formatAnswer(
      result('Wabtec <will> deliver 300 locomotives [1].', [cite(1), cite(2)], { note: 'LLM <failed>' }),
      { sources: 'Sources:' },
    );
    expect(html).toContain('Wabtec &lt;will&gt; deliver 300 locomotives [1].');
    expect(html).toContain('<i>LLM &lt;failed&gt;</i>');
    expect(html).toContain('<b>[1]</b> 001_file.txt · RU · Zakon.kz · 2025-09-22');
    expect(html).toContain('<blockquote expandable>quote 1 &lt;b&gt;&amp;&lt;/b&gt;</blockquote>');
    expect(html).not.toContain('002_file.txt'); // not cited in the text
    expect(balancedHtml(html)).toBe(true);
  });

  it('omits missing metadata and has no footer for a refusal', () => {
    const html = formatAnswer(result('Not covered.', [], { answered: false }), { sources: 'Sources:' });
    expect(html).toBe('Not covered.');
    const noMeta = formatAnswer(result('x [1]', [cite(1, { date: undefined, publisher: undefined })]), { sources: 'S' });
    expect(noMeta).toContain('<b>[1]</b> 001_file.txt · RU\n');
  });

  it('finds markers, including grouped ones', () => {
    expect([...citedMarkers('a [1] b [2, 3] c [4][5]')].sort()).toEqual([1, 2, 3, 4, 5]);
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
    const pieces = splitHtml(formatAnswer(result(answer, citations), { sources: 'Sources:' }));
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(balancedHtml(p)).toBe(true);
    }
  });
});
