/**
 * Smoke test for the benchmark: `tsx bench/run.ts --quick --json` in a child process prints exactly one
 * JSON object on stdout, with every section (the scale section too) and every figure present and numeric. This is the only
 * place the bench runs during `npm test`; it checks shape, not speed.
 */
import { describe, expect, it } from 'vitest';
import { runQuickBench } from './support/bench.js';

const INDEX_KEYS = [
  'chunks',
  'embed_s',
  'embed_threads',
  'embed_chunks_per_s_per_thread',
  'insert_s',
  'insert_chunks_per_s',
  'build_s',
  'chunks_per_s',
  'disk_bytes',
  'index_bytes',
  'docstore_bytes',
  'save_ms',
  'load_ms',
  'load_child_ms',
  'child_ready_ms',
  'peak_rss_mb',
  'build_peak_rss_mb',
  'query_p50_ms',
  'query_p95_ms',
  'query_mean_ms',
  'recall_at_10',
  'exact_p50_ms',
  'exact_p95_ms',
  'speedup_vs_exact',
  'exact_bruteforce_p50_ms',
  'exact_bruteforce_p95_ms',
  'speedup_vs_bruteforce',
  'recall_at_10_vs_bruteforce',
  'queries',
  'exact_queries',
  'm',
  'ef_construction',
  'ef_search',
];

const EXPECTED: Record<string, string[]> = {
  index_10k: INDEX_KEYS,
  index_100k: INDEX_KEYS,
  engine: [
    'questions',
    'answered',
    'answer_p50_ms',
    'answer_p95_ms',
    'answer_mean_ms',
    'answer_max_ms',
    'retrieve_p50_ms',
    'create_engine_ms',
    'cold_start_ms',
    'cold_start_warm_index_ms',
    'cold_start_runtime_ms',
    'cold_start_import_ms',
    'cold_start_index_build_ms',
    'cold_start_cli_ms',
  ],
  bot: ['users', 'sent', 'answered', 'other', 'wall_s', 'answers_per_s', 'latency_p50_ms', 'latency_p95_ms', 'latency_mean_ms', 'latency_max_ms', 'bot_start_ms', 'bot_cpu_ms_per_answer', 'bot_capacity_answers_per_s', 'emulator_cpu_ms_per_answer'],
  llm: [
    'questions',
    'prompts',
    'prompt_tokens_mean',
    'prompt_tokens_p50',
    'prompt_tokens_max',
    'prompt_tokens_chars4_mean',
    'prompt_chars_mean',
    'prompt_chars_max',
    'system_tokens',
    'sources_share',
    'sources_per_prompt_mean',
  ],
};

// The scale section (bench/engine-scale.ts) at a tiny size: a seeds folder on disk, an ingest process and a serving
// process. The sizes the README reports come from `npm run bench` (1k, 10k, 100k chunks).
const SCALE_KEYS = [
  'files', 'chunks', 'ingest_s', 'ingest_chunks_per_s', 'ingest_cpu_s', 'ingest_chunks_per_cpu_s', 'ingest_peak_rss_mb', 'start_ms',
  'start_process_ms', 'start_cpu_ms', 'questions', 'answer_p50_ms', 'answer_p95_ms', 'answer_cpu_mean_ms', 'rss_mb', 'add_1mb_ms',
  'add_1mb_cpu_ms', 'add_1mb_chunks', 'add_1mb_max_stall_ms', 'answers_during_add', 'answer_during_add_max_ms', 'top6_same_share',
  'top6_same_set_share', 'top6_questions', 'top6_graph_same_share', 'top6_graph_same_set_share', 'top6_graph_widened_share',
];

const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

describe('bench --quick --json', () => {
  it('prints one JSON object with every section and every figure numeric', { timeout: 160_000 }, async () => {
    // A safety net, not a speed check: a busy machine may take a while, a hung bench must not hang the suite.
    // (One run for every section: each bench process pays its own start-up. A 150-chunk corpus and a 128 KB upload keep
    // the scale section light next to the other suites; the figures keep their names.)
    const { code, stdout, stderr } = await runQuickBench(['--only=index,engine,bot,llm,scale', '--scale-sizes=150', '--scale-upload-kb=128'], 150_000);
    expect(code, stderr.slice(-3000)).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0]!);

    expect(report.mode).toBe('quick');
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(typeof report.machine.node).toBe('string');
    expect(Number.isNaN(Date.parse(report.machine.date))).toBe(false);
    expect(isNum(report.total_s)).toBe(true);
    expect(report.machine.cpu_calibration_ms_start).toBeGreaterThan(0);
    expect(report.machine.cpu_calibration_ms_end).toBeGreaterThan(0);

    const missing: string[] = [];
    for (const [section, keys] of Object.entries(EXPECTED)) {
      for (const key of keys) if (!isNum(report[section]?.[key])) missing.push(`${section}.${key}=${JSON.stringify(report[section]?.[key])}`);
    }
    for (const [key, value] of Object.entries(report.index_100k?.ef_sweep ?? {})) if (!isNum(value)) missing.push(`index_100k.ef_sweep.${key}`);
    expect(missing).toEqual([]);

    // Sanity, not speed: the run did the work it reports.
    expect(report.bot.answered).toBe(report.bot.sent);
    expect(report.index_10k.recall_at_10).toBeGreaterThan(0.5);
    expect(report.llm.prompts).toBeGreaterThan(0);
    expect(report.llm.sources_share).toBeGreaterThan(0);
    expect(report.llm.sources_share).toBeLessThan(1);

    const scale = report.scale?.scale_150;
    expect(Object.keys(report.scale ?? {})).toEqual(['scale_150']);
    expect(SCALE_KEYS.filter((k) => !isNum(scale[k]))).toEqual([]);
    expect(scale.chunks).toBeGreaterThan(100);
    expect(scale.add_1mb_chunks).toBeGreaterThan(50);
    expect(scale.top6_same_share).toBeGreaterThanOrEqual(0);
    expect(scale.top6_questions).toBeGreaterThan(0); // the timed golden questions in a quick run (all 332 in a full one)
  });
});
