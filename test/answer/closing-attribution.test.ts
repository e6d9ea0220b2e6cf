import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// A quoted paragraph that names its speaker only where it closes, and another's words on the same theme.
const PORT = `Analysts on the port deal

NordNews spoke to analysts about the port deal signed in Oslo.

"The deal ties the two coasts closer. In general, a visit by the king to the new port would certainly be a landmark event. But his schedule is very full", the expert stressed.

Trade ministers met in Bergen the same week. They said a new ferry line to Hull would be a landmark event for tourism.
`;

describe('a quotation that names its speaker where it closes ("…", the expert stressed)', () => {
  const ctx = useEngineOver({ 'port.txt': PORT });

  it('is that speaker\'s words, for a question asking what they think', async () => {
    const result = await ctx.engine.ask('According to the expert, what would be a landmark event?');
    expect(result.citations[0]?.quote).toMatch(/visit by the king/);
  });
});
