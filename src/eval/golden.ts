import type { Engine } from '../answer/engine.js';
import type { AnswerResult } from '../answer/types.js';
import { figureValuesOf, termsOf } from '../language/analyse.js';
import { detectLanguage } from '../language/detect.js';
import { LANGS, type Lang } from '../language/lang.js';
import { MONTH_CONCEPTS, SCALE_CONCEPTS } from '../language/lexicon/index.js';

export interface GoldenQuestion {
  id: string;
  q: string;
  qlang: string;
  kind: 'fact' | 'unanswerable';
  sources: string[];
  /** Every group must be matched by one of its alternatives (case-insensitive substring of the answer). */
  facts: string[][];
}

export interface QuestionOutcome {
  id: string;
  qlang: string;
  kind: GoldenQuestion['kind'];
  question: string;
  hit1: boolean;
  hit3: boolean;
  factsOk: boolean;
  refusedOk: boolean;
  /** The key fact the answer leads with, when it states one. */
  lead?: string;
  /** Whether that lead holds one of the expected facts. */
  leadOk?: boolean;
  answered: boolean;
  cited: string[];
  answer: string;
}

export interface Scores {
  questions: number;
  hit_at_1: number;
  hit_at_3: number;
  fact_accuracy: number;
  refusal_accuracy: number | null;
  /** Among answers that lead with a key fact: the share whose lead is right. */
  lead_precision: number | null;
  /** The share of answered questions that lead with a key fact. */
  lead_rate: number;
}

export interface EvalReport {
  overall: Scores;
  by_language: Record<string, Scores>;
  outcomes: QuestionOutcome[];
}

export function parseGolden(text: string): GoldenQuestion[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as GoldenQuestion;
      } catch {
        throw new Error(`golden file line ${i + 1} is not valid JSON`);
      }
    });
}

export function judge(q: GoldenQuestion, r: AnswerResult): QuestionOutcome {
  const cited = r.citations.map((c) => c.file);
  const answer = r.answer.toLowerCase();
  const answerable = q.kind !== 'unanswerable';
  return {
    id: q.id,
    qlang: q.qlang,
    kind: q.kind,
    question: q.q,
    hit1: answerable && q.sources.includes(cited[0] ?? ''),
    hit3: answerable && cited.slice(0, 3).some((f) => q.sources.includes(f)),
    factsOk: answerable && r.answered && q.facts.every((group) => group.some((alt) => answer.includes(alt.toLowerCase()))),
    refusedOk: !answerable && !r.answered && cited.length === 0,
    lead: r.lead,
    leadOk: r.lead === undefined || !answerable ? undefined : q.facts.some((group) => group.some((alt) => leadStates(r.lead!, langOf(q.qlang), alt))),
    answered: r.answered,
    cited,
    answer: r.answer,
  };
}

/** A question's language as the golden file gives it (English for one it does not name). */
const langOf = (qlang: string): Lang => LANGS.find((l) => l === qlang) ?? 'en';

/**
 * Whether a lead line states a fact's alternative. The lead is written in the asker's language and the alternative in
 * its article's ("$4.2 billion" for «4,2 млрд», «6 қараша» for «6 ноября», "Stephen Schwarzman" for «Шварцман»), so
 * they are compared by what they mean: the same figures, with the same scale and month where the alternative gives
 * one, or, with no figure, every name (by its consonants) and concept of the alternative.
 */
export function leadStates(lead: string, leadLang: Lang, alt: string): boolean {
  if (lead.toLowerCase().includes(alt.toLowerCase())) return true;
  const meaning = (text: string, lang: Lang) => {
    const keys = new Set(termsOf(text, lang).map((t) => t.key));
    // (Figures of one digit are no term of their own: «6 ноября», «november 6.».)
    const figures = new Set([...figureValuesOf([...keys]), ...(text.match(/(?<![\d.,])\d(?!\d|[.,]\d)/gu) ?? [])]);
    return { keys, figures };
  };
  const said = meaning(lead, leadLang);
  const fact = meaning(alt, detectLanguage(alt, leadLang));
  if (fact.figures.size) {
    const qualifiers = [...fact.keys].filter((k) => k.startsWith('c:') && (SCALE_CONCEPTS.has(k.slice(2)) || MONTH_CONCEPTS.has(k.slice(2))));
    return [...fact.figures].every((f) => said.figures.has(f)) && qualifiers.every((k) => said.keys.has(k));
  }
  const content = [...fact.keys].filter((k) => k.startsWith('s:') || k.startsWith('c:'));
  return content.length > 0 && content.every((k) => said.keys.has(k));
}

const share = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);

function score(outcomes: QuestionOutcome[]): Scores {
  const facts = outcomes.filter((o) => o.kind !== 'unanswerable');
  const refusals = outcomes.filter((o) => o.kind === 'unanswerable');
  const leads = facts.filter((o) => o.leadOk !== undefined);
  return {
    questions: outcomes.length,
    hit_at_1: share(facts.filter((o) => o.hit1).length, facts.length),
    hit_at_3: share(facts.filter((o) => o.hit3).length, facts.length),
    fact_accuracy: share(facts.filter((o) => o.factsOk).length, facts.length),
    refusal_accuracy: refusals.length ? share(refusals.filter((o) => o.refusedOk).length, refusals.length) : null,
    lead_precision: leads.length ? share(leads.filter((o) => o.leadOk).length, leads.length) : null,
    lead_rate: share(leads.length, facts.filter((o) => o.answered).length),
  };
}

/** Asks every golden question (each on its own, no history) and scores the answers. */
export async function evaluate(engine: Pick<Engine, 'ask'>, questions: GoldenQuestion[]): Promise<EvalReport> {
  const outcomes: QuestionOutcome[] = [];
  for (const q of questions) outcomes.push(judge(q, await engine.ask(q.q)));
  const languages = [...new Set(outcomes.map((o) => o.qlang))].sort();
  return {
    overall: score(outcomes),
    by_language: Object.fromEntries(languages.map((l) => [l, score(outcomes.filter((o) => o.qlang === l))])),
    outcomes,
  };
}

const pct = (x: number | null) => (x === null ? '   –' : `${(x * 100).toFixed(0).padStart(3)}%`);

export function formatReport(report: EvalReport, file: string): string {
  const rows = [['overall', report.overall], ...Object.entries(report.by_language)] as Array<[string, Scores]>;
  const lines = [`golden set: ${file}`, 'lang      n  hit@1  hit@3  facts  refusals  lead  lead ok'];
  for (const [name, s] of rows) {
    lines.push(`${name.padEnd(8)}${String(s.questions).padStart(3)}  ${pct(s.hit_at_1)}   ${pct(s.hit_at_3)}   ${pct(s.fact_accuracy)}   ${pct(s.refusal_accuracy)}    ${pct(s.lead_rate)}   ${pct(s.lead_precision)}`);
  }
  const misses = report.outcomes.filter((o) => (o.kind === 'unanswerable' ? !o.refusedOk : !o.factsOk || !o.hit3));
  if (misses.length) {
    lines.push('', 'misses:');
    for (const o of misses) {
      const what = o.kind === 'unanswerable' ? 'answered an unanswerable question' : !o.answered ? 'refused' : !o.hit3 ? `wrong sources (${o.cited.join(', ')})` : 'facts missing';
      lines.push(`  ${o.id} [${o.qlang}] ${o.question}\n      ${what}: ${o.answer.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  const wrongLeads = report.outcomes.filter((o) => o.leadOk === false);
  if (wrongLeads.length) {
    lines.push('', 'wrong leads:');
    for (const o of wrongLeads) lines.push(`  ${o.id} [${o.qlang}] «${o.lead}»: ${o.question}`);
  }
  return lines.join('\n');
}
