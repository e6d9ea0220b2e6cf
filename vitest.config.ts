import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file spawns its own local peers (Bot API emulator, OpenAI-compatible server) on free ports.
    pool: 'forks',
    // Most suites wait on local HTTP peers and timers rather than the CPU: run three files at a time.
    maxWorkers: 3,
  },
});
