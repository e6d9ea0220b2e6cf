import type { Lang } from './lang.js';
import { CONCEPTS } from './lexicon/index.js';
import { foldWord } from './fold.js';

/**
 * Looks up the language-neutral concepts of a folded word. Lexicon stems are folded with their own
 * language's rules, so lookups work on the shared Latin spelling whatever the script.
 */

const MIN_PREFIX = 4;
const LANGS: Lang[] = ['en', 'ru', 'bg', 'hu', 'kk'];

interface Maps {
  prefixes: Map<string, string[]>;
  exact: Map<string, string[]>;
}

let maps: Maps | undefined;

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

// Built on first use, so importing the language layer costs nothing until a word is looked up.
function build(): Maps {
  const built: Maps = { prefixes: new Map(), exact: new Map() };
  for (const concept of CONCEPTS) {
    for (const lang of LANGS) {
      for (const entry of concept[lang]) {
        const exact = entry.startsWith('=');
        const folded = foldWord(exact ? entry.slice(1) : entry, lang);
        if (exact) add(built.exact, folded, concept.id);
        else if (folded.length >= MIN_PREFIX) add(built.prefixes, folded, concept.id);
      }
    }
  }
  return built;
}

const NONE: readonly string[] = [];

/** Concept ids of a folded word: an exact entry, else the longest stem the word starts with. */
export function conceptsOf(folded: string): readonly string[] {
  maps ??= build();
  const exact = maps.exact.get(folded);
  if (exact) return exact;
  for (let len = folded.length; len >= MIN_PREFIX; len--) {
    const ids = maps.prefixes.get(folded.slice(0, len));
    if (ids) return ids;
  }
  return NONE;
}
