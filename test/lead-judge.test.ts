import { describe, expect, it } from 'vitest';
import { leadStates } from '../src/eval/golden.js';

// The lead line is written in the asker's language, a golden fact in its article's: `npm run eval` compares what they say.
describe('whether a lead states a golden fact', () => {
  it.each([
    ['$4.2 billion', 'en', '4,2 млрд'],
    ['6 қараша', 'kk', '6 ноября'],
    ['november 6.', 'hu', '6 ноября'],
    ['5 év', 'hu', 'пять лет'],
    ['2024 жылғы шілде', 'kk', 'июле 2024'],
    ['Стивън Шварцман', 'bg', 'Шварцман'],
    ['Jeff Shockey', 'en', 'Шоки'],
  ] as const)('takes «%s» (%s) for «%s»', (lead, lang, fact) => {
    expect(leadStates(lead, lang, fact)).toBe(true);
  });

  it.each([
    ['$4.2 million', 'en', '4,2 млрд'],
    ['7 ноября', 'ru', '6 ноября'],
    ['2024 жылғы маусым', 'kk', 'июле 2024'],
    ['Марко Рубио', 'ru', 'Латник'],
  ] as const)('does not take «%s» (%s) for «%s»: another figure, scale, month or name', (lead, lang, fact) => {
    expect(leadStates(lead, lang, fact)).toBe(false);
  });
});
