/**
 * Section 5 — the whole engine as users run it, at scale: a seeds folder of real files on disk
 * (synthetic articles from bench/corpus.ts, one file of CHUNKS_PER_FILE paragraphs each, plus the five
 * real seeds) at each size, then in fresh child processes (bench/scale-child.ts):
 *
 *  - ingest: createEngine from an empty index folder (what `npm run ingest` does), wall time, chunks/s, peak RSS;
 *  - serve: createEngine with the index built (start), warm answers over mixed questions (the golden
 *    questions in five languages and held-out synthetic questions), RSS, then one ~1 MB document added
 *    through engine.addDocument (an admin upload) while monitorEventLoopDelay watches the event loop
 *    and other questions keep being asked; at the largest size also how often the hybrid top-6 is the
 *    same with the store's search (as served, and through the HNSW graph alone) as with exact dense search
 *    (hnswlib's BruteforceSearch), over every golden question.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHUNKS_PER_FILE, loadSource, SEEDS_DIR, syntheticChunk, syntheticQueries, type SyntheticSource } from './corpus.js';
import { lastJsonLine, note, round, runChild, tsxNodeArgs } from './util.js';

export interface ScaleOptions {
  /** Target corpus sizes in chunks, ascending (each corpus is a prefix of the next). */
  sizes: number[];
  /** Held-out synthetic questions mixed with the golden ones. */
  synthetic: number;
  /** Timed passes over the questions (after one warm-up pass). */
  passes: number;
  /** Size of the document added while serving (1 MB unless a smoke test asks for less). */
  uploadBytes: number;
  /**
   * The top-6 agreement of HNSW and exact search at the largest size: over every golden file ('all', 332 questions,
   * where 62 give too coarse a share), over the timed golden questions ('timed', a smoke test's shape check) or not.
   */
  agreement: 'all' | 'timed' | 'off';
  seed: number;
}

export interface ScaleFigures {
  files: number;
  chunks: number;
  ingest_s: number;
  ingest_chunks_per_s: number;
  /** CPU time of the ingest process, and chunks per CPU second: what a machine to itself would give. */
  ingest_cpu_s: number;
  ingest_chunks_per_cpu_s: number;
  ingest_peak_rss_mb: number;
  /** createEngine with the index built, inside the serving process. */
  start_ms: number;
  /** Process spawn → engine ready (node + tsx start-up and module import included). */
  start_process_ms: number;
  start_cpu_ms: number;
  questions: number;
  answer_p50_ms: number;
  answer_p95_ms: number;
  /** CPU time per answer (mean over the timed passes). */
  answer_cpu_mean_ms: number;
  /** RSS of the serving process after start and the warm answers. */
  rss_mb: number;
  add_1mb_ms: number;
  add_1mb_cpu_ms: number;
  add_1mb_chunks: number;
  /** Longest event-loop stall while the ~1 MB document was chunked, embedded and indexed. */
  add_1mb_max_stall_ms: number;
  /** Questions answered by the same process while the document was being indexed, and their slowest answer. */
  answers_during_add: number;
  answer_during_add_max_ms: number;
  /** Golden questions compared for the agreement below; 0 when not measured. */
  top6_questions: number;
  /**
   * Share of those questions whose hybrid top-6 (ids in order) is the same with the store's search as served (the
   * exact column scan where it applies, else the HNSW graph) as with exhaustive dense search; -1 when not measured.
   */
  top6_same_share: number;
  top6_same_set_share: number;
  /** The same through the HNSW graph alone (the scan switched off): what the index's approximation costs. */
  top6_graph_same_share: number;
  top6_graph_same_set_share: number;
  /** Share of the questions whose graph search the retriever ran again wider (it went astray), graph alone. */
  top6_graph_widened_share: number;
}

/** An article file: a title line, then its chunks as paragraphs. */
function articleText(source: SyntheticSource, article: number, seed: number): string {
  const chunks = Array.from({ length: CHUNKS_PER_FILE }, (_, i) => syntheticChunk(source, article * CHUNKS_PER_FILE + i, seed));
  const { title } = chunks[0]!.metadata;
  return `${title} (${article})\n\n${chunks.map((c) => c.text).join('\n\n')}\n`;
}

/** Writes synthetic article files into `seeds` until about `size` chunks; returns the files and the running estimate. */
export async function writeArticles(source: SyntheticSource, seeds: string, size: number, seed: number, from = { files: 0, chunks: 30 }): Promise<{ files: number; chunks: number }> {
  let { files, chunks } = from;
  // The chunker re-cuts articles (chunks overlap), so files are written until the estimate is reached.
  const perFile = CHUNKS_PER_FILE * 1.1;
  const writes: Promise<void>[] = [];
  while (chunks < size) {
    writes.push(writeFile(path.join(seeds, `synthetic_${String(files).padStart(6, '0')}.txt`), articleText(source, files, seed)));
    files++;
    chunks += perFile;
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  return { files, chunks };
}

/** About 1 MB (just under the upload limit) of article text. */
export function megabyteText(source: SyntheticSource, seed: number, size = 1024 * 1024): Buffer {
  const parts: string[] = [];
  let bytes = 0;
  for (let a = 1_000_000; bytes < size; a++) {
    const text = articleText(source, a, seed);
    parts.push(text);
    bytes += Buffer.byteLength(text);
  }
  let buf = Buffer.from(parts.join('\n'));
  buf = buf.subarray(0, Math.min(size, 1024 * 1024) - 16);
  // Cut at a line break so no UTF-8 sequence is split.
  return buf.subarray(0, buf.lastIndexOf(0x0a) + 1);
}

interface IngestChild {
  ms: number;
  cpu_ms: number;
  chunks: number;
  documents: number;
  max_rss_mb: number;
}

type ServeChild = Omit<ScaleFigures, 'files' | 'ingest_s' | 'ingest_chunks_per_s' | 'ingest_cpu_s' | 'ingest_chunks_per_cpu_s' | 'ingest_peak_rss_mb' | 'questions' | 'chunks'> & { questions: number; chunks: number };

export async function benchEngineScale(options: ScaleOptions): Promise<Record<string, ScaleFigures>> {
  const dir = path.join(os.tmpdir(), `kzbot-bench-scale-${process.pid}`);
  const seeds = path.join(dir, 'seeds');
  await rm(dir, { recursive: true, force: true });
  await mkdir(seeds, { recursive: true });
  await cp(SEEDS_DIR, seeds, { recursive: true });
  const source = await loadSource();
  const upload = path.join(dir, 'upload.txt');
  await writeFile(upload, megabyteText(source, options.seed, options.uploadBytes));
  const largest = Math.max(...options.sizes);
  const questions = path.join(dir, 'questions.json');
  await writeFile(questions, JSON.stringify(syntheticQueries(source, options.synthetic, largest, options.seed, 4242).filter((_, i) => i % 10 !== 0)));

  const child = path.join(import.meta.dirname, 'scale-child.ts');
  const env = (index: string): NodeJS.ProcessEnv => ({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SEEDS_DIR: seeds,
    INDEX_DIR: index,
    FEEDBACK_DB: path.join(dir, 'feedback.sqlite'),
    LOG_LEVEL: 'warn',
    OPENAI_API_KEY: '',
    TELEGRAM_BOT_TOKEN: '',
  });

  const result: Record<string, ScaleFigures> = {};
  let written = { files: 0, chunks: 30 }; // the real seeds hold about 28 chunks
  for (const size of options.sizes) {
    written = await writeArticles(source, seeds, size, options.seed, written);
    const files = written.files;
    const index = path.join(dir, `index-${size}`);
    note(`scale ${size}: ingest of ${files + 5} files into an empty index`);
    const ingest = lastJsonLine<IngestChild>(await runChild(process.execPath, tsxNodeArgs(child, ['ingest']), { env: env(index), timeoutMs: 3_600_000 }), 'scale ingest child');
    note(`scale ${size}: ${ingest.chunks} chunks in ${(ingest.ms / 1000).toFixed(1)} s (${Math.round(ingest.chunks / (ingest.ms / 1000))} chunks/s, peak RSS ${ingest.max_rss_mb.toFixed(0)} MB); serving`);
    const args = ['serve', questions, upload, String(options.passes), size === largest ? options.agreement : 'off'];
    const serve = lastJsonLine<ServeChild>(await runChild(process.execPath, tsxNodeArgs(child, args), { env: env(index), timeoutMs: 3_600_000 }), 'scale serve child');
    note(
      `scale ${size}: start ${serve.start_ms.toFixed(0)} ms, answer p50 ${serve.answer_p50_ms.toFixed(2)} / p95 ${serve.answer_p95_ms.toFixed(2)} ms, RSS ${serve.rss_mb.toFixed(0)} MB, ` +
        `1 MB add ${serve.add_1mb_ms.toFixed(0)} ms (max stall ${serve.add_1mb_max_stall_ms.toFixed(0)} ms)`,
    );
    result[`scale_${size >= 1000 ? `${size / 1000}k` : size}`] = {
      files: ingest.documents,
      chunks: ingest.chunks,
      ingest_s: round(ingest.ms / 1000, 2),
      ingest_chunks_per_s: round(ingest.chunks / (ingest.ms / 1000), 0),
      ingest_cpu_s: round(ingest.cpu_ms / 1000, 2),
      ingest_chunks_per_cpu_s: round(ingest.chunks / (ingest.cpu_ms / 1000), 0),
      ingest_peak_rss_mb: round(ingest.max_rss_mb, 0),
      start_ms: round(serve.start_ms, 0),
      start_process_ms: round(serve.start_process_ms, 0),
      start_cpu_ms: round(serve.start_cpu_ms, 0),
      questions: serve.questions,
      answer_p50_ms: round(serve.answer_p50_ms, 2),
      answer_p95_ms: round(serve.answer_p95_ms, 2),
      answer_cpu_mean_ms: round(serve.answer_cpu_mean_ms, 2),
      rss_mb: round(serve.rss_mb, 0),
      add_1mb_ms: round(serve.add_1mb_ms, 0),
      add_1mb_cpu_ms: round(serve.add_1mb_cpu_ms, 0),
      add_1mb_chunks: serve.add_1mb_chunks,
      add_1mb_max_stall_ms: round(serve.add_1mb_max_stall_ms, 1),
      answers_during_add: serve.answers_during_add,
      answer_during_add_max_ms: round(serve.answer_during_add_max_ms, 1),
      top6_questions: serve.top6_questions,
      top6_same_share: round(serve.top6_same_share, 4),
      top6_same_set_share: round(serve.top6_same_set_share, 4),
      top6_graph_same_share: round(serve.top6_graph_same_share, 4),
      top6_graph_same_set_share: round(serve.top6_graph_same_set_share, 4),
      top6_graph_widened_share: round(serve.top6_graph_widened_share, 4),
    };
    await rm(index, { recursive: true, force: true });
    await rm(path.join(seeds, 'upload_1mb.txt'), { force: true });
  }
  await rm(dir, { recursive: true, force: true });
  return result;
}
