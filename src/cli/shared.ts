import { ConfigError, loadConfig, type Config } from '../config.js';
import { log, registerSecrets } from '../log.js';

/** Config for a command-line entry point; a config error is printed plainly and ends the process. */
export function cliConfig(): Config {
  try {
    const config = loadConfig();
    registerSecrets(config.OPENAI_API_KEY, config.TELEGRAM_BOT_TOKEN, config.WEBHOOK_SECRET);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Runs a command's main function; an unexpected error becomes one log line and exit code 1. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    log.error({ err: error }, (error as Error).message ?? 'failed');
    process.exitCode = 1;
  });
}
