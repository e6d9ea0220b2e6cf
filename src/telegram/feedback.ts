/**
 * 👍/👎 feedback: a short answer id in each answer's buttons, a bounded in-memory map from that
 * id to the question and cited files, and an append-only JSONL log of every press.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Context } from 'telegraf';
import type { CallbackQuery, InlineKeyboardMarkup } from 'telegraf/types';
import { log } from '../log.js';
import { errorDescription } from './api.js';
import { LruMap } from './lru.js';
import { localeFor, messages } from './messages.js';
import type { BotRuntime } from './runtime.js';

export type Vote = 'up' | 'down';

export interface AnswerRecord {
  question: string;
  /** The answer text (with [n] markers), kept for reviewing votes. */
  answer: string;
  files: string[];
  answered: boolean;
  chatId: number;
  threadId?: number;
}

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

const PREFIX = 'fb';

/** 8 url-safe characters; callback data stays far below Telegram's 64-byte limit. */
export function newAnswerId(): string {
  return randomBytes(6).toString('base64url');
}

export function feedbackData(answerId: string, vote: Vote): string {
  return `${PREFIX}:${answerId}:${vote}`;
}

export function parseFeedbackData(data: string | undefined): { answerId: string; vote: Vote } | undefined {
  const m = /^fb:([A-Za-z0-9_-]{1,32}):(up|down)$/.exec(data ?? '');
  return m ? { answerId: m[1]!, vote: m[2] as Vote } : undefined;
}

/** The two buttons; after a vote the chosen one is marked. */
export function feedbackKeyboard(answerId: string, chosen?: Vote): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        { text: chosen === 'up' ? '👍 ✓' : '👍', callback_data: feedbackData(answerId, 'up') },
        { text: chosen === 'down' ? '👎 ✓' : '👎', callback_data: feedbackData(answerId, 'down') },
      ],
    ],
  };
}

export class FeedbackStore {
  private readonly answers: LruMap<string, AnswerRecord>;

  constructor(maxAnswers = 5_000) {
    this.answers = new LruMap(maxAnswers);
  }

  remember(record: AnswerRecord): string {
    const id = newAnswerId();
    this.answers.set(id, record);
    return id;
  }

  get(answerId: string): AnswerRecord | undefined {
    return this.answers.get(answerId);
  }

  get size(): number {
    return this.answers.size;
  }
}

/** Appends one JSON object per line; writes are serialised so lines never interleave. */
export class FeedbackLog {
  private chain: Promise<void> = Promise.resolve();
  private dirReady = false;

  constructor(readonly path: string) {}

  append(entry: FeedbackEntry): Promise<void> {
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

/** A 👍/👎 press: access check, one JSONL line, acknowledgement, the chosen button marked. */
export function onCallbackQuery(rt: BotRuntime, ctx: Context): void {
  const cq = ctx.callbackQuery as CallbackQuery | undefined;
  if (!cq) return;
  const data = 'data' in cq ? cq.data : undefined;
  const parsed = parseFeedbackData(data);
  const locale = localeFor(cq.from.language_code);
  const message = cq.message && 'chat' in cq.message ? cq.message : undefined;
  const chatId = message?.chat.id;
  const telegram = rt.telegram;
  rt.tasks.run('callback', async () => {
    if (!parsed) {
      await telegram.answerCbQuery(cq.id).catch(() => undefined);
      return;
    }
    if (!rt.access.allows(chatId, cq.from.id)) {
      log.info({ chat: chatId, user: cq.from.id }, 'Refused a button press from a user not on the allowlist');
      await telegram.answerCbQuery(cq.id, messages.callbackNotAllowed(locale), { show_alert: true });
      return;
    }
    const rec = rt.feedback.get(parsed.answerId);
    try {
      await rt.feedbackLog.append({
        time: new Date().toISOString(),
        answerId: parsed.answerId,
        vote: parsed.vote,
        question: rec?.question ?? null,
        answer: rec?.answer ?? null,
        files: rec?.files ?? [],
        answered: rec?.answered ?? null,
        chat: chatId ?? rec?.chatId ?? null,
        ...(rec?.threadId !== undefined ? { thread: rec.threadId } : {}),
        user: cq.from.id,
      });
      log.info({ answerId: parsed.answerId, vote: parsed.vote, user: cq.from.id, known: Boolean(rec) }, 'Feedback recorded');
    } catch (err) {
      log.error({ err, path: rt.feedbackLog.path }, 'Writing the feedback log failed');
    }
    await telegram.answerCbQuery(cq.id, messages.feedbackThanks(locale));
    if (message && chatId !== undefined) {
      await telegram
        .editMessageReplyMarkup(chatId, message.message_id, undefined, feedbackKeyboard(parsed.answerId, parsed.vote))
        .catch((err: unknown) => log.debug({ error: errorDescription(err) }, 'Marking the vote on the buttons failed (cosmetic)'));
    }
  });
}
