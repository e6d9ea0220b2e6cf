/**
 * Section 2 — the answer engine offline (extractive mode, built-in embedder) on the real seeds:
 * warm answer latency over the golden questions (both files), and cold start from process start to
 * the first answer in a child process, with a fresh (empty) index folder and with an index already
 * built; plus the same through `npx tsx src/cli/ask.ts --json` as a user would run it.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from '../src/answer/engine.js';
import { loadConfig } from '../src/config.js';
import { createLogger, log, setLogger } from '../src/log.js';
import { loadGolden, SEEDS_DIR } from './corpus.js';
import { lastJsonLine, mean, note, percentile, round, runChild, ROOT, tsxNodeArgs } from './util.js';

export interface EngineOptions {
  /** Timed passes over the golden questions (after one warm-up pass). */
  reps: number;
  /** Cold starts per kind (fresh index, built index); the median is reported. */
  coldRuns: number;
  /** Also time `npx tsx src/cli/ask.ts --json` once. */
  cli: boolean;
}

export interface EngineFigures {
  questions: number;
  answered: number;
  answer_p50_ms: number;
  answer_p95_ms: number;
  answer_mean_ms: number;
  answer_max_ms: number;
  retrieve_p50_ms: number;
  /** createEngine in this process with an empty index folder: load seeds, chunk, embed, build and save the index. */
  create_engine_ms: number;
  /** Child process, fresh index folder: spawn → first answer printed (median of coldRuns). */
  cold_start_ms: number;
  /** Child process, index already on disk: spawn → first answer printed (median). */
  cold_start_warm_index_ms: number;
  /** Of cold_start_warm_index_ms: node + tsx start-up before the app's modules load. */
  cold_start_runtime_ms: number;
  /** Of cold_start_warm_index_ms: importing the app's modules. */
  cold_start_import_ms: number;
  /** Of cold_start_ms: createEngine (index sync) with an empty index folder. */
  cold_start_index_build_ms: number;
  /** `npx tsx src/cli/ask.ts --json "…"` with the index built: spawn → exit (-1 when not measured). */
  cold_start_cli_ms: number;
}

interface ColdChild {
  process_to_answer_ms: number;
  before_import_ms: number;
  import_ms: number;
  engine_ms: number;
  ask_ms: number;
  answered: boolean;
}

/** Environment for a child: only what it needs, so a developer's .env (OpenAI key, bot token) cannot switch modes. */
function childEnv(seeds: string, index: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    SEEDS_DIR: seeds,
    INDEX_DIR: index,
    FEEDBACK_DB: path.join(index, 'feedback.sqlite'),
    LOG_LEVEL: 'warn',
    OPENAI_API_KEY: '',
    TELEGRAM_BOT_TOKEN: '',
  };
}

const median = (xs: number[]) => percentile(xs, 50);

export async function benchEngine(options: EngineOptions): Promise<EngineFigures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-bench-engine-'));
  const seeds = path.join(dir, 'seeds');
  await cp(SEEDS_DIR, seeds, { recursive: true });
  const previous = log;
  setLogger(createLogger('warn'));
  try {
    const golden = loadGolden();
    const config = loadConfig({ SEEDS_DIR: seeds, INDEX_DIR: path.join(dir, 'index'), FEEDBACK_DB: path.join(dir, 'feedback.sqlite'), LOG_LEVEL: 'warn' });
    const created = performance.now();
    const engine = await createEngine(config);
    const createMs = performance.now() - created;

    note(`engine: ${golden.length} golden questions × ${options.reps} timed passes (after a warm-up pass)`);
    for (const g of golden) await engine.ask(g.q);
    const ms: number[] = [];
    const retrieve: number[] = [];
    let answered = 0;
    for (let r = 0; r < options.reps; r++) {
      for (const g of golden) {
        const started = performance.now();
        const result = await engine.ask(g.q);
        ms.push(performance.now() - started);
        retrieve.push(result.timings.retrieveMs);
        if (r === 0 && result.answered) answered++;
      }
    }

    const question = golden[0]!.q;
    const entry = path.join(import.meta.dirname, 'cold-start.ts');
    const cold = async (index: string) => {
      const run = await runChild(process.execPath, tsxNodeArgs(entry, [question]), { env: childEnv(seeds, index), timeoutMs: 120_000 });
      const c = lastJsonLine<ColdChild>(run, 'cold-start child');
      return { wall: run.firstLineMs ?? run.ms, child: c };
    };
    note(`engine: cold starts (${options.coldRuns} × fresh index, ${options.coldRuns} × built index)`);
    const fresh: Array<Awaited<ReturnType<typeof cold>>> = [];
    const warm: Array<Awaited<ReturnType<typeof cold>>> = [];
    const warmIndex = config.INDEX_DIR; // built by createEngine above
    for (let i = 0; i < options.coldRuns; i++) {
      fresh.push(await cold(path.join(dir, `index-fresh-${i}`)));
      warm.push(await cold(warmIndex));
    }

    let cliMs = -1;
    if (options.cli) {
      note('engine: npx tsx src/cli/ask.ts --json (index built)');
      const run = await runChild('npx', ['tsx', path.join(ROOT, 'src/cli/ask.ts'), '--json', question], { env: childEnv(seeds, warmIndex), timeoutMs: 120_000 });
      if (run.code === 0) cliMs = run.ms;
      else note(`engine: the CLI run failed (exit ${run.code}): ${run.stderr.trim().slice(-500)}`);
    }

    return {
      questions: golden.length,
      answered,
      answer_p50_ms: round(percentile(ms, 50), 3),
      answer_p95_ms: round(percentile(ms, 95), 3),
      answer_mean_ms: round(mean(ms), 3),
      answer_max_ms: round(Math.max(...ms), 3),
      retrieve_p50_ms: round(percentile(retrieve, 50), 3),
      create_engine_ms: round(createMs, 1),
      cold_start_ms: round(median(fresh.map((f) => f.wall)), 1),
      cold_start_warm_index_ms: round(median(warm.map((w) => w.wall)), 1),
      cold_start_runtime_ms: round(median(warm.map((w) => w.child.before_import_ms)), 1),
      cold_start_import_ms: round(median(warm.map((w) => w.child.import_ms)), 1),
      cold_start_index_build_ms: round(median(fresh.map((f) => f.child.engine_ms)), 1),
      cold_start_cli_ms: round(cliMs, 1),
    };
  } finally {
    setLogger(previous);
    await rm(dir, { recursive: true, force: true });
  }
}
