/**
 * npx tsx bench/question-kinds.ts [--json]
 *
 * Accuracy of the question analyser (src/answer/question.ts) on its phrasing table
 * (test/fixtures/question-kinds.txt), per language and per kind, the phrasings it still gets wrong, and the
 * time per question. The table was written for the analyser, so this measures coverage, not generalisation.
 */
import { performance } from 'node:perf_hooks';
import { understandQuestion } from '../src/answer/question.js';
import { LANGS } from '../src/language/lang.js';
import { loadQuestionTable } from '../test/support/question-table.js';

const json = process.argv.includes('--json');
const rows = loadQuestionTable();

const misses: string[] = [];
const byLang: Record<string, { ok: number; n: number }> = {};
const byKind: Record<string, { ok: number; n: number }> = {};
for (const row of rows) {
  const got = understandQuestion(row.question, row.lang);
  const ok = got.kind === row.kind;
  for (const [table, key] of [[byLang, row.lang], [byKind, row.kind]] as const) {
    table[key] ??= { ok: 0, n: 0 };
    table[key].n++;
    if (ok) table[key].ok++;
  }
  if (!ok) misses.push(`${row.lang} ${row.kind} → ${got.kind}: ${row.question}`);
}

// Time: every question of the table, warm, many rounds.
for (const row of rows) understandQuestion(row.question, row.lang);
const rounds = 20;
const started = performance.now();
for (let r = 0; r < rounds; r++) for (const row of rows) understandQuestion(row.question, row.lang);
const microsPerQuestion = ((performance.now() - started) * 1000) / (rounds * rows.length);

const correct = rows.length - misses.length;
const figures = {
  questions: rows.length,
  accuracy: correct / rows.length,
  perLanguage: Object.fromEntries(LANGS.map((l) => [l, byLang[l] ? byLang[l].ok / byLang[l].n : null])),
  perKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.ok / v.n])),
  microsPerQuestion: Math.round(microsPerQuestion * 10) / 10,
  misses,
};

if (json) console.log(JSON.stringify(figures));
else {
  const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
  console.log(`question kinds: ${correct}/${rows.length} = ${pct(figures.accuracy)}  (${figures.microsPerQuestion} µs per question, warm)`);
  console.log(`per language: ${LANGS.map((l) => `${l} ${pct(figures.perLanguage[l] ?? null)}`).join('  ')}`);
  console.log(`per kind: ${Object.entries(figures.perKind).map(([k, v]) => `${k} ${pct(v)}`).join('  ')}`);
  if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
}
