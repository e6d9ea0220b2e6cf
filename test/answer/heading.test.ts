import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { evidenceFrom } from '../support/evidence.js';

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
  const end = ARTICLE.indexOf('The memorandum was signed');
  const outcome = evidenceFrom({ text: ARTICLE, file: FILE, title: 'Kazakhstan and Norway sign a memorandum on rare metals' }, [[0, end]], question, lang);
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
