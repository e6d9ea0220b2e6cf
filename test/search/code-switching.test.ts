import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { retrieverOver } from '../support/lexical-retriever.js';

// Texts of our own in two languages, on trade and on Central Asia.
const retriever = retrieverOver([
  ['The trade minister met the vice president of Nortec. Central Asia needs the United States.', 'en'],
  ['A kereskedelmi miniszter Közép-Ázsiáról beszélt.', 'hu'],
]);

describe('an English word in another language\'s question', () => {
  it.each([
    ['Ki volt jelen a Commerce Secretary mellett?', 'hu', 'commerce', 'c:trade'],
    ['Melyik politológus mondta, hogy Central Asia jobban kell az USA-nak?', 'hu', 'asia', 'c:asia'],
  ] as Array<[string, Lang, string, string]>)('means what it means in English: %s', (question, lang, word, concept) => {
    const token = retriever.analyse(question, lang).find((t) => t.word.toLowerCase() === word);
    expect(token?.keys).toContain(concept);
    expect(token?.status).toBe('seen');
  });
});
