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

/**
 * «Schwarzmannal», «Lutnickkal», «Gorrá»: a Hungarian ending that starts with v (-val/-vel, -vá/-vé) takes the sound of
 * a word's last consonant, which it doubles; the word without it, or undefined when it has no such ending.
 */
export function withoutAssimilatedEnding(word: string): string | undefined {
  const match = /^(\p{L}{2,}?(\p{L}))\2(?:al|el|á|é)$/u.exec(word);
  return match && !/[aeiouáéíóöőúüű]/iu.test(match[2]!) ? match[1] : undefined;
}
