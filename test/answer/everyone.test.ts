import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Two analysts of one article, each introduced in a paragraph of their own, far apart.
const ARTICLE = `Experts on the Astana summit

The summit ended with agreements worth $3 billion, the ministry said. Our correspondent asked Kazakh analysts about its results.

The agreements cover transport, energy and farming. The first deliveries are due next year. Most of the money goes to the railways.

The ports on the Caspian will also be modernised. The airline plans new routes to Europe.

"The summit is a strategic step for Kazakhstan and the whole region," stressed analyst Dana Serikova.

The grain terminals in the north will be rebuilt by the end of the decade. The customs posts will work around the clock. The new wagons will be assembled in Pavlodar, and the repair depots in Karaganda will be enlarged.

Farmers expect lower costs for their exports to China and Europe. The traders of the region hope for a second route that does not depend on one neighbour.

Analyst Arman Bekov, in turn, noted that the results of the summit reflect a growing interest of the US in Kazakhstan.
`;

describe('a question that asks for everyone of a role', () => {
  const ctx = useEngineOver({ 'experts.txt': ARTICLE });

  it('names each one the article titles so, wherever in it', async () => {
    const r = await ctx.engine.ask('Which Kazakh analysts commented on the results of the summit?');
    expect(r.answer).toMatch(/Serikova/);
    expect(r.answer).toMatch(/Bekov/);
  });
});

// A list of people a sentence opens with a colon, one per line.
const MEETINGS = `The minister's visit to Washington

The programme began with diplomatic meetings. The minister met with:

Secretary of State Mark Dole;

Commerce Secretary Anna Kovac;

Special Envoy Peter Lindqvist.

The meetings were devoted to trade.
`;

describe('a question with whom, in the plural', () => {
  const ctx = useEngineOver({ 'visit.txt': MEETINGS });

  it.each(['Министр Вашингтонда кімдермен кездесті?', 'Kikkel találkozott a miniszter Washingtonban?'])('names everyone the list gives: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    for (const name of ['Dole', 'Kovac', 'Lindqvist']) expect(r.lead).toContain(name);
  });
});
