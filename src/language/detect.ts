import { franc } from 'franc';
import type { Lang } from './lang.js';
import { conceptsOf } from './lexicon.js';
import { isStopword } from './stopwords.js';

const FRANC_TO_ISO: Record<string, Lang> = { rus: 'ru', bul: 'bg', hun: 'hu', eng: 'en', kaz: 'kk' };
const CANDIDATES = Object.keys(FRANC_TO_ISO);

// Markers that settle short texts (questions) where trigram statistics are unreliable,
// e.g. franc alone calls "Кто подписал меморандум?" Bulgarian; casual question words («чё», «скока») count too.
const KAZAKH_LETTERS = /[әғқңөұүһі]/iu;
/** Kazakh words spelled without Kazakh letters («неше жаста», «не туралы», «бойынша», the particles of «рас па?»), for a short message that has none. */
const KAZAKH_WORDS = /(^|[^\p{L}])(неше|туралы|бойынша|деген|жылы|керек|жаста|жасы|ма|бе|канша|качан|кашан|кай|кайда|кайсы|кандай|калай|ким|кимге|киммен|кимнин|кимди|нешинши|ушин|жане|па|пе|ба|рас)(?=[^\p{L}]|$)/iu;
const RUSSIAN_ONLY_LETTERS = /[ыэё]/iu;
const BULGARIAN_HARD_SIGN = /[а-я]ъ[а-я]/iu; // ъ inside a word is Bulgarian; Russian uses it only after prefixes
// Russian writes из-/раз-/без- as ис-/рас-/бес- before a voiceless consonant (испраща would be Russian), Bulgarian
// does not («изпраща», «разказ», «безплатен»); «въз-» is Bulgarian («възможност»), Russian has «воз-».
const BULGARIAN_PREFIX = /(^|[^\p{L}])(?:(?:из|раз|без)[пткфхсцчшщ]|въз)/iu;
const RUSSIAN_WORDS = /(^|[^\p{L}])(кто|что|сколько|неужели|разве|какой|какая|какое|какие|каков|какова|каково|каковы|где|когда|почему|зачем|котор(?:ый|ая|ое|ые|ой|ого|ому|ую|ом|ым|ых|ыми)|он|она|оно|это|был|была|было|были|или|его|ее|её|они|также|чем|если|уже|только|для|будет|будут|нет|есть|ещё|еще|тоже|сейчас|теперь|через|какую|каких|каким|каком|какого|какому|кем|чей|чья|куда|откуда|чё|чо|шо|скока|скоко|скок)(?=[^\p{L}]|$)/iu;
/** Endings only Russian has: an infinitive, a reflexive verb, an adjective's («подписать», «находится», «новый», «общая»). */
const RUSSIAN_ENDINGS = /\p{L}{2,}(?:ть|ться|тся|ый|ая|ые|ого)(?![\p{L}])|\p{L}{4,}(?:ной|ской|ший|щий|их|ую)(?![\p{L}])/iu;
const BULGARIAN_WORDS = /(^|[^\p{L}])(кой|нима|коя|кое|кои|какво|колко|къде|кога|защо|който|която|които|са|се|ще|във|със|към|след|това|тази|беше|бяха|има|няма|също|според)(?=[^\p{L}]|$)/iu;
const HUNGARIAN_LETTERS = /[őűáéíóöúü]/iu;
const HUNGARIAN_WORDS = /(^|[^\p{L}])(mikor|mikorra|mióta|meddig|hány|hányat|hányan|hányadik|hol|hová|honnan|mennyi|mennyit|mennyibe|mennyiért|mekkora|mekkorák|milyen|milyenek|melyik|melyek|miért|mire|mivel|miben|miből|kik?|kit|kinek|kivel|kitől|mit|mik?|és|az|egy|hogy|nem|van|volt|között|után|alatt|szerint)(?=[^\p{L}]|$)/iu;

/**
 * Letters of each script, a capitalised word counting a quarter: names are often written in another
 * script than the sentence («Колко ще струва клиниката Ashmore Healthcare International?» is Bulgarian).
 */
function scriptWeights(sample: string): { cyrillic: number; latin: number } {
  let cyrillic = 0;
  let latin = 0;
  let latinLowercase = false;
  for (const [word] of sample.matchAll(/\p{L}+/gu)) {
    const weight = (/^\p{Lu}/u.test(word) ? 0.25 : 1) * word.length;
    if (/\p{Script=Cyrillic}/u.test(word)) cyrillic += weight;
    else if (/\p{Script=Latin}/u.test(word)) {
      latin += weight;
      latinLowercase ||= !/^\p{Lu}/u.test(word);
    }
  }
  // («Кто CEO Blackstone?»: Latin words that are all names and acronyms stand in a sentence of the other script.)
  return { cyrillic, latin: cyrillic > 0 && !latinLowercase ? 0 : latin };
}

/**
 * «air astana неше boeing 787 алады?»: names typed in lowercase Latin outweigh a short question's Cyrillic words, yet
 * the question words are Cyrillic and the Latin ones hold no function word of English or Hungarian.
 */
function asksInCyrillic(sample: string, cyrillic: number): boolean {
  if (cyrillic === 0 || !(KAZAKH_LETTERS.test(sample) || KAZAKH_WORDS.test(sample) || RUSSIAN_WORDS.test(sample) || BULGARIAN_WORDS.test(sample))) return false;
  const latinWords = sample.match(/\p{Script=Latin}+/gu) ?? [];
  return !latinWords.some((word) => isStopword(word.toLowerCase(), 'en') || isStopword(word.toLowerCase(), 'hu'));
}

/** A text without its names: a word capitalised in mid-sentence ("Wasn't it *Nestlé* that…") is spelled in its own language. */
const withoutNames = (sample: string) => sample.replace(/(?<=[^\s.!?]\s+)\p{Lu}\p{L}*/gu, '');

/**
 * Hungarian typed without accents and without a function word («Mekkora a kazah-amerikai kereskedelmi
 * forgalom?»): more lowercase words that only the Hungarian lexicon or stopwords know than only the English.
 */
function moreHungarianWords(sample: string): boolean {
  let balance = 0;
  for (const [word] of sample.matchAll(/\p{L}{3,}/gu)) {
    if (/^\p{Lu}/u.test(word)) continue; // names are read in any language
    const hu = conceptsOf(word, 'hu').length > 0 || isStopword(word, 'hu');
    const en = conceptsOf(word, 'en').length > 0 || isStopword(word, 'en');
    balance += Number(hu) - Number(en);
  }
  return balance > 0;
}

/**
 * Detects the language of a text among the five the product serves.
 * Script and distinctive letters/function words decide short texts; franc's trigram model,
 * restricted to the plausible set, decides the rest.
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const sample = withoutQuotedPhrases(text.slice(0, 4000));
  const { cyrillic, latin } = scriptWeights(sample);
  if (cyrillic === 0 && latin === 0) return fallback;

  if (cyrillic >= latin || asksInCyrillic(sample, cyrillic)) {
    if (KAZAKH_LETTERS.test(sample)) return 'kk';
    if (sample.length < 300) {
      if (KAZAKH_WORDS.test(sample) && !RUSSIAN_WORDS.test(sample) && !BULGARIAN_WORDS.test(sample)) return 'kk';
      const ru = RUSSIAN_ONLY_LETTERS.test(sample) || RUSSIAN_WORDS.test(sample) || RUSSIAN_ENDINGS.test(sample);
      const bg = BULGARIAN_HARD_SIGN.test(sample) || BULGARIAN_WORDS.test(sample) || BULGARIAN_PREFIX.test(sample);
      if (ru && !bg) return 'ru';
      if (bg && !ru) return 'bg';
    }
    // Kazakh is settled above: Kazakh text without its own letters is too rare to guess from trigrams.
    const guess = franc(sample, { only: ['rus', 'bul'], minLength: 3 });
    return FRANC_TO_ISO[guess] ?? 'ru';
  }

  if (sample.length < 300) {
    if (HUNGARIAN_LETTERS.test(withoutNames(sample)) || HUNGARIAN_WORDS.test(sample)) return 'hu';
    return moreHungarianWords(sample) ? 'hu' : 'en';
  }
  const guess = franc(sample, { only: CANDIDATES, minLength: 3 });
  return FRANC_TO_ISO[guess] ?? fallback;
}

/** A short phrase in quotes ("the 'állateledel-gyártó üzem' the article mentions"): quoted from elsewhere. */
const QUOTED_PHRASE = /(^|\s)['"«„“]([^'"«»„“”\n]{2,80})['"»”“](?=[\s.,;:!?)—–-]|$)/gu;
/** How many words of their own a message keeps for its quotes to be left out of the guess. */
const MIN_OWN_WORDS = 4;
/** The asker's own words: a quoted phrase says nothing of their language, unless little else is left. */
function withoutQuotedPhrases(text: string): string {
  const rest = text.replace(QUOTED_PHRASE, '$1');
  return (rest.match(/\p{L}{2,}/gu) ?? []).length >= MIN_OWN_WORDS ? rest : text;
}

/**
 * A cheap guess from letters alone, good enough to pick transliteration rules for a chunk of text
 * (Bulgarian ъ and щ, Hungarian digraphs); used on hot paths where running franc per text is too slow.
 */
export function quickLanguage(text: string): Lang {
  const sample = text.slice(0, 1000);
  const cyrillic = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  if (cyrillic >= latin && cyrillic > 0) {
    if (KAZAKH_LETTERS.test(sample)) return 'kk';
    return BULGARIAN_HARD_SIGN.test(sample) && !RUSSIAN_ONLY_LETTERS.test(sample) ? 'bg' : 'ru';
  }
  return HUNGARIAN_LETTERS.test(sample) || HUNGARIAN_WORDS.test(sample) ? 'hu' : 'en';
}
