/**
 * Per chat + forum-topic conversation memory for follow-up questions: the last N turns,
 * for at most `maxChats` conversations (least recently used forgotten first).
 */
import type { Turn } from '../../answer/types.js';
import { LruMap } from './lru.js';

/** Longest answer kept per turn (the engine only needs the gist for follow-ups). */
const MAX_ANSWER_CHARS = 2_000;
const MAX_QUESTION_CHARS = 1_000;

export function conversationKey(chatId: number, threadId?: number): string {
  return `${chatId}:${threadId ?? 0}`;
}

export class ConversationStore {
  private readonly turns: LruMap<string, Turn[]>;

  constructor(
    private readonly maxTurns: number,
    maxChats = 5_000,
  ) {
    this.turns = new LruMap(maxChats);
  }

  /** Oldest first; a copy. Empty when history is disabled (HISTORY_TURNS=0). */
  history(key: string): Turn[] {
    if (this.maxTurns <= 0) return [];
    return [...(this.turns.get(key) ?? [])];
  }

  add(key: string, turn: Turn): void {
    if (this.maxTurns <= 0) return;
    const list = this.turns.get(key) ?? [];
    list.push({ question: turn.question.slice(0, MAX_QUESTION_CHARS), answer: turn.answer.slice(0, MAX_ANSWER_CHARS) });
    while (list.length > this.maxTurns) list.shift();
    this.turns.set(key, list);
  }

  /** Forget one conversation; true if there was something to forget. */
  reset(key: string): boolean {
    return this.turns.delete(key);
  }

  get size(): number {
    return this.turns.size;
  }
}
