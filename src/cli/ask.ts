import { createEngine } from '../answer/engine.js';
import { cliConfig, run } from './shared.js';
import { formatForTerminal } from './format.js';

// npm run ask -- [--json] "question"
run(async () => {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const question = args.filter((a) => a !== '--json').join(' ');
  if (!question.trim()) {
    process.stderr.write('usage: npm run ask -- [--json] "your question"\n');
    process.exitCode = 2;
    return;
  }
  const engine = await createEngine(cliConfig());
  const result = await engine.ask(question);
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${formatForTerminal(result)}\n`);
});
