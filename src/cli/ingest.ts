import { createEngine } from '../answer/engine.js';
import { cliConfig, run } from './shared.js';

// npm run ingest: brings the index up to date with the seeds folder (only what changed is re-embedded).
run(async () => {
  const engine = await createEngine(cliConfig(), {}, { whenLocked: 'wait' }); // an ingest waits for another writer
  const { documents, chunks, embedder } = engine.describe();
  process.stdout.write(`${documents} documents, ${chunks} chunks, embedder ${embedder}\n`);
});
