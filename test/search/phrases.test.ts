import { describe, expect, it } from 'vitest';
import { retrieverOver } from '../support/lexical-retriever.js';

describe('words of a multi-word phrase in a question', () => {
  // The corpus uses «курс» (a course of policy) and «доллар», never «курс доллара» (the exchange rate).
  const retriever = retrieverOver([['Страна держит курс на реформы и получила 5 млрд долларов.', 'ru']]);

  it('mean the phrase, which the corpus never uses, not what the words mean alone', () => {
    const [rate] = retriever.analyse('курс доллара', 'ru');
    expect(rate!.keys).toEqual(['c:exchange_rate']);
    expect(rate!.status).toBe('absent');
  });

  it('are one word of the question, however many words spell the phrase', () => {
    const words = retriever.analyse('курс доллара к тенге', 'ru').map((t) => t.word);
    expect(words.filter((w) => w === 'курс' || w === 'доллара')).toEqual(['курс']);
    expect(retrieverOver([['Aid to the Middle East grew.', 'en']]).analyse('aid to the Middle East', 'en').map((t) => t.word)).toEqual(['aid', 'middle']);
  });

  it('name a city of two words as one place («Нью-Йорк», "New York"), whose first word is no name of its own', () => {
    const city = retrieverOver([['Встреча прошла в Нью-Йорке.', 'ru']]).analyse('что обсуждали в Нью-Йорке', 'ru').filter((t) => t.keys.includes('c:new_york'));
    expect(city.map((t) => t.word)).toEqual(['нью']);
  });

  it('keep their own meaning outside the phrase', () => {
    const [course] = retriever.analyse('курс реформ', 'ru');
    expect(course!.status).toBe('seen');
  });
});

describe('a known word that shares its stem with a corpus word', () => {
  // Snowball stems «визит» (a visit) and «виза» (a visa) alike, «виз»; the corpus speaks only of visits.
  const retriever = retrieverOver([['Визит президента прошёл в Вашингтоне.', 'ru']]);

  it('is not that word when the corpus never uses its sense', () => {
    const [visa] = retriever.analyse('виза', 'ru');
    expect(visa!.status).toBe('absent');
    const [visit] = retriever.analyse('визит', 'ru');
    expect(visit!.status).toBe('seen');
  });
});
