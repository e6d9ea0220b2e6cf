import { foldWord } from './fold.js';
import { LANGS, scriptOfLang, scriptOfWord, type Lang, type Script } from './lang.js';
import { CONCEPTS } from './lexicon/index.js';
import { ScopedMemo } from '../memo.js';
import { stemWord } from './stem.js';

/**
 * Looks up the language-neutral concepts of a word. Entries and words are folded to one Latin
 * spelling, so Russian, Bulgarian and Kazakh forms of a word meet; but a word is looked up only among
 * the entries of its own script. A Latin word is a name or an English or Hungarian word, never a
 * transliterated Russian one ("Zakon.kz" is not «закон»), and a Cyrillic word never hits an English
 * stem ("север" is not "several").
 */

const MIN_PREFIX = 4;


interface Phrase {
  /** Whether the first word is met whole: a short one ('big deal': "the bigger deal" is no idiom), as in every entry. */
  exactFirst: boolean;
  /** Folded stems after the first; each must begin the text's word at its place. */
  rest: string[];
  id: string;
}

interface Maps {
  prefixes: Map<string, string[]>;
  exact: Map<string, string[]>;
  /** Words spelled exactly ('==' entries), lowercase and unfolded. */
  spelled: Map<string, string[]>;
  /** Multi-word entries ("срещ на върх", "middle east") by their folded first stem. */
  phrases: Map<string, Phrase[]>;
}

let tables: Record<Script, Maps> | undefined;

function add(map: Map<string, string[]>, key: string, id: string): void {
  const ids = map.get(key);
  if (!ids) map.set(key, [id]);
  else if (!ids.includes(id)) ids.push(id);
}

// Built on first use, so importing the language layer costs nothing until a word is looked up.
function build(): Record<Script, Maps> {
  const empty = (): Maps => ({ prefixes: new Map(), exact: new Map(), spelled: new Map(), phrases: new Map() });
  const built: Record<Script, Maps> = { latin: empty(), cyrillic: empty() };
  for (const concept of CONCEPTS) {
    for (const lang of LANGS) {
      const maps = built[scriptOfLang(lang)];
      for (const entry of concept[lang]) {
        if (entry.includes(' ')) {
          const [first, ...rest] = entry.split(' ').map((w) => foldWord(w, lang));
          maps.phrases.set(first!, [...(maps.phrases.get(first!) ?? []), { exactFirst: first!.length < MIN_PREFIX, rest, id: concept.id }]);
          continue;
        }
        if (entry.startsWith('==')) {
          add(maps.spelled, entry.slice(2), concept.id);
          continue;
        }
        const exact = entry.startsWith('=');
        const folded = foldWord(exact ? entry.slice(1) : entry, lang);
        if (exact) add(maps.exact, folded, concept.id);
        else if (folded.length >= MIN_PREFIX) add(maps.prefixes, folded, concept.id);
      }
    }
  }
  return built;
}

const NONE: readonly string[] = [];

/** The languages that join case endings on, whose stemmers strip them: «euró|ról», «еуро|ны». */
const AGGLUTINATIVE: ReadonlySet<Lang> = new Set(['hu', 'kk']);
/** A vowel closing a word: such a word is given in exact forms, since a stem as short would catch others (euró, európa). */
const FINAL_VOWEL = /[aeiouáéíóöőúüűаәеёиоөұүыіэюя]$/u;

/**
 * Concepts by language and word: an unknown word (most of a corpus's names and rare forms) is looked
 * up by every prefix of its folded form, a few dozen slices and hashes, each time it is met; the
 * tables never change once built, so the answer for a word does too.
 */
const conceptMemo = new ScopedMemo<Lang, readonly string[]>(50_000);

/**
 * Concept ids of a lowercased word in a text of the given language: an entry spelling it exactly, else an
 * exact entry of its folded form, else the longest stem the word starts with.
 */
export function conceptsOf(word: string, lang: Lang): readonly string[] {
  return conceptMemo.get(lang, word, () => conceptsUncached(word, lang));
}

/** The concepts a word is an exact form of («=amcham»), not one it only begins as: for names written with a capital inside. */
export function exactConceptsOf(word: string, lang: Lang): readonly string[] {
  tables ??= build();
  const maps = tables[scriptOfWord(word)];
  const folded = foldWord(word, lang);
  const whole = maps.prefixes.get(folded);
  return maps.spelled.get(word.toLowerCase()) ?? maps.exact.get(folded) ?? (whole ? [...whole] : NONE);
}

function conceptsUncached(word: string, lang: Lang): readonly string[] {
  tables ??= build();
  const maps = tables[scriptOfWord(word)];
  const spelled = maps.spelled.get(word.toLowerCase());
  if (spelled) return spelled;
  const folded = foldWord(word, lang);
  const exact = maps.exact.get(folded);
  if (exact) return exact;
  for (let len = folded.length; len >= MIN_PREFIX; len--) {
    const ids = maps.prefixes.get(folded.slice(0, len));
    if (ids) return [...ids, ...secondPartOf(word.toLowerCase(), len, ids, lang)];
  }
  // «euróról», «еуроны»: a case ending on a word given only in exact forms. (Only a stem ending in a vowel: «nagy|on»,
  // «алд|ымен» are words of their own, and a word ending in a consonant is given as a stem, which meets its forms.)
  const stemmed = AGGLUTINATIVE.has(lang) ? stemWord(word.toLowerCase(), lang) : undefined;
  const exactStem = stemmed && FINAL_VOWEL.test(stemmed) && stemmed !== word.toLowerCase() ? maps.exact.get(foldWord(stemmed, lang)) : undefined;
  if (exactStem) return exactStem;
  // «Минсельхоз», «Минэнерго»: a ministry named by the stem of its field.
  const field = scriptOfLang(lang) === 'cyrillic' ? conceptsOfRest(MINISTRY_ABBREVIATION, word, lang) : NONE;
  if (field.length) return ['ministry', ...field];
  // «политолози», «ученици», «монарси»: a Bulgarian masculine plural turns the stem's last г, к, х into з, ц, с.
  const unmutated = lang === 'bg' ? BULGARIAN_VELAR_PLURAL.exec(word.toLowerCase()) : null;
  if (unmutated) {
    const ids = conceptsOf(unmutated[1]! + VELAR_OF[unmutated[2]!]!, lang);
    if (ids.length) return ids;
  }
  // «поблагодарил» is «благодарил» made perfective, «leszállítás» is «szállítás» done down to someone: verbs and
  // their nouns take prefixes the stems lack.
  return conceptsOfRest(VERB_PREFIX[lang], word, lang);
}

/**
 * A compound's second part is a word of its own after a linking vowel: «локомотив*о*сборочный», «внешн*е*политический».
 * (Hungarian joins words with none, and its second parts shift sense: «teherszállítás» is freight transport, no delivery.)
 */
const COMPOUND_PART = 5;
const LINKING_VOWEL: Partial<Record<Lang, RegExp>> = { ru: /^[ое]$/u, bg: /^[ое]$/u };

/**
 * The concepts of a compound's second part: the word's sense (`ids`, found by a stem of `matched` folded letters)
 * comes from its first part alone, and a known word follows it, after the linking vowel its language needs.
 */
function secondPartOf(word: string, matched: number, ids: readonly string[], lang: Lang): readonly string[] {
  const linking = LINKING_VOWEL[lang];
  if (!linking || word.length < 2 * COMPOUND_PART) return NONE;
  for (let cut = word.length - COMPOUND_PART; cut >= COMPOUND_PART; cut--) {
    const first = word.slice(0, cut);
    // The stem that gave the word its sense must lie within the first part: «взаимопонимание» is one word, a memorandum.
    if (foldWord(first, lang).length < matched) break;
    if (!linking.test(word[cut]!)) continue;
    const rest = word.slice(cut + 1);
    if (rest.length < COMPOUND_PART || conceptsOf(first, lang).join() !== ids.join()) continue;
    const more = conceptsOf(rest, lang).filter((id) => !ids.includes(id));
    if (more.length) return more;
  }
  return NONE;
}

const MINISTRY_ABBREVIATION = /^мин(\p{L}{4,})$/u;
const BULGARIAN_VELAR_PLURAL = /^(\p{L}{3,})([зцс])и(?:те)?$/u;
const VELAR_OF: Record<string, string> = { з: 'г', ц: 'к', с: 'х' };
const VERB_PREFIX: Partial<Record<Lang, RegExp>> = {
  ru: /^(?:пере|при|про|по|за|вы|на)(\p{L}{6,})$/u,
  bg: /^(?:пре|при|про|по|за|из|на)(\p{L}{6,})$/u,
  hu: /^(?:meg|le|fel|ki|be|el|át|össze|vissza|alá|hozzá)(\p{L}{6,})$/u,
};

/** The concepts of what a pattern leaves of a word (its first group), when the lexicon knows that. */
function conceptsOfRest(pattern: RegExp | undefined, word: string, lang: Lang): readonly string[] {
  const rest = pattern?.exec(word.toLowerCase())?.[1];
  return rest ? conceptsOf(rest, lang) : NONE;
}

/**
 * A multi-word concept starting at words[at] ("среща на върха" is a summit, not a meeting; "Middle
 * East" is a place, not an unknown name): its concept and how many words it spans, longest first.
 */
export function phraseAt(words: readonly string[], at: number, lang: Lang): { id: string; length: number } | undefined {
  tables ??= build();
  const first = words[at];
  if (!first) return undefined;
  const phrases = tables[scriptOfWord(first)].phrases;
  if (!phrases.size) return undefined;
  // Every word of a phrase entry is a stem: «срещата на върха» fits "срещ на върх".
  const folded = foldWord(first, lang);
  const candidates: Phrase[] = [];
  // A short first word («szó esett») is met whole; a longer one by any stem of 3 letters or more.
  for (let len = folded.length; len >= Math.min(3, folded.length); len--) candidates.push(...(phrases.get(folded.slice(0, len)) ?? []).filter((p) => !p.exactFirst || len === folded.length));
  let best: { id: string; length: number } | undefined;
  for (const phrase of candidates) {
    const fits = phrase.rest.every((w, k) => foldWord(words[at + 1 + k] ?? '', lang).startsWith(w));
    if (fits && (!best || phrase.rest.length + 1 > best.length)) best = { id: phrase.id, length: phrase.rest.length + 1 };
  }
  return best;
}
