/**
 * One question → one answer in a chat: typing indicator, engine call with the conversation's
 * history, optional streaming (LLM mode), formatted reply with sources and feedback buttons.
 */
import type { Telegram } from 'telegraf';
import { log } from '../log.js';
import { errorDescription } from './api.js';
import { conversationKey, type ConversationStore } from './conversation.js';
import type { Engine } from '../answer/engine.js';
import { feedbackKeyboard, type FeedbackStore } from './feedback.js';
import { escapeHtml, formatAnswer, splitHtml } from './format.js';
import { localeForAnswer, messages, type Locale } from './messages.js';
import { editText, sendHtml, sendHtmlMessage, startTyping, type Target } from './send.js';
import { PartialStreamer } from './stream.js';

export interface AskDeps {
  engine: Engine;
  conversations: ConversationStore;
  feedback: FeedbackStore;
  telegram: Telegram;
}

/** "typing…" only once an answer takes this long: an offline answer is sent well before. */
const TYPING_DELAY_MS = 300;

export interface AskRequest {
  target: Target;
  question: string;
  userId?: number;
  locale: Locale;
  /** When the update was handed over (Date.now()); defaults to when answering starts. */
  receivedAt?: number;
}

export async function answerQuestion(deps: AskDeps, req: AskRequest, signal: AbortSignal): Promise<void> {
  const { engine, telegram } = deps;
  const { target, question } = req;
  const key = conversationKey(target.chatId, target.threadId);
  // The question text is personal data: logged only at debug level, never in the info line below.
  const received = req.receivedAt ?? Date.now();
  log.debug({ chat: target.chatId, thread: target.threadId, user: req.userId, question }, 'Question received');
  const stopTyping = startTyping(telegram, target, { delayMs: TYPING_DELAY_MS });
  let streamer: PartialStreamer | undefined;
  try {
    let llm = false;
    try {
      llm = engine.describe().llm;
    } catch {
      llm = false;
    }
    streamer = llm ? new PartialStreamer(telegram, target) : undefined;
    const started = Date.now();
    const result = await engine.ask(question, {
      history: deps.conversations.history(key),
      signal,
      ...(streamer ? { onPartial: (t: string) => streamer!.update(t) } : {}),
    });
    const streamedId = await streamer?.finish();
    stopTyping();

    deps.conversations.add(key, { question, answer: result.answer });
    const files = [...new Set(result.citations.map((c) => c.file))];
    const answerId = deps.feedback.remember({
      question,
      answer: result.answer.slice(0, 2_000),
      files,
      answered: result.answered,
      chatId: target.chatId,
      threadId: target.threadId,
    });
    const markup = feedbackKeyboard(answerId);
    const html = formatAnswer(result, messages.answerLabels(localeForAnswer(result.language)));

    if (streamedId !== undefined) {
      await finishStreamed(telegram, target, streamedId, html, markup);
    } else {
      await sendHtml(telegram, target, html, markup);
    }
    log.info(
      {
        chat: target.chatId,
        thread: target.threadId,
        user: req.userId,
        answerId,
        answered: result.answered,
        language: result.language,
        mode: result.mode,
        cited: files,
        // ms: engine call to answer sent; latencyMs: question received (incl. waiting behind the chat's earlier questions) to answer sent
        ms: Date.now() - started,
        latencyMs: Date.now() - received,
      },
      'Answered a question',
    );
  } catch (err) {
    stopTyping();
    const streamedId = await streamer?.finish().catch(() => undefined);
    if (signal.aborted) {
      log.info({ chat: target.chatId }, 'Answer aborted: the bot is stopping');
      await reply(telegram, target, streamedId, escapeHtml(messages.shuttingDown(req.locale)));
      return;
    }
    log.error({ chat: target.chatId, user: req.userId, err }, 'Answering failed');
    await reply(telegram, target, streamedId, escapeHtml(messages.failure(req.locale)));
  }
}

/** Puts the final answer into the streamed message (first piece) and sends any further pieces. */
async function finishStreamed(
  telegram: Telegram,
  target: Target,
  messageId: number,
  html: string,
  markup: ReturnType<typeof feedbackKeyboard>,
): Promise<void> {
  const pieces = splitHtml(html);
  const last = pieces.length - 1;
  try {
    await editText(telegram, target.chatId, messageId, pieces[0] ?? '…', { markup: last === 0 ? markup : undefined });
  } catch (err) {
    log.warn({ chat: target.chatId, error: errorDescription(err) }, 'Final edit of a streamed answer failed; sending it as a new message');
    await telegram.deleteMessage(target.chatId, messageId).catch(() => undefined);
    await sendHtml(telegram, target, html, markup);
    return;
  }
  for (let i = 1; i < pieces.length; i++) {
    await sendHtmlMessage(telegram, target, pieces[i]!, { markup: i === last ? markup : undefined });
  }
}

/** Error notices: into the streamed message if there is one, else as a reply. Never throws. */
async function reply(telegram: Telegram, target: Target, streamedId: number | undefined, html: string): Promise<void> {
  try {
    if (streamedId !== undefined) await editText(telegram, target.chatId, streamedId, html);
    else await sendHtmlMessage(telegram, target, html, { replyTo: target.replyTo });
  } catch (err) {
    log.warn({ chat: target.chatId, error: errorDescription(err) }, 'Could not tell the user about a failure');
  }
}
