import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// "…was it the G7? Which summit was it really?": a name the sources never give, offered and then corrected by a "which"
// of any noun, is the claim checked, not what the question is about.
describe('a claim corrected by a which-question', () => {
  const ctx = useEngineOver({
    'summit.txt': 'По итогам саммита SCO, прошедшего в Пекине, Казахстан заключил ряд соглашений с китайскими компаниями. Общий объём договоренностей оценивается в 5 миллиардов долларов.',
  });

  it.each([
    'Was the summit where Kazakhstan signed deals worth 5 billion the G7? Which summit was it really?',
    'Саммит, на котором Казахстан заключил соглашения на 5 миллиардов, был G7? Какой саммит на самом деле?',
    'Az 5 milliárd dolláros megállapodásokat a G7 csúcson kötötte Kazahsztán? Melyik csúcs volt valójában?',
  ])('is answered by the passage that names the right one: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('SCO');
  });
});
