import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An outlet that names itself in capitals and quotes two economists, with no byline of its own.
const ARTICLE = `Павлодар получит новые вагоны

По итогам переговоров в Астане компания Nortec заключила контракт на поставку 400 вагонов.

О значении этого контракта корреспондент STEPPE.KZ поговорил с казахстанскими экономистами.

Первые вагоны Nortec прибудут весной, остальные до конца следующего года.

Завод в Павлодаре уже нанял двести рабочих.

"Обновление вагонного парка — это не просто сделка. Это шаг, который сделает Павлодар региональным логистическим хабом", — подчеркнул экономист Иван Сидоров.

Экономист Марта Ильвес в свою очередь отметила, что контракт отражает растущий интерес инвесторов к северу страны.
`;

describe('an outlet the question names beside the one it quotes', () => {
  const ctx = useEngineOver({ 'steppe.txt': ARTICLE });

  it('is where the article is, not who wrote it: «Кой икономист в статията на STEPPE.KZ…» asks for the economist', async () => {
    const r = await ctx.engine.ask('Кой икономист в статията на STEPPE.KZ обяснява растящия интерес на инвеститорите?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Ильвес/);
  });

  it('quotes the one asked for, who is not its own («Какого экономиста STEPPE.KZ цитирует насчёт…»)', async () => {
    const r = await ctx.engine.ask('Какого экономиста STEPPE.KZ цитирует насчёт обновления вагонного парка Nortec?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Сидоров/);
  });

  it('is where the words stand, not who says them («Кто из экономистов в тексте STEPPE.KZ рассуждает о том, почему…»)', async () => {
    const r = await ctx.engine.ask('Кто из экономистов в тексте STEPPE.KZ рассуждает о том, почему растёт интерес инвесторов к северу?');
    expect(r.answered).toBe(true);
    expect(r.answer.split('\n')[0]).toMatch(/Ильвес/);
  });

  it('is spoken to, not the speaker («a STEPPE.KZ-nek nyilatkozó közgazdász szerint»)', async () => {
    const r = await ctx.engine.ask('A STEPPE.KZ-nek nyilatkozó közgazdász szerint mivé teheti Pavlodart a vagonpark megújítása?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/хабом/);
  });
});
