import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const CLINIC = `New clinic in Kazakhstan

The Orvel Group plans to build the Orvel Healthcare clinic in Kazakhstan with the help of Samruk Invest and Northbridge Health.

The airline will use the new planes for a direct transatlantic link between the two countries.
`;

describe('a question for those taking part beside the one who acts', () => {
  const ctx = useEngineOver({ 'clinic.txt': CLINIC });

  it.each([
    'Кто участвует в строительстве клиники в Казахстане?',
    'Кой участва в изграждането на клиниката в Казахстан?',
    'Қазақстандағы клиника құрылысына кім қатысады?',
  ])('is answered by the helpers the sentence names, not the builder: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/Samruk|Northbridge/);
    expect(result.lead).not.toMatch(/Orvel/);
  });

  it('leaves the one who acts as the answer to who acts', async () => {
    const result = await ctx.engine.ask('Who will build the clinic in Kazakhstan?');
    expect(result.lead).toMatch(/Orvel/);
  });
});

describe('"the two" of a yes/no question', () => {
  const ctx = useEngineOver({ 'clinic.txt': CLINIC });

  it.each([
    'Will the airline use the planes for a direct transatlantic link between the two countries?',
    'Ще се използват ли самолетите за директна трансатлантическа линия между двете страни?',
  ])('claims no count, so the answer leads with none: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.lead ?? '').not.toMatch(/2/);
  });
});
