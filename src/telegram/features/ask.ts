/**
 * One question → one reply in a chat. Small talk and context-less follow-ups get a short reply
 * without asking the engine; a question gets the engine's answer with its history, streamed in LLM
 * mode, laid out with its sources and 👍/👎; a refusal says what the articles cover and offers
 * example questions as buttons.
 */
import type { Telegram } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { Engine } from '../../answer/engine.js';
import type { BotContext } from '../context.js';
import type { AnswerResult } from '../../answer/types.js';
import { log } from '../../log.js';
import { emit, type BotEvents } from '../events.js';
import { layoutAnswer, renderPartial } from '../presentation/answer.js';
import { coverageHtml } from '../presentation/corpus.js';
import { escapeHtml, splitHtml } from '../presentation/html.js';
import { EXAMPLES, examplesHtml, ui, type Locale } from '../presentation/i18n.js';
import { examplesKeyboard, feedbackKeyboard } from '../presentation/keyboards.js';
import { conversationKey, type ConversationStore } from '../state/conversation.js';
import { newAnswerId, type FeedbackStore } from '../state/feedback-store.js';
import { errorDescription } from '../transport/api.js';
import { editText, sendHtml, sendHtmlMessage, startTyping, type Target } from '../transport/send.js';
import { PartialStreamer } from '../transport/stream.js';
import type { TaskTracker } from '../transport/tasks.js';
import { needsEarlierQuestion, smallTalkOf } from './smalltalk.js';

export interface AskDeps {
  engine: Engine;
  conversations: ConversationStore;
  feedback: FeedbackStore;
  tasks: TaskTracker;
  events?: BotEvents;
}

export interface QuestionRequest {
  telegram: Telegram;
  target: Target;
  /** Mentions and commands already removed; may be ''. */
  question: string;
  userId?: number;
  /** The UI language for replies that are not the engine's answer. */
  locale: Locale;
  /** The bot's username, for hints ("@bot your question"). */
  botUsername?: string;
  /** When the update was handed over (Date.now()). */
  receivedAt: number;
}

/** "typing…" only once an answer takes this long: an offline answer is sent well before. */
const TYPING_DELAY_MS = 300;
/** Example questions under a greeting, and under a refusal. */
const GREETING_EXAMPLES = 2;
const REFUSAL_EXAMPLES = 3;

/** The question a context carries (the message's text or caption, or /ask's argument), asked for its chat. */
export function askFromContext(deps: AskDeps, ctx: BotContext): void {
  askQuestion(deps, {
    telegram: ctx.telegram,
    target: ctx.target!,
    question: ctx.question ?? '',
    userId: ctx.from?.id,
    locale: ctx.locale,
    botUsername: ctx.botInfo.username,
    receivedAt: Date.now(),
  });
}

/**
 * Queues the reply to a question behind the chat's earlier work, so replies keep the messages' order.
 * At shutdown the question is answered offline at once; if even that cannot be sent in time, the
 * asker is told to ask again.
 */
export function askQuestion(deps: AskDeps, req: QuestionRequest): void {
  deps.tasks.run('answer', (signal) => reply(deps, req, signal), req.target.chatId, { unfinished: () => tellToRetry(req) });
}

/** The stop could not answer this question in time: say so in the asker's language (best effort). */
async function tellToRetry(req: QuestionRequest): Promise<void> {
  const { target } = req;
  // Without the question's text unless debugging: it is personal data.
  log.warn({ chat: target.chatId, thread: target.threadId, user: req.userId }, 'Question not answered before the bot stopped: told to ask again');
  log.debug({ chat: target.chatId, question: req.question }, 'Question told to ask again');
  await notify(req.telegram, target, undefined, escapeHtml(ui(req.locale).shuttingDown));
}

async function reply(deps: AskDeps, req: QuestionRequest, signal: AbortSignal): Promise<void> {
  const { telegram, target, question, locale } = req;
  const s = ui(locale);
  if (!question) {
    await sendHtml(telegram, target, s.emptyQuestion(req.botUsername, EXAMPLES[locale][0]!));
    return emit(deps.events, 'replied', 'empty-question');
  }
  const talk = smallTalkOf(question);
  if (talk) {
    // A short reply with two example questions, and no buttons: nothing here to rate.
    const text = talk === 'greeting' ? s.greeting : talk === 'thanks' ? s.thanks : s.whoAmI(deps.engine.documents().length);
    await sendHtml(telegram, target, `${escapeHtml(text)}\n${examplesHtml(locale, GREETING_EXAMPLES)}`);
    return emit(deps.events, 'replied', `small-talk:${talk}`);
  }
  const key = conversationKey(target.chatId, target.threadId);
  const history = deps.conversations.history(key);
  if (history.length === 0 && needsEarlierQuestion(question)) {
    await sendHtml(telegram, target, s.clarify(EXAMPLES[locale][0]!));
    return emit(deps.events, 'replied', 'clarify');
  }
  await answer(deps, req, history, signal);
}

async function answer(deps: AskDeps, req: QuestionRequest, history: ReturnType<ConversationStore['history']>, signal: AbortSignal): Promise<void> {
  const { engine } = deps;
  const { telegram, target, question } = req;
  const key = conversationKey(target.chatId, target.threadId);
  // The question text is personal data: logged only at debug level, never in the info line below.
  log.debug({ chat: target.chatId, thread: target.threadId, user: req.userId, question }, 'Question received');
  const stopTyping = startTyping(telegram, target, { delayMs: TYPING_DELAY_MS });
  let streamer: PartialStreamer | undefined;
  try {
    streamer = engine.describe().llm ? new PartialStreamer(telegram, target, { render: renderPartial }) : undefined;
    const started = Date.now();
    const result = await engine.ask(question, {
      history,
      signal,
      ...(streamer ? { onPartial: (text: string, files?: readonly string[]) => streamer!.update(text, files) } : {}),
    });
    const streamedId = await streamer?.finish();
    stopTyping();

    deps.conversations.add(key, { question, answer: result.answer });
    const { html, markup, answerId, files } = render(deps, result);
    if (streamedId !== undefined) await finishStreamed(telegram, target, streamedId, html, markup);
    else await sendHtml(telegram, target, html, markup);
    // Recorded once sent (declines too, for /stats); a vote counts only for an answer recorded here, in this chat.
    deps.feedback.recordAnswer({ answerId, chatId: target.chatId, language: result.language, mode: result.mode, answered: result.answered, fallback: Boolean(result.fallback), files });

    const ms = Date.now() - started;
    const latencyMs = Date.now() - req.receivedAt;
    emit(deps.events, 'answered', { chatId: target.chatId, answered: result.answered, mode: result.mode, language: result.language, fallback: result.fallback, ms, latencyMs });
    log.info(
      { chat: target.chatId, thread: target.threadId, user: req.userId, answerId, answered: result.answered, language: result.language, mode: result.mode, fallback: result.fallback, cited: files, ms, latencyMs },
      'Answered a question',
    );
  } catch (err) {
    stopTyping();
    const streamedId = await streamer?.finish().catch(() => undefined);
    emit(deps.events, 'failed', 'answer');
    if (signal.aborted) {
      log.info({ chat: target.chatId }, 'Answer aborted: the bot is stopping');
      await notify(telegram, target, streamedId, escapeHtml(ui(req.locale).shuttingDown));
      return;
    }
    log.error({ chat: target.chatId, user: req.userId, err }, 'Answering failed');
    await notify(telegram, target, streamedId, escapeHtml(ui(req.locale).failure));
  }
}

/** The reply for an engine result: an answer with 👍/👎, or a refusal with what the articles cover and example buttons. */
function render(deps: AskDeps, result: AnswerResult): { html: string; markup: InlineKeyboardMarkup; answerId: string; files: string[] } {
  const docs = deps.engine.documents();
  const layout = layoutAnswer(result, (file) => docs.find((d) => d.file === file));
  const answerId = newAnswerId();
  if (!result.answered) {
    const s = ui(result.language);
    const html = [layout.html, coverageHtml(result.language, docs), escapeHtml(s.tryThese)].join('\n\n');
    return { html, markup: examplesKeyboard(result.language, REFUSAL_EXAMPLES), answerId, files: [] };
  }
  return { html: layout.html, markup: feedbackKeyboard(answerId), answerId, files: layout.files };
}

/** Puts the final answer into the streamed message (first piece) and sends any further pieces. */
async function finishStreamed(telegram: Telegram, target: Target, messageId: number, html: string, markup: InlineKeyboardMarkup): Promise<void> {
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
async function notify(telegram: Telegram, target: Target, streamedId: number | undefined, html: string): Promise<void> {
  try {
    if (streamedId !== undefined) await editText(telegram, target.chatId, streamedId, html);
    else await sendHtmlMessage(telegram, target, html, { replyTo: target.replyTo });
  } catch (err) {
    log.warn({ chat: target.chatId, error: errorDescription(err) }, 'Could not tell the user about a failure');
  }
}
