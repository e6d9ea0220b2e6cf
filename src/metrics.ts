/**
 * Prometheus metrics: what the bot answered and how, what failed and what fell back, Telegram 429s,
 * answer latency and the index size. One registry per Metrics instance (tests make their own); the
 * process-wide `metrics` is what the bot records into (and passes to the engine as its EngineEvents)
 * and what /metrics serves.
 * Labels are bounded sets (mode, language, reason, Bot API method), never user text or ids.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AnswerResult } from './answer/types.js';
import type { QueryEmbeddingOutcome } from './search/embeddings.js';

/** Which chat model call failed. */
export type LlmStage = 'answer' | 'rewrite';

const LATENCY_BUCKETS_S = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 30, 60];

export class Metrics {
  readonly registry = new Registry();
  private readonly answers: Counter<'mode' | 'lang'>;
  private readonly declines: Counter<'lang'>;
  private readonly llmFailures: Counter<'stage' | 'reason'>;
  private readonly llmFallbacks: Counter<'lang' | 'reason'>;
  private readonly embeddingsFailures: Counter<'reason'>;
  private readonly embeddingsFallbacks: Counter<'reason'>;
  private readonly telegram429: Counter<'method'>;
  private readonly latency: Histogram<'mode'>;
  private index: () => { documents: number; chunks: number } = () => ({ documents: 0, chunks: 0 });

  constructor(options: { processMetrics?: boolean } = {}) {
    const registers = [this.registry];
    this.answers = new Counter({ name: 'kzbot_answers_total', help: 'Answers sent, by mode (llm or extractive) and question language', labelNames: ['mode', 'lang'], registers });
    this.declines = new Counter({ name: 'kzbot_declines_total', help: 'Answers saying the sources do not cover the question, by language', labelNames: ['lang'], registers });
    this.llmFailures = new Counter({ name: 'kzbot_llm_failures_total', help: 'Chat model calls that failed, by stage (answer, rewrite) and reason', labelNames: ['stage', 'reason'], registers });
    this.llmFallbacks = new Counter({ name: 'kzbot_llm_fallbacks_total', help: 'LLM-mode answers sent as the offline answer instead, by language and reason', labelNames: ['lang', 'reason'], registers });
    this.embeddingsFailures = new Counter({ name: 'kzbot_embeddings_failures_total', help: 'Question-time embedding calls that failed, by reason (timeout, error)', labelNames: ['reason'], registers });
    this.embeddingsFallbacks = new Counter({ name: 'kzbot_embeddings_fallbacks_total', help: 'Questions searched lexically only, by reason (timeout, error, skipped by the open circuit breaker)', labelNames: ['reason'], registers });
    this.telegram429 = new Counter({ name: 'kzbot_telegram_429_total', help: 'Bot API calls answered 429 Too Many Requests, by method', labelNames: ['method'], registers });
    this.latency = new Histogram({ name: 'kzbot_answer_seconds', help: 'Time from receiving a question to its answer being sent, by mode', labelNames: ['mode'], buckets: LATENCY_BUCKETS_S, registers });
    const index = () => this.index();
    new Gauge({ name: 'kzbot_index_documents', help: 'Documents in the index', registers, collect() { this.set(index().documents); } });
    new Gauge({ name: 'kzbot_index_chunks', help: 'Chunks in the index', registers, collect() { this.set(index().chunks); } });
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'kzbot_' });
  }

  /** An answer was sent: counts it by mode and language, its decline or LLM fallback, and its latency. */
  recordAnswer(result: Pick<AnswerResult, 'mode' | 'language' | 'answered' | 'fallback'>, latencyMs: number): void {
    this.answers.inc({ mode: result.mode, lang: result.language });
    if (!result.answered) this.declines.inc({ lang: result.language });
    if (result.fallback) this.llmFallbacks.inc({ lang: result.language, reason: result.fallback });
    this.latency.observe({ mode: result.mode }, latencyMs / 1000);
  }

  recordLlmFailure(stage: LlmStage, reason: string): void {
    this.llmFailures.inc({ stage, reason });
  }

  /** A question-time embedding outcome: failures count twice (failure, and the lexical fallback it caused). */
  recordEmbeddings(event: QueryEmbeddingOutcome): void {
    if (event === 'ok') return;
    if (event !== 'skipped') this.embeddingsFailures.inc({ reason: event });
    this.embeddingsFallbacks.inc({ reason: event });
  }

  /** A Bot API call was answered 429 (call from the bot's API error handling). */
  recordTelegram429(method: string): void {
    this.telegram429.inc({ method: /^[A-Za-z]{1,40}$/.test(method) ? method : 'other' });
  }

  /** Where the index size is read from at each scrape (e.g. () => engine.describe()). */
  trackIndex(source: () => { documents: number; chunks: number }): void {
    this.index = source;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

/** The process-wide metrics: the bot records into them and hands them to createEngine as `events`. */
export const metrics = new Metrics({ processMetrics: true });
