import { createInterface } from 'node:readline/promises';
import { createEngine, type Engine } from '../answer/engine.js';
import type { Turn } from '../answer/types.js';
import type { Config } from '../config.js';
import { log } from '../log.js';
import { formatForTerminal } from './format.js';
import { cliConfig, run } from './shared.js';

const HISTORY_LIMIT = 6;

/** Without a bot token: a console chat on the same engine, with follow-ups. */
async function consoleChat(engine: Engine, config: Config): Promise<void> {
  process.stdout.write(
    'No TELEGRAM_BOT_TOKEN set: console chat. Set TELEGRAM_BOT_TOKEN in .env to run the Telegram bot.\n' +
      'Ask a question (/new forgets the conversation, /sources lists the documents, Ctrl+D quits).\n',
  );
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  let history: Turn[] = [];
  rl.setPrompt('> ');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/new') history = [];
    else if (text === '/sources') {
      for (const [i, d] of engine.documents().entries()) process.stdout.write(`${i + 1}. ${d.file} (${d.lang}) ${d.date ?? ''} ${d.title}\n`);
    } else if (text) {
      const result = await engine.ask(text, { history: history.slice(-config.HISTORY_TURNS) });
      process.stdout.write(`${formatForTerminal(result)}\n\n`);
      history = [...history, { question: result.question, answer: result.answer }].slice(-HISTORY_LIMIT);
    }
    rl.prompt();
  }
}

run(async () => {
  const config = cliConfig();
  if (!config.TELEGRAM_BOT_TOKEN) return consoleChat(await createEngine(config), config);
  // The bot's composition root: one metrics registry counts the engine's dependency failures and the
  // bot's answers, 429s and latency, and is served at /metrics (webhook: PORT; polling: METRICS_PORT).
  const [{ startTelegram }, { metricsEvents }, { metrics }] = await Promise.all([
    import('../telegram/bot.js'),
    import('../telegram/events.js'),
    import('../metrics.js'),
  ]);
  const engine = await createEngine(config, { events: metrics });
  metrics.trackIndex(() => engine.describe());
  await startTelegram(engine, config, {}, { events: metricsEvents(metrics), metrics });
  log.debug('telegram bot started');
});
