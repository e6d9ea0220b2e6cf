import { createEngine } from '../answer/engine.js';
import { cliConfig, run } from './shared.js';

// npm run ingest: brings the index up to date with the seeds folder (only what changed is re-embedded).
run(async () => {
  // An ingest waits for another writer, and keeps no threads for uploads it will not take.
  const engine = await createEngine(cliConfig(), {}, { whenLocked: 'wait', uploadWorkers: { threads: 0 } });
  const { documents, chunks, embedder } = engine.describe();
  process.stdout.write(`${documents} documents, ${chunks} chunks, embedder ${embedder}\n`);
});
