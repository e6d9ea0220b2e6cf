import type { Lang } from '../language/lang.js';

export interface Citation {
  /** The [n] marker used in the answer text. */
  n: number;
  file: string;
  lang: Lang;
  title: string;
  /** ISO date (YYYY-MM-DD) when the article states one. */
  date?: string;
  publisher?: string;
  /** The page the quote is on, for a paged source (PDF). */
  page?: number;
  /** Verbatim text from the source file (checked to occur in the cited chunk). */
  quote: string;
  score: number;
}

export interface AnswerResult {
  question: string;
  language: Lang;
  answered: boolean;
  /** Answer text with [n] markers; every marker has a matching citation. */
  answer: string;
  citations: Citation[];
  mode: 'llm' | 'extractive';
  timings: { retrieveMs: number; generateMs: number };
  /** A one-line note for the user, e.g. that the LLM failed and this is the offline answer. */
  note?: string;
  /** The key fact as a short phrase in the question's language, when the answerer is confident of it. */
  lead?: string;
  /**
   * When the sources talk about the subject but do not state the asked fact (answered: false, no
   * citations): the closest passages, for the reader to judge.
   */
  related?: RelatedPassage[];
  /** LLM mode: why the offline answer was sent instead (deadline, first-token, error, invalid). */
  fallback?: string;
}

/** A passage shown with a "not stated" answer; not a citation, since it does not answer. */
export interface RelatedPassage {
  file: string;
  lang: Lang;
  title: string;
  quote: string;
}

/** One earlier exchange in the same conversation, oldest first. */
export interface Turn {
  question: string;
  answer: string;
}

export interface AskOptions {
  history?: Turn[];
  /**
   * LLM mode: called with the answer text generated so far (for streaming to a chat), and the file of
   * each numbered source the model was given ([1] is sourceFiles[0]), so a chat can number markers
   * while streaming the way the final answer will.
   */
  onPartial?: (textSoFar: string, sourceFiles?: readonly string[]) => void;
  /** Ends the wait early (e.g. at shutdown): the offline answer is given at once. */
  signal?: AbortSignal;
}

export interface DocumentInfo {
  file: string;
  lang: Lang;
  title: string;
  date?: string;
  publisher?: string;
  /** The canonical address of a web page or saved link. */
  url?: string;
  chunks: number;
  chars: number;
}
