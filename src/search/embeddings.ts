import { Embeddings } from '@langchain/core/embeddings';
import type { Lang } from '../language/lang.js';
import type { Config } from '../config.js';
import { quickLanguage } from '../language/detect.js';
import { foldWord, trigramsOf } from '../language/fold.js';
import { isStopword } from '../language/stopwords.js';
import { tokenize } from '../language/tokenize.js';
import { ANALYSER_VERSION, termsOf } from '../language/analyse.js';

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
export class LexicalEmbeddings extends Embeddings {
  constructor(readonly dims = 256) {
    super({});
  }

  get id(): string {
    return `lexical-hash-v${ANALYSER_VERSION}-${this.dims}`;
  }

  embedText(text: string, lang: Lang = quickLanguage(text)): number[] {
    const features = new Map<string, number>();
    const bump = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
    const tokens = tokenize(text);
    for (const term of termsOf(text, lang, tokens)) bump(term.key, FEATURE_WEIGHT[term.key[0]!] ?? 1);
    for (const token of tokens) {
      if (isStopword(token.word, lang, token.named) || token.word.length < 3) continue;
      const grams = trigramsOf(foldWord(token.word, lang));
      for (const g of grams) bump(`g:${g}`, TRIGRAM_WEIGHT / Math.sqrt(grams.length));
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

/** OpenAI (or any compatible endpoint) when a key is configured, the lexical embedder otherwise. */
export async function createEmbeddings(config: Config): Promise<NamedEmbeddings> {
  if (!config.OPENAI_API_KEY) {
    const lexical = new LexicalEmbeddings();
    return { embeddings: lexical, id: lexical.id, dims: lexical.dims };
  }
  // Loaded only when needed: the OpenAI client is a large import the offline mode never uses.
  const { OpenAIEmbeddings } = await import('@langchain/openai');
  const embeddings = new OpenAIEmbeddings({
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_EMBEDDINGS_MODEL,
    timeout: config.OPENAI_TIMEOUT_MS,
    maxRetries: 2,
    configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
  });
  // Dimensions are only known after the first call; the indexer reads them from the vectors.
  return { embeddings, id: `openai:${config.OPENAI_EMBEDDINGS_MODEL}@${config.OPENAI_BASE_URL ?? 'api.openai.com'}`, dims: 0 };
}
