/**
 * HNSW parameter sweep behind the choice in bench/run.ts (BENCH_HNSW), kept so it can be re-run:
 *
 *   npx tsx bench/tune-hnsw.ts [--size=100000] [--grid=16:100,24:100,32:100,16:200] [--queries=300]
 *
 * Embeds the synthetic corpus once (cached in the OS temp folder by size and seed), builds one raw
 * hnswlib index per M:efConstruction pair and prints recall@10 (vs exact cosine) and query p50 for a
 * range of efSearch values. Slow at 100k (one build is 1–2.5 minutes on 2 cores): not part of `npm run bench`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import hnswlib from 'hnswlib-node';
import { LexicalEmbeddings } from '../src/search/embeddings.js';
import { loadSource, syntheticChunks, syntheticQueries } from './corpus.js';
import { DIMS, embedInWorkers, exactTopK, normaliseRows } from './index-scale.js';
import { percentile } from './util.js';

const arg = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const size = Number(arg('size', '100000'));
const grid = arg('grid', '16:100,24:100,32:100,16:200').split(',').map((p) => p.split(':').map(Number) as [number, number]);
const queryCount = Number(arg('queries', '300'));
const efs = [32, 64, 96, 128, 160, 200, 300, 400];

const source = await loadSource();
const cache = path.join(os.tmpdir(), `kzbot-tune-${size}-seed1.f32`);
let base: Float32Array;
if (existsSync(cache)) base = new Float32Array(readFileSync(cache).buffer.slice(0));
else {
  process.stderr.write(`embedding ${size} chunks (cached in ${cache})\n`);
  base = (await embedInWorkers(syntheticChunks(source, size).map((c) => c.text), Math.min(2, os.cpus().length))).vectors;
  writeFileSync(cache, base);
}
normaliseRows(base);
const embedder = new LexicalEmbeddings(DIMS);
const queries = syntheticQueries(source, queryCount, size).map((q) => embedder.embedText(q));
const exact: number[] = [];
const truth = queries.map((q) => {
  const t = performance.now();
  const ids = exactTopK(base, size, normaliseRows(Float32Array.from(q)), 10);
  exact.push(performance.now() - t);
  return new Set(ids);
});
console.log(`size ${size}, ${queryCount} queries, exact p50 ${percentile(exact, 50).toFixed(2)} ms`);

for (const [m, efConstruction] of grid) {
  const index = new hnswlib.HierarchicalNSW('cosine', DIMS);
  index.initIndex({ maxElements: size, m, efConstruction, randomSeed: 42 });
  const started = performance.now();
  for (let i = 0; i < size; i++) index.addPoint(Array.from(base.subarray(i * DIMS, (i + 1) * DIMS)), i);
  const buildS = (performance.now() - started) / 1000;
  const cells = efs.map((ef) => {
    index.setEf(ef);
    let hit = 0;
    const ms = queries.map((q, i) => {
      const t = performance.now();
      const r = index.searchKnn(q, 10);
      const elapsed = performance.now() - t;
      hit += r.neighbors.filter((n) => truth[i]!.has(n)).length;
      return elapsed;
    });
    return `ef${ef} ${(hit / (queries.length * 10)).toFixed(3)}@${percentile(ms, 50).toFixed(2)}ms`;
  });
  console.log(`M=${m} efC=${efConstruction} build ${buildS.toFixed(1)} s | ${cells.join(' | ')}`);
}
