import type { Lang } from './lang.js';

/**
 * Number words of the five languages ("five", «пять», «öt», «бес»), with their common inflected forms, so a
 * question or a source that spells a quantity out ("the first five countries") still yields a number.
 * Ambiguous words are left out on purpose: Hungarian «egy» is also the article "a".
 */
const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten',
    11: 'eleven', 12: 'twelve dozen', 15: 'fifteen', 20: 'twenty', 30: 'thirty', 50: 'fifty', 100: 'hundred',
    1000: 'thousand',
  },
  ru: {
    1: 'один одна одно одного одной одному одну одним одном',
    2: 'два две двух двум двумя двое', 3: 'три трёх трех трём трем тремя трое', 4: 'четыре четырёх четырех четырьмя четверо',
    5: 'пять пяти пятью пятеро', 6: 'шесть шести шестью', 7: 'семь семи семью', 8: 'восемь восьми', 9: 'девять девяти',
    10: 'десять десяти', 12: 'двенадцать', 15: 'пятнадцать', 20: 'двадцать двадцати', 30: 'тридцать', 50: 'пятьдесят',
    100: 'сто сотня', 1000: 'тысяча тысячу',
  },
  bg: {
    1: 'един една едно', 2: 'два две двама двете', 3: 'три трима трите', 4: 'четири четирима четирите', 5: 'пет петима петте', 6: 'шест',
    7: 'седем', 8: 'осем', 9: 'девет', 10: 'десет', 12: 'дванадесет', 15: 'петнадесет', 20: 'двадесет', 30: 'тридесет',
    50: 'петдесет', 100: 'сто', 1000: 'хиляда',
  },
  hu: {
    2: 'két kettő kettőt', 3: 'három hármat', 4: 'négy négyet', 5: 'öt ötöt', 6: 'hat hatot', 7: 'hét hetet',
    8: 'nyolc nyolcat', 9: 'kilenc kilencet', 10: 'tíz tízet', 12: 'tizenkét tizenkettő', 15: 'tizenöt', 20: 'húsz',
    30: 'harminc', 50: 'ötven', 100: 'száz', 1000: 'ezer',
  },
  kk: {
    1: 'бір', 2: 'екі', 3: 'үш', 4: 'төрт', 5: 'бес', 6: 'алты', 7: 'жеті', 8: 'сегіз', 9: 'тоғыз', 10: 'он',
    20: 'жиырма', 30: 'отыз', 50: 'елу', 100: 'жүз', 1000: 'мың',
  },
};

const TABLES: Record<Lang, Map<string, number>> = Object.fromEntries(
  Object.entries(WORDS).map(([lang, byValue]) => {
    const map = new Map<string, number>();
    for (const [value, forms] of Object.entries(byValue)) for (const form of forms.split(' ')) map.set(form, Number(value));
    return [lang, map];
  }),
) as Record<Lang, Map<string, number>>;

/** The value of a lowercased number word in a language ("пяти" → 5), or undefined. */
export function numberWordValue(word: string, lang: Lang): number | undefined {
  return TABLES[lang].get(word);
}
