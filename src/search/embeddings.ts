import { Embeddings } from '@langchain/core/embeddings';
import { deadline } from '../abort.js';
import type { Lang } from '../language/lang.js';
import { quickLanguage } from '../language/detect.js';
import { foldWord, trigramsOf } from '../language/fold.js';
import { isStopword } from '../language/stopwords.js';
import { tokenize, type Token } from '../language/tokenize.js';
import { ANALYSER_VERSION, termsOf, type Term } from '../language/analyse.js';

/** An embedder plus the identity the manifest records, so a change of embedder triggers a rebuild. */
export interface NamedEmbeddings {
  embeddings: Embeddings;
  id: string;
  dims: number;
}

const FEATURE_WEIGHT: Record<string, number> = { w: 1, c: 0.9, s: 0.8 };
const TRIGRAM_WEIGHT = 0.35;

/** FNV-1a: a fast, stable 32-bit hash (the same on every machine and run). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A model-free multilingual embedder: hashed features of folded word stems, lexicon concepts, name
 * skeletons and character trigrams, so cognates and names meet across Cyrillic and Latin
 * ("locomotives" ~ "локомотивов", "Tokayev" ~ "Токаев" ~ "Tokajev"). Deterministic, no downloads.
 */
export interface LexicalEmbeddingsOptions {
  /** Weight of a word's character trigrams, spread over them (0: none); bench/tune-embedder.ts measures the choice. */
  trigramWeight?: number;
}

export class LexicalEmbeddings extends Embeddings {
  private readonly trigramWeight: number;

  constructor(
    readonly dims = 256,
    options: LexicalEmbeddingsOptions = {},
  ) {
    super({});
    this.trigramWeight = options.trigramWeight ?? TRIGRAM_WEIGHT;
  }

  get id(): string {
    const variant = this.trigramWeight === TRIGRAM_WEIGHT ? '' : `-g${this.trigramWeight}`;
    return `lexical-hash-v${ANALYSER_VERSION}-${this.dims}${variant}`;
  }

  embedText(text: string, lang: Lang = quickLanguage(text)): number[] {
    const tokens = tokenize(text);
    return this.embedAnalysed(tokens, termsOf(text, lang, tokens), lang);
  }

  /**
   * embedText of a text already analysed: its tokens and its termsOf(text, lang, tokens). The indexer
   * analyses each chunk once for this and for the lexical index.
   */
  embedAnalysed(tokens: Token[], terms: Term[], lang: Lang): number[] {
    const features = new Map<string, number>();
    const bump = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
    for (const term of terms) bump(term.key, FEATURE_WEIGHT[term.key[0]!] ?? 1);
    for (const token of this.trigramWeight ? tokens : []) {
      if (isStopword(token.word, lang, token.named) || token.word.length < 3) continue;
      const grams = trigramsOf(foldWord(token.word, lang));
      for (const g of grams) bump(`g:${g}`, this.trigramWeight / Math.sqrt(grams.length));
    }
    const vector = new Array<number>(this.dims).fill(0);
    for (const [key, count] of features) {
      const h = fnv1a(key);
      const weight = count <= 1 ? count : 1 + Math.log(count); // sublinear term frequency
      vector[h % this.dims]! += h & 0x80000000 ? -weight : weight;
    }
    const norm = Math.hypot(...vector) || 1;
    return vector.map((v) => v / norm);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedText(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedText(text);
  }
}

/** Why a question went without its dense half: the endpoint failed, timed out, or the breaker skipped it. */
export type QueryEmbeddingOutcome = 'ok' | 'timeout' | 'error' | 'skipped';

export interface QueryEmbedderOptions {
  /** The longest a question waits for its embedding. */
  timeoutMs: number;
  /** Consecutive failures that open the circuit breaker. */
  failureThreshold?: number;
  /** How long an open breaker skips the endpoint before one question tries it again. */
  openMs?: number;
  /** Told of every outcome (for metrics). */
  onOutcome?: (outcome: QueryEmbeddingOutcome) => void;
  now?: () => number;
}

class EmbeddingTimeout extends Error {}

/**
 * The question path's embedder: a bounded wait, no retries, and a circuit breaker, so a hanging or
 * failing endpoint costs one short timeout and then nothing for a while: retrieval goes lexical
 * (BM25) instead. `embed` throws when the endpoint fails or times out, and returns undefined when the
 * breaker skips it or the caller aborted: either way the question is searched lexically.
 * Indexing does not use this: it keeps its retries.
 */
export class QueryEmbedder {
  private failures = 0;
  private openUntil = 0;
  private readonly threshold: number;
  private readonly openMs: number;
  private readonly now: () => number;

  constructor(
    private readonly embeddings: Embeddings,
    private readonly options: QueryEmbedderOptions,
  ) {
    this.threshold = options.failureThreshold ?? 2;
    this.openMs = options.openMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  /** True while the breaker skips the endpoint. */
  get open(): boolean {
    return this.now() < this.openUntil;
  }

  async embed(text: string, signal?: AbortSignal): Promise<number[] | undefined> {
    if (this.open) {
      this.options.onOutcome?.('skipped');
      return undefined;
    }
    // Embeddings.embedQuery takes no signal: race it, so the question stops waiting at once.
    const limit = deadline(this.options.timeoutMs, [signal], `query embedding took over ${this.options.timeoutMs} ms`);
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(limit.timedOut ? new EmbeddingTimeout(String((limit.signal.reason as Error).message)) : new Error('question aborted'));
      if (limit.signal.aborted) fail();
      else limit.signal.addEventListener('abort', fail, { once: true });
    });
    aborted.catch(() => undefined); // settled by the race below, or never observed
    const call = this.embeddings.embedQuery(text);
    call.catch(() => undefined); // a late failure after the race is lost is not an unhandled rejection
    try {
      const vector = await Promise.race([call, aborted]);
      this.failures = 0;
      this.options.onOutcome?.('ok');
      return vector;
    } catch (error) {
      // The caller's own abort (deadline, shutdown) says nothing about the endpoint's health.
      if (signal?.aborted && !limit.timedOut) return undefined;
      // The count is kept once the breaker opens, so a failed probe after it closes re-opens it at once.
      if (++this.failures >= this.threshold) this.openUntil = this.now() + this.openMs;
      this.options.onOutcome?.(error instanceof EmbeddingTimeout ? 'timeout' : 'error');
      throw error;
    } finally {
      limit.dispose();
    }
  }
}
