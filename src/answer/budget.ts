import type { Config } from '../config.js';

/**
 * How one question's time is shared. Everything it waits on (the follow-up rewrite, the query
 * embedding, the completion) runs under one deadline; the rewrite and the embedding also have
 * small limits of their own so that a slow one still leaves the completion most of the budget,
 * and the first token has a limit so a model that never starts is abandoned early.
 */
export interface AnswerBudget {
  deadlineMs: number;
  /** When the waiting stops: the deadline less a reserve for composing the offline answer. */
  waitMs: number;
  firstTokenMs: number;
  rewriteMs: number;
  embedMs: number;
}

/** Shares of the deadline; the floors keep a tiny test deadline from starving a healthy local call. */
const SHARES = { firstToken: 0.6, rewrite: 0.25, embed: 0.15 };
const FLOOR_MS = 200;

export function answerBudget(config: Pick<Config, 'ANSWER_DEADLINE_MS' | 'FIRST_TOKEN_MS'>): AnswerBudget {
  const d = config.ANSWER_DEADLINE_MS;
  const share = (s: number) => Math.min(d, Math.max(FLOOR_MS, Math.round(d * s)));
  const reserve = Math.min(500, Math.round(d * 0.05));
  return { deadlineMs: d, waitMs: d - reserve, firstTokenMs: config.FIRST_TOKEN_MS ?? share(SHARES.firstToken), rewriteMs: share(SHARES.rewrite), embedMs: share(SHARES.embed) };
}
