import { conceptsOf } from './lexicon.js';
import type { Lang } from './lang.js';
import { isStopword } from './stopwords.js';

/**
 * Bulgarian and Russian typed in Latin letters, as people do on a phone without a Cyrillic keyboard ("zashto tokaev
 * otide vav vashington", "skolko lokomotivov postavit wabtec"). Longest spellings first: "sht" is «щ», not «ст».
 */
const SPELLINGS: ReadonlyArray<[string, string]> = [
  ['shch', 'щ'], ['sht', 'щ'], ['zh', 'ж'], ['ch', 'ч'], ['sh', 'ш'], ['ts', 'ц'], ['yu', 'ю'], ['ya', 'я'], ['ju', 'ю'], ['ja', 'я'],
  ['a', 'а'], ['b', 'б'], ['v', 'в'], ['w', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'й'],
  ['j', 'й'], ['k', 'к'], ['q', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'],
  // A lone "c" is a Latin name's ("wabtec" → «вабтек», which the retriever meets as «Wabtec»): «ц» is typed "ts".
  ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'], ['c', 'к'], ['x', 'кс'],
];

/** A lowercase Latin word spelled in Cyrillic letters. */
function toCyrillic(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const [latin, cyrillic] = SPELLINGS.find(([l]) => word.startsWith(l, i)) ?? [word[i]!, word[i]!];
    out += cyrillic;
    i += latin.length;
  }
  return out;
}

const known = (word: string, langs: readonly Lang[]) => langs.some((lang) => isStopword(word, lang) || conceptsOf(word, lang).length > 0);

/** Consonants Russian softens with «ь», which Latin typing drops ("skolko" for «сколько», "den" for «день»). */
const SOFTENED = /[лнтдсрзвм](?=[бвгджзклмнпрстфхцчшщ]|$)/gu;

/** The Cyrillic reading of a Latin word: as spelled, or with a dropped soft sign put back where that makes a known word. */
function cyrillicOf(word: string): string {
  const plain = toCyrillic(word);
  if (known(plain, ['bg', 'ru'])) return plain;
  for (const m of plain.matchAll(SOFTENED)) {
    const softened = `${plain.slice(0, m.index + 1)}ь${plain.slice(m.index + 1)}`;
    if (known(softened, ['ru'])) return softened;
  }
  return plain;
}

/** How many more words the Cyrillic reading must know than the Latin one, and how many at least. */
const MARGIN = 2;
const MIN_KNOWN = 2;

/**
 * The Cyrillic a question typed in Latin letters spells, when it reads as Bulgarian or Russian and not as English
 * or Hungarian: more than twice as many of its lowercase words are only Bulgarian or Russian words once respelled
 * as are only English or Hungarian words as typed. Names (capitalised words) count for neither, and keep their letters.
 */
export function cyrillicSpelling(text: string): string | undefined {
  if (/\p{Script=Cyrillic}/u.test(text)) return undefined;
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => m[0]).filter((w) => /^\p{Ll}+$/u.test(w));
  if (words.length < 3 || words.some((w) => !/^[a-z]+$/u.test(w))) return undefined;
  // Words both readings know are cognates («memorandum», «za»): they tell the two apart no more than names do.
  const latinWord = (w: string) => known(w, ['en', 'hu']);
  const cyrillicWord = (w: string) => known(cyrillicOf(w), ['bg', 'ru']);
  const latin = words.filter((w) => latinWord(w) && !cyrillicWord(w)).length;
  const cyrillic = words.filter((w) => cyrillicWord(w) && !latinWord(w)).length;
  if (cyrillic < MIN_KNOWN || cyrillic < MARGIN * latin + 1) return undefined;
  // Every lowercase word: a Latin word in a Cyrillic text would be read as a foreign name.
  return text.replace(/\p{L}+/gu, (w) => (/^[a-z]+$/u.test(w) ? cyrillicOf(w) : w));
}
