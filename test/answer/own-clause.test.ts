import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// One article tells of a company's engineering centre and, in another paragraph, of its older wagon plant; another of
// a clinic and its partners.
const NORTEC = `Nortec opens an engineering centre

In March 2023 Nortec opened an engineering and technology centre in Kazakhstan, a site for training engineers.

Since 2012 the Nortec wagon assembly plant has operated in Pavlodar. Over this period the plant has built more than 600 wagons.
`;
const CLINIC = `A new clinic for Kazakhstan

The Varna Group plans to build the Varna Health clinic in Kazakhstan together with Samruk Kazyna Invest and the Mount Sinai Health System.
`;

describe('a later clause of the same kind with a subject of its own', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'clinic.txt': CLINIC });

  // ("since what *year*": a date part of its own, though the first part asks a date too; the plant in Pavlodar is its
  // subject, not the centre the first clause names.)
  it.each([
    'When did Nortec open its engineering centre in Kazakhstan and since what year has the Pavlodar plant worked?',
    'Nortec Қазақстанда инженерлік орталықты қашан ашты және Павлодардағы зауыт қай жылдан бері жұмыс істейді?',
  ])('is answered beside the first: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/2023/);
    expect(result.lead).toMatch(/2012/);
  });

  it('a role asked of the one named is no second person ("…, and what minister is he?")', async () => {
    const result = await ctx.engine.ask('Who opened the Nortec centre, and what engineer is he?');
    expect(result.lead ?? '').not.toMatch(/;/);
  });
});

describe('a claim, and a question for what it names', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'clinic.txt': CLINIC });

  // ("With which partners?" asks again for the names the claim gives, which it corrects.)
  it.each(['Will the Varna Health clinic be built with Mayo Clinic? With which partners?', 'Клинику Varna Health будут строить вместе с Mayo Clinic? С какими партнёрами?'])(
    '%s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/Mount Sinai/);
    },
  );

  // («то ли …, то ли …»: a Russian "either… or", whose option the sources never name is ruled out.)
  it.each(['Завод Nortec работает то ли в Актобе, то ли в Павлодаре?', 'Там был какой-то вагонный завод, то ли в Актобе, то ли в Павлодаре? Где именно?'])('%s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Pavlodar/);
  });
});

describe('a claim of things the sources never mention, and a question that corrects it', () => {
  const ctx = useOfflineEngine();

  // (Oil drilling is the claim the open question corrects, not what it asks about: the offer of joint investment in
  // critical minerals answers it first.)
  it('answers with the passage the rest of the claim tells', async () => {
    const result = await ctx.engine.ask('Did Lutnick offer Tokayev joint investment in oil drilling? In what field, really?');
    expect(result.answered).toBe(true);
    expect(result.answer.split('\n').find((line) => line.startsWith('«'))).toMatch(/критични минерали/);
  });
});

describe('a place in a row asked in a later clause', () => {
  const ctx = useOfflineEngine();

  // (The first part asks what was promised, no place in a row: it is answered by the promise, not declined for want of
  // a numbered passage.)
  it.each([
    'Что Казахстан пообещал палестинским студентам и какой по счёту страной он отправил войска в Газу?',
    'Mit ígért Kazahsztán a palesztin hallgatóknak, és hányadik országként küldött katonákat Gázába?',
  ])('%s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/ösztöndíj/);
  });
});
