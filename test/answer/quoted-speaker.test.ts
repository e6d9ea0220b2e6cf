import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own: one analyst's quotation names its speaker where it closes; another's paragraph of direct
// speech follows the sentence that introduces her, and names someone else inside it.
const ANALYSTS = `Analysts on the port deal

"The new port is not just a deal between two companies. It is a strategic step for the coast," stressed analyst Karl Mo.

Analyst Maria Lind in turn stressed that the cooperation reflects the growing interest of Norway in the north.

"In general, the present dynamics show the growing interest of Norway in the northern region. Earlier, John Berg tried to use the region as a counterweight to its neighbours."

Experts agree that the port strengthens the coast.
`;

describe('who said a quotation its paragraph\'s introduction names', () => {
  const ctx = useEngineOver({ 'analysts.txt': ANALYSTS });

  it.each([
    'Who spoke about the new port, and who about the growing interest of Norway in the northern region?',
    'Who said that the present dynamics show the growing interest of Norway in the northern region?',
  ])('is the one introduced, not a name inside the quotation: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/Maria Lind/);
    expect(r.lead).not.toMatch(/John Berg/);
  });
});
