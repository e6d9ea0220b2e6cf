/**
 * Child process for the scale section (bench/engine-scale.ts); SEEDS_DIR and INDEX_DIR come from the
 * environment. Prints one JSON line.
 *
 *   node --import tsx bench/scale-child.ts ingest
 *   node --import tsx bench/scale-child.ts serve <questions.json> <upload.txt> <passes> <all|timed|off>
 */
import { readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createEngine } from '../src/answer/engine.js';
import { loadConfig } from '../src/config.js';
import { detectLanguage } from '../src/language/detect.js';
import { createClients } from '../src/answer/clients.js';
import { loadCommittedIndex } from '../src/search/indexer.js';
import type { HnswStore } from '../src/search/hnsw-store.js';
import type { LexicalIndex } from '../src/search/lexical-index.js';
import { HybridRetriever } from '../src/search/retriever.js';
import { ALL_GOLDEN_FILES, loadGolden } from './corpus.js';
import { exactSearchOf } from './exact-store.js';
import { percentile } from './util.js';

const [mode, questionsFile, uploadFile, passesText, agreementFlag] = process.argv.slice(2);

interface Agreement {
  /** Shares of questions whose top-6 ids are the same in order, and as a set; -1 when not measured. */
  same: number;
  sameSet: number;
  /** Share of questions whose graph search the retriever ran again wider (its self-check, HybridRetriever.denseCandidates). */
  widened: number;
  questions: number;
}

/** The retriever over `store` against the same retriever over `exact`, question by question. */
async function agree(store: HnswStore, lexical: LexicalIndex, exact: HnswStore, questions: string[]): Promise<Agreement> {
  let wider = 0;
  const counting = new Proxy(store, {
    get(target, prop) {
      if (prop === 'nearest') {
        return (query: number[], k: number, options?: { widen?: number }) => {
          if ((options?.widen ?? 1) > 1) wider++;
          return target.nearest(query, k, options);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  const approximate = new HybridRetriever(counting, lexical);
  const exhaustive = new HybridRetriever(exact, lexical);
  let ordered = 0;
  let sets = 0;
  for (const q of questions) {
    const lang = detectLanguage(q, 'en');
    const a = (await approximate.retrieve(q, lang)).hits.map((h) => h.chunk.id);
    const b = (await exhaustive.retrieve(q, lang)).hits.map((h) => h.chunk.id);
    if (a.join('\n') === b.join('\n')) ordered++;
    if (a.length === b.length && a.every((id) => b.includes(id))) sets++;
  }
  const n = questions.length;
  return { same: ordered / n, sameSet: sets / n, widened: wider / n, questions: n };
}
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
  const engine = await createEngine(config, {}, { whenLocked: 'wait', uploadWorkers: { threads: 0 } }); // as npm run ingest
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

// How often the index's search changes the final hybrid top-6, against exhaustive dense search, over every golden
// question (332: at 62, one question is 1.6 points) or, in a smoke test, the timed ones; once as served (the exact scan of the columns where it applies,
// vector-columns.ts) and once through the HNSW graph alone.
let agreement: Agreement = { same: -1, sameSet: -1, widened: -1, questions: 0 };
let graphAgreement: Agreement = agreement;
if (agreementFlag !== 'off') {
  const { embedder } = await createClients(config);
  const loaded = (await loadCommittedIndex(config.INDEX_DIR, embedder, { seedsDir: config.SEEDS_DIR }))!;
  const { store, lexical } = loaded;
  await store.exactScanReady();
  const exact = exactSearchOf(store);
  const compared = agreementFlag === 'all' ? loadGolden(ALL_GOLDEN_FILES).map((g) => g.q) : golden;
  agreement = await agree(store, lexical, exact, compared);
  store.useExactScan(false);
  graphAgreement = await agree(store, lexical, exact, compared);
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
  top6_questions: agreement.questions,
  top6_same_share: agreement.same,
  top6_same_set_share: agreement.sameSet,
  top6_graph_same_share: graphAgreement.same,
  top6_graph_same_set_share: graphAgreement.sameSet,
  top6_graph_widened_share: graphAgreement.widened,
});
process.exit(0);
