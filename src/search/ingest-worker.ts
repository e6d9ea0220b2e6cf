/**
 * An ingest worker thread (see ingest-pool.ts): reads and parses seed files, and embeds and analyses
 * chunks with the built-in embedder, for the thread that builds the index. Pure functions of what it
 * is sent, so any worker gives the answer the main thread would.
 */
import { readFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { readDocument, UnreadableDocument } from '../corpus/load.js';
import { LANGS, type Lang } from '../language/lang.js';
import { splitSentences } from '../language/sentences.js';
import { embedAndAnalyseChunk, TermsEncoder } from './chunk-analysis.js';
import { LexicalEmbeddings } from './embeddings.js';
import type { ChunkTerms } from './lexical-index.js';

export type IngestRequest =
  | { id: number; type: 'read'; path: string; name: string }
  | { id: number; type: 'sentences'; text: string; lang: Lang }
  | { id: number; type: 'analyse'; texts: string[]; langs: Lang[] };

const { dims, nice } = workerData as { dims: number; nice: number };
const embeddings = new LexicalEmbeddings(dims);
// This thread only (Linux nice values are per thread): the thread that answers keeps the CPU first.
if (nice) {
  try {
    setPriority(0, nice);
  } catch {
    /* not permitted here: the default priority */
  }
}
const port = parentPort!;
const encoder = new TermsEncoder();

port.on('message', (msg: IngestRequest) => {
  void (async () => {
    try {
      if (msg.type === 'read') {
        const doc = await readDocument(msg.name, await readFile(msg.path));
        port.postMessage({ id: msg.id, doc });
      } else if (msg.type === 'sentences') {
        // Start and end of each sentence, in pairs.
        const spans = Uint32Array.from(splitSentences(msg.text, msg.lang).flatMap((s) => [s.start, s.end]));
        port.postMessage({ id: msg.id, spans }, [spans.buffer]);
      } else {
        const vectors = new Float32Array(msg.texts.length * dims);
        const terms: ChunkTerms[] = [];
        msg.texts.forEach((text, i) => {
          const analysed = embedAndAnalyseChunk(embeddings, text, msg.langs[i]!);
          vectors.set(analysed.vector, i * dims);
          terms.push(analysed.terms);
        });
        const encoded = encoder.encode(terms);
        port.postMessage({ id: msg.id, vectors, encoded }, [vectors.buffer, encoded.keyOff.buffer, encoded.keyIds.buffer, encoded.wordOff.buffer, encoded.wordIds.buffer]);
      }
    } catch (error) {
      port.postMessage({ id: msg.id, error: error instanceof Error ? error.message : String(error), unreadable: error instanceof UnreadableDocument });
    }
  })();
});
// The analysis builds its tables (lexicon, stemmers, stop words) on first use: built now, so the first
// request (an upload's first slice, which the main thread waits for) costs only its own chunks.
for (const lang of LANGS) {
  const text = 'Kazakhstan and the USA signed agreements. Казахстан и США подписали соглашения.';
  splitSentences(text, lang);
  embedAndAnalyseChunk(embeddings, text, lang);
}
port.postMessage({ ready: true });
