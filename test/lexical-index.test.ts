import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../src/corpus/chunk.js';
import { parseDocument } from '../src/corpus/load.js';
import { foldWord, trigramsOf } from '../src/language/fold.js';
import { stemWord } from '../src/language/stem.js';
import { analyseChunk, LexicalIndex, type ChunkTerms } from '../src/search/lexical-index.js';
import { SEEDS } from './support/workspace.js';

/** The seeds' chunks with their analyses: real text in four languages. */
const chunks = readdirSync(SEEDS)
  .sort()
  .flatMap((file) => chunkDocument(parseDocument(file, readFileSync(path.join(SEEDS, file))), { size: 700, overlap: 120 }))
  .map((c) => ({ id: c.id, terms: analyseChunk(c.text, c.lang) }));

/** Okapi BM25 as written in the textbook, over every chunk: the reference the index must agree with. */
function referenceBm25(docs: Array<{ id: string; terms: ChunkTerms }>, query: Map<string, number>, k1 = 1.2, b = 0.75) {
  const avg = docs.reduce((s, d) => s + d.terms.keys.length, 0) / docs.length;
  const tfs = docs.map((d) => {
    const tf = new Map<string, number>();
    for (const key of d.terms.keys) tf.set(key, (tf.get(key) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const key of query.keys()) df.set(key, tfs.filter((tf) => tf.has(key)).length);
  const scores = docs.map((d, i) => {
    let score = 0;
    for (const [key, weight] of query) {
      const tf = tfs[i]!.get(key) ?? 0;
      if (!tf) continue;
      const idf = Math.log(1 + (docs.length - df.get(key)! + 0.5) / (df.get(key)! + 0.5));
      score += weight * idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * d.terms.keys.length) / avg)));
    }
    return { id: d.id, score };
  });
  return scores.filter((s) => s.score > 0).sort((x, y) => y.score - x.score);
}

/** Name variants by scanning the whole vocabulary: what the inverted trigram index must reproduce. */
function referenceVariants(docs: Array<{ terms: ChunkTerms }>, folded: string, minSim: number): string[] {
  const stem = stemOf(folded);
  const vocabulary = new Map<string, string>();
  for (const [word, , wordStem] of docs.flatMap((d) => d.terms.words)) if (!vocabulary.has(word)) vocabulary.set(word, wordStem);
  const grams = trigramsOf(folded);
  const out: string[] = [];
  const affix = (a: string, b: string) => {
    const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
    return shorter.length >= 3 && longer.startsWith(shorter) && longer.length - shorter.length <= 3;
  };
  for (const [word, wordStem] of vocabulary) {
    const set = new Set(trigramsOf(word));
    const sim = affix(word, folded) || affix(wordStem, stem) ? 1 : (2 * grams.filter((g) => set.has(g)).length) / (grams.length + set.size);
    if (sim >= minSim) out.push(word);
  }
  return out.sort();
}

/** A probe's folded stem, as the retriever computes it (the probes are Latin-script names). */
const stemOf = (folded: string) => foldWord(stemWord(folded, 'en'), 'en');

/** Edit distance with transpositions (optimal string alignment), no cut-off: the reference. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

const build = (docs: typeof chunks) => {
  const index = new LexicalIndex();
  for (const d of docs) index.add(d.id, d.terms);
  return index;
};

const queries = [
  ['w:lokomo', 'c:locomotive', 'w:wabtec'],
  ['c:agreement', 'w:boeing', 's:bng'],
  ['w:tokaie', 'c:kazakhstan', 'c:usa', 'w:minera'],
].map((keys) => new Map(keys.map((k, i) => [k, i === 0 ? 1 : 0.8])));

describe('lexical index', () => {
  it('scores like textbook BM25, reading only the query terms’ postings', () => {
    const index = build(chunks);
    for (const query of queries) {
      const got = index.search(query, 10);
      const want = referenceBm25(chunks, query).slice(0, 10);
      expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(want[i]!.score, 9));
    }
  });

  it('skips common keys’ postings (MaxScore) yet returns exactly the textbook top k on a larger corpus', async () => {
    const { loadSource, syntheticChunks } = await import('../bench/corpus.js');
    const docs = syntheticChunks(await loadSource(), 1500, 7).map((c) => ({ id: c.id, terms: analyseChunk(c.text, c.metadata.lang) }));
    const index = LexicalIndex.fromBytes(await build(docs).toBytes());
    // Queries of 2–8 keys drawn from the chunks themselves: common concepts and rare words mixed.
    let seed = 1;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let q = 0; q < 25; q++) {
      const keys = Array.from({ length: 2 + Math.floor(rand() * 7) }, () => {
        const d = docs[Math.floor(rand() * docs.length)]!;
        return d.terms.keys[Math.floor(rand() * d.terms.keys.length)]!;
      });
      const query = new Map(keys.map((key, i) => [key, i % 3 === 2 ? 0.8 : 1]));
      const want = referenceBm25(docs, query).slice(0, 30);
      const got = index.search(query, 30);
      expect(got.map((h) => h.id)).toEqual(want.map((h) => h.id));
      got.forEach((h, i) => expect(h.score).toBe(want[i]!.score));
    }
  });

  it('returns exactly the textbook top k over many thousand rows: loaded, added since and removed', async () => {
    // Short synthetic chunks of a small vocabulary (every key common, as in a large corpus about one subject):
    // the search visits the rows a window of 4,096 at a time, and the base and added postings in each.
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const vocabulary = Array.from({ length: 60 }, (_, i) => `w:k${i}`);
    const doc = (id: string) => ({ id, terms: { keys: Array.from({ length: 3 + Math.floor(rand() * 12) }, () => vocabulary[Math.floor(rand() ** 2 * vocabulary.length)]!), words: [] } });
    const loaded = Array.from({ length: 9000 }, (_, i) => doc(`a#${i}`));
    const index = LexicalIndex.fromBytes(await build(loaded).toBytes());
    const added = Array.from({ length: 5000 }, (_, i) => doc(`b#${i}`));
    for (const d of added) index.add(d.id, d.terms);
    const removed = new Set([...loaded, ...added].filter(() => rand() < 0.05).map((d) => d.id));
    for (const d of [...loaded, ...added]) if (removed.has(d.id)) index.remove(d.id, d.terms);
    const live = [...loaded, ...added].filter((d) => !removed.has(d.id));
    for (let q = 0; q < 12; q++) {
      const query = new Map(Array.from({ length: 2 + Math.floor(rand() * 8) }, (_, i) => [vocabulary[Math.floor(rand() * vocabulary.length)]!, i % 3 === 2 ? 0.8 : 1] as const));
      const want = referenceBm25(live, query).slice(0, 30);
      const got = index.search(query, 30);
      expect(got.map((h) => h.score)).toEqual(want.map((h) => h.score));
      // Equal scores: the index breaks ties by key order then row, the reference keeps the input order; compare as sets.
      expect(new Set(got.map((h) => h.id))).toEqual(new Set(want.map((h) => h.id)));
    }
  });

  it('updated in place and reloaded, answers exactly as one built from scratch', async () => {
    const [removedA, removedB, ...rest] = chunks;
    const index = build(chunks);
    index.remove(removedA!.id, removedA!.terms);
    index.remove(removedB!.id, removedB!.terms);
    const extra = { id: 'new.txt#0', terms: analyseChunk('Tokayev met Lutnick in Washington to sign a memorandum on critical minerals.', 'en') };
    index.add(extra.id, extra.terms);
    const reloaded = LexicalIndex.fromBytes(await index.toBytes());
    const fresh = build([...rest, extra]);
    for (const candidate of [index, reloaded]) {
      expect(candidate.size).toBe(fresh.size);
      for (const query of queries) {
        const sorted = (hits: Array<{ id: string; score: number }>) => hits.map((h) => `${h.id} ${h.score.toFixed(9)}`).sort();
        expect(sorted(candidate.search(query, 50))).toEqual(sorted(fresh.search(query, 50)));
        for (const key of query.keys()) expect(candidate.idf(key)).toBeCloseTo(fresh.idf(key), 12);
      }
      expect(candidate.termSet(extra.id)).toEqual(new Set(extra.terms.keys));
      expect(candidate.termSet(removedA!.id)).toBeUndefined();
      expect(candidate.has('w:lutnik') || candidate.has('w:lutnic')).toBe(true);
    }
    // A second round of changes on the reloaded index, saved again.
    reloaded.remove(extra.id, extra.terms);
    const again = LexicalIndex.fromBytes(await reloaded.toBytes());
    expect(again.size).toBe(rest.length);
    expect(again.search(queries[0]!, 5)).toEqual(build(rest).search(queries[0]!, 5));
  });

  it('compacts when many chunks were removed, and still agrees with a fresh build', async () => {
    const index = build(chunks);
    const kept = chunks.filter((_, i) => i % 3 === 0);
    for (const [i, d] of chunks.entries()) if (i % 3 !== 0) index.remove(d.id, d.terms);
    const bytes = await index.toBytes();
    expect(bytes.length).toBeLessThan((await build(chunks).toBytes()).length);
    const reloaded = LexicalIndex.fromBytes(bytes);
    const fresh = build(kept);
    for (const query of queries) expect(reloaded.search(query, 20)).toEqual(fresh.search(query, 20));
    const words = (i: LexicalIndex, name: string) => i.similarWords(name, stemOf(name), 0.6).map((m) => `${m.word} ${m.key} ${m.sim}`).sort();
    for (const name of ['tokaiev', 'vabtek', 'gor']) expect(words(reloaded, name)).toEqual(words(fresh, name));
  });

  it('finds name variants through the trigram index exactly as a scan of the vocabulary would', async () => {
    const index = LexicalIndex.fromBytes(await build(chunks).toBytes());
    for (const name of ['tokaiev', 'tokaev', 'gor', 'lutnik', 'vabtek', 'kazahstan', 'trumpa', 'zzzq']) {
      const got = index.similarWords(name, stemOf(name), 0.6).map((m) => m.word).sort();
      expect(got, name).toEqual(referenceVariants(chunks, name, 0.6));
    }
  });

  it('shortlists through the trigram index every word a typo or a clipped word may mean, and finds compound heads as a scan would', async () => {
    const index = LexicalIndex.fromBytes(await build(chunks).toBytes());
    const vocabulary = new Map<string, string>();
    for (const [word, , stem] of chunks.flatMap((d) => d.terms.words)) if (!vocabulary.has(word)) vocabulary.set(word, stem);
    const words = [...vocabulary.keys()].filter((_, i) => i % 11 === 0);
    // Typos of corpus words: a letter dropped, two swapped, one replaced, two replaced; and clipped words.
    const probes = words.flatMap((w) => [w.slice(0, 2) + w.slice(3), w.slice(0, 1) + w[2] + w[1] + w.slice(3), w.slice(0, 3) + 'q' + w.slice(4), `x${w.slice(1, 4)}y${w.slice(5)}`, w.slice(0, 4)]);
    for (const probe of probes.filter((p) => p.length >= 4)) {
      const max = probe.length >= 8 ? 2 : probe.length >= 5 ? 1 : 0;
      const near = new Set(index.nearWords(probe).map((m) => m.word));
      for (const word of vocabulary.keys()) {
        if (word.startsWith(probe) || distance(probe, word) <= max) expect(near.has(word), `${probe} ~ ${word}`).toBe(true);
      }
    }
    for (const w of words) {
      const stem = `megaklinik${vocabulary.get(w)!}`;
      const scan = [...vocabulary].filter(([, s]) => s.length >= 5 && stem.length > s.length + 2 && stem.endsWith(s)).map(([word]) => word);
      const keyOf = new Map(chunks.flatMap((d) => d.terms.words).reverse().map(([word, key]) => [word, key]));
      expect(index.compoundHeads(stem, 5), stem).toEqual(scan.map((word) => keyOf.get(word)));
    }
  });

  it('forgets the words of removed chunks', () => {
    const index = new LexicalIndex();
    index.add('a#0', analyseChunk('Wabtec delivers locomotives.', 'en'));
    index.add('b#0', analyseChunk('Boeing delivers aircraft.', 'en'));
    expect(index.similarWords('vabtek', stemOf('vabtek'), 0.6).length).toBeGreaterThan(0);
    index.remove('a#0', analyseChunk('Wabtec delivers locomotives.', 'en'));
    expect(index.similarWords('vabtek', stemOf('vabtek'), 0.6)).toEqual([]);
    expect(index.has('w:vabtek')).toBe(false);
  });

  it('rejects a file that is not a lexical index or is cut short', async () => {
    const bytes = await build(chunks.slice(0, 5)).toBytes();
    expect(() => LexicalIndex.fromBytes(new Uint8Array(100))).toThrow(/not a lexical index/);
    expect(() => LexicalIndex.fromBytes(bytes.subarray(0, bytes.length - 64))).toThrow(/truncated/);
  });
});
