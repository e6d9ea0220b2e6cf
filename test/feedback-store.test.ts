/**
 * The SQLite feedback store on a real database file in a temp folder: votes only for an answer sent
 * to the same chat, one vote per user per answer, stats by period and language, persistence across a
 * reopen, and a corrupt or locked database reported while the caller carries on.
 */
import Database from 'better-sqlite3';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { SqliteFeedbackStore as FeedbackStore, formatStats, type SentAnswer } from '../src/telegram/state/feedback-store.js';

let dir: string;
let stores: FeedbackStore[] = [];
let logLines: string[];
const logger = createLogger('error', (line) => logLines.push(line));

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-feedback-'));
  stores = [];
  logLines = [];
});
afterEach(async () => {
  for (const s of stores) s.close();
  await rm(dir, { recursive: true, force: true });
});

function open(file = path.join(dir, 'sub', 'feedback.sqlite'), now = () => Date.now()) {
  const store = FeedbackStore.open(file, { now, logger: () => logger, busyTimeoutMs: 50 });
  stores.push(store);
  return store;
}

const sent = (answerId: string, chatId: number, extra: Partial<SentAnswer> = {}): SentAnswer => ({
  answerId, chatId, language: 'ru', mode: 'llm', answered: true, fallback: false, files: ['000_a.txt'], ...extra,
});

describe('votes', () => {
  it('one vote per user per answer: a change is recorded, a repeat changes nothing', () => {
    const store = open();
    store.recordAnswer(sent('A1', 5));
    expect(store.vote({ answerId: 'A1', chatId: 5, userId: 50, vote: 'up' })).toBe('recorded');
    expect(store.vote({ answerId: 'A1', chatId: 5, userId: 50, vote: 'up' })).toBe('unchanged');
    expect(store.vote({ answerId: 'A1', chatId: 5, userId: 50, vote: 'down' })).toBe('changed');
    expect(store.vote({ answerId: 'A1', chatId: 5, userId: 51, vote: 'up' })).toBe('recorded');
    const all = store.stats().periods.all.total;
    expect(all).toMatchObject({ answers: 1, up: 1, down: 1 });
  });

  it("refuses a press naming another chat's answer, or no answer at all", () => {
    const store = open();
    store.recordAnswer(sent('A5', 5));
    expect(store.vote({ answerId: 'A5', chatId: 6, userId: 60, vote: 'down' })).toBe('rejected');
    expect(store.vote({ answerId: 'nope', chatId: 5, userId: 50, vote: 'down' })).toBe('rejected');
    expect(store.stats().periods.all.total).toMatchObject({ up: 0, down: 0 });
  });

  it('2,000 presses of one button store one vote and ask for one update', () => {
    const store = open();
    store.recordAnswer(sent('F1', 9));
    const outcomes = Array.from({ length: 2_000 }, () => store.vote({ answerId: 'F1', chatId: 9, userId: 90, vote: 'up' }));
    expect(outcomes.filter((o) => o === 'recorded' || o === 'changed')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'unchanged')).toHaveLength(1_999);
    expect(store.stats().periods.all.total.up).toBe(1);
  });

  it('keeps everything across a reopen, and records no question text', async () => {
    const file = path.join(dir, 'feedback.sqlite');
    const first = open(file);
    first.recordAnswer(sent('P1', 3, { files: ['001_b.txt', '002_c.txt'] }));
    first.vote({ answerId: 'P1', chatId: 3, userId: 30, vote: 'down' });
    first.close();
    const again = open(file);
    expect(again.vote({ answerId: 'P1', chatId: 3, userId: 30, vote: 'down' })).toBe('unchanged');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT files FROM answers').get()).toEqual({ files: '["001_b.txt","002_c.txt"]' });
    expect(db.prepare("SELECT name FROM pragma_table_info('answers')").all().map((r: any) => r.name)).not.toContain('question');
    db.close();
  });
});

describe('stats', () => {
  it('answers, declines, LLM fallbacks and votes over the last day, week and all time, by language', () => {
    let now = Date.UTC(2026, 10, 20);
    const store = open(undefined, () => now);
    const DAY = 24 * 60 * 60 * 1000;
    store.recordAnswer(sent('old', 1, { language: 'en', at: now - 30 * DAY }));
    store.recordAnswer(sent('week', 1, { language: 'ru', answered: false, at: now - 3 * DAY }));
    store.recordAnswer(sent('today1', 1, { language: 'ru', mode: 'extractive', fallback: true, at: now - 60_000 }));
    store.recordAnswer(sent('today2', 2, { language: 'hu', at: now - 1_000 }));
    now -= 10 * DAY;
    store.vote({ answerId: 'old', chatId: 1, userId: 1, vote: 'down' });
    now += 10 * DAY;
    store.vote({ answerId: 'today1', chatId: 1, userId: 1, vote: 'up' });
    store.vote({ answerId: 'today2', chatId: 2, userId: 2, vote: 'up' });

    const { periods } = store.stats();
    expect(periods.day.total).toEqual({ answers: 2, declines: 0, fallbacks: 1, up: 2, down: 0 });
    expect(periods.day.byLanguage.ru).toEqual({ answers: 1, declines: 0, fallbacks: 1, up: 1, down: 0 });
    expect(periods.week.total).toEqual({ answers: 3, declines: 1, fallbacks: 1, up: 2, down: 0 });
    expect(periods.all.total).toEqual({ answers: 4, declines: 1, fallbacks: 1, up: 2, down: 1 });
    expect(periods.all.byLanguage.en).toEqual({ answers: 1, declines: 0, fallbacks: 0, up: 0, down: 1 });
    const table = formatStats(store.stats());
    expect(table).toMatch(/all time\n.*answers.*\n(.*\n)*all\s+4\s+1\s+1\s+2\s+1/);
  });
});

describe('a damaged or busy database', () => {
  it('a corrupt file is reported, and the store becomes a no-op', async () => {
    const file = path.join(dir, 'feedback.sqlite');
    await writeFile(file, Buffer.alloc(8192, 'this is not an sqlite database '));
    const store = open(file);
    expect(store.available).toBe(false);
    expect(logLines.join('')).toMatch(/Feedback database: could not open/);
    expect(() => store.recordAnswer(sent('X', 1))).not.toThrow();
    expect(store.vote({ answerId: 'X', chatId: 1, userId: 1, vote: 'up' })).toBe('unavailable');
    expect(store.stats().available).toBe(false);
    expect(formatStats(store.stats())).toMatch(/unavailable/);
  });

  it('a database locked by another process fails that operation with a logged error, then works again', () => {
    const file = path.join(dir, 'feedback.sqlite');
    const store = open(file);
    store.recordAnswer(sent('L1', 4));
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    expect(store.vote({ answerId: 'L1', chatId: 4, userId: 40, vote: 'up' })).toBe('unavailable');
    expect(logLines.join('')).toMatch(/SQLITE_BUSY/);
    other.exec('ROLLBACK');
    other.close();
    expect(store.available).toBe(true);
    expect(store.vote({ answerId: 'L1', chatId: 4, userId: 40, vote: 'up' })).toBe('recorded');
  });
});
