import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { detectLanguage } from '../language/detect.js';
import { isSupportedFile, parseDocument, UnreadableDocument, type SourceDocument } from '../corpus/load.js';
import { log } from '../log.js';
import { createEmbeddings, type NamedEmbeddings } from '../search/embeddings.js';
import { describeChanges, loadCommittedIndex, syncSeeds, type IndexChanges, type IndexState, type SyncOptions } from '../search/indexer.js';
import { HybridRetriever, type Retrieval } from '../search/retriever.js';
import { chooseQuotes, citationOf, composeExtractive, selectEvidence } from './extractive.js';
import { createLlm, type LlmAnswerer } from './llm.js';
import { phrase } from './phrases.js';
import { answerKind, isFollowUp } from './question.js';
import type { AnswerResult, AskOptions, Citation, DocumentInfo, Turn } from './types.js';
import type { Lang } from '../language/lang.js';

export const MAX_QUESTION_CHARS = 1000;
export const MAX_UPLOAD_BYTES = 1024 * 1024;
/** Sources given to the LLM: four chunks keep a prompt near 1,300 tokens (see README, bench). */
const LLM_SOURCES = 4;

/**
 * The relevance gate: the share of a question's information the sources must hold to be answered.
 * An LLM judges coverage itself (it may say NOT_COVERED), so its gate only screens out the obvious.
 */
export const COVERAGE_GATE = { extractive: 0.45, llm: 0.25 };

/** A rejected upload; the message is meant for the person who sent it. */
export class UploadError extends Error {}

export interface Engine {
  ask(question: string, options?: AskOptions): Promise<AnswerResult>;
  /** Inline quick lookup: the best matching quotes, no answer text. */
  lookup(query: string, limit?: number): Promise<Citation[]>;
  documents(): DocumentInfo[];
  /** A document by file name or 1-based number, with its opening text. */
  document(ref: string): { info: DocumentInfo; opening: string } | undefined;
  /** Saves an uploaded text file into the seeds folder and indexes it; throws UploadError. */
  addDocument(fileName: string, content: Uint8Array): Promise<DocumentInfo>;
  describe(): { embedder: string; llm: boolean; documents: number; chunks: number };
}

/** Removes what a keyboard cannot mean: control and zero-width characters, runs of blanks. */
export function cleanQuestion(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B-\u200F\u2060-\u2064\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const FILE_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_.() -]{0,120}$/u;

class AnswerEngine implements Engine {
  private docs: SourceDocument[] = [];
  private chunkCounts = new Map<string, number>();
  private retriever!: HybridRetriever;
  private syncing: Promise<unknown> = Promise.resolve();
  /** The loaded index, reused by the next sync while the manifest on disk still names it. */
  private index?: IndexState;

  constructor(
    private readonly config: Config,
    private readonly embedder: NamedEmbeddings,
    private readonly llm: LlmAnswerer | undefined,
    private readonly options: EngineOptions = {},
  ) {}

  /** Loads the seeds and brings the index up to date; returns what changed. */
  async sync(): Promise<IndexChanges> {
    const run = this.syncing.then(async () => {
      const warn = (message: string) => log.warn(message);
      let synced;
      try {
        synced = await syncSeeds(this.config.SEEDS_DIR, {
          indexDir: this.config.INDEX_DIR,
          embedder: this.embedder,
          chunking: { size: this.config.CHUNK_SIZE, overlap: this.config.CHUNK_OVERLAP },
          warn,
          previous: this.index,
          // At start, a bot serves the committed index while another process writes it; an upload or an ingest waits.
          whenLocked: this.retriever ? 'wait' : (this.options.whenLocked ?? 'read-only'),
        });
      } catch (error) {
        // The embedder failed (e.g. the endpoint is down): keep serving what is already indexed.
        if (this.retriever) throw error;
        const committed = await loadCommittedIndex(this.config.INDEX_DIR, this.embedder, { seedsDir: this.config.SEEDS_DIR });
        if (!committed) throw error;
        log.warn({ error: (error as Error).message }, 'indexing failed; serving the previous index until the next start');
        synced = committed;
      }
      const { store, lexical, manifest, changes, documents } = synced;
      this.index = { store, lexical, manifest };
      this.chunkCounts = new Map(Object.entries(manifest.files).map(([file, entry]) => [file, entry.chunks]));
      this.docs = documents; // what the index actually holds
      this.retriever = new HybridRetriever(store, lexical);
      log.info(describeChanges(changes, store.size));
      return changes;
    });
    this.syncing = run.catch(() => undefined);
    return run;
  }

  async ask(rawQuestion: string, options: AskOptions = {}): Promise<AnswerResult> {
    const started = performance.now();
    let question = cleanQuestion(rawQuestion);
    const language = detectLanguage(question, 'en');
    const result = (partial: Partial<AnswerResult>): AnswerResult => ({
      question,
      language,
      answered: false,
      answer: phrase('notCovered', language),
      citations: [],
      mode: 'extractive',
      timings: { retrieveMs: 0, generateMs: 0 },
      ...partial,
    });
    if (!/[\p{L}\p{N}]/u.test(question)) return result({ answer: phrase('emptyQuestion', language) });
    let note: string | undefined;
    if (question.length > MAX_QUESTION_CHARS) {
      question = question.slice(0, MAX_QUESTION_CHARS);
      note = phrase('truncated', language);
    }

    const history = options.history ?? [];
    const retrieval = await this.retrieveFor(question, language, history);
    const retrieveMs = performance.now() - started;
    if (retrieval.coverage < COVERAGE_GATE[this.llm ? 'llm' : 'extractive']) return result({ note, timings: { retrieveMs, generateMs: 0 } });

    if (this.llm) {
      const generated = await this.llm.answer({ question, language, hits: retrieval.hits.slice(0, LLM_SOURCES), history, onPartial: options.onPartial, signal: options.signal });
      if (generated.ok) return result({ ...generated.result, note, timings: { retrieveMs, generateMs: performance.now() - started - retrieveMs } });
      log.warn({ reason: generated.reason }, 'LLM answer failed; falling back to the offline answer');
      note = [note, phrase('llmFallback', language)].filter(Boolean).join(' ');
    }
    const offline = this.extractive(question, language, retrieval);
    const timings = { retrieveMs, generateMs: performance.now() - started - retrieveMs };
    return result(offline ? { ...offline, answered: true, note, timings } : { note, timings });
  }

  /** Retrieval for a question, leaning on the previous question when this one is a follow-up. */
  private async retrieveFor(question: string, language: Lang, history: Turn[]): Promise<Retrieval> {
    const previous = history[history.length - 1];
    if (!previous) return this.retriever.retrieve(question, language);
    if (this.llm) {
      const standalone = await this.llm.rewrite(question, history);
      if (standalone) return this.retriever.retrieve(standalone, language);
    }
    const contentWords = this.retriever.analyse(question, language).length;
    if (!isFollowUp(question, contentWords)) return this.retriever.retrieve(question, language);
    return this.retriever.retrieve(question, language, { carryOver: previous.question });
  }

  private extractive(question: string, language: Lang, retrieval: Retrieval) {
    const evidence = selectEvidence(retrieval.hits, retrieval.tokens, answerKind(question), question, (t) => this.retriever.informationOf(t));
    const quotes = chooseQuotes(evidence);
    return quotes.length ? { ...composeExtractive(quotes, language), mode: 'extractive' as const } : undefined;
  }

  async lookup(query: string, limit = 10): Promise<Citation[]> {
    const text = cleanQuestion(query).slice(0, MAX_QUESTION_CHARS);
    if (!/[\p{L}\p{N}]/u.test(text)) return [];
    const language = detectLanguage(text, 'en');
    const retrieval = await this.retriever.retrieve(text, language, { k: limit });
    const evidence = selectEvidence(retrieval.hits, retrieval.tokens, 'other', text, (t) => this.retriever.informationOf(t));
    const seen = new Set<string>();
    const unique = evidence.filter((e) => !seen.has(e.text) && seen.add(e.text));
    return unique.slice(0, limit).map((e, i) => citationOf(e, i + 1));
  }

  private info(doc: SourceDocument): DocumentInfo {
    return { file: doc.file, lang: doc.lang, title: doc.title, date: doc.date, publisher: doc.publisher, chunks: this.chunkCounts.get(doc.file) ?? 0, chars: doc.chars };
  }

  documents(): DocumentInfo[] {
    return this.docs.map((d) => this.info(d));
  }

  document(ref: string): { info: DocumentInfo; opening: string } | undefined {
    const wanted = ref.trim();
    const byNumber = /^\d+$/.test(wanted) ? this.docs[Number(wanted) - 1] : undefined;
    const doc = byNumber ?? this.docs.find((d) => d.file === wanted || d.file.toLowerCase().startsWith(wanted.toLowerCase()) && wanted.length >= 3);
    if (!doc) return undefined;
    return { info: this.info(doc), opening: doc.text.trim().slice(0, 600) };
  }

  async addDocument(fileName: string, content: Uint8Array): Promise<DocumentInfo> {
    const name = path.basename(fileName.trim());
    if (name !== fileName.trim() || !FILE_NAME.test(name) || name.includes('..')) {
      throw new UploadError('the file name must be a plain name such as article.txt (letters, digits, _ . - only)');
    }
    if (!isSupportedFile(name)) throw new UploadError('only .txt and .md files can be added');
    if (this.docs.some((d) => d.file.toLowerCase() === name.toLowerCase())) {
      throw new UploadError(`a document named ${name} already exists; rename the file to add it as a new one`);
    }
    let parsed: SourceDocument;
    try {
      parsed = parseDocument(name, content, MAX_UPLOAD_BYTES);
    } catch (error) {
      if (error instanceof UnreadableDocument) throw new UploadError(`${name} was not added: ${error.message}`);
      throw error;
    }
    try {
      await writeFile(path.join(this.config.SEEDS_DIR, name), content, { flag: 'wx' }); // never overwrite
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UploadError(`a file named ${name} already exists; rename it`);
      throw error;
    }
    await this.sync();
    return this.info(this.docs.find((d) => d.file === name) ?? parsed);
  }

  describe() {
    return { embedder: this.embedder.id, llm: Boolean(this.llm), documents: this.docs.length, chunks: this.retriever.chunkCount };
  }
}

export interface EngineOptions {
  /** At start, when another process is writing the index: serve the committed one read-only (default), or wait (an ingest). */
  whenLocked?: SyncOptions['whenLocked'];
}

/** Builds the engine: reads the seeds, syncs the index, and wires the LLM when a key is configured. */
export async function createEngine(config: Config, options: EngineOptions = {}): Promise<Engine & { sync(): Promise<IndexChanges> }> {
  const engine = new AnswerEngine(config, await createEmbeddings(config), await createLlm(config), options);
  await engine.sync();
  return engine;
}
