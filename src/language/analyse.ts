import { crc32 } from 'node:zlib';
import { ScopedMemo } from '../memo.js';
import { foldWord, plainNumber, skeletonOf } from './fold.js';
import { scriptOfLang, type Lang } from './lang.js';
import { conceptsOf, exactConceptsOf, phraseAt } from './lexicon.js';
import { CONCEPTS, DAY_MONTH_ABBREVIATIONS } from './lexicon/index.js';
import { joinSeparatedPrefixes } from './hungarian-verbs.js';
import { isKazakhSuffix } from './kazakh-stemmer.js';
import { stemWord } from './stem.js';
import { isStopword } from './stopwords.js';
import { hasInnerCapital, isNumber, tokenize, type Token } from './tokenize.js';
import { numberWordValue } from './numbers.js';

/**
 * Names the analysis: bumped by hand when the rules change, and it follows the lexicon's content by
 * itself, so an index built with other terms is rebuilt (the manifest records it: stored BM25
 * postings, term sets and the vocabulary with its stems depend on it).
 */
export const ANALYSER_VERSION = `34.${crc32(JSON.stringify(CONCEPTS)).toString(36)}`;

/**
 * Folded stems are capped: stemmers of different languages (and one stemmer on different cases of a
 * word) disagree most on the end of a long word: Snowball cuts «локомотив» to "lokomot" but
 * «локомотивов» to "lokomotiv", and English "locomotives" gives "locomot".
 */
const STEM_CAP = 7;
/** The definite article Bulgarian attaches to a foreign word with a hyphen («Boeing-ът», «dreamliner-ите»). */
const BULGARIAN_ARTICLE = /^(?:ът|ят|та|то|те|ите|ове|овете|ия)$/u;

/** The longest Hungarian case ending written after a number and a hyphen («-ában», «-étől»). */
const HUNGARIAN_ENDING = 5;
/** Currency signs written before an amount, and the concept of their currency. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'dollar', '€': 'euro', '₸': 'tenge', '₽': 'ruble' };

/** The one key a Latin-script name has in every language: "Mars" (no plural of "mar"), "Wabtectől" → wabtec. */
export const plainNameKey = (word: string, lang: Lang): string => `w:${foldWord(lang === 'hu' ? stemWord(word, 'hu') : word, 'en').slice(0, STEM_CAP)}`;

const stemKeys = new ScopedMemo<Lang, string>(50_000);
/** The English plural ending of a number ("787s"). */
const MODEL_PLURAL = /(?<=\p{N})s$/u;

/** The stem key of a lowercased word: stemmed by its language's rules, then folded to the shared Latin spelling. */
export function stemKey(word: string, lang: Lang): string {
  // ("787s", "A320s": an English plural of a model's number is that model.)
  if (isNumber(word)) return plainNumber(lang === 'en' ? word.replace(MODEL_PLURAL, '') : word, lang);
  return stemKeys.get(lang, word, () => foldWord(stemWord(word, lang), lang).slice(0, STEM_CAP));
}

export interface Term {
  /** Feature key: "w:" stem, "c:" concept, "s:" name skeleton. */
  key: string;
  /** Index of the token it came from. */
  token: number;
  /** A concept of a multi-word phrase the token is part of ("exchange *rate*"): the phrase is what the word means. */
  phrase?: true;
  /** The kind of thing a name says it is by its last part («АгромашХолдинг», a holding): a passage's sense, not a question's. */
  kindOfName?: true;
}

/**
 * Hungarian verbs whose prefix stands apart («írták alá», «rendelte meg»): the verb's token reads as
 * the joined verb («aláírták»), which the lexicon and the stemmer know, and the lone prefix says nothing.
 */
export function hungarianSplitVerbs(text: string, tokens: Token[]): { joined: Map<number, string>; prefixes: Set<number> } {
  const words: string[] = [];
  const tokenAt: number[] = [];
  tokens.forEach((t, i) => {
    // Punctuation between two words separates clauses: the joiner must not reach across it.
    if (i > 0 && /[.,;:!?()«»"„“–—]/u.test(text.slice(tokens[i - 1]!.end, t.start))) words.push(',');
    tokenAt[words.length] = i;
    words.push(text.slice(t.start, t.end));
  });
  const joined = new Map<number, string>();
  const prefixes = new Set<number>();
  for (const pair of joinSeparatedPrefixes(words)) {
    joined.set(tokenAt[pair.index]!, pair.joined);
    prefixes.add(tokenAt[pair.prefixIndex]!);
  }
  return { joined, prefixes };
}

const FIGURE_KEY = /^w:\d/u;
/** Whether a word's keys are a figure's alone ("w:300"): a number written in digits or spelled out. */
export const isFigure = (keys: readonly string[]): boolean => keys.length > 0 && keys.every((key) => FIGURE_KEY.test(key));
/** The figures a token's keys carry, in digits: "three thousand" → 3000. */
export const figureValuesOf = (keys: readonly string[]): string[] => keys.filter((key) => FIGURE_KEY.test(key)).map((key) => key.slice(2));

/**
 * Numbers spelled out in words ("three hundred", «триста», «үш жүз», «kilenc»), by the index of their first word, with
 * the indexes of the words after it: a source writes them in digits ("300"). One is left out: "the Mars one" counts nothing.
 */
function spelledNumbers(text: string, tokens: readonly Token[], lang: Lang): { at: Map<number, number>; inside: Set<number> } {
  const at = new Map<number, number>();
  const inside = new Set<number>();
  const valueAt = (k: number) => numberWordValue(tokens[k]!.word.toLowerCase(), lang);
  for (let i = 0; i < tokens.length; i++) {
    if (valueAt(i) === undefined) continue;
    let total = 0;
    let current = 0;
    let end = i;
    for (let k = i; k < tokens.length && (k === i || /^\s+$/u.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))); k++) {
      const value = valueAt(k);
      if (value === undefined) break;
      if (value === 100) current = (current || 1) * value;
      else if (value === 1000) (total += (current || 1) * value), (current = 0);
      else current += value;
      end = k;
    }
    const value = total + current;
    if (value > 1) at.set(i, value);
    for (let k = i + 1; k <= end; k++) inside.add(k);
    i = end;
  }
  return { at, inside };
}

/** Whether token i directly follows a name of its own (a capitalised word, a space between them). */
export function followsName(text: string, tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous !== undefined && previous.named && !isNumber(previous.word) && /^ +$/.test(text.slice(previous.end, tokens[i]!.start));
}

/** The longest of DAY_MONTH_ABBREVIATIONS: a longer word is none (checked before lowercasing every word of a corpus). */
const MONTH_ABBREVIATION_LENGTH = Math.max(...Object.keys(DAY_MONTH_ABBREVIATIONS).map((w) => w.length));

/** Whether a word stands right beside a day of the month ("Nov 6", "6 Nov"). */
function besideDay(tokens: Token[], i: number): boolean {
  return [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && /^\d{1,2}$/u.test(t.word) && Number(t.word) >= 1 && Number(t.word) <= 31);
}

/** The Cyrillic languages' ministry abbreviations: «Минторг», «Минэнерго», «Минсельхоз» (the ministry of trade…). */
const MINISTRY_ABBREVIATION = /^мин(?=\p{L}{4})/iu;

/** A ministry abbreviation's ministry and what it is of, when the lexicon knows the rest of the word. */
function ministryOf(word: string, lang: Lang): string[] {
  if (scriptOfLang(lang) !== 'cyrillic' || !MINISTRY_ABBREVIATION.test(word)) return [];
  const of = conceptsOf(word.slice(3), lang);
  return of.length ? ['ministry', ...of] : [];
}

/** A Kazakh verb's desiderative form («пайдаланғысы», «барғым»), which «кел-» after it turns into "want to". */
const KAZAKH_DESIDERATIVE = /\p{L}{2,}(?:ғы|гі|қы|кі)(?:сы|сі|м|ң|ңыз|ңіз|мыз|міз)$/u;
const KAZAKH_WANT = /^кел/u;

/** Where a word written with a capital inside («АгромашХолдинг») joins its parts. */
const INNER_CAPITAL = /(?<=\p{Ll})(?=\p{Lu})/u;

/** The tokens that go on a phrase of the token before them ("farm *machines*", «қол *қойды*»): one word with it. */
export function phraseContinuations(terms: readonly Term[]): Set<number> {
  const phraseAt = new Set(terms.filter((t) => t.phrase).map((t) => `${t.token}:${t.key}`));
  return new Set(terms.filter((t) => t.phrase && phraseAt.has(`${t.token - 1}:${t.key}`)).map((t) => t.token));
}

/** The retrieval terms of a text: content-word stems, concept ids, and skeletons of names. */
export function termsOf(text: string, lang: Lang, tokens: Token[] = tokenize(text)): Term[] {
  const terms: Term[] = [];
  const split = lang === 'hu' ? hungarianSplitVerbs(text, tokens) : undefined;
  // Multi-word concepts: each word of the phrase carries the phrase's concept instead of its own.
  const phraseOf = new Map<number, string>();
  const spelledByStopwords = new Set<number>();
  const words = tokens.map((t) => t.word);
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(words, i, lang);
    if (!phrase) continue;
    for (let k = 0; k < phrase.length; k++) phraseOf.set(i + k, phrase.id);
    // («volt ott», "was there": a phrase of function words alone is kept, by its first word.)
    if (words.slice(i, i + phrase.length).every((w) => isStopword(w, lang))) spelledByStopwords.add(i);
    i += phrase.length - 1;
  }
  const spelled = spelledNumbers(text, tokens, lang);
  tokens.forEach((t, i) => {
    // ("three *hundred*", «үш *жүз*»: the later words of a number spelled out are the number's, read at its first.)
    if (spelled.inside.has(i)) return;
    // (Its figure only, as a number written in digits has.)
    const value = spelled.at.get(i);
    if (value !== undefined) return void terms.push({ key: `w:${value}`, token: i });
    // A Latin word in a Cyrillic text is a name, wherever it stands ("Microsoft" opening a Kazakh question): only our
    // own short lists can make it a function word, not the long ones that hold names.
    const foreign = scriptOfLang(lang) === 'cyrillic' && /\p{Script=Latin}/u.test(t.word);
    if (t.word.length < 2 || (isStopword(t.word, lang, t.named || foreign) && !spelledByStopwords.has(i)) || split?.prefixes.has(i)) return;
    // («пайдаланғысы *келді*», wanted to use: «кел-» after a verb's desiderative form is "want", no coming or visit.)
    if (lang === 'kk' && i > 0 && KAZAKH_WANT.test(t.word) && KAZAKH_DESIDERATIVE.test(tokens[i - 1]!.word)) return;
    // «АҚШ-тың», «dreamliner-ите»: a Kazakh case ending or a Bulgarian article written after a hyphen is no word of its own.
    // («6-án», «2025-ben»: so is a Hungarian case ending written after a number.)
    const afterNumber = i > 0 && isNumber(tokens[i - 1]!.word) && tokens[i - 1]!.end === t.start - 1;
    if (text[t.start - 1] === '-' && ((lang === 'kk' && isKazakhSuffix(t.word)) || (lang === 'bg' && BULGARIAN_ARTICLE.test(t.word)) || (lang === 'hu' && afterNumber && t.word.length <= HUNGARIAN_ENDING))) return;
    // «Zakon.kz», "BAQ.KZ": a web address's ending is no word (no Kazakhstan in every news site's name).
    if (text[t.start - 1] === '.' && /\p{L}/u.test(text[t.start - 2] ?? '') && t.word.length <= 4) return;
    const word = split?.joined.get(i) ?? t.word;
    const folded = foldWord(t.word, lang);
    terms.push({ key: `w:${stemKey(word, lang)}`, token: i });
    // "45%" says percent as «45 процентов» does; "$90 million" says dollars as «90 млн долларов» does.
    if (isNumber(t.word) && /^\s?%/u.test(text.slice(t.end, t.end + 2))) terms.push({ key: 'c:percent', token: i });
    const currency = isNumber(t.word) ? CURRENCY_SIGNS[text[t.start - 1] ?? ''] : undefined;
    if (currency) terms.push({ key: `c:${currency}`, token: i });
    const phrase = phraseOf.get(i);
    // «АгромашХолдинг» is a company, not agriculture: a name written with a capital inside has no sense by its prefix.
    // ("Nov 6": an abbreviation beside a day's number is that month.)
    const month = t.word.length <= MONTH_ABBREVIATION_LENGTH ? DAY_MONTH_ABBREVIATIONS[t.word.toLowerCase()] : undefined;
    const surface = text.slice(t.start, t.end);
    const innerCapital = hasInnerCapital(surface);
    // ("AmCham" is still the chamber: a word written so is its concept only as an exact form of it.)
    const own = phrase ? [] : innerCapital ? exactConceptsOf(word, lang) : month && besideDay(tokens, i) ? [month] : conceptsOf(word, lang);
    const concepts = own.length || phrase ? own : ministryOf(word, lang);
    if (phrase) terms.push({ key: `c:${phrase}`, token: i, phrase: true });
    else for (const concept of concepts) terms.push({ key: `c:${concept}`, token: i });
    // (Though its last part, written with its own capital, says what kind of thing it is: «АгромашХолдинг» a holding.)
    if (!phrase && innerCapital) {
      const lastPart = surface.split(INNER_CAPITAL).at(-1)!.toLowerCase();
      for (const concept of conceptsOf(lastPart, lang)) terms.push({ key: `c:${concept}`, token: i, kindOfName: true });
    }
    // «Tokajev a bányászati…»: a capitalised word opening a sentence is a name when the lexicon has no sense for it.
    const named = t.named || (!phrase && !concepts.length && /^\p{Lu}/u.test(text[t.start] ?? ''));
    // A Latin-script name is met in every language under one plain key: in a Hungarian text it is often
    // foreign ("Sergio", not "Shergio") and carries Hungarian endings ("Wabtectől"); elsewhere it keeps its
    // letters ("Mars" is no plural of "mar"). In a Cyrillic text any Latin word is a name, capitalised or not.
    const latin = /\p{Script=Latin}/u.test(t.word);
    if (latin && (t.named || scriptOfLang(lang) === 'cyrillic') && !isNumber(t.word)) {
      const plain = plainNameKey(t.word, lang);
      if (plain !== `w:${stemKey(word, lang)}`) terms.push({ key: plain, token: i });
    }
    if (named && !isNumber(t.word)) {
      const skeleton = skeletonOf(folded);
      // A short name is known by its consonants only as the second word of a name ("John Deere", «Джон Дир»):
      // alone, two consonants would match too many words.
      if (skeleton.length >= 3 || (skeleton.length === 2 && followsName(text, tokens, i))) terms.push({ key: `s:${skeleton}`, token: i });
      if (lang === 'hu' && latin) {
        const plainSkeleton = skeletonOf(foldWord(t.word, 'en'));
        if (plainSkeleton !== skeleton && plainSkeleton.length >= 3) terms.push({ key: `s:${plainSkeleton}`, token: i });
      }
    }
  });
  return withoutPeriodEdges(terms);
}

/** A month, a year, a week: a period a date phrase names a part of. */
const PERIODS: ReadonlySet<string> = new Set(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'year', 'month', 'week', 'quarter', 'decade'].map((id) => `c:${id}`),
);
const YEAR_NUMBER = /^w:(?:19|20)\d\d$/u;
/** How far, in words, the period may follow its edge word («в началото *на* септември», "the end *of the* year"). */
const PERIOD_REACH = 3;
/** The words for the beginning and the end of something, and what they are beside a period. */
const PERIOD_EDGES: Readonly<Record<string, string>> = { 'c:start_begin': 'c:period_start', 'c:end_finish': 'c:period_end', 'c:last_final': 'c:period_end' };

/**
 * «В начале сентября», "at the start of September", «szeptember elején», «қыркүйектің басында»: an edge word beside a
 * period names a part of that period, a time, not the start or the end of anything ("when do the deliveries start?").
 */
function withoutPeriodEdges(terms: Term[]): Term[] {
  // (A year's number is one: «в начале 2026 года».)
  const periodAt = new Set(terms.filter((t) => PERIODS.has(t.key) || YEAR_NUMBER.test(t.key)).map((t) => t.token));
  // (The period is the word right before it, or the next word that is no function word: "the end *of the* year".)
  const words = [...new Set(terms.map((t) => t.token))].sort((a, b) => a - b);
  const besidePeriod = (token: number) => {
    const next = words.find((w) => w > token);
    return periodAt.has(token - 1) || (next !== undefined && next - token <= PERIOD_REACH && periodAt.has(next));
  };
  return terms.map((t) => (PERIOD_EDGES[t.key] && besidePeriod(t.token) ? { ...t, key: PERIOD_EDGES[t.key]! } : t));
}

