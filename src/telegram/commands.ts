/**
 * Bot commands: /start, /help, /ask, /sources, /source, /new.
 */
import type { Engine } from '../answer/engine.js';
import { log } from '../log.js';
import { stripMentions, type ParsedCommand } from './addressing.js';
import { errorDescription } from './api.js';
import { conversationKey } from './conversation.js';
import { messages } from './messages.js';
import { admit, ask, respond, type BotRuntime, type Origin } from './runtime.js';

const KNOWN_COMMANDS = new Set(['start', 'help', 'ask', 'sources', 'source', 'new']);

export function onCommand(rt: BotRuntime, cmd: ParsedCommand, o: Origin): void {
  if (!KNOWN_COMMANDS.has(cmd.name)) {
    if (!o.isPrivate) return;
    if (admit(rt, o.target, o.chatId, o.userId, o.locale, false)) respond(rt, 'unknown-command', o.target, () => messages.unknownCommand(o.locale));
    return;
  }
  if (cmd.name === 'ask') {
    if (!cmd.args) {
      if (admit(rt, o.target, o.chatId, o.userId, o.locale, false)) respond(rt, 'ask-usage', o.target, () => messages.askUsage(o.locale));
      return;
    }
    // "/ask @bot question" is fine too
    return ask(rt, o, stripMentions(cmd.args, undefined, o.me).text);
  }
  const counted = cmd.name === 'sources' || cmd.name === 'source';
  if (!admit(rt, o.target, o.chatId, o.userId, o.locale, counted)) return;
  const { engine } = rt;
  switch (cmd.name) {
    case 'start':
      return respond(rt, 'start', o.target, () => messages.start(o.locale, engine.documents()));
    case 'help':
      return respond(rt, 'help', o.target, () => messages.help(o.locale, engine.documents(), o.me.username));
    case 'sources':
      return respond(rt, 'sources', o.target, () => messages.sources(o.locale, engine.documents()));
    case 'source':
      return respond(rt, 'source', o.target, () => {
        const arg = cmd.args;
        if (!arg) return messages.sourceUsage(o.locale);
        let found: ReturnType<Engine['document']>;
        try {
          found = arg.length <= 256 ? engine.document(arg) : undefined;
        } catch (err) {
          log.warn({ arg: arg.slice(0, 64), error: errorDescription(err) }, 'engine.document failed; treating as not found');
          found = undefined;
        }
        if (!found) return messages.sourceNotFound(o.locale, arg, engine.documents().length);
        return messages.sourceDetails(o.locale, found.info, found.opening);
      });
    case 'new':
      // In the chat's queue: answers still in progress are remembered first, then forgotten.
      return respond(rt, 'new', o.target, () => {
        rt.conversations.reset(conversationKey(o.target.chatId, o.target.threadId));
        return messages.newConversation(o.locale);
      });
  }
}
