/**
 * Feedback in an embedded SQLite database (better-sqlite3): every answer sent (its id, chat, question
 * language, mode, whether it was declined or an LLM fallback, cited files, time; never the question
 * text) and at most one vote per user per answer.
 *
 * A vote counts only for an answer the bot sent to the same chat (a forged button names another
 * chat's answer id and changes nothing). A second press of the other button changes the vote; a
 * repeat press is 'unchanged', so the caller makes no API call.
 *
 * The store never stops the bot: a database that cannot be opened (corrupt, not a database,
 * unwritable) is logged and the store becomes a no-op; a locked one fails that one operation with a
 * logged error ('unavailable') after a short busy wait.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from 'pino';
import { log as processLog } from '../../log.js';
import type { Vote } from '../presentation/keyboards.js';

export type { Vote };

/** What the bot needs from a feedback store (createBot takes any; the default is SQLite at FEEDBACK_DB). */
export interface FeedbackStore {
  /** An answer was sent to a chat (declines included; only answers carry 👍/👎). */
  recordAnswer(answer: SentAnswer): void;
  /** A 👍/👎 press; only 'recorded' and 'changed' call for updating the buttons. */
  vote(press: { answerId: string; chatId: number; userId: number; vote: Vote }): VoteOutcome;
  /** The figures behind /stats. */
  stats(): FeedbackStats;
  close(): void;
}

/** 8 url-safe characters; callback data stays far below Telegram's 64-byte limit. */
export function newAnswerId(): string {
  return randomBytes(6).toString('base64url');
}

export interface SentAnswer {
  answerId: string;
  chatId: number;
  /** The question's language. */
  language: string;
  mode: 'llm' | 'extractive';
  /** False when the answer said the sources do not cover the question. */
  answered: boolean;
  /** True when LLM mode sent the offline answer instead (AnswerResult.fallback). */
  fallback: boolean;
  files: string[];
  /** ms since the epoch; defaults to now. */
  at?: number;
}

/** recorded: first vote; changed: the other button; unchanged: a repeat; rejected: no such answer in that chat. */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'rejected' | 'unavailable';

export interface Tally {
  answers: number;
  declines: number;
  fallbacks: number;
  up: number;
  down: number;
}

export type Period = 'day' | 'week' | 'all';

export interface FeedbackStats {
  /** False when the database is unusable; the tallies are then empty. */
  available: boolean;
  periods: Record<Period, { total: Tally; byLanguage: Record<string, Tally> }>;
}

export interface FeedbackStoreOptions {
  /** Wait this long for a lock held by another connection before failing the operation. Default 250 ms. */
  busyTimeoutMs?: number;
  now?: () => number;
  logger?: () => Logger;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const PERIOD_MS: Record<Period, number> = { day: DAY_MS, week: 7 * DAY_MS, all: Number.POSITIVE_INFINITY };
const VOTE_VALUE: Record<Vote, number> = { up: 1, down: -1 };

const SCHEMA = `
CREATE TABLE IF NOT EXISTS answers (
  id TEXT PRIMARY KEY,
  chat_id INTEGER NOT NULL,
  lang TEXT NOT NULL,
  mode TEXT NOT NULL,
  answered INTEGER NOT NULL,
  fallback INTEGER NOT NULL,
  files TEXT NOT NULL,
  at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS answers_at ON answers(at);
CREATE TABLE IF NOT EXISTS votes (
  answer_id TEXT NOT NULL REFERENCES answers(id) ON DELETE CASCADE,
  user_id INTEGER NOT NULL,
  vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
  at INTEGER NOT NULL,
  PRIMARY KEY (answer_id, user_id)
) STRICT;
CREATE INDEX IF NOT EXISTS votes_at ON votes(at);
`;

const emptyTally = (): Tally => ({ answers: 0, declines: 0, fallbacks: 0, up: 0, down: 0 });
const emptyStats = (available: boolean): FeedbackStats => ({
  available,
  periods: { day: { total: emptyTally(), byLanguage: {} }, week: { total: emptyTally(), byLanguage: {} }, all: { total: emptyTally(), byLanguage: {} } },
});

type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  return {
    insertAnswer: db.prepare(
      'INSERT OR IGNORE INTO answers (id, chat_id, lang, mode, answered, fallback, files, at) VALUES (@id, @chatId, @lang, @mode, @answered, @fallback, @files, @at)',
    ),
    answerChat: db.prepare<[string], { chat_id: number }>('SELECT chat_id FROM answers WHERE id = ?'),
    currentVote: db.prepare<[string, number], { vote: number }>('SELECT vote FROM votes WHERE answer_id = ? AND user_id = ?'),
    upsertVote: db.prepare(
      'INSERT INTO votes (answer_id, user_id, vote, at) VALUES (?, ?, ?, ?) ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, at = excluded.at',
    ),
    answerTally: db.prepare<[number], { lang: string; answers: number; declines: number; fallbacks: number }>(
      'SELECT lang, COUNT(*) AS answers, SUM(answered = 0) AS declines, SUM(fallback) AS fallbacks FROM answers WHERE at >= ? GROUP BY lang',
    ),
    voteTally: db.prepare<[number], { lang: string; up: number; down: number }>(
      'SELECT a.lang AS lang, SUM(v.vote = 1) AS up, SUM(v.vote = -1) AS down FROM votes v JOIN answers a ON a.id = v.answer_id WHERE v.at >= ? GROUP BY a.lang',
    ),
  };
}

export class SqliteFeedbackStore implements FeedbackStore {
  private db: Database.Database | undefined;
  private statements: Statements | undefined;
  private readonly now: () => number;
  private readonly logger: () => Logger;

  private constructor(
    readonly file: string,
    options: FeedbackStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.logger = options.logger ?? (() => processLog);
    try {
      if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
      const db = new Database(file, { timeout: options.busyTimeoutMs ?? 250 });
      try {
        db.pragma('journal_mode = WAL'); // readers never block the writer; a crash loses nothing committed
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        db.exec(SCHEMA);
        if (db.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check found the database damaged');
        this.statements = prepare(db);
        this.db = db;
      } catch (error) {
        db.close();
        throw error;
      }
    } catch (error) {
      this.report('open', error);
    }
  }

  /** Opens (creating when missing) the database at `file`; never throws (see `available`). */
  static open(file: string, options: FeedbackStoreOptions = {}): SqliteFeedbackStore {
    return new SqliteFeedbackStore(file, options);
  }

  /** False when the database could not be opened: every call is then a no-op. */
  get available(): boolean {
    return this.db !== undefined;
  }

  /** Records an answer that was sent (with its buttons). */
  recordAnswer(answer: SentAnswer): void {
    this.run('record an answer', () =>
      this.statements!.insertAnswer.run({
        id: answer.answerId,
        chatId: answer.chatId,
        lang: answer.language,
        mode: answer.mode,
        answered: answer.answered ? 1 : 0,
        fallback: answer.fallback ? 1 : 0,
        files: JSON.stringify(answer.files),
        at: answer.at ?? this.now(),
      }),
    );
  }

  /** A button press. Only 'recorded' and 'changed' call for updating the buttons. */
  vote(press: { answerId: string; chatId: number; userId: number; vote: Vote }): VoteOutcome {
    const outcome = this.run('record a vote', () =>
      this.db!.transaction((): VoteOutcome => {
        const s = this.statements!;
        const answer = s.answerChat.get(press.answerId);
        if (!answer || answer.chat_id !== press.chatId) return 'rejected';
        const wanted = VOTE_VALUE[press.vote];
        const current = s.currentVote.get(press.answerId, press.userId)?.vote;
        if (current === wanted) return 'unchanged';
        s.upsertVote.run(press.answerId, press.userId, wanted, this.now());
        return current === undefined ? 'recorded' : 'changed';
      }).immediate(),
    );
    return outcome ?? 'unavailable';
  }

  /** Answers, declines, LLM fallbacks and 👍/👎 over the last day, week and all time, by language. */
  stats(): FeedbackStats {
    return (
      this.run('read the stats', () => {
        const stats = emptyStats(true);
        const now = this.now();
        for (const period of Object.keys(PERIOD_MS) as Period[]) {
          const since = Number.isFinite(PERIOD_MS[period]) ? now - PERIOD_MS[period] : 0;
          const slot = stats.periods[period];
          const tallyOf = (lang: string) => (slot.byLanguage[lang] ??= emptyTally());
          for (const row of this.statements!.answerTally.all(since)) {
            Object.assign(tallyOf(row.lang), { answers: row.answers, declines: row.declines ?? 0, fallbacks: row.fallbacks ?? 0 });
          }
          for (const row of this.statements!.voteTally.all(since)) Object.assign(tallyOf(row.lang), { up: row.up ?? 0, down: row.down ?? 0 });
          for (const t of Object.values(slot.byLanguage)) for (const key of Object.keys(t) as Array<keyof Tally>) slot.total[key] += t[key];
        }
        return stats;
      }) ?? emptyStats(false)
    );
  }

  close(): void {
    try {
      this.db?.close();
    } catch (error) {
      this.report('close', error);
    }
    this.db = undefined;
  }

  /** Runs one database operation; a failure is logged and gives undefined. A damaged file disables the store. */
  private run<T>(what: string, fn: () => T): T | undefined {
    if (!this.db) return undefined;
    try {
      return fn();
    } catch (error) {
      this.report(what, error);
      const code = (error as { code?: string }).code ?? '';
      if (/^SQLITE_(CORRUPT|NOTADB|IOERR|CANTOPEN|READONLY)/.test(code)) this.close();
      return undefined;
    }
  }

  private report(what: string, error: unknown): void {
    const e = error as { code?: string; message?: string };
    this.logger().error(
      { file: this.file, code: e.code, error: e.message ?? String(error) },
      `Feedback database: could not ${what}; answering continues${this.db ? '' : ' without recording feedback'}`,
    );
  }
}

const PERIOD_LABEL: Record<Period, string> = { day: 'last 24 h', week: 'last 7 days', all: 'all time' };
const STATS_HEADER = 'lang  answers declines fallbacks    up  down';

/** A plain-text table of the stats (for /stats inside <pre>): one block per period, one row per language. */
export function formatStats(stats: FeedbackStats): string {
  if (!stats.available) return 'Feedback database unavailable (see the log).';
  const row = (label: string, t: Tally) =>
    [label.padEnd(5), String(t.answers).padStart(7), String(t.declines).padStart(8), String(t.fallbacks).padStart(9), String(t.up).padStart(5), String(t.down).padStart(5)].join(' ');
  const blocks = (Object.keys(PERIOD_LABEL) as Period[]).map((p) => {
    const { total, byLanguage } = stats.periods[p];
    const langs = Object.keys(byLanguage).sort();
    return [PERIOD_LABEL[p], STATS_HEADER, ...langs.map((l) => row(l, byLanguage[l]!)), row('all', total)].join('\n');
  });
  return blocks.join('\n\n');
}
