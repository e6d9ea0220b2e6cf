import type { Document } from '@langchain/core/documents';
import { scriptOfLang, type Lang } from '../language/lang.js';
import type { Chunk } from '../corpus/chunk.js';
import { CappedMemo, ScopedMemo } from '../memo.js';
import type { HnswStore } from './hnsw-store.js';
import { chunkOf } from './indexer.js';
import type { LexicalIndex } from './lexical-index.js';
import { foldWord, skeletonOf } from '../language/fold.js';
import { isNumber, tokenize } from '../language/tokenize.js';
import { isFigure, phraseContinuations, plainNameKey, termsOf } from '../language/analyse.js';
import { AMOUNT_CONCEPTS, ARTICLE_CONCEPTS, ASKING_TIME_CONCEPTS, COUNTRY_CONCEPTS, LANGUAGE_OF_COUNTRY, MONTH_CONCEPTS, NAME_CONCEPTS, PHRASING_CONCEPTS, PLACE_CONCEPTS, REPORTING_CONCEPTS, WORLD_COUNTRY_CONCEPTS } from '../language/lexicon/index.js';
import { COUNTERPART_WEIGHT, counterpartConcepts, narrowerConcepts } from '../language/lexicon/hierarchy.js';
import { conceptsOf } from '../language/lexicon.js';
import { isStopword } from '../language/stopwords.js';
import { stemWord, withoutAssimilatedEnding } from '../language/stem.js';
import { quickLanguage } from '../language/detect.js';
import type { Vocabulary } from '../language/split-words.js';
import { askerClauses, asksSomething, HEDGE, choiceOptions, doubtedOptions, framingSpans, sideMarkerSpans, glossedAbbreviations, IF_SO, negatedNames, offersAnotherOne, placesSomething, pointsBack, asksWhatReallyIs } from '../language/discourse.js';
import { questionSentences } from '../language/sentences.js';
import { log } from '../log.js';
import { comparedSubjects, isComparisonWord, withoutOthers } from './comparison.js';
import { hasConceptIn, inSentence, occurrencesOf, isConceptual, isSubjectName, isUnknownName, type QueryToken, type TokenStatus } from './query-token.js';

export type { QueryToken, TokenStatus } from './query-token.js';

/** Removes a key from a token's keys, if there. */
function removeKey(keys: string[], key: string): void {
  const at = keys.indexOf(key);
  if (at >= 0) keys.splice(at, 1);
}

/** Where each sentence of a text after the first begins (see `questionSentences`). */
const sentenceStarts = (text: string): number[] => questionSentences(text).slice(1).map((s) => s.start);
/** Index of the sentence a character offset falls in, given where the sentences begin. */
const sentenceOf = (starts: readonly number[], offset: number) => starts.filter((start) => start <= offset).length;

export interface Hit {
  chunk: Chunk;
  /** Fused rank score (reciprocal rank fusion of dense and BM25). */
  score: number;
  /** Share of the query's information (idf-weighted) that this chunk contains, 0–1. */
  coverage: number;
}

export interface Retrieval {
  /** The question's content words (of its best-covered sentence, in a longer message), plus any carried over from the previous question. */
  tokens: QueryToken[];
  hits: Hit[];
  /** Share of the question's information that the best file's retrieved chunks hold together, 0–1. */
  coverage: number;
  /** Names in the question that the corpus never mentions, in any spelling or case form (a part naming one covers nothing). */
  unknownNames: string[];
  /** Two named subjects the question sets side by side ("the Wabtec or the John Deere deal"), each with its own words; else none. */
  compared: QueryToken[][];
  /** The next-ranked chunks, which the limits on hits and on chunks per file left out, best first. */
  reserve: Hit[];
}

export interface RetrieveOptions {
  k?: number;
  /** Text of an earlier question whose terms help a follow-up ("and how much is it worth?"). */
  carryOver?: string;
  /** Embeds the query (the question path's bounded embedder); undefined from it means lexical only. */
  embed?: (text: string) => Promise<number[] | undefined>;
  /** A message that checks a claim ("Is the plant in Almaty?", "…900 wagons; how many really?"): a place or a figure the corpus never names is the claim, not its subject. */
  checksClaim?: boolean;
  /**
   * The message also asks what is so ("Is it true he met Larry Fink? Who was it really?", "…900 wagons? How many
   * really?"): what it claims is corrected, and is not its subject.
   */
  correctsClaim?: boolean;
  /**
   * What the message corrects is a name, not a figure or a date ("…with Chevron? Which company was it?"): only then is a
   * name the corpus never mentions the claim. ("…a $10 billion deal with Chevron? What was the amount?" is about Chevron.)
   */
  correctsName?: boolean;
  /** The message asks about another thing than it names ("…oil and gas? Or something else?"): the things it names that the corpus never mentions are its claim. */
  claimsThings?: boolean;
  /** Words of the value a correcting message claims ("…signed by Marco Rubio. Who really signed it?"): the claim, no subject, though the corpus knows them. */
  claimed?: readonly string[];
}

/** A word for a language, between a country's adjective and the article it qualifies ("Bulgarian-language", «orosz nyelvű»). */
const LANGUAGE_WORD = /^(?:language|nyelv\p{L}*|язык\p{L}*|език\p{L}*|тіл\p{L}*)$/u;

const RRF_K = 60;
const CANDIDATES = 30;

/** How the dense half searches the graph (see HybridRetriever.denseCandidates). */
export interface DenseSearchOptions {
  /**
   * Neighbours asked of the graph beyond the CANDIDATES kept, so that chunks of equal similarity at the
   * boundary are usually all fetched and then ranked by id, whichever of them the search reached first.
   * It also sets the search's breadth (EF_PER_NEIGHBOUR per neighbour asked: ef 640).
   */
  tieMargin: number;
  /** How much wider the graph search runs again when the lexical candidates show that it went astray (1: never). */
  widen: number;
}
// Measured at 100k chunks through the graph (README): the margin alone (ef 480 → 640) raises the golden top-6
// agreement with exhaustive search from 48 to 55 of 62, the wider second search to 57; widening 3, 4 or 6 times
// agree alike. The offline embedder's questions are scanned exactly instead (HnswStore.nearest), and never widened.
export const DEFAULT_DENSE_SEARCH: DenseSearchOptions = { tieMargin: 10, widen: 3 };
const MAX_PER_FILE = 2;
/** Chunks kept beyond the diversity limit, for an answer the retrieved ones do not state. */
const RESERVE = 24;
const FUZZY_MIN = 0.6;
/** An unknown ordinary word weighs this share of an unseen term: it may only be phrasing. */
const UNKNOWN_WORD_WEIGHT = 0.5;
/** The shortest stem that counts as the head of a compound. */
const COMPOUND_HEAD = 5;
/** A sentence of a longer message is judged alone when it holds this much information (in unseen terms). */
const PART_MIN_INFORMATION = 0.75;
/** A country whose idf is below this share of an unseen term's is the corpus's setting. */
const SETTING = 0.5;
/** A known name weighs at least this share of an unseen term. */
const NAME_FLOOR = 0.6;
/** Letters a name needs before a one-letter difference reads as another spelling of a corpus name. */
const MIN_NAME_TYPO = 5;
/** Units a date is counted in. */
const TIME_UNITS: ReadonlySet<string> = new Set(['c:year', 'c:month', 'c:week', 'c:day']);
/** Consonants a lowercase word must share with a corpus name to be read as that name in another script («эшмор», "Ashmore"). */
const MIN_SPELLED_SKELETON = 4;
/** "With" (typed "w" in chat): the word after names whom something is done with; "or", "and" name one more. (Not
 * «с», which is also "with whose help", «с когото».) */
const WITH_PARTY: ReadonlySet<string> = new Set(['with', 'w']);
const OR_AND: ReadonlySet<string> = new Set(['or', 'and']);
/** Terms of the previous question count almost fully in a follow-up: they name what "it" is. */
const CARRY_OVER_WEIGHT = 0.8;

/** The concepts of a compound's head, its longest tail the lexicon knows («инвестсоглашение» → «соглашение»). */
function headConcepts(word: string, lang: Lang): string[] {
  for (let at = 3; word.length - at >= COMPOUND_HEAD; at++) {
    const ids = conceptsOf(word.slice(at), lang);
    if (ids.length) return ids.map((id) => `c:${id}`);
  }
  return [];
}

/**
 * Whether a sentence of a question asks something: by its question mark, or by its words (a chat's last line often
 * has no mark at all, "…Goldman Sachs? and did Tokayev meet him"; nor does a formal request, «Просим уточнить…»).
 */
const sentenceAsks = (said: { text: string; end: string } | undefined, lang: Lang): boolean =>
  (said?.end ? said.end.includes('?') : !/[.!…]\s*$/u.test(said?.text ?? '')) || asksSomething(said?.text ?? '', lang);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** The letters of a Cyrillic name romanised the Hungarian way: «й» as "j", «с» as "sz", «ж» as "zs", «ч» as "cs". */
const HUNGARIAN_ROMANISED = /j|sz|zs|cs/iu;

/** A Latin word in a Cyrillic question ("Mars", "Boeing") is a name wherever it stands, and the reverse. */
function foreignScript(word: string, lang: Lang): boolean {
  return lang === 'en' || lang === 'hu' ? CYRILLIC.test(word) : LATIN.test(word);
}

/** A folded word without the glide a Cyrillic «Е», «Я», «Ю» opens with («Ерсайын» → "iersain" begins as "Ersajin" does). */
const unvoiced = (folded: string) => folded.replace(/^i(?=[aeou])/u, '');

/** Whether a lowercased text writes a word as a web address, «baq.kz»: alone, before a dot and a two-to-four-letter ending. */
function webAddressAt(text: string, word: string): boolean {
  const letter = /\p{L}/u;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if ((at > 0 && letter.test(text[at - 1]!)) || text[end] !== '.') continue;
    let letters = 0;
    while (letters < 5 && letter.test(text[end + 1 + letters] ?? '')) letters++;
    if (letters >= 2 && letters <= 4) return true;
  }
  return false;
}

/** Edit distance with transpositions, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The heaviest ordinary word neither the lexicon nor the corpus knows ("on *behalf* of"): no chunk can
 * hold it, so it is left out of every share of the question a chunk or a passage holds. One word the
 * lexicon lacks must never on its own make a question unanswerable, or its fact "not stated".
 */
export function phrasingWord(tokens: QueryToken[], informationOf: (t: QueryToken) => number): QueryToken | undefined {
  let heaviest: QueryToken | undefined;
  for (const t of tokens) {
    if (t.status === 'unknownWord' && (!heaviest || informationOf(t) * t.weight > informationOf(heaviest) * heaviest.weight)) heaviest = t;
  }
  return heaviest;
}

/**
 * Hybrid retrieval: dense neighbours from the hnswlib index and BM25 over the same normalised
 * terms, fused by reciprocal rank, diversified across files, then checked by a relevance gate
 * measure (coverage) of whether the best chunks actually contain what the question is about.
 */
export class HybridRetriever {
  /**
   * Chunks by id, built from the store on first use: the same object comes back while cached, so the
   * answerer's per-chunk sentence analysis (a WeakMap on the chunk) is reused question after question.
   */
  private readonly chunks = new CappedMemo<Chunk | undefined>(20_000);
  private readonly chunkKeys = new CappedMemo<Set<string>>(20_000);
  /** Users keep asking about the same names. */
  private readonly variantsOf = new CappedMemo<string[]>(10_000);
  /** What the vocabulary knows of a word, and the keys the corpus writes it by: every pair of a question's words is tried joined. */
  private readonly knownWords = new ScopedMemo<Lang, boolean>(10_000);
  private readonly usedKeysOf = new ScopedMemo<Lang, string[]>(10_000);
  /** informationOf per query token: the gate and the answerer ask for it once per candidate chunk. */
  private readonly information = new WeakMap<QueryToken, number>();
  /** A country token's idf by its concept, read once per token (every candidate chunk's coverage asks it). */
  private readonly countryInformation = new WeakMap<QueryToken, number>();

  /**
   * Over a synced index: the vector store and the stored lexical index (BM25 postings, chunk term sets,
   * vocabulary with stems and trigrams), read as they are, O(1) here. A re-synced index gets a new retriever.
   */
  private readonly dense: DenseSearchOptions;

  constructor(
    private readonly store: HnswStore,
    private readonly bm25: LexicalIndex,
    dense: Partial<DenseSearchOptions> = {},
  ) {
    this.dense = { ...DEFAULT_DENSE_SEARCH, ...dense };
  }

  get chunkCount(): number {
    return this.store.size;
  }

  private chunk(id: string): Chunk | undefined {
    return this.chunks.get(id, () => {
      const doc = this.store.getDocument(id);
      return doc && chunkOf(doc);
    });
  }

  /** A chunk's term set; empty for a chunk the lexical index does not hold (yet: an index mid-update). */
  private keysOf(id: string): Set<string> {
    return this.chunkKeys.get(id, () => this.bm25.termSet(id) ?? new Set());
  }

  /** What the corpus and the lexicon know of single words, for mending a question's split words. */
  readonly vocabulary = (lang: Lang): Vocabulary => ({
    // (A word of the lexicon, or a function word, is known without reading it against the corpus.)
    knows: (word) =>
      this.knownWords.get(lang, word, () => isStopword(word.toLowerCase(), lang) || conceptsOf(word.toLowerCase(), lang).length > 0 || this.analyse(word, lang).every((t) => t.status === 'seen' || t.status === 'absent')),
    // (By the word's own stem or spelling: not a concept a longer word's stem gives it, nor a near spelling.)
    usedKeys: (word) => this.usedKeysOf.get(lang, word, () => [`s:${skeletonOf(foldWord(word, lang))}`, ...termsOf(word, lang).map((t) => t.key)].filter((k) => !k.startsWith('c:') && this.bm25.has(k))),
  });

  /** The content words of a text, the keys each may match, and what the corpus and the lexicon know of each. */
  analyse(text: string, lang: Lang, weight = 1): QueryToken[] {
    const tokens = tokenize(text);
    const starts = sentenceStarts(text);
    const byToken = new Map<number, string[]>();
    // (A name in a question is that name: «АгромашХолдинг» asks for that company, not for any holding.)
    const terms = termsOf(text, lang, tokens).filter((term) => !term.kindOfName);
    for (const term of terms) byToken.set(term.token, [...(byToken.get(term.token) ?? []), term.key]);
    // "the exchange *rate*", «*курс* доллара»: a word of a phrase the corpus never uses means the phrase, not what
    // the word means alone elsewhere in the corpus.
    for (const term of terms) if (term.phrase && !this.bm25.has(term.key)) byToken.set(term.token, [term.key]);
    // «қол қойды», "Middle East": a phrase is one word of the question, however many words spell it.
    const goesOnPhrase = phraseContinuations(terms);
    const firstOf = new Map<string, QueryToken>();
    const result: QueryToken[] = [];
    const byIndex = new Map<number, QueryToken>();
    const cyrillicQuestion = scriptOfLang(lang) === 'cyrillic';
    const lowercaseLatin = (t: (typeof tokens)[number] | undefined) => t !== undefined && LATIN.test(t.word) && /^\p{Ll}/u.test(text.slice(t.start, t.start + 1));
    const parties = new Set<number>();
    // ("Could you tell me…", "I read that…", «айтып бере аласыз ба»: of the one answering and the asker, not the sources.)
    const framing = framingSpans(text, lang);
    const frames = (i: number) => framing.some(([start, end]) => tokens[i]!.start >= start && tokens[i]!.start < end);
    const sideMarkers = sideMarkerSpans(text);
    const marksSide = (i: number) => sideMarkers.some(([start, end]) => tokens[i]!.start >= start && tokens[i]!.start < end);
    for (const [i, keys] of byToken) {
      if (frames(i)) continue;
      // («нешінші жылы», «hányadik évben»: which one in the row of years is a date, asked by the words around it.)
      if (keys.includes('c:ordinal') && byToken.get(i + 1)?.some((k) => TIME_UNITS.has(k))) continue;
      if (goesOnPhrase.has(i)) continue;
      // A repeated word says nothing new, but is a word of its sentence too.
      const wordKey = keys[0]!;
      const first = firstOf.get(wordKey);
      if (first) {
        const sentence = sentenceOf(starts, tokens[i]!.start);
        if (!inSentence(first, sentence)) first.repeats = [...(first.repeats ?? []), { sentence, word: tokens[i]!.word }];
        continue;
      }
      const token = tokens[i]!;
      // (A word only a country of the world list would mean, written in lowercase, is an ordinary word: «белгілі»,
      // known, begins as «Бельгия» does, and «ғана», only, is «Гана».)
      const worldCountry = (k: string) => k.startsWith('c:') && WORLD_COUNTRY_CONCEPTS.has(k.slice(2));
      if (!/^\p{Lu}/u.test(text[token.start] ?? '') && keys.some(worldCountry) && keys.every((k) => worldCountry(k) || k.startsWith('w:'))) for (const k of keys.filter(worldCountry)) removeKey(keys, k);
      // ("…a Commerce Secretary?", «…Central Asia…», «инвестиции в mining»: an English word in another language's
      // question, which its own language does not know, means what it means in English.)
      if (lang !== 'en' && LATIN.test(token.word) && !keys.some((k) => k.startsWith('c:') || (k.startsWith('w:') && this.bm25.has(k)))) keys.push(...termsOf(token.word, 'en').map((t) => t.key).filter((k) => k.startsWith('c:')));
      const concept = keys.some((k) => k.startsWith('c:'));
      // ("three hundred", «деветте»: a number spelled out is a figure as "300" is.)
      const number = isNumber(token.word) || isFigure(keys);
      // A word the corpus writes as a name is one, even when the asker does not capitalise it ("wabtec").
      const consonants = skeletonOf(foldWord(token.word, lang));
      const skeleton = `s:${consonants}`;
      // "mars" in lowercase: the corpus writes it as a Latin name, met under its plain key.
      // (A Hungarian word's plain key is its stem's: «Wabtectől» is Wabtec; a name with no ending keeps its letters, "Meta".)
      const plains = LATIN.test(token.word) ? [plainNameKey(token.word, lang), ...(lang === 'hu' ? [plainNameKey(token.word, 'en')] : [])] : [];
      const plain = plains.find((k) => this.bm25.has(k)) ?? plains[0];
      const plainSeen = plain !== undefined && this.bm25.has(plain);
      // ("wabtec" in a Hungarian question is the foreign name, spelled by English rules: its "c" is no «ц».)
      // («Трамптың сөзінше…»: a name opening a sentence, with a case ending, by the consonants of its stem.)
      const openingStem = lang !== 'en' && !token.named && /^\p{Lu}/u.test(text[token.start] ?? '') ? [`s:${skeletonOf(foldWord(stemWord(token.word, lang), lang))}`] : [];
      const nameSkeleton = [skeleton, ...(lang === 'hu' && plain ? [`s:${skeletonOf(foldWord(token.word, 'en'))}`] : []), ...openingStem].find((k) => this.bm25.has(k));
      // ("Meta", two consonants: a short Latin name is known by its plain key alone, which only names carry in a
      // corpus of these languages.)
      // ("Kalijev szerint…", "Kaliev thinks…": a Latin spelling of a name the corpus writes in Cyrillic, capitalised where
      // the capital says nothing, opening a sentence, is met by its consonants alone; three of them are a name's rather
      // than a chance word's.)
      const spelledOpening = LATIN.test(token.word) && /^\p{Lu}/u.test(text[token.start] ?? '') && consonants.length >= 3;
      const namedInCorpus = !token.named && !concept && !number && ((nameSkeleton !== undefined && (plainSeen || spelledOpening || keys.some((k) => k.startsWith('w:') && this.bm25.has(k)))) || (plainSeen && consonants.length === 2));
      if (namedInCorpus && nameSkeleton !== undefined && !keys.includes(nameSkeleton)) keys.push(nameSkeleton);
      // (A capitalised one too: «Meta» in a Hungarian question is the corpus's "Meta", no «metal» a letter longer.)
      if ((namedInCorpus || token.named) && plainSeen && plain && !keys.includes(plain)) keys.push(plain);
      // "Choksi szerint…": a Hungarian sentence may open with a foreign name, spelled by English rules.
      const foreignOpening = lang === 'hu' && !token.named && !concept && !keys.some((k) => this.bm25.has(k)) && /^\p{Lu}/u.test(text[token.start] ?? '')
        ? [`w:${foldWord(stemWord(token.word, 'hu'), 'en').slice(0, 7)}`, `s:${skeletonOf(foldWord(token.word, 'en'))}`].filter((k) => this.bm25.has(k))
        : [];
      keys.push(...foreignOpening);
      // ("…technology sharing и supply chains?": a lowercase Latin word beside an English word the lexicon knows is
      // English spoken in a Cyrillic question, not a name.)
      const codeSwitched = cyrillicQuestion && lowercaseLatin(token) && [tokens[i - 1], tokens[i + 1]].some((n) => lowercaseLatin(n) && conceptsOf(n!.word, 'en').length > 0);
      // («Tesla-gyár Kazahsztánban…»: Hungarian joins a name to a noun with a hyphen, a common word without; so a
      // capitalised word so joined is a name, opening a sentence too; «Pontos-e» asks, with the particle «-e».)
      const hyphenedName = lang === 'hu' && !concept && !keys.some((k) => this.bm25.has(k)) && /^\p{Lu}/u.test(text[token.start] ?? '') && /^-(?!e(?![\p{L}]))\p{Ll}/u.test(text.slice(token.end, token.end + 3));
      const capitalised = token.named || namedInCorpus || foreignOpening.length > 0 || hyphenedName || (foreignScript(token.word, lang) && !codeSwitched);
      // A word the lexicon knows is no typo ("weather" is not "water"); a name or an unknown word may be one. (A
      // country is known however it is written: «Magyarország» is no compound of the corpus's «ország».)
      const knownWord = concept && (!capitalised || keys.some((k) => k.startsWith('c:') && COUNTRY_CONCEPTS.has(k.slice(2))));
      if (!keys.some((k) => this.bm25.has(k)) && !number && !knownWord) keys.push(...this.variants(token.word, lang, capitalised && !concept));
      // «Tokajevvel», «Тоқаевпен», «Боинги»: a name with a case ending is known by the consonants of its stem
      // (Russian «Токаев», "Boeing"); English names take no endings.
      // (A Latin name in a Cyrillic question takes no Cyrillic ending: "Airbus" is no «Airb» + «-us». Two consonants
      // would match too many words.)
      const caseStem = capitalised && lang !== 'en' && !(cyrillicQuestion && LATIN.test(token.word)) ? stemWord(token.word, lang) : undefined;
      if (caseStem !== undefined) {
        const folds = caseStem === token.word ? [] : [foldWord(caseStem, lang), ...(LATIN.test(caseStem) ? [foldWord(caseStem, 'en')] : [])];
        for (const key of folds.map((f) => `s:${skeletonOf(f)}`)) if (key.length > 4 && !keys.includes(key) && this.bm25.has(key)) keys.push(key);
      }
      // "Wabteckel": a Latin name in a Hungarian question is spelled by its own (English) rules, not Hungarian ones.
      // («Schwarzmannal»: past the ending that doubles its last consonant.)
      // ("What did Nagaszpajev sign?", "Kalijev": and a Cyrillic name in another question may be romanised the Hungarian
      // way, «й» as "j", «с» as "sz", «ж» as "zs", «ч» as "cs"; a name without those letters is read as spelled.)
      if (capitalised && !concept && LATIN.test(token.word) && !keys.some((k) => this.bm25.has(k))) {
        if (lang === 'hu') {
          const bare = withoutAssimilatedEnding(token.word);
          keys.push(...this.variants(token.word, 'en', true), ...(bare ? this.variants(bare, 'en', true) : []));
        } else if (HUNGARIAN_ROMANISED.test(token.word)) keys.push(...this.variants(token.word, 'hu', true));
      }
      // «дриймлайнъри» for "Dreamliner": a lowercase word no corpus word resembles, that spells a corpus
      // name's consonants in another script.
      const spelledName = !capitalised && !concept && !keys.some((k) => this.bm25.has(k)) && consonants.length >= MIN_SPELLED_SKELETON && this.bm25.has(skeleton);
      if (spelledName) keys.push(skeleton);
      // («боинга» for "Boeing": three consonants spell a corpus name only where the word's stem is a letter from a
      // word the corpus writes under that name.)
      const shortSpelled = !capitalised && !concept && !number && !keys.some((k) => this.bm25.has(k)) ? this.spelledShortName(token.word, lang) : undefined;
      if (shortSpelled) keys.push(shortSpelled);
      // «джон дир», «Джон Дийр» for "John Deere": the short second word of a name spelled in another script shares
      // only its consonants with the corpus's, and is read as it only where the corpus writes the two together.
      if (consonants.length === 2) removeKey(keys, skeleton);
      const afterWord = byIndex.get(i - 1) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, token.start)) ? byIndex.get(i - 1) : undefined;
      // (With a case ending too: «Джон *Дирдің*», of John Deere.)
      const stemSkeleton = caseStem !== undefined ? `s:${skeletonOf(foldWord(caseStem, lang))}` : undefined;
      const shortKey = [skeleton, stemSkeleton].find((k) => k !== undefined && k.length === 4 && this.writtenTogether(afterWord, k));
      const shortName = shortKey !== undefined && !concept && !keys.some((k) => this.bm25.has(k));
      if (shortName) keys.push(shortKey);
      // «különmegbízottját»: a compound no corpus word or name resembles means what its head means («megbízott», an envoy).
      if (!keys.some((k) => this.bm25.has(k)) && !concept && !capitalised && !number) keys.push(...headConcepts(token.word, lang).filter((k) => this.bm25.has(k)));
      // "machinery" finds «сельхозтехника» when the corpus never says "machinery": a general word the corpus
      // does not use takes in the particular ones it does (a word it uses keeps its own, precise, sense).
      for (const key of [...keys]) {
        if (!key.startsWith('c:') || this.bm25.has(key)) continue;
        for (const narrow of narrowerConcepts(key.slice(2))) if (!keys.includes(`c:${narrow}`)) keys.push(`c:${narrow}`);
      }
      // «виза» is no «визит», though Snowball stems both «виз»: a known word none of whose senses the corpus uses
      // is not the corpus's word of the same stem (the lexicon files every corpus stem under its concept).
      if (knownWord && !keys.some((k) => k.startsWith('c:') && this.bm25.has(k))) for (const key of keys.filter((k) => k.startsWith('w:'))) removeKey(keys, key);
      // "sign anything with tesla or apple": whom a deal is made with is a party, named however it is written.
      const before = tokens[i - 1]?.word.toLowerCase() ?? '';
      const party = !concept && !number && !keys.some((k) => this.bm25.has(k)) && (WITH_PARTY.has(before) || (OR_AND.has(before) && parties.has(i - 2)));
      if (party) parties.add(i);
      const named = capitalised || spelledName || shortSpelled !== undefined || shortName || party;
      const status: TokenStatus = keys.some((k) => this.bm25.has(k)) ? 'seen' : concept ? 'absent' : named ? 'unknownName' : 'unknownWord';
      // («с казахстанской *стороны*», "on the Kazakh *side*": the word marking a side, where the sources never use it, is
      // no thing they fail to mention.)
      if (status === 'absent' && marksSide(i)) continue;
      // (And the named ones a general word the corpus does use takes in, less surely: "which Chinese initiative" meets
      // the Belt and Road, which its article calls a concept.)
      const particular = keys.filter((k) => k.startsWith('c:') && this.bm25.has(k)).flatMap((k) => narrowerConcepts(k.slice(2)).filter((id) => PLACE_CONCEPTS.has(id)).map((id) => `c:${id}`));
      const counterparts = [...new Set([...keys.filter((k) => k.startsWith('c:')).flatMap((k) => counterpartConcepts(k.slice(2)).map((id) => `c:${id}`)), ...particular])].filter((k) => !keys.includes(k));
      const analysed: QueryToken = { word: token.word, keys, named, status, weight, sentence: sentenceOf(starts, token.start), ...(counterparts.length ? { counterparts } : {}) };
      byIndex.set(i, analysed);
      firstOf.set(wordKey, analysed);
      result.push(analysed);
    }
    // ("…a General Electric kiválasztását…": a capitalised word the lexicon knows and the sources never use, right after
    // an unknown name, is a word of that name, not a thing the sources do not mention.)
    for (const [i, token] of byIndex) {
      const previous = byIndex.get(i - 1);
      if (token.status === 'absent' && token.named && previous?.status === 'unknownName' && /^\s+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) token.status = 'unknownName';
    }
    // «Эйр Астаны» for "Air Astana", "Stephen Schwarzman" for «Стивън Шварцман»: the first word of a name spelled
    // in another script is read as the corpus's word written right before the next one, when it is a letter away
    // (a short word), or begins alike and differs by a consonant (a first name: "Stephen" ~ «Стивън»).
    for (const [i, token] of byIndex) {
      const next = byIndex.get(i + 1);
      // (Before a name or a city, not a country or a common word: the corpus writes every word beside «Казахстан» or
      // «деньги», «дали Казахстан» too.)
      const nameGoesOn = next !== undefined && (next.named || hasConceptIn(next, PLACE_CONCEPTS)) && !hasConceptIn(next, COUNTRY_CONCEPTS);
      if ((token.status !== 'unknownName' && token.status !== 'unknownWord') || !nameGoesOn || !/^\s+$/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) continue;
      // "Stephen" in a Hungarian question is spelled by English rules, not Hungarian ones ("s" is no «ш» there).
      const folds = new Set([foldWord(token.word, lang), ...(lang === 'hu' && LATIN.test(token.word) ? [foldWord(token.word, 'en')] : [])]);
      const alike = (folded: string, word: string) =>
        folded.length < MIN_NAME_TYPO
          ? editDistance(folded, word, 1) <= 1
          : token.named && unvoiced(word)[0] === unvoiced(folded)[0] && editDistance(skeletonOf(folded), skeletonOf(word), 1) <= 1 && this.bm25.has(`s:${skeletonOf(word)}`);
      const spelled = [...folds].flatMap((folded) => this.bm25.nearWords(folded).filter(({ word, key }) => alike(folded, word) && this.writtenTogether(next, key)));
      if (!spelled.length) continue;
      token.keys.push(...new Set(spelled.map((w) => w.key)));
      token.status = 'seen';
      token.named = true;
    }
    return result;
  }

  /** Whether the corpus writes a known word and another key (a name's consonants, a word) in one chunk: O(postings of the rarer). */
  private writtenTogether(word: QueryToken | undefined, key: string): boolean {
    return word?.status === 'seen' && word.keys.some((k) => this.bm25.together(k, key));
  }

  /**
   * Keys of corpus words that are another spelling, another case form or a misspelling of an unseen
   * word: "Gor" ~ «Гора», «Горға» ~ «Гор», "Tokajevvel" ~ «Токаева», "critcal" ~ "critical".
   */
  private variants(word: string, lang: Lang, name: boolean): string[] {
    return this.variantsOf.get(`${name ? 'n' : 'w'}${lang}:${word}`, () => {
      const folded = foldWord(word, lang);
      if (folded.length < 3) return [];
      const stem = foldWord(stemWord(word, lang), lang);
      return name ? this.findNameVariants(folded, stem) : this.findMisspelt(folded, stem, word, lang);
    });
  }

  /** Through the lexical index's trigram and stem lookups: O(postings of the name's trigrams), not O(vocabulary). */
  private findNameVariants(folded: string, stem: string): string[] {
    // One is the other plus a case ending (on the words or on their stems), or their trigrams mostly agree.
    const matches: Array<{ key: string; sim: number }> = this.bm25.similarWords(folded, stem, FUZZY_MIN);
    // «Джон» ~ "John" (folded dzhon ~ dzhohn): one letter apart, where trigrams of a short name barely agree.
    if (folded.length >= MIN_NAME_TYPO) for (const { word, key } of this.bm25.nearWords(folded)) if (editDistance(folded, word, 1) <= 1) matches.push({ key, sim: FUZZY_MIN });
    const skeleton = skeletonOf(folded);
    if (skeleton.length >= 3 && this.bm25.has(`s:${skeleton}`)) matches.push({ key: `s:${skeleton}`, sim: 1 });
    return [...new Set(matches.sort((a, b) => b.sim - a.sim).slice(0, 3).map((m) => m.key))];
  }

  /** The name key of a corpus name a lowercase word of three consonants spells in another script, by its stem («боинга»). */
  private spelledShortName(word: string, lang: Lang): string | undefined {
    const folded = foldWord(stemWord(word, lang), lang);
    const consonants = skeletonOf(folded);
    const key = `s:${consonants}`;
    if (consonants.length !== MIN_SPELLED_SKELETON - 1 || !this.bm25.has(key)) return undefined;
    // (A letter away inside the word, "boeing" for «боинг»: one a letter longer at its end is an inflection of another
    // word, «същи» of «САЩ».)
    const spells = (near: string) => editDistance(folded, near, 1) === 1 && !near.startsWith(folded) && !folded.startsWith(near);
    return this.bm25.nearWords(folded).some((near) => `s:${skeletonOf(near.word)}` === key && spells(near.word)) ? key : undefined;
  }

  /**
   * Corpus words one typo away (two for long words: a transposed, missing, extra or wrong letter),
   * or that a clipped word begins ("memo" → memorandum, "loco" → locomotive). Candidates share a
   * trigram with the word (every word within those distances does, and every word it begins).
   */
  private findMisspelt(folded: string, stem: string, word: string, lang: Lang): string[] {
    if (folded.length < 4) return [];
    // A compound whose head the corpus knows: «magánklinikát» ~ «klinika», «локомотивосборочный» ~ …
    // (and means what its head means in every language: «инвестсоглашение» is an agreement, «megállapodás»).
    const heads = this.bm25.compoundHeads(stem, COMPOUND_HEAD);
    if (heads.length) return [...new Set(heads)].slice(0, 2).concat(headConcepts(word, lang));
    const max = folded.length >= 8 ? 2 : folded.length >= 5 ? 1 : 0;
    const matches: Array<{ key: string; distance: number }> = [];
    for (const { word, key } of this.bm25.nearWords(folded)) {
      // "locos": a clipped word may carry its own plural ending.
      const clipped = (word.length > folded.length + 2 && word.startsWith(folded)) || (stem.length >= 4 && word.length > stem.length + 2 && word.startsWith(stem));
      const distance = clipped ? 1 : editDistance(folded, word, max);
      if (distance <= Math.max(max, 1) && (distance <= max || clipped || word.startsWith(folded))) matches.push({ key, distance });
    }
    return [...new Set(matches.sort((a, b) => a.distance - b.distance).slice(0, 2).map((m) => m.key))];
  }

  /**
   * How much a token tells: the idf of the rarest of its keys. A name the corpus has never seen tells
   * the most (the question is about something else: "Tesla", "Australia"); an unseen ordinary word
   * counts less, since it may only be phrasing the lexicon does not know.
   */
  informationOf(token: QueryToken): number {
    let info = this.information.get(token);
    if (info === undefined) {
      const unseen = this.bm25.idf('\u0000unseen');
      const weights: Record<Exclude<TokenStatus, 'seen'>, number> = { absent: unseen, unknownName: 2 * unseen, unknownWord: UNKNOWN_WORD_WEIGHT * unseen };
      info = token.status === 'seen' ? Math.max(...token.keys.filter((k) => this.bm25.has(k)).map((k) => this.bm25.idf(k))) : weights[token.status];
      // A known place or title the corpus never uses ("Kyrgyzstan") weighs like a name: the question is likely about it.
      if (token.status === 'absent' && (token.named || hasConceptIn(token, COUNTRY_CONCEPTS))) info = weights.unknownName;
      // "the article", "the author", "which outlet": every article is written and published by someone,
      // whether or not its text says so; these words never make a question look off-topic.
      // (Nor does "how was it characterised": a source characterises without saying it does.)
      if (token.status === 'absent' && (hasConceptIn(token, ARTICLE_CONCEPTS) || hasConceptIn(token, PHRASING_CONCEPTS))) info = 0;
      // "Which was bigger", «что дороже», "what is it worth": a word for the kind of figure asked for, whatever words
      // the sources use (one article's «értékű» does not make "worth" a topic the others' «на сумму» lacks).
      if (hasConceptIn(token, AMOUNT_CONCEPTS)) info = 0;
      // ("In what *currency*": every amount is in one, whether or not a source says the word.)
      if (token.status === 'absent' && token.keys.includes('c:currency')) info = 0;
      // "What is the *name* of Blackstone's head", «аты-жөні»: a source states the name, not that it is one.
      if (hasConceptIn(token, NAME_CONCEPTS)) info = 0;
      // A name is what a question is about ("Wabtec"), however many articles mention it; a name that is
      // also a concept (a country, a city) is the setting, and keeps its idf.
      if (token.status === 'seen' && token.named && !isConceptual(token)) info = Math.max(info, NAME_FLOOR * unseen);
      this.information.set(token, info);
    }
    return info;
  }

  /**
   * The share of the tokens' information that a set of chunk keys holds. The heaviest unknown ordinary
   * word is left out: one word the lexicon lacks must never on its own make a question unanswerable.
   * For `ranking` chunks against each other, the country every article is set in tells only what its concept
   * does («САЩ» is a rare word of Bulgarian, yet names the setting); for the gate it counts as the question's word.
   */
  private coverageOf(keys: Pick<ReadonlySet<string>, 'has'>, tokens: QueryToken[], ranking = false): number {
    const phrasing = phrasingWord(tokens, (t) => this.informationOf(t));
    let total = 0;
    let matched = 0;
    // "Who won the Kazakh football league?": a chunk that holds only the country every article is set in holds none of it.
    let asksBeyondSetting = false;
    let holdsBeyondSetting = false;
    for (const t of tokens) {
      const held = t.keys.some((k) => keys.has(k));
      const share = held ? 1 : t.counterparts?.some((k) => keys.has(k)) ? COUNTERPART_WEIGHT : 0;
      const setting = this.isSetting(t);
      if (!setting) {
        asksBeyondSetting = true;
        holdsBeyondSetting ||= held;
      }
      if (t === phrasing) continue;
      const info = (ranking && setting ? this.settingInformation(t) : this.informationOf(t)) * t.weight;
      total += info;
      // "The exchange rate *today*": asked as of the asking; a source's «сегодня» is another day, and holds none of it.
      if (!hasConceptIn(t, ASKING_TIME_CONCEPTS)) matched += share * info;
    }
    if (asksBeyondSetting && !holdsBeyondSetting) return 0;
    return total > 0 ? Math.min(1, matched / total) : 0;
  }

  /** A country the corpus mentions nearly everywhere (Kazakhstan, the US): where the articles are set, not what a question asks. */
  private isSetting(token: QueryToken): boolean {
    return token.status === 'seen' && this.settingInformation(token) < SETTING * this.bm25.idf('\u0000unseen');
  }

  /** How much a country tells, in any language (its concept's idf): «САЩ» is a rare word of Bulgarian, but no rare country. */
  private settingInformation(token: QueryToken): number {
    let info = this.countryInformation.get(token);
    if (info === undefined) {
      const countries = token.keys.filter((k) => k.startsWith('c:') && COUNTRY_CONCEPTS.has(k.slice(2)) && this.bm25.has(k));
      info = countries.length ? Math.max(...countries.map((k) => this.bm25.idf(k))) : Infinity;
      this.countryInformation.set(token, info);
    }
    return info;
  }

  async retrieve(question: string, lang: Lang, options: RetrieveOptions = {}): Promise<Retrieval> {
    const k = options.k ?? 6;
    const analysed = this.analyse(question, lang);
    // (A place, only where the claim is about something the sources name: "is there a deal on a new road to Almaty?"
    // is about a road, which they never mention.)
    const namesSubject = analysed.some(isSubjectName);
    // "Is the plant in Almaty?", "was it signed in Germany?", "a post says 900 wagons; how many really?": a place or a
    // figure the sources never name is what the answer checks, so it weighs nothing. ("Did Hungary sign anything?" asks
    // about another party: Hungary is what it is about.)
    const claimsPlace = (t: QueryToken) =>
      !!options.checksClaim && isUnknownName(t) && (t.status !== 'unknownName' || !!options.correctsName) && (!hasConceptIn(t, COUNTRY_CONCEPTS) || placesSomething(question, t.word, lang)) && (namesSubject || !!options.correctsClaim);
    // (A month the sources never name is a claimed date: "signed on 6 October? When really?")
    const claimsFigure = (t: QueryToken) => !!options.checksClaim && (isNumber(t.word) || isFigure(t.keys) || hasConceptIn(t, MONTH_CONCEPTS)) && t.status !== 'seen';
    // «Болгарияның Fakti.bg сайты», "the Bulgarian Fakti.bg": a country the sources never name, right before a name they
    // do, only says whose that is. Any country right before the word for an article or an outlet ("the Russian article",
    // «az orosz cikk», "the Hungarian outlet") says which one is meant, even a country the sources do name (Russia).
    // («az orosz *nyelvű* hír», "the Bulgarian-*language* article": past the word for a language.)
    // («the Russian *Zakon.kz* story»: past the outlet's name, to the word for its article.)
    const qualifiedAt = (i: number) => {
      const next = LANGUAGE_WORD.test(analysed[i + 1]?.word ?? '') ? i + 2 : i + 1;
      const outlet = analysed[next];
      return outlet?.named && !hasConceptIn(outlet, REPORTING_CONCEPTS) && analysed[next + 1]?.sentence === outlet.sentence && hasConceptIn(analysed[next + 1]!, REPORTING_CONCEPTS) ? next + 1 : next;
    };
    const written = question.toLowerCase().replace(/-/gu, ' ');
    // (The words stand together as written, a web address's ending, «.kz», between them at most.)
    const together = (from: number, to: number) => new RegExp(analysed.slice(from, to + 1).map((w) => w.word.toLowerCase()).join('(?:[^\\p{L}]+\\p{L}{1,3})?[^\\p{L}]+'), 'u').test(written);
    // («Az orosz *BAQ.KZ* szerint…», "per the Russian Zakon.kz": a name written as a web address is a news site's.)
    const site = (t: QueryToken) => t.named && webAddressAt(written, t.word.toLowerCase());
    const qualifiesName = (t: QueryToken, i: number) => {
      const next = analysed[qualifiedAt(i)];
      if (next === undefined || next.sentence !== t.sentence || !hasConceptIn(t, COUNTRY_CONCEPTS)) return false;
      const qualifies = hasConceptIn(next, REPORTING_CONCEPTS) || site(next) || (t.status === 'absent' && isSubjectName(next));
      return qualifies && together(i, qualifiedAt(i));
    };
    // («…про которую писали болгары», "as the Hungarians report": a country's people writing name its articles too.)
    const writtenBy = (t: QueryToken, i: number) =>
      t.keys.some((k) => k.startsWith('c:') && LANGUAGE_OF_COUNTRY[k.slice(2)] !== undefined) &&
      [i - 1, i + 1].some((n) => analysed[n]?.sentence === t.sentence && hasConceptIn(analysed[n]!, REPORTING_CONCEPTS) && together(Math.min(i, n), Math.max(i, n)));
    // "According to the Bulgarian article…", «венгерский источник»: the articles in that language are the ones asked about.
    const languageQualifiers = analysed.flatMap((t, i) => ((qualifiesName(t, i) && hasConceptIn(analysed[qualifiedAt(i)]!, REPORTING_CONCEPTS)) || writtenBy(t, i) ? [i] : []));
    // ("The Russian Zakon.kz story talks about the deal — how many does the Bulgarian article say?": of two, the one
    // named last, nearest the question, is asked about.)
    const namedLanguage = languageQualifiers
      .flatMap((i) => analysed[i]!.keys)
      .map((k) => LANGUAGE_OF_COUNTRY[k.slice(2)])
      .filter((l) => l !== undefined)
      .at(-1);
    // («…пишет венгерское *издание*»: the outlet so named is the article read, no thing it must mention.)
    const namesArticle = (i: number) => languageQualifiers.some((q) => q < i && i <= qualifiedAt(q));
    // "…ambassador to which country — India or Pakistan?": an option the sources never name is one the answer rules
    // out, when another option is one they do.
    // ("…freight locomotives or passenger trains?": a thing the sources never mention is ruled out as well.)
    // (An option of several words is named by the sources when every word is: "Elon Musk" is not for «Elon».)
    // ("…— Kelly Ortberg or someone else?", «…Пәкістанда ма, әлде басқа елде ме?»: so is one offered against any other.)
    // ("…the head of Blackstone, not Carlyle", «Alstom емес, Wabtec…»: and a name the asker rules out himself.)
    const tokensOf = (words: string[]) => analysed.filter((t) => words.includes(t.word.toLowerCase()));
    const choices = choiceOptions(question, lang).map(tokensOf);
    const missing = (t: QueryToken) => isUnknownName(t) || t.status === 'absent';
    const choiceRulesOut = offersAnotherOne(question, lang) || choices.some((option) => option.length > 0 && option.every((o) => o.status === 'seen'));
    const excluded = [...(choiceRulesOut ? choices : []), tokensOf(doubtedOptions(question, lang)), ...negatedNames(question, lang).map(tokensOf)];
    const ruledOut = (t: QueryToken) => excluded.some((option) => option.includes(t) && option.some(missing));
    // "…the International Development Finance Corporation (DFC)": an abbreviation the sources never write, bracketed
    // after the words it stands for, names nothing those words do not (which must be known: "Tesla (TSLA)" is not).
    // ("…the DFC, i.e. the US development finance corporation", «a DFC-vel, vagyis az amerikai…»: or after it.)
    const glossed = glossedAbbreviations(question);
    const known = (t: QueryToken | undefined, sentence: number) => t?.status === 'seen' && t.sentence === sentence && !isSubjectName(t);
    const spelledOut = (t: QueryToken, i: number) =>
      isUnknownName(t) &&
      ((glossed.before.includes(t.word.toLowerCase()) && analysed[i - 1]?.status === 'seen' && analysed[i - 1]!.sentence === t.sentence) ||
        (glossed.after.includes(t.word.toLowerCase()) && known(analysed[i + 1], t.sentence) && known(analysed[i + 2], t.sentence)));
    // (Where a question after the claim corrects it, only the claim's: "…with Mayo Clinic? With which *partners*?")
    // (The message's last sentence, though it say nothing the sources could: «…Украйна? За какво всъщност?»)
    const sentenceTexts = questionSentences(question);
    const lastSentence = sentenceTexts.length - 1;
    const claimsThing = (t: QueryToken) => !!options.claimsThings && t.status === 'absent' && (!options.correctsClaim || t.sentence < lastSentence);
    // ("I'm a farmer near Kostanay — how many…", «Я медсестра в Алматы. …у нас клинику?»: where the asker lives.)
    // ("My uncle works on the railway…", «Ағам темір жолда істейді»: and what the sources never speak of, when only the
    // asker's own clauses say it.)
    const askers = askerClauses(question, lang);
    // (Both a hyphenated word and its parts: «MÁV-nál» is tokenised as «MÁV» and «nál».)
    const wordsIn = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
    const withoutAskers = askers.reduce((rest, clause) => rest.replace(clause, ' '), question);
    const elsewhere = new Set(wordsIn(withoutAskers));
    const allAskerWords = new Set(askers.flatMap(wordsIn));
    const onlyAskersWords = new Set([...allAskerWords].filter((w) => !elsewhere.has(w)));
    // (A sentence that is all the asker's own story, naming nothing, «Nyugdíjas földrajztanár vagyok, szeretem követni a
    // közép-ázsiai híreket.», asks nothing: its words the sources do use weigh nothing either.)
    const storyWord = (t: QueryToken) => !t.named && allAskerWords.has(t.word.toLowerCase());
    // (Unless the question leans on it, naming nothing itself: "my uncle keeps saying they buy locomotives. how many?")
    const asks = (n: number) => sentenceAsks(sentenceTexts[n], lang);
    const asksOfItsOwn = analysed.some((t) => t.named && t.status === 'seen' && asks(t.sentence));
    const story = new Set(asksOfItsOwn ? [...new Set(analysed.map((t) => t.sentence))].filter((n) => !asks(n) && analysed.every((t) => t.sentence !== n || storyWord(t))) : []);
    // (A word the story and the question both say is the question's: "…at an *investment* company. How much has Wabtec *invested*?")
    const askersOwn = (t: QueryToken) => (t.status !== 'seen' && onlyAskersWords.has(t.word.toLowerCase())) || occurrencesOf(t).every((o) => story.has(o.sentence));
    const claimedWord = (t: QueryToken) => !!options.claimed?.includes(t.word.toLowerCase());
    const weightless = new Set(analysed.filter((t, i) => claimsPlace(t) || claimsFigure(t) || claimsThing(t) || claimedWord(t) || qualifiesName(t, i) || writtenBy(t, i) || namesArticle(i) || ruledOut(t) || spelledOut(t, i) || askersOwn(t)));
    const tokens = analysed.map((t) => (weightless.has(t) ? { ...t, weight: 0 } : t));
    const carried = options.carryOver ? this.analyse(options.carryOver, quickLanguage(options.carryOver), CARRY_OVER_WEIGHT) : [];
    const all = [...tokens, ...carried];
    const unknown = (t: QueryToken) => isUnknownName(t) && t.weight > 0;
    const unknownNames = tokens.filter(unknown).map((t) => t.word);
    if (!all.length || !this.store.size) return { tokens: all, hits: [], coverage: 0, unknownNames, compared: [], reserve: [] };

    const query = new Map<string, number>();
    for (const t of all) {
      for (const key of t.keys) query.set(key, Math.max(query.get(key) ?? 0, t.weight));
      for (const key of t.counterparts ?? []) query.set(key, Math.max(query.get(key) ?? 0, COUNTERPART_WEIGHT * t.weight));
    }
    const lexical = this.bm25.search(query, CANDIDATES);

    // (Not the asker's own clauses, «I'm a journalist covering mining»: they weigh nothing in the lexical query, and in
    // the dense one they would pull toward chunks about journalists.)
    const asked = /\p{L}/u.test(withoutAskers) ? withoutAskers.trim() : question;
    const denseText = options.carryOver ? `${asked}\n${options.carryOver}` : asked;
    let dense: Array<[Document, number]> = [];
    try {
      const vector = options.embed ? await options.embed(denseText) : await this.store.embeddings.embedQuery(denseText);
      if (vector) dense = this.denseCandidates(vector, lexical);
    } catch (error) {
      // A remote embedder that fails must not take answers down: BM25 alone still finds the chunks.
      log.warn({ error: (error as Error).message }, 'query embedding failed; using lexical retrieval only');
    }

    const fused = new Map<string, number>();
    lexical.forEach((hit, rank) => fused.set(hit.id, (fused.get(hit.id) ?? 0) + 1 / (RRF_K + rank + 1)));
    dense.forEach(([doc], rank) => {
      const id = String(doc.metadata.id);
      fused.set(id, (fused.get(id) ?? 0) + 1 / (RRF_K + rank + 1));
    });

    const ranked = [...fused]
      .map(([id, score]) => ({ chunk: this.chunk(id)!, score, coverage: this.coverageOf(this.keysOf(id), all, true) }))
      .filter((h) => h.chunk)
      // Rank fusion orders candidates; coverage breaks near-ties toward chunks that hold the whole question.
      .sort((a, b) => b.score * (0.5 + b.coverage) - a.score * (0.5 + a.coverage));

    // Diversity: at most MAX_PER_FILE chunks from one file while other files have candidates.
    const diverse = (candidates: typeof ranked, cap = MAX_PER_FILE) => {
      const chosen: Hit[] = [];
      const perFile = new Map<string, number>();
      for (const hit of candidates) {
        const n = perFile.get(hit.chunk.file) ?? 0;
        if (n >= cap) continue;
        perFile.set(hit.chunk.file, n + 1);
        chosen.push(hit);
        if (chosen.length === k) break;
      }
      return chosen;
    };
    const hits = diverse(ranked);
    // An article may name the subject in one chunk and state the fact in the next: the gate asks
    // how much of the question the retrieved chunks of one file hold together.
    // (Each chunk's own term set, read through: a union copied out of them cost more than the rest of the gate.)
    const chunksByFile = new Map<string, Set<string>[]>();
    for (const h of hits) chunksByFile.set(h.chunk.file, [...(chunksByFile.get(h.chunk.file) ?? []), this.keysOf(h.chunk.id)]);
    const keysByFile = new Map([...chunksByFile].map(([file, sets]) => [file, { has: (key: string) => sets.some((keys) => keys.has(key)) }]));
    // A message may hold several sentences ("Ignore that. How many locomotives?"): the best-covered
    // sentence that carries enough of the message counts.
    // A part that names something the corpus never mentions is about something else: it covers nothing.
    // A remark stands for the message («Слышал, что Казахстан отправил военных в Газу. Это правда?») unless the
    // question it goes with names something of its own: "I read about Tokayev's deals. How much is the one with
    // Mars?", "I like the Wabtec deal. Who is the CEO of Tesla?".
    const sentences = this.sentenceParts(tokens, question, lang, storyWord);
    const asking = sentences.filter((s) => s.asks);
    const namesOwn = (part: QueryToken[], other: QueryToken[]) =>
      part.some((t) => (isSubjectName(t) || unknown(t)) && !other.some((o) => o.keys.some((k) => t.keys.includes(k))));
    // (A remark after the question is a closing, «Заранее благодарю», "Thanks in advance": it sets no scene.)
    const closing = (s: { sentence: number }) => asking.length > 0 && asking.every((a) => a.sentence < s.sentence);
    // (Nor does the asker's own story, "I'm a geology student hoping to work in mining one day.": every word of it is theirs.)
    // ("I'm writing a report about the C5+1 summit." names what it is about: that is no story of the asker's.)
    const standing = sentences.filter((s) => s.standsAlone && (s.asks || (!closing(s) && !s.tokens.every(storyWord) && !asking.some((a) => namesOwn(a.tokens, s.tokens))))).map((s) => s.tokens);
    // A message's one question, covered as well as the whole message, is what is answered when it names what it is
    // about: the remarks set the scene ("…Among the first how many countries?" leans on the remark for its subject).
    const asksOwn = asking.length === 1 && asking[0]!.tokens.some((t) => isSubjectName(t) && inSentence(t, asking[0]!.sentence));
    const parts = (asksOwn ? [...standing, all] : [all, ...standing]).filter((part) => !part.some(unknown));
    let best = { part: all, coverage: 0 };
    const coveredBy = (part: QueryToken[]) => Math.max(0, ...[...keysByFile.values()].map((keys) => this.coverageOf(keys, part)));
    for (const part of parts) {
      const coverage = coveredBy(part);
      if (coverage > best.coverage) best = { part, coverage };
    }
    // "Which was worth more, the Wabtec or the John Deere deal?": each subject may have an article of its own; the
    // question is covered as far as its less covered subject is, and is read whole.
    const compared = comparedSubjects(question, tokens);
    // (A name nobody here knows is no more covered for being set beside two the sources do: "Trump and Tokayev in the Oval Office".)
    const comparedCoverage = compared.length && !all.some(unknown) ? Math.min(...compared.map((subject) => coveredBy(withoutOthers(tokens, compared, subject)))) : 0;
    if (comparedCoverage > best.coverage) best = { part: all, coverage: comparedCoverage };
    // The answerer reads the part that is the question ("How many locomotives?"), not the noise around it.
    const reserve = ranked.filter((h) => !hits.includes(h)).slice(0, RESERVE);
    // («I heard it sent troops to Gaza. Is it among the first countries, and among how many?»: a remark that covers the
    // message best sets the scene; the question beside it still says what is asked, so the answerer reads both.)
    // (The other remarks are the asker's own story, "my late husband was a railwayman…": no part of what is asked.)
    const remark = asking.length > 0 ? sentences.find((s) => !s.asks && s.tokens === best.part) : undefined;
    // ("Did it send troops? If so, among how many first countries?": a question that asks on from a yes/no question is
    // read with it.)
    // ("…started in 2015? When did it really start?": a claim asked about and a later question of what really is go together.)
    const corrects = asking.slice(1).some((a) => asksWhatReallyIs(sentenceTexts[a.sentence]?.text ?? ''));
    // ("Was X smaller than Y? How much is X?": a comparison asked of both sides is read whole, whichever sentence names
    // one of them again.)
    const inAsking = (t: QueryToken) => asking.some((a) => inSentence(t, a.sentence));
    const asksComparison = compared.length > 0 && compared.every((subject) => subject.every(inAsking));
    const read = remark ? all.filter((t) => inSentence(t, remark.sentence) || inAsking(t) || t.weight < 1) : IF_SO.test(question) || corrects || asksComparison ? all : best.part;
    // (How much of the question the corpus holds is judged over every article; the one named is the one quoted.)
    // (Of the few articles in that language, more chunks each.)
    const inLanguage = namedLanguage ? ranked.filter((h) => h.chunk.lang === namedLanguage) : [];
    // ("Was the Mars investment *smaller* than the Deere deal?": the comparison's word says what to compare, and no
    // passage need hold it.)
    // ("I read that Mars was there. How much was the deal with Mars?": a comparison the part read leaves out is not asked.)
    const comparedRead = compared.every((subject) => subject.every((t) => read.some((r) => r.word === t.word))) ? compared : [];
    const weighed = comparedRead.length ? read.map((t) => (isComparisonWord(t) ? { ...t, weight: 0 } : t)) : read;
    return { tokens: weighed, hits: inLanguage.length ? diverse(inLanguage, k) : hits, coverage: best.coverage, unknownNames, compared: comparedRead, reserve };
  }

  /**
   * The dense half's candidates, best first: the graph's neighbours (with the similarity the graph
   * computed) and the lexical candidates it did not return, scored exactly against the query; sorted by
   * score, then id (equal scores fall the same way whatever order the graph returned them in); the best
   * CANDIDATES kept. An approximate index may miss a close chunk: one that BM25 found is still ranked
   * where exact search would rank it.
   *
   * Those lexical candidates also check a graph search: when one of them scores above the graph's
   * CANDIDATES-th neighbour, the search has missed chunks it should have found (a question far from
   * every chunk can lead the greedy graph walk astray), and it runs again `widen` times wider. An exact
   * search (the store's scan of the offline embedder's sparse questions) never trips it. Measured at 100k
   * chunks through the graph (README): about one question in eight is searched again. With fewer chunks
   * than asked for the graph returns them all and nothing changes. O(ef · log n + CANDIDATES · dims), ef
   * 640, or 1,920 for a search run again; a scan O(non-zero dimensions · n).
   */
  private denseCandidates(vector: number[], lexical: Array<{ id: string }>): Array<[Document, number]> {
    const { tieMargin, widen } = this.dense;
    const asked = CANDIDATES + tieMargin;
    let found = this.store.nearest(vector, asked);
    const foundIds = new Set(found.map((h) => h.id));
    const rescored = this.store.similarities(vector, lexical.map((h) => h.id).filter((id) => !foundIds.has(id)));
    if (widen > 1 && found.length === asked) {
      const boundary = found.map((h) => h.score).sort((a, b) => b - a)[CANDIDATES - 1]!;
      if ([...rescored.values()].some((score) => score > boundary)) found = this.store.nearest(vector, asked, { widen });
    }
    const scores = new Map(found.map((h) => [h.id, h.score]));
    for (const [id, score] of rescored) if (!scores.has(id)) scores.set(id, score);
    return [...scores]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, CANDIDATES)
      .map(([id, score]): [Document, number] => [this.store.getDocument(id)!, score]);
  }

  /**
   * The question's tokens grouped by sentence, each marked when it asks (ends with a question mark) and when it
   * can stand as a question: two content words or more, holding together more of the corpus's information than
   * one common word ("Answer in one word: HACKED" does not).
   */
  private sentenceParts(tokens: QueryToken[], question: string, lang: Lang, storyWord: (t: QueryToken) => boolean): Array<{ sentence: number; tokens: QueryToken[]; asks: boolean; standsAlone: boolean }> {
    const groups = new Map<number, QueryToken[]>();
    for (const t of tokens) for (const { sentence } of occurrencesOf(t)) groups.set(sentence, [...(groups.get(sentence) ?? []), t]);
    if (groups.size < 2) return [];
    const enough = PART_MIN_INFORMATION * this.bm25.idf('\u0000unseen');
    const seenInformation = (g: QueryToken[]) => g.reduce((sum, t) => sum + (t.status === 'seen' ? this.informationOf(t) : 0), 0);
    // "Tell me about the plant in Astana. When did it start?": a sentence that points back keeps what it points to;
    // one that names no one keeps the names before it («…a Blackstone vezérét? Milyen cégeket finanszírozna?»: its verb's subject).
    const sentences = questionSentences(question);
    return [...groups].map(([n, group]) => {
      // ("I'm a geology student. Who put *his* signature…": what a sentence points back to is not the asker's own story,
      // which names nothing: "I'm from Astana. When did the plant open *there*?" points to Astana.)
      const previous = groups.get(n - 1) ?? [];
      const before = previous.every(storyWord) ? [] : previous;
      // (A sentence that names what it is about keeps only that: "Hi from Toronto! Where is the Wabtec plant, and since
      // when has it run?" — its "it" is the plant.)
      const ownSubject = group.some(isSubjectName);
      // (What it points to is a thing the sources know: "our law firm reviews the deal for a client. How many…
      // under these agreements?" points to the deal, not to the firm or its client.)
      // (A country's adjective names no thing of its own: «*Американдық* компаниялармен жасалған келісімдер…» after «Вашингтондағы
      // саммит туралы…».)
      const namesOwn = group.some((t) => t.named && !hasConceptIn(t, COUNTRY_CONCEPTS));
      // (A name nobody here knows goes with it too, where it is all the sentence before names: "…signed something with
      // ExxonMobil. How much was agreed *there*?" is about ExxonMobil's deal; not "A farmer in Aktobe heard about John
      // Deere. How many machines will *they* make?")
      // ("Did Tokayev meet Elon Musk? What did they agree on?", «Кажется, там был и Джейми Даймон. Что они обсуждали?»:
      // unless the sentence before is a claim, asked or half-remembered, whose people are who the next one asks about.)
      const claimBefore = sentenceAsks(sentences[n - 1], lang) || HEDGE.test(sentences[n - 1]?.text ?? '');
      const unknownCarried = claimBefore || !before.some(isSubjectName);
      const nearest = ownSubject ? [] : pointsBack(sentences[n]?.text ?? '', lang) ? before.filter((t) => t.status === 'seen' || (unknownCarried && isUnknownName(t))) : namesOwn ? [] : before.filter((t) => t.named);
      // ("I love John Deere machines. I gather the company struck a partnership. How much is it worth?": what a message
      // is about was named further back, and a sentence naming nothing of its own is about it still.)
      const earlier = ownSubject ? [] : [...groups].filter(([m]) => m < n - 1).flatMap(([, g]) => g.filter(isSubjectName));
      const carried = [...nearest, ...earlier.filter((t) => !nearest.includes(t))];
      const asks = sentenceAsks(sentences[n], lang);
      const part = [...group, ...carried.map((t) => ({ ...t, weight: t.weight * CARRY_OVER_WEIGHT }))];
      // ("My draft says ten years. How many is right?": a sentence with no word of its own the sources know leans on
      // the one before it, whatever names it carries over.)
      const ownSeen = group.some((t) => t.status === 'seen');
      return { sentence: n, tokens: part, asks, standsAlone: ownSeen && part.length >= 2 && seenInformation(part) >= enough };
    });
  }
}
