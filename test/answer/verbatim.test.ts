import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const ARTICLE = `Minister praises the wagon deal

Kazakhstan's transport minister Arman Seitov met the Nortec board in Pavlodar on Monday and spoke about the new wagon contract, the grain corridor to the Caspian ports and the plans of the national railway for the next decade.

"The opportunity to work together and to develop the economies of both our regions is key for the railway and for the farmers who depend on it. You build excellent wagons, and we will buy four hundred of them together with our partners," he said at the meeting with the board.

The wagons will be assembled in Pavlodar.
`;

describe("a question for someone's very words", () => {
  const ctx = useEngineOver({ 'seitov.txt': ARTICLE });

  it.each([
    'What exactly did the transport minister say about the wagons, word for word?',
    'Что дословно сказал министр транспорта о вагонах?',
    'Szó szerint mit mondott a közlekedési miniszter a vagonokról?',
  ])('quotes the quotation to its end: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('four hundred of them');
  });

  // «сказал», "said": the verb of saying meets its English forms, which are no function words.
  it('reads what someone said, asked in Russian of an English article', async () => {
    const r = await ctx.engine.ask('Что сказал министр транспорта о вагонах?');
    expect(r.answered).toBe(true);
  });
});
