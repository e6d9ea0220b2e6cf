import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { evidenceFrom } from '../support/evidence.js';

// An article of our own that tells where its meeting took place only at its end, far below the retrieved paragraph.
const ARTICLE = `Reed offers copper investments

Trade minister Jonathan Reed offered President Omarov joint investments in copper mining in the republic.

Earlier this year a delegation of twenty companies came to Astana to discuss grain exports, the ministry said.

The ministry also said that the railway will receive new wagons next year.

The meeting took place in Oslo during the working visit of Omarov to Norway.
`;
const FILE = 'reed.txt';

function answerTo(question: string, lang: Lang): string {
  const end = ARTICLE.indexOf('Earlier this year');
  const outcome = evidenceFrom({ text: ARTICLE, file: FILE, title: 'Reed offers copper investments' }, [[0, end]], question, lang);
  return outcome.kind === 'answer' ? outcome.quotes.map((q) => q.facts.map((f) => f.text).join(' ')).join(' ') : '';
}

describe('where two people did something to each other', () => {
  it.each([
    ['In which city did Reed offer Omarov joint investments in copper?', 'en'],
    ['Melyik városban javasolta Reed Omarovnak a közös rézbefektetéseket?', 'hu'],
  ] as Array<[string, Lang]>)('is where they met, told anywhere in the article: %s', (question, lang) => {
    expect(answerTo(question, lang)).toMatch(/Oslo/);
  });
});
