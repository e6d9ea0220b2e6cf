import { parse } from 'dotenv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config', () => {
  it('has working defaults with nothing set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ SEEDS_DIR: 'seeds', INDEX_DIR: 'index', RATE_LIMIT_PER_MINUTE: 10, ALLOWED_CHAT_IDS: [] });
    expect(c.OPENAI_API_KEY).toBeUndefined();
  });

  it('parses id lists', () => {
    expect(loadConfig({ ALLOWED_CHAT_IDS: '123, -100456 ,', ADMIN_USER_IDS: '7' })).toMatchObject({ ALLOWED_CHAT_IDS: [123, -100456], ADMIN_USER_IDS: [7] });
  });

  it('names every bad variable in one clear error', () => {
    const messageOf = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    const fields = messageOf({ ALLOWED_USER_IDS: '12,abc', RATE_LIMIT_PER_MINUTE: 'many' });
    expect(fields).toMatch(/ALLOWED_USER_IDS: "abc" is not a numeric Telegram id/);
    expect(fields).toMatch(/RATE_LIMIT_PER_MINUTE/);
    const combination = messageOf({ WEBHOOK_URL: 'https://bot.example.com/hook', CHUNK_SIZE: '200', CHUNK_OVERLAP: '300' });
    expect(combination).toMatch(/TELEGRAM_BOT_TOKEN: is required when WEBHOOK_URL is set/);
    expect(combination).toMatch(/WEBHOOK_SECRET: is required when WEBHOOK_URL is set/);
    expect(combination).toMatch(/CHUNK_OVERLAP: must be smaller than CHUNK_SIZE/);
  });

  it('rejects a malformed URL and a webhook secret Telegram would refuse', () => {
    expect(() => loadConfig({ OPENAI_BASE_URL: 'not a url' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: '1:x', WEBHOOK_URL: 'https://b.example/h', WEBHOOK_SECRET: 'has spaces!' })).toThrow(/WEBHOOK_SECRET/);
  });

  it('loads .env.example as it is (empty optional numbers mean unset)', () => {
    const c = loadConfig(parse(readFileSync(new URL('../.env.example', import.meta.url))));
    expect(c).toMatchObject({ ANSWER_DEADLINE_MS: 10_000, OPENAI_MAX_RETRIES: 2, FEEDBACK_DB: 'data/feedback.sqlite' });
    expect(c.FIRST_TOKEN_MS).toBeUndefined();
    expect(c.METRICS_PORT).toBeUndefined();
    // The JSON-lines feedback log is gone: the SQLite store replaced it.
    expect(c).not.toHaveProperty('FEEDBACK_LOG');
    expect(readFileSync(new URL('../.env.example', import.meta.url), 'utf8')).not.toMatch(/FEEDBACK_LOG/);
  });

  it('keeps the first-token limit inside the deadline', () => {
    expect(() => loadConfig({ ANSWER_DEADLINE_MS: '5000', FIRST_TOKEN_MS: '8000' })).toThrow(/FIRST_TOKEN_MS: must not exceed ANSWER_DEADLINE_MS/);
    expect(loadConfig({ ANSWER_DEADLINE_MS: '5000', FIRST_TOKEN_MS: '2000' }).FIRST_TOKEN_MS).toBe(2000);
  });
});
