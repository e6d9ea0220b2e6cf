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
    // Files in one worker share loaded modules: importing the app per file cost more than the tests themselves
    // (94 s of 139). Every suite builds its own engine, peers and temp folders, so none leans on another's state.
    isolate: false,
  },
});
