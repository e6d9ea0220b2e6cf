import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemHungarian } from '@orama/stemmers/hungarian';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { stemBulgarian } from './bulgarian-stemmer.js';
import { stemKazakh } from './kazakh-stemmer.js';
import { scriptOfLang, scriptOfWord, type Lang } from './lang.js';

const STEMMERS: Record<Lang, (word: string) => string> = {
  en: stemEnglish,
  ru: stemRussian,
  bg: stemBulgarian,
  hu: stemHungarian,
  kk: stemKazakh,
};


/**
 * The stem of a lowercased word by the rules of the language it is written in. A word's script can
 * overrule the text's language: a Latin name in a Russian article ("Wabtec") takes the English rules,
 * a Cyrillic word in an English text the Russian ones.
 */
export function stemWord(word: string, lang: Lang): string {
  const rules: Lang = scriptOfWord(word) === 'cyrillic' ? (scriptOfLang(lang) === 'latin' ? 'ru' : lang) : lang === 'hu' ? 'hu' : 'en';
  return STEMMERS[rules](word) || word;
}
