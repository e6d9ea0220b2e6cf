import { describe, expect, it } from 'vitest';
import { composeExtractive, type Evidence } from '../../src/answer/extractive.js';
import type { Fact } from '../../src/answer/facts.js';

// One paragraph of our own: a deal's worth, then the years it runs over.
const TEXT = 'A partnership with Kestrel worth 2 billion dollars was signed. In the next five years, it will produce 3000 tractors. The expert praised the project.';
const chunk = { id: 'kestrel.txt#0', file: 'kestrel.txt', lang: 'en' as const, title: 'Kestrel', start: 0, end: TEXT.length, text: TEXT };

/** A passage of the paragraph from one sentence to another, stating one fact. */
function passage(from: string, to: string, fact: Fact): Evidence {
  const start = TEXT.indexOf(from);
  const text = TEXT.slice(start, TEXT.indexOf(to) + to.length);
  return { hit: { chunk, score: 1, coverage: 1 }, text, start, score: 1, own: 1, window: 1, facts: [{ ...fact, at: text.indexOf(fact.text), end: text.indexOf(fact.text) + fact.text.length }] };
}

describe('the passages of a question in two parts', () => {
  // "Over how many years, and for what value?": the years' passage runs on to the next sentence, the value's takes in
  // the years' sentence after its own.
  const years = passage('In the next', 'project.', { kind: 'count', text: 'five years', at: 0, end: 0 });
  const value = passage('A partnership', 'tractors.', { kind: 'money', text: '2 billion dollars', at: 0, end: 0 });

  it('quote the fact each part leads with, though their passages share a sentence', () => {
    const { citations } = composeExtractive([{ quotes: [years], asked: { kind: 'count' } }, { quotes: [value], asked: { kind: 'money' } }], 'en');
    expect(citations.some((c) => c.quote.includes('2 billion dollars'))).toBe(true);
    expect(citations.some((c) => c.quote.includes('five years'))).toBe(true);
  });

  it('quote the shared sentence once, where one passage holds both facts', () => {
    const { citations } = composeExtractive([{ quotes: [years], asked: { kind: 'count' } }, { quotes: [value], asked: { kind: 'money' } }], 'en');
    expect(citations.filter((c) => c.quote.includes('five years'))).toHaveLength(1);
  });
});
