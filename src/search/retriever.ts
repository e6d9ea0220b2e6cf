import type { Lang } from '../language/lang.js';
import type { Chunk } from '../corpus/chunk.js';
import { CappedMemo } from '../memo.js';
import type { HnswStore } from './hnsw-store.js';
import { chunkOf } from './indexer.js';
import type { LexicalIndex } from './lexical-index.js';
import { foldWord, skeletonOf } from '../language/fold.js';
import { isNumber, tokenize } from '../language/tokenize.js';
import { termsOf } from '../language/analyse.js';
import { quickLanguage } from '../language/detect.js';
import { log } from '../log.js';

/** A content word of the query with every key that may match it in a chunk. */
export interface QueryToken {
  word: string;
  keys: string[];
  named: boolean;
  /** 1 for the question itself, less for terms carried over from an earlier question. */
  weight: number;
  /** Which sentence of the question it is in (0-based). */
  sentence: number;
}

/** Index of the sentence a character offset falls in. */
const sentenceOf = (text: string, offset: number) => (text.slice(0, offset).match(/[.!?…]+\s/g) ?? []).length;

export interface Hit {
  chunk: Chunk;
  /** Fused rank score (reciprocal rank fusion of dense and BM25). */
  score: number;
  /** Share of the query's information (idf-weighted) that this chunk contains, 0–1. */
  coverage: number;
}

export interface Retrieval {
  /** The question's content words, plus any carried over from the previous question. */
  tokens: QueryToken[];
  hits: Hit[];
  /** Share of the question's information that the best file's retrieved chunks hold together, 0–1. */
  coverage: number;
}

export interface RetrieveOptions {
  k?: number;
  /** Text of an earlier question whose terms help a follow-up ("and how much is it worth?"). */
  carryOver?: string;
}

const RRF_K = 60;
const CANDIDATES = 30;
const MAX_PER_FILE = 2;
const FUZZY_MIN = 0.6;
/** Terms of the previous question count almost fully in a follow-up: they name what "it" is. */
const CARRY_OVER_WEIGHT = 0.8;
const UNSEEN_WORD_WEIGHT = 0.35;

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
  /** informationOf per query token: the gate and the answerer ask for it once per candidate chunk. */
  private readonly information = new WeakMap<QueryToken, number>();

  /**
   * Over a synced index: the vector store and the stored lexical index (BM25 postings, chunk term sets,
   * vocabulary), read as they are, O(1) here. A re-synced index gets a new retriever (its caches empty).
   */
  constructor(
    private readonly store: HnswStore,
    private readonly bm25: LexicalIndex,
  ) {}

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

  /** The content words of a text and the keys each may match. */
  analyse(text: string, lang: Lang, weight = 1): QueryToken[] {
    const tokens = tokenize(text);
    const byToken = new Map<number, string[]>();
    for (const term of termsOf(text, lang)) byToken.set(term.token, [...(byToken.get(term.token) ?? []), term.key]);
    const seen = new Set<string>();
    const result: QueryToken[] = [];
    for (const [i, keys] of byToken) {
      if (seen.has(keys[0]!)) continue; // a repeated word says nothing new
      seen.add(keys[0]!);
      const token = tokens[i]!;
      const folded = foldWord(token.word, lang);
      if (token.named && !keys.some((k) => this.bm25.has(k)) && folded.length >= 3 && !isNumber(folded)) keys.push(...this.nameVariants(folded));
      result.push({ word: token.word, keys, named: token.named, weight, sentence: sentenceOf(text, token.start) });
    }
    return result;
  }

  /**
   * Stems of corpus words that are another spelling or another case of an unseen name: "Gor" ~ "Гора",
   * "Tokajev" ~ "Токаева" (one is the other plus an ending), or close in character trigrams.
   */
  private nameVariants(folded: string): string[] {
    return this.variantsOf.get(folded, () => this.findNameVariants(folded));
  }

  /** Through the lexical index's inverted trigram index: O(postings of the name's trigrams), not O(vocabulary). */
  private findNameVariants(folded: string): string[] {
    const matches: Array<{ key: string; sim: number }> = this.bm25.similarWords(folded, FUZZY_MIN);
    const skeleton = skeletonOf(folded);
    if (skeleton.length >= 3 && this.bm25.has(`s:${skeleton}`)) matches.push({ key: `s:${skeleton}`, sim: 1 });
    return [...new Set(matches.sort((a, b) => b.sim - a.sim).slice(0, 3).map((m) => m.key))];
  }

  /**
   * How much a token tells: the idf of the rarest of its keys. A name the corpus has never seen tells
   * the most (the question is about something else: "Tesla", "Australia"); an unseen ordinary word
   * counts less, since it may only be phrasing the lexicon does not know.
   */
  informationOf(token: QueryToken): number {
    let info = this.information.get(token);
    if (info === undefined) {
      const seen = token.keys.filter((k) => this.bm25.has(k));
      const unseen = this.bm25.idf('\u0000unseen');
      info = seen.length ? Math.max(...seen.map((k) => this.bm25.idf(k))) : unseen * (token.named ? 2 : UNSEEN_WORD_WEIGHT);
      this.information.set(token, info);
    }
    return info;
  }

  private coverageOf(keys: Set<string>, tokens: QueryToken[]): number {
    let total = 0;
    let matched = 0;
    for (const t of tokens) {
      const info = this.informationOf(t) * t.weight;
      total += info;
      if (t.keys.some((k) => keys.has(k))) matched += info;
    }
    return total ? matched / total : 0;
  }

  async retrieve(question: string, lang: Lang, options: RetrieveOptions = {}): Promise<Retrieval> {
    const k = options.k ?? 6;
    const tokens = this.analyse(question, lang);
    const carried = options.carryOver ? this.analyse(options.carryOver, quickLanguage(options.carryOver), CARRY_OVER_WEIGHT) : [];
    const all = [...tokens, ...carried];
    if (!all.length || !this.store.size) return { tokens: all, hits: [], coverage: 0 };

    const query = new Map<string, number>();
    for (const t of all) for (const key of t.keys) query.set(key, Math.max(query.get(key) ?? 0, t.weight));
    const lexical = this.bm25.search(query, CANDIDATES);

    const denseText = options.carryOver ? `${question}\n${options.carryOver}` : question;
    let dense: Awaited<ReturnType<HnswStore['similaritySearchVectorWithScore']>> = [];
    try {
      dense = await this.store.similaritySearchVectorWithScore(await this.store.embeddings.embedQuery(denseText), CANDIDATES);
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
      .map(([id, score]) => ({ chunk: this.chunk(id)!, score, coverage: this.coverageOf(this.keysOf(id), all) }))
      .filter((h) => h.chunk)
      // Rank fusion orders candidates; coverage breaks near-ties toward chunks that hold the whole question.
      .sort((a, b) => b.score * (0.5 + b.coverage) - a.score * (0.5 + a.coverage));

    // Diversity: at most MAX_PER_FILE chunks from one file while other files have candidates.
    const hits: Hit[] = [];
    const perFile = new Map<string, number>();
    for (const hit of ranked) {
      const n = perFile.get(hit.chunk.file) ?? 0;
      if (n >= MAX_PER_FILE) continue;
      perFile.set(hit.chunk.file, n + 1);
      hits.push(hit);
      if (hits.length === k) break;
    }
    // An article may name the subject in one chunk and state the fact in the next: the gate asks
    // how much of the question the retrieved chunks of one file hold together.
    const keysByFile = new Map<string, Set<string>>();
    for (const h of hits) {
      const keys = keysByFile.get(h.chunk.file) ?? new Set<string>();
      for (const key of this.keysOf(h.chunk.id)) keys.add(key);
      keysByFile.set(h.chunk.file, keys);
    }
    // A message may hold several sentences ("Ignore that. How many locomotives?"): the best-covered
    // sentence that carries enough of the message counts.
    const parts = [all, ...this.sentenceParts(tokens)];
    const coverage = Math.max(0, ...[...keysByFile.values()].flatMap((keys) => parts.map((part) => this.coverageOf(keys, part))));
    return { tokens: all, hits, coverage };
  }

  /** The question's tokens grouped by sentence, keeping sentences with at least two content words. */
  private sentenceParts(tokens: QueryToken[]): QueryToken[][] {
    const groups = new Map<number, QueryToken[]>();
    for (const t of tokens) groups.set(t.sentence, [...(groups.get(t.sentence) ?? []), t]);
    return groups.size > 1 ? [...groups.values()].filter((g) => g.length >= 2) : [];
  }
}
