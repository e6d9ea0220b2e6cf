import { scriptOfWord } from './lang.js';
import { tokenize } from './tokenize.js';

/** What a vocabulary knows of a word. */
export interface Vocabulary {
  /** The lexicon or the corpus knows the word (a function word counts as known). */
  knows(word: string): boolean;
  /** The keys by which the corpus uses the word itself (its stem, its spelling), not a concept a longer word's stem gives it. */
  usedKeys(word: string): string[];
}

/** The shortest joined word worth trying, and the shortest half: "is Sergio" is no «Серджио». */
const MIN_JOINED = 6;
const MIN_HALF = 3;
/** The fewest consonants a name's spelling must share with the joined word («ekkora ügy» is no name of three). */
const MIN_SKELETON = 4;

/**
 * "wab tek", «нагас паев», «блэк стоун»: a word a voice transcript or a hurried typist split in two, joined again
 * when the corpus uses the joined word and does not know one of its halves. Only halves one space apart, in one
 * script, are joined; everything else is left as written.
 */
export function joinSplitWords(text: string, vocabulary: Vocabulary): string {
  const tokens = tokenize(text);
  let out = '';
  let from = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    const joined = a.word + b.word;
    if (text.slice(a.end, b.start) !== ' ' || joined.length < MIN_JOINED || Math.min(a.word.length, b.word.length) < MIN_HALF || !/^\p{L}+$/u.test(joined) || scriptOfWord(a.word) !== scriptOfWord(b.word)) continue;
    // (Two words the vocabulary knows stay two; most pairs are such, and the joined word need not be read.)
    const unknown = [a, b].filter((t) => !vocabulary.knows(t.word)).length;
    if (!unknown) continue;
    const keys = vocabulary.usedKeys(joined);
    if (!keys.length) continue;
    // (A key the halves have already, or a stem one of them begins, «amerikai» in «amerikaitechcég», is no sign of one
    // word; nor is a name's spelling met by chance, unless neither half is a word: «күні өтті» is no name.)
    const halves = [...vocabulary.usedKeys(a.word), ...vocabulary.usedKeys(b.word)];
    const ofHalf = (key: string) => halves.some((h) => h === key || (key.startsWith('w:') && h.startsWith('w:') && (key.startsWith(h) || h.startsWith(key))));
    const own = keys.filter((k) => !ofHalf(k) && (k.startsWith('w:') || k.length - 2 >= MIN_SKELETON));
    if (!own.length || (unknown === 1 && !own.some((k) => k.startsWith('w:')))) continue;
    out += text.slice(from, a.end);
    from = b.start;
    i++;
  }
  return out + text.slice(from);
}
