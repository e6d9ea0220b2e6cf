/**
 * The real entry point (src/cli/start.ts) as a child process against the emulator:
 * SIGTERM stops it gracefully with exit code 0; a 409 Conflict from getUpdates ends it with
 * exit code 1 and a clear message.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
let emu: TelegramEmulator;
let dir: string;

beforeAll(async () => {
  emu = await startTelegramEmulator();
  dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-proc-'));
  await cp(path.join(ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
});

afterAll(async () => {
  await emu?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Starts the bot process; resolves when it has logged its start-up summary. */
function startProcess(token: string) {
  // A clean environment and a temp cwd: no developer .env, no real token or API key.
  const child = spawn(TSX, [path.join(ROOT, 'src/cli/start.ts')], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dir,
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: emu.apiRoot,
      SEEDS_DIR: path.join(dir, 'seeds'),
      INDEX_DIR: path.join(dir, `index-${token.split(':')[0]}`),
      FEEDBACK_LOG: path.join(dir, 'feedback.jsonl'),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

// Both start a process (a few seconds of TypeScript start-up each): run them side by side.
describe.concurrent('bot process', () => {
  it('stops gracefully on SIGTERM', async ({ expect }) => {
    const p = startProcess('400001:proc-token');
    try {
      await emu.waitFor(() => /started \(polling\)/.test(p.stderr()), 20_000, 'start-up summary');
      const client = emu.client('400001:proc-token', { userId: 5 });
      await client.sendCommand(client.makeCommand('/help'));
      await emu.waitFor(() => emu.botMessages('400001:proc-token', 5)[0], 5000, 'a reply from the process');
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
      expect(p.stderr()).toMatch(/"signal":"SIGTERM"/);
      expect(p.stderr()).toMatch(/Telegram bot stopped/);
      expect(p.stderr()).not.toContain('400001:proc-token'); // the token never reaches a log line
    } finally {
      p.child.kill('SIGKILL');
    }
  });

  it('exits with code 1 and a clear message on 409 Conflict', async ({ expect }) => {
    const token = '400002:conflict-token';
    emu.failNext('getUpdates', 1, { error_code: 409, description: 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running' }, { token });
    const p = startProcess(token);
    try {
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toMatch(/409 Conflict.*another process is already receiving updates for @TestNameBot/);
    } finally {
      p.child.kill('SIGKILL');
    }
  });
});
