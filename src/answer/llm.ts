import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { readFileSync } from 'node:fs';
import { deadline } from '../abort.js';
import { pageAt } from '../corpus/chunk.js';
import { splitSentences } from '../language/sentences.js';
import type { Hit } from '../search/retriever.js';
import { termsOf } from '../language/analyse.js';
import { phrase } from './phrases.js';
import { LANG_NAMES } from '../language/lang.js';
import type { AnswerResult, Citation, Turn } from './types.js';
import type { Lang } from '../language/lang.js';

const PROMPTS_DIR = new URL('../../prompts/', import.meta.url);

/** Reads a prompt template from prompts/ and fills its {{placeholders}}. */
export function renderPrompt(name: string, values: Record<string, string>): string {
  const template = readFileSync(new URL(name, PROMPTS_DIR), 'utf8');
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');
}

export interface LlmInput {
  question: string;
  language: Lang;
  hits: Hit[];
  history: Turn[];
  onPartial?: (textSoFar: string) => void;
  /** The question's deadline (and any caller abort): the completion stops when it fires. */
  signal?: AbortSignal;
}

/**
 * Why a completion gave no answer: the question's deadline (or caller) stopped it, the first token
 * came too late, the call failed, or the output was unusable.
 */
export type LlmFailure = 'deadline' | 'first-token' | 'error' | 'invalid';

export type LlmOutcome =
  | { ok: true; result: Pick<AnswerResult, 'answered' | 'answer' | 'citations' | 'mode'> }
  | { ok: false; reason: string; failure: LlmFailure };

export interface LlmAnswerer {
  answer(input: LlmInput): Promise<LlmOutcome>;
  /** A follow-up rewritten as a standalone question, or undefined when the model cannot help in time. */
  rewrite(question: string, history: Turn[], signal?: AbortSignal): Promise<string | undefined>;
}

const NOT_COVERED = 'NOT_COVERED';
const QUOTES_HEADER = /\n?\s*QUOTES:\s*/i;

export function formatSources(hits: Hit[]): string {
  return hits
    .map((h, i) => {
      const c = h.chunk;
      const meta = [`file: ${c.file}`, `language: ${c.lang}`, `title: ${c.title}`, c.date && `date: ${c.date}`, c.publisher && `publisher: ${c.publisher}`].filter(Boolean).join(' | ');
      return `[${i + 1}] ${meta}\n<<<\n${c.text}\n>>>`;
    })
    .join('\n\n');
}

const formatHistory = (history: Turn[]) =>
  history.length ? history.map((t) => `User: ${t.question}\nAssistant: ${t.answer.replace(/\s+/g, ' ').slice(0, 300)}`).join('\n') : '(none)';

/** Whitespace- and quote-mark-insensitive form used to find a model's quote in its chunk. */
const loose = (text: string) => text.replace(/[«»"“”„'‘’]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Finds a quote in the chunk and returns the chunk's own words for it (verbatim), or undefined when
 * the quote does not occur there: an invented quote is dropped.
 */
export function verifyQuote(quote: string, chunkText: string): string | undefined {
  const wanted = loose(quote);
  if (wanted.length < 8) return undefined;
  // Map each character of the loose chunk back to its offset in the original.
  const offsets: number[] = [];
  let looseChunk = '';
  let lastSpace = true;
  for (let i = 0; i < chunkText.length; i++) {
    const ch = chunkText[i]!;
    if (/[«»"“”„'‘’]/.test(ch)) continue;
    const isSpace = /\s/.test(ch);
    if (isSpace && lastSpace) continue;
    looseChunk += isSpace ? ' ' : ch.toLowerCase();
    offsets.push(i);
    lastSpace = isSpace;
  }
  const at = looseChunk.indexOf(wanted);
  if (at < 0) return undefined;
  return chunkText.slice(offsets[at]!, offsets[at + wanted.length - 1]! + 1);
}

/** The sentence of a chunk sharing the most terms with a claim: a verbatim stand-in for a dropped quote. */
function bestSentence(claim: string, hit: Hit, language: Lang): string {
  const wanted = new Set(termsOf(claim, language).map((t) => t.key));
  let best = { text: hit.chunk.text.slice(0, 300), overlap: -1 };
  for (const span of splitSentences(hit.chunk.text, hit.chunk.lang)) {
    const text = hit.chunk.text.slice(span.start, span.end);
    const overlap = termsOf(text, hit.chunk.lang).filter((t) => wanted.has(t.key)).length;
    if (overlap > best.overlap) best = { text, overlap };
  }
  return best.text;
}

/**
 * Turns the model's raw output into an answer whose every [n] maps to a retrieved chunk, renumbered
 * in order of use, each citation carrying a quote verified to occur in its chunk.
 */
export function parseLlmOutput(raw: string, hits: Hit[], language: Lang): LlmOutcome {
  const [answerPart = '', quotesPart = ''] = raw.split(QUOTES_HEADER);
  let text = answerPart.trim();
  if (!text) return { ok: false, reason: 'empty completion', failure: 'invalid' };
  if (text.startsWith(NOT_COVERED)) return { ok: true, result: { answered: false, answer: phrase('notCovered', language), citations: [], mode: 'llm' } };

  const quotes = new Map<number, string>();
  for (const line of quotesPart.split('\n')) {
    const m = line.match(/^\s*\[(\d+)\]\s*(.+?)\s*$/);
    if (m) quotes.set(Number(m[1]), m[2]!);
  }
  // "[1, 2]" → "[1][2]"; markers that name no retrieved source are removed.
  text = text.replace(/\[(\d+(?:\s*,\s*\d+)+)\]/g, (_, list: string) => list.split(',').map((n) => `[${n.trim()}]`).join(''));
  const renumber = new Map<number, number>();
  text = text.replace(/\s?\[(\d+)\]/g, (marker, n: string) => {
    const source = Number(n);
    if (source < 1 || source > hits.length) return '';
    if (!renumber.has(source)) renumber.set(source, renumber.size + 1);
    return marker.replace(n, String(renumber.get(source)));
  });
  if (!renumber.size) return { ok: false, reason: 'the answer cites no retrieved source', failure: 'invalid' };

  const citations: Citation[] = [...renumber].map(([source, n]) => {
    const hit = hits[source - 1]!;
    const claimed = quotes.get(source);
    const quote = (claimed && verifyQuote(claimed, hit.chunk.text)) ?? bestSentence(text, hit, language);
    const c = hit.chunk;
    const page = pageAt(c, c.start + Math.max(0, c.text.indexOf(quote)));
    return { n, file: c.file, lang: c.lang, title: c.title, date: c.date, publisher: c.publisher, ...(page ? { page } : {}), quote, score: Math.round(hit.score * 1000) / 1000 };
  });
  return { ok: true, result: { answered: true, answer: text.trim(), citations, mode: 'llm' } };
}

/**
 * Resolves or rejects with `promise`, or rejects as soon as `signal` fires: a client that ignores its
 * abort signal still cannot hold a question past its deadline.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  promise.catch(() => undefined); // a late failure after the race is lost is not an unhandled rejection
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}

export interface LlmAnswererOptions {
  /** The completion's first token must arrive within this many ms of the call, or the call is abandoned. */
  firstTokenMs: number;
}

/**
 * The LLM answerer over any chat model (built at the composition root; a fake one in unit tests).
 * It never retries: the offline answer is the fallback, and the question's signal bounds every call.
 */
export function createLlmAnswerer(chat: BaseChatModel, options: LlmAnswererOptions): LlmAnswerer {
  return {
    async answer({ question, language, hits, history, onPartial, signal }) {
      const messages = [
        new SystemMessage(renderPrompt('answer-system.md', { language: LANG_NAMES[language] })),
        new HumanMessage(renderPrompt('answer-user.md', { sources: formatSources(hits), history: formatHistory(history), question })),
      ];
      // The first-token limit; its timer is cleared when the first token comes, the question's signal stays linked.
      const limit = deadline(options.firstTokenMs, [signal], `no first token within ${options.firstTokenMs} ms`);
      const stop = limit.signal;
      try {
        let raw = '';
        const stream = await raceAbort(chat.stream(messages, { signal: stop }), stop);
        const chunks = stream[Symbol.asyncIterator]();
        for (let next = await raceAbort(chunks.next(), stop); !next.done; next = await raceAbort(chunks.next(), stop)) {
          const chunk = next.value;
          raw += typeof chunk.content === 'string' ? chunk.content : '';
          if (raw) limit.clearTimer();
          const visible = raw.split(QUOTES_HEADER)[0]!;
          if (onPartial && visible.trim() && !NOT_COVERED.startsWith(visible.trim().slice(0, NOT_COVERED.length))) onPartial(visible);
        }
        return parseLlmOutput(raw, hits, language);
      } catch (error) {
        const reason = (error as Error).message || String(error);
        if (signal?.aborted) return { ok: false, reason: `deadline: ${reason}`, failure: 'deadline' };
        if (limit.timedOut) return { ok: false, reason, failure: 'first-token' };
        return { ok: false, reason, failure: 'error' };
      } finally {
        limit.dispose();
      }
    },

    async rewrite(question, history, signal) {
      try {
        const prompt = renderPrompt('rewrite.md', { history: formatHistory(history.slice(-3)), question });
        const reply = await raceAbort(chat.invoke([new HumanMessage(prompt)], { signal }), signal);
        const text = typeof reply.content === 'string' ? reply.content.trim() : '';
        return text && text.length <= 500 ? text.split('\n')[0] : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
