/**
 * Smoke test for the bench's scale section (bench/engine-scale.ts) at a tiny size: a seeds folder on
 * disk, an ingest process and a serving process, every figure present. Shape, not speed; the sizes the
 * README reports come from `npm run bench` (1k, 10k, 100k chunks).
 */
import { describe, expect, it } from 'vitest';
import { runQuickBench } from './support/bench.js';

const KEYS = [
  'files', 'chunks', 'ingest_s', 'ingest_chunks_per_s', 'ingest_cpu_s', 'ingest_chunks_per_cpu_s', 'ingest_peak_rss_mb', 'start_ms',
  'start_process_ms', 'start_cpu_ms', 'questions', 'answer_p50_ms', 'answer_p95_ms', 'answer_cpu_mean_ms', 'rss_mb', 'add_1mb_ms',
  'add_1mb_cpu_ms', 'add_1mb_chunks', 'add_1mb_max_stall_ms', 'answers_during_add', 'answer_during_add_max_ms', 'top6_same_share',
  'top6_same_set_share', 'top6_questions', 'top6_graph_same_share', 'top6_graph_same_set_share', 'top6_graph_widened_share',
];

describe('bench --only=scale', () => {
  it('measures the engine on a seeds folder of real files, from ingest to an upload while serving', { timeout: 90_000 }, async () => {
    // A 150-chunk corpus and a 128 KB upload keep this light next to the other suites (the figures keep their names).
    const { code, stdout, stderr } = await runQuickBench(['--only=scale', '--scale-sizes=150', '--scale-upload-kb=128'], 88_000);
    expect(code, stderr.slice(-3000)).toBe(0);
    const report = JSON.parse(stdout.trim());
    const figures = report.scale?.scale_150;
    expect(Object.keys(report.scale ?? {})).toEqual(['scale_150']);
    expect(KEYS.filter((k) => typeof figures[k] !== 'number' || !Number.isFinite(figures[k]))).toEqual([]);
    // Sanity, not speed: the work was done.
    expect(figures.chunks).toBeGreaterThan(100);
    expect(figures.add_1mb_chunks).toBeGreaterThan(50);
    expect(figures.top6_same_share).toBeGreaterThanOrEqual(0);
    expect(figures.top6_questions).toBeGreaterThan(62); // every golden file, not only public and extra
  });
});
