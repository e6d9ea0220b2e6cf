/**
 * Section 4 — LLM cost per question: the engine runs in LLM mode against the local OpenAI-compatible
 * server from test/support/openai-server.ts, every golden question is asked once (fresh conversation),
 * and the chat requests the server actually received are measured: the prompt is exactly what would be
 * sent to OpenAI (prompts/answer-system.md + prompts/answer-user.md, rendered by the engine).
 *
 * Tokens: counted with js-tiktoken's o200k_base, the tokenizer of the default chat model gpt-4o-mini
 * (js-tiktoken ships with @langchain/core, so it is available offline), plus OpenAI's chat framing of
 * 3 tokens per message and 3 to prime the reply. If it cannot be loaded the estimate falls back to
 * characters / 4 (which undercounts Cyrillic and Hungarian text noticeably). Both are reported.
 *
 * Note: in LLM mode the engine also uses OpenAI embeddings (here the server's deterministic stand-in),
 * so the dense half of retrieval differs from offline mode; the k sources sent are the same count.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createEngine } from '../src/answer/engine.js';
import { loadConfig } from '../src/config.js';
import { createLogger, log, setLogger } from '../src/log.js';
import { startOpenAIServer } from '../test/support/openai-server.js';
import { loadGolden, SEEDS_DIR } from './corpus.js';
import { mean, note, percentile, round } from './util.js';

export interface LlmFigures {
  questions: number;
  /** Questions that reached the model (the rest stopped at the relevance gate). */
  prompts: number;
  prompt_tokens_mean: number;
  prompt_tokens_p50: number;
  prompt_tokens_max: number;
  prompt_tokens_chars4_mean: number;
  prompt_chars_mean: number;
  prompt_chars_max: number;
  system_tokens: number;
  /** Share of the prompt's tokens that are the numbered sources block. */
  sources_share: number;
  sources_per_prompt_mean: number;
}

type Counter = (text: string) => number;

async function tokenCounter(): Promise<{ count: Counter; name: string }> {
  try {
    const { Tiktoken } = await import('js-tiktoken/lite');
    const { default: ranks } = await import('js-tiktoken/ranks/o200k_base');
    const enc = new Tiktoken(ranks);
    return { count: (t) => enc.encode(t).length, name: 'o200k_base (js-tiktoken)' };
  } catch {
    return { count: (t) => Math.ceil(t.length / 4), name: 'chars/4 (js-tiktoken unavailable)' };
  }
}

const SOURCES_BLOCK = /Sources:\s*\n([\s\S]*?)\n\s*Earlier in this conversation:/;

/** `limit`: ask only the first that many golden questions (quick mode). */
export async function benchLlmCost(limit = Infinity): Promise<{ figures: LlmFigures; tokenizer: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-bench-llm-'));
  await cp(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
  const server = await startOpenAIServer();
  const previous = log;
  // The engine logs a warning per fallback; the stand-in answers well, so there should be none.
  setLogger(createLogger('error'));
  try {
    // A well-formed answer citing source 1, so the engine takes the normal LLM path.
    server.onChat((body) => {
      const user = String(body.messages?.[1]?.content ?? '');
      const quote = /<<<\n([^\n]{8,80})/.exec(user)?.[1] ?? '';
      return { text: `The sources say so [1].\nQUOTES:\n[1] "${quote}"` };
    });
    const config = loadConfig({
      SEEDS_DIR: path.join(dir, 'seeds'),
      INDEX_DIR: path.join(dir, 'index'),
      FEEDBACK_DB: path.join(dir, 'feedback.sqlite'),
      OPENAI_API_KEY: 'bench-key',
      OPENAI_BASE_URL: server.baseURL,
      LOG_LEVEL: 'error',
    });
    const engine = await createEngine(config);
    const golden = loadGolden().slice(0, limit);
    note(`llm: ${golden.length} golden questions in LLM mode against the local OpenAI-compatible server`);
    const { count, name } = await tokenCounter();

    const tokens: number[] = [];
    const chars: number[] = [];
    const chars4: number[] = [];
    const sourceTokens: number[] = [];
    const sourceCounts: number[] = [];
    let systemTokens = 0;
    for (const g of golden) {
      const before = server.chatRequests().length;
      await engine.ask(g.q);
      for (const req of server.chatRequests().slice(before)) {
        const messages = (req.body?.messages ?? []) as Array<{ role: string; content: unknown }>;
        const texts = messages.map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content)));
        // OpenAI chat framing: ~3 tokens per message plus 3 priming the reply.
        const total = texts.reduce((s, t) => s + count(t) + 3, 3);
        const allText = texts.join('');
        tokens.push(total);
        chars.push(allText.length);
        chars4.push(Math.ceil(allText.length / 4));
        systemTokens = messages[0]?.role === 'system' ? count(texts[0]!) : 0;
        const sources = texts.map((t) => SOURCES_BLOCK.exec(t)?.[1] ?? '').join('');
        sourceTokens.push(count(sources));
        sourceCounts.push((sources.match(/^\[\d+\] file: /gm) ?? []).length);
      }
    }
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    return {
      tokenizer: name,
      figures: {
        questions: golden.length,
        prompts: tokens.length,
        prompt_tokens_mean: round(mean(tokens), 1),
        prompt_tokens_p50: percentile(tokens, 50),
        prompt_tokens_max: tokens.length ? Math.max(...tokens) : 0,
        prompt_tokens_chars4_mean: round(mean(chars4), 1),
        prompt_chars_mean: round(mean(chars), 1),
        prompt_chars_max: chars.length ? Math.max(...chars) : 0,
        system_tokens: systemTokens,
        sources_share: round(sum(sourceTokens) / (sum(tokens) || 1), 3),
        sources_per_prompt_mean: round(mean(sourceCounts), 2),
      },
    };
  } finally {
    setLogger(previous);
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
