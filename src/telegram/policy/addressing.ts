/**
 * When does a chat message talk to the bot, and what is the question?
 * Private chat: every message. Groups: only an @-mention, a reply to one of the bot's messages, or a
 * command for this bot; everything else passes by in silence. The mention is removed from the question.
 */
import type { MiddlewareFn } from 'telegraf';
import type { Message, MessageEntity } from 'telegraf/types';
import type { BotContext } from '../context.js';

export interface BotIdentity {
  id: number;
  username: string;
}

/**
 * The command a message starts with ("/ask@MyBot foo" → { name: 'ask', forUs: true }), from the
 * leading bot_command entity. forUs is false for "/ask@OtherBot"; a bare "/ask" is for every bot.
 */
export function commandOf(text: string, entities: readonly MessageEntity[] | undefined, bot: BotIdentity): { name: string; forUs: boolean } | undefined {
  const first = entities?.[0];
  if (first?.type !== 'bot_command' || first.offset !== 0) return undefined;
  const [cmd = '', to] = text.slice(1, first.length).split('@');
  return { name: cmd.toLowerCase(), forUs: !to || to.toLowerCase() === bot.username.toLowerCase() };
}

/** Removes the bot's @-mentions (entity-based, with a text fallback) and tidies the rest. */
export function stripMentions(text: string, entities: readonly MessageEntity[] | undefined, bot: BotIdentity): { text: string; mentioned: boolean } {
  const handle = `@${bot.username}`.toLowerCase();
  const spans: Array<[number, number]> = [];
  for (const e of entities ?? []) {
    const slice = text.slice(e.offset, e.offset + e.length);
    if ((e.type === 'mention' && slice.toLowerCase() === handle) || (e.type === 'text_mention' && e.user?.id === bot.id)) {
      spans.push([e.offset, e.offset + e.length]);
    }
  }
  let out = text;
  for (const [a, b] of spans.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + ' ' + out.slice(b);
  let mentioned = spans.length > 0;
  // Fallback for clients/tests without entities: a literal @username not followed by a name character.
  const re = new RegExp(`@${bot.username.replace(/[^A-Za-z0-9_]/g, '')}(?![A-Za-z0-9_])`, 'gi');
  if (re.test(out)) {
    mentioned = true;
    out = out.replace(re, ' ');
  }
  out = out
    .replace(/[ \t]+/g, ' ')
    .replace(/^[\s,.:;!-]+/, '')
    .trim();
  return { text: out, mentioned };
}

/** Forum-topic replies point at the topic's creation message; that is not a reply to the bot. */
function repliesToBot(msg: Message.TextMessage | Message.CaptionableMessage, bot: BotIdentity): boolean {
  const r = msg.reply_to_message;
  if (!r || r.from?.id !== bot.id) return false;
  if (msg.is_topic_message && r.message_id === msg.message_thread_id) return false;
  return true;
}

/**
 * The question a group message asks the bot, or undefined when the bot is not addressed.
 * The question may be '' (a bare mention): the caller then shows a hint.
 */
export function groupQuestion(msg: Message.TextMessage | Message.CaptionableMessage, bot: BotIdentity): string | undefined {
  const [body, entities] = 'text' in msg ? [msg.text, msg.entities] : [msg.caption ?? '', msg.caption_entities];
  const { text, mentioned } = stripMentions(body, entities, bot);
  if (mentioned || repliesToBot(msg, bot)) return text;
  return undefined;
}

const isGroup = (type: string | undefined): boolean => type === 'group' || type === 'supergroup';

/**
 * Lets through only what talks to the bot, and sets ctx.question for messages that ask one:
 * button presses and inline queries always; private messages (not from bots); group messages that
 * are commands for us, mention us or reply to us. Channels, other bots and group chatter stop here.
 */
export function addressing(): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    if (ctx.callbackQuery || ctx.inlineQuery) return next();
    const msg = ctx.message as Message | undefined;
    if (!msg) return; // edited messages, channel posts, membership changes: not ours
    const from = msg.from;
    if (from?.is_bot && from.username !== 'GroupAnonymousBot') return; // other bots (and ourselves)
    const me: BotIdentity = { id: ctx.botInfo.id, username: ctx.botInfo.username };
    const [text, entities] = 'text' in msg ? [msg.text, msg.entities] : 'caption' in msg ? [msg.caption ?? '', msg.caption_entities] : [undefined, undefined];
    const command = text !== undefined && 'text' in msg ? commandOf(text, entities, me) : undefined;
    if (ctx.chat?.type === 'private') {
      if (text !== undefined && !command) ctx.question = stripMentions(text, entities, me).text;
      return next();
    }
    if (!isGroup(ctx.chat?.type)) return;
    if (command) return command.forUs ? next() : undefined;
    if (text === undefined) return;
    const question = groupQuestion(msg as Message.TextMessage, me);
    if (question === undefined) return; // not addressed to us: stay silent
    ctx.question = question;
    return next();
  };
}
