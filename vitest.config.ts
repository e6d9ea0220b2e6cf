import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that run longest (child processes, the 1,000-question load, every golden set). Without timings from an
 * earlier run (a fresh clone, as in CI) vitest starts the largest files first, and these small ones ran last, on
 * their own, for the last 30 s of the suite.
 */
const LONGEST = ['test/bench.test.ts', 'test/telegram/load.test.ts', 'test/golden.test.ts', 'test/telegram/process.test.ts', 'test/ingest-pool.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = LONGEST.findIndex((name) => file.moduleId.endsWith(name));
      return i < 0 ? LONGEST.length : i;
    };
    // (The sort is stable: the rest keep vitest's order.)
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file spawns its own local peers (Bot API emulator, OpenAI-compatible server) on free ports.
    pool: 'forks',
    // Most suites wait on local HTTP peers and timers rather than the CPU: run three files at a time.
    maxWorkers: 3,
    // Files in one worker share loaded modules: importing the app per file cost more than the tests themselves
    // (94 s of 139). Every suite builds its own engine, peers and temp folders, so none leans on another's state.
    isolate: false,
    sequence: { sequencer: LongestFirst },
    globalSetup: ['test/support/global-setup.ts'],
  },
});
