/**
 * Where answers with 👍/👎 buttons and the votes on them are kept. The interface is what the bot
 * needs; the default keeps answers in a bounded map and appends each vote to a JSONL file. A
 * database-backed store can be passed to createBot instead.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Vote } from '../presentation/keyboards.js';
import { LruMap } from './lru.js';

export interface AnswerRecord {
  question: string;
  /** The answer text (with [n] markers), kept for reviewing votes. */
  answer: string;
  files: string[];
  answered: boolean;
  chatId: number;
  threadId?: number;
}

export interface VoteRecord {
  answerId: string;
  vote: Vote;
  user: number;
  /** The chat the pressed message is in, when Telegram says. */
  chatId?: number;
}

/** One JSONL line of the default log. */
export interface FeedbackEntry {
  time: string;
  answerId: string;
  vote: Vote;
  question: string | null;
  answer: string | null;
  files: string[];
  answered: boolean | null;
  chat: number | null;
  thread?: number;
  user: number;
}

export interface FeedbackStore {
  /** Remembers an answer that carries buttons; returns the short id the buttons carry. */
  rememberAnswer(record: AnswerRecord): string | Promise<string>;
  /** Records a press; resolves once it is stored. Returns whether the answer was still known. */
  recordVote(vote: VoteRecord): Promise<{ known: boolean }>;
}

/** 8 url-safe characters; callback data stays far below Telegram's 64-byte limit. */
export function newAnswerId(): string {
  return randomBytes(6).toString('base64url');
}

/** Appends one JSON object per line; writes are serialised so lines never interleave. */
export class JsonlLog {
  private chain: Promise<void> = Promise.resolve();
  private dirReady = false;

  constructor(readonly path: string) {}

  append(entry: object): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const write = async (): Promise<void> => {
      if (!this.dirReady) {
        await mkdir(dirname(this.path), { recursive: true });
        this.dirReady = true;
      }
      await appendFile(this.path, line, 'utf8');
    };
    const next = this.chain.then(write, write);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

/** The default store: the last `maxAnswers` answers in memory, every vote appended to a JSONL file. */
export class JsonlFeedbackStore implements FeedbackStore {
  private readonly answers: LruMap<string, AnswerRecord>;
  private readonly log: JsonlLog;

  constructor(path: string, maxAnswers = 5_000) {
    this.answers = new LruMap(maxAnswers);
    this.log = new JsonlLog(path);
  }

  get path(): string {
    return this.log.path;
  }

  get size(): number {
    return this.answers.size;
  }

  rememberAnswer(record: AnswerRecord): string {
    const id = newAnswerId();
    this.answers.set(id, record);
    return id;
  }

  async recordVote(v: VoteRecord): Promise<{ known: boolean }> {
    const rec = this.answers.get(v.answerId);
    const entry: FeedbackEntry = {
      time: new Date().toISOString(),
      answerId: v.answerId,
      vote: v.vote,
      question: rec?.question ?? null,
      answer: rec?.answer ?? null,
      files: rec?.files ?? [],
      answered: rec?.answered ?? null,
      chat: v.chatId ?? rec?.chatId ?? null,
      ...(rec?.threadId !== undefined ? { thread: rec.threadId } : {}),
      user: v.user,
    };
    await this.log.append(entry);
    return { known: Boolean(rec) };
  }
}
