import type { Lang } from './lang.js';

/**
 * Words shaped like adjectives before a noun: «грузовых локомотивов», «работни места», «új mozdonyt», «жаңа ұшақ».
 * By ending (and a few frequent stems); English has no such ending, so only its frequent qualifiers match.
 */
const ADJECTIVE: Record<Lang, RegExp> = {
  en: /^(?:new|old|main|key|major|principal|primary|big|large|small|other|further|additional|specific|particular|exact|precise|concrete|actual|estimated|approximate|joint|strategic|critical|important|overall|regional|national|local|international|global|domestic|foreign)$/u,
  ru: /(ых|их|ые|ие|ый|ий|ой|ая|яя|ое|ее|ую|юю|ым|им|ого|его|ому|ему)$/u,
  // («основния», «основната» after a consonant: «компания», «споразумения», «страната», «цената» are nouns.)
  bg: /(ни|ви|ски|ска|ско|ен|ов|ова|ово|ните|ният|ното|ската|ското|[вжлчшдтрмзсн]н[ао]|[бвгджзклмпрстфхцчшщ]н(?:ия|ата))$/u,
  // (And a borrowed adjective's ending: «regionális», «kritikus», «aktív».)
  hu: /^(új|régi|nagy|kis|további|más|modern|konkrét|pontos|becsült|tényleges)$|(?:i|ális|ikus|ív)$/u,
  // (Typed with Russian letters too: «мемлекеттик», «жана».)
  kk: /^(жаңа|ескі|үлкен|кіші|қосымша|заманауи|нақты|жана|улкен|киши|косымша|накты)$|(лық|лік|дық|дік|тық|тік|лык|лик|дык|дик|тык|тик|ғы|гі|қы|кі)$/u,
};

/** Whether a lowercase word is shaped like an adjective of its language. */
export const looksAdjectival = (word: string, lang: Lang): boolean => ADJECTIVE[lang].test(word);
