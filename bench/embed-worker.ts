/**
 * Worker thread for the index bench: embeds the texts it is given with LexicalEmbeddings (CPU-bound
 * JavaScript, so the bench spreads the large corpus over the cores) and posts back the vectors.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LexicalEmbeddings } from '../src/search/embeddings.js';

const { texts, dims } = workerData as { texts: string[]; dims: number };
const embedder = new LexicalEmbeddings(dims);
const started = performance.now();
const vectors = new Float32Array(texts.length * dims);
texts.forEach((text, i) => vectors.set(embedder.embedText(text), i * dims));
const ms = performance.now() - started;
parentPort!.postMessage({ vectors, ms }, [vectors.buffer]);
