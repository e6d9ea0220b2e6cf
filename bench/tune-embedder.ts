/**
 * How the offline embedder's shape changes HNSW recall at scale (issue 13: "fewer but more meaningful
 * features, or another dimension"). For each variant (dimensions : trigram weight) it embeds the
 * synthetic corpus of bench/corpus.ts, builds an hnswlib graph with the default parameters, and prints
 * recall@10 on held-out synthetic queries and on the golden questions, recall@30 on the golden questions
 * (the depth the retriever fuses), query p50 at two efSearch values, and the contrast of the exact
 * scores (how far the 1st and the 30th neighbour stand above the 300th). Slow (minutes per variant at
 * 100k on 2 cores); not part of `npm run bench`.
 *
 *   npx tsx bench/tune-embedder.ts [--size=100000] [--variants=256:0.35,256:0,512:0.35] [--queries=300]
 */
import hnswlib from 'hnswlib-node';
import { DEFAULT_HNSW } from '../src/search/hnsw-store.js';
import { LexicalEmbeddings } from '../src/search/embeddings.js';
import { loadGolden, loadSource, syntheticChunks, syntheticQueries } from './corpus.js';
import { percentile } from './util.js';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const size = Number(arg('size', '100000'));
const variants = arg('variants', '256:0.35,256:0,512:0.35').split(',').map((v) => v.split(':').map(Number) as [number, number]);
const queryCount = Number(arg('queries', '300'));
const efs = [128, 480];

const source = await loadSource();
const chunks = syntheticChunks(source, size);
const synthetic = syntheticQueries(source, queryCount, size).filter((_, i) => i % 10 !== 0);
const golden = loadGolden().map((g) => g.q);

/** Exact top k by dot product over unit rows (the query is normalised here). */
function exactTopK(matrix: Float32Array, dims: number, query: number[], k: number): Array<{ id: number; score: number }> {
  const q = Float32Array.from(query);
  const top: Array<{ id: number; score: number }> = [];
  for (let i = 0, o = 0; o < matrix.length; i++, o += dims) {
    let s = 0;
    for (let j = 0; j < dims; j++) s += matrix[o + j]! * q[j]!;
    if (top.length < k || s > top[top.length - 1]!.score) {
      top.push({ id: i, score: s });
      top.sort((a, b) => b.score - a.score);
      if (top.length > k) top.pop();
    }
  }
  return top;
}

console.log(`size ${size}, ${synthetic.length} synthetic + ${golden.length} golden queries, M=${DEFAULT_HNSW.m} efConstruction=${DEFAULT_HNSW.efConstruction}`);
for (const [dims, trigramWeight] of variants) {
  const embedder = new LexicalEmbeddings(dims, { trigramWeight });
  let started = performance.now();
  const matrix = new Float32Array(size * dims);
  chunks.forEach((c, i) => matrix.set(embedder.embedText(c.text, c.metadata.lang), i * dims));
  const embedS = (performance.now() - started) / 1000;
  const index = new hnswlib.HierarchicalNSW('cosine', dims);
  index.initIndex({ maxElements: size, m: DEFAULT_HNSW.m, efConstruction: DEFAULT_HNSW.efConstruction, randomSeed: 42 });
  started = performance.now();
  for (let i = 0; i < size; i++) index.addPoint(Array.from(matrix.subarray(i * dims, (i + 1) * dims)), i);
  const buildS = (performance.now() - started) / 1000;
  const embed = (texts: string[]) => texts.map((t) => embedder.embedText(t));
  const sets = { synthetic: embed(synthetic), golden: embed(golden) };
  const truth = Object.fromEntries(Object.entries(sets).map(([name, qs]) => [name, qs.map((q) => exactTopK(matrix, dims, q, 300))])) as Record<keyof typeof sets, Array<Array<{ id: number; score: number }>>>;
  const contrast = (name: keyof typeof sets, at: number) => percentile(truth[name].map((t) => t[at]!.score - t[299]!.score), 50);
  const row: string[] = [`${dims}-d, trigrams ${trigramWeight}: embed ${embedS.toFixed(0)} s, build ${buildS.toFixed(0)} s`];
  row.push(`contrast golden s1-s300 ${contrast('golden', 0).toFixed(3)}, s30-s300 ${contrast('golden', 29).toFixed(3)}`);
  for (const ef of efs) {
    index.setEf(ef);
    const recall = (name: keyof typeof sets, k: number) => {
      let hit = 0;
      const ms: number[] = [];
      sets[name].forEach((q, i) => {
        const t = performance.now();
        const got = index.searchKnn(q, k).neighbors;
        ms.push(performance.now() - t);
        const want = new Set(truth[name][i]!.slice(0, k).map((x) => x.id));
        hit += got.filter((id) => want.has(id)).length;
      });
      return { recall: hit / (k * sets[name].length), p50: percentile(ms, 50) };
    };
    const s10 = recall('synthetic', 10);
    const g10 = recall('golden', 10);
    const g30 = recall('golden', 30);
    row.push(`ef ${ef}: recall@10 ${s10.recall.toFixed(3)} (p50 ${s10.p50.toFixed(2)} ms), golden recall@10 ${g10.recall.toFixed(3)}, recall@30 ${g30.recall.toFixed(3)} (p50 ${g30.p50.toFixed(2)} ms)`);
  }
  console.log(row.join('\n  '));
}
