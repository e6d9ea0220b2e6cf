/**
 * Button presses: 👍/👎 under an answer (recorded in the feedback store, acknowledged, the chosen
 * button marked), and example questions (the press asks the question in that chat).
 */
import { Composer, type MiddlewareFn } from 'telegraf';
import { log } from '../../log.js';
import type { BotContext } from '../context.js';
import { ui } from '../presentation/i18n.js';
import { EXAMPLE_DATA, FEEDBACK_DATA, feedbackKeyboard, parseExampleData, parseFeedbackData } from '../presentation/keyboards.js';
import { errorDescription } from '../transport/api.js';
import { askQuestion, type AskDeps } from './ask.js';

export interface ButtonDeps extends AskDeps {
  /** The question quota: an example press asks a question. */
  questionLimit: MiddlewareFn<BotContext>;
}

export function buttons(deps: ButtonDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();

  c.action(FEEDBACK_DATA, (ctx) => {
    const parsed = parseFeedbackData(ctx.match[0]);
    const cq = ctx.callbackQuery;
    const message = cq.message && 'chat' in cq.message ? cq.message : undefined;
    const chatId = message?.chat.id;
    const locale = ctx.locale;
    if (!parsed) return;
    deps.tasks.run('feedback', async () => {
      // A press from an inline message carries no chat: no answer of ours can be checked against it.
      const outcome = chatId === undefined ? 'rejected' : deps.feedback.vote({ answerId: parsed.answerId, chatId, userId: cq.from.id, vote: parsed.vote });
      log.info({ answerId: parsed.answerId, vote: parsed.vote, user: cq.from.id, chat: chatId, outcome }, 'Feedback press');
      const s = ui(locale);
      if (outcome === 'rejected') return void (await ctx.answerCbQuery(s.feedbackInvalid));
      if (outcome === 'unavailable') return void (await ctx.answerCbQuery(s.feedbackUnavailable));
      // A repeat press changes nothing: no Bot API call at all (not even to stop the spinner, which
      // Telegram's client stops by itself), so a flood of presses costs nothing.
      if (outcome === 'unchanged') return;
      await ctx.answerCbQuery(s.feedbackThanks);
      await ctx.telegram
        .editMessageReplyMarkup(chatId, message!.message_id, undefined, feedbackKeyboard(parsed.answerId, parsed.vote))
        .catch((err: unknown) => log.debug({ error: errorDescription(err) }, 'Marking the vote on the buttons failed (cosmetic)'));
    });
  });

  c.action(EXAMPLE_DATA, deps.questionLimit, (ctx) => {
    const example = parseExampleData(ctx.match[0]);
    const target = ctx.target;
    deps.tasks.run('example-ack', () => ctx.answerCbQuery().then(() => undefined));
    if (!example || !target) return;
    askQuestion(deps, {
      telegram: ctx.telegram,
      target,
      question: example.question,
      userId: ctx.from?.id,
      locale: example.locale,
      botUsername: ctx.botInfo.username,
      receivedAt: Date.now(),
    });
  });

  // Anything else (old or foreign buttons): acknowledge, so the client stops its spinner.
  c.on('callback_query', (ctx) => {
    deps.tasks.run('callback', () => ctx.answerCbQuery().then(() => undefined));
  });
  return c;
}
