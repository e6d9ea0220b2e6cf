/**
 * Child process for the engine bench: from process start to the first answer, the way `npm run ask`
 * gets there (config → engine with index sync → one question), but timed phase by phase. Prints one
 * JSON line. Configured through the environment like the app (SEEDS_DIR, INDEX_DIR, ...).
 *
 *   node --import tsx bench/cold-start.ts "question"
 */
const question = process.argv.slice(2).join(' ');
const importStarted = performance.now();
const { createEngine } = await import('../src/answer/engine.js');
const { loadConfig } = await import('../src/config.js');
const importMs = performance.now() - importStarted;

const engineStarted = performance.now();
const engine = await createEngine(loadConfig(process.env));
const engineMs = performance.now() - engineStarted;

const askStarted = performance.now();
const result = await engine.ask(question);
const askMs = performance.now() - askStarted;

process.stdout.write(
  `${JSON.stringify({
    // performance.now() counts from the start of this process (its timeOrigin)
    process_to_answer_ms: performance.now(),
    before_import_ms: importStarted,
    import_ms: importMs,
    engine_ms: engineMs,
    ask_ms: askMs,
    answered: result.answered,
  })}\n`,
);
