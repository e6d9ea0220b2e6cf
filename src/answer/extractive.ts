import { splitSentences } from '../language/sentences.js';
import { pageAt } from '../corpus/chunk.js';
import { DATE_HEADER } from '../corpus/metadata.js';
import type { Hit, QueryToken } from '../search/retriever.js';
import { conceptsOf } from '../language/lexicon.js';
import { foldWord } from '../language/fold.js';
import { isStopword, tokenize } from '../language/tokenize.js';
import { termsOf } from '../language/analyse.js';
import { monthOf } from '../corpus/metadata.js';
import { phrase } from './phrases.js';
import type { AnswerKind } from './question.js';
import type { Citation } from './types.js';
import type { Lang } from '../language/lang.js';

export const FIGURE_KINDS: ReadonlySet<AnswerKind> = new Set(['count', 'money', 'date', 'percent']);
const FIGURE_RELEVANCE = 0.7;

/** A sentence of a retrieved chunk, with absolute offsets in its source file. */
export interface Evidence {
  hit: Hit;
  text: string;
  start: number;
  score: number;
  /** How much of the question the sentence and its surroundings hold, 0–1. */
  relevance: number;
  /** How much of the question the sentence holds together with its better neighbour, 0–1. */
  window: number;
  /** The fact the question asks for, as written in this sentence, when one is found. */
  fact?: string;
}

interface Span {
  text: string;
  at: number;
  /** A weaker reading of the kind asked for (a known place name without "in …"). */
  weak?: boolean;
}

const NUMBER = /\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?/gu;
const MONEY_UNIT = /^\s*(?:млрд|миллиард|млн|миллион|тыс|трлн|billion|million|bn|mln|milliárd|millió|милиард|милион|доллар|долл|dollár|usd|долар|\$|евро|euro|eur|тенге|tenge|теңге)/iu;
const PERCENT_UNIT = /^\s*(?:%|процент|százalék|пайыз)/iu;
const YEAR = /^(?:19|20)\d\d$/;
const NAME = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** Money amounts ("4,2 млрд долларов", "$180 million", "180 millió dolláros"). */
function moneySpans(sentence: string): Span[] {
  const spans: Span[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const rest = sentence.slice(m.index + m[0].length);
    const unit = rest.match(MONEY_UNIT);
    if (!unit && sentence[m.index - 1] !== '$') continue;
    // Take the unit words that follow ("млрд долларов", "millió dolláros").
    const tail = rest.match(/^(?:\s*[\p{L}$.]+){0,2}/u)?.[0] ?? '';
    const words = tail.split(/\s+/).filter(Boolean);
    const kept = words.filter((w, i) => i === 0 || MONEY_UNIT.test(` ${w}`));
    spans.push({ text: `${sentence[m.index - 1] === '$' ? '$' : ''}${m[0]} ${kept.join(' ')}`.replace(/\s+$/, '').replace(/[.,]$/, ''), at: m.index });
  }
  return spans;
}

function numberSpans(sentence: string, kind: AnswerKind): Span[] {
  const spans: Span[] = [];
  for (const m of sentence.matchAll(NUMBER)) {
    const after = sentence.slice(m.index + m[0].length);
    if (kind === 'percent' && !PERCENT_UNIT.test(after)) continue;
    if (kind === 'count' && (MONEY_UNIT.test(after) || PERCENT_UNIT.test(after) || YEAR.test(m[0]))) continue;
    spans.push({ text: kind === 'percent' ? `${m[0]}%` : m[0], at: m.index });
  }
  return spans;
}

function dateSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  for (const m of sentence.matchAll(/\b(\d{1,2}\s+)?(\p{L}+\s+)?((?:19|20)\d\d)\b/gu)) {
    const month = m[2] && monthOf(m[2].trim()) ? m[2] : '';
    spans.push({ text: `${month ? m[1] ?? '' : ''}${month}${m[3]}`.trim(), at: m.index });
  }
  for (const m of sentence.matchAll(/\b(\d{1,2})\s+(\p{L}+)/gu)) {
    if (monthOf(m[2]!) && !spans.some((s) => Math.abs(s.at - m.index) < 3)) spans.push({ text: m[0], at: m.index });
  }
  return spans;
}

/** Capitalised word runs that can be names: not a sentence's or line's first word alone, not a web address. */
function nameSpans(sentence: string): Span[] {
  const spans: Span[] = [];
  for (const m of sentence.matchAll(NAME)) {
    if (/^\.[a-z]{2,4}\b/i.test(sentence.slice(m.index + m[0].length))) continue; // "Lada.kz"
    let words = m[0].split(/\s+/);
    let at = m.index;
    // Drop capitalised function words and a line's first word ("От США", "Обновление парка").
    const lineStart = m.index === 0 || /[\n"«„“(–—-]\s*$/u.test(sentence.slice(0, m.index));
    while (words.length && (isStopword(words[0]!.toLowerCase()) || (lineStart && words.length === 1 && at === m.index))) {
      at += words[0]!.length + 1;
      words = words.slice(1);
    }
    if (words.length) spans.push({ text: words.join(' '), at });
  }
  return spans;
}

const LOCATIVE_BEFORE = /(?:^|[\s(,])(?:в|во|във|in|at|near|из|от|from)\s+$/iu;
const LOCATIVE_ENDING = /(?:ban|ben|ön|on|en|да|де|та|те)$/iu;

/**
 * The places among name spans: words after "in"/"в"/"във", with a Hungarian or Kazakh locative ending,
 * or that the concept lexicon knows (it lists countries and cities, not people or companies).
 */
function placeSpans(sentence: string, names: Span[], lang: Lang): Span[] {
  const places: Span[] = [];
  for (const name of names) {
    let at = name.at;
    for (const word of name.text.split(' ')) {
      const located = LOCATIVE_BEFORE.test(sentence.slice(Math.max(0, at - 8), at)) || LOCATIVE_ENDING.test(word);
      if (located || conceptsOf(foldWord(word.toLowerCase(), lang)).length) places.push({ text: word, at, weak: !located });
      at += word.length + 1;
    }
  }
  return places;
}

function factSpans(sentence: string, kind: AnswerKind): Span[] {
  switch (kind) {
    case 'money':
      return moneySpans(sentence);
    case 'count':
    case 'percent':
      return numberSpans(sentence, kind);
    case 'date':
      return dateSpans(sentence);
    case 'person':
    case 'place':
      return nameSpans(sentence);
    default:
      return [];
  }
}

interface AnalysedSentence {
  span: { start: number; end: number };
  text: string;
  terms: ReturnType<typeof termsOf>;
  keys: Set<string>;
  tokenStarts: number[];
  /** Candidate facts by answer kind, found on first use (the same chunks come back question after question). */
  facts: Map<AnswerKind, Span[]>;
}

/**
 * A chunk's sentences with their terms, computed once per chunk object: the retriever hands out the
 * same Chunk objects until the index is re-synced (a new retriever), so the cache empties itself then.
 */
const sentenceCache = new WeakMap<Hit['chunk'], AnalysedSentence[]>();
function analysedSentences(chunk: Hit['chunk']): AnalysedSentence[] {
  let cached = sentenceCache.get(chunk);
  if (!cached) {
    cached = splitSentences(chunk.text, chunk.lang).flatMap((sentence) => {
      // A scraped "date 2025-11-07" field before an article's first sentence is metadata: never quoted.
      const span = { start: sentence.start + (DATE_HEADER.exec(chunk.text.slice(sentence.start, sentence.end))?.[0].length ?? 0), end: sentence.end };
      if (span.start >= span.end) return [];
      const text = chunk.text.slice(span.start, span.end);
      const tokens = tokenize(text);
      const terms = termsOf(text, chunk.lang, tokens);
      return [{ span, text, terms, keys: new Set(terms.map((t) => t.key)), tokenStarts: tokens.map((t) => t.start), facts: new Map() }];
    });
    sentenceCache.set(chunk, cached);
  }
  return cached;
}

function factsOf(sentence: AnalysedSentence, kind: AnswerKind, lang: Lang): Span[] {
  let spans = sentence.facts.get(kind);
  if (!spans) {
    spans = kind === 'place' ? placeSpans(sentence.text, factSpans(sentence.text, kind), lang) : factSpans(sentence.text, kind);
    sentence.facts.set(kind, spans);
  }
  return spans;
}

/** Lowercase surface words of the question, so a "fact" that merely repeats the question is skipped. */
const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * Picks the sentences that answer the question: they contain the question's information (idf-weighted,
 * across languages through the shared terms) and, for how many / how much / when / who / where, a fact
 * of that kind. The key fact is the one nearest to the words the sentence shares with the question.
 */
export function selectEvidence(
  hits: Hit[],
  tokens: QueryToken[],
  kind: AnswerKind,
  question: string,
  informationOf: (t: QueryToken) => number,
): Evidence[] {
  const totalInfo = tokens.reduce((sum, t) => sum + informationOf(t) * t.weight, 0) || 1;
  const share = (found: Set<QueryToken>) => [...found].reduce((sum, t) => sum + informationOf(t) * t.weight, 0) / totalInfo;
  const questionWords = wordsOf(question);
  const seen = new Set<string>();
  const candidates: Evidence[] = [];

  hits.forEach((hit, rank) => {
    const sentences = analysedSentences(hit.chunk).map((analysed) => {
      const found = new Set(tokens.filter((t) => t.keys.some((k) => analysed.keys.has(k))));
      return { analysed, found, own: share(found) };
    });
    sentences.forEach(({ analysed, found, own }, i) => {
      const { span, text, terms, tokenStarts } = analysed;
      const start = hit.chunk.start + span.start;
      const key = `${hit.chunk.file}@${start}`;
      if (seen.has(key)) return;
      seen.add(key);
      // A sentence often names the thing through its neighbour ("300 локомотивов" right after
      // "Wabtec"): `context` is what it covers together with the sentence before or after.
      const withNeighbour = (n: (typeof sentences)[number] | undefined) => (n ? share(new Set([...found, ...n.found])) : own);
      const context = Math.max(withNeighbour(sentences[i - 1]), withNeighbour(sentences[i + 1]));
      const facts = factsOf(analysed, kind, hit.chunk.lang).filter((f) => ![...wordsOf(f.text)].every((w) => questionWords.has(w)));
      if (!own && !(facts.length && context >= 0.3)) return; // unrelated unless its neighbour makes it so

      // The fact nearest to a shared term is the one the sentence states about the asked thing.
      const anchorAt = terms.filter((t) => tokens.some((q) => q.keys.includes(t.key))).map((t) => tokenStarts[t.token] ?? 0);
      // Characters apart, plus a clause boundary (";", a line break) counting as far.
      const apart = (a: number, f: Span) => Math.abs(a - f.at) + (/[;\n]/.test(text.slice(Math.min(a, f.at), Math.max(a, f.at))) ? 100 : 0);
      const distance = (f: Span) => Math.min(...anchorAt.map((a) => apart(a, f)), 1e6);
      // Who: a full name (two words or more) beats a lone capitalised word; where: "in X" beats a bare X.
      const penalty = (f: Span) => distance(f) + (kind === 'person' && !f.text.includes(' ') ? 200 : 0) + (f.weak ? 100 : 0);
      const fact = facts.sort((a, b) => penalty(a) - penalty(b))[0];

      // Ranking weighs the sentence itself most, its better neighbour and its chunk less.
      const neighbour = Math.max(sentences[i - 1]?.own ?? 0, sentences[i + 1]?.own ?? 0);
      const relevance = 0.65 * own + 0.2 * neighbour + 0.15 * hit.coverage;
      // Who and where prefer a sentence that names someone or somewhere.
      const score = relevance * (kind === 'other' || fact ? 1 : 0.6) - rank * 0.01 - (text.length > 400 ? 0.05 : 0);
      candidates.push({ hit, text, start, score, relevance, window: context, fact: fact?.text });
    });
  });
  // A fact that several articles state is more likely the one asked about (the deal, not a side figure).
  const filesByFact = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (!c.fact) continue;
    const key = normaliseFact(c.fact);
    filesByFact.set(key, (filesByFact.get(key) ?? new Set()).add(c.hit.chunk.file));
  }
  for (const c of candidates) if (c.fact) c.score += 0.1 * (filesByFact.get(normaliseFact(c.fact))!.size - 1);
  candidates.sort((a, b) => b.score - a.score);
  if (!FIGURE_KINDS.has(kind)) return candidates;
  // A figure or a date is answered only by a sentence that states one, and only when that sentence
  // (with its neighbour) is about as relevant as the best passage: a number from a side remark is no answer.
  // Other sentences that state the same figure stay, as corroboration from other articles.
  const best = Math.max(0, ...candidates.map((c) => c.window));
  const answer = candidates.find((c) => c.fact && c.window >= FIGURE_RELEVANCE * best)?.fact;
  return candidates.filter((c) => c.fact && (c.window >= FIGURE_RELEVANCE * best || normaliseFact(c.fact) === normaliseFact(answer ?? '')));
}

/**
 * The best sentence plus supporting ones: other files that state the same fact, or sentences
 * almost as good, at most `max` in all and one per file when the fact repeats across files.
 */
export function chooseQuotes(ranked: Evidence[], max = 3): Evidence[] {
  const best = ranked[0];
  if (!best) return [];
  const chosen = [best];
  for (const e of ranked.slice(1)) {
    if (chosen.length >= max) break;
    const sameFact = best.fact && e.fact && normaliseFact(e.fact) === normaliseFact(best.fact);
    const strong = e.score >= best.score * 0.8;
    if (sameFact ? chosen.some((c) => c.hit.chunk.file === e.hit.chunk.file) : !strong) continue;
    if (chosen.some((c) => sameWords(c.text, e.text))) continue;
    chosen.push(e);
  }
  return chosen;
}

const sameWords = (a: string, b: string) => wordsKey(a) === wordsKey(b);
const wordsKey = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** "4,2" and "4.2", "3 000" and "3000" are one fact. */
export const normaliseFact = (fact: string): string => (fact.match(/\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?/)?.[0] ?? fact).replace(/[\s\u00a0]/g, '').replace(',', '.').toLowerCase();

/** Numbers citations in order of first use and renders the offline answer: key fact first, then the quotes. */
export function composeExtractive(quotes: Evidence[], lang: Lang): { answer: string; citations: Citation[] } {
  const citations: Citation[] = quotes.map((e, i) => citationOf(e, i + 1));
  const markers = citations.map((c) => `[${c.n}]`).join('');
  const fact = quotes[0]?.fact;
  const lead = fact ? `${fact} ${markers}` : phrase('accordingToSources', lang);
  const body = citations.map((c) => `«${c.quote}» [${c.n}]`).join('\n');
  return { answer: `${lead}\n\n${body}`, citations };
}

export function citationOf(e: Evidence, n: number): Citation {
  const c = e.hit.chunk;
  const page = pageAt(c, e.start);
  return { n, file: c.file, lang: c.lang, title: c.title, date: c.date, publisher: c.publisher, ...(page ? { page } : {}), quote: e.text, score: Math.round(Math.min(1, e.score) * 1000) / 1000 };
}
