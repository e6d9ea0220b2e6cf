import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// "It was Petrov who said…, wasn't it? Who actually said that?": a verb of saying right after the question word asks
// who spoke, whatever name the question offers before it.
describe('who actually said it, after a name offered', () => {
  const ctx = useEngineOver({
    'grain.txt': [
      'Казахстан и Китай подписали соглашение о поставках зерна на 400 миллионов долларов.',
      'По словам экономиста Армана Сейтова, в этой ситуации Китай больше нужен Казахстану, чем Казахстан Китаю.',
      'Политолог Марат Петров в свою очередь подчеркнул, что сделка укрепит позиции Казахстана на рынке.',
    ].join('\n\n'),
  });

  it.each([
    "It was Marat Petrov who said Kazakhstan needs China more than China needs Kazakhstan, wasn't it? Who actually said that?",
    'Это Марат Петров сказал, что Китай больше нужен Казахстану? Кто на самом деле это сказал?',
    'Marat Petrov mondta, hogy Kínára nagyobb szüksége van Kazahsztánnak? Ki mondta valójában?',
  ])('is the one who said it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Армана Сейтова');
  });
});

// «…с компанией Nortec на 2 млрд долларов, сообщает Kapital.kz»: the outlet after the verb says it; Nortec, before the
// comma, is what it reports, and says nothing itself.
describe('what a company said, where only an outlet reports on it', () => {
  const ctx = useEngineOver({
    'wagons.txt': [
      'В Астане состоялась церемония подписания соглашения с американской компанией Nortec на сумму 2 млрд долларов, сообщает Kapital.kz.',
      'Министр транспорта Асхат Ибраев, в свою очередь, заявил, что вагоны обновят парк.',
    ].join('\n\n'),
  });

  it.each([
    'What did Nortec say at the signing ceremony?',
    'Что заявила компания Nortec на церемонии подписания?',
    'What did Nortec answer at the signing ceremony in Astana?',
  ])('is not stated: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  it('while one who speaks, named before his verb, still said it', async () => {
    expect((await ctx.engine.ask('What did Askhat Ibrayev say about the wagons?')).answer).toMatch(/обновят парк/);
  });
});

// "Did Petrov say that…? Which economist said it?": the name a yes/no question gives as who made a statement it tells
// is the claim; the passage that tells the statement answers, whoever made it. Asked alone, the yes/no question is
// checked by that passage too, unless one of the named speaker's holds most of the statement.
describe('a statement claimed of the wrong speaker', () => {
  const ctx = useEngineOver({
    'grain.txt': [
      'Казахстан и Китай подписали соглашение о поставках зерна на 400 миллионов долларов.',
      'По словам экономиста Армана Сейтова, в этой ситуации Китай больше нужен Казахстану, чем Казахстан Китаю.',
      'Политолог Марат Петров в свою очередь подчеркнул, что сделка укрепит позиции Казахстана на рынке зерна.',
    ].join('\n\n'),
  });

  it.each([
    'Did Marat Petrov say that China needs Kazakhstan more than Kazakhstan needs China? Which economist said it?',
    'Марат Петров ли каза, че Китай има по-голяма нужда от Казахстан, отколкото Казахстан от Китай? Кой икономист го каза?',
    'Қытай Қазақстанға Қазақстан Қытайға қарағанда көбірек керек деп Марат Петров айтты ма? Мұны қай экономист айтты?',
  ])('names who said it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Армана Сейтова');
  });

  it.each([
    'Did Marat Petrov say that China needs Kazakhstan more than Kazakhstan needs China?',
    'Marat Petrov mondta, hogy Kínának nagyobb szüksége van Kazahsztánra, mint Kazahsztánnak Kínára?',
  ])('quotes the statement, asked alone: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answer).toMatch(/Китай больше нужен Казахстану/);
  });

  it('while a statement the named speaker made is quoted from them', async () => {
    const { answer } = await ctx.engine.ask('Did Marat Petrov say that the deal will strengthen the position of Kazakhstan on the grain market?');
    expect(answer).toMatch(/укрепит позиции/);
    expect(answer).not.toMatch(/больше нужен/);
  });
});
