import pino, { type Logger } from 'pino';

const secrets = new Set<string>();

/** Registers values (bot token, API keys) that must never reach a log line or an error message. */
export function registerSecrets(...values: Array<string | undefined>): void {
  for (const v of values) if (v && v.length >= 6) secrets.add(v);
}

/** Replaces every registered secret in a text with a fixed mask. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join('[REDACTED]');
  return out;
}

/**
 * Structured JSON logs on stderr (stdout stays free for `ask --json`).
 * Every line passes through scrubSecrets, so a token inside an error message or URL is masked too.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', sink: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  return pino(
    { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    { write: (line: string) => sink(scrubSecrets(line)) },
  );
}

export let log: Logger = createLogger();

/** Swaps the process-wide logger (tests capture lines this way). */
export function setLogger(logger: Logger): void {
  log = logger;
}
