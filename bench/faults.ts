/**
 * npm run bench:faults [-- --json] [-- --deadline=MS]
 *
 * What a user waits when a dependency misbehaves at question time (issue 12's robustness table): the
 * engine in LLM mode through the real HTTP clients against the local OpenAI-compatible server of
 * test/support/openai-server.ts, which hangs, stalls or fails on cue. Each row asks the question
 * and measures the wall-clock wait until the answer is ready (the answer is the offline one with its
 * note when the model does not deliver). The deadline is ANSWER_DEADLINE_MS (default 10,000 ms).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { answerBudget } from '../src/answer/budget.js';
import { createEngine, type Engine } from '../src/answer/engine.js';
import type { AnswerResult } from '../src/answer/types.js';
import { loadConfig } from '../src/config.js';
import { createLogger, setLogger } from '../src/log.js';
import { Metrics } from '../src/metrics.js';
import { startOpenAIServer, type ChatHandler, type EmbeddingsHandler } from '../test/support/openai-server.js';
import { SEEDS_DIR } from './corpus.js';
import { note, round } from './util.js';

const QUESTION = 'How many locomotives from Wabtec?';
const HISTORY = [{ question: QUESTION, answer: '300 locomotives [1]' }];

interface Row {
  fault: string;
  wait_s: number;
  mode: AnswerResult['mode'];
  fallback: string;
  target_s: number;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const deadlineArg = args.find((a) => a.startsWith('--deadline='))?.split('=')[1];

const goodAnswer = (body: any): { text: string } => {
  const quote = /<<<\n([^\n]{8,80})/.exec(String(body.messages?.[1]?.content ?? ''))?.[1] ?? '';
  return { text: `The sources say so [1].\nQUOTES:\n[1] "${quote}"` };
};

async function main(): Promise<void> {
  setLogger(createLogger('error'));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-bench-faults-'));
  await cp(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
  const server = await startOpenAIServer();
  const rows: Row[] = [];
  try {
    const config = loadConfig({
      SEEDS_DIR: path.join(dir, 'seeds'),
      INDEX_DIR: path.join(dir, 'index'),
      OPENAI_API_KEY: 'bench-key',
      OPENAI_BASE_URL: server.baseURL,
      LOG_LEVEL: 'error',
      ...(deadlineArg ? { ANSWER_DEADLINE_MS: deadlineArg } : {}),
    });
    const budget = answerBudget(config);
    const deadlineS = budget.deadlineMs / 1000;
    note(`deadline ${budget.deadlineMs} ms: first token ${budget.firstTokenMs} ms, rewrite ${budget.rewriteMs} ms, query embedding ${budget.embedMs} ms`);
    await createEngine(config, { events: new Metrics() }); // index once through the healthy endpoint
    /** A fresh engine (closed circuit breaker) per row. */
    const engine = () => createEngine(config, { events: new Metrics() });

    const measure = async (e: Engine, fault: string, target: number, chat: ChatHandler, embeddings?: EmbeddingsHandler, history = [] as typeof HISTORY) => {
      server.reset();
      server.onChat(chat);
      if (embeddings) server.onEmbeddings(embeddings);
      const started = performance.now();
      const result = await e.ask(history.length ? 'And how much is it worth?' : QUESTION, { history });
      const row = { fault, wait_s: round((performance.now() - started) / 1000, 2), mode: result.mode, fallback: result.fallback ?? '—', target_s: target };
      note(`${fault}: ${row.wait_s} s (${row.mode}${result.fallback ? `, ${result.fallback}` : ''})`);
      rows.push(row);
    };

    await measure(await engine(), 'healthy model (reference)', deadlineS, goodAnswer);
    await measure(await engine(), 'chat model hangs, first question', deadlineS, () => ({ hang: true }));
    await measure(await engine(), 'chat model sends headers, never a token', deadlineS, (b) => ({ ...goodAnswer(b), stallAfterChunks: 0 }));
    await measure(await engine(), 'chat model stalls after its first tokens', deadlineS, (b) => ({ ...goodAnswer(b), stallAfterChunks: 2 }));
    await measure(await engine(), 'chat model hangs, follow-up (rewrite, then answer)', deadlineS, () => ({ hang: true }), undefined, HISTORY);
    const hanging = await engine();
    await measure(hanging, 'embeddings hang at question time, 1st question', deadlineS, goodAnswer, () => ({ hang: true }));
    await measure(hanging, 'embeddings hang at question time, 2nd question', deadlineS, goodAnswer, () => ({ hang: true }));
    await measure(hanging, 'embeddings hang at question time, 3rd (breaker open)', deadlineS, goodAnswer, () => ({ hang: true }));
    await measure(await engine(), 'embeddings answer 500 at question time', 1, goodAnswer, () => ({ status: 500 }));
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }

  const machine = { cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model ?? '?', node: process.version, date: new Date().toISOString().slice(0, 10) };
  if (json) {
    process.stdout.write(`${JSON.stringify({ machine, rows }, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.fault.length));
  process.stdout.write(`Measured ${machine.date} on ${machine.cpus} × ${machine.cpu_model}, Node ${machine.node}\n\n`);
  process.stdout.write(`${'fault'.padEnd(width)}  wait (s)  target (s)  answer\n`);
  for (const r of rows) {
    const ok = r.wait_s <= r.target_s ? '' : '  (over target)';
    process.stdout.write(`${r.fault.padEnd(width)}  ${String(r.wait_s).padStart(8)}  ${`≤ ${r.target_s}`.padStart(10)}  ${r.mode}${r.fallback === '—' ? '' : ` (${r.fallback})`}${ok}\n`);
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
