import { describe, expect, it } from 'vitest';
import { UNRELATED_ARTICLES, useEngineOver } from '../support/workspace.js';

// Two passages about the minister's trip to Oslo: one tells its programme, the other what its reason was.
const TRIP = `The minister in Oslo

The programme of the minister's trip to Oslo began with meetings at the port and a visit to the shipyard.

The main reason for the minister's trip to Oslo was the opening session of the Arctic Council.
`;

describe('a why question', () => {
  const ctx = useEngineOver({ 'trip.txt': TRIP, ...UNRELATED_ARTICLES });

  it.each(['Why did the minister go to Oslo?', 'Зачем министр поехал в Осло?', 'Miért utazott a miniszter Oslóba?'])(
    'quotes first the passage that says what the reason was: %s',
    async (question) => {
      const { answer } = await ctx.engine.ask(question);
      expect(answer.indexOf('Arctic Council')).toBeGreaterThanOrEqual(0);
      expect(answer.indexOf('Arctic Council')).toBeLessThan(answer.indexOf('shipyard') < 0 ? Infinity : answer.indexOf('shipyard'));
    },
  );
});

// Two passages about Zambian cobalt, both naming it: one tells where it is mined, the other the role it plays.
const COBALT = `Cobalt in Zambia

Zambian cobalt is mined in the Copperbelt province and shipped through the port of Dar es Salaam.

The province also grows maize and cassava, and its roads were repaved last year. Local elections are due in the spring. The regional airport will get a new terminal.

Engineers note that Zambian cobalt plays a key role in batteries for electric cars and in jet engines.
`;

describe('a what-for question', () => {
  const ctx = useEngineOver({ 'cobalt.txt': COBALT, ...UNRELATED_ARTICLES });

  it.each(['What is Zambian cobalt needed for?', 'Для чего нужен кобальт из Замбии?', 'Mire kell a zambiai kobalt?', 'Замбия кобальты не үшін қажет?', 'За какво е нужен кобалтът от Замбия?'])(
    'quotes first the passage that tells the role the thing plays: %s',
    async (question) => {
      const { answer } = await ctx.engine.ask(question);
      expect(answer.indexOf('batteries')).toBeGreaterThanOrEqual(0);
      expect(answer.indexOf('batteries')).toBeLessThan(answer.indexOf('Copperbelt') < 0 ? Infinity : answer.indexOf('Copperbelt'));
    },
  );
});
