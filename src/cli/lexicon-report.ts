import { loadCorpus } from '../corpus/load.js';
import { COVERAGE_TARGETS, checkLexicon, groupKeyOf } from '../language/lexicon-check.js';
import { run } from './shared.js';

// npm run lexicon [-- --json] [-- --seeds DIR] [-- --all]
// Coverage of the corpus vocabulary by the concept lexicon, and every collision of its forms.
run(async () => {
  const args = process.argv.slice(2);
  const seedsAt = args.indexOf('--seeds');
  const dir = seedsAt >= 0 ? args[seedsAt + 1] : 'seeds';
  if (!dir) throw new Error('--seeds needs a folder');
  const docs = await loadCorpus(dir, (message) => process.stderr.write(`${message}\n`));
  const check = checkLexicon(docs);
  if (args.includes('--json')) {
    process.stdout.write(`${JSON.stringify(check)}\n`);
    return;
  }
  const { coverage, collisions } = check;
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
  const out: string[] = [];
  out.push(`lexicon: ${check.concepts} concepts; corpus: ${docs.length} files in ${dir} (${docs.map((d) => d.lang).join(', ')})`);
  out.push(`grouping: ${groupKeyOf.name} (stem of the folded word)`);
  out.push('');
  out.push(`content stems covered:          ${coverage.covered}/${coverage.groups} = ${pct(coverage.covered, coverage.groups)} (target ≥ ${COVERAGE_TARGETS.all * 100}%)`);
  out.push(`stems occurring twice or more:  ${coverage.repeatedCovered}/${coverage.repeated} = ${pct(coverage.repeatedCovered, coverage.repeated)} (target ${COVERAGE_TARGETS.repeated * 100}%)`);
  out.push(`names left out: ${coverage.names.length}${args.includes('--all') ? ` (${coverage.names.join(', ')})` : ''}`);
  out.push(`concepts the corpus uses without a form in every language: ${coverage.incomplete.length}`);
  for (const line of coverage.incomplete) out.push(`  ${line}`);
  out.push('');
  const shown = args.includes('--all') ? coverage.uncovered : coverage.uncovered.slice(0, 60);
  out.push(`uncovered words (${coverage.uncovered.length}, most frequent first${shown.length < coverage.uncovered.length ? `, first ${shown.length}; --all for every one` : ''}):`);
  for (const u of shown) out.push(`  ${String(u.count).padStart(3)}  ${u.lang}  ${u.word}  [${u.group}]`);
  out.push('');
  out.push(`collisions: ${collisions.length}`);
  for (const c of collisions) out.push(`  ${c.kind.padEnd(13)} ${c.form.padEnd(14)} ${c.detail}`);
  process.stdout.write(`${out.join('\n')}\n`);
});
