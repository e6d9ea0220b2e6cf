import { describe, expect, it } from 'vitest';
import { askedFor } from '../../src/answer/engine.js';
import { selectEvidence } from '../../src/answer/extractive.js';
import type { Lang } from '../../src/language/lang.js';
import { retrieverOver } from '../support/lexical-retriever.js';

// An article of our own whose list sits under a subheading, far below the paragraph the retriever returned.
const ARTICLE = `Kazakhstan and Norway sign a memorandum on rare metals

In Oslo on 3 March a memorandum aimed at cooperation on rare metals was signed in the presence of President Omarov.

The memorandum was signed by the minister of industry Dana Sadykova and by the trade minister Erik Holm.

Key directions of cooperation

The memorandum provides for:

joint exploration of tungsten deposits;

exchange of processing technologies;

training of mining engineers.
`;
const FILE = 'memo.txt';

function quotesFor(question: string, lang: Lang): string {
  const retriever = retrieverOver([[ARTICLE, 'en', `${FILE}#0`]]);
  const tokens = retriever.analyse(question, lang);
  const end = ARTICLE.indexOf('The memorandum was signed');
  const hits = [{ chunk: { id: `${FILE}#0`, file: FILE, lang: 'en' as const, title: 'Kazakhstan and Norway sign a memorandum on rare metals', start: 0, end, text: ARTICLE.slice(0, end) }, score: 1, coverage: 0.5 }];
  const outcome = selectEvidence(hits, tokens, askedFor(question, lang, tokens), question, (t) => retriever.informationOf(t), () => ARTICLE);
  return outcome.kind === 'answer' ? outcome.quotes.map((q) => q.text).join(' ') : '';
}

describe('a list under a subheading of the article', () => {
  it.each([
    ['Which directions of cooperation does the rare metals memorandum set?', 'en'],
    ['Какие направления сотрудничества предусматривает меморандум по редким металлам?', 'ru'],
  ] as Array<[string, Lang]>)('is read for a question asking for what it labels, wherever in the article: %s', (question, lang) => {
    expect(quotesFor(question, lang)).toMatch(/tungsten deposits/);
  });
});
