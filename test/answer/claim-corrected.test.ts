import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// "…was it the G7? Which summit was it really?": a name the sources never give, offered and then corrected by a "which"
// of any noun, is the claim checked, not what the question is about.
describe('a claim corrected by a which-question', () => {
  const ctx = useEngineOver({
    'summit.txt': 'По итогам саммита SCO, прошедшего в Пекине, Казахстан заключил ряд соглашений с китайскими компаниями. Общий объём договоренностей оценивается в 5 миллиардов долларов.',
  });

  it.each([
    'Was the summit where Kazakhstan signed deals worth 5 billion the G7? Which summit was it really?',
    'Саммит, на котором Казахстан заключил соглашения на 5 миллиардов, был G7? Какой саммит на самом деле?',
    'Az 5 milliárd dolláros megállapodásokat a G7 csúcson kötötte Kazahsztán? Melyik csúcs volt valójában?',
  ])('is answered by the passage that names the right one: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('SCO');
  });
});

// "Tokayev met Blackstone CEO Larry Fink, correct? Who is the Blackstone CEO he met?": a name the sources never give,
// claimed as a role's holder before a question that asks for that role again, is the claim the
// question corrects, not a subject they never speak of.
describe('a role claim corrected by the question after it', () => {
  const ctx = useEngineOver({
    'orlan.txt':
      'Президент Тамар встретился с главным исполнительным директором Orlan Motors Даниэлем Брехтом. Стороны обсудили строительство завода.',
  });

  it.each([
    ['President Tamar met Orlan Motors CEO Larry Fink, correct? Who is the Orlan Motors CEO he met?', 'Брехт'],
    ['Президент Тамар встретился с главой Orlan Motors Ларри Финком? Кто глава Orlan Motors, с которым он встретился?', 'Брехт'],
    ['Тамар Orlan Motors бас директоры Ларри Финкпен кездесті ме? Orlan Motors бас директоры кім?', 'Брехт'],
    ['Tamar az Orlan Motors vezérigazgatójával, Larry Finkkel találkozott, igaz? Ki az Orlan Motors vezérigazgatója, akivel találkozott?', 'Брехт'],
  ])('is answered by the one the sources name: %s', async (question, name) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain(name);
  });

  it('is not made by a name before a question that asks no role ("…meet Larry Fink? Who organised the meeting?")', async () => {
    const result = await ctx.engine.ask('Did President Tamar meet Larry Fink? Who organised the meeting?');
    expect(result.answered).toBe(false);
  });
});

const DEALS = `Deals of the visit

Kazakhstan signed a contract with the company Nortec in Astana for the delivery of 300 locomotives, worth 4 billion dollars. Nortec will deliver the first locomotives next year.
`;

describe('what a correction asks for', () => {
  const ctx = useEngineOver({ 'deals.txt': DEALS });

  it.each([
    'Did Kazakhstan sign a 10 billion dollar deal with Vantor? What was the amount?',
    'Правда ли, что Vantor вложит 5 млрд? Сколько на самом деле?',
  ])('leaves a company the sources never name the subject when a figure is corrected: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  it.each(['Was the locomotive contract signed with Vantor? Which company was it?', 'Was the locomotive contract signed in Berlin? Where was it signed really?'])(
    'but not when the name is what it corrects: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/Nortec|Astana/u);
    },
  );

  it('nor whom the claim is told by', async () => {
    expect((await ctx.engine.ask('Hány mozdonyról szól a Nortec-szerződés? Réka szerint 350, tényleg?')).lead).toContain('300');
  });

  it.each([
    ['Is it true that Nortec will deliver 200 locomotives? How many really?', '300 locomotives'],
    ['Igaz, hogy a Nortec 200 mozdonyt szállít? Hányat valójában?', '300 mozdony'],
  ])('names what the claim counted in its lead: %s', async (question, lead) => {
    expect((await ctx.engine.ask(question)).lead).toBe(lead);
  });
});
