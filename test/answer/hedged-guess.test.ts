import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

const CLINIC = `New clinic in Kazakhstan

The Orvel Group plans to build the Orvel Healthcare clinic in Kazakhstan with the help of Samruk Invest and Northbridge Health.
`;

describe('a half-remembered guess ("…Ashford Group, I think? Which one exactly?")', () => {
  const ctx = useEngineOver({ 'clinic.txt': CLINIC });

  it.each(['Клинику в Казахстане вроде строит какая-то Ashford Group? Как точно называется компания?', 'Клинику в Казахстане строит какая-то Ashford Group, что ли… Как называется компания?'])(
    'is the claim the question corrects, a name nobody here knows, not what it is about: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toMatch(/Orvel Group/);
    },
  );

  it.each([
    'The Orvel clinic is built with the help of some health group, Mayo Clinic maybe? Which one was it?',
    'Клинику Orvel строят при помощи какой-то группы здравоохранения, кажется Mayo Clinic? Какая из них?',
    'Az Orvel klinikát egy egészségügyi csoport segítségével építik, talán a Mayo Clinic? Melyik volt az?',
    // ("or whatever its name is", «vagy hogy hívják»: a name half remembered.)
    'The Orvel clinic is built with the help of some health group, Mayo Clinic or whatever its name is. Which one?',
    'Az Orvel klinikát egy egészségügyi csoport segítségével építik, Mayo Clinic vagy hogy hívják. Melyik volt az?',
  ])('is corrected by a "which one" standing for what it named: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Northbridge Health/);
  });

  it.each([
    'Клинику Orvel строят при помощи какой-то группы здравоохранения, Mayo Clinic или что-то такое? С какой?',
    'Клиниката Orvel се строи с помощта на здравна група, Mayo Clinic или нещо такова? С коя?',
    'Az Orvel klinikát egy egészségügyi csoport segítségével építik, Mayo Clinic vagy valami ilyesmi? Melyikkel?',
  ])('is corrected by a "which" alone after "or something like that": %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Northbridge Health/);
  });

  it('leaves a question that asks more of the unknown name declined ("How much was it worth?")', async () => {
    const result = await ctx.engine.ask('I think Kazakhstan signed a deal with Chevron. How much was it worth?');
    expect(result.answered).toBe(false);
  });
});

const MEETING = `Tokayev in Oslo

The meeting took place in Oslo. The president also met the chief executive of Fjordstone, Stephen Haverkamp.
`;

describe('part of a name, half remembered («…какой-то Хаверк, как-то так. Как его точно зовут?»)', () => {
  const ctx = useEngineOver({ 'meeting.txt': MEETING });

  it.each([
    'С Токаевым в Осло встречался какой-то Хаверк. Как его точно зовут?',
    'С Токаевым в Осло встречался какой-то Хаверк, как-то так. Как его зовут?',
  ])('is answered with the whole name, not with his company: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/Stephen Haverkamp|Стивен Хаверкамп/);
  });
});
