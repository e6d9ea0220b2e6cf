import { describe, expect, it } from 'vitest';
import { cyrillicSpelling } from '../../src/language/translit.js';

describe('Bulgarian and Russian typed in Latin letters', () => {
  it.each([
    ['kolko lokomotiva shte dostavi wabtec', 'колко локомотива ще достави вабтек'],
    ['koi podpisa memoranduma za kritichnite minerali', 'кои подписа меморандума за критичните минерали'],
    ['kto podpisal memorandum', 'кто подписал меморандум'],
    // The soft sign Latin typing drops is put back where it makes a word.
    ['skolko lokomotivov postavit wabtec', 'сколько локомотивов поставит вабтек'],
    ['kakvo shte stroi kompaniyata v Almaty', 'какво ще строи компанията в Almaty'],
  ])('reads «%s» in Cyrillic', (latin, cyrillic) => {
    expect(cyrillicSpelling(latin)).toBe(cyrillic);
  });

  it.each([
    'how many locomotives will wabtec supply',
    'what is the value of the memorandum',
    'hol es mikor irtak ala a memorandumot',
    'mennyi a wabtec szerzodes osszege',
    'tokaev vashingtonga qashan bardy',
    'wabtec deal value',
    'Колко локомотива?',
  ])('leaves «%s» as it is', (text) => {
    expect(cyrillicSpelling(text)).toBeUndefined();
  });
});
