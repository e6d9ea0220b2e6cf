import { termsOf } from '../language/analyse.js';
import { quickLanguage } from '../language/detect.js';
import type { Lang } from '../language/lang.js';
import { tokenize } from '../language/tokenize.js';
import type { LexicalEmbeddings } from './embeddings.js';
import { analyseChunk, type ChunkTerms } from './lexical-index.js';

/**
 * The built-in embedder's vector and the lexical index's terms of one chunk, from one analysis
 * (tokens and termsOf, the bulk of both): the embedder reads a chunk in the language its script
 * suggests (quickLanguage), the lexical index in its document's, so the terms are shared when the
 * two agree. The same function runs on the main thread (uploads) and in the ingest workers, so both
 * give the same vectors and terms. O(length of the text).
 */
export function embedAndAnalyseChunk(embeddings: LexicalEmbeddings, text: string, lang: Lang): { vector: number[]; terms: ChunkTerms } {
  const tokens = tokenize(text);
  const own = termsOf(text, lang, tokens);
  const quick = quickLanguage(text);
  const vector = embeddings.embedAnalysed(tokens, quick === lang ? own : termsOf(text, quick, tokens), quick);
  return { vector, terms: analyseChunk(text, lang, tokens, own) };
}

/**
 * The terms of chunks as numbers, for a worker's reply: a structured clone of millions of small
 * strings and arrays costs about as much as the analysis that made them. Each worker numbers the
 * strings it has seen and sends only the new ones; the other side keeps the worker's table, so a
 * chunk's terms are rebuilt from shared strings (no copies, their hashes already computed).
 */
export interface EncodedTerms {
  /** Strings first seen in this reply, numbered on from the ones sent before. */
  fresh: string[];
  /** Chunk i's keys are keyIds[keyOff[i] .. keyOff[i + 1]]; its words (word, key, stem) wordIds[wordOff[i] .. wordOff[i + 1]] in threes. */
  keyOff: Uint32Array<ArrayBuffer>;
  keyIds: Uint32Array<ArrayBuffer>;
  wordOff: Uint32Array<ArrayBuffer>;
  wordIds: Uint32Array<ArrayBuffer>;
}

export class TermsEncoder {
  private readonly ids = new Map<string, number>();
  private fresh: string[] = [];

  private id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      this.ids.set(value, (id = this.ids.size));
      this.fresh.push(value);
    }
    return id;
  }

  encode(terms: ChunkTerms[]): EncodedTerms {
    const keyOff = new Uint32Array(terms.length + 1);
    const wordOff = new Uint32Array(terms.length + 1);
    const keys: number[] = [];
    const words: number[] = [];
    terms.forEach((t, i) => {
      for (const key of t.keys) keys.push(this.id(key));
      for (const [word, key, stem] of t.words) words.push(this.id(word), this.id(key), this.id(stem));
      keyOff[i + 1] = keys.length;
      wordOff[i + 1] = words.length;
    });
    const fresh = this.fresh;
    this.fresh = [];
    return { fresh, keyOff, keyIds: Uint32Array.from(keys), wordOff, wordIds: Uint32Array.from(words) };
  }
}

/** The chunks' terms from an encoder's reply; `table` is the strings that encoder sent so far (extended here). */
export function decodeTerms(encoded: EncodedTerms, table: string[]): ChunkTerms[] {
  for (const s of encoded.fresh) table.push(s);
  const { keyOff, keyIds, wordOff, wordIds } = encoded;
  const terms: ChunkTerms[] = [];
  for (let i = 0; i + 1 < keyOff.length; i++) {
    const keys: string[] = [];
    for (let k = keyOff[i]!; k < keyOff[i + 1]!; k++) keys.push(table[keyIds[k]!]!);
    const words: ChunkTerms['words'] = [];
    for (let w = wordOff[i]!; w < wordOff[i + 1]!; w += 3) words.push([table[wordIds[w]!]!, table[wordIds[w + 1]!]!, table[wordIds[w + 2]!]!]);
    terms.push({ keys, words });
  }
  return terms;
}
