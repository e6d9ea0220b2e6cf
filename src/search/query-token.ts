import { COUNTRY_CONCEPTS, MODEL_CONCEPTS, NAMED_PLACE_CONCEPTS, PLACE_CONCEPTS, WORLD_COUNTRY_CONCEPTS } from '../language/lexicon/index.js';

/**
 * What the corpus and the lexicon know of a query word:
 * - seen: some key of it occurs in the corpus (itself, a case form of a name, a typo's intended word);
 * - absent: the lexicon knows it, the corpus does not use it ("weather", "hockey");
 * - unknownName: a name nobody here has heard of ("Tesla", "FIFA"): the question is about something else;
 * - unknownWord: an ordinary word neither knows, often just phrasing.
 */
export type TokenStatus = 'seen' | 'absent' | 'unknownName' | 'unknownWord';

/** A content word of the query with every key that may match it in a chunk. */
export interface QueryToken {
  word: string;
  keys: string[];
  named: boolean;
  status: TokenStatus;
  /** 1 for the question itself, less for terms carried over from an earlier question. */
  weight: number;
  /** Which sentence of the question it is in (0-based). */
  sentence: number;
  /** Where later sentences say the word again ("I write about Meta. Who is the Meta vice president…?"): it is theirs too. */
  repeats?: Array<{ sentence: number; word: string }>;
  /** The exchange's other sides ("buy": supply, sale, order; see `counterpartConcepts`): a passage that tells the
   * exchange only from another side still holds the word, though less surely than one that uses it. */
  counterparts?: string[];
}

/** Whether a word is one of the question's sentence n: where it first stands, or where it is said again. */
export const inSentence = (t: QueryToken, n: number) => occurrencesOf(t).some((o) => o.sentence === n);
/** Each place the question says the word: the sentence and the form it takes there. */
export const occurrencesOf = (t: QueryToken) => [{ sentence: t.sentence, word: t.word }, ...(t.repeats ?? [])];

/**
 * Whether a word means a concept of the lexicon that may be the setting (Kazakhstan, "plant"): a country of the
 * world list is not one, and is named as a company is ("Austria" in an article on Austria); nor is a model's name.
 */
export const isConceptual = (t: QueryToken) => t.keys.some(isConceptualKey);
/** The same of one key (a question's or a passage's term). */
export const isConceptualKey = (key: string) => key.startsWith('c:') && !WORLD_COUNTRY_CONCEPTS.has(key.slice(2)) && !MODEL_CONCEPTS.has(key.slice(2));

/** A name the corpus knows that is no concept: what a question is about ("Wabtec", "Mars"; a country is the setting). */
export const isSubjectName = (t: QueryToken) => t.named && t.status === 'seen' && !isConceptual(t);

/**
 * A name that says what a clause of the question is about: a company's, a person's, a summit's («C5+1»), known and
 * still weighing; not a country's or a city's, which set the scene.
 */
export const namesTopic = (t: QueryToken) => t.named && t.status === 'seen' && t.weight > 0 && !t.keys.some((k) => k.startsWith('c:') && NAMED_PLACE_CONCEPTS.has(k.slice(2)));

/** The names a question is about that still weigh (not one made weightless as a claim, an outlet, the asker's own). */
export const subjectNames = (tokens: readonly QueryToken[]) => tokens.filter((t) => isSubjectName(t) && t.weight > 0);

/** Whether one of the token's concepts is in the set (of concept ids, without the key's "c:"). */
export const hasConceptIn = (t: QueryToken, ids: ReadonlySet<string>) => t.keys.some((k) => k.startsWith('c:') && ids.has(k.slice(2)));

/**
 * A name the corpus never mentions: unknown ("Tesla"), or a known country or city it never names ("Kyrgyzstan";
 * a country however written: «Magyarország» opening a question, "hungary" in lowercase).
 */
export const isUnknownName = (t: QueryToken) =>
  t.status === 'unknownName' || (t.status === 'absent' && (hasConceptIn(t, COUNTRY_CONCEPTS) || (t.named && hasConceptIn(t, PLACE_CONCEPTS))));
