import { stemKazakh } from './kazakh-stemmer.js';
import type { Lang } from './lang.js';

/**
 * Number words of the five languages ("five", «пять», «öt», «бес»), with their common inflected forms, so a
 * question or a source that spells a quantity out ("the first five countries") still yields a number.
 * Ambiguous words are left out on purpose: Hungarian «egy» is also the article "a".
 */
const WORDS: Record<Lang, Record<string, string>> = {
  en: {
    1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten',
    11: 'eleven', 12: 'twelve dozen', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen', 17: 'seventeen',
    18: 'eighteen', 19: 'nineteen', 20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy',
    80: 'eighty', 90: 'ninety', 100: 'hundred', 1000: 'thousand',
  },
  ru: {
    1: 'один одна одно одного одной одному одну одним одном',
    2: 'два две двух двум двумя двое', 3: 'три трёх трех трём трем тремя трое', 4: 'четыре четырёх четырех четырьмя четверо',
    5: 'пять пяти пятью пятеро', 6: 'шесть шести шестью', 7: 'семь семи семью', 8: 'восемь восьми', 9: 'девять девяти',
    10: 'десять десяти', 11: 'одиннадцать одиннадцати', 12: 'двенадцать двенадцати', 13: 'тринадцать тринадцати',
    14: 'четырнадцать четырнадцати', 15: 'пятнадцать пятнадцати', 16: 'шестнадцать шестнадцати', 17: 'семнадцать семнадцати',
    18: 'восемнадцать восемнадцати', 19: 'девятнадцать девятнадцати', 20: 'двадцать двадцати', 30: 'тридцать тридцати',
    40: 'сорок сорока', 50: 'пятьдесят пятидесяти', 60: 'шестьдесят шестидесяти', 70: 'семьдесят семидесяти',
    80: 'восемьдесят восьмидесяти', 90: 'девяносто', 100: 'сто сотня', 200: 'двести', 300: 'триста трёхсот трехсот',
    400: 'четыреста', 500: 'пятьсот пятисот', 600: 'шестьсот', 700: 'семьсот', 800: 'восемьсот', 900: 'девятьсот',
    1000: 'тысяча тысячу тысячи тысяч тысячей',
  },
  // (Spoken Bulgarian shortens the teens and tens: «седемнайсет», «двайсет».)
  bg: {
    1: 'един една едно', 2: 'два две двама двете', 3: 'три трима трите', 4: 'четири четирима четирите', 5: 'пет петима петте', 6: 'шест шестте',
    7: 'седем седемте', 8: 'осем осемте', 9: 'девет деветте', 10: 'десет десетте', 11: 'единадесет единайсет', 12: 'дванадесет дванайсет',
    13: 'тринадесет тринайсет', 14: 'четиринадесет четиринайсет', 15: 'петнадесет петнайсет', 16: 'шестнадесет шестнайсет',
    17: 'седемнадесет седемнайсет', 18: 'осемнадесет осемнайсет', 19: 'деветнадесет деветнайсет', 20: 'двадесет двайсет',
    30: 'тридесет трийсет', 40: 'четиридесет четирийсет', 50: 'петдесет', 60: 'шестдесет', 70: 'седемдесет', 80: 'осемдесет',
    90: 'деветдесет', 100: 'сто', 200: 'двеста', 300: 'триста', 400: 'четиристотин', 500: 'петстотин', 600: 'шестстотин',
    700: 'седемстотин', 800: 'осемстотин', 900: 'деветстотин', 1000: 'хиляда',
  },
  hu: {
    2: 'két kettő kettőt', 3: 'három hármat', 4: 'négy négyet', 5: 'öt ötöt', 6: 'hat hatot', 7: 'hét hetet',
    8: 'nyolc nyolcat', 9: 'kilenc kilencet', 10: 'tíz tízet', 11: 'tizenegy', 12: 'tizenkét tizenkettő', 13: 'tizenhárom',
    14: 'tizennégy', 15: 'tizenöt', 16: 'tizenhat', 17: 'tizenhét', 18: 'tizennyolc', 19: 'tizenkilenc', 20: 'húsz',
    30: 'harminc', 40: 'negyven', 50: 'ötven', 60: 'hatvan', 70: 'hetven', 80: 'nyolcvan', 90: 'kilencven', 100: 'száz',
    200: 'kétszáz', 300: 'háromszáz', 400: 'négyszáz', 500: 'ötszáz', 600: 'hatszáz', 700: 'hétszáz', 800: 'nyolcszáz',
    900: 'kilencszáz', 1000: 'ezer',
  },
  // (Kazakh writes the teens and the hundreds above one as two words, «он жеті», «үш жүз».)
  kk: {
    1: 'бір', 2: 'екі', 3: 'үш', 4: 'төрт', 5: 'бес', 6: 'алты', 7: 'жеті', 8: 'сегіз', 9: 'тоғыз', 10: 'он',
    20: 'жиырма', 30: 'отыз', 40: 'қырық', 50: 'елу', 60: 'алпыс', 70: 'жетпіс', 80: 'сексен', 90: 'тоқсан', 100: 'жүз', 1000: 'мың',
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
  const value = TABLES[lang].get(word);
  if (value !== undefined || lang !== 'kk') return value;
  // «мыңнан астам», «отыздан аса»: a Kazakh number takes case endings too. (Not the short ones, whose stems are other
  // words': «онда» is "there", «жүзінде» "in fact".)
  const stemmed = TABLES.kk.get(stemKazakh(word));
  return stemmed !== undefined && (stemmed >= 1000 || (stemmed >= 20 && stemmed < 100)) ? stemmed : undefined;
}
