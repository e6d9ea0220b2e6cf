/**
 * When does a chat message talk to the bot, and what is the question?
 * Private chat: every text. Groups: only an @-mention, a reply to one of the bot's messages, or a
 * command (handled by the command parser). The mention itself is removed from the question.
 */
import type { Message, MessageEntity } from 'telegraf/types';

export interface BotIdentity {
  id: number;
  username: string;
}

export interface ParsedCommand {
  /** Lower-cased command name without the slash, e.g. 'ask'. */
  name: string;
  /** Text after the command, trimmed. */
  args: string;
}

/**
 * "/ask@MyBot  foo" → { name: 'ask', args: 'foo' }. Undefined when the text is not a command, or is a
 * command addressed to another bot (/ask@OtherBot).
 */
export function parseCommand(text: string, entities: readonly MessageEntity[] | undefined, bot: BotIdentity): ParsedCommand | undefined {
  const m = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{3,64}))?(?=\s|$)([\s\S]*)$/.exec(text);
  if (!m) return undefined;
  const first = entities?.[0];
  if (entities && entities.length && !(first?.type === 'bot_command' && first.offset === 0)) return undefined;
  if (m[2] && m[2].toLowerCase() !== bot.username.toLowerCase()) return undefined;
  return { name: m[1]!.toLowerCase(), args: (m[3] ?? '').trim() };
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
function repliesToBot(msg: Message.TextMessage, bot: BotIdentity): boolean {
  const r = msg.reply_to_message;
  if (!r || r.from?.id !== bot.id) return false;
  if (msg.is_topic_message && r.message_id === msg.message_thread_id) return false;
  return true;
}

/**
 * The question a group message asks the bot, or undefined when the bot is not addressed.
 * The question may be '' (a bare mention): the caller then shows a hint.
 */
export function groupQuestion(msg: Message.TextMessage, bot: BotIdentity): string | undefined {
  const { text, mentioned } = stripMentions(msg.text, msg.entities, bot);
  if (mentioned || repliesToBot(msg, bot)) return text;
  return undefined;
}

/** The forum topic a message belongs to (only real topics; Telegram rejects thread ids elsewhere). */
export function topicOf(msg: { is_topic_message?: boolean; message_thread_id?: number }): number | undefined {
  return msg.is_topic_message && msg.message_thread_id !== undefined ? msg.message_thread_id : undefined;
}
