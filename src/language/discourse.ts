import type { Lang } from './lang.js';

/**
 * Words that open a sentence continuing the previous one's subject: pronouns, demonstratives and
 * connectives ("It will…", «При этом…», «Той…», "Ezek között…", «Сондай-ақ…»).
 */
const OPENERS: Record<Lang, string[]> = {
  en: ['he', 'she', 'it', 'they', 'this', 'these', 'that', 'those', 'its', 'their', 'his', 'her', 'also', 'moreover', 'besides', 'in addition', 'additionally', 'furthermore', 'such', 'there', 'then', 'the company', 'the deal', 'the agreement', 'under it', 'under the'],
  ru: ['он', 'она', 'оно', 'они', 'это', 'эти', 'этот', 'эта', 'его', 'ее', 'её', 'их', 'также', 'кроме того', 'при этом', 'в том числе', 'там', 'тогда', 'таким образом', 'помимо этого', 'в частности', 'документ', 'документы', 'компания', 'сделка', 'соглашение'],
  bg: ['той', 'тя', 'то', 'те', 'това', 'тези', 'този', 'тази', 'неговите', 'също', 'освен това', 'така', 'там', 'компанията', 'сделката', 'споразумението'],
  hu: ['ő', 'ők', 'ez', 'ezek', 'az', 'azok', 'ezzel', 'emellett', 'továbbá', 'valamint', 'ennek', 'ezt', 'így', 'ott', 'a cég', 'a megállapodás', 'a gépeket', 'a társaság'],
  kk: ['ол', 'олар', 'бұл', 'осы', 'сондай-ақ', 'сонымен қатар', 'оның', 'олардың', 'сол', 'компания', 'келісім'],
};

const PATTERNS: Record<Lang, RegExp> = Object.fromEntries(
  (Object.keys(OPENERS) as Lang[]).map((lang) => [lang, new RegExp(`^[\\s«"„“(—–-]*(?:${OPENERS[lang].join('|')})(?![\\p{L}])`, 'iu')]),
) as Record<Lang, RegExp>;

// "За этот период…", "During this time…", "Ezalatt…": a demonstrative among the first words points back.
const DEMONSTRATIVE: Record<Lang, RegExp> = {
  en: /^(?:\S+\s+){0,2}(?:this|these|that|those|such)\s/iu,
  ru: /^(?:\S+\s+){0,2}(?:этот|эта|это|эти|этого|этой|этом|этим|этих|такой|такие|тот|того|том)\s/iu,
  bg: /^(?:\S+\s+){0,2}(?:този|тази|това|тези|този|такъв|такива|онзи)\s/iu,
  hu: /^(?:\S+\s+){0,2}(?:ez|ezek|ezt|ennek|ebben|ezalatt|azóta|ilyen|e)\s/iu,
  kk: /^(?:\S+\s+){0,2}(?:бұл|осы|сол|мұндай|бұның|осының)\s/iu,
};

/** Whether a sentence opens as the continuation of the one before it (a pronoun, an ellipsis, a connective). */
export function opensContinuation(sentence: string, lang: Lang): boolean {
  return /^[\s«"„“]*(?:…|\.\.\.)/u.test(sentence) || PATTERNS[lang].test(sentence) || DEMONSTRATIVE[lang].test(sentence);
}
