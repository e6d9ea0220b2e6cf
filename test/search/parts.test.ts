import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { useEngineOver } from '../support/workspace.js';

// Two articles of our own: one names the company and what it finances, the other only that companies are financed.
const NORTEC = `Nortec in Astana

The head of Nortec visited Astana on Monday. Nortec will finance fast-growing technology start-ups in Kazakhstan.
`;
const FUND = `State fund

Many companies are financed by the state fund, the ministry said. The fund finances companies of every size.
`;

describe('the sentences of a question', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'fund.txt': FUND });

  it.each([
    ['A Nortec vezetőjét a vagyonkezelésről kérdezték. Milyen cégeket finanszíroznának?', 'hu'],
    ['Ръководителят на Nortec говори за управление на активи. Какви компании ще финансира?', 'bg'],
  ] as Array<[string, Lang]>)('reads a sentence that names no one as about the name before it (its verb\'s subject): %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations[0]?.file).toBe('nortec.txt');
  });
});
