/**
 * Verifies the test harness itself (emulator + proxy) with a bare telegraf bot, independent of
 * our bot code: long polling, sendMessage, the served-by-proxy methods, file download,
 * injected updates, error injection and the webhook relay with a secret token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Telegraf } from 'telegraf';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';

describe('telegram emulator harness', () => {
  let emu: TelegramEmulator;
  beforeAll(async () => {
    emu = await startTelegramEmulator();
  });
  afterAll(async () => {
    await emu?.close();
  });

  it('serves a polling telegraf bot end to end, plus the methods the emulator lacks', async () => {
    const token = '111:harness';
    const bot = new Telegraf(token, { telegram: { apiRoot: emu.apiRoot } });
    bot.on('message', async (ctx) => {
      await ctx.sendChatAction('typing');
      await ctx.reply(`echo: ${'text' in ctx.message ? ctx.message.text : '?'}`);
    });
    bot.on('inline_query', async (ctx) => {
      await ctx.answerInlineQuery([]);
    });
    const running = bot.launch();
    try {
      await bot.telegram.setMyCommands([{ command: 'help', description: 'help' }]);
      const client = emu.client(token, { userId: 5 });
      await client.sendMessage(client.makeMessage('hello'));
      const reply = await emu.waitFor(() => emu.botMessages(token, 5).find((m) => m.message.text === 'echo: hello'));
      expect(reply).toBeTruthy();
      expect(emu.callsOf('sendChatAction', token)).toHaveLength(1);
      expect(emu.callsOf('setMyCommands', token)[0]?.body.commands[0].command).toBe('help');

      emu.injectUpdate(token, { inline_query: { id: 'iq1', from: { id: 5, is_bot: false, first_name: 'T' }, query: 'x', offset: '' } });
      await emu.waitFor(() => emu.callsOf('answerInlineQuery', token).length === 1);

      emu.addFile('F1', Buffer.from('file body'), 'documents/a.txt');
      const link = await bot.telegram.getFileLink('F1');
      expect(await (await fetch(link)).text()).toBe('file body');

      emu.failNext('sendMessage', 1, { error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } });
      await expect(bot.telegram.sendMessage(5, 'x')).rejects.toMatchObject({ code: 429, parameters: { retry_after: 1 } });
    } finally {
      bot.stop('test');
      await running.catch(() => undefined);
    }
  });

  it('relays webhook updates with the secret token header', async () => {
    const token = '222:hook';
    const seen: Array<string | undefined> = [];
    const hookServer = createServer((req, res) => {
      seen.push(req.headers['x-telegram-bot-api-secret-token'] as string | undefined);
      req.resume();
      req.on('end', () => res.end('ok'));
    });
    await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', () => r()));
    try {
      const port = (hookServer.address() as AddressInfo).port;
      const bot = new Telegraf(token, { telegram: { apiRoot: emu.apiRoot } });
      await bot.telegram.setWebhook(`http://127.0.0.1:${port}/hook`, { secret_token: 'S3cret' });
      const client = emu.client(token, { userId: 6 });
      await client.sendMessage(client.makeMessage('via hook'));
      await emu.waitFor(() => seen.length === 1);
      expect(seen[0]).toBe('S3cret');
    } finally {
      hookServer.closeAllConnections();
      await new Promise((r) => hookServer.close(r));
    }
  });
});
