import { readFile } from 'node:fs/promises';
import { createEngine } from '../answer/engine.js';
import { cliConfig, run } from './shared.js';
import { evaluate, formatReport, parseGolden } from '../eval/golden.js';

// npm run eval [-- --json] [-- --file F.jsonl]
run(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const fileAt = args.indexOf('--file');
  const file = fileAt >= 0 ? args[fileAt + 1] : 'test/golden/public.jsonl';
  if (!file) throw new Error('--file needs a path');
  const questions = parseGolden(await readFile(file, 'utf8'));
  const engine = await createEngine(cliConfig());
  const report = await evaluate(engine, questions);
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${formatReport(report, file)}\n`);
});
