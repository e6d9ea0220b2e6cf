import { scriptOfLang, type Lang } from '../language/lang.js';
import { looksAdjectival } from '../language/adjectives.js';
import { conceptsOf, phraseAt } from '../language/lexicon.js';
import { AMOUNT_CONCEPTS, COUNTRY_CONCEPTS, COUNTRY_WORD_CONCEPTS, EVENT_NOUN_CONCEPTS, MONTH_CONCEPTS, NAMED_PLACE_CONCEPTS, PLACE_CONCEPTS, SCALE_CONCEPTS, SPEECH_CONCEPTS, TIME_SPAN_CONCEPTS } from '../language/lexicon/index.js';
import { narrowerConcepts } from '../language/lexicon/hierarchy.js';
import { numberWordValue } from '../language/numbers.js';
import { isStopword } from '../language/stopwords.js';
import { isNumber, tokenize } from '../language/tokenize.js';
import { hungarianSplitVerbs } from '../language/analyse.js';
import { asAsked, endsSentence, labelEnd, questionSentences } from '../language/sentences.js';
import { plainLetters } from '../language/fold.js';
import { asksRatio, IF_SO, withoutAskerOpening } from '../language/discourse.js';
import { ScopedMemo } from '../memo.js';
import { PERSON_ROLE_IDS, PERSON_ROLES } from './facts.js';
import { TABLES, type CueSpec, type LangTables, type QuestionKind } from './question-cues.js';

export type { QuestionKind } from './question-cues.js';
export { QUESTION_KINDS } from './question-cues.js';

/**
 * Question understanding: what kind of fact a question asks for, read from its words (not substrings) with
 * per-language tables of interrogatives (question-cues.ts). «дата-центров» is a compound, not "date";
 * «когда» after another question word is a conjunction; «кімге» asks for a recipient, «кім» for a person.
 */

export interface QuestionIntent {
  kind: QuestionKind;
  /** Further kinds the question asks for or allows ("who signed and when" → date; «кімге» → person too). */
  also: QuestionKind[];
  /** What is counted or measured ("how many *locomotives*"): token indexes into tokenize(question) and surface words. */
  focus?: { tokens: number[]; words: string[] };
  /**
   * Further facts asked by other question words ("since when…, and how many…", «Hol és mikor…»), each with its focus;
   * `clauseWantsAll` of one in the later clause: whether that clause's own words ask for every one.
   */
  more: Array<{ kind: QuestionKind; focus?: { tokens: number[]; words: string[] }; clauseWantsAll?: boolean }>;
  /** The words (lowercase) of a later clause that asks something else ("…and which model was it?"): not the main part's. */
  laterClause: string[];
  /** The token of the "and" that opens the later clause, when it opens a clause of its own after the main one. */
  laterClauseFrom?: number;
  /** The noun a which/what question asks about ("what *weather*", «какая *погода*», "which *films*"), lowercase. */
  head?: string;
  /** The words before the head in an English compound ("*tariff* rate", "*oil* company"), lowercase: they narrow what is asked about. */
  headModifiers?: string[];
  /** Wants every item: plural interrogatives (kik, кои), "which parties", signers of a document. */
  wantsAll: boolean;
  /**
   * Number words of the question ("five", «пяти», «öt», «бес»), with their values; `withCue`: in the clause of
   * the question word ("how much does *one* locomotive cost", not "*one* more: how big is the deal").
   */
  numberWords: Array<{ word: string; value: number; token: number; withCue: boolean }>;
  /** The question words that decided the kind, for logs and tests. */
  cue?: string;
  /** Where the cue stands: a token index into tokenize(question) (a remark before it asks nothing). */
  cueToken?: number;
  /** "Who *heads* Wabtec?", «Кто *гендиректор* Wabtec?»: the role asked for stands right after "who", and the name after it owns it. */
  roleAfterWho?: boolean;
}

// ───────────────────────── compiled tables ─────────────────────────

interface Entry {
  text: string;
  prefix: boolean;
}

/** A set of table entries; `matchLength` gives the longest entry a word matches (exact beats an equal prefix). */
class WordSet {
  private readonly exact = new Set<string>();
  private readonly prefixes = new Set<string>();
  private longest = 0;

  /**
   * `plain`: also in plain letters, for question words (people type «hanyadik» for «hányadik», «канша» for «қанша»),
   * for entries of at least `plainFrom` letters (a short one in plain letters is often another word: «fél», "fel").
   */
  constructor(list: string, private readonly plain = false, plainFrom = 0) {
    const variants = (entry: string) => (plain && entry.replace('*', '').length >= plainFrom ? [entry, plainLetters(entry)] : [entry]);
    for (const item of list.split(/\s+/).filter(Boolean).flatMap(variants)) {
      if (item.endsWith('*')) {
        this.prefixes.add(item.slice(0, -1));
        this.longest = Math.max(this.longest, item.length - 1);
      } else this.exact.add(item);
    }
  }

  matchLength(word: string): number {
    return this.match(word) || (this.plain ? this.match(plainLetters(word)) : 0);
  }

  private match(word: string): number {
    if (this.exact.has(word)) return word.length + 0.5;
    for (let length = Math.min(word.length, this.longest); length > 0; length--) if (this.prefixes.has(word.slice(0, length))) return length;
    return 0;
  }

  has(word: string): boolean {
    return this.matchLength(word) > 0;
  }
}

/**
 * The shortest class word matched in plain letters too («miniszterium»); Kazakh's own letters only ever stand for
 * themselves in plain Cyrillic (a «күні» typed «куни» is no other word), so its short ones are matched too.
 */
const PLAIN_CLASS_WORD: Record<Lang, number> = { en: 5, ru: 5, bg: 5, hu: 5, kk: 3 };

type Element = WordSet | 'gap';
const GAP_WORDS = 3;

interface Cue {
  spec: CueSpec;
  elements: Element[];
}

interface Compiled {
  t: LangTables;
  cues: Cue[];
  /** Every word a cue can start with: most words of a question start none. */
  cueStarts: WordSet;
  classes: Array<[QuestionKind, WordSet]>;
  money: WordSet;
  moneyVerbs: WordSet;
  percent: WordSet;
  skip: WordSet;
  listVerbs: WordSet;
  businessVerbs: WordSet;
  glue: WordSet;
  coordinators: WordSet;
  requests: WordSet;
  yesNo: WordSet;
  yesNoOpeners: WordSet;
  yesNoParticles: WordSet;
  purposeTail: WordSet;
  doing: WordSet;
  infinitive: WordSet;
  possessive: WordSet;
  every: WordSet;
  anaphor: WordSet;
  comparative: WordSet;
  size: WordSet;
  signs: WordSet;
  giving: WordSet;
}

const compiled = new Map<Lang, Compiled>();

function compile(lang: Lang): Compiled {
  const t = TABLES[lang];
  const cues = t.cues.map((spec) => ({
    spec,
    elements: spec.p.split(' ').map((e, at): Element => (e === '~' ? 'gap' : new WordSet(e.split('|').join(' '), at === 0))),
  }));
  const starts = t.cues.map((spec) => spec.p.split(' ')[0]!).filter((e) => e !== '~');
  return {
    t,
    cues,
    cueStarts: new WordSet(starts.join(' ').split('|').join(' '), true),
    // (In plain letters too: «miniszterium» typed for «minisztérium» is the ministry, not a minister.)
    classes: Object.entries(t.classes).map(([kind, list]) => [kind as QuestionKind, new WordSet(list, true, PLAIN_CLASS_WORD[lang])]),
    money: new WordSet(t.money),
    moneyVerbs: new WordSet(t.moneyVerbs),
    percent: new WordSet(t.percent),
    skip: new WordSet(t.skip),
    listVerbs: new WordSet(t.listVerbs),
    businessVerbs: new WordSet(t.businessVerbs),
    glue: new WordSet(t.glue),
    coordinators: new WordSet(t.coordinators, true),
    requests: new WordSet(t.requests ?? ''),
    yesNo: new WordSet(t.yesNo ?? ''),
    yesNoOpeners: new WordSet(t.yesNoOpeners ?? ''),
    yesNoParticles: new WordSet(t.yesNoParticles ?? ''),
    purposeTail: new WordSet(t.purposeTail ?? ''),
    doing: new WordSet(t.doing ?? ''),
    infinitive: new WordSet(t.infinitive ?? ''),
    possessive: new WordSet(t.possessive ?? ''),
    every: new WordSet(t.every),
    anaphor: new WordSet(t.anaphor),
    comparative: new WordSet(t.comparative),
    size: new WordSet(t.size),
    signs: new WordSet(t.signs ?? ''),
    giving: new WordSet(t.giving ?? ''),
  };
}

const tablesFor = (lang: Lang): Compiled => {
  let c = compiled.get(lang);
  if (!c) compiled.set(lang, (c = compile(lang)));
  return c;
};

/** Whether a word is shaped like a verb of its language («поставит», «жеткізеді», «дадоха»); none is told for English or Hungarian. */
export const looksVerbal = (word: string, lang: Lang): boolean => tablesFor(lang).t.verbLike?.test(word) ?? false;

/** Languages that may put a copula between "how many" and the counted noun. */
const COPULA_BEFORE_COUNTED: ReadonlySet<Lang> = new Set(['en', 'ru', 'bg']);
/** First, second, third…: words that put a thing in a row. */
const ORDINALS: ReadonlySet<string> = new Set(narrowerConcepts('ordinal'));

// Lexicon concepts back the per-language tables: a head noun the tables miss may still be a known concept.
const CONCEPT_CLASS: Record<string, QuestionKind> = {};
const conceptKinds: Array<[QuestionKind, string]> = [
  ['organisation', 'media_outlet company bank fund ministry agency organization airline holding enterprise association committee chamber university administration government group'],
  ['person', PERSON_ROLES.join(' ')],
  ['place', 'city country region capital_city state airport deposit'],
  ['date', 'year month day deadline week quarter decade'],
  ['money', 'value price_cost sum_amount total money investment budget capital_money turnover revenue profit loan_credit payment dollar euro tenge ruble currency grant'],
  ['percent', 'percent share_stake'],
  ['purpose', 'goal'],
  ['list', 'direction sector sphere priority'],
];
for (const [kind, ids] of conceptKinds) for (const id of ids.split(' ')) CONCEPT_CLASS[id] = kind;
/** The shortest first part of a Hungarian compound, and the shortest table word its head is read by. */
const COMPOUND_PART = 3;
const COMPOUND_HEAD = 5;
/** English "do", after which a who-question's subject stands: "who did the minister meet". */
const DO_AUXILIARY = /^(?:do|does|did)$/u;
/** Words a who-question's role may stand apart from its question word by («Кто из казахстанских министров»). */
const ROLE_REACH = 4;
/**
 * The whole a count is taken out of, named before the cue: the Hungarian elative («mozdonyokból hányat»), the Kazakh
 * genitive before a possessed cue («ұшақтарының нешеуі», how many of the planes).
 */
const WHOLE_BEFORE_CUE: Partial<Record<Lang, { whole: RegExp; cue?: RegExp }>> = {
  hu: { whole: /\p{L}{3,}(?:ból|ből)$/u },
  kk: { whole: /\p{L}{3,}(?:ның|нің|дың|дің|тың|тің)$/u, cue: /^(?:нешеу|қаншас)\p{L}+$/u },
};
/** Things a how-big question measures in words: a role, an importance, an influence, a need ("how much they need each other"). */
/** Words of a span of time, which "how much" counts ("time" as well as its units). */
const SPANS_OF_TIME: ReadonlySet<string> = new Set(['time', 'period', ...TIME_SPAN_CONCEPTS]);
const UNMEASURED = new Set(['role', 'importance', 'influence', 'need']);
/** A Russian comparative made with a suffix («нужнее», «важнее», «дороже» aside). */
const RUSSIAN_COMPARATIVE = /\p{L}{3,}(?:ее|ей)$/u;
/** Verbs of saying, holding a view and expecting, after which «что» opens what is said («Кто сказал, что…», «Когда ожидается, что…»). */
const SAYING_CONCEPTS: ReadonlySet<string> = new Set([...SPEECH_CONCEPTS, 'expect']);
/** Giving money («Сколько … внёс», "how much did they spend"): what «сколько» measures when it counts no noun. */
const PAYING_CONCEPTS = new Set(['contribute', 'allocate', 'spend', 'donate', 'bring_about', 'investment']);
/** Acts addressed to a person: whom one congratulates or thanks is someone, not a company. */
const ADDRESSING_CONCEPTS = new Set(['congratulate', 'thank']);
const BUSINESS_CONCEPTS = new Set(['supply_delivery', 'production', 'build', 'purchase', 'order', 'export', 'import', 'sale', 'investment', 'finance']);
/** Russian genitive plurals the plural pattern leaves out («сделок», «соглашений»): what «сколько» counts. */
const GENITIVE_PLURAL: Partial<Record<Lang, RegExp>> = { ru: /(ок|ек|ий)$/u };
/** Kazakh «-дағы», «-дегі»: "the one in…", a place's attribute («елдегі елші», the ambassador in the country). */
const KAZAKH_LOCATIVE_ATTRIBUTE = /(?:да|де|та|те)ғы$|(?:да|де|та|те)гі$/u;
/** At most this many words before a dash are a topic the question after it asks about ("The Wabtec deal's value — what is it?"). */
const TOPIC_WORDS = 15;
/** At most this many words, with no sentence mark among them, are a search query's keywords, not a sentence. */
const KEYWORD_QUERY_WORDS = 6;
/**
 * A Russian noun's nominative («компания», «страна», «государство»; «норвежцы», «соседи»), which no quantity cue counts:
 * «сколько» counts in the genitive («норвежцев»). (Read only beside a verb of paying or giving: «воды» is genitive too.)
 */
const NOMINATIVE: Partial<Record<Lang, RegExp>> = { ru: /(?:а|я|ство|ы|и)$/u };
/** A Russian adjective's nominative («американский», «иностранные»); «сколько» counts in the genitive («американских»). */
const NOMINATIVE_ADJECTIVE: Partial<Record<Lang, RegExp>> = { ru: /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/u };
/** What has a size in money: a deal, a contract, an investment. */
const DEAL_CONCEPTS = new Set(['agreement', 'memorandum', 'investment', 'project', 'order']);
/** Words that pick one out of a group: "which *of* the analysts", «кто *из*», «кой *от*», «*сред*»; «a politológusok *közül*», «*ішінен*». */
const PARTITIVE_BEFORE: ReadonlySet<string> = new Set(['of', 'among', 'из', 'среди', 'от', 'сред']);
const PARTITIVE_AFTER: ReadonlySet<string> = new Set(['közül', 'ішінен', 'арасынан']);
const COMMODITY_CONCEPTS = new Set(['grain', 'wheat', 'oil', 'gas', 'coal', 'uranium', 'meat', 'water', 'electricity', 'energy', 'fertilizer', 'copper', 'gold', 'steel', 'metal', 'ore']);

// ───────────────────────── words ─────────────────────────

interface Word {
  /** Lowercased, without an English possessive "'s". */
  w: string;
  /** Written with a possessive "'s" ("the minister's offer"): whose the next noun is, never the head asked about. */
  possessive: boolean;
  token: number;
  surface: string;
  /** Capitalised: a name when not first, maybe a name when first. */
  cap: boolean;
  named: boolean;
  stop: boolean;
  /** Part of a hyphenated compound («дата-центров», «кто-то»), or a Hungarian verb's prefix standing after it
   * («nevezték *ki*», appointed): never a question word. */
  compound: boolean;
  number: boolean;
  /** Clause (comma-separated) and sentence numbers. */
  seg: number;
  sent: number;
  concepts: readonly string[];
  /** A word of a phrase the lexicon reads whole («*поставил* подпись», signed): its concepts are the phrase's. */
  inPhrase: boolean;
  /** The text between the previous token and this one. */
  gapBefore: string;
}

const NO_CONCEPTS: readonly string[] = [];
/** Languages that drop the present-tense copula («Какая компания Wabtec?», «Wabtec қандай компания?»). */
const ZERO_COPULA: ReadonlySet<Lang> = new Set(['ru', 'kk', 'hu']);

/** A question is read from its first words; a pasted article must not cost more than a question. */
const MAX_WORDS = 120;
const MAX_CHARS = 1500;

const CONTRACTION = /^(what|who|where|when|how|which)['’](s|re)$/u;
/** How long a case ending hyphenated to a word may be («-сы», «-тің», «-ben»). */
const MAX_HYPHENATED_ENDING = 4;

function wordsOf(question: string, lang: Lang): Word[] {
  const tokens = tokenize(question);
  const words: Word[] = [];
  let seg = 0;
  let sent = 0;
  // (A label before a colon is a sentence of its own, as questionSentences reads it.)
  const label = labelEnd(question);
  tokens.forEach((t, i) => {
    const gap = i > 0 ? question.slice(tokens[i - 1]!.end, t.start) : '';
    const nextGap = i + 1 < tokens.length ? question.slice(t.end, tokens[i + 1]!.start) : '';
    const afterLabel = i > 0 && label >= 0 && tokens[i - 1]!.end <= label && t.start > label;
    if (afterLabel || endsSentence(gap, question.slice(t.start, t.end), i > 0 ? question.slice(tokens[i - 1]!.start, tokens[i - 1]!.end) : '')) sent++, seg++;
    else if (/[,;:()—–]|\s-\s/u.test(gap)) seg++;
    // "%" is no word to the tokenizer, but "what % of…" asks for a share.
    if (gap.includes('%') && words.length) {
      const last = words[words.length - 1]!;
      words.push({ w: '%', token: last.token, surface: '%', cap: false, named: false, stop: false, compound: false, number: false, possessive: false, seg, sent, concepts: NO_CONCEPTS, inPhrase: false, gapBefore: '' });
    }
    const surface = question.slice(t.start, t.end);
    const cap = /^\p{Lu}/u.test(surface);
    // (A case ending hyphenated to a foreign word, «CEO-сы», «Wabtec-тің», leaves the word whole; English has none,
    // "tractor-and-combine".)
    const endingAfter = lang !== 'en' && /^[-‑]$/u.test(nextGap) && tokens[i + 1] !== undefined && tokens[i + 1]!.word.length <= MAX_HYPHENATED_ENDING && isStopword(tokens[i + 1]!.word, lang, true);
    const compound = /^[-‑]$/u.test(gap) || (/^[-‑]$/u.test(nextGap) && !endingAfter);
    // The tokenizer leaves an English "'s" out of the word: "what's" is "what is", "the minister's" is whose.
    const possessive = lang === 'en' && /^['’]s(?![\p{L}])/u.test(question.slice(t.end));
    // («Mi *is* a neve?», «Hol is volt?»: the particle of recalling after a word a question cue starts with asks nothing,
    // and parts nothing.)
    if (lang === 'hu' && t.word === 'is' && i > 0 && tablesFor(lang).cueStarts.has(tokens[i - 1]!.word) && !/[,;:]/u.test(gap)) return;
    const contraction = lang === 'en' ? CONTRACTION.exec(possessive ? `${t.word}'s` : t.word) : null;
    const parts = contraction ? [contraction[1]!, contraction[2] === 's' ? 'is' : 'are'] : [t.word];
    for (const w of parts) {
      const number = isNumber(w) || /\p{N}/u.test(w);
      const concepts = number || w.length < 3 ? NO_CONCEPTS : conceptsOf(w, lang);
      // One literal shape for every word (no spread): words are made per question, on the hot path.
      // A lone letter is chat shorthand ("r", "u"), never what is asked about.
      const stop = isStopword(w, lang, true) || (w.length === 1 && !number);
      // ("Wabtec's *CEO*", "the *VP*": a role written in capitals is no name.)
      const named = t.named && !concepts.some((id) => PERSON_ROLE_IDS.has(id));
      words.push({ w, token: i, surface, cap, named, stop, compound, number, possessive: possessive && !contraction, seg, sent, concepts, inPhrase: false, gapBefore: gap });
    }
  });
  if (lang === 'hu') for (const at of hungarianSplitVerbs(question, tokens).prefixes) for (const w of words) if (w.token === at) w.compound = true;
  // "political scientists", «среща на върха»: the words of a phrase mean the phrase, as they do to the retriever.
  const plain = words.map((w) => w.w);
  for (let i = 0; i < words.length; i++) {
    const phrase = phraseAt(plain, i, lang);
    if (!phrase) continue;
    for (let k = i; k < i + phrase.length; k++) words[k] = { ...words[k]!, concepts: [phrase.id], inPhrase: true };
    i += phrase.length - 1;
  }
  return words;
}

// ───────────────────────── the analyser ─────────────────────────

/** The languages whose "which" and "what" come before their noun («какая стоимость»), unlike Kazakh's and Hungarian's. */
const QUESTION_WORD_LEADS: ReadonlySet<Lang> = new Set(['en', 'ru', 'bg']);
/** The verbs of holding a post ("holds", «занимал», «заема»), which the word for the post follows. */
const HOLDING = /^(?:hold|holds|held|holding|occup(?:y|ies|ied)|занима\p{L}*|занял\p{L}*|заема\p{L}*)$/u;
/** A Russian plural adjective's endings («американские», «каких-то новых», «крупными»). */
const RUSSIAN_PLURAL_ADJECTIVE = /(?:ые|ие|ых|их|ым|им|ыми|ими)$/u;

/** An imperative's cue ("name…", «расскажи…», «kérem…»): what follows it asks, not the imperative. */
const isImperative = (hit: Hit) => hit.spec.role === 'ask' || !!hit.spec.lead;

interface Hit {
  spec: CueSpec;
  start: number;
  end: number;
  kind: QuestionKind;
  also: QuestionKind[];
  all: boolean;
  focus?: number[];
  subordinate: boolean;
  /** The focus is a role word right after "who" ("who *heads*…", «кто *гендиректор*…»). */
  roleAfterWho?: boolean;
}

/** English prepositions a relative pronoun may follow ("the airport *at* which"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'of', 'for', 'from', 'with', 'by', 'to', 'into', 'under', 'about', 'through']);

/** How many words before an imperative a word of a formal request may stand. */
const REQUEST_REACH = 5;

class Reader {
  private readonly c: Compiled;
  private readonly lowercaseOnly: boolean;
  /** "…, and if so, which?": a question that asks on from a yes/no one. */
  private readonly asksIfSo: boolean;

  constructor(
    private readonly words: Word[],
    private readonly lang: Lang,
    question: string,
  ) {
    this.c = tablesFor(lang);
    this.lowercaseOnly = !/\p{Lu}/u.test(question);
    this.asksIfSo = IF_SO.test(question);
    words.forEach((w, k) => {
      this.segStarts[w.seg] ??= k;
      this.segEnds[w.seg] = k + 1;
      if (!w.stop) this.segFirstContent[w.seg] ??= k;
    });
  }

  /** The first word of each clause that is not a function word. */
  private readonly segFirstContent: number[] = [];

  /** Where each clause starts and ends, by clause number. */
  private readonly segStarts: number[] = [];
  private readonly segEnds: number[] = [];

  // ── word tests ──

  private content(i: number): boolean {
    const w = this.words[i];
    return !!w && !w.stop && !this.c.skip.has(w.w);
  }

  /** A name or a code ("Wabtec", "C5+1"); in an all-lowercase question, any word the lexicon does not know. */
  private nameLike(i: number): boolean {
    const w = this.words[i]!;
    if (w.number) return true;
    // "AmCham", "NATO": an acronym or a camel-case word is a name even when the lexicon knows it; "the CEO" is a role.
    if (w.named && /\p{Lu}.*\p{Lu}/u.test(w.surface) && this.classOf(i) !== 'person') return true;
    if (w.stop || this.classOf(i)) return false;
    if (w.named) return true;
    return (w.cap || this.lowercaseOnly) && w.concepts.length === 0 && !this.isCue(i);
  }

  private isCue(i: number): boolean {
    return this.c.cueStarts.has(this.words[i]!.w);
  }

  /** A figure stated in the question ("the $4.2 billion deal") is not what it asks for. */
  private nearFigure(i: number): boolean {
    for (let k = Math.max(0, i - 2); k < i; k++) if (this.words[k]!.number && !this.modelNumber(k)) return true;
    return false;
  }

  /** A model's number after its maker's name, "Boeing *787* order quantity"; not a sum after a name, «Газы 100 миллионов». */
  private modelNumber(k: number): boolean {
    const next = this.words[k + 1];
    const measure = next !== undefined && (next.concepts.some((id) => SCALE_CONCEPTS.has(id)) || this.classOf(k + 1) === 'money' || this.classOf(k + 1) === 'percent');
    return !!this.words[k - 1]?.cap && !measure;
  }

  private readonly classes = new Map<number, QuestionKind | undefined>();

  classOf(i: number): QuestionKind | undefined {
    if (!this.classes.has(i)) this.classes.set(i, this.classOfUncached(i));
    return this.classes.get(i);
  }

  /** The money or percent a figure of a sentence before the cue's is in («10 milliárd *dollár* volt? Mennyi…?»). */
  measureOfFigureBefore(hit: Hit): QuestionKind | undefined {
    const sent = this.words[hit.start]!.sent;
    for (let k = 0; k < hit.start && this.words[k]!.sent < sent; k++) {
      if (!this.words[k]!.number && numberWordValue(this.words[k]!.w, this.lang) === undefined) continue;
      for (let j = k + 1; j <= k + MEASURE_REACH && this.words[j]?.sent === this.words[k]!.sent; j++) {
        const kind = this.classOf(j);
        if (kind && CLAIMED_MEASURES.has(kind)) return kind;
      }
    }
    return undefined;
  }

  private classOfUncached(i: number): QuestionKind | undefined {
    const w = this.words[i];
    // («Blackstone-vezérigazgatóval»: a name joined to a noun is whose it is, and the noun keeps its class.)
    const ofName = w !== undefined && /^[-‑]$/u.test(w.gapBefore) && Boolean(this.words[i - 1]?.named);
    if (!w || (w.compound && !ofName) || w.number) return undefined;
    // ("Which group of *countries*", «в какую группу *стран*», «елдер *тобы*»: a group named by its members is neither
    // an organisation nor a place.)
    const countries = (m: Word | undefined) => m?.sent === w.sent && m.concepts.some((id) => COUNTRY_WORD_CONCEPTS.includes(id));
    if (w.concepts.includes('group') && (countries(this.words[i + 1]) || countries(this.words[i + 2]) || countries(this.words[i - 1]))) return 'other';
    if (countries(w) && this.words[i + 1]?.concepts.includes('group')) return 'other';
    let best: QuestionKind | undefined;
    let bestLength = 0;
    for (const [kind, set] of this.c.classes) {
      const length = set.matchLength(w.w);
      if (length > bestLength) (best = kind), (bestLength = length);
    }
    // (A Hungarian compound is of its last part's class: «mezőgazdasági *gépgyártó*val», a maker; «repülőgép*gyártó*».)
    if (!best && this.lang === 'hu') best = this.headClass(w.w);
    // «дата центрове» written apart is still a data centre, not a date.
    if (best === 'date' && this.words[i + 1]?.concepts.includes('center')) return undefined;
    // (A short word is read by its concept only when written as an abbreviation: "CEO", «CEO-сы».)
    if (best || w.stop || (w.w.length < 4 && !/^\p{Lu}{2,}$/u.test(w.surface))) return best;
    for (const id of w.concepts) if (CONCEPT_CLASS[id]) return CONCEPT_CLASS[id];
    return undefined;
  }

  /** The class of a Hungarian compound's head, a table word its last part starts with («gép|gyártóval»). */
  private headClass(word: string): QuestionKind | undefined {
    for (let at = COMPOUND_PART; at <= word.length - COMPOUND_PART; at++) {
      for (const [kind, set] of this.c.classes) if (set.matchLength(word.slice(at)) >= COMPOUND_HEAD) return kind;
    }
    return undefined;
  }

  /** A class noun among the next two content words, past a copula: «коя американска *компания*», «кои са…». */
  private classAhead(i: number): boolean {
    const sent = this.words[i]?.sent;
    let start = i;
    while (this.words[start] && this.c.glue.has(this.words[start]!.w)) start++;
    for (let k = start, seen = 0; k < this.words.length && this.words[k]!.sent === sent && seen < 2; k++) {
      // Class first: the stopword list merges five languages (Kazakh «ден» hides Bulgarian «ден», day).
      if (this.classOf(k)) return true;
      // "What *did* the leaders…": an auxiliary, not a determiner's noun.
      if (k === start && this.words[k]!.stop) return false;
      // («Кои *двама* казахстански политолози»: a number word before the noun is no noun.)
      if (this.words[k]!.stop || this.words[k]!.number || numberWordValue(this.words[k]!.w, this.lang) !== undefined) continue;
      seen++;
    }
    return false;
  }

  private isMoney(i: number): boolean {
    const w = this.words[i]!;
    if (w.compound || this.nearFigure(i)) return false;
    return this.c.money.has(w.w) || w.concepts.some((id) => CONCEPT_CLASS[id] === 'money');
  }

  private isPercent(i: number): boolean {
    const w = this.words[i]!;
    if (w.compound) return false;
    return this.c.percent.has(w.w) || w.concepts.some((id) => CONCEPT_CLASS[id] === 'percent');
  }

  private plural(i: number): boolean {
    return this.c.t.plural.test(this.words[i]!.w);
  }

  /** Whether a word of the cue's own clause (its segment) is such. */
  private inClause(hit: Hit, test: (w: Word) => boolean): boolean {
    const seg = this.words[hit.start]!.seg;
    return this.words.some((w) => w.seg === seg && test(w));
  }

  private segmentEnd(i: number): number {
    const w = this.words[i];
    return w ? this.segEnds[w.seg]! : this.words.length;
  }

  /** Where a clause's first part ends: its segment's end or an "and" («Кой е X и с какво се занимава?»). */
  private partEnd(i: number): number {
    const end = this.segmentEnd(i);
    for (let k = i; k < end; k++) if (this.c.coordinators.has(this.words[k]!.w)) return k;
    return end;
  }

  private segmentStart(i: number): number {
    const w = this.words[i];
    return w ? this.segStarts[w.seg]! : i;
  }

  // ── cue matching ──

  private matchAt(elements: Element[], e: number, i: number): number {
    if (e === elements.length) return i;
    const element = elements[e]!;
    if (element === 'gap') {
      for (let skip = 0; skip <= GAP_WORDS; skip++) {
        const end = this.matchAt(elements, e + 1, i + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    const w = this.words[i];
    if (!w || w.compound || (e > 0 && w.sent !== this.words[i - 1]!.sent)) return -1;
    // («Во сколько *примерно* раз», "how *exactly* many": a hedge inside a cue leaves it whole.)
    if (!element.has(w.w)) return e > 0 && this.c.skip.has(w.w) ? this.matchAt(elements, e, i + 1) : -1;
    return this.matchAt(elements, e + 1, i + 1);
  }

  private opensClause(i: number): boolean {
    return (this.segFirstContent[this.words[i]!.seg] ?? i) >= i;
  }

  /**
   * The words of the question a cue asks, where a sentence joins two ("…, and how much…"): from the "and" before it that
   * a question word follows, up to the next such "and".
   */
  private ownQuestionOf(hit: Hit): [number, number] {
    const joins = (k: number) => this.c.coordinators.has(this.words[k]!.w) && this.cueFollows(k + 1);
    let from = hit.start;
    while (from > 0 && !joins(from - 1)) from--;
    let to = hit.end;
    while (to < this.words.length && !joins(to)) to++;
    return [from, to];
  }

  /** Whether a question word is the next word at i or after, past function words, in its sentence. */
  private cueFollows(i: number): boolean {
    for (let k = i; k < this.words.length && this.words[k]!.sent === this.words[i - 1]?.sent; k++) {
      if (this.isCue(k)) return true;
      if (!this.words[k]!.stop) return false;
    }
    return false;
  }

  /** Whether another question word follows an imperative's, past function words only, in its sentence. */
  private askedAfter(imperative: Hit, hits: readonly Hit[]): boolean {
    const next = hits.find((h) => h.start >= imperative.end);
    return next !== undefined && this.words.slice(imperative.end, next.start).every((w) => w.stop && w.sent === this.words[imperative.start]!.sent);
  }

  /** Whether a word of a formal request stands a few words before i, in its sentence ("I would ask the ministry to *state*"). */
  private afterRequest(i: number): boolean {
    return this.words.slice(Math.max(0, i - REQUEST_REACH), i).some((w) => w.sent === this.words[i]!.sent && this.c.requests.has(w.w));
  }

  /**
   * "State the value of the deal *and the number* of machines", «Назовите стоимость *и количество*…»: an imperative's
   * further objects, each a class noun after "and", are asked too.
   */
  private coordinatedObjects(hit: Hit): Hit[] {
    const sent = this.words[hit.start]!.sent;
    const parts: Hit[] = [];
    for (let k = hit.end; k < this.words.length && this.words[k]!.sent === sent; k++) {
      if (!this.c.coordinators.has(this.words[k]!.w) || this.isCue(k + 1)) continue;
      const part: Hit = { spec: hit.spec, start: k + 1, end: k + 1, kind: 'other', also: [], all: false, subordinate: false };
      this.resolveWhich(part, k + 1);
      if (part.kind !== 'other' && part.kind !== 'list' && part.kind !== 'description' && part.kind !== hit.kind) parts.push(part);
    }
    return parts;
  }

  findCues(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.words.length; ) {
      if (!this.isCue(i)) {
        i++;
        continue;
      }
      let best: { cue: Cue; end: number } | undefined;
      for (const cue of this.c.cues) {
        if (cue.spec.lead && !this.opensClause(i) && !this.afterRequest(i)) continue;
        const end = this.matchAt(cue.elements, 0, i);
        if (end > i && (!best || end > best.end)) best = { cue, end };
      }
      if (!best) {
        i++;
        continue;
      }
      if (best.cue.spec.framing) {
        i = best.end;
        continue;
      }
      hits.push({ spec: best.cue.spec, start: i, end: best.end, kind: best.cue.spec.kind ?? 'other', also: best.cue.spec.kind === 'person' ? ['organisation'] : [], all: !!best.cue.spec.all, subordinate: false });
      i = best.end;
    }
    this.markSubordinate(hits);
    for (const hit of hits) this.resolve(hit);
    // ("Просим уточнить, *сколько*…", "I would ask you to state *how many*…": a question word after the imperative asks.)
    // («Разкажи ми *кой* подписа…», "Describe *what* it covers": so does one after an imperative of telling.)
    for (const hit of hits) if (isImperative(hit) && this.askedAfter(hit, hits)) (hit.kind = 'other'), (hit.also = []), delete hit.focus;
    for (const hit of [...hits]) if (hit.spec.role === 'ask' && hit.kind !== 'other' && !hit.subordinate) hits.push(...this.coordinatedObjects(hit));
    return hits;
  }

  /**
   * Whether "and" opens the clause of the question word at i: right before it, or before a hedge or a preposition
   * ("…, and roughly how many", "…and on which date", «…и на коя дата»).
   */
  private coordinatedAt(i: number): boolean {
    let at = i - 1;
    while (at > 0 && this.c.skip.has(this.words[at]!.w)) at--;
    if (at > 0 && this.words[at]!.stop && !this.c.coordinators.has(this.words[at]!.w) && this.words[at]!.seg === this.words[i]!.seg) at--;
    const before = this.words[at];
    if (!!before && at >= 0 && this.c.coordinators.has(before.w)) return true;
    // («…и от зависимост *от кои* страни…», "and on the development of which…": past a phrase of a preposition and its
    // noun, a word of no verb's form.)
    const and = coordinatorBefore(this.words, this.c, i, PHRASE_BEFORE_CUE);
    const between = and < 0 ? [] : this.words.slice(and + 1, i);
    if (between.length > 0 && between[0]!.stop && between.every((w) => w.seg === this.words[i]!.seg && !w.named && !looksVerbal(w.w, this.lang) && !this.verbLike(w))) return true;
    // "…, and besides the locomotives, what else", «és a mozdonyok szállításán kívül mit»: past a besides-phrase.
    const besides = besidesBefore(this.words, i);
    return besides >= 0 && this.words.slice(Math.max(0, besides - LATER_REACH_BESIDES), besides).some((w) => this.c.coordinators.has(w.w) && w.sent === this.words[i]!.sent);
  }

  /** Whether a question word follows a verb of saying in the clause before it ("…said, *what*…", «…рассуждает о том, *почему*»). */
  private afterSaying(hit: Hit): boolean {
    // (Not past an "and": "…in the reports, *and* what amount…" asks on.)
    const before = this.words.slice(0, hit.start).reverse().find((v) => !v.stop || v.concepts.length > 0 || this.c.coordinators.has(v.w));
    return before !== undefined && !this.c.coordinators.has(before.w) && before.concepts.some((id) => SAYING_CONCEPTS.has(id));
  }

  /**
   * «Что предложили …гиганту, с *чьим* гендиректором встречался Токаев?», «…компанията, *чийто* директор…»: "whose"
   * opening a clause after a comma (past a preposition), under an earlier question word, relates.
   */
  private opensRelativeClause(hit: Hit, earlier: Hit[]): boolean {
    const start = this.words[hit.start]!;
    if (!hit.spec.relative || !hit.spec.det || this.lang === 'en') return false;
    const before = this.words.slice(0, hit.start).filter((w) => w.sent === start.sent);
    return before.some((w) => w.seg < start.seg) && before.every((w) => w.seg < start.seg || w.stop) && earlier.some((h) => this.words[h.start]!.sent === start.sent);
  }

  /**
   * «когда»/"when"/"who" are also conjunctions: after another question word ("what did he promise when…") or
   * heading a clause that a later question clause follows («Когда он приехал, что он сказал?») they ask nothing.
   * "…and when?" is a second question, not a conjunction.
   */
  private markSubordinate(hits: Hit[]): void {
    hits.forEach((hit, n) => {
      // ("…machinery *whose* production", "…the carrier, *whose* headquarters", "the airport at *which*": after a noun, or
      // a noun and a preposition, it relates.)
      const start = this.words[hit.start]!;
      // ("Tell me *which*", "indicate *which* member", "…sept, *which* city" ask: only "whose" relates right after a word;
      // "in front of *which* minister" asks too: a relative "which" opens a clause, "at which *the* carrier…".)
      const noun = (w: Word | undefined) => w !== undefined && w.sent === start.sent && !w.stop && !w.number;
      const before = this.words[hit.start - 1];
      const afterPreposition = before !== undefined && before.seg === start.seg && PREPOSITIONS.has(before.w) && noun(this.words[hit.start - 2]) && this.words[hit.start - 2]!.seg === start.seg && !!this.words[hit.end]?.stop;
      if (this.opensRelativeClause(hit, hits.slice(0, n))) hit.subordinate = true;
      // («…с Лютником, *на которой* он говорил…»: a Russian relative word relates past a preposition too.)
      const beforePreposition = before?.stop && before.seg === start.seg ? this.words[hit.start - 2] : undefined;
      const afterNoun = noun(before) || (!!hit.spec.relatesAfterNoun && noun(beforePreposition));
      if (hit.spec.relative && (((hit.spec.role === 'who' || hit.spec.relatesAfterNoun) && afterNoun) || afterPreposition)) hit.subordinate = true;
      // ("Khush Choksi, *who* led the delegation, is vice president of which body?": an English "who" opening a clause
      // between commas after a name relates; "…Gor, who is he?" asks.)
      const closedLater = () => this.words.some((w) => w.sent === start.sent && w.seg > start.seg);
      if (this.lang === 'en' && hit.spec.role === 'who' && before?.named && before.sent === start.sent && before.seg < start.seg && closedLater()) hit.subordinate = true;
      // ("Was it Ospanov *who* said…?", "It was Ospanov *who*…": the "who" of a cleft relates to the name it stresses.)
      if (this.lang === 'en' && hit.spec.role === 'who' && before?.named && this.cleftBefore(hit.start)) hit.subordinate = true;
      // ("…the special representative *whom* Tokayev congratulated was made ambassador to which country?": right after a
      // noun of its clause, with a question word later in the sentence, "who" relates.)
      const askedLater = hits.slice(n + 1).some((h) => this.words[h.start]!.sent === start.sent && h.spec.role !== 'ask');
      if (this.lang === 'en' && hit.spec.role === 'who' && hit.end - hit.start === 1 && noun(before) && !before!.named && before!.concepts.length > 0 && before!.seg === start.seg && askedLater) hit.subordinate = true;
      // («Кто объяснил (о том), *почему*…», "who explained *why*…": under an earlier question word, one after a verb of
      // saying opens what was said.)
      if (this.afterSaying(hit) && hits.slice(0, n).some((h) => !h.subordinate && h.spec.role !== 'ask' && this.words[h.start]!.sent === start.sent)) hit.subordinate = true;
      if (!hit.spec.conj) return;
      // ("…some years *ago*, when the share was modest, …", «в то *время*, когда…»: after a time, "when" says which.)
      const lastBefore = this.words.slice(0, hit.start).reverse().find((w) => !w.stop);
      if (hit.spec.kind === 'date' && lastBefore?.sent === start.sent && lastBefore.concepts.some((id) => TIMES_RELATED.has(id))) hit.subordinate = true;
      const coordinated = this.coordinatedAt(hit.start);
      // An imperative ("Tell me when…", «Скажите, когда…») does not make the question word a conjunction.
      // ("Who runs it, who is its CEO?": a question word repeated in a clause of its own asks again, as the first did.)
      // (Not "what…, what…": two things asked.)
      const restates = (h: Hit) => h.spec === hit.spec && h.spec.role !== 'what' && h.spec.role !== 'which' && this.words[h.start]!.seg !== this.words[hit.start]!.seg;
      // (An earlier question word that is itself a conjunction, "*When* it was signed, which…", asks nothing.)
      const earlier = hits.slice(0, n).some((h) => !isImperative(h) && !h.subordinate && this.words[h.start]!.sent === this.words[hit.start]!.sent && !restates(h));
      if (earlier && !coordinated) hit.subordinate = true;
      const mainClauseLater = hits.slice(n + 1).some((h) => {
        const w = this.words[h.start]!;
        // «где была встреча…, когда тот предложил…»: a later "when" or "where" is a conjunction more often than the
        // main question ("When he visited, *what* did he sign?"); so is a later "which" («делегацию, которая…»).
        // («Кто сказал, *что*…»: right after a verb of saying, «что» is "that", opening what was said.)
        const complementizer = this.afterSaying(h);
        // («…больше нужна США, *чем* США – нам»: after a comparative, «чем» is "than".)
        const than = w.w === 'чем' && this.words.slice(0, h.start).some((v) => this.c.comparative.has(v.w) || RUSSIAN_COMPARATIVE.test(v.w));
        // ("When Kazakhstan signed it, *which US* minister was there?": an English "which" before a noun asks; «…, которая…» relates.)
        const asksWhich = this.lang === 'en' && (this.classAhead(h.end) || !!this.words[h.end]?.named);
        const conjunction = complementizer || (h.spec.conj && (h.spec.kind === 'date' || h.spec.kind === 'place' || (h.spec.role === 'which' && !asksWhich) || than));
        // ("…, and what is the *name* of the CEO?": a clause "and" opens is coordinated, whichever of its words is the cue.)
        const coordinated = hits.some((o) => this.words[o.start]!.seg === w.seg && this.coordinatedAt(o.start));
        // (Nor is a request word the main clause: "what do the agreements, signed in May, *provide* for?")
        return w.sent === this.words[hit.start]!.sent && w.seg !== this.words[hit.start]!.seg && this.opensClause(h.start) && !coordinated && !conjunction && h.spec.role !== 'ask' && !restates(h) && !this.opensRelativeClause(h, [hit]);
      });
      if (n === 0 && mainClauseLater) hit.subordinate = true;
      // «Правда ли, что…», «Вярно ли е, че…», «Правда, что…»: a yes/no question with a clause after it.
      // (Not an English auxiliary: "Could you clarify, what was…?" asks what.)
      const opensSentence = (i: number) => this.words[i - 1]?.sent !== this.words[i]!.sent;
      const opensYesNo = (w: Word, i: number) => this.lang !== 'en' && this.c.yesNoOpeners.has(w.w) && (opensSentence(i) || (THIS.has(this.words[i - 1]!.w) && opensSentence(i - 1)));
      if (this.words.some((w, i) => w.sent === start.sent && w.seg < start.seg && (this.c.yesNo.has(w.w) || opensYesNo(w, i)))) hit.subordinate = true;
    });
  }

  /**
   * "it was", "was it", "is it": a cleft opening in the clause before word i. (Not past a comma, "Is it true that
   * Schwarzman, who met…", nor with a choice offered, "Was it Rubio or Lutnick who signed?", which asks who.)
   */
  private cleftBefore(i: number): boolean {
    const seg = this.words[i]!.seg;
    const before = (k: number) => k < i && this.words[k]?.seg === seg;
    const copula = (k: number) => before(k) && /^(?:is|was|were)$/u.test(this.words[k]!.w);
    const said = (word: string) => this.words.findIndex((w, k) => before(k) && w.w === word);
    const it = said('it');
    return said('or') < 0 && it >= 0 && (copula(it - 1) || copula(it + 1));
  }

  // ── resolution by role ──

  private resolve(hit: Hit): void {
    // "The value of the Wabtec deal — what is it?", «Выпущено локомотивов… — сколько всего?», «А стоимость сделки
    // какая?»: a question word that asks nothing more asks about the topic named before it.
    const topic = this.topicBefore(hit);
    if (topic && this.resolveTopic(hit, topic)) return;
    switch (hit.spec.role ?? 'fixed') {
      case 'qty':
        return this.resolveQuantity(hit);
      case 'which':
      case 'ask':
        return this.resolveWhich(hit, hit.spec.headBefore && hit.start > 0 ? hit.start - 1 : hit.end);
      case 'who':
        return this.resolveWho(hit);
      case 'what':
        return this.resolveWhat(hit);
      default:
        return;
    }
  }

  /**
   * The words of the topic set before a cue that asks nothing of its own, if so: after a dash, the sentence before it
   * ("X — what is it?"); with none, a "which" or "what" ending its sentence, its clause before it («А стоимость сделки
   * какая?»; a how-many there measures its clause as usual, «…келісімнің құны қанша болады?»). A noun phrase, not a
   * question of its own («…предвиждат ли и други услуги, и ако да – какви?»).
   */
  private topicBefore(hit: Hit): number[] | undefined {
    const first = this.words[hit.start]!;
    if (hit.start === 0 || this.asksIfSo) return undefined;
    for (let k = hit.end; k < this.words.length && this.words[k]!.sent === first.sent; k++) if (this.content(k)) return undefined;
    const dash = /[—–]|\s-\s/u.test(first.gapBefore);
    // (Where a question word comes after its noun anyway, «…хатшысының тегі қандай?», the noun right before it is the
    // one; and «…как се казва», what it is called, names the thing just before it.)
    // (The last word but a copula, «…каква е?»: «…или во что-то другое?» ends with no question word.)
    let after = hit.end;
    while (this.words[after]?.sent === first.sent && this.c.glue.has(this.words[after]!.w)) after++;
    const last = this.words[after]?.sent !== first.sent;
    const ending = last && QUESTION_WORD_LEADS.has(this.lang) && (hit.spec.role === 'which' || hit.spec.role === 'what') && hit.end - hit.start === 1;
    if (!dash && !ending) return undefined;
    const topic: number[] = [];
    for (let k = hit.start - 1; k >= 0 && this.words[k]!.sent === first.sent && (dash || this.words[k]!.seg === first.seg); k--) topic.unshift(k);
    return topic.length > 0 && topic.length <= TOPIC_WORDS ? topic : undefined;
  }

  /** The kind a topic's first noun of a class asks for; for a how-many, its first plural noun is what is counted. */
  private resolveTopic(hit: Hit, topic: number[]): boolean {
    const classed = topic.find((k) => this.classOf(k) !== undefined && !this.words[k]!.named);
    const cls = classed === undefined ? undefined : this.classOf(classed)!;
    if (hit.spec.role === 'qty') {
      if (cls === 'money' || cls === 'percent') return this.set(hit, cls), true;
      const counted = topic.find((k) => this.content(k) && !this.words[k]!.named && this.plural(k));
      return counted !== undefined && (hit.spec.kind ?? 'count') === 'count' ? (this.set(hit, 'count', [counted]), true) : false;
    }
    if ((hit.spec.role === 'which' || hit.spec.role === 'what') && cls && cls !== 'description' && cls !== 'list') return this.set(hit, cls, cls === 'count' ? this.focusAfter(classed!) : [classed!]), true;
    return false;
  }

  /** The next content word after a cue in its sentence, skipping "in total" and (up to two) names. */
  private headAfter(i: number): { at: number; names: number[] } | undefined {
    const names: number[] = [];
    let leading = true;
    const sent = this.words[i - 1]?.sent;
    for (let k = i; k < this.words.length && this.words[k]!.sent === sent; k++) {
      const w = this.words[k]!;
      // «Колко *бяха* първите държави», "how many *were the* countries": a copula before the counted noun (Hungarian
      // and Kazakh measure the clause's subject then: «Mennyi lesz a gyár költsége?»).
      if (this.c.skip.has(w.w) || (leading && COPULA_BEFORE_COUNTED.has(this.lang) && this.c.glue.has(w.w))) continue;
      leading = false;
      if (w.stop || w.number || numberWordValue(w.w, this.lang) !== undefined) return undefined;
      if (w.named && names.length < 2) {
        names.push(k);
        continue;
      }
      return { at: k, names };
    }
    return undefined;
  }

  /** The measured thing after a class noun or a price verb: "the price of *one locomotive*". */
  private focusAfter(i: number): number[] | undefined {
    const sent = this.words[i]!.sent;
    for (let k = i + 1; k < Math.min(this.words.length, i + 4) && this.words[k]!.sent === sent; k++) {
      const w = this.words[k]!;
      // ("How many *787s*": a model's number in the plural is what is counted.)
      const model = this.lang === 'en' && /^\p{L}*\p{N}+s$/u.test(w.w);
      if (w.stop || (w.number && !model) || numberWordValue(w.w, this.lang) !== undefined) continue;
      if (this.isMoney(k) || this.isPercent(k)) return undefined;
      return this.nounPhrase(k);
    }
    return undefined;
  }

  /** A noun with the adjective before it: «грузовых локомотивов», "Boeing aircraft". */
  private nounPhrase(k: number): number[] {
    // A hyphenated compound is one noun: «дата-центров».
    if (this.words[k]!.compound) {
      const phrase = [k];
      for (let j = k + 1; j < this.words.length && this.words[j]!.compound && this.words[j]!.token !== this.words[j - 1]!.token; j++) {
        if (!/^[-‑]$/u.test(this.words[j]!.gapBefore)) break;
        phrase.push(j);
      }
      return phrase;
    }
    const sameSentence = (j: number) => this.words[j]?.sent === this.words[k]!.sent;
    if (this.lang === 'en') {
      // English nouns do not inflect: take the run of words up to the plural noun ("new Dreamliners").
      const run = [k];
      for (let j = k; run.length < 3 && !this.c.t.plural.test(this.words[j]!.w) && this.content(j + 1) && sameSentence(j + 1); j++) run.push(j + 1);
      return run;
    }
    const w = this.words[k]!.w;
    // «първите държави», «первые страны»: an ordinal qualifies the noun after it, as an adjective does.
    const qualifier = looksAdjectival(w, this.lang) || this.words[k]!.concepts.some((id) => ORDINALS.has(id));
    if (qualifier && this.content(k + 1) && sameSentence(k + 1)) return [k, k + 1];
    // («a gyártás lokalizációs *szintje*», the production's localisation level: a Hungarian noun's possessor stands
    // before it, and the phrase ends at the possessed noun.)
    // («жүк локомотиві», a freight locomotive: a bare Kazakh noun qualifies the possessed noun after it; a verb's past or
    // present, «шығар*ды*», «жеткіз*еді*», ends alike.)
    if (this.lang === 'kk' && this.words[k]!.concepts.length && this.content(k + 1) && sameSentence(k + 1) && KAZAKH_POSSESSED.test(this.words[k + 1]!.w) && !KAZAKH_VERB_END.test(this.words[k + 1]!.w)) return [k, k + 1];
    // (A thing counted in the accusative is no possessor: «Hány tehermozdony*t* szállít*anak*» ends at it, before the verb.)
    if (this.lang === 'hu' && !(HUNGARIAN_ACCUSATIVE.test(w) && !this.isMoney(k))) {
      for (let j = k + 1; j <= k + 2 && this.content(j) && sameSentence(j); j++) if (HUNGARIAN_POSSESSED.test(this.words[j]!.w)) return [...Array(j - k + 1).keys()].map((d) => k + d);
    }
    return [k];
  }

  /**
   * "How big is the John Deere deal", «Колко е сделката?», «Келісім қанша?»: the size or amount of one deal is its
   * value. A deal named right after the cue, or in the plural, is counted ("how many agreements").
   */
  private asksValueOfDeal(hit: Hit): boolean {
    const end = this.segmentEnd(hit.start);
    let sized = false;
    for (let k = hit.start; k < Math.min(end, hit.end + 1); k++) sized ||= this.c.size.has(this.words[k]!.w);
    // "How big is Kazakhstan's share": a share is a percentage, whatever its size word.
    if (this.words.some((_, k) => this.isPercent(k))) return false;
    const seg = this.words[hit.start]!.seg;
    // Between the cue and the deal only glue, names and words the lexicon does not know ("the john deere deal").
    const skipped = (k: number) => {
      const w = this.words[k]!;
      return w.stop || w.named || !w.concepts.length || this.c.glue.has(w.w) || this.c.size.has(w.w);
    };
    const isDeal = (k: number) => this.words[k]!.concepts.some((id) => DEAL_CONCEPTS.has(id));
    // ("How many *separate* deals", «Колко *отделни* споразумения»: a deal right after the cue, or after adjectives, is counted.)
    const qualifies = (w: Word) => !w.named && !w.concepts.length && looksAdjectival(w.w, this.lang);
    const counted = (k: number) => (k >= hit.end && this.words.slice(hit.end, k).every(qualifies)) || this.plural(k) || Boolean(GENITIVE_PLURAL[this.lang]?.test(this.words[k]!.w));
    // ("How big is the *strategic partnership* deal": after a word of size, what qualifies the deal too.)
    const qualifiesSized = (k: number) => sized && !this.words[k]!.number && this.classOf(k) === undefined;
    let head = hit.end;
    while (head < end && (skipped(head) || qualifiesSized(head)) && !isDeal(head)) head++;
    // Kazakh and Hungarian may name it first, with nothing after the cue: «Келісім қанша?».
    if (head < end && !isDeal(head)) return false;
    if (head >= end) {
      // («John Deere-megállapodás: mennyi?», «Сделка с John Deere — сколько?»: or as a topic before a colon or a dash.)
      const cue = this.words[hit.start]!;
      const topic = this.words[hit.start - 1]?.sent === cue.sent && /[:—–]|\s-\s/u.test(cue.gapBefore) ? this.words[hit.start - 1]!.seg : seg;
      const inReach = (k: number) => this.words[k]!.seg === seg || this.words[k]!.seg === topic;
      head = hit.start - 1;
      while (head >= 0 && inReach(head) && skipped(head) && !isDeal(head)) head--;
      if (head < 0 || !inReach(head) || !isDeal(head)) return false;
    }
    return sized || !counted(head);
  }

  private resolveQuantity(hit: Hit): void {
    // ("How many did they order" counts what was ordered: the size of an order is asked with "how big".)
    if (!hit.spec.countable && this.asksValueOfDeal(hit)) return this.set(hit, 'money');
    const fallback = hit.spec.kind ?? 'count';
    const sent = this.words[hit.start]!.sent;
    const named = this.antecedent(hit);
    if (named) return this.set(hit, 'count', named);
    // («A Wabtec-mozdonyokból hányat kap…», «Boeing ұшақтарының нешеуі…», of the locomotives/planes how many: what is
    // counted may stand before the cue, as the whole it is taken from.)
    const partOf = this.words[hit.start - 1];
    const whole = WHOLE_BEFORE_CUE[this.lang];
    if (whole && partOf && whole.whole.test(partOf.w) && (!whole.cue || whole.cue.test(this.words[hit.start]!.w)) && this.content(hit.start - 1)) {
      return this.set(hit, 'count', [hit.start - 1]);
    }
    // The thing measured, right after the cue ("how many locomotives", «сколько стоит»).
    let head = this.headAfter(hit.end);
    // («Колко *възлизат* споразуменията»: a verb of amounting to a price right after the cue asks for money.)
    if (this.c.moneyVerbs.has(this.words[hit.end]?.w ?? '')) return this.set(hit, 'money');
    const verb = (at: number) => this.c.t.verbLike?.test(this.words[at]!.w) || (this.c.t.perfect?.test(this.words[at]!.w) && this.c.glue.has(this.words[at - 1]?.w ?? ''));
    let pastVerb = false;
    for (let tries = 0; head && tries < 2 && verb(head.at) && this.words[head.at]!.w.length > 3 && !this.isMoney(head.at); tries++) {
      head = this.headAfter(head.at + 1);
      pastVerb = true;
    }
    // («Колко *хиляди* броя техника», "how many *thousand* machines": a scale of a count is no thing counted.)
    const scale = (at: number) => this.words[at]!.concepts.some((id) => SCALE_CONCEPTS.has(id)) && !!this.words[at + 1] && !this.isMoney(at + 1);
    if (head && scale(head.at)) head = this.headAfter(head.at + 1) ?? head;
    if (head) {
      const k = head.at;
      // "How big a role…", «mekkora szerepe»: the size of a role or an influence is told in words, not figures.
      if (this.words[k]!.concepts.some((id) => UNMEASURED.has(id))) return this.set(hit, 'other');
      // «қанша миллиард доллар», "how many million dollars": a scale of a currency is an amount of money.
      if (this.words[k]!.concepts.some((id) => SCALE_CONCEPTS.has(id)) && this.words[k + 1] && this.isMoney(k + 1)) return this.set(hit, 'money');
      // "How much time", «mennyi idő», «сколько времени»: a span of time is counted, in whatever units.
      if (this.words[k]!.concepts.some((id) => SPANS_OF_TIME.has(id))) return this.set(hit, 'count', [k]);
      const cls = this.classOf(k);
      // «общая стоимость», «жалпы құны»: the adjective's noun may name the price.
      const phrase = this.nounPhrase(k);
      const last = phrase[phrase.length - 1]!;
      if (phrase.some((j) => this.isPercent(j))) return this.set(hit, 'percent', this.focusAfter(last));
      if (phrase.some((j) => this.isMoney(j))) return this.set(hit, 'money', this.focusAfter(last));
      if (cls === 'count') return this.set(hit, 'count', this.focusAfter(k));
      const commodity = this.words[k]!.concepts.some((id) => COMMODITY_CONCEPTS.has(id));
      // «Сколько Казахстан внёс…», «Колко дариха…»: a name after the cue is who gave, and a verb of giving
      // counts nothing: what was given is an amount.
      // («…и сколько компания туда вложила»: a Russian noun in the nominative after the cue is who gave, as a name is.)
      // (Bulgarian has no case to tell: a noun after the verb is its subject, «Колко дариха страните».)
      // («Сколько *американский* производитель вложил»: so is one an adjective in the nominative opens.)
      const nominativeAdjective = looksAdjectival(this.words[k]!.w, this.lang) && Boolean(NOMINATIVE_ADJECTIVE[this.lang]?.test(this.words[k]!.w));
      const subject = /^\p{Lu}/u.test(this.words[k]!.surface) || Boolean(NOMINATIVE[this.lang]?.test(this.words[k]!.w)) || nominativeAdjective || (pastVerb && this.lang === 'bg');
      const giver = (subject && this.paysIn(sent)) || this.gives(k);
      // («Представители на колко компании», of how many companies: a plural noun right after a preposition's cue is
      // counted; "how much are the deals worth" still asks an amount.)
      const countedRightAfter = head.at === hit.end && this.plural(last);
      if ((fallback !== 'money' || commodity || countedRightAfter) && !giver) return this.set(hit, 'count', [...head.names, ...phrase]);
    }
    // Kazakh and Hungarian put the measured thing first: «Келісімнің құны қанша?», «A flotta mérete mekkora?».
    for (let k = hit.start - 1; k >= Math.max(0, hit.start - 2) && this.words[k]!.seg === this.words[hit.start]!.seg; k--) {
      if (this.words[k]!.stop) continue;
      if (this.isPercent(k)) return this.set(hit, 'percent');
      if (this.isMoney(k)) return this.set(hit, 'money');
      if (this.classOf(k) === 'count') return this.set(hit, 'count', k > 0 && this.content(k - 1) ? [k - 1] : undefined);
    }
    // Otherwise any word of the sentence that names a price or a share ("how much did it cost"), in the cue's own
    // question: «Какого уровня локализации достиг завод и сколько компания туда вложила?» asks a share, then money.
    let kind: QuestionKind | undefined;
    const [from, to] = this.ownQuestionOf(hit);
    for (let k = from; k < to && !kind; k++) {
      if (this.words[k]!.sent !== sent || (k >= hit.start && k < hit.end)) continue;
      if (this.isPercent(k)) kind = 'percent';
      // "How many did they order": things are counted, whatever the sentence says of paying.
      else if (this.isMoney(k) && !hit.spec.countable) kind = 'money';
    }
    // («…скинулись на помощь Ближнему Востоку. Сколько на самом деле?»: a cue whose sentence says nothing of its own
    // asks of the sentence before it.)
    const bare = sent > 0 && this.words.every((w, k) => w.sent !== sent || (k >= hit.start && k < hit.end) || !this.content(k));
    if (!kind && !hit.spec.countable && (this.paysIn(sent) || (bare && this.paysIn(sent - 1)))) kind = 'money';
    // «Келісімдер қанша?», "wabtec locos how many?": with nothing counted after the cue, the noun before it is.
    // (Not a noun that closed the sentence before: "…from the americans. how many are they getting?")
    if (!kind && fallback === 'count' && hit.start > 0 && this.content(hit.start - 1) && !this.words[hit.start - 1]!.named && this.words[hit.start - 1]!.sent === sent) {
      return this.set(hit, 'count', [hit.start - 1]);
    }
    this.set(hit, kind ?? fallback);
  }

  /**
   * "…train engines from some firm — how many *of them*?", «Сколько из них…»: what is counted is the last plural
   * noun before the cue (with the word before it, "train engines"), when a pronoun right after the cue points back.
   */
  private antecedent(hit: Hit): number[] | undefined {
    const after = this.words.slice(hit.end, hit.end + 2);
    if (!after.some((w) => this.c.anaphor.has(w.w))) return undefined;
    for (let k = hit.start - 1; k >= 0; k--) {
      const w = this.words[k]!;
      if (!this.content(k) || w.named || w.number || !w.concepts.length || !this.plural(k)) continue;
      // ("…buying locomotives from the Americans. How many are they getting?": a country's people are not the things counted.)
      if (w.concepts.some((id) => NAMED_PLACE_CONCEPTS.has(id))) continue;
      // English nouns qualify nouns ("train engines").
      const compound = this.lang === 'en' && k > 0 && this.content(k - 1) && !this.words[k - 1]!.named && this.words[k - 1]!.seg === w.seg;
      return compound ? [k - 1, k] : [k];
    }
    return undefined;
  }

  /**
   * "Which was worth more, X or Y?", «Что дороже…», «Melyik volt nagyobb…»: a comparative of amount asks for the
   * figures compared, money when a deal, a price or an investment is what is compared, else a count.
   * (Not a verb of comparing alone: only deals or amounts compared so ask for figures.)
   */
  comparedAmount(): QuestionKind | undefined {
    const compares = this.words.some(
      (w, k) =>
        // («больше всего», most of all, compares nothing.)
        (this.c.comparative.has(w.w) && !/^(?:всего|всех)$/u.test(this.words[k + 1]?.w ?? '') && (this.lang !== 'bg' || w.w === 'повече' || (this.words[k - 1]?.w === 'по' && /^[-‑]$/u.test(w.gapBefore)))) ||
        // «Қайсысы ірі?», which (of them) is big: Kazakh compares with the plain adjective after "which of them".
        (this.lang === 'kk' && w.w === 'қайсысы' && this.c.size.has(this.words[k + 1]?.w ?? '')),
    );
    const amounts = this.words.some((w, k) => this.isMoney(k) || w.concepts.some((id) => DEAL_CONCEPTS.has(id)));
    // "How does the Wabtec deal compare with John Deere's?", «Сравните сделки…»: a verb of comparing asks for the
    // figures only of deals or amounts (views compared are no count).
    if (!compares) return amounts && this.words.some((w) => w.concepts.includes('compare')) ? 'money' : undefined;
    // ("Which plant has more *workers*": a count of what follows in the plural; "which side has the greater need",
    // «nagyobb szüksége», compares no figures.)
    // (Kazakh puts the things before it: «ұшақтарын көбірек сатып алмақ», will buy more planes.)
    const countedAt = (k: number) => this.content(k) && this.plural(k);
    const counted = this.words.some((w, k) => this.c.comparative.has(w.w) && (countedAt(k + 1) || (this.lang === 'kk' && countedAt(k - 1))));
    return amounts ? 'money' : counted ? 'count' : undefined;
  }

  /** A verb of giving money in the sentence («внёс», "spent", «жұмсады»). */
  private paysIn(sent: number): boolean {
    return this.words.some((w, k) => w.sent === sent && this.gives(k));
  }

  /** A verb of paying or giving: what it moves is an amount. */
  private gives(k: number): boolean {
    const w = this.words[k]!;
    return w.concepts.some((id) => PAYING_CONCEPTS.has(id)) || this.c.giving.has(w.w);
  }

  /** An English verb by its form or its kind ("invested", "signing", "buy"): no noun of a compound. */
  private verbLike(w: Word): boolean {
    return /(?:ed|ing)$/u.test(w.w) || this.c.businessVerbs.has(w.w) || this.c.moneyVerbs.has(w.w);
  }

  /**
   * The last noun of an English compound from word `from` ("national rail *company*", "American railway equipment
   * *maker*"), when it names a class and the compound ends there: at a stopword, a verb or the clause's end.
   */
  private compoundHeadFrom(from: number, end: number): number | undefined {
    const sent = this.words[from]?.sent;
    let last: number | undefined;
    for (let k = from; k < end && k < from + COMPOUND_WORDS && this.words[k]!.sent === sent; k++) {
      const w = this.words[k]!;
      if (this.c.skip.has(w.w)) continue;
      if (!this.content(k) || (w.named && !w.concepts.length) || w.number || this.verbLike(w)) break;
      last = k;
      // ("Which big tech *company's* vice president": an owner ends the compound, and is what "which" asks.)
      if (w.possessive) break;
    }
    return last !== undefined && this.classOf(last) ? last : undefined;
  }

  /** Whether word k says what kind of thing the noun of no class after it is («*befektetési* óriás», "*investment* group"). */
  private qualifiesNounAfter(k: number): boolean {
    const next = this.words[k + 1];
    return qualifiesByKind(this.words[k]!, this.lang) && this.content(k + 1) && !next!.named && !this.classOf(k + 1) && !looksAdjectival(next!.w, this.lang);
  }

  /** "which *city*", «какова *стоимость*», «melyik *évben*», «қай *қалада*»: the head noun's class decides. */
  private resolveWhich(hit: Hit, from = hit.end): void {
    const sent = this.words[hit.start]!.sent;
    let head: number | undefined;
    let kind: QuestionKind | undefined;
    let seen = 0;
    // (A head before the cue ends at the cue: «…саммит қалай аталады».)
    const segmentEnd = from < hit.start ? hit.start : this.segmentEnd(hit.start);
    for (let k = from; k < segmentEnd && this.words[k]!.sent === sent && seen < 2; k++) {
      const w = this.words[k]!;
      // «Какие *конкретно* месторождения», "which *exactly*": the noun after it is the head; so is "offer" in
      // "what was the minister's offer".
      // ("Which *company's* plant" asks which company.)
      if (numberWordValue(w.w, this.lang) !== undefined || this.c.skip.has(w.w) || (k > from && ownsNext(this.words, k))) continue;
      // («Melyik *befektetési* óriás», which investment giant: an adjective of an amount before a noun of no class says
      // what kind of thing the noun is, and asks for no amount; «milyen *regionális* központ», "which *regional* centre",
      // one of a place asks for no place. Not a Kazakh noun in the locative, «қай *қаладағы* зауыт», the plant in which city.)
      const cls = this.classOf(k);
      const placeQualifier = cls === 'place' && !(this.lang === 'kk' && KAZAKH_LOCATIVE_ATTRIBUTE.test(w.w));
      if (cls && (MEASURED.has(cls) || placeQualifier) && this.qualifiesNounAfter(k)) {
        seen++;
        head ??= k;
        continue;
      }
      if (cls) {
        head = k;
        kind = cls;
        // «қай мемлекеттік хатшы»: an adjective of class (state) before the head noun (secretary). («Қай елдегі елшісі»,
        // the ambassador *in* which country, «қай салалардағы ынтымақтастық», cooperation *in* which sectors: a noun
        // in the locative is what "which" asks.)
        const where = this.lang === 'kk' && KAZAKH_LOCATIVE_ATTRIBUTE.test(w.w);
        // («коя американска *държавна* финансова *институция*»: past more adjectives, to the noun they qualify.)
        const nounAfter = (at: number): number | undefined => {
          for (let next = at + 1; next < segmentEnd && this.words[next]!.sent === sent; next++) {
            if (this.classOf(next)) return next;
            if (!looksAdjectival(this.words[next]!.w, this.lang)) return undefined;
          }
          return undefined;
        };
        for (let noun = nounAfter(head); !where && noun !== undefined && looksAdjectival(this.words[head]!.w, this.lang); noun = nounAfter(head)) kind = this.classOf((head = noun))!;
        // ("which investment firm *boss*": an English compound's head is its last noun.)
        // (Of another class: "vice president" is one role.)
        // (Not a verb after the noun: "which corporation *invested*".)
        const compoundHead = (k: number) => this.lang === 'en' && k < segmentEnd && this.words[k]!.sent === sent && this.content(k) && !this.words[k]!.named && !this.verbLike(this.words[k]!) && this.classOf(k) !== undefined && this.classOf(k) !== kind;
        // ("Which outlet's correspondent" asks which outlet.)
        while (!this.words[head]!.possessive && compoundHead(head + 1)) kind = this.classOf(++head)!;
        break;
      }
      if (w.stop || w.number) {
        if (seen > 0) break;
        continue;
      }
      seen++;
      head ??= k;
      // («Какие *объекты* главе Blackstone…»: after a plural "which", a Russian word without a plural adjective's ending
      // is the noun asked about, and a noun of a class after it is another's, «главе», not its qualifier.)
      if (this.lang === 'ru' && hit.all && !w.named && !RUSSIAN_PLURAL_ADJECTIVE.test(w.w)) break;
    }
    // («коя американска финансова *агенция*», «каким американским финансовым *агентством*»: past more adjectives than
    // two, to a noun of a class they qualify. Only where an adjective is known by its ending: a Hungarian noun may end
    // as one, and a Russian one too, «гос*структурой*», so there only past adjectives the lexicon knows, «amerikai
    // mezőgazdasági *gépgyártóval*».)
    const adjective = (w: Word) => looksAdjectival(w.w, this.lang) && (this.lang === 'bg' || ((this.lang === 'ru' || this.lang === 'hu') && w.concepts.length > 0));
    for (let k = head ?? segmentEnd; !kind && k + 1 < segmentEnd && this.words[k + 1]!.sent === sent && adjective(this.words[k]!); k++) {
      const cls = this.classOf(k + 1);
      if (cls) (kind = cls), (head = k + 1);
    }
    // ("Which national rail company…": an English compound names its class in its last noun, however many qualify it.)
    const compound = kind || this.lang !== 'en' ? undefined : this.compoundHeadFrom(from, segmentEnd);
    if (compound !== undefined) (head = compound), (kind = this.classOf(compound));
    if (!kind && this.lang === 'kk' && head === undefined) {
      // «Шарттың мақсаты қандай?»: the noun comes before the question word (when none follows it).
      for (let k = hit.start - 1; k >= Math.max(0, hit.start - 2) && !kind; k--) {
        const cls = this.classOf(k);
        if (cls) (kind = cls), (head = k);
      }
    }
    // ("which political *scientists*": a phrase is plural by its last word.)
    let last = head;
    while (last !== undefined && this.words[last + 1]?.concepts[0] !== undefined && this.words[last + 1]!.concepts[0] === this.words[last]!.concepts[0] && this.words[last + 1]!.seg === this.words[last]!.seg) last++;
    if (last !== undefined && (hit.all || (this.plural(last) && !this.partitive(head!) && !singularWho(hit)))) hit.all = true;
    if (!kind) kind = head !== undefined && hit.all && this.content(head) ? 'list' : hit.spec.kind ?? 'other';
    // ("What *joint* investment did he propose", «Milyen *közös* befektetést»: an investment qualified by what it is, not
    // by its size, is a thing, told by a passage; "what *total* investment", "the *estimated* investment" is an amount.)
    const bySize = (w: Word) => w.concepts.some((id) => AMOUNT_CONCEPTS.has(id) || id === 'estimate');
    const qualified = head !== undefined && this.words.slice(from, head).some((w) => !w.stop && w.concepts.length > 0 && !bySize(w));
    if (kind === 'money' && qualified && this.words[head!]!.concepts.includes('investment')) kind = 'other';
    // ("What volume of output", «Какой объём выпуска локомотивов», «өндіріс көлемі»: a volume of production is counted
    // in what is made, not in money.)
    const volume = kind === 'money' && head !== undefined && this.words[head]!.concepts.includes('sum_amount');
    const output = volume ? [this.words.findIndex((w, k) => k > head! && !w.stop), head! - 1].find((k) => this.words[k]?.concepts.includes('production')) : undefined;
    if (output !== undefined) {
      // (What is made is the noun right after it: «выпуска *локомотивов*».)
      return this.set(hit, 'count', output > head! && this.content(output + 1) ? this.nounPhrase(output + 1) : undefined);
    }
    if (kind === 'organisation' || kind === 'person' || kind === 'other') {
      if (this.barenameAround(hit, head)) kind = 'description';
    }
    // («Каким послом назначен Серджио Гор?», "what ambassador was Gor appointed?": which role someone named was
    // appointed to is a description of it, not a person.)
    const appointed = this.words.some((w) => w.concepts.includes('appoint'));
    // (So is the role a Hungarian noun says one acted as, «Milyen szakértő*ként* nyilatkozott Oszpanov?».)
    const actedAs = this.lang === 'hu' && head !== undefined && /ként$/u.test(this.words[head]!.w);
    if (kind === 'person' && (appointed || actedAs) && this.words.some((w, k) => k !== head && w.named && !w.concepts.length)) kind = 'description';
    // The head noun names the kind of answer ("which *city*"): what is counted, or a word the evidence need not hold.
    // (A Kazakh «локомотивтер *санын* атаңызшы» counts the noun before its number word, as «…саны қанша» does.)
    const counted = (k: number) => (k < hit.start ? (k > 0 && this.content(k - 1) ? [k - 1] : undefined) : this.focusAfter(k));
    this.set(hit, kind, head === undefined ? undefined : kind === 'count' ? counted(head) : [head]);
  }

  /** "Which company is Wabtec?", «Wabtec қандай компания?»: a class noun then only a name, a description. */
  private barenameAround(hit: Hit, head: number | undefined): boolean {
    const after = head === undefined ? hit.end : head + 1;
    const end = this.partEnd(hit.start);
    let names = 0;
    let copula = ZERO_COPULA.has(this.lang);
    for (let k = after; k < end; k++) {
      if (this.nameLike(k)) names++;
      // «директор на Wabtec», "the head of AmCham": the name is whose, not what the class noun describes.
      else if (this.c.possessive.has(this.words[k]!.w) || (!this.words[k]!.stop && !this.c.glue.has(this.words[k]!.w))) return false;
      else copula ||= names === 0 && this.c.glue.has(this.words[k]!.w);
    }
    // "Which minister is Nagaspaev?", «Кой министър е…»; «Кой ръководи Wabtec?» has a verb, no copula: it asks who.
    if (names > 0) return copula;
    // «Нагаспаев какъв министър е?», «Шоки қандай басшы?»: the name before the question word, nothing but a copula after.
    return this.namesBefore(hit.start);
  }

  /** Only names (and "деген") before the question word in its clause: «Шоки кім?», «C5+1 деген не?». */
  private namesBefore(i: number): boolean {
    let names = 0;
    for (let k = this.segmentStart(i); k < i; k++) {
      if (this.nameLike(k)) names++;
      else if (!this.words[k]!.stop && !this.c.glue.has(this.words[k]!.w)) return false;
    }
    return names > 0;
  }

  /** A name right before the question word, past a dash or a colon, in the same sentence. */
  private nameJustBefore(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.words[k]!.sent === this.words[i]!.sent && this.words[k]!.stop && !this.nameLike(k)) k--;
    return k >= 0 && this.words[k]!.sent === this.words[i]!.sent && this.nameLike(k);
  }

  /** Only glue words then names after the question word: "who is Shockey?", «Ki az a Shockey?», «Кой е Шоки?». */
  private namesAfter(i: number): boolean {
    let names = 0;
    for (let k = i, end = this.partEnd(i); k < end; k++) {
      if (this.nameLike(k)) names++;
      // ("Who is this Choksi *from the Bulgarian article*": a phrase after the name only says where it was read.)
      else if (names > 0 && this.words[k - 1]!.named && FROM_WHERE.has(this.words[k]!.w)) return true;
      else if (!this.words[k]!.stop && !this.c.glue.has(this.words[k]!.w)) return false;
    }
    return names > 0;
  }

  private resolveWho(hit: Hit): void {
    const next = hit.end;
    // «Кой град», «кои компании»: a determiner before a class noun; «кои минерали»: before a plural noun.
    if (hit.spec.det && (this.classAhead(next) || (hit.all && this.content(next) && !this.words[next]!.named && this.plural(next)))) return this.resolveWhich(hit);
    // «Коя китайска инициатива…», «кой американски план»: a country's adjective after «коя» makes it "which".
    const country = this.words[next]?.concepts.some((id) => PLACE_CONCEPTS.has(id)) && looksAdjectival(this.words[next]!.w, this.lang);
    if (hit.spec.det && country && this.content(next + 1) && !this.words[next + 1]!.named) return this.resolveWhich(hit);
    // «Коя сделка…», «Кой договор…», «на кой самит…»: a deal or an event is no person.
    if (hit.spec.det && this.words[next]?.concepts.some((id) => DEAL_CONCEPTS.has(id) || EVENT_NOUN_CONCEPTS.has(id)) && !this.words[next]!.named) return this.resolveWhich(hit);
    // («Kinek gratulált Tokajev», «Кому Токаев выразил благодарность»: the one congratulated or thanked is a person.)
    if (hit.spec.recipient && this.inClause(hit, (w) => w.concepts.some((id) => ADDRESSING_CONCEPTS.has(id)))) return this.setPersonOrBody(hit);
    if (hit.spec.recipient) return this.set(hit, 'organisation', undefined, ['person']);
    const end = this.segmentEnd(hit.start);
    // «Серджио Гор кім? Қандай лауазымда?»: the next sentence is no part of this one.
    const part = next < end ? this.partEnd(next) : end;
    const afterEmpty = [...Array(Math.max(0, part - next)).keys()].every((d) => this.words[next + d]!.stop || this.c.glue.has(this.words[next + d]!.w));
    if (this.namesAfter(next) || (this.lang === 'kk' && afterEmpty && this.namesBefore(hit.start))) return this.set(hit, 'description');
    // («Хуш Чокси – кой е той?», "Hush Choksi: who is he?", «Шоки — кто он?»: a pronoun for the name just before.)
    if (afterEmpty && this.words.slice(next, part).some((w) => PERSONAL_PRONOUNS.has(w.w)) && this.nameJustBefore(hit.start)) return this.set(hit, 'description');
    // "Who is the customer…", «тапсырыс берушісі кім?»: the role noun names an organisation.
    // («Кто *сейчас* президент…», "who is *currently* the president": a word of no content is passed over too.)
    // ("Who *holds the post of* ambassador?", «Кто *занимал пост* посла?»: holding a post is being what it names.)
    let post = next + 1;
    while (this.words[post]?.stop) post++;
    const holdsPost = HOLDING.test(this.words[next]?.w ?? '') && !!this.words[post]?.concepts.includes('position');
    let role = holdsPost ? post + 1 : next;
    while (role < end && (this.c.glue.has(this.words[role]!.w) || this.c.skip.has(this.words[role]!.w) || this.words[role]!.stop)) role++;
    const roleNoun = role > next && role < end ? role : this.lang === 'kk' && afterEmpty && hit.start > 0 ? hit.start - 1 : -1;
    // («Кто *со стороны* компании Mars подписал…», "who *on behalf of* the company": a preposition makes it whose.)
    const byPreposition = roleNoun === role && this.words.slice(next, role).some((w) => w.stop && !this.c.glue.has(w.w));
    if (roleNoun >= 0 && !byPreposition && this.classOf(roleNoun) === 'organisation') return this.set(hit, 'organisation', undefined, ['person']);
    // "Who is the CEO of…": the role asked for ("who did president X meet" names a role, asks none).
    const copula = roleNoun > next && (holdsPost || this.words.slice(next, roleNoun).every((w) => this.c.glue.has(w.w) || this.c.skip.has(w.w)));
    if (copula && this.classOf(roleNoun) === 'person') return this.set(hit, 'person', [roleNoun]);
    // ("Who *heads* Wabtec?", «Кто *гендиректор* Wabtec?»: right after the question word, a role asks for its holder,
    // whatever name follows, as a verb or, with no copula, a noun.)
    // (Or a compound that is one, «вице-президент», every part of it.)
    const compoundRole = this.words[next]?.compound && this.words[next]!.concepts.some((id) => PERSON_ROLE_IDS.has(id));
    if (next < end && (this.classOf(next) === 'person' || compoundRole)) {
      let last = next;
      while (compoundRole && last + 1 < end && this.words[last + 1]!.compound) last++;
      hit.roleAfterWho = true;
      return this.set(hit, 'person', Array.from({ length: last - next + 1 }, (_, d) => next + d));
    }
    // ("Who *did* the president discuss it with?": after "do", the role is the subject's, who asks nothing of it.)
    if (this.lang === 'en' && DO_AUXILIARY.test(this.words[next]?.w ?? '')) return this.setPersonOrBody(hit);
    const asked = this.askedRole(next, end, afterEmpty ? hit.start : -1);
    // (Every part of a compound role: «вице-президенті».)
    let first = asked;
    while (first !== undefined && first > 0 && this.words[first]!.compound && /^[-‑]$/u.test(this.words[first]!.gapBefore)) first--;
    if (asked !== undefined) return this.set(hit, 'person', Array.from({ length: asked - first! + 1 }, (_, d) => first! + d));
    // "Who will supply…", «кім жеткізеді»: companies supply, build and buy.
    for (let k = next, seen = 0; k < end && seen < 1; k++) {
      if (this.words[k]!.stop) continue;
      seen++;
      // («*поставил* подпись»: a word of a phrase the lexicon reads otherwise, signing, is no business verb.)
      const w = this.words[k]!;
      if ((this.c.businessVerbs.has(w.w) && !w.inPhrase) || w.concepts.some((id) => BUSINESS_CONCEPTS.has(id))) {
        return this.set(hit, 'organisation', undefined, ['person']);
      }
    }
    this.setPersonOrBody(hit);
  }

  /**
   * The role a who-question asks for when places and names stand around it: "Who is the *US ambassador* to
   * Kazakhstan?", «Кто *посол* США?», «Кто из казахстанских *министров*…», «Қазақстандағы АҚШ *елшісі* қазір кім?»
   * (`before`: the question word closes the question). A role right before a name ("president Tokayev") titles
   * that name, and a verb before the role ("who met the ambassador") makes it no part of what is asked.
   */
  private askedRole(from: number, end: number, before: number): number | undefined {
    // («a Boeing *ügyvezető* alelnöke», «*атқарушы* вице-президенті»: a word of a role before the role's noun.)
    // («a Mars *vállalat* vezérigazgatója», «глава *компании* Boeing»: the word for a company beside its name, too.)
    const namesCompany = (k: number) => this.classOf(k) === 'organisation' && (!!this.words[k - 1]?.named || !!this.words[k + 1]?.named);
    const passable = (k: number) => {
      const w = this.words[k]!;
      // (A word the lexicon does not know may be a name typed in lower case, «ki a *wabtec* vezérigazgatója», or a
      // word of the role, «Кто *генеральный* директор».)
      return w.stop || this.c.glue.has(w.w) || this.c.skip.has(w.w) || w.named || !w.concepts.length || w.concepts.some((id) => PLACE_CONCEPTS.has(id) || PERSON_ROLE_IDS.has(id)) || namesCompany(k);
    };
    // (A title follows the name only in Hungarian, «Lutnick miniszter», and not in a possessed form: «a Wabtec
    // vezérigazgatója» is Wabtec's CEO, as "Wabtec's CEO" and «Wabtec басшысы» are.)
    // (In a Cyrillic question a Latin name after the role is a company's, whose the role is: «Кто генеральный директор
    // *Wabtec*?»; a person would be written in Cyrillic, «министр Лутник».)
    const latinInCyrillic = (j: number) => scriptOfLang(this.lang) === 'cyrillic' && /^\p{Script=Latin}/u.test(this.words[j]!.surface);
    const titlesName = (k: number) => [...(this.lang === 'hu' && !HUNGARIAN_POSSESSED.test(this.words[k]!.w) ? [k - 1] : []), k + 1].some((j) => this.words[j]?.named && !this.words[j]!.concepts.length && !latinInCyrillic(j));
    // («вице-президенті»: a compound that is a role, by its parts.)
    const isRole = (k: number) => this.classOf(k) === 'person' || (this.words[k]!.compound && this.words[k]!.concepts.some((id) => PERSON_ROLE_IDS.has(id)));
    const roleAt = (k: number) => isRole(k) && !titlesName(k);
    // (Function words and "now", «most», do not count towards the reach: «Ki most az USA kazahsztáni nagykövete?».)
    const counts = (w: Word) => !(w.stop || this.c.glue.has(w.w) || this.c.skip.has(w.w));
    for (let k = from, seen = 0; k < end && seen < ROLE_REACH; k++) {
      if (roleAt(k)) return k;
      if (!passable(k)) break;
      if (counts(this.words[k]!)) seen++;
    }
    for (let k = before - 1, seen = 0; k >= 0 && seen < ROLE_REACH; k--) {
      if (roleAt(k)) return k;
      if (!passable(k)) break;
      if (counts(this.words[k]!)) seen++;
    }
    // (Hungarian puts the owner's whole phrase before the role it possesses, which ends the clause: «Ki lesz az
    // Alatauban épülő Mars-gyár *igazgatója*?»)
    const last = end - 1;
    if (this.lang === 'hu' && last >= from && roleAt(last) && HUNGARIAN_POSSESSED.test(this.words[last]!.w)) return last;
    return undefined;
  }

  /** Whether the first word after glue from `from` is a role that titles the name after it ("minister Lutnick", "political scientist Kanat Ospanov"). */
  private titlesNameAt(from: number, end: number): boolean {
    let k = from;
    while (k < end && this.c.glue.has(this.words[k]!.w)) k++;
    while (k + 1 < end && this.classOf(k) === 'person' && this.classOf(k + 1) === 'person') k++;
    return this.classOf(k) === 'person' && !!this.words[k + 1]?.named;
  }

  private resolveWhat(hit: Hit): void {
    const next = hit.end;
    const sent = this.words[hit.start]!.sent;
    const end = this.segmentEnd(hit.start);
    // "What is it for?", "what are the Dreamliners for?": a purpose, even of a thing named.
    // ("What does it provide for?": a tail that ends a phrase of the lexicon, «предусматривать», asks what it holds.)
    const tail = this.words[end - 1]!;
    if (end - 1 > next && this.c.purposeTail.has(tail.w) && !tail.concepts.length) return this.set(hit, 'purpose');
    if (this.namesAfter(next) && next < end && this.c.glue.has(this.words[next]!.w)) return this.set(hit, 'description');
    // "What was the Blackstone CEO invited to do?": the noun is who acts; what is asked is the action ("what do
    // they include": right after the question word, "do" is the auxiliary).
    // ("In what timeframe *do* experts expect…": before its subject, "do" is the auxiliary, no action asked.)
    const auxiliaryDo = (k: number) => this.lang === 'en' && k <= next + 2 && this.content(k + 1) && this.words[k + 1]!.sent === sent;
    for (let k = next + 1; k < end; k++) if (this.c.doing.has(this.words[k]!.w) && !auxiliaryDo(k)) return this.set(hit, 'other');
    // "What was the CEO invited to build?": after an auxiliary, "what" is the object of a verb, not a determiner.
    const auxiliary = next < end && this.c.glue.has(this.words[next]!.w);
    for (let k = next + 2; auxiliary && k < end - 1; k++) {
      const verb = this.words[k + 1]!;
      const passive = this.c.t.participle?.test(this.words[k - 1]!.w);
      if (passive && this.c.infinitive.has(this.words[k]!.w) && !verb.stop && !verb.named && !this.classOf(k + 1)) return this.set(hit, 'other');
    }
    // "What company…", «какво споразумение…»: a determiner (not of a role that titles a name: "what was *minister*
    // Lutnick's offer").
    if (hit.spec.det && !this.titlesNameAt(next, end) && (this.classAhead(next) || (this.lang === 'en' && this.content(next) && this.plural(next)))) return this.resolveWhich(hit);
    // "What did Kazakhstan pay…", "what is it worth": a price verb in the clause (before a later clause's "cover").
    // ("At what summit did it sign deals *worth about $17 billion*?": one the figure follows tells what is known.)
    const figureAfter = (k: number) => [k + 1, k + 2].some((j) => /^\d/u.test(this.words[j]?.w ?? ''));
    for (let k = next; k < end; k++) if (this.c.moneyVerbs.has(this.words[k]!.w) && !figureAfter(k)) return this.set(hit, 'money');
    for (let k = next; k < this.words.length && this.words[k]!.sent === sent; k++) {
      // ("…what the total value was *and how many* locomotives they provide for": not past a later question.)
      if (this.c.coordinators.has(this.words[k]!.w) && this.cueFollows(k + 1)) break;
      // ("What does it *provide for*", "envisage": a word the lexicon reads as including.)
      if (this.c.listVerbs.has(this.words[k]!.w) || this.words[k]!.concepts.includes('include')) return this.set(hit, 'list');
    }
    if (this.lang === 'kk') {
      if (this.namesBefore(hit.start) && next >= end) return this.set(hit, 'description');
      // «Сапардың мақсаты не?», «себебі неде?»: the possessed noun right before «не» is what is asked.
      const before = hit.start - 1;
      const cls = before >= 0 && /(ы|і)$/u.test(this.words[before]!.w) ? this.classOf(before) : undefined;
      return this.set(hit, cls ?? 'other');
    }
    // "What is the purpose of…", «Mi a megállapodás célja?», «Что является целью…»; "What is C5+1?"
    // Only "is / are / the", «е», «az a», «является» make it "what is X"; "what did…" asks something else.
    if (next >= end || !this.c.glue.has(this.words[next]!.w)) return this.set(hit, 'other');
    let k = next;
    while (k < end && (this.c.glue.has(this.words[k]!.w) || this.words[k]!.stop)) k++;
    if (this.namesAfter(next)) return this.set(hit, 'description');
    // Hungarian puts the asked-for noun last: «Mi a szerződés aláírásának dátuma?».
    const reach = this.lang === 'hu' ? Infinity : 3;
    for (let j = k, seen = 0; j < end && seen < reach; j++) {
      if (this.words[j]!.stop) {
        if (this.lang === 'hu') continue;
        break;
      }
      seen++;
      const cls = ownsNext(this.words, j) ? undefined : this.classOf(j);
      // «В какво са единодушни експертите»: "what" asks about the experts' view, not who they are.
      if (cls === 'person' && j > k) continue;
      // ("What was *minister* Lutnick's offer?": a role that titles a name says whose, it is not what is asked.)
      if (cls === 'person' && this.titlesNameAt(j, end)) continue;
      // («Mi a kulcs a *két ország* … kapcsolataiban?»: a counted noun says whose, it is not what is asked.)
      if (cls && j > k && numberWordValue(this.words[j - 1]!.w, this.lang) !== undefined) continue;
      // («Mi a neve annak a *befektetési* csoportnak», "the *investment* group": a word of an amount before a noun of no
      // class says what kind of thing the noun is, and asks for no amount.)
      if (cls && MEASURED.has(cls) && this.qualifiesNounAfter(j) && this.words[j + 1]!.sent === this.words[j]!.sent) continue;
      if (cls) {
        // ("What is the name of the American *investment firm*?", «Mi a neve a *befektetési cégnek*?»: a noun or an
        // adjective that qualifies the noun after it is not what is named.)
        const qualified = this.lang === 'en' ? (this.content(j + 1) ? this.compoundHeadFrom(j + 1, end) : undefined) : looksAdjectival(this.words[j]!.w, this.lang) && this.content(j + 1) && this.classOf(j + 1) ? j + 1 : undefined;
        const head = qualified ?? j;
        const headClass = this.classOf(head)!;
        return this.set(hit, headClass, headClass === 'count' ? this.focusAfter(head) : [head]);
      }
    }
    // "What is diplomacy?": one word after the copula.
    if (k === end - 1) return this.set(hit, 'description');
    this.set(hit, 'other');
  }

  /** A "who" that may be a company or a body as well: "who will he meet", «Кто с казахстанской стороны заключил…». */
  private setPersonOrBody(hit: Hit): void {
    this.set(hit, 'person', undefined, ['organisation']);
  }

  private set(hit: Hit, kind: QuestionKind, focus?: number[], also: QuestionKind[] = []): void {
    hit.kind = kind;
    hit.focus = focus;
    hit.also = also;
  }

  // ── with no question word: "Price of one locomotive?", «Дата подписания?» ──

  /**
   * A question that is only a noun phrase names what it wants first ("Price of one locomotive?", «Дата
   * подписания?») or, in Kazakh, last («Келісімге қол қою күні?»). A class noun elsewhere ("…on time?") is
   * part of a yes/no question, which gets `other`.
   */
  fallbackKind(askedYesOrNo: boolean): { kind: QuestionKind; at: number; focus?: number[] } | undefined {
    const allowed = new Set<QuestionKind>(['date', 'money', 'percent', 'count', 'purpose', 'list', 'description']);
    const content = this.words.map((_, k) => k).filter((k) => this.content(k) || this.classOf(k));
    // A search-style query may name what it wants anywhere: "wabtec astana plant *number of* employees".
    const ofPhrases = content.filter((k) => this.c.possessive.has(this.words[k + 1]?.w ?? ''));
    // ("Minerals memo: *main directions*?": after a colon, the topic named before it is asked about.)
    const colon = this.words.findIndex((w) => w.gapBefore.includes(':'));
    const afterColon = colon < 0 ? [] : content.filter((k) => k >= colon);
    // ("air astana 787 order *quantity*", «Ashmore klinika építési *költség*»: a search query's last word may name it too;
    // a yes/no question's does not, "will it start work *this year*?".)
    // (Nor does one asked by its question mark alone, longer than a few keywords, «…megújítása stratégiai *lépés*?»; its
    // first words still may: «*Дата* на подписване на договора с Wabtec?», «Mars Alatau plant opening date?».)
    const yesNo = yesNoMarked(this.words, this.c);
    const last = yesNo || (askedYesOrNo && this.words.length > KEYWORD_QUERY_WORDS) ? [] : [content[content.length - 1]];
    // (In a yes/no question a class noun measures an amount it claims, «…инвестировал над 300 млн…?»; a time, a role or a
    // purpose it names only sets the claim: «Срещна ли се Токаев с Рубио *по време на* посещението?», "during".)
    if (yesNo) for (const kind of ['date', 'purpose', 'list', 'description'] as const) allowed.delete(kind);
    const candidates = this.lang === 'kk' ? [content[content.length - 1]] : [...new Set([...content.slice(0, 2), ...afterColon.slice(0, 2), ...ofPhrases, ...last])];
    // ("air astana *брой* dreamliner поръчка", «Blackstone инвестиция *сомасы* Қазақстан»: a few keywords alone may name
    // it anywhere, and measure the word before it.)
    const keywords = !yesNo && this.words.length <= KEYWORD_QUERY_WORDS && this.words.every((w) => !/[.?!]/u.test(w.gapBefore));
    // (Not a word that qualifies the noun after it: «befektetési *érdeklődés*», investment interest.)
    // (Russian and Bulgarian put the head first, before what it is of: «*сумма* сделки», «*брой* самолети».)
    const headFirst = this.lang === 'ru' || this.lang === 'bg';
    const heads = keywords ? content.filter((k) => headFirst || !(this.content(k + 1) && !this.words[k + 1]!.named)) : [];
    // ("minerals memorandum *signatory*", «az aláírás *helyszíne*»: the word a query ends with may ask for a name too.)
    const ending = keywords ? content[content.length - 1] : undefined;
    for (const k of [...new Set([...candidates, ...heads])]) {
      if (k === undefined || this.nearFigure(k)) continue;
      const cls = this.classOf(k);
      // (It names the kind of name asked, as "which *city*" does: «клиника Ashmore *град*»; the last word of a phrase
      // by the phrase's meaning: "secretary of *state*" is a person.)
      const named = this.words[k]!.inPhrase ? CONCEPT_CLASS[this.words[k]!.concepts[0]!] : cls;
      if (k === ending && (named === 'person' || named === 'place' || named === 'organisation')) return { kind: named, at: k, focus: [k] };
      // (A query's last word measures the word before it: «dolgozók *létszáma*», "workers *headcount*".)
      const before = (k === content[content.length - 1] || !candidates.includes(k)) && content.includes(k - 1) ? [this.measuredBefore(k, content)] : undefined;
      const after = headFirst && this.content(k + 1) && !this.words[k + 1]!.named ? this.focusAfter(k) : undefined;
      const measured = candidates.includes(k) ? (this.focusAfter(k) ?? before) : (after ?? before ?? this.focusAfter(k));
      if (cls && allowed.has(cls)) return { kind: cls, at: k, focus: MEASURED.has(cls) ? measured : undefined };
    }
    return undefined;
  }

  /**
   * The word a query's measure word measures, before it: the nearest common noun, past the names and dates that only
   * set it («делегация американских *компаний* Казахстан сентябрь количество»); the word right before when all are.
   */
  private measuredBefore(k: number, content: number[]): number {
    const w = (j: number) => this.words[j]!;
    const setting = (j: number) => w(j).named || w(j).cap || this.classOf(j) === 'date' || w(j).concepts.some((c) => MONTH_CONCEPTS.has(c));
    for (let j = k - 1; j >= 0 && content.includes(j); j--) if (!setting(j)) return j;
    return k - 1;
  }

  /** "Which *of* the analysts…", «Кой *от* политолозите…», «Кто *из* политологов», «a politológusok *közül*»: one of them. */
  private partitive(k: number): boolean {
    // (Right after the question word: "the names *of* the analysts" are all of theirs.)
    const at = this.words[k - 1]?.stop && !PARTITIVE_BEFORE.has(this.words[k - 1]!.w) ? k - 2 : k - 1;
    return (PARTITIVE_BEFORE.has(this.words[at]?.w ?? '') && at > 0 && this.isCue(at - 1)) || PARTITIVE_AFTER.has(this.words[k + 1]?.w ?? '');
  }

  wantsEvery(kind: QuestionKind, main?: Hit, clause: { from?: number; to?: number } = {}): boolean {
    if (this.words.some((w) => this.c.every.has(w.w))) return true;
    // (Of the words of its own clause, in tokens: «Melyik politológus…, és mekkora a John Deere-rel *kötött* partnerség
    // értéke?» asks one analyst; the deal signed is the later clause's.)
    const inClause = (w: Word) => (clause.from === undefined || w.token > clause.from) && (clause.to === undefined || w.token < clause.to);
    // ("Which *two* analysts", «melyik *két* politológust»: more than one asked for.)
    if (main && (numberWordValue(this.words[main.end]?.w ?? '', this.lang) ?? 0) > 1) return true;
    // «саясаттанушылардың аты-жөні», "the names of the analysts": people asked for in the plural are all of them.
    // ("Who *heads* Wabtec", «Кой *ръководи*…»: a role word right after "who" is its verb, in the singular.)
    const afterSingularWho = (k: number) => main !== undefined && k === main.end && (!!main.roleAfterWho || singularWho(main));
    if (kind === 'person' && this.words.some((w, k) => inClause(w) && this.classOf(k) === 'person' && this.plural(k) && !this.partitive(k) && !afterSingularWho(k))) return true;
    return (kind === 'person' || kind === 'organisation') && this.words.some((w) => inClause(w) && (w.concepts.includes('sign') || this.c.signs.has(w.w)));
  }

  focusWords(tokens: number[] | undefined): QuestionIntent['focus'] {
    if (!tokens?.length) return undefined;
    // («Мемлекеттік *хатшысы*», the secretary *of state*: a word of a phrase brings the phrase's other words.)
    const samePhrase = (k: number, j: number) => this.words[j]?.inPhrase === true && this.words[k]!.inPhrase && this.words[j]!.concepts[0] === this.words[k]!.concepts[0];
    const phrase = (k: number) => {
      let from = k;
      let to = k;
      while (samePhrase(k, from - 1)) from--;
      while (samePhrase(k, to + 1)) to++;
      return Array.from({ length: to - from + 1 }, (_, n) => from + n);
    };
    const unique = [...new Set(tokens.filter((k) => this.words[k]).flatMap(phrase))].sort((a, b) => a - b);
    return { tokens: unique.map((k) => this.words[k]!.token), words: unique.map((k) => this.words[k]!.surface) };
  }

  /** English "one" after "the", "this", "which"… and only names or an ordinal: a pronoun for a thing named before. */
  private determinedOne(k: number): boolean {
    if (this.lang !== 'en') return false;
    let j = k - 1;
    while (j >= 0 && k - j <= 3 && (this.words[j]!.named || this.words[j]!.concepts.some((id) => ORDINALS.has(id)))) j--;
    return j < k - 1 && DETERMINERS.has(this.words[j]?.w ?? '');
  }

  /** `cueSeg`: the clause of the question word (none: every clause is the question's). */
  numberWords(cueSeg?: number): QuestionIntent['numberWords'] {
    const found: QuestionIntent['numberWords'] = [];
    this.words.forEach((w, k) => {
      const value = numberWordValue(w.w, this.lang);
      // "Which one was worth more", "the one": "one" with no noun after it is a pronoun, not a number.
      // ("How much was the John Deere *one* worth?", "the second one": after a determiner and names or an ordinal.)
      const pronoun = value === 1 && (!(this.content(k + 1) && this.words[k + 1]!.seg === w.seg) || this.determinedOne(k));
      if (value !== undefined && !pronoun) found.push({ word: w.surface, value, token: w.token, withCue: cueSeg === undefined || w.seg === cueSeg });
    });
    return found;
  }

  cueText(hit: Hit): string {
    return this.words.slice(hit.start, hit.end).map((w) => w.surface).join(' ');
  }
}

/** "the minister's *offer*": a possessive names whose the next noun is, unless that noun is its name. */
const ownsNext = (words: readonly Word[], i: number): boolean => words[i]!.possessive && !words[i + 1]?.concepts.includes('name_noun');

/** The head noun a which/what cue asks about. Only a determiner has one: "what *weather*", «какая *погода*»; «Mit nyerhet», «что думает» go on with a verb. */
function headNounOf(words: Word[], hit: Hit, lang: Lang): { head: string; modifiers: string[] } | undefined {
  // "What kind of *locomotives*": a cue that names a kind is followed by the noun it asks about, too.
  const namesKind = words.slice(hit.start, hit.end).some((w) => w.concepts.includes('type_kind'));
  // "What *does* the contract include": before an auxiliary, "what" is the object, and the noun after it the subject.
  const auxiliary = lang === 'en' && /^(?:do|does|did)$/u.test(words[hit.end]?.w ?? '');
  // («*Кой* самит»: «кой» before an event is "which".)
  const whichEvent = hit.spec.role === 'who' && !!hit.spec.det && !!words[hit.end]?.concepts.some((id) => EVENT_NOUN_CONCEPTS.has(id));
  const determiner = hit.spec.role === 'which' || (hit.spec.role === 'what' && hit.spec.det && !auxiliary) || whichEvent || namesKind;
  // («…саммит қалай аталады»: the noun right before it.)
  const before = hit.spec.headBefore ? words[hit.start - 1] : undefined;
  if (before) return before.stop || before.number ? undefined : { head: before.w, modifiers: [] };
  const noun = determiner ? headNounAfter(words, hit, tablesFor(lang), lang) : undefined;
  return noun && { head: words[noun.to]!.w, modifiers: words.slice(noun.from, noun.to).map((w) => w.w) };
}

/** The understanding's fields for a head noun and its compound's modifiers, when there is one. */
const headFields = (noun: { head: string; modifiers: string[] } | undefined) => (noun ? { head: noun.head, ...(noun.modifiers.length ? { headModifiers: noun.modifiers } : {}) } : {});

/**
 * «Mekkora volt tavaly a kereskedelmi forgalom?», "How big was the trade turnover?": a how-much cue with a
 * copula after it measures the clause's subject, its last noun.
 */
function measuredSubjectOf(words: Word[], main: Hit, c: Compiled, question: string, lang: Lang): string | undefined {
  const next = words[main.end];
  if (main.spec.role !== 'qty' || !next || !c.glue.has(next.w)) return undefined;
  // ("How much is Mars investing, per the Hungarian *press*?", «…a *bolgár sajtó* szerint?»: whose report it is, not
  // what is measured, and nor is the country it is of.)
  const named = new Set(sourceWords(question, lang));
  const source = new Set(words.filter((w, k) => named.has(w.w) || (named.has(words[k + 1]?.w ?? '') && w.concepts.some((id) => COUNTRY_CONCEPTS.has(id)))).map((w) => w.w));
  let last: Word | undefined;
  for (let k = main.end; k < words.length && words[k]!.sent === next.sent; k++) {
    const w = words[k]!;
    // (Not a function word of the long list: «…árbevétele *tavaly*», last year, is when, not what.)
    if (!w.stop && !w.number && !c.glue.has(w.w) && !isStopword(w.w, lang) && !source.has(w.w)) last = w;
  }
  return last && !last.named ? last.w : undefined;
}

const ENGLISH_ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * «Тауар айналымы қанша?», «Зауыттың қуаты қанша?»: Kazakh puts what a how-much measures right before the cue, a
 * noun with a possessive ending.
 */
function possessedBefore(words: Word[], main: Hit, lang: Lang): string | undefined {
  const before = words[main.start - 1];
  if (lang !== 'kk' || main.spec.role !== 'qty' || !before || before.sent !== words[main.start]!.sent) return undefined;
  return !before.stop && !before.named && !before.number && KAZAKH_POSSESSED.test(before.w) ? before.w : undefined;
}
const KAZAKH_POSSESSED = /\p{L}{3,}(?:ы|і|сы|сі)$/u;
/** A Kazakh verb's past or present third person («шығарды», «жеткізеді»), which ends as a possessed noun does. */
const KAZAKH_VERB_END = /[дт][ыі]$/u;
/** A Hungarian noun possessed, then perhaps in a case: «vezérigazgatója», «alelnökével», «elnökét» (not «miniszterrel»). */
const HUNGARIAN_POSSESSED = /\p{L}{3,}(?:j?[ae]|[áé])(?:val|vel|t|nak|nek|tól|től|hoz|hez|höz|ról|ről|ként|ban|ben|ba|be)?$/u;
/** A Hungarian noun in the accusative: «mozdonyt», «gépet», «országokat». */
const HUNGARIAN_ACCUSATIVE = /\p{L}{2,}[aeoöáéíóőúűy]?t$/u;

/** The most words an English compound after "which" holds ("American railway equipment maker"). */
const COMPOUND_WORDS = 4;

/**
 * The noun after a which/what cue, past glue, stopwords and "kind of" («milyen *fajta* mozdony»), in its sentence: where
 * it stands, and where the English compound it begins ends ("railway equipment *maker*").
 */
function headNounAfter(words: Word[], main: Hit, c: Compiled, lang: Lang): { from: number; to: number } | undefined {
  for (let k = main.end; k < words.length && words[k]!.sent === words[main.start]!.sent; k++) {
    const w = words[k]!;
    // "What exactly *the* agreements provide for": an article right after it makes "what" the verb's object, no
    // determiner ("what was the weather" still asks about the weather).
    if (lang === 'en' && ENGLISH_ARTICLES.has(w.w) && words.slice(main.end, k).every((v) => c.skip.has(v.w))) return undefined;
    // ("Which *two* analysts", «melyik *két* politológust»: a number word counts the head, and is none.)
    // ("What was it *called*": the verb of naming is no noun asked about.)
    if (w.concepts.includes('call_name')) return undefined;
    if (w.stop || c.glue.has(w.w) || c.skip.has(w.w) || w.number || numberWordValue(w.w, lang) !== undefined || w.concepts.includes('type_kind') || (k > main.end && ownsNext(words, k))) continue;
    // «основните *направления*», «какие новые *соглашения*»: an adjective before the noun is no head.
    const next = words[k + 1];
    // ("which *Kazakh* bank", "what *Boeing* planes": a name the lexicon knows, before a common noun, says whose or where.)
    const qualifies = next && next.sent === w.sent && !next.stop && !next.named && !next.number;
    // («melyik két *kazah* politológust»: a country's word before a noun says whose; «коя *трета* индустрия», which one in
    // a list, is an ordinal's.)
    // ("which US *tractor-and-combine* brand": an English hyphenated compound before a noun is its modifier.)
    const modifier = lang === 'en' && w.compound;
    if (modifier && next?.compound && next.gapBefore === '-') continue;
    if (qualifies && (modifier || looksAdjectival(w.w, lang) || (w.named && w.concepts.length > 0) || w.concepts.some((id) => PLACE_CONCEPTS.has(id) || ORDINALS.has(id)))) continue;
    if (w.named) return undefined;
    return lang === 'en' ? { from: k, to: compoundEnd(words, k, c) } : { from: k, to: k };
  }
  return undefined;
}

/**
 * The head of an English compound that word `at` begins: its last noun ("railway equipment *maker*"), ended by a verb,
 * a name or a function word, where that noun names a class of answer and the first word does not.
 */
function compoundEnd(words: Word[], at: number, c: Compiled): number {
  const classed = (w: Word) => c.classes.some(([, set]) => set.matchLength(w.w) > 0);
  if (classed(words[at]!)) return at;
  let end = at;
  for (let k = at + 1; k < at + COMPOUND_WORDS && !words[k - 1]!.possessive; k++) {
    const w = words[k];
    if (!w || w.sent !== words[at]!.sent || w.stop || w.number || w.named || c.glue.has(w.w) || !w.concepts.length) break;
    if (/(?:ed|ing)$/u.test(w.w) || c.businessVerbs.has(w.w) || c.moneyVerbs.has(w.w)) break;
    end = k;
  }
  return classed(words[end]!) ? end : at;
}

/** "Who is X *from* the article", «кто такой X *из* статьи»: what follows the name says where it was read. */
const FROM_WHERE: ReadonlySet<string> = new Set(['from', 'in', 'at', 'из', 'от', 'в', 'във']);

/**
 * The words of a later clause that asks something else: an "and" and, at most two words on, another question word
 * («…и за кой модел…», "…and which model…"). Words the first clause also uses are left to it.
 */
const LATER_REACH = 3;
/** The most words of a prepositional phrase that may stand between an "and" and the question word it coordinates. */
const PHRASE_BEFORE_CUE = 5;
/** The nearest coordinator ("and", «и», «és») before word `at`, with at most `between` words after it; -1 when none. */
function coordinatorBefore(words: readonly Word[], c: Compiled, at: number, between: number, floor = 0): number {
  for (let k = at - 1; k >= Math.max(floor, at - between - 1); k--) if (c.coordinators.has(words[k]!.w)) return k;
  return -1;
}
/**
 * In Kazakh the question word stands late in its clause, after its subject, place and possessor: «…және Токаев
 * Вашингтонда АҚШ-тың қай мемлекеттік хатшысымен кездесті?».
 */
const LATER_REACH_VERB_FINAL = 6;
const LATER_REACH_BESIDES = 7;
/** "Besides", «кроме», «освен», «kívül»: the word of a phrase naming what the asker already knows. */
// (Also as typed without accents or Kazakh letters, «kivul», «болек».)
const BESIDES_WORDS: ReadonlySet<string> = new Set(['besides', 'apart', 'aside', 'except', 'кроме', 'помимо', 'освен', 'kívül', 'mellett', 'басқа', 'бөлек', 'тыс', 'қатар'].flatMap((w) => [w, plainLetters(w)]));
/** Where the first besides-word stands in the few words before word `at` (from `floor` on), or -1. */
function besidesBefore(words: readonly Word[], at: number, floor = 0): number {
  const from = Math.max(floor, at - LATER_REACH_BESIDES);
  const k = words.slice(from, at).findIndex((w) => BESIDES_WORDS.has(w.w));
  return k < 0 ? -1 : from + k;
}

/** Content words after a later clause between commas that make it an insertion the rest of the sentence follows. */
const INSERT_FOLLOWED_BY = 2;
/** A later clause's words, and the token of the "and" that opens it. */
function laterClauseOf(words: Word[], main: Hit, cues: Hit[], lang: Lang): { words: string[]; and?: number } {
  const c = tablesFor(lang);
  for (const h of cues) {
    // ("where did lutnik and tokayev meet *when* he offered…": "when" or "where" as a conjunction opens no question.)
    if (h.start <= main.end || (h.subordinate && (h.kind === 'date' || h.kind === 'place'))) continue;
    // ("…, and besides the delivery of locomotives, what else…": a besides-phrase may stand between.)
    const reach = besidesBefore(words, h.start, main.end) >= 0 ? LATER_REACH_BESIDES : lang === 'kk' ? LATER_REACH_VERB_FINAL : LATER_REACH;
    const and = coordinatorBefore(words, c, h.start, reach, main.end);
    if (and < 0 || words[and]!.sent !== words[h.start]!.sent) continue;
    // "did Nordmann and Aliyev meet when…": an "and" between names joins them, not two questions (not «кім және оны
    // Қазақстанда қандай…», a second question that names a place).
    if (words[and - 1]?.named && words.slice(and + 1, h.start).some((w) => w.named)) continue;
    // «Hol és mikor…», "where and when": two question words of one clause ("who is he, and what…" are two).
    // (A Kazakh clause ends with its question word: «құны қанша және оның аясында қанша…» are two, the second
    // question word not right after the "and".)
    // («В каком *году* и в какой его половине…», "in which *year* and which half": past the noun of a "which".)
    const sharesClause = (and === main.end || (and === main.end + 1 && (main.spec.role === 'which' || !!main.spec.det) && !words[main.end]!.stop)) && main.end - main.start === 1 && words[and]!.seg === words[main.start]!.seg;
    if (sharesClause && h.start === and + 1) return { words: [] };
    // «Къде и в чие присъствие беше подписан…», "where and in whose presence was it signed": the second question's
    // phrase is its own; the clause after it is both questions'.
    // (Not a Kazakh question word, which ends its own clause: «…құны қанша және оның аясында қанша вагон…».)
    const opensClause = words.slice(0, main.start).every((w) => w.sent !== words[main.start]!.sent || w.stop);
    if (sharesClause && opensClause && h.start <= and + LATER_REACH) return { words: words.slice(and + 1, h.end + 1).filter((w) => w.sent === words[h.start]!.sent).map((w) => w.w) };
    const first = new Set(words.slice(0, and).map((w) => w.w));
    // "In what year, and which half of it, are the planes expected?": a clause set between commas is the later
    // question's; the words after it are both questions'.
    const seg = words[h.start]!.seg;
    // (Not a clause of a question word alone, «…и в чём, по словам её руководителя, были заинтересованы…».)
    const ownWords = words.some((w, k) => k >= h.end && w.seg === seg && !w.stop);
    // (Only a later question set off from the first by a comma: «…с Лутником и в какой сфере, кроме дата-центров,
    // Blackstone предложили сотрудничать?» goes on past its besides-phrase.)
    const goesOn = ownWords && seg !== words[main.start]!.seg && words.filter((w, k) => k > h.end && w.sent === words[h.start]!.sent && w.seg !== seg && !w.stop).length >= INSERT_FOLLOWED_BY;
    const own = (w: Word) => w.sent === words[h.start]!.sent && (!goesOn || w.seg === seg) && !first.has(w.w);
    return { words: words.slice(and + 1).filter(own).map((w) => w.w), and: words[and]!.token };
  }
  return { words: [] };
}

/** What a question asks for, in its language. Cheap: a pass over the question's words and small tables. */
export function understandQuestion(question: string, lang: Lang): QuestionIntent {
  const words = wordsOf(question.slice(0, MAX_CHARS), lang).slice(0, MAX_WORDS);
  const reader = new Reader(words, lang, question);
  const hits = withoutToldAgain(reader.findCues().filter((h) => !h.subordinate), words);
  const main = hits.find((h) => h.kind !== 'other');
  const numberWords = reader.numberWords(main && words[main.start]!.seg);
  if (!main) {
    const guess = hits.length ? undefined : reader.fallbackKind(isYesNoQuestion(question, lang));
    // ("Was the Mars investment smaller than the Deere deal?": a yes/no comparison asks the figures compared as well.)
    const kind = guess?.kind ?? reader.comparedAmount() ?? otherOneAsked(question) ?? 'other';
    const focus = reader.focusWords(guess?.focus);
    const cue = guess ? words[guess.at]!.surface : hits[0] ? reader.cueText(hits[0]) : undefined;
    const cueWord = guess ? words[guess.at] : hits[0] && words[hits[0].start];
    const asking = hits[0] && headNounOf(words, hits[0], lang);
    // "Which delegation came, and what were its investors interested in?": two open questions, each answered.
    // (In one sentence: «Не знаю, что ответить. … И что ещё она обещала?» asks one thing.)
    const sameSentence = hits.filter((h) => words[h.start]!.sent === words[hits[0]!.start]!.sent);
    const later = sameSentence.length > 1 ? laterClauseOf(words, hits[0]!, sameSentence, lang) : { words: [] };
    const more: QuestionIntent['more'] = later.words.length ? [{ kind: 'other' }] : [];
    const laterClause = { laterClause: later.words, ...(later.and !== undefined ? { laterClauseFrom: later.and } : {}) };
    return { kind, also: [], more, ...laterClause, ...(focus ? { focus } : {}), ...headFields(asking), wantsAll: reader.wantsEvery(kind), numberWords, ...(cue ? { cue } : {}), ...(cueWord ? { cueToken: cueWord.token } : {}) };
  }
  // ("What did he offer to develop together, and for choosing which company did he thank him?": an open question
  // before an "and" that opens the clause of the kinded one is the first part; the kinded one is the later clause's.)
  const opener = hits[0]!;
  const openerLater = opener !== main && opener.kind === 'other' && opener.spec.role === 'what' ? laterClauseOf(words, opener, reader.findCues(), lang) : { words: [] };
  if (openerLater.and !== undefined && words[main.start]!.token > openerLater.and) {
    const mainFocus = reader.focusWords(main.focus);
    return {
      kind: 'other',
      also: [],
      more: [{ kind: main.kind, ...(mainFocus ? { focus: mainFocus } : {}) }],
      laterClause: openerLater.words,
      laterClauseFrom: openerLater.and,
      wantsAll: false,
      numberWords,
      cue: reader.cueText(opener),
      cueToken: words[opener.start]!.token,
    };
  }
  const also = new Set<QuestionKind>(main.also);
  for (const h of hits) if (h !== main && h.kind !== 'other') [h.kind, ...h.also].forEach((k) => also.add(k));
  also.delete(main.kind);
  // "How many times bigger is X than Y?", «Hányszor nagyobb…»: a ratio counts no "times" and no "bigger"; it compares
  // two amounts, which the answer quotes.
  const ratio = main.kind === 'count' && asksRatio(question);
  // ("Total value of the agreements — what number is reported?": a verb of telling after "what number" counts nothing;
  // the number is of the measure the message names.)
  const told = main.kind === 'count' && !!main.focus?.length && main.focus.every((k) => words[k]!.concepts.some((c) => TELLING.has(c)));
  const counted = told ? [] : ratio ? main.focus?.filter((k) => !RATIO_WORD.test(words[k]!.w) && !tablesFor(lang).comparative.has(words[k]!.w)) : main.focus;
  const focus = reader.focusWords(counted);
  const more = new Map<string, QuestionIntent['more'][number]>();
  // "Who did Tokayev talk to, and which model was it about?": the second clause's words are the second question's.
  const later = laterClauseOf(words, main, reader.findCues(), lang);
  for (const h of hits) {
    if (h === main || h.kind === 'other') continue;
    // "How many locomotives, and how many jobs?": a part of the main one's kind is another only when it counts something else.
    const f = reader.focusWords(h.focus);
    // ("Since when has the plant worked, and when did they open the centre?": or when it opens a clause of its own.)
    const ownClause = later.and !== undefined && words[h.start]!.token > later.and && later.words.length > h.end - h.start;
    // (With a focus of its own: "…, and since what *year* has the plant worked?" after "when did it open…"; not a role
    // asked of one named, "who signed it, and what minister is he?")
    const sameFocus = (f?.words.join(' ') ?? '') === (focus?.words.join(' ') ?? '');
    // ("Who signed it, and which Secretary of State did *Tokayev* meet?": but one about someone the first clause does not
    // name asks for another.)
    const ownFocus = !sameFocus && ((h.kind !== 'person' && h.kind !== 'organisation') || (ownClause && saysOwn(words, later.and!, true)));
    // ("In which city did X…, and in which city was Y signed?": the same head noun asked again of a clause with words of
    // its own, for a place or a time, is another part.)
    const askedAgain = sameFocus && h.kind !== 'person' && h.kind !== 'organisation' && saysOwn(words, later.and!);
    const another = h.kind !== main.kind || (!!f?.words.length && !!focus?.words.length && !sameFocus) || (ownClause && (!f?.words.length || ownFocus || askedAgain));
    const key = h.kind === main.kind ? `${h.kind}:${f?.words.join(' ') ?? ''}:${ownClause ? h.start : ''}` : h.kind;
    if (!another || more.has(key)) continue;
    // «Нагаспаев кім, қандай министр?»: "which minister" asks more about the one described, not for someone else.
    if (main.kind === 'description' && h.kind === 'person' && h.focus?.length) continue;
    more.set(key, { kind: h.kind, ...(f ? { focus: f } : {}), ...(ownClause ? { clauseWantsAll: h.all || reader.wantsEvery(h.kind, h, { from: later.and }) } : {}) });
  }
  // ("Which analyst spoke about Air Astana, and which one about China?", «…, а какой — о Китае?»: a "which" with no noun
  // of its own, in a later clause that says something of its own, asks the first part's person or body again.)
  const nounless = (h: Hit) => words[h.end] === undefined || words[h.end]!.stop || PRONOUN_ONE.has(words[h.end]!.w) || words[h.end]!.seg !== words[h.start]!.seg;
  const elliptical = hits.some((h) => h !== main && h.kind === 'other' && h.spec.role === 'which' && nounless(h) && later.and !== undefined && words[h.start]!.token > later.and);
  if (elliptical && !more.size && (main.kind === 'person' || main.kind === 'organisation') && saysOwn(words, later.and!)) more.set(main.kind, { kind: main.kind, ...(focus ? { focus } : {}), clauseWantsAll: false });
  // ("Where did they meet, and what did the minister offer?": an open question in the later clause is a part too.)
  const opensLater = hits.some((h) => h !== main && h.kind === 'other' && later.words.includes(words[h.start]!.w));
  if (opensLater && !more.size) more.set('other', { kind: 'other' });
  // ("How much were the C5+1 deals worth, and when did Wabtec open its centre?": what is measured is in the first clause.)
  const firstClause = later.and === undefined ? words : words.filter((w) => w.token < later.and!);
  const measured = measuredSubjectOf(firstClause, main, tablesFor(lang), question, lang) ?? possessedBefore(words, main, lang);
  const head = headNounOf(words, main, lang) ?? (measured === undefined ? undefined : { head: measured, modifiers: [] });
  // "Which deal is bigger, and by how much?", «Mennyivel nagyobb…»: a count of nothing named measures what is compared.
  // ("The localization level was in the 40s percent — what's the exact figure?": a figure is of the measure the message names.)
  const figure = main.kind === 'money' && !!main.focus?.length && main.focus.every((k) => words[k]!.concepts.includes('number_figure'));
  const named = figure ? measureNamedIn(question, lang) : undefined;
  // («…összértéke 10 milliárd dollár volt? *Mennyi* valójában?»: a count of nothing named after a sentence that gives a
  // figure asks again for that figure's measure.)
  const kind = main.kind === 'count' && !focus?.tokens.length ? reader.comparedAmount() ?? (told ? measureNamedIn(question, lang) : reader.measureOfFigureBefore(main)) ?? main.kind : named && MEASURED.has(named) ? named : main.kind;
  return {
    kind,
    also: [...also],
    more: [...more.values()],
    laterClause: later.words,
    ...(later.and !== undefined ? { laterClauseFrom: later.and } : {}),
    ...headFields(head),
    ...(focus ? { focus } : {}),
    wantsAll: main.all || reader.wantsEvery(main.kind, main, { to: later.and }),
    numberWords,
    cue: reader.cueText(main),
    cueToken: words[main.start]!.token,
    ...(main.roleAfterWho ? { roleAfterWho: true } : {}),
  };
}

/**
 * "My father wants to know how many people work there. How many employees does the plant have?": a question word in a
 * sentence that tells, before a sentence that asks one of the same kind, frames what the message asks; it is no part.
 */
function withoutToldAgain(hits: Hit[], words: readonly Word[]): Hit[] {
  const asks = (sent: number) => {
    const next = words.find((w) => w.sent > sent);
    return !next || next.gapBefore.includes('?');
  };
  const sentOf = (h: Hit) => words[h.start]!.sent;
  return hits.filter((h) => asks(sentOf(h)) || !hits.some((o) => sentOf(o) > sentOf(h) && o.kind === h.kind && asks(sentOf(o))));
}

/**
 * The first word of a text that names a measured kind of answer or a date ("an investment *amount*", «*объём*
 * инвестиций», «konkrét *összegű*»): what a yes/no question is about, which an "if so, how much?" after it asks.
 */
export function measureNamedIn(text: string, lang: Lang): QuestionKind | undefined {
  const words = wordsOf(text.slice(0, MAX_CHARS), lang).slice(0, MAX_WORDS);
  const reader = new Reader(words, lang, text);
  const measured = (kind: QuestionKind | undefined) => kind === 'money' || kind === 'count' || kind === 'percent' || kind === 'date';
  // (Not "figure" or "number" itself, which is of whatever the message measures.)
  const at = words.findIndex((w, i) => measured(reader.classOf(i)) && !w.concepts.includes('number_figure'));
  return at < 0 ? undefined : reader.classOf(at);
}

/** The English "one" that stands for the noun of a "which" said before ("and which one…?"). */
const PRONOUN_ONE: ReadonlySet<string> = new Set(['one', 'ones']);

/** Whether a later clause (from the token `from`) has a content word of its own, not one of the first clause; a name, with `named`. */
function saysOwn(words: Word[], from: number, named = false): boolean {
  const before = new Set(words.filter((w) => w.token < from).map((w) => w.w));
  return words.some((w) => w.token > from && (!named || w.named) && !w.stop && !before.has(w.w));
}

/** The measures of a figure claimed before that a bare count asked after it asks again: «10 milliárd *dollár*», «45 *процента*». */
const CLAIMED_MEASURES: ReadonlySet<QuestionKind> = new Set(['money', 'percent']);
/** How far after a figure the word for its measure stands («10 milliárd dollár»). */
const MEASURE_REACH = 2;
/** «Кой ръководи…», «кой министър»: «кой» is singular, whatever a word after it ends with («кои» is plural). */
const singularWho = (hit: Hit) => hit.spec.role === 'who' && !!hit.spec.det && !hit.spec.all;

/** Words of a time a relative "when" may follow: "years ago, when…", «в то время, когда…». */
const TIMES_RELATED: ReadonlySet<string> = new Set(['earlier', 'time', 'moment', 'period', 'day', 'year', ...TIME_SPAN_CONCEPTS]);
const MEASURED: ReadonlySet<QuestionKind> = new Set(['money', 'percent', 'count']);
/**
 * A word that may say what kind of thing the noun after it is: an adjective, or in English the noun "investment"
 * ("an *investment* group"; a "price tag" is still a price).
 */
const qualifiesByKind = (w: Word, lang: Lang) => looksAdjectival(w.w, lang) || (lang === 'en' && w.concepts.includes('investment'));
/** Verbs of telling: "reported", «сообщается», «közölt». */
const TELLING: ReadonlySet<string> = new Set(['report_inform', 'say', 'announce', 'remark', 'estimate']);
const RATIO_WORD = /^(?:times|раз|пъти|есе)$/u;

/** "…or was it someone else?", «Или там был кто-то другой?», «Vagy valaki más mondta?»: another one asked for. */
const SOMEONE_ELSE = /(?:^|[^\p{L}])(?:(?:someone|somebody|anyone|anybody) else|(?:кто|кого|кем)-(?:то|нибудь|либо) (?:другой|другого|другим|ещё|еще)|някой друг|някого друг|valaki más|más valaki|másvalaki|басқа (?:біреу|адам|кісі))(?![\p{L}])/iu;
/** "…or somewhere else?", «где-то в другом месте», «máshol»: another place asked for. */
const SOMEWHERE_ELSE = /(?:^|[^\p{L}])(?:somewhere else|anywhere else|elsewhere|в другом месте|где-то ещё|где-то еще|на друго място|другаде|máshol|másutt|басқа жерде)(?![\p{L}])/iu;
const otherOneAsked = (question: string): QuestionKind | undefined =>
  SOMEONE_ELSE.test(question) ? 'person' : SOMEWHERE_ELSE.test(question) ? 'place' : undefined;
/** Whether a message asks for another one than it names ("…or was it someone else?"). */
export const asksOtherOne = (question: string): boolean => otherOneAsked(question) !== undefined;
/** "…in oil and gas? Or was it about something else?", «о чём-то другом», «valami másról»: another thing asked for. */
const SOMETHING_ELSE = /(?:^|[^\p{L}])(?:something else|what else|(?:что|чём|чем|чего|чему)-(?:то|нибудь) (?:другое|другом|другим|другого|другому|ином|иное)|нещо друго|за друго|valami más\p{L}*|más\p{L}* valami\p{L}*|басқа (?:бір )?(?:нәрсе|нәрсеге|нәрсені|нәрсе туралы|тақырып\p{L}*))(?![\p{L}])/iu;
/** Whether a message asks for another thing than it names: the things it names are its claim. */
export const asksSomethingElse = (question: string): boolean => SOMETHING_ELSE.test(question);

// "Which came first, the plant or the centre?", «что было раньше», «кое е било първо», «melyik volt előbb»,
// «қайсысы бұрын»: two things set side by side by when they happened.
const WHICH_FIRST: Record<Lang, RegExp> = {
  en: /\bwhich (?:one )?(?:came|was|happened|opened|started) (?:first|earlier)\b/iu,
  ru: /(?:^|[^\p{L}])(?:что|какой|какое|какая)\s+(?:\p{L}+\s+)?(?:раньше|первым|первой|первее)(?![\p{L}])/iu,
  bg: /(?:^|[^\p{L}])(?:кое|кой|коя)\s+(?:\p{L}+\s+){0,2}?(?:първо|първи|първа|по-рано)(?![\p{L}])/iu,
  hu: /(?:^|[^\p{L}])melyik\s+(?:\p{L}+\s+)?(?:előbb|korábban|hamarabb)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])қайсысы\s+(?:бұрын|ерте|ертерек)(?![\p{L}])/iu,
};
// "How many years between the launch and the opening", «сколько лет между…», «hány év telt el … és … között».
const BETWEEN_BEFORE = /^(?:between|между)$/iu;
const BETWEEN_AFTER = /^(?:között|арасында|аралығында)$/iu;
const SPAN_FROM = /^(?:from|от|с)$/iu;
const SPAN_TO = /^(?:to|until|till|до)$/iu;
const AND_OR = /^(?:and|or|и|или|либо|és|vagy|meg|және|мен|немесе|әлде)$/iu;
const OR = /^(?:or|или|либо|vagy|немесе|әлде)$/iu;
/** How many words each of two things set side by side may take. */
const SIDE_WORDS = 8;

/**
 * The words of two events a question sets side by side in time ("which came first, X or Y?", "how many years between
 * X and Y?"), each to be dated on its own; none when it sets none.
 */
export function eventsCompared(question: string, lang: Lang): { sides: [string[], string[]]; between: boolean } | undefined {
  const tokens = tokenize(question);
  const words = tokens.map((t) => t.word.toLowerCase());
  // (The alternatives may follow a dash or a colon: "which came first — the plant or the centre?")
  const sentenceEnd = (from: number) => {
    let k = from;
    while (k < tokens.length && !/[?.!;]/u.test(question.slice(tokens[k - 1]?.end ?? 0, tokens[k]!.start))) k++;
    return k;
  };
  const split = (from: number, to: number, between: boolean) => {
    // ("…the opening of the technology *and* engineering centre *or* the visit…": an "or" sets the two apart first.)
    const span = words.slice(from, to);
    const or = span.findIndex((w) => OR.test(w));
    const join = from + (or >= 0 ? or : span.findIndex((w) => AND_OR.test(w)));
    if (join <= from || join + 1 >= to) return undefined;
    const sides: [string[], string[]] = [words.slice(Math.max(from, join - SIDE_WORDS), join), words.slice(join + 1, Math.min(to, join + 1 + SIDE_WORDS))];
    return { sides, between };
  };
  const before = words.findIndex((w) => BETWEEN_BEFORE.test(w));
  if (before >= 0) return split(before + 1, sentenceEnd(before + 1), true);
  // «Сколько лет прошло *от* запуска завода *до* открытия центра?», "how many years *from* the launch *to* the opening".
  // (Only a question of how long, its unit of time before the "from": «сколько вагонов с Wabtec до конца года» counts wagons.)
  const fromAt = words.findIndex((w) => SPAN_FROM.test(w));
  const asksSpan = words.slice(0, Math.max(0, fromAt)).some((w) => conceptsOf(w, lang).some((id) => TIME_SPAN_CONCEPTS.has(id)));
  const since = asksSpan ? fromAt : -1;
  const until = since < 0 ? -1 : words.findIndex((w, k) => k > since + 1 && SPAN_TO.test(w));
  if (until > 0 && until < sentenceEnd(since + 1)) {
    return { sides: [words.slice(since + 1, until).slice(0, SIDE_WORDS), words.slice(until + 1, Math.min(sentenceEnd(until + 1), until + 1 + SIDE_WORDS))], between: true };
  }
  const after = words.findIndex((w) => BETWEEN_AFTER.test(w));
  if (after > 0) return split(Math.max(0, after - 2 * SIDE_WORDS), after, true);
  const first = WHICH_FIRST[lang].exec(question);
  if (!first) return undefined;
  const from = tokens.findIndex((t) => t.start >= first.index + first[0].length);
  return from < 0 ? undefined : split(from, sentenceEnd(from + 1), false);
}

/** The question up to the "and" that opens its later clause ("Who signed it, and in what capacity?" → "Who signed it"); none when it has no such clause. */
export function mainClauseOf(question: string, lang: Lang): string | undefined {
  const from = understandQuestion(question, lang).laterClauseFrom;
  if (from === undefined) return undefined;
  const main = question.slice(0, tokenize(question)[from]!.start).replace(/[\s,;:–—-]+$/u, '');
  return main ? `${main}?` : undefined;
}

/** The question from the "and" that opens its later clause ("…, and on which day was it signed?"); none when it has no such clause. */
export function laterClauseText(question: string, lang: Lang, intent: Pick<QuestionIntent, 'laterClauseFrom'> = understandQuestion(question, lang)): string | undefined {
  const from = intent.laterClauseFrom;
  return from === undefined ? undefined : question.slice(tokenize(question)[from]!.start);
}

/** English determiners before a pronoun "one" ("the John Deere one", "which second one"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'which', 'each', 'every', 'another']);

/** "He", "she" in five languages: who a question about a person named before its question word points to. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'той', 'тя', 'он', 'она', 'ő', 'ол']);

/** Whether a text speaks of someone named before as "he" or "she" («…, and where did *she* meet the minister?»). */
export function pointsToPerson(text: string): boolean {
  return tokenize(text).some((t) => PERSONAL_PRONOUNS.has(t.word.toLowerCase()));
}

// (Asked of a message and of each of its sentences by several readings of one question.)
const yesNoMemo = new ScopedMemo<Lang, boolean>(2_000);

/**
 * A question asked for yes or no ("Is the plant in Almaty?", «Казахстан изпраща ли войници?», «…ашпақ па?»,
 * «Igaz, hogy…», «…épül-e?»): no question word, and an opening or a particle that asks. A place it names is a
 * claim to check against the sources, not what it is about.
 */
export function isYesNoQuestion(message: string, lang: Lang): boolean {
  return yesNoMemo.get(lang, message, () => asksYesOrNoUncached(message, lang));
}

function asksYesOrNoUncached(message: string, lang: Lang): boolean {
  // ("I'm a reporter in Temirtau - did any of the deals…?": what the message asks comes after who the asker is.)
  const question = withoutAskerOpening(message, lang);
  const words = wordsOf(question.slice(0, MAX_CHARS), lang).slice(0, MAX_WORDS);
  const reader = new Reader(words, lang, question);
  const cues = reader.findCues();
  if (!words.length || cues.some((h) => !h.subordinate)) return false;
  const c = tablesFor(lang);
  // (A relative word the analyser reads as opening a clause of the statement asks nothing: «…, на *которой* он
  // говорил о минералах, прошла в Вашингтоне?»; «заседание *чьего* совета» still asks.)
  const subordinate = new Set(cues.filter((h) => h.spec.relatesAfterNoun).map((h) => words[h.start]!.w));
  return yesNoMarked(words, c) || (lang === 'hu' && /\p{L}-e(?![\p{L}])/u.test(question)) || CONFIRMING_TAG.test(question) || asksByIntonation(question, subordinate);
}

/**
 * «A C5+1 csúcstalálkozót Moszkvában rendezték?», «SCAT собирается открыть центр в аэропорту Алматы?»: a whole clause
 * with no question word, asked only by its question mark, asks yes or no (not a few keywords, «Wabtec mozdonytípus?»,
 * «Токаев–Лутник, сентябрь: город встречи?»).
 */
function asksByIntonation(question: string, subordinate: ReadonlySet<string>): boolean {
  const sentences = questionSentences(question);
  const last = sentences[sentences.length - 1];
  if (!last || !asAsked(last).endsWith('?') || /[:—–]|\s-\s/u.test(last.text)) return false;
  const words = last.text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return !words.some((word) => !subordinate.has(word.toLowerCase()) && QUESTION_OR_CHOICE_WORD.test(word)) && words.length >= INTONATION_WORDS;
}
/** Any word that asks or offers a choice, in the five languages (more than the cues the analyser reads a kind from). */
const QUESTION_OR_CHOICE_WORD = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'who|whom|whose|what|which|when|where|why|how|or',
    'кто|кого|кому|кем|что|чего|чем|как|какой|какая|какое|какие|каков|когда|где|куда|откуда|почему|зачем|сколько|скольки|котор\\p{L}*|чей|чь\\p{L}*|или|ли',
    'кой|коя|кое|кои|какво|какъв|каква|какви|кога|къде|защо|колко|чий|чия|чие|чии|или',
    // (Hungarian and Kazakh question words take case endings: «milyen*nek*», «melyik*et*», «қандай*ға*».)
    'ki|kik|kit|kinek|kivel|kitől|kiről|mi|mit|mik|minek|mivel|miről|mikor|hol|hová|honnan|miért|hogyan|vagy|(?:milyen|melyik|mennyi|mekkora|hány)\\p{L}*',
    'кім\\p{L}*|не|неше|нешінші|қашан|қайда|неге|неліктен|қанша|әлде|(?:қандай|қайсы)\\p{L}*|қай',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);
/** The fewest words of a clause asked by intonation alone. */
const INTONATION_WORDS = 5;

/**
 * The words a yes/no particle puts in doubt, lowercased: the one right before it («*Рубио* ли подписа…?», «*Гор* ма?»).
 * (A verb so asked, «подписа ли», is asked of as usual; callers read only the words of the kind they look for.)
 */
export function doubtedByParticle(sentence: string, lang: Lang): string[] {
  const c = tablesFor(lang);
  const words = wordsOf(sentence.slice(0, MAX_CHARS), lang).slice(0, MAX_WORDS);
  return words.flatMap((w, i) => (i > 0 && c.yesNoParticles.has(w.w) ? [words[i - 1]!.w] : []));
}

/** An opening or a particle that makes a yes/no question («Is…», «Igaz, hogy…», «ли», «ма»). */
const yesNoMarked = (words: readonly Word[], c: Compiled): boolean =>
  c.yesNoOpeners.has(words[0]?.w ?? '') || (THIS.has(words[0]?.w ?? '') && c.yesNoOpeners.has(words[1]?.w ?? '')) || openerAfterPhrase(words, c) || words.some((w) => c.yesNoParticles.has(w.w));
/** "This" before a word that opens a yes/no question: «*Это* правда, что…», «*Az* igaz, hogy…». */
const THIS: ReadonlySet<string> = new Set(['это', 'това', 'az', 'ez', 'бұл']);

/** "Beyond Wabtec and Boeing, *did* the visits…", "In 2025, *was*…": an opener after a leading phrase and a comma. */
function openerAfterPhrase(words: readonly Word[], c: Compiled): boolean {
  if (!LEADING_PHRASE.has(words[0]?.w ?? '')) return false;
  const k = words.findIndex((w) => w.seg !== words[0]!.seg);
  return k > 0 && words[k]!.sent === words[0]!.sent && words[k]!.gapBefore.includes(',') && c.yesNoOpeners.has(words[k]!.w);
}
/** English words that open an adverbial phrase before the clause ("beyond…", "besides…", "in 2025", "during the visit"). */
const LEADING_PHRASE: ReadonlySet<string> = new Set(['beyond', 'besides', 'apart', 'aside', 'except', 'other', 'in', 'on', 'at', 'during', 'after', 'before', 'since', 'following', 'for', 'with', 'without', 'regarding', 'as']);

/** "…, right?", «…? или я путаю», «…, нали?», «…, ugye?»: a statement put up to be confirmed. */
// ("… — это правда?", «… — так ли е?», «…, igaz ez?»: after a dash too, with "this" before or after.)
// ("…, wasn't it?", "…, didn't they?": an English tag of any auxiliary.)
const CONFIRMING_TAG = /(?:,\s*|\?\s*|\s[—–-]\s*)(?:(?:это|е|ez)\s+)?(?:right|(?:is|was|were|are|do|does|did|has|have|had|will|would|can|could)n['’]?t (?:it|he|she|they|there|we)|correct|true|или я путаю|или нет|так ведь|так|верно|правда|нали|вярно ли|вярно|така ли е|ugye|igaz|nem igaz)(?:\s+(?:это|ez))?\s*\??\s*$/iu;

// ───────────────────────── follow-ups ─────────────────────────

const FOLLOW_UP_FIRST = new Set(['and', 'also', 'и', 'а', 'также', 'ещё', 'еще', 'още', 'ами', 'és', 'meg', 'továbbá', 'ал', 'және', 'сондай']);
const FOLLOW_UP_PAIRS = new Set(['what about', 'how about']);

/** A question that leans on the previous one: starts like a continuation, or says too little alone. */
export function isFollowUp(question: string, contentWords: number): boolean {
  const [first, second] = tokenize(question);
  if (!first) return contentWords <= 2;
  return FOLLOW_UP_FIRST.has(first.word) || (!!second && FOLLOW_UP_PAIRS.has(`${first.word} ${second.word}`)) || contentWords <= 2;
}

// "Besides the locomotives, what else…": the words after (or, in Hungarian and Kazakh, before) these name
// what the asker already knows, which the answer should go beyond.
const BESIDES_BEFORE: Record<Lang, RegExp> = {
  // ("*Unlike* the Wabtec deal, what is the memorandum worth?": the one set against is known too.)
  // ("*Compared with* the new $4.2bn contract, how much had it already put in?": what is compared with is known too.)
  en: /\b(?:besides|apart from|aside from|other than|except(?: for)?|in addition to|beyond|unlike|in contrast to|as opposed to|compared (?:with|to))\s+/giu,
  ru: /(?:^|[^\p{L}])(?:кроме|помимо|в отличие от|в отличии от|по сравнению с)\s+/giu,
  bg: /(?:^|[^\p{L}])(?:освен|с изключение на|за разлика от|в сравнение с|извън)\s+/giu,
  hu: /$^/gu,
  kk: /$^/gu,
};
const BESIDES_AFTER: Partial<Record<Lang, RegExp>> = {
  // ("Wabtec aside, which…")
  en: /(?<![\p{L}.'-])((?:\p{L}[\p{L}.'-]*\s+){0,2}\p{L}[\p{L}.'-]*)\s+aside(?![\p{L}])/giu,
  // (Typed without accents or Kazakh letters as well: «a dreamlineren kivul», «кеніштен болек».)
  hu: /(?<!\p{L})(\p{L}+)\s+(?:k[ií]v[üu]l|mellett|lesz[áa]m[íi]tva|kiv[ée]ve|ellent[ée]tben)(?![\p{L}])/giu,
  kk: /(?<![\p{L}-])([\p{L}-]+(?:дан|ден|тан|тен|нан|нен))\s+(?:б[өо]лек|бас[қк]а|тыс)(?![\p{L}])|(?<!\p{L})((?:\p{L}+\s+){0,2}\p{L}+(?:мен|пен|бен))\s+[қк]атар(?![\p{L}])/giu,
};
/** "…or am I confusing it with John Deere?", «или я путаю с John Deere», «összekeverem a John Deere-rel»: the other one. */
const CONFUSED_WITH: Partial<Record<Lang, RegExp>> = {
  // (What is confused may stand between: "I keep mixing up the Wabtec deal with the John Deere one", «путаю сделку Wabtec с…».)
  en: /\b(?:confus|mix)\p{L}*(?:\s+[\p{L}'’-]+){0,4}?\s+with\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu,
  ru: /(?:^|[^\p{L}])(?:путаю|перепутал\p{L}*|спутал\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:с|со)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu,
  bg: /(?:^|[^\p{L}])(?:бъркам|обърквам|объркал\p{L}*|сбърквам)\s+(?:[\p{L}-]+\s+){0,3}?(?:с|със)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu,
  // (A Kazakh name in its «-мен» case before the verb: capitalised, so not the thing confused, «келісімін».)
  kk: /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*?(?:мен|пен|бен))\s+шатастыр\p{L}*/gu,
  // (The words as the question writes them, the last with its ending: «a John Deere-rel», «a Siemensszel».)
  hu: /összekever\p{L}*\s+(?:(?:a|az)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+?[ae]l)(?![\p{L}])/giu,
};
/** "Not John Deere but which company…", «не Лутник, а кто…», «Nem Lutnik, hanem ki…»: what the asker rules out. */
const NOT_BUT: Partial<Record<Lang, RegExp>> = {
  en: /\bnot\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),?\s+but\b/giu,
  ru: /(?:^|[^\p{L}])не\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s*а\s/giu,
  bg: /(?:^|[^\p{L}])не\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),\s*а\s/giu,
  hu: /(?:^|[^\p{L}])nem\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+),?\s+hanem(?![\p{L}])/giu,
};
/**
 * "Is it only about the locomotives, or something else too?", «только… или ещё что-то», «csak… vagy valami más»:
 * what "only" names is known, when the question goes on to ask for something else.
 */
const ONLY: Record<Lang, RegExp> = {
  en: /\b(?:only|just|solely)\s+/giu,
  ru: /(?:^|[^\p{L}])(?:только|лишь)\s+/giu,
  bg: /(?:^|[^\p{L}])(?:само|единствено)\s+/giu,
  hu: /(?:^|[^\p{L}])(?:csak|csupán|kizárólag)\s+/giu,
  kk: /(?:^|[^\p{L}])(?:тек|ғана)\s+/giu,
};
const OR_ELSE: Record<Lang, RegExp> = {
  en: /\bor\b.*\b(?:else|other|something|anything)\b/iu,
  ru: /(?:^|[^\p{L}])(?:или|либо)(?![\p{L}]).*(?:(?:что|чем|чём)-(?:то|нибудь)|друг(?:ое|ом|ого)|ино[ем])/iu,
  bg: /(?:^|[^\p{L}])или(?![\p{L}]).*(?:нещо|друго)/iu,
  hu: /(?:^|[^\p{L}])vagy(?![\p{L}]).*(?:valami|más|mást|másról|egyéb)(?![\p{L}])/iu,
  kk: /(?:^|[^\p{L}])(?:әлде|немесе)(?![\p{L}]).*(?:бірдеңе|басқа)/iu,
};
/** The words after each match of a cue ("besides", "according to", "before"), up to where `end` matches, at most `max`. */
function wordsAfterCue(question: string, cue: RegExp, end: RegExp, max: number): string[] {
  return [...question.matchAll(cue)].flatMap((m) => {
    const rest = question.slice(m.index + m[0].length);
    const stop = rest.search(end);
    return tokenize(stop < 0 ? rest : rest.slice(0, stop)).map((t) => t.word).slice(0, max);
  });
}

/** Where the known part ends: a comma, a dash, or the question word that asks for the rest. */
// (Not the comma or point of a figure: «за 4,2 млрд.».)
const BESIDES_END = /(?<!\d)[,.]|[,.](?!\d)|[;:?!–—-]|\b(?:what|which|who|anything|something|else|is|was|did|does|что|какие|какой|кто|ещё|еще|какво|кои|още)\b/iu;

/** The words a question sets aside as already known ("apart from delivering the locomotives" → delivering, locomotives). */
export function besidesWords(question: string, lang: Lang): string[] {
  const words = wordsAfterCue(question, BESIDES_BEFORE[lang], BESIDES_END, 4);
  // («арнайы өкіл болумен қатар», besides being a special envoy: the words before «-мен қатар» too.)
  for (const m of question.matchAll(BESIDES_AFTER[lang] ?? /$^/gu)) words.push(...(m[1] ?? m[2]!).split(/[\s-]+/u));
  for (const m of question.matchAll(NOT_BUT[lang] ?? /$^/gu)) words.push(...m[1]!.split(/\s+/u));
  for (const m of question.matchAll(CONFUSED_WITH[lang] ?? /$^/gu)) words.push(...m[1]!.split(/[\s-]+/u));
  if (OR_ELSE[lang].test(question)) {
    for (const m of question.matchAll(ONLY[lang])) {
      const rest = question.slice(m.index + m[0].length);
      const end = rest.search(/[,;:?!.–—]|\s(?:or|или|либо|vagy|әлде|немесе)\s/iu);
      // (Not the verb of containing: «…жеткізуді *қамти* ма», "is it only *about*…" ask what else it holds.)
      const listVerbs = tablesFor(lang).listVerbs;
      words.push(...tokenize(end < 0 ? rest : rest.slice(0, end)).map((t) => t.word).filter((w) => !listVerbs.has(w.toLowerCase())).slice(0, 3));
    }
  }
  return words.map((w) => w.toLowerCase());
}

// "Before the meeting with Lutnick", «до встречи с Лутником», «преди срещата», «a találkozó előtt», «кездесуге дейін»:
// what dates the event asked about, not what it is about.
// ("…on the day of the Wabtec signing", «в день подписания», «a Wabtec-aláírás napján»: the same day is a reference too;
// and so is the occasion it happened at, "during Tokayev's US visit", «во время визита», «látogatása során», «сапары кезінде».)
const REFERENCE_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:before|after|prior to|ahead of|following|on the (?:day|date) of|during|in the course of)\s+/giu,
  // (Not a conjunction opening a clause: «после того как», «след като» — "after the attempt failed" is what was said.)
  ru: /(?:^|[^\p{L}])(?:до|после|перед|накануне|в день|во время|в ходе)\s+(?!того\s+как|тем\s+как)/giu,
  bg: /(?:^|[^\p{L}])(?:преди|след|в навечерието на|в деня на|по време на|в хода на)\s+(?!като\s|да\s)/giu,
  hu: /$^/gu,
  kk: /$^/gu,
};
const REFERENCE_AFTER: Partial<Record<Lang, RegExp>> = {
  hu: /(?<![\p{L}-])((?:[\p{L}-]+\s+){1,4})(?:előtt|után|előtti|utáni|napján|során|idején)(?![\p{L}])/giu,
  kk: /(?<![\p{L}-])((?:[\p{L}-]+\s+){1,4})(?:дейін|бұрын|кейін|соң|кезінде|барысында)(?![\p{L}])/giu,
};
/** A time reference names at most this many words ("the New York meeting with Lutnick"). */
const REFERENCE_WORDS = 5;

/** The words of the event a question dates its own by ("…before the New York meeting with Lutnick" → new, york, meeting, with, lutnick). */
export function referenceWords(question: string, lang: Lang): string[] {
  const words = wordsAfterCue(question, REFERENCE_BEFORE[lang], /[,;:?!.–—]/u, REFERENCE_WORDS);
  for (const m of question.matchAll(REFERENCE_AFTER[lang] ?? /$^/gu)) words.push(...tokenize(m[1]!).map((t) => t.word));
  return words.map((w) => w.toLowerCase());
}

// "According to the experts", «по словам Калиева», «според политолога», «Kaliev szerint», «сарапшылардың айтуынша»:
// whose words the answer must be. The source follows these words (or, in Hungarian and Kazakh, comes before them).
const SOURCE_BEFORE: Record<Lang, RegExp> = {
  en: /\b(?:according to|per|in the (?:view|opinion|words) of|as (?:told|seen) by)\s+(?:the\s+|an?\s+)?/giu,
  ru: /(?:^|[^\p{L}])(?:по словам|по мнению|по оценке|по оценкам|по данным|по информации|по сведениям|согласно|с точки зрения|как (?:считает|считают|отмечает|отмечают|полагает|полагают|говорит|говорят))\s+/giu,
  bg: /(?:^|[^\p{L}])(?:според|по думите на|по мнението на|по оценка(?:та)? на|по данни(?:те)? на|по информация на|както (?:смята|смятат|казва|казват|отбелязва|отбелязват))\s+/giu,
  hu: /$^/gu,
  kk: /$^/gu,
};
/** Words between the source and «szerint» that only say it is their view: «Kaliev *véleménye* szerint». */
const SOURCE_AFTER: Partial<Record<Lang, RegExp>> = {
  hu: /(?<!\p{L})(\p{L}+)\s+(?:(?:véleménye|szavai|meglátása|álláspontja|értékelése)\s+)?(?:szerint|úgy véli|úgy látja)(?![\p{L}])/giu,
  kk: /(?<!\p{L})(\p{L}+)\s+(?:айтуынша|пікірінше|сөзінше|пайымдауынша|ойынша|бағалауынша|мәліметінше)(?![\p{L}])/giu,
};
/** The source is named in at most this many words ("the political scientist Talgat Kaliev"). */
const SOURCE_WORDS = 4;

/** The words naming whom a question asks about the view of ("according to the political scientist" → political, scientist). */
export function sourceWords(question: string, lang: Lang): string[] {
  const words = wordsAfterCue(question, SOURCE_BEFORE[lang], BESIDES_END, SOURCE_WORDS);
  for (const m of question.matchAll(SOURCE_AFTER[lang] ?? /$^/gu)) words.push(m[1]!);
  return words.map((w) => w.toLowerCase());
}

