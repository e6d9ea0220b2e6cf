/** Words with their offsets; "named" marks a capitalised word in mid-sentence, the mark of a name. */

export interface Token {
  /** Lowercased surface form. */
  word: string;
  start: number;
  end: number;
  /** Starts with a capital letter and is not the first word of the text: likely a name. */
  named: boolean;
}

// A word has a letter ("C5", "Kazakhstan's"); a number may carry a decimal part ("4,2", "152.7").
// Hyphens separate words, so a Kazakh suffix ("АҚШ-тың") or a compound ("Касым-Жомарт") splits.
// A model's designation ("F-16", «Су-35», "C-130J") is one word, and a name: a short capitalised prefix, a hyphen, digits.
const DESIGNATION_SHAPE = String.raw`\p{Lu}\p{L}{0,3}-\p{N}+\p{Lu}?(?![\p{L}\p{N}])`;
const DESIGNATION = new RegExp(`^${DESIGNATION_SHAPE}`, 'u');
const WORD = new RegExp(String.raw`${DESIGNATION_SHAPE}|[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*`, 'gu');

const POSSESSIVE = /^(\p{Script=Latin}{2,})['’]s$/u;

/** A word with a capital inside it («АгромашХолдинг», "AgromashHolding", "McKinsey"; not "MoU") is a name, even opening a sentence. */
export const hasInnerCapital = (surface: string) => /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u.test(surface);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // (In a text of Cyrillic letters a capitalised Latin word is a name wherever it stands: «Tesla Қазақстанда…»,
  // «Wabtec-пен жасалған…».)
  let cyrillic: boolean | undefined;
  const inCyrillicText = () => (cyrillic ??= (text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) > (text.match(/\p{Script=Latin}/gu)?.length ?? 0));
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const before = text.slice(Math.max(0, m.index - 3), m.index).trimEnd();
    // ("J. D. Vance": a capital's full stop marks an initial, not a sentence's end.)
    const sentenceStart = before === '' || (/[.!?…:\n"„«“(–—-]$/u.test(before) && !/(?:^|[^\p{L}])\p{Lu}\.$/u.test(before));
    // A word in capitals ("NATO", «ВЗЛОМАНО») is a name or an acronym wherever it stands.
    const capitals = surface.length >= 3 && /^\p{Lu}+$/u.test(surface);
    const designation = DESIGNATION.test(surface);
    const named =
      (/^\p{Lu}/u.test(surface) && (!sentenceStart || (/^\p{Script=Latin}/u.test(surface) && inCyrillicText()))) || capitals || designation || hasInnerCapital(surface);
    // "Tokayev's", "the secretary's": an English possessive ending is no part of the word.
    const own = POSSESSIVE.exec(surface)?.[1] ?? surface;
    // "US" in capitals is the country, not the pronoun the stopword list drops.
    // ("I’m" is "I'm": one apostrophe, whichever the keyboard types.)
    // ("F-16" and "F16" are one model.)
    const word = own === 'US' ? 'usa' : oneScript((designation ? own.replace('-', '') : own).toLowerCase().replace(/’/gu, "'"));
    tokens.push({ word, start: m.index, end: m.index + own.length, named });
  }
  return tokens;
}

/** Latin letters that look like Cyrillic ones, and back: a typist's keyboard may give «кунi» with a Latin i. */
const LATIN_LOOKALIKE: Readonly<Record<string, string>> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', t: 'т', h: 'һ' };
const CYRILLIC_LOOKALIKE: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LATIN_LOOKALIKE).map(([latin, cyrillic]) => [cyrillic, latin]));

/** A word mixing scripts, written in the script of most of its letters where the others have a lookalike there. */
function oneScript(word: string): string {
  const latin = word.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (!latin || !cyrillic) return word;
  const [from, lookalike] = cyrillic > latin ? [/\p{Script=Latin}/gu, LATIN_LOOKALIKE] : [/\p{Script=Cyrillic}/gu, CYRILLIC_LOOKALIKE];
  const mended = word.replace(from, (letter) => lookalike[letter] ?? letter);
  return /\p{Script=Latin}/u.test(mended) && /\p{Script=Cyrillic}/u.test(mended) ? word : mended;
}

export const isNumber = (word: string): boolean => /^\p{N}/u.test(word);

