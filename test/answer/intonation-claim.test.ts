import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/answer/question.js';
import { useEngineOver } from '../support/workspace.js';

// «SCAT откроет центр в аэропорту Алматы? Или где это было?»: a clause asked by its question mark alone is a yes/no
// question when a message's later sentence asks on; the place it gives, which the sources never name, is its claim.
describe('a claim asked by intonation before an open question', () => {
  const ctx = useEngineOver({
    'orlan.txt': 'Авиакомпания Orlan Air откроет новый сервисный центр в аэропорту Шымкента в следующем году.',
  });

  it.each([
    'Orlan Air will open its new service centre at the Almaty airport? Which city is it in?',
    'Orlan Air откроет новый сервисный центр в аэропорту Алматы? Или где это будет?',
    'Az Orlan Air az almati repülőtéren nyit új szervizközpontot? Melyik városban?',
  ])('is answered by the place the sources give: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('Шымкент');
  });
});

// «Kalijev mondta, hogy … stratégiai *lépés*?»: asked by its question mark alone, a clause names no kind in its last word
// (a step is no list asked for); a few keywords still do ("Mars plant opening date?").
describe('a yes/no question asked by intonation alone, ending on a noun of a kind', () => {
  it.each([
    ['Kalijev mondta, hogy az Air Astana flottájának megújítása stratégiai lépés?', 'hu'],
    ['Политолог сказал, что обновление парка авиакомпании это стратегический шаг?', 'ru'],
  ] as const)('asks yes or no: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('other');
  });

  it.each([
    ['Mars Alatau plant opening date?', 'en', 'date'],
    ['A memorandum aláírásának dátuma?', 'hu', 'date'],
  ] as const)('while a few keywords name it: %s', (question, lang, kind) => {
    expect(understandQuestion(question, lang).kind).toBe(kind);
  });
});
