import { describe, expect, it } from 'vitest';
import { formatForTerminal } from '../src/cli/format.js';
import type { AnswerResult } from '../src/answer/types.js';

// The terminal's labels are in the asker's language, as every other word of the answer is.
describe('an answer for the terminal', () => {
  const answer = (language: AnswerResult['language']): AnswerResult => ({
    question: 'q',
    language,
    answered: true,
    answer: '300 [1]\n\n«…300 локомотивов…» [1]',
    citations: [{ n: 1, file: 'a.txt', lang: 'ru', title: 'T', quote: '…300 локомотивов…', score: 1 }],
    mode: 'extractive',
    timings: { retrieveMs: 0, generateMs: 0 },
  });

  it.each([
    ['en', 'Sources:'],
    ['ru', 'Источники:'],
    ['bg', 'Източници:'],
    ['hu', 'Források:'],
    ['kk', 'Дереккөздер:'],
  ] as const)('labels its sources in %s', (language, label) => {
    expect(formatForTerminal(answer(language))).toContain(`\n${label}\n`);
  });
});
