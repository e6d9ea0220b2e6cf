import type { QueryToken } from '../search/retriever.js';
import type { Lang } from '../language/lang.js';
import type { AskedFor } from './extractive.js';

/** What kind of fact a question asks for; it steers which sentences and which key fact answer it. */
export type AnswerKind = 'count' | 'money' | 'date' | 'person' | 'place' | 'percent' | 'other';

// Checked in order: "how much is it worth" is money before "how many" is a count.
const PATTERNS: Array<[AnswerKind, RegExp]> = [
  ['percent', /percent|per cent|what (?:level|share)|процент|уров[ен]|дол[яю]|%|százalék|arány|szint|пайыз|үлес|деңгей/iu],
  // Words that ask for an amount; a question that merely mentions one ("the $4.2 billion deal") is not asking for it.
  ['money', /how much|worth|value|cost|price|amount|sum\b|сумм|стои|стоимост|цен[аеуы]|оценива|объ[её]м|колко струва|стойност|каква сума|сума|mennyi(?:be|t ér)?|mekkora (?:összeg|érték)|érték|összeg|құн|сомас|қанша ақша|бағас/iu],
  ['count', /how many|сколько|колко|hány|қанша|неше/iu],
  ['date', /when|what year|which year|since|date|когда|в каком году|с какого|какого числа|дат[аы]|кога|от кога|коя година|mikor|mióta|melyik évben|hányban|қашан|қай жылы|қай күні/iu],
  ['person', /\bwho\b|whom|кто|кого|кем|кому|\bкой\b|\bкоя\b|\bкои\b|с кого|\bki\b|\bkik\b|kivel|kinek|кім|кіммен|кімге/iu],
  ['place', /where|which city|в каком городе|где|куда|къде|в кой град|\bhol\b|hová|hova|melyik város|қайда|қай жерде|қай қалада/iu],
];

export function answerKind(question: string): AnswerKind {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(question)) return kind;
  return 'other';
}

const FOLLOW_UP_START = /^\s*(?:and|also|what about|how about|и|а|также|ещё|еще|още|ами|és|meg|továbbá|ал|және|сондай-ақ)\b/iu;

/** A question that leans on the previous one: starts like a continuation, or says too little alone. */
export function isFollowUp(question: string, contentWords: number): boolean {
  return FOLLOW_UP_START.test(question) || contentWords <= 2;
}

const COUNT_WORD = /(?:how many|сколько|колко|hány|қанша|неше)\s+(\p{L}+(?:\s+\p{L}+)?)/iu;

/** What the answerer needs to know of a question: the kind of fact, and what is counted. */
export function askedFor(question: string, language: Lang, tokens: QueryToken[]): AskedFor {
  void language;
  const old = answerKind(question);
  const kind: AskedFor['kind'] = old === 'other' ? 'other' : old;
  const counted = kind === 'count' ? question.match(COUNT_WORD)?.[1]?.toLowerCase().split(/\s+/) : undefined;
  const focus = counted ? tokens.filter((t) => counted.includes(t.word)) : undefined;
  const wantsAll = kind === 'person' && tokens.some((t) => t.keys.includes('c:sign'));
  return { kind, focus, wantsAll };
}
