/**
 * Hooks for metrics and monitoring: the bot calls them as things happen; none is required and
 * none may throw into the bot (errors are logged and ignored).
 */
import type { Lang } from '../language/lang.js';
import type { LimitName } from './policy/limits.js';

export interface AnsweredEvent {
  chatId: number;
  answered: boolean;
  mode: 'llm' | 'extractive';
  language: Lang;
  /** LLM mode: why the offline answer was sent instead (AnswerResult.fallback). */
  fallback?: string;
  /** Engine call to answer sent. */
  ms: number;
  /** Update received (including waiting behind the chat's earlier questions) to answer sent. */
  latencyMs: number;
}

export interface BotEvents {
  /** Every update that reached the bot, by type ('message', 'callback_query', 'inline_query'). */
  update?(type: string): void;
  answered?(e: AnsweredEvent): void;
  /** A reply that needed no engine call: small talk, clarification, a command… */
  replied?(kind: string): void;
  limited?(limit: LimitName, userId: number | undefined): void;
  failed?(task: string): void;
  /** A Bot API call was answered 429 Too Many Requests. */
  telegram429?(method: string): void;
}

/** What the bot records into (src/metrics.ts's Metrics; a type only, so the bot never loads prom-client itself). */
export interface MetricsRecorder {
  recordAnswer(result: { mode: 'llm' | 'extractive'; language: Lang; answered: boolean; fallback?: string }, latencyMs: number): void;
  recordTelegram429(method: string): void;
}

/** The bot's hooks that feed Prometheus metrics: answers (mode, language, decline, fallback, latency) and 429s. */
export function metricsEvents(metrics: MetricsRecorder): BotEvents {
  return {
    answered: (e) => metrics.recordAnswer(e, e.latencyMs),
    telegram429: (method) => metrics.recordTelegram429(method),
  };
}

/** Calls a hook, never letting it break the bot. */
export function emit<K extends keyof BotEvents>(events: BotEvents | undefined, name: K, ...args: Parameters<NonNullable<BotEvents[K]>>): void {
  const fn = events?.[name] as ((...a: unknown[]) => void) | undefined;
  if (!fn) return;
  try {
    fn.apply(events, args);
  } catch {
    /* a metrics hook must not break answering */
  }
}
