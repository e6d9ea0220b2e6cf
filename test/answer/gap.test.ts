import { describe, expect, it } from 'vitest';
import { evidenceFrom } from '../support/evidence.js';

// Three paragraphs; the retriever, taking few chunks per file, returned the first and the last.
const ARTICLE = `Nordwind talks in Astana

Nordwind Rail chief executive Anna Berg discussed a repair depot in Karaganda with the transport minister on Monday, a project the ministry has long sought, since the wagons of the northern lines now travel more than a thousand kilometres to be repaired and the old depot in Pavlodar cannot take more than forty of them a year, the ministry said after the meeting.

The talks also covered the training of local engineers.

The minister later flew to Almaty for a conference on grain exports, where traders from six countries met.
`;
const FILE = 'nordwind.txt';

function quotesFor(question: string): string {
  const middle = ARTICLE.indexOf('The talks also');
  const last = ARTICLE.indexOf('The minister later');
  const outcome = evidenceFrom({ text: ARTICLE, file: FILE, title: 'Nordwind talks in Astana' }, [[0, middle], [last, ARTICLE.length]], question);
  return outcome.kind === 'answer' ? outcome.quotes.map((q) => q.text).join(' ') : '';
}

describe('a chunk between two retrieved chunks of its article', () => {
  it('is read as well', () => {
    expect(quotesFor('Besides the repair depot, what else did Anna Berg discuss?')).toMatch(/training of local engineers/);
  });
});
