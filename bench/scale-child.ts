/**
 * Child process for the scale section (bench/engine-scale.ts); SEEDS_DIR and INDEX_DIR come from the
 * environment. Prints one JSON line.
 *
 *   node --import tsx bench/scale-child.ts ingest
 *   node --import tsx bench/scale-child.ts serve <questions.json> <upload.txt> <passes> <agreement|no-agreement>
 */
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createEngine } from '../src/answer/engine.js';
import { loadConfig } from '../src/config.js';
import { detectLanguage } from '../src/language/detect.js';
import { createClients } from '../src/answer/clients.js';
import { loadCommittedIndex } from '../src/search/indexer.js';
import { HybridRetriever } from '../src/search/retriever.js';
import { loadGolden } from './corpus.js';
import { exactSearchOf } from './exact-store.js';
import { percentile } from './util.js';

const [mode, questionsFile, uploadFile, passesText, agreementFlag] = process.argv.slice(2);
const config = loadConfig();
const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
/** CPU time of this process (all threads) since `from`, in ms: on a shared machine, less noisy than wall time. */
const cpuMs = (from?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

if (mode === 'ingest') {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const engine = await createEngine(config, {}, { whenLocked: 'wait' });
  const ms = performance.now() - started;
  const { documents, chunks } = engine.describe();
  print({ ms, cpu_ms: cpuMs(cpu), documents, chunks, max_rss_mb: process.resourceUsage().maxRSS / 1024 });
  process.exit(0);
}

const started = performance.now();
const startCpu = process.cpuUsage();
const engine = await createEngine(config);
const startMs = performance.now() - started;
const startCpuMs = cpuMs(startCpu);
const startProcessMs = performance.now(); // performance.now() counts from process start

const golden = loadGolden().map((g) => g.q);
const questions = [...golden, ...(JSON.parse(await readFile(questionsFile!, 'utf8')) as string[])];
for (const q of questions) await engine.ask(q); // warm-up pass
const ms: number[] = [];
const answerCpu = process.cpuUsage();
for (let pass = 0; pass < Number(passesText); pass++) {
  for (const q of questions) {
    const t = performance.now();
    await engine.ask(q);
    ms.push(performance.now() - t);
  }
}
const answerCpuMs = cpuMs(answerCpu) / ms.length;
const rssMb = process.memoryUsage().rss / 1024 / 1024;

// One ~1 MB document added as an admin upload would be, while another chat keeps asking.
const bytes = await readFile(uploadFile!);
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
let adding = true;
const during: number[] = [];
const asker = (async () => {
  for (let i = 0; adding; i++) {
    const t = performance.now();
    await engine.ask(golden[i % golden.length]!);
    if (adding) during.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
})();
const addStarted = performance.now();
const addCpu = process.cpuUsage();
const info = await engine.addDocument('upload_1mb.txt', bytes);
const addMs = performance.now() - addStarted;
const addCpuMs = cpuMs(addCpu);
adding = false;
delay.disable();
await asker;

// How often the approximate index changes the final hybrid top-6, against exact dense search.
let same = -1;
let sameSet = -1;
let widened = -1;
if (agreementFlag === 'agreement') {
  const { embedder } = await createClients(config);
  const loaded = (await loadCommittedIndex(config.INDEX_DIR, embedder, { seedsDir: config.SEEDS_DIR }))!;
  const { store, lexical } = loaded;
  const exact = exactSearchOf(store);
  // Counts the graph searches the retriever runs again wider (its self-check, HybridRetriever.denseCandidates).
  let wider = 0;
  const nearest = store.nearest.bind(store);
  store.nearest = (query, k, options) => {
    if ((options?.widen ?? 1) > 1) wider++;
    return nearest(query, k, options);
  };
  const approximate = new HybridRetriever(store, lexical);
  const exhaustive = new HybridRetriever(exact, lexical);
  let n = 0;
  let ordered = 0;
  let sets = 0;
  for (const q of golden) {
    const lang = detectLanguage(q, 'en');
    const a = (await approximate.retrieve(q, lang)).hits.map((h) => h.chunk.id);
    const b = (await exhaustive.retrieve(q, lang)).hits.map((h) => h.chunk.id);
    n++;
    if (a.join('\n') === b.join('\n')) ordered++;
    if (a.length === b.length && a.every((id) => b.includes(id))) sets++;
  }
  same = ordered / n;
  sameSet = sets / n;
  widened = wider / n;
}

print({
  chunks: engine.describe().chunks,
  start_ms: startMs,
  start_cpu_ms: startCpuMs,
  answer_cpu_mean_ms: answerCpuMs,
  add_1mb_cpu_ms: addCpuMs,
  start_process_ms: startProcessMs,
  questions: questions.length,
  answer_p50_ms: percentile(ms, 50),
  answer_p95_ms: percentile(ms, 95),
  rss_mb: rssMb,
  add_1mb_ms: addMs,
  add_1mb_chunks: info.chunks,
  add_1mb_max_stall_ms: delay.max / 1e6,
  answers_during_add: during.length,
  answer_during_add_max_ms: during.length ? Math.max(...during) : 0,
  top6_same_share: same,
  top6_same_set_share: sameSet,
  top6_widened_share: widened,
});
process.exit(0);
