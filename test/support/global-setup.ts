import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** The environment variable that names this run of the suite to its workers (see `runTempPrefix`). */
export const RUN_VARIABLE = 'KZBOT_TEST_RUN';

/**
 * Names the run, and removes at its end the temp folders its workers made under that name: a worker process is ended
 * without an 'exit' event, so a folder it meant to remove on exit (the shared copy of the seeds) was left behind by
 * every run. Only this run's folders: another run on the machine keeps its own.
 */
export default function setup(): () => Promise<void> {
  const run = randomBytes(4).toString('hex');
  process.env[RUN_VARIABLE] = run;
  return async () => {
    const prefix = `kzbot-${run}-`;
    for (const name of await readdir(os.tmpdir())) if (name.startsWith(prefix)) await rm(path.join(os.tmpdir(), name), { recursive: true, force: true });
  };
}
