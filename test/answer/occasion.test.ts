import { describe, expect, it } from 'vitest';
import { askedFor } from '../../src/answer/engine.js';
import { selectEvidence } from '../../src/answer/extractive.js';
import type { Lang } from '../../src/language/lang.js';
import { retrieverOver } from '../support/lexical-retriever.js';

// An article of our own that tells where its meeting took place only at its end, far below the retrieved paragraph.
const ARTICLE = `Reed offers copper investments

Trade minister Jonathan Reed offered President Omarov joint investments in copper mining in the republic.

Earlier this year a delegation of twenty companies came to Astana to discuss grain exports, the ministry said.

The ministry also said that the railway will receive new wagons next year.

The meeting took place in Oslo during the working visit of Omarov to Norway.
`;
const FILE = 'reed.txt';

function answerTo(question: string, lang: Lang): string {
  const retriever = retrieverOver([[ARTICLE, 'en', `${FILE}#0`]]);
  const tokens = retriever.analyse(question, lang);
  const end = ARTICLE.indexOf('Earlier this year');
  const hits = [{ chunk: { id: `${FILE}#0`, file: FILE, lang: 'en' as const, title: 'Reed offers copper investments', start: 0, end, text: ARTICLE.slice(0, end) }, score: 1, coverage: 0.8 }];
  const outcome = selectEvidence(hits, tokens, askedFor(question, lang, tokens), question, (t) => retriever.informationOf(t), () => ARTICLE);
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
