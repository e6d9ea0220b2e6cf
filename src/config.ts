import 'dotenv/config';
import { z } from 'zod';

/** Comma-separated Telegram ids ("123, -100456") → numbers; anything else is a config error. */
const idList = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const parts = value.split(',').map((p) => p.trim()).filter(Boolean);
    const ids: number[] = [];
    for (const part of parts) {
      if (!/^-?\d+$/.test(part)) {
        ctx.addIssue({ code: 'custom', message: `"${part}" is not a numeric Telegram id` });
        return z.NEVER;
      }
      ids.push(Number(part));
    }
    return ids;
  });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);
/** An integer that may be left empty ("FIRST_TOKEN_MS=" in .env means unset). */
const optionalInt = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), z.coerce.number().int().min(min).max(max).optional());

const schema = z
  .object({
    SEEDS_DIR: z.string().default('seeds'),
    INDEX_DIR: z.string().default('index'),
    CHUNK_SIZE: int(700, 100),
    CHUNK_OVERLAP: int(120, 0),

    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalText.pipe(z.url().optional()),
    OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
    OPENAI_EMBEDDINGS_MODEL: z.string().default('text-embedding-3-small'),
    OPENAI_TIMEOUT_MS: int(20_000, 100),
    /** Retries of a failed embeddings call while indexing (the question path never retries). */
    OPENAI_MAX_RETRIES: int(2, 0),
    /** Everything one question waits on (rewrite, query embedding, completion) shares this budget. */
    ANSWER_DEADLINE_MS: int(10_000, 200),
    /** The completion's first token must come within this many ms (default: 60% of the deadline). */
    FIRST_TOKEN_MS: optionalInt(100),

    TELEGRAM_BOT_TOKEN: optionalText,
    TELEGRAM_API_ROOT: optionalText.pipe(z.url().optional()),
    WEBHOOK_URL: optionalText.pipe(z.url().optional()),
    WEBHOOK_SECRET: optionalText,
    PORT: int(8080, 1),

    ALLOWED_CHAT_IDS: idList,
    ALLOWED_USER_IDS: idList,
    ADMIN_USER_IDS: idList,
    RATE_LIMIT_PER_MINUTE: int(10, 1),
    // Unset: derived from RATE_LIMIT_PER_MINUTE (see limitsFrom in src/telegram/bot.ts).
    COMMAND_LIMIT_PER_MINUTE: optionalInt(1),
    FLOOD_LIMIT_PER_MINUTE: optionalInt(1),
    HISTORY_TURNS: int(3, 0),
    // Test-only: lets an admin's link reach 127.0.0.1 / ::1 (tests serve pages there). Never in production.
    FETCH_ALLOW_LOOPBACK: z.enum(['true', 'false', '1', '0', '']).default('false').transform((v) => v === 'true' || v === '1'),
    FEEDBACK_DB: z.string().default('data/feedback.sqlite'),
    METRICS_TOKEN: optionalText,
    METRICS_PORT: optionalInt(1, 65_535),

    LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.CHUNK_OVERLAP >= c.CHUNK_SIZE) {
      ctx.addIssue({ code: 'custom', path: ['CHUNK_OVERLAP'], message: 'must be smaller than CHUNK_SIZE' });
    }
    if (c.WEBHOOK_URL && !c.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'is required when WEBHOOK_URL is set' });
    }
    if (c.WEBHOOK_URL && !c.WEBHOOK_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when WEBHOOK_URL is set' });
    }
    if (c.WEBHOOK_URL && /[?#]/.test(c.WEBHOOK_URL)) {
      // Updates are matched on the URL's path; a query string would only hide the real route.
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_URL'], message: 'must not contain a query string or fragment (?…, #…): the webhook is matched on its path; put the secret in WEBHOOK_SECRET' });
    }
    if (c.FIRST_TOKEN_MS !== undefined && c.FIRST_TOKEN_MS > c.ANSWER_DEADLINE_MS) {
      ctx.addIssue({ code: 'custom', path: ['FIRST_TOKEN_MS'], message: 'must not exceed ANSWER_DEADLINE_MS' });
    }
    if (c.WEBHOOK_SECRET && !/^[A-Za-z0-9_-]{1,256}$/.test(c.WEBHOOK_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'may hold only A-Z, a-z, 0-9, _ and - (Telegram rule)' });
    }
  });

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Validates the environment (after .env) into a typed config; throws ConfigError listing every problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
