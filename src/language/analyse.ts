import { conceptsOf } from './lexicon.js';
import { foldWord, skeletonOf, stemOf } from './fold.js';
import type { Lang } from './lang.js';
import { isNumber, isStopword, tokenize, type Token } from './tokenize.js';

/**
 * Bump when termsOf, tokenize, foldWord or stemOf change what they produce: the manifest records it,
 * and an index built by another analysis (its stored BM25 postings, term sets, vocabulary) is rebuilt.
 */
export const ANALYSER_VERSION = 1;

export interface Term {
  /** Feature key: "w:" stem, "c:" concept, "s:" name skeleton. */
  key: string;
  /** Index of the token it came from. */
  token: number;
}

/** The retrieval terms of a text: content-word stems, concept ids, and skeletons of names. */
export function termsOf(text: string, lang: Lang, tokens: Token[] = tokenize(text)): Term[] {
  const terms: Term[] = [];
  tokens.forEach((t, i) => {
    if (isStopword(t.word) || t.word.length < 2) return;
    const folded = foldWord(t.word, lang);
    terms.push({ key: `w:${stemOf(folded)}`, token: i });
    for (const concept of conceptsOf(folded)) terms.push({ key: `c:${concept}`, token: i });
    if (t.named && !isNumber(t.word)) {
      const skeleton = skeletonOf(folded);
      if (skeleton.length >= 3) terms.push({ key: `s:${skeleton}`, token: i });
      // A Latin-script name in a Hungarian text is often foreign ("Sergio", not "Shergio").
      if (lang === 'hu' && /\p{Script=Latin}/u.test(t.word)) {
        const plain = foldWord(t.word, 'en');
        if (plain !== folded) terms.push({ key: `w:${stemOf(plain)}`, token: i });
      }
    }
  });
  return terms;
}

