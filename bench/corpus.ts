/**
 * A deterministic synthetic corpus built from the seeds' own vocabulary, so the built-in lexical
 * embedder sees realistic text (real stems, names, numbers and scripts in the seeds' proportions)
 * at any size.
 *
 * The corpus is a sequence of synthetic articles of CHUNKS_PER_FILE chunks. Each article picks a
 * language (weighted by how much seed text it has), one seed document of that language, and 20 topic
 * words from it (articles keep returning to their names and key terms). A chunk is 250–700 characters
 * (the default CHUNK_SIZE is 700) of seed sentences — 70 % from the article's seed document, 20 % from
 * other seeds of its language, 10 % from another language — with about half of the words swapped for
 * the article's topic words or for words drawn from the language's word stream (so word frequencies
 * follow the seeds) and every number replaced by a random one. Every chunk and article is derived from
 * (seed, index) alone, so the first 10k chunks of the 100k corpus are the 10k corpus.
 *
 * Held-out queries are short question-like texts about a random article of the corpus, made the same
 * way from a different PRNG stream (never one of its chunks), with the golden questions mixed in.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../src/language/lang.js';
import { splitSentences } from '../src/language/sentences.js';
import { type Chunk } from '../src/corpus/chunk.js';
import { loadCorpus, type SourceDocument } from '../src/corpus/load.js';
import { ROOT } from './util.js';

export const SEEDS_DIR = path.join(ROOT, 'seeds');
/** The golden questions the timed workloads mix in (62: public and extra), unchanged so timings compare across runs. */
export const GOLDEN_FILES = [path.join(ROOT, 'test/golden/public.jsonl'), path.join(ROOT, 'test/golden/extra.jsonl')];
/** Every golden file (332 questions): for measures of agreement, where 62 questions give too coarse a share. */
export const ALL_GOLDEN_FILES = ['public', 'extra', 'dev', 'fresh', 'fresh2', 'fresh3'].map((set) => path.join(ROOT, `test/golden/${set}.jsonl`));

/** mulberry32: a tiny, fast, seeded PRNG (same sequence on every machine). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

export interface GoldenQuestion {
  id: string;
  q: string;
  qlang: Lang;
}

export function loadGolden(files: readonly string[] = GOLDEN_FILES): GoldenQuestion[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldenQuestion),
  );
}

/** A seed sentence cut into alternating separators and words: [sep, word, sep, word, …, sep]. */
type Template = string[];

const NUMBER = '\u0000';

interface SeedDoc {
  source: SourceDocument;
  sentences: Template[];
  /** Its content words (4+ letters), with repeats: a frequent word is picked more often. */
  content: string[];
}

interface LangPool {
  lang: Lang;
  sentences: Template[];
  /** Every word occurrence of the language's seed text, with its case (so names stay names). */
  words: string[];
  chars: number;
  seedDocs: SeedDoc[];
}

// Same shape as normalize.ts's WORD: a word with a letter, or a number.
const WORD = /[\p{L}\p{M}\p{N}]*\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export interface SyntheticSource {
  pools: LangPool[];
  /** Cumulative language weights for sampling. */
  weights: number[];
}

export async function loadSource(seedsDir = SEEDS_DIR): Promise<SyntheticSource> {
  const docs = await loadCorpus(seedsDir, () => undefined);
  if (!docs.length) throw new Error(`no seed documents in ${seedsDir}`);
  const byLang = new Map<Lang, LangPool>();
  for (const doc of docs) {
    const pool = byLang.get(doc.lang) ?? { lang: doc.lang, sentences: [], words: [], chars: 0, seedDocs: [] };
    const seedDoc: SeedDoc = { source: doc, sentences: [], content: [] };
    for (const span of splitSentences(doc.text, doc.lang)) {
      const s = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
      if (s.length >= 20) seedDoc.sentences.push(template(s.length > 400 ? s.slice(0, s.lastIndexOf(' ', 400)) : s));
    }
    for (const m of doc.text.matchAll(WORD)) {
      pool.words.push(m[0]);
      if (m[0].length >= 4 && !isNumberWord(m[0])) seedDoc.content.push(m[0]);
    }
    if (!seedDoc.sentences.length || !seedDoc.content.length) continue;
    pool.sentences.push(...seedDoc.sentences);
    pool.chars += doc.text.length;
    pool.seedDocs.push(seedDoc);
    byLang.set(doc.lang, pool);
  }
  const pools = [...byLang.values()].filter((p) => p.sentences.length && p.words.length);
  const total = pools.reduce((s, p) => s + p.chars, 0);
  let acc = 0;
  const weights = pools.map((p) => (acc += p.chars / total));
  return { pools, weights };
}

function pickPool(source: SyntheticSource, rand: () => number): LangPool {
  const r = rand();
  return source.pools[source.weights.findIndex((w) => r < w)] ?? source.pools[source.pools.length - 1]!;
}

function randomNumber(rand: () => number): string {
  const r = rand();
  if (r < 0.4) return String(Math.floor(rand() * 100));
  if (r < 0.7) return String(Math.floor(rand() * 10_000));
  if (r < 0.85) return `${Math.floor(rand() * 100)},${Math.floor(rand() * 10)}`;
  return String(1990 + Math.floor(rand() * 40));
}

const isNumberWord = (w: string) => /^\p{N}/u.test(w);

/** Cuts a sentence into [sep, word, sep, word, …, sep]; numbers become NUMBER (a fresh number each use). */
function template(sentence: string): Template {
  const parts: string[] = [];
  let last = 0;
  for (const m of sentence.matchAll(WORD)) {
    parts.push(sentence.slice(last, m.index), isNumberWord(m[0]) ? NUMBER : m[0]);
    last = m.index + m[0].length;
  }
  parts.push(sentence.slice(last));
  return parts;
}

interface Article {
  pool: LangPool;
  doc: SeedDoc;
  /** Words this article keeps coming back to (names, key terms), as real articles do. */
  topic: string[];
}

/** The plan of synthetic article `index`: derived from (seed, index) alone, so any chunk can be regenerated. */
function article(source: SyntheticSource, seed: number, index: number): Article {
  const rand = prng(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
  const pool = pickPool(source, rand);
  const doc = pick(rand, pool.seedDocs);
  const topic = Array.from({ length: 20 }, () => pick(rand, doc.content));
  return { pool, doc, topic };
}

/** A template sentence (mostly from the article's seed document) with about half of its words swapped. */
function sentence(source: SyntheticSource, a: Article, rand: () => number, replace = 0.5): string[] {
  const r = rand();
  const from = r < 0.1 ? pick(rand, source.pools) : a.pool;
  const t = r < 0.1 ? pick(rand, from.sentences) : r < 0.3 ? pick(rand, a.pool.sentences) : pick(rand, a.doc.sentences);
  const parts: string[] = [t[0]!];
  for (let i = 1; i < t.length; i += 2) {
    let w = t[i]!;
    if (w !== NUMBER && rand() < replace) w = from === a.pool && rand() < 0.5 ? pick(rand, a.topic) : pick(rand, from.words);
    parts.push(w === NUMBER || isNumberWord(w) ? randomNumber(rand) : w, t[i + 1]!);
  }
  return parts;
}

export interface SyntheticChunk {
  id: string;
  text: string;
  metadata: Omit<Chunk, 'text'>;
}

export const CHUNKS_PER_FILE = 8;

/** Chunk `index` of the synthetic corpus `seed`. */
export function syntheticChunk(source: SyntheticSource, index: number, seed = 1): SyntheticChunk {
  const articleIndex = Math.floor(index / CHUNKS_PER_FILE);
  const a = article(source, seed, articleIndex);
  const rand = prng(Math.imul(seed + 17, 0x27d4eb2d) ^ Math.imul(index + 1, 0x165667b1));
  const target = 250 + Math.floor(rand() * 450);
  let text = '';
  while (text.length < target) text += (text ? ' ' : '') + sentence(source, a, rand).join('').trim();
  if (text.length > 700) {
    const cut = text.lastIndexOf(' ', 700);
    text = text.slice(0, cut > 350 ? cut : 700);
  }
  const file = `synthetic_${String(articleIndex).padStart(6, '0')}.txt`;
  const id = `${file}#${index % CHUNKS_PER_FILE}`;
  const start = (index % CHUNKS_PER_FILE) * 600;
  const { title, date, publisher } = a.doc.source;
  return { id, text, metadata: { id, file, lang: a.pool.lang, title, date, publisher, start, end: start + text.length } };
}

/** The first `count` chunks of the synthetic corpus `seed` (so the 10k corpus is a prefix of the 100k one). */
export function syntheticChunks(source: SyntheticSource, count: number, seed = 1): SyntheticChunk[] {
  return Array.from({ length: count }, (_, i) => syntheticChunk(source, i, seed));
}

/**
 * `count` held-out query texts for a corpus of `corpusSize` chunks: question-like spans of 4–14 words
 * about a random article of that corpus (its seed document's phrasing and its topic words, but never
 * one of its chunks), with the golden questions mixed in as every tenth query.
 */
export function syntheticQueries(source: SyntheticSource, count: number, corpusSize: number, seed = 1, querySeed = 777): string[] {
  const rand = prng(querySeed);
  const golden = loadGolden().map((g) => g.q);
  const articles = Math.max(1, Math.ceil(corpusSize / CHUNKS_PER_FILE));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0 && golden.length) {
      out.push(golden[(i / 10) % golden.length]!);
      continue;
    }
    const a = article(source, seed, Math.floor(rand() * articles));
    const parts = sentence(source, a, rand, 0.5);
    const words = parts.filter((_, j) => j % 2 === 1);
    const len = 4 + Math.floor(rand() * 11);
    const start = Math.floor(rand() * Math.max(1, words.length - len));
    out.push(`${words.slice(start, start + len).join(' ')}?`);
  }
  return out;
}
