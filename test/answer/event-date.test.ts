import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own: the day an envoy was received, and an appointment of someone else, undated.
const ENVOY = `Minister meets envoy

On 3 March in Astana, the minister received Jon Lake, the new envoy of Nortland, and thanked him for his support.

The ministry appointed Anna Berg as trade attaché in Oslo.
`;

describe('the date of an appointment', () => {
  const ctx = useEngineOver({ 'envoy.txt': ENVOY });

  it.each([
    'When was Jon Lake appointed envoy?',
    'Когда Джона Лейка назначили послом?',
    'Mikor nevezték ki Jon Lake-et követté?',
  ])('is not the day of another event the person took part in: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.answer).not.toMatch(/3/);
  });
});
