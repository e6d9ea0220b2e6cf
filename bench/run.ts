/**
 * npm run bench [-- --json] [-- --quick] [-- --only=index,engine,bot,llm] [-- --m=32 --ef-construction=200 --ef-search=128]
 *
 * Runs the benchmark sections and prints a table (default) or exactly one JSON object on stdout
 * (--json; progress goes to stderr). --quick uses small sizes under the same keys, as a smoke test.
 * Sections: index (bench/index-scale.ts), engine (bench/engine.ts), bot (bench/bot.ts), llm (bench/llm-cost.ts).
 */
import os from 'node:os';
import type { HnswParams } from '../src/search/hnsw-store.js';
import { benchBot, type BotFigures } from './bot.js';
import { benchEngine, type EngineFigures } from './engine.js';
import { benchEngineScale, type ScaleFigures } from './engine-scale.js';
import { benchIndexScale, type IndexFigures, type IndexScaleResult } from './index-scale.js';
import { benchLlmCost, type LlmFigures } from './llm-cost.js';
import { cpuCalibrationMs, note, round } from './util.js';

/**
 * The HNSW parameters the bench builds with (the app's DEFAULT_HNSW may differ; the report says which).
 * Chosen by the sweep described in bench/README.md: see there before changing.
 */
export const BENCH_HNSW: HnswParams = { m: 24, efConstruction: 100, efSearch: 128 };

const SECTIONS = ['index', 'engine', 'bot', 'llm', 'scale'] as const;
type Section = (typeof SECTIONS)[number];

interface Args {
  json: boolean;
  quick: boolean;
  only: Set<Section>;
  params: HnswParams;
  /** Corpus sizes (chunks) of the scale section. */
  scaleSizes: number[];
  /** Bytes of the document the scale section adds while serving (1 MB by default). */
  scaleUploadBytes: number;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const int = (name: string, fallback: number) => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer`);
    return n;
  };
  const known = ['--json', '--quick', '--only', '--m', '--ef-construction', '--ef-search', '--scale-sizes', '--scale-upload-kb', '--help'];
  for (const a of argv) if (!known.includes(a.split('=')[0]!)) throw new Error(`unknown option ${a} (options: ${known.join(' ')})`);
  const only = value('only')?.split(',').filter(Boolean) ?? [...SECTIONS];
  for (const s of only) if (!SECTIONS.includes(s as Section)) throw new Error(`--only: unknown section ${s} (sections: ${SECTIONS.join(',')})`);
  const scaleSizes = value('scale-sizes')?.split(',').map(Number) ?? (argv.includes('--quick') ? [1_000, 10_000] : [1_000, 10_000, 100_000]);
  if (scaleSizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--scale-sizes must be positive integers, e.g. 1000,10000');
  return {
    scaleSizes,
    scaleUploadBytes: int('scale-upload-kb', 1024) * 1024,
    json: argv.includes('--json'),
    quick: argv.includes('--quick'),
    only: new Set(only as Section[]),
    params: { m: int('m', BENCH_HNSW.m), efConstruction: int('ef-construction', BENCH_HNSW.efConstruction), efSearch: int('ef-search', BENCH_HNSW.efSearch) },
  };
}

export interface BenchReport {
  machine: {
    cpus: number;
    cpu_model: string;
    node: string;
    platform: string;
    date: string;
    load_avg_1m_start: number;
    total_mem_gb: number;
    /** bench/util.ts cpuCalibrationMs at the start and the end of the run (lower = faster machine). */
    cpu_calibration_ms_start: number;
    cpu_calibration_ms_end: number;
  };
  mode: 'full' | 'quick';
  total_s: number;
  index_10k?: IndexFigures;
  index_100k?: IndexScaleResult['index_100k'];
  engine?: EngineFigures;
  bot?: BotFigures;
  llm?: LlmFigures;
  /** The engine at scale, by corpus size: scale_1k, scale_10k, scale_100k (or the --scale-sizes given). */
  scale?: Record<string, ScaleFigures>;
  notes: Record<string, string>;
}

// ---------------------------------------------------------------------------
// Table

const fmt = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en-US') : String(v)) : String(v ?? '—'));

function table(title: string, header: string[], rows: Array<Array<unknown>>): string {
  const cells = [header, ...rows.map((r) => r.map(fmt))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => String(r[c] ?? '').length)));
  const line = (r: unknown[]) => r.map((v, c) => (c === 0 ? String(v).padEnd(widths[c]!) : String(v).padStart(widths[c]!))).join('  ');
  return [`\n${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function render(report: BenchReport): string {
  const out: string[] = [];
  const m = report.machine;
  out.push(`kz-us-agreements-bot bench (${report.mode}) — ${m.date}, node ${m.node}, ${m.cpus} × ${m.cpu_model}, load ${m.load_avg_1m_start} at start, CPU calibration ${m.cpu_calibration_ms_start} → ${m.cpu_calibration_ms_end} ms, ${report.total_s} s`);
  if (report.index_10k && report.index_100k) {
    const a = report.index_10k;
    const b = report.index_100k;
    const rows: Array<[string, keyof IndexFigures, string]> = [
      ['chunks', 'chunks', ''],
      ['embed', 'embed_s', 's'],
      ['  embed threads', 'embed_threads', ''],
      ['  embed rate per thread', 'embed_chunks_per_s_per_thread', 'chunks/s'],
      ['HNSW insert', 'insert_s', 's'],
      ['  insert rate', 'insert_chunks_per_s', 'chunks/s'],
      ['build total', 'build_s', 's'],
      ['  build rate', 'chunks_per_s', 'chunks/s'],
      ['disk (graph + docstore)', 'disk_bytes', 'bytes'],
      ['  graph file', 'index_bytes', 'bytes'],
      ['  docstore + texts files', 'docstore_bytes', 'bytes'],
      ['save', 'save_ms', 'ms'],
      ['load (this process)', 'load_ms', 'ms'],
      ['load (fresh child)', 'load_child_ms', 'ms'],
      ['child spawn → ready', 'child_ready_ms', 'ms'],
      ['serving peak RSS (child)', 'peak_rss_mb', 'MB'],
      ['bench process peak RSS', 'build_peak_rss_mb', 'MB'],
      ['query p50 (k=10)', 'query_p50_ms', 'ms'],
      ['query p95', 'query_p95_ms', 'ms'],
      ['recall@10 vs exact', 'recall_at_10', ''],
      ['exact search p50', 'exact_p50_ms', 'ms'],
      ['exact search p95', 'exact_p95_ms', 'ms'],
      ['speed-up vs exact (p50)', 'speedup_vs_exact', '×'],
      ['exact search in C++ (BruteforceSearch) p50', 'exact_bruteforce_p50_ms', 'ms'],
      ['  p95', 'exact_bruteforce_p95_ms', 'ms'],
      ['speed-up vs C++ exact (p50)', 'speedup_vs_bruteforce', '×'],
      ['recall@10 vs C++ exact', 'recall_at_10_vs_bruteforce', ''],
      ['queries (exact)', 'queries', ''],
      ['M / efConstruction / efSearch', 'm', ''],
    ];
    out.push(
      table(
        '1. Vector index at scale (synthetic corpus from the seeds, LexicalEmbeddings 256-d, HnswStore)',
        ['', 'small', 'large', 'unit'],
        rows.map(([label, key, unit]) => {
          if (key === 'm') return [label, `${a.m}/${a.ef_construction}/${a.ef_search}`, `${b.m}/${b.ef_construction}/${b.ef_search}`, unit];
          if (key === 'queries') return [label, `${a.queries} (${a.exact_queries})`, `${b.queries} (${b.exact_queries})`, unit];
          return [label, a[key], b[key], unit];
        }),
      ),
    );
    const sweep = Object.keys(b.ef_sweep)
      .filter((k) => k.endsWith('_recall_at_10'))
      .map((k) => {
        const ef = k.slice(2, -'_recall_at_10'.length);
        return [`efSearch ${ef}`, b.ef_sweep[k], b.ef_sweep[`ef${ef}_p50_ms`]];
      });
    if (sweep.length) out.push(table(`   efSearch sweep on the large index (${b.chunks} chunks, M=${b.m}, efConstruction=${b.ef_construction})`, ['', 'recall@10', 'p50 ms'], sweep));
  }
  if (report.engine) {
    const e = report.engine;
    out.push(
      table('2. Engine (offline, real seeds)', ['', 'value', 'unit'], [
        ['golden questions (answered)', `${e.questions} (${e.answered})`, ''],
        ['warm answer p50', e.answer_p50_ms, 'ms'],
        ['warm answer p95', e.answer_p95_ms, 'ms'],
        ['warm answer max', e.answer_max_ms, 'ms'],
        ['  retrieval p50', e.retrieve_p50_ms, 'ms'],
        ['createEngine, empty index (in process)', e.create_engine_ms, 'ms'],
        ['cold start → first answer, fresh index', e.cold_start_ms, 'ms'],
        ['cold start → first answer, built index', e.cold_start_warm_index_ms, 'ms'],
        ['  of which node + tsx start-up', e.cold_start_runtime_ms, 'ms'],
        ['  of which importing app modules', e.cold_start_import_ms, 'ms'],
        ['  index build (fresh index runs)', e.cold_start_index_build_ms, 'ms'],
        ['npx tsx src/cli/ask.ts --json (built index)', e.cold_start_cli_ms < 0 ? 'not run' : e.cold_start_cli_ms, 'ms'],
      ]),
    );
  }
  if (report.bot) {
    const b = report.bot;
    out.push(
      table('3. Bot through the Bot API emulator (bot in its own process, long polling)', ['', 'value', 'unit'], [
        ['users', b.users, ''],
        ['questions sent', b.sent, ''],
        ['answered', b.answered, ''],
        ['other replies', b.other, ''],
        ['throughput', b.answers_per_s, 'answers/s'],
        ['latency p50 (send → answer)', b.latency_p50_ms, 'ms'],
        ['latency p95', b.latency_p95_ms, 'ms'],
        ['latency max', b.latency_max_ms, 'ms'],
        ['wall time', b.wall_s, 's'],
        ['bot start (spawn → polling)', b.bot_start_ms, 'ms'],
        ['bot CPU per answer', b.bot_cpu_ms_per_answer, 'ms'],
        ['bot capacity at that cost (one core)', b.bot_capacity_answers_per_s, 'answers/s'],
        ['emulator + users CPU per answer', b.emulator_cpu_ms_per_answer, 'ms'],
      ]),
    );
  }
  if (report.llm) {
    const l = report.llm;
    out.push(
      table(`4. LLM prompt cost per question (tokens: ${report.notes.llm_tokenizer ?? '?'})`, ['', 'value', 'unit'], [
        ['questions (reaching the model)', `${l.questions} (${l.prompts})`, ''],
        ['prompt tokens mean', l.prompt_tokens_mean, 'tokens'],
        ['prompt tokens p50', l.prompt_tokens_p50, 'tokens'],
        ['prompt tokens max', l.prompt_tokens_max, 'tokens'],
        ['  chars/4 estimate, mean', l.prompt_tokens_chars4_mean, 'tokens'],
        ['prompt chars mean / max', `${l.prompt_chars_mean} / ${l.prompt_chars_max}`, 'chars'],
        ['system prompt', l.system_tokens, 'tokens'],
        ['sources share of prompt', l.sources_share, ''],
        ['sources per prompt', l.sources_per_prompt_mean, ''],
      ]),
    );
  }
  if (report.scale) {
    const sizes = Object.keys(report.scale);
    const col = (key: keyof ScaleFigures) => sizes.map((s) => report.scale![s]![key]);
    const rows: Array<[string, keyof ScaleFigures, string]> = [
      ['files', 'files', ''],
      ['chunks', 'chunks', ''],
      ['ingest from empty', 'ingest_s', 's'],
      ['  ingest rate', 'ingest_chunks_per_s', 'chunks/s'],
      ['  ingest CPU time', 'ingest_cpu_s', 's'],
      ['  ingest rate per CPU second', 'ingest_chunks_per_cpu_s', 'chunks/s'],
      ['  ingest peak RSS', 'ingest_peak_rss_mb', 'MB'],
      ['engine start, index built (createEngine)', 'start_ms', 'ms'],
      ['  its CPU time', 'start_cpu_ms', 'ms'],
      ['  process spawn → ready', 'start_process_ms', 'ms'],
      ['questions (golden + synthetic)', 'questions', ''],
      ['warm answer p50', 'answer_p50_ms', 'ms'],
      ['warm answer p95', 'answer_p95_ms', 'ms'],
      ['  CPU time per answer (mean)', 'answer_cpu_mean_ms', 'ms'],
      ['RSS serving', 'rss_mb', 'MB'],
      ['add a 1 MB document', 'add_1mb_ms', 'ms'],
      ['  its CPU time', 'add_1mb_cpu_ms', 'ms'],
      ['  its chunks', 'add_1mb_chunks', ''],
      ['  longest event-loop stall', 'add_1mb_max_stall_ms', 'ms'],
      ['  answers given meanwhile', 'answers_during_add', ''],
      ['  slowest of those', 'answer_during_add_max_ms', 'ms'],
      ['hybrid top-6 same as exact (golden questions)', 'top6_same_share', 'share'],
      ['  same set, any order', 'top6_same_set_share', 'share'],
      ['  golden questions compared', 'top6_questions', ''],
      ['  HNSW graph alone: same', 'top6_graph_same_share', 'share'],
      ['  HNSW graph alone: same set', 'top6_graph_same_set_share', 'share'],
      ['  HNSW graph alone: searched again wider', 'top6_graph_widened_share', 'share'],
    ];
    out.push(table('5. Engine at scale (seeds folder of real files, offline, fresh processes)', ['', ...sizes, 'unit'], rows.map(([label, key, unit]) => [label, ...col(key).map((v) => (v === -1 ? 'not run' : v)), unit])));
  }
  for (const [k, v] of Object.entries(report.notes)) if (k !== 'llm_tokenizer') out.push(`\nnote (${k}): ${v}`);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------

async function main(): Promise<string> {
  const args = parseArgs(process.argv.slice(2));
  const realStdoutWrite = process.stdout.write.bind(process.stdout);
  if (args.json) {
    // Keep stdout for the one JSON object: anything else that writes there goes to stderr.
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
      (process.stderr.write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
  }
  const started = performance.now();
  const report: BenchReport = {
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model.trim() ?? 'unknown',
      node: process.versions.node,
      platform: `${process.platform}-${process.arch}`,
      date: new Date().toISOString(),
      load_avg_1m_start: round(os.loadavg()[0] ?? 0, 2),
      total_mem_gb: round(os.totalmem() / 1024 ** 3, 1),
      cpu_calibration_ms_start: round(cpuCalibrationMs(), 1),
      cpu_calibration_ms_end: 0,
    },
    mode: args.quick ? 'quick' : 'full',
    total_s: 0,
    notes: {},
  };
  const q = args.quick;

  if (args.only.has('engine')) report.engine = await benchEngine({ reps: q ? 1 : 5, coldRuns: q ? 1 : 3, cli: !q });
  if (args.only.has('bot')) report.bot = await benchBot({ users: q ? 5 : 50, questions: q ? 40 : 1000, answerTimeoutMs: 30_000 });
  if (args.only.has('llm')) {
    const r = await benchLlmCost(q ? 10 : Infinity);
    report.llm = r.figures;
    report.notes.llm_tokenizer = r.tokenizer;
  }
  if (args.only.has('scale')) {
    report.scale = await benchEngineScale({ sizes: args.scaleSizes, uploadBytes: args.scaleUploadBytes, synthetic: q ? 20 : 200, passes: q ? 1 : 3, agreement: q ? 'timed' : 'all', seed: 1 });
  }
  // Last: after the 100k index this process has a large heap, and the emulator that the bot section
  // runs here would pay for it in garbage collection.
  if (args.only.has('index')) {
    const sizes: [number, number] = q ? [500, 1_000] : [10_000, 100_000];
    const r = await benchIndexScale({
      sizes,
      queries: q ? 50 : 1000,
      exactQueries: q ? 50 : 200,
      params: args.params,
      // Worker start-up (tsx inside each, ~2 s) only pays off on large corpora.
      workers: q ? 1 : Math.min(2, os.cpus().length),
      efSweep: q ? [32, 128] : [64, 96, 128, 160, 200, 300, 400],
      seed: 1,
    });
    report.index_10k = r.index_10k;
    report.index_100k = r.index_100k;
    if (q) report.notes.index = 'quick mode: index_10k / index_100k hold the 500 / 1k-chunk runs';
  }
  report.machine.cpu_calibration_ms_end = round(cpuCalibrationMs(), 1);
  report.total_s = round((performance.now() - started) / 1000, 1);

  process.stdout.write = realStdoutWrite;
  return args.json ? `${JSON.stringify(report)}\n` : render(report);
}

main().then(
  // Exit explicitly once written: the bot section's HTTP keep-alive sockets must not hold the process open.
  (output) => process.stdout.write(output, () => process.exit(0)),
  (error: unknown) => {
    note(`failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
