import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createEngine } from '../answer/engine.js';
import { cliConfig, run } from './shared.js';
import { evaluate, formatReport, parseGolden } from '../eval/golden.js';

// npm run eval [-- --json] [-- --file F.jsonl | --file DIR]  (a folder: every set in it, as one report)
run(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const fileAt = args.indexOf('--file');
  const file = fileAt >= 0 ? args[fileAt + 1] : 'test/golden/public.jsonl';
  if (!file) throw new Error('--file needs a path');
  const files = (await stat(file)).isDirectory()
    ? (await readdir(file)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => path.join(file, name))
    : [file];
  const questions = (await Promise.all(files.map(async (f) => parseGolden(await readFile(f, 'utf8'))))).flat();
  const engine = await createEngine(cliConfig());
  const report = await evaluate(engine, questions);
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${formatReport(report, file)}\n`);
});
