/**
 * Child process for the index bench: loads a saved HnswStore generation from disk in a fresh process,
 * answers the query vectors in a file, and prints one JSON line: load time, time from process start to
 * ready, query p50, and resident memory (current and peak).
 *
 *   node --import tsx bench/load-child.ts <dir> <files-json> <params-json> <dims> <queries.bin>
 */
import { readFile } from 'node:fs/promises';
import { LexicalEmbeddings } from '../src/search/embeddings.js';
import { HnswStore, type HnswParams, type StoreFiles } from '../src/search/hnsw-store.js';
import { IndexFiles } from '../src/search/index-files.js';

const [dir, filesJson, paramsJson, dimsText, queryFile] = process.argv.slice(2);
const dims = Number(dimsText);
const files = JSON.parse(filesJson!) as StoreFiles;
const params = JSON.parse(paramsJson!) as HnswParams;

const started = performance.now();
const store = await HnswStore.loadFiles(new IndexFiles({ dir: dir! }), files, new LexicalEmbeddings(dims), { dims, params });
const loadMs = performance.now() - started;
const readyMs = performance.now(); // performance.now() counts from process start (timeOrigin)

const raw = new Float32Array((await readFile(queryFile!)).buffer.slice(0));
const times: number[] = [];
for (let o = 0; o < raw.length; o += dims) {
  const q = Array.from(raw.subarray(o, o + dims));
  const t = performance.now();
  await store.similaritySearchVectorWithScore(q, 10);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const mem = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    load_ms: loadMs,
    ready_ms: readyMs,
    query_p50_ms: times[Math.floor(times.length / 2)] ?? 0,
    size: store.size,
    rss_mb: mem.rss / 1024 / 1024,
    max_rss_mb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
