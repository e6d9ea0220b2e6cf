import { plainLetters } from './fold.js';

/**
 * Hungarian separable verb prefixes (igekötők). A prefix is written onto its verb («aláírták») unless
 * focus, negation or an auxiliary moves it: «nem írták alá», «alá fogják írni», «alá is írták»,
 * «meg nem erősített». `joinSeparatedPrefixes` finds such pairs in a token list and gives the joined form
 * prefix + verb, which a stemmer then treats like the unseparated verb. Pure, dependency-free, one pass.
 *
 * Heuristic, in this order, for each word that is a prefix:
 * 1. prefix + «is»/«sem»/«se» + verb («alá is írták»); prefix + «nem» + participle («meg nem erősített»);
 * 2. prefix + auxiliary (fog, kell, akar, tud, szeretne, lehet…) [+ majd/is/még/már/nem] + infinitive
 *    («alá fogják írni» → «aláírni»);
 * 3. coverbs always spelt apart («részt», «figyelembe», «tudomásul», «igénybe») with a form of «vesz»
 *    before or after («részt vett», «vett részt» → «résztvett»);
 * 4. otherwise, the word just before the prefix if it looks like a finite verb («írták alá»), or the one before
 *    «még», «is», «már» («mit irányoznak még elő»).
 * Words are adjacent only: any token without a letter («,», «.») between them blocks a join.
 *
 * Guards against the other readings of prefix words:
 * - «meg» is also "and" («Péter meg Anna», «kettő meg kettő») and «ki» is also "who" («Ki írta alá?»):
 *   these two need a strongly verb-like word before them (past, conditional or 3rd-plural ending), and no
 *   finite verb right after them («dolgozott meg tanult», «tudja ki nyerte»); «ki nem …» is never joined;
 * - a capitalised word in mid-sentence is a name, never a prefix or a verb («látogatott El Salvadorba»):
 *   pass surface forms to use this guard (lowercased input loses it);
 * - function words, numbers, infinitives, other prefixes and a word right after an article are never the verb;
 * - «neki» (to him), «túl» (too), «mellé» are left out of the prefix list: their other reading dominates.
 * Limits: «verb-looking» is judged from endings alone, so a noun with a verb-like ending before a prefix
 * («a bort meg a sajtot») gives a harmless extra form; a bare 3rd-singular present stem is recognised only
 * from a short list of common verbs («tart fenn», «vesz részt»); prefixes written apart from a finite verb
 * with no particle between («meg rendelte») are not joined. Callers should index the joined form *in
 * addition to* the verb, so a wrong join costs little.
 */

export const SEPARABLE_PREFIXES: ReadonlySet<string> = new Set([
  'abba', 'agyon', 'alá', 'át', 'be', 'bele', 'együtt', 'el', 'ellen', 'elő', 'fel', 'fenn', 'félre', 'föl',
  'haza', 'hátra', 'helyre', 'hozzá', 'ide', 'keresztül', 'ki', 'körül', 'közre', 'le', 'létre', 'meg', 'oda',
  'össze', 'rá', 'szét', 'tönkre', 'tovább', 'újjá', 'végbe', 'végig', 'végre', 'vissza',
]);

/** The prefixes as typed without accents («irtak ala»), for a word that has none. */
const PREFIX_BY_PLAIN: ReadonlyMap<string, string> = new Map([...SEPARABLE_PREFIXES].map((p) => [plainLetters(p), p]));
const prefixOf = (w: string): string | undefined => (SEPARABLE_PREFIXES.has(w) ? w : plainLetters(w) === w ? PREFIX_BY_PLAIN.get(w) : undefined);

/** Coverbs that the spelling always keeps apart from their verb, each with the only verb it takes («vesz»). */
const SEPARATE_COVERBS: ReadonlySet<string> = new Set(['részt', 'figyelembe', 'tudomásul', 'igénybe', 'számba']);
const VESZ = /^v(?:esz|ett|en|egy|eh|év)/;

/** Prefixes whose other reading is common: "and" for «meg», "who" for «ki». */
const AMBIGUOUS: ReadonlySet<string> = new Set(['meg', 'ki']);

const PARTICLES: ReadonlySet<string> = new Set(['is', 'sem', 'se']);
/** Words that may stand between a verb and its prefix after it («irányoznak *még* elő»). */
const VERB_THEN_PREFIX: ReadonlySet<string> = new Set(['még', 'is', 'már']);
const BETWEEN_AUX_AND_INFINITIVE: ReadonlySet<string> = new Set(['majd', 'is', 'még', 'már', 'nem', 'sem', 'csak']);
const AUXILIARY = /^(?:fog(?:ja|ják|juk|om|od|ok|sz|unk|tok|nak|n[aá]|tak|ták|ta)?|kell(?:ett|ene)?|lehet(?:ett|ne)?|akar\p{L}*|tud\p{L}*|szeret\p{L}*|kíván\p{L}*|próbál\p{L}*|szándékoz\p{L}*|sikerül\p{L}*|kezd\p{L}*|készül\p{L}*|kénytelen\p{L}*|hajlandó\p{L}*)$/u;
const INFINITIVE = /(?:ni|nia|nie|niuk|niük|nunk|nünk|nod|ned|nom|nöm)$/;

/** Words that are never the verb of a prefix. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'az', 'egy', 'és', 'is', 'sem', 'se', 'nem', 'ne', 'hogy', 'de', 'mint', 'vagy', 'ha', 'ami', 'amely',
  'aki', 'amit', 'amelyet', 'ez', 'ezt', 'azt', 'ő', 'ők', 'én', 'te', 'mi', 'ti', 'ön', 'önök', 'csak', 'már',
  'még', 'majd', 'most', 'itt', 'ott', 'igen', 'sok', 'több', 'minden', 'mit', 'ki', 'kit', 'hol', 'mikor',
  'miért', 'hogyan', 'mennyi', 'hány', 'melyik', 'egyik', 'másik', 'mert', 'pedig', 'valamint', 'illetve',
]);

// Past (írt, írta, írták, írtak, vett), conditional (írna, írnák), 3rd plural definite (írják), -ik verbs.
const STRONG_VERB = /(?:tt|[lrnjy]t|t[aeáé]k?|tunk|tünk|tam|tem|tál|tél|n[aeáé]|n[áé]k|nánk|nénk|nának|nének|j[aáeé]k|[^d]ik)$/;
// Also present definite (írja, kéri), 3rd plural (írnak), subjunctive (írjon). Not the imperative «-d»: «híd».
const WEAK_VERB = /(?:j[ae]|i|nak|nek|j[oeö]n|j[ae]nak|juk|jük|unk|ünk)$/;
const PERSON_ENDING = /(?:[aeo]?nak|[eö]?nek|[aeo]?nék|j[ae]|j[aáeé]k|i)$/u;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'az', 'egy']);
const ORDINAL_OR_PRONOUN = /(?:dik|egyik|másik|melyik|valamelyik|bármelyik|mindegyik)$/;
// Bare 3rd-singular present stems carry no ending: a short list of common ones.
const BARE_VERBS: ReadonlySet<string> = new Set([
  'ad', 'áll', 'hoz', 'jön', 'kap', 'kerül', 'lép', 'megy', 'mond', 'néz', 'nyit', 'tart', 'tesz', 'vesz',
  'visz', 'zár', 'ír', 'kér', 'hív', 'ül', 'dönt', 'von', 'vet',
  // and the verbs of business news: invest (fektet be), build, produce, deliver, conclude, order, announce…
  'fektet', 'épít', 'gyárt', 'szállít', 'köt', 'rendel', 'vezet', 'indít', 'fejleszt', 'állít', 'nyújt', 'fizet',
  'küld', 'számol', 'jelent', 'mutat', 'irányoz', 'terjed', 'alakít', 'jelöl',
]);
// Participles after «nem»: «meg nem erősített», «alá nem írt», «ki nem fizetett», «meg nem határozható».
const PARTICIPLE = /(?:tt|[lrnjy]t|[óő]|andó|endő|ható|hető)$/;

export interface JoinedVerb {
  /** Index of the verb the prefix belongs to. */
  index: number;
  /** Index of the standalone prefix. */
  prefixIndex: number;
  /** Prefix + verb, lowercased: «aláírták». */
  joined: string;
}

const hasLetter = (w: string): boolean => /\p{L}/u.test(w);

/**
 * Separated prefix–verb pairs of a token list, each with the joined form. Tokens may be surface forms
 * (capitals mark names) and may include punctuation tokens, which separate clauses.
 */
export function joinSeparatedPrefixes(words: readonly string[]): JoinedVerb[] {
  const lower = words.map((w) => w.toLowerCase());
  // A capital after a word (not after punctuation or at the start) marks a name.
  const isName = (i: number): boolean => i > 0 && hasLetter(words[i - 1]!) && /^\p{Lu}/u.test(words[i]!);
  const word = (i: number): string | undefined => (i >= 0 && i < lower.length && hasLetter(lower[i]!) && !isName(i) ? lower[i] : undefined);

  const isInfinitive = (i: number): boolean => {
    const w = word(i);
    return w !== undefined && INFINITIVE.test(w) && !FUNCTION_WORDS.has(w);
  };
  const canBeVerb = (i: number, strong: boolean): boolean => {
    const w = word(i);
    if (w === undefined || w.length < 2 || FUNCTION_WORDS.has(w) || prefixOf(w) || /\p{N}/u.test(w)) return false;
    if (INFINITIVE.test(w) || ORDINAL_OR_PRONOUN.test(w)) return false;
    if (ARTICLES.has(word(i - 1) ?? '')) return false; // right after an article: a noun («a híd alá»)
    // (A known stem with a person's ending, «terjednek ki», «fizetnek ki»: no dative noun before "who".)
    if (BARE_VERBS.has(w) || STRONG_VERB.test(w) || BARE_VERBS.has(w.replace(PERSON_ENDING, ''))) return true;
    return !strong && WEAK_VERB.test(w);
  };

  const out: JoinedVerb[] = [];
  const join = (prefixIndex: number, index: number): void => {
    out.push({ index, prefixIndex, joined: (prefixOf(lower[prefixIndex]!) ?? lower[prefixIndex]!) + lower[index]! });
  };

  for (let i = 0; i < lower.length; i++) {
    const p = word(i);
    if (p === undefined) continue;

    if (SEPARATE_COVERBS.has(p)) {
      if (VESZ.test(word(i + 1) ?? '')) join(i, i + 1);
      else if (VESZ.test(word(i - 1) ?? '')) join(i, i - 1);
      continue;
    }
    const prefix = prefixOf(p);
    if (!prefix) continue;
    const ambiguous = AMBIGUOUS.has(prefix);
    const next = word(i + 1);

    // 1. prefix + particle + verb
    if (next !== undefined && PARTICLES.has(next) && canBeVerb(i + 2, false) && !(p === 'ki' && i === 0)) {
      join(i, i + 2);
      continue;
    }
    if (next === 'nem' && p !== 'ki' && PARTICIPLE.test(word(i + 2) ?? '') && canBeVerb(i + 2, false)) {
      join(i, i + 2);
      continue;
    }
    // 2. prefix + auxiliary [+ adverb] + infinitive
    if (next !== undefined && AUXILIARY.test(next)) {
      const at = isInfinitive(i + 2) ? i + 2 : BETWEEN_AUX_AND_INFINITIVE.has(word(i + 2) ?? '') && isInfinitive(i + 3) ? i + 3 : -1;
      if (at > 0) {
        join(i, at);
        continue;
      }
    }
    // 5. verb + «még»/«is»/«már» + prefix («mit irányoznak még elő», «írták már alá»)
    if (!canBeVerb(i - 1, ambiguous) && VERB_THEN_PREFIX.has(word(i - 1) ?? '') && canBeVerb(i - 2, ambiguous)) {
      join(i, i - 2);
      continue;
    }
    // 4. verb + prefix
    if (!canBeVerb(i - 1, ambiguous)) continue;
    if (ambiguous && canBeVerb(i + 1, true)) continue; // «dolgozott meg tanult»: "and" between two verbs
    join(i, i - 1);
  }
  return out;
}
