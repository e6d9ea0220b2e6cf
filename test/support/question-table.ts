import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/language/lang.js';
import type { QuestionKind } from '../../src/answer/question.js';

/** One row of test/fixtures/question-kinds.txt. */
export interface QuestionCase {
  lang: Lang;
  kind: QuestionKind;
  question: string;
  focus?: string;
  all?: boolean;
  number?: number;
  also?: QuestionKind;
  /** A phrasing the analyser is known to get wrong (kept so a fix shows up). */
  miss?: boolean;
  line: number;
}

const FIXTURE = fileURLToPath(new URL('../fixtures/question-kinds.txt', import.meta.url));

export function loadQuestionTable(path = FIXTURE): QuestionCase[] {
  const cases: QuestionCase[] = [];
  let lang: Lang | undefined;
  readFileSync(path, 'utf8').split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (line.startsWith('@')) {
      lang = line.slice(1).trim() as Lang;
      return;
    }
    if (!lang) throw new Error(`line ${index + 1}: a question before any "@ lang"`);
    const [kind, question, checks = ''] = line.split('|').map((p) => p.trim());
    const row: QuestionCase = { lang, kind: kind as QuestionKind, question: question!, line: index + 1 };
    for (const check of checks.split(/\s+/).filter(Boolean)) {
      const [key, value] = check.split('=');
      if (key === 'focus') row.focus = value;
      else if (key === 'all') row.all = true;
      else if (key === 'n') row.number = Number(value);
      else if (key === 'also') row.also = value as QuestionKind;
      else if (key === 'miss') row.miss = true;
      else throw new Error(`line ${index + 1}: unknown check "${check}"`);
    }
    cases.push(row);
  });
  return cases;
}
