import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

const WORKS = `Nortec in Pavlodar

С 2015 года в Павлодаре успешно работает вагоносборочный завод Nortec Kazakhstan. С момента запуска павлодарский завод выпустил более 400 вагонов для Temir Trans и на экспорт.
`;

// "For whom": the one a passage marks as what something is for («для Темирлинк»), not the name of the plant asked about;
// and a sentence that names them beside what the asker knows ("besides export") still answers.
describe('for whom something is made', () => {
  const ctx = useEngineOver({ 'works.txt': WORKS });

  it.each([
    'Kinek gyártott vagonokat a pavlodari összeszerelő üzem az exporton kívül?',
    'Заводът в Павлодар за кого прави вагони, освен за износ?',
    'For whom does the wagon plant in Pavlodar build wagons?',
    'Kinek gyárt vagonokat a pavlodari összeszerelő üzem?',
    // (Or for which one of a kind.)
    'За коя компания прави вагони заводът в Павлодар?',
  ])('%s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Temir Trans');
  });

  // («Kinek *az* üzeme»: whose plant, not for whom.)
  it('not whose it is', async () => {
    expect((await ctx.engine.ask('Kinek a pavlodari üzeme gyárt vagonokat?')).lead).not.toBe('Temir Trans');
  });
});

// "For which company…", «melyik cég számára»: the one of a kind the passage marks as what it is for («для КТЖ»), not the
// plant's own name in the sentence before.
describe('for which one of a kind something is made', () => {
  const ctx = useOfflineEngine();

  it.each([
    'For which company has the Astana locomotive plant been building locomotives?',
    'Melyik cég számára gyárt mozdonyokat az asztanai üzem?',
    // (Or in the dative, «melyik … vasúttársaságnak»; not «melyik cégnek a vezetője», whose head.)
    'Melyik kazah vasúttársaságnak gyártott mozdonyokat az amerikai cég asztanai üzeme?',
  ])('%s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('КТЖ');
  });
});
