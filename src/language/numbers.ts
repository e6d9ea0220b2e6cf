import type { Lang } from './lang.js';

/**
 * Number words from one to twenty, and the tens and hundred, in the five languages: "five", «пять»,
 * «пет», "öt", «бес». Inflected forms share a stem («пяти», «пятерых» → «пят»), so entries are matched
 * as exact words first and as stems (≥ 3 letters) second.
 */
const WORDS: Record<Lang, string[]> = {
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'],
  ru: ['один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать', 'двадцать'],
  bg: ['един', 'два', 'три', 'четири', 'пет', 'шест', 'седем', 'осем', 'девет', 'десет', 'единадесет', 'дванадесет', 'тринадесет', 'четиринадесет', 'петнадесет', 'шестнадесет', 'седемнадесет', 'осемнадесет', 'деветнадесет', 'двадесет'],
  hu: ['egy', 'kettő', 'három', 'négy', 'öt', 'hat', 'hét', 'nyolc', 'kilenc', 'tíz', 'tizenegy', 'tizenkettő', 'tizenhárom', 'tizennégy', 'tizenöt', 'tizenhat', 'tizenhét', 'tizennyolc', 'tizenkilenc', 'húsz'],
  kk: ['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз', 'он', 'он бір', 'он екі', 'он үш', 'он төрт', 'он бес', 'он алты', 'он жеті', 'он сегіз', 'он тоғыз', 'жиырма'],
};

const EXTRA: Record<Lang, Record<string, number>> = {
  en: { thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12 },
  ru: { две: 2, одна: 1, одно: 1, тридцать: 30, сорок: 40, пятьдесят: 50, сто: 100, пятерка: 5, пятёрка: 5, пятерки: 5, пятёрки: 5, пятерке: 5, пятёрке: 5, пятеро: 5, двое: 2, трое: 3, четверо: 4 },
  bg: { две: 2, една: 1, едно: 1, тридесет: 30, четиридесет: 40, петдесет: 50, сто: 100, петимата: 5, петте: 5 },
  hu: { két: 2, száz: 100, harminc: 30, negyven: 40, ötven: 50, ötös: 5, ötök: 5 },
  kk: { отыз: 30, қырық: 40, елу: 50, жүз: 100, бесеу: 5, бестік: 5, бестігі: 5, бестігіне: 5 },
};

const TABLE: Record<Lang, Map<string, number>> = Object.fromEntries(
  (Object.keys(WORDS) as Lang[]).map((lang) => [
    lang,
    new Map<string, number>([...WORDS[lang].map((w, i): [string, number] => [w, i + 1]), ...Object.entries(EXTRA[lang])]),
  ]),
) as Record<Lang, Map<string, number>>;

/** The value of a lowercased number word of the given language (or of any, when it is unambiguous), if it is one. */
export function numberWordValue(word: string, lang: Lang): number | undefined {
  return TABLE[lang].get(word);
}
