import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// "Is it true that X built it with Cleveland Clinic? If not, with whom?": an "if not" after a yes/no question asks what
// really is, so the name the claim gives, one the sources never name, is the claim checked and not a subject they lack.
describe('a claim followed by "if not, …?"', () => {
  const ctx = useEngineOver({
    'clinic.txt':
      'Компания Orlan Health построит новую клинику в Алматы вместе с госпиталем Mount Carmel и фондом Samruk Kazyna. Строительство начнется весной.',
  });

  it.each([
    'Is it true that Orlan Health will build the clinic together with Cleveland Clinic? If not, with whom?',
    'Правда ли, что Orlan Health построит клинику вместе с Cleveland Clinic? Если нет, то с кем?',
    'Вярно ли е, че Orlan Health ще построи клиниката заедно с Cleveland Clinic? Ако не, с кого?',
    'Igaz, hogy az Orlan Health a Cleveland Clinickel közösen építi a klinikát? Ha nem, kivel?',
    'Orlan Health клиниканы Cleveland Clinic-пен бірге сала ма? Болмаса, кіммен?',
    'Orlan Health клиниканы Cleveland Clinic-пен бірге салады деген рас па? Әйтпесе кіммен?',
  ])('is answered by the passage that names the real partners: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('Mount Carmel');
  });

  it('still declines a question about a name the sources lack, with no claim to correct', async () => {
    const result = await ctx.engine.ask('When will Cleveland Clinic open its own clinic in Almaty?');
    expect(result.answered).toBe(false);
  });
});
