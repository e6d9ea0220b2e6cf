import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// "…and the other countries": a passage about a group names each country, never the word for one; the word is the
// setting of the figure, as a named place is, not the thing it is of.
describe('a figure several countries reached together, asked with a word for countries', () => {
  const ctx = useEngineOver({
    'gulf.txt': 'Aid for the Middle East\n\nTrump noted that Azerbaijan, Kazakhstan, Uzbekistan, Morocco and Qatar together contributed more than 7 billion dollars to aid for the Middle East.\n',
    'summit.txt': 'Summit in Washington\n\nThe leaders of the five countries of Central Asia met in Washington. The countries signed deals with American companies worth 17 billion dollars.\n',
  });

  it.each([
    'How much did Kazakhstan, Azerbaijan and the other countries give to the Middle East?',
    'Колко пари са дали Казахстан, Азербайджан и другите страни за Близкия изток?',
  ])('is answered by the group\'s figure: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/^(?:over \$7 billion|над 7 млрд\. долара)$/);
  });
});
