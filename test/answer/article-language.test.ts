import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// Articles of our own, in two languages, that place one meeting in two cities; and a deal given in one currency.
const ENGLISH = `Minister meets Berg

The trade minister met Ola Berg in Washington on Monday to discuss grain exports.

The Nortec wagon contract is worth 2.1 billion dollars, the ministry said. The Nortec Group plans to build a clinic with the help of Orion Health.
`;
const BULGARIAN = `Министърът се срещна с Берг

Министърът на търговията се срещна с Ола Берг в Ню Йорк в понеделник, за да обсъдят износа на зърно.
`;

describe('a question that names an article by its language', () => {
  const ctx = useEngineOver({ 'washington.txt': ENGLISH, 'newyork.txt': BULGARIAN });

  it.each([
    'In which city did the trade minister meet Berg, according to the Bulgarian article?',
    'Где министр встретился с Бергом, согласно болгарской статье?',
    'A bolgár cikk szerint hol találkozott a miniszter Berggel?',
    'Според българската статия къде министърът се срещна с Берг?',
    // (Or by the press of its country, "the press" being the news media, no press service.)
    'In which city did the trade minister meet Berg, per the Bulgarian press?',
    'Где министр встретился с Бергом, согласно болгарской прессе?',
    'A bolgár sajtó szerint hol találkozott a miniszter Berggel?',
    'Според българската преса къде министърът се срещна с Берг?',
    'Болгар баспасөзінің жазуынша, министр Бергпен қайда кездесті?',
    // (Or by its country's people writing: «как писали болгары», "as the Bulgarians wrote".)
    'In which city did the trade minister meet Berg, as the Bulgarians wrote?',
    'Где министр встретился с Бергом, как писали болгары?',
    'Hol találkozott a miniszter Berggel, ahogy a bolgárok írták?',
  ])('is answered from the articles in that language: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).toMatch(/Ню Йорк/);
    expect(r.answer).not.toMatch(/Washington/);
  });

  // ("In the Bulgarian story, in which city…": the article's country is not where the city is.)
  it('reads the article named beside a city asked for as the article, not the city\'s country', async () => {
    const r = await ctx.engine.ask('In the Bulgarian story, in which city did the trade minister meet Berg?');
    expect(r.answer).toMatch(/Ню Йорк/);
  });

  it('is answered from every article when none is in the language it names', async () => {
    const r = await ctx.engine.ask('In which city did the trade minister meet Berg, according to the Hungarian report?');
    expect(r.answered).toBe(true);
  });

  it.each(['In what currency is the Nortec contract given?', 'В какой валюте указана сумма контракта Nortec?'])(
    'asks the amount when it asks its currency, which every amount is in: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/2[.,]1/);
    },
  );
});


describe('a question that names one article and asks about another', () => {
  const ctx = useOfflineEngine();

  // (The seeds tell the Wabtec deal in the Russian Zakon.kz article and in the Bulgarian one.)
  it('is answered from the article named last, nearest what it asks, past the outlet named with the first', async () => {
    const r = await ctx.engine.ask('The Russian Zakon.kz story is about the Wabtec deal — how many locomotives will be delivered according to the Bulgarian article?');
    expect(r.answered).toBe(true);
    expect(r.citations.map((c) => c.lang)).toContain('bg');
    expect(r.lead).toMatch(/300/);
  });

  it('reads a country before a news site\'s address as saying which site, no country asked about', async () => {
    expect((await ctx.engine.ask('Az orosz Zakon.kz szerint hány mozdonyt szállít a Wabtec?')).lead).toMatch(/300/);
  });

  it('reads "per" before whose report it is as "according to", no price per unit', async () => {
    expect((await ctx.engine.ask('How much is the John Deere partnership worth, per the Russian press?')).lead).toMatch(/2[.,]5/);
  });
});
