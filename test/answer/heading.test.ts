import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { evidenceFrom } from '../support/evidence.js';
import { UNRELATED_ARTICLES, useEngineOver } from '../support/workspace.js';

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
    // What the subheading labels.
    ['Which directions of cooperation does the rare metals memorandum set?', 'en'],
    ['Какие направления сотрудничества предусматривает меморандум по редким металлам?', 'ru'],
    // Areas of cooperation, of which directions are some.
    ['Which main areas of cooperation does the rare metals memorandum cover?', 'en'],
    ['Milyen területeken működnek együtt a ritkafém-memorandum szerint?', 'hu'],
    // What the document provides for, which the article says it holds.
    ['What does the rare metals memorandum provide for?', 'en'],
    ['Mit irányoz elő a ritkafém-memorandum?', 'hu'],
    ['Что предусматривает меморандум по редким металлам?', 'ru'],
  ] as Array<[string, Lang]>)('is read wherever in the article for a question asking for it: %s', (question, lang) => {
    expect(quotesFor(question, lang)).toMatch(/tungsten deposits/);
  });
});

// A section whose subheading says what the question asks about; its paragraphs say what was offered.
const AID = `Norway at the donors' conference

Aid offered to the flooded regions

The conference opened with a minute of silence for the victims.

In his speech the minister pledged support for rebuilding the bridges.

Norway also offered tents, drinking water and two field hospitals.
`;

describe('a subheading', () => {
  it('is never the answer itself: the section below it is', () => {
    const outcome = evidenceFrom({ text: AID, file: 'aid.txt', title: "Norway at the donors' conference" }, [[0, AID.length]], 'What aid did Norway offer to the flooded regions?');
    const quoted = outcome.kind === 'answer' ? outcome.quotes.map((q) => q.text).join(' ') : '';
    expect(quoted).not.toMatch(/^Aid offered/);
    expect(quoted).toMatch(/tents, drinking water|rebuilding the bridges/);
  });
});

// A subheading that states a figure: the leaders of how many countries were there is told by it alone.
const SIGNING = `Nortec memorandum signed

Signed before the leaders of three countries

The memorandum was signed by the ministers in Oslo.
`;

describe('a subheading that states a figure', () => {
  it.each([
    ['Before the leaders of how many countries was the memorandum signed?', 'en', SIGNING, /three countries/],
  ] as Array<[string, Lang, string, RegExp]>)('answers a count asked of it: %s', (question, lang, text, fact) => {
    const outcome = evidenceFrom({ text, file: 'signing.txt', title: text.split('\n')[0]! }, [[0, text.length]], question, lang);
    expect(outcome.kind === 'answer' ? outcome.quotes.map((q) => q.text).join(' ') : '').toMatch(fact);
  });
});

// A section whose subheading names the place its paragraphs are about; the figure's own sentence names a wider region.
const PLEDGES = `Donors meet in Geneva

Help offered to Sudan at the donors' meeting

In her speech the minister promised large financial support for rebuilding the hospitals of Sudan.

Earlier the chair noted that Norway, Denmark, Finland, Iceland and Sweden together contributed more than 3 billion dollars to aid for East Africa.

Trade talks

The ministers then discussed a free trade area with Switzerland.
`;
const OTHERS = {
  'rail.txt': 'Norway orders trains\n\nThe Norwegian railway ordered 40 electric trains from a Swiss maker for 900 million dollars.\n',
  'ports.txt': 'Danish port expands\n\nThe port of Aarhus will build a new container terminal by 2028, the Danish minister said.\n',
  ...UNRELATED_ARTICLES,
};

describe('the place a section is about', () => {
  const ctx = useEngineOver({ 'pledges.txt': PLEDGES, ...OTHERS });

  it.each([
    'How much money was given to Sudan in total?',
    'How much did the five countries contribute to Sudan?',
    'Сколько всего денег выделили Судану?',
    'Суданға барлығы қанша ақша бөлінді?',
  ])('is the setting of a figure its sentence gives of a region: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answer).toMatch(/3 billion dollars/);
  });
});
