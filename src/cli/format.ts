import { phrase } from '../answer/phrases.js';
import type { AnswerResult } from '../answer/types.js';

/** An answer for a terminal: the text, then each cited source with its quote (or the closest passages). */
export function formatForTerminal(result: AnswerResult): string {
  // The offline answer repeats its quotes after the lead; here each quote is shown once, under its source.
  const body = result.mode === 'extractive' && result.citations.length ? result.answer.split('\n\n')[0]! : result.answer;
  const lines = [body];
  if (result.note) lines.push('', `(${result.note})`);
  if (result.related?.length) {
    lines.push('', phrase('closestPassages', result.language));
    for (const r of result.related) lines.push(`  ${r.file} · ${r.lang.toUpperCase()} · ${r.title}`, `      «${r.quote}»`);
  }
  if (result.citations.length) {
    lines.push('', phrase('sources', result.language));
    for (const c of result.citations) {
      const meta = [c.page ? `${c.file} p. ${c.page}` : c.file, c.lang.toUpperCase(), c.publisher, c.date].filter(Boolean).join(' · ');
      lines.push(`  [${c.n}] ${meta}`, `      «${c.quote}»`);
    }
  }
  return lines.join('\n');
}
