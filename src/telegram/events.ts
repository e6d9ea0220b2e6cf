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
