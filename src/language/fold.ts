import { CappedMemo, ScopedMemo } from '../memo.js';
import { isNumber } from './tokenize.js';
import { scriptOfWord, type Lang } from './lang.js';

/**
 * Folding: every word of any supported language gets one Latin spelling ("локомотивов" → "lokomotivov",
 * "Kazahsztán" → "kazahstan"), so words and names meet across scripts.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'iu', я: 'ia',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i', ї: 'i', є: 'ie', ў: 'u',
};
const VOWELS = 'aeiouаеёиоуыэюяәөұүіъ';

function transliterateCyrillic(word: string, lang: Lang): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    const prev = i > 0 ? word[i - 1]! : '';
    // («ё» is often written «е»: «произвёл» and «произвел», «ещё» and «еще» are one word.)
    if ((ch === 'е' || ch === 'ё') && (i === 0 || VOWELS.includes(prev) || prev === 'ь' || prev === 'ъ')) out += 'ie'; // "Токаев" → "tokaiev", as in "Tokayev"
    else if (ch === 'ъ' && lang === 'bg') out += 'a'; // a vowel in Bulgarian, silent in Russian
    else if (ch === 'щ' && lang === 'bg') out += 'sht';
    else out += CYRILLIC[ch] ?? ch;
  }
  return out;
}

function foldHungarian(word: string): string {
  return word
    .replace(/dzs/g, 'DZH')
    .replace(/zs/g, 'ZH')
    .replace(/cs/g, 'CH')
    .replace(/sz/g, 'S')
    .replace(/s/g, 'SH')
    .replace(/gy/g, 'D')
    .replace(/ny/g, 'N')
    .replace(/ty/g, 'T')
    .replace(/ly/g, 'I')
    .replace(/c/g, 'TS')
    .toLowerCase();
}

const folded = new ScopedMemo<Lang, string>(50_000);

/** One Latin spelling for a lowercased word of any supported language (memoised: word frequencies are Zipfian). */
export function foldWord(word: string, lang: Lang): string {
  return folded.get(lang, word, () => foldWordUncached(word, lang));
}

/** An English figure's thousands are set off by commas ("3,000", "1,200,000"); elsewhere a comma is the decimal mark. */
const ENGLISH_THOUSANDS = /^\p{N}{1,3}(?:,\p{N}{3})+$/u;

/** One spelling of a figure in any language: «4,2» is 4.2, and the English "3,000" is 3000. */
export const plainNumber = (word: string, lang: Lang): string => (lang === 'en' && ENGLISH_THOUSANDS.test(word) ? word.replace(/,/gu, '') : word.replace(',', '.'));

function foldWordUncached(word: string, lang: Lang): string {
  if (isNumber(word)) return plainNumber(word, lang);
  // A Latin word in a Russian, Bulgarian or Kazakh text is an English name ("John Deere", "Wabtec").
  let w = scriptOfWord(word) === 'cyrillic'
    ? transliterateCyrillic(word, lang)
    : lang === 'hu'
      ? foldHungarian(word)
      : word.replace(/j/g, 'dzh'); // "John", "Jeff" as "Джон", "Джефф
  w = w.normalize('NFD').replace(/\p{M}/gu, '');
  w = w
    .replace(/['’-]/g, '')
    .replace(/sch/g, 'sh') // "Schwarzman" as «Шварцман»
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/kh/g, 'h')
    .replace(/c(?!h)/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/q/g, 'k')
    .replace(/[yj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return w;
}

/** Consonant skeleton of a folded word: "Lutnick", "Лютник" and "Латник" all give "ltnk". */
// «Дж» and a soft g are one sound across scripts: «Серджио» ~ "Sergio", «Джефф» ~ "Jeff", «Джордж» ~ "George".
// «ц» and a German "z" are one sound too: «Шварцман» ~ "Schwarzman".
export const skeletonOf = (folded: string): string =>
  folded.replace(/dzh|g(?=[ei])/g, 'j').replace(/ts/g, 'z').replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');

/** Character trigrams of a folded word with boundary marks, for fuzzy matching of spellings. */
export function trigramsOf(folded: string): string[] {
  const padded = `#${folded}#`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

// The Kazakh letters a Russian keyboard lacks, written as the nearest Russian ones.
const KAZAKH_PLAIN: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и' };

/**
 * A word as typed on a keyboard without its letters: no accents on Latin letters («hanyadik» for «hányadik»), and
 * the Kazakh letters as the nearest Russian ones («канша» for «қанша»). Accents of Cyrillic letters stay: «кой»
 * (who) and «кои» (who, plural) differ by the breve.
 */
const plainMemo = new CappedMemo<string>(50_000);
export function plainLetters(word: string): string {
  // (Asked of every word against every table of question words: remembered, it costs a lookup.)
  return plainMemo.get(word, () => word.replace(/[әғқңөұүһі]/gu, (c) => KAZAKH_PLAIN[c]!).normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC'));
}
