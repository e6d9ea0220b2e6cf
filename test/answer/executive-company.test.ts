import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// One article tells of talks with a finance corporation, another of a meeting with an investment firm's chief executive.
const DOCS = {
  'talks.txt': `Tokayev discusses mining

Tokayev discussed investment cooperation in mining and transport with the Nordic Development Finance Corporation.
`,
  'meeting.txt': `Tokayev meets investors in Oslo

The press service said he also met the chief executive of Nordfond Capital, Lars Holm. The firm was invited to build data centres in Kazakhstan.
`,
};

describe('which company an executive the question names is of', () => {
  const ctx = useEngineOver(DOCS);

  it.each([
    'Melyik befektetési cég vezérigazgatójával tárgyalt Tokajev?',
    'The CEO of which investment company did Tokayev talk to?',
    'С главой какой инвестиционной компании встречался Токаев?',
  ])('is told where the executive is, not by a company named with no executive: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations[0]?.file).toBe('meeting.txt');
    expect(r.lead ?? '').not.toMatch(/Nordic/);
  });
});
