import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

const ARTICLE = `Эксперты о визите министра

"Второй визит министра в США стал важным шагом для партнерства", — отмечают эксперты.

Особое внимание, по словам политолога, было уделено транспортной теме – авиации, логистике и машиностроению.

Министр также встретился с банкирами в Нью-Йорке.
`;

describe('an ordinal in a question', () => {
  const ctx = useEngineOver({ 'visit.txt': ARTICLE });

  // A thing the sources never mention («évforduló», an anniversary) is numbered by none of their passages.
  it.each(['Which anniversary of the partnership did the minister celebrate?', 'Hányadik évfordulóját ünnepelte a miniszter a partnerségnek?'])(
    'says nothing of the place in a row of a thing never mentioned: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );

  it('checks the place in a row when the question asks nothing else', async () => {
    const r = await ctx.engine.ask("Was it the minister's second visit to the United States?");
    expect(r.answer).toContain('Второй визит');
  });

  // "Which topics…, on his second trip": the ordinal only says which trip; the question asks the topics.
  it.each([
    'Milyen közlekedési témákra fordítottak különös figyelmet a miniszter második amerikai útján?',
    "What transport topics got particular attention during the minister's second US trip?",
  ])('only says which one when the question asks about something: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).toContain('авиации');
  });
});

// «нешінші жылы», «hányadik évben»: a place in the row of years is a date, not a thing the passage must number.
describe('an ordinal before a unit of time', () => {
  const ctx = useEngineOver({ 'plant.txt': 'Завод Nortec\n\nС 2011 года в Караганде работает вагоностроительный завод Nortec.\n' });

  it.each(['Nortec зауыты Қарағандыда нешінші жылдан бері жұмыс істейді?', 'Nortec зауыты Қарағандыда нешінші жылы ашылды?'])('asks a year: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('2011');
  });
});

// (A place the corpus never gives, "third", is the claim the passage that numbers the visit checks: not a thing the
// sources never mention.)
describe('a yes/no question claiming a place in a row the sources never give', () => {
  const ctx = useOfflineEngine();

  it.each(['Igaz, hogy ez volt Tokajev harmadik amerikai útja?', 'Тоқаевтың АҚШ-қа үшінші сапары ма еді?', 'Правда ли, что это была уже третья поездка Токаева в США?'])(
    'is answered by the passage that numbers it: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.answer).toContain('Вторая командировка');
    },
  );
});
