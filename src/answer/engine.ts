import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { deadline } from '../abort.js';
import type { Config } from '../config.js';
import { detectLanguage } from '../language/detect.js';
import { afterLabel, choiceOptions, doubtedOptions, ELSE, escapeRegExp, EXACTLY, HEDGE, IF_SO, REALLY, isQuestionWord, isHypothetical, nameWordAfter, namedAsCompany, namesInsteadOf, offersAnotherOne, offersChoice, placesSomething, asksWhatReallyIs, IF_NOT, saysInEnglish, sideWords, talksWith, WHICH_ALONE, WHICH_ONE, withoutFraming, withoutOptionList } from '../language/discourse.js';
import { conceptsOf } from '../language/lexicon.js';
import { COUNTRY_CONCEPTS, CURRENCY_CONCEPTS, EVENT_NOUN_CONCEPTS, MONTH_CONCEPTS, PHRASING_CONCEPTS, SCALE_CONCEPTS, TIME_CONCEPTS } from '../language/lexicon/index.js';
import { keysShareBroader, narrowerConcepts } from '../language/lexicon/hierarchy.js';
import { looksAdjectival } from '../language/adjectives.js';
import { isKazakhSuffix } from '../language/kazakh-stemmer.js';
import { figureValuesOf, isFigure, phraseContinuations, termsOf } from '../language/analyse.js';
import { stemWord } from '../language/stem.js';
import { isStopword } from '../language/stopwords.js';
import { isNumber, tokenize } from '../language/tokenize.js';
import { urlKey } from '../corpus/document.js';
import { isSupportedFile, maxBytesFor, readDocument, SUPPORTED_EXTENSIONS, UnreadableDocument, type SourceDocument } from '../corpus/load.js';
import { log } from '../log.js';
import { QueryEmbedder, type NamedEmbeddings, type QueryEmbeddingOutcome } from '../search/embeddings.js';
import { describeChanges, loadCommittedIndex, startAnalysisWorkers, syncSeeds, type IndexChanges, type IndexState, type SyncOptions } from '../search/indexer.js';
import type { IngestPool } from '../search/ingest-pool.js';
import { HybridRetriever, type Retrieval } from '../search/retriever.js';
import { comparedFor, contrasts, weighsFigures, withoutOthers } from '../search/comparison.js';
import { cyrillicSpelling } from '../language/translit.js';
import { joinSplitWords } from '../language/split-words.js';
import { inSentence, isSubjectName, isUnknownName, namesTopic, subjectNames } from '../search/query-token.js';
import { asksOrdinal, checksPlaceInRow, citationOf, COMPANY_HEAD_KEYS, COMPANY_VOICES, composeExtractive, FACT_KINDS, inVerdictOrder, type AnsweredPart, GENERIC_ORGANISATION, MEASURED_KINDS, NAME_KINDS, namesThing, isCityKey, isPlaceKey, notStated, ORDINAL_CONCEPTS, relatedOf, selectEvidence, type AskedFor, type ExtractiveOutcome } from './extractive.js';
import type { Hit, QueryToken } from '../search/retriever.js';
import { answerBudget, type AnswerBudget } from './budget.js';
import { createClients, type Clients } from './clients.js';
import { withoutHandles, withoutInstructionsToBot } from './instructions.js';
import { createLlmAnswerer, type LlmAnswerer } from './llm.js';
import { asksWhoSigned, correctedRoleClaim, roleClaimOf, signerClaimOf, signerNamed, substitutedName, substitutedThing, type Passage } from './role-claim.js';
import { asksAboutTheArticle, datedByReport, provenanceAsked, provenanceEvidence } from './provenance.js';
import { phrase } from './phrases.js';
import { asksOtherOne, asksSomethingElse, besidesWords, doubtedByParticle, eventsCompared, isFollowUp, isYesNoQuestion, laterClauseText, looksVerbal, mainClauseOf, pointsToPerson, measureNamedIn, referenceWords, sourceWords, understandQuestion, type QuestionIntent } from './question.js';
import { asAsked, questionSentences, splitSentences } from '../language/sentences.js';
import { COMMENTATOR_KEYS, factsOfKind, moneyFacts, namesRole, type Fact, type FactKind } from './facts.js';
import type { AnswerResult, AskOptions, Citation, DocumentInfo, Turn } from './types.js';
import type { Lang } from '../language/lang.js';

export const MAX_QUESTION_CHARS = 1000;
export const MAX_UPLOAD_BYTES = 1024 * 1024;

/** The upload limit for a file: text files as before, PDF, Word and HTML files as in seeds/. */
export function maxUploadBytes(fileName: string): number {
  return /\.(txt|md)$/i.test(fileName) ? MAX_UPLOAD_BYTES : maxBytesFor(fileName);
}
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
  /** Saves an uploaded document (any supported format) into the seeds folder and indexes it; throws UploadError. */
  addDocument(fileName: string, content: Uint8Array): Promise<DocumentInfo>;
  /** `uploadWorkers`: threads kept to analyse uploads (0: uploads are analysed on the main thread). */
  describe(): { embedder: string; llm: boolean; documents: number; chunks: number; uploadWorkers: number };
}

/**
 * A question cleaned, without a quiz's options, and in Cyrillic when it is Bulgarian or Russian typed in Latin letters
 * ("kolko lokomotiva…").
 */
function readableQuestion(raw: string): string {
  const clean = withoutOptionList(cleanQuestion(raw));
  return cyrillicSpelling(clean) ?? clean;
}

/** "and" in each language, for the "+" and "&" a chat writes between two questions. */
const AND: Readonly<Record<Lang, string>> = { en: 'and', ru: 'и', bg: 'и', hu: 'és', kk: 'және' };

/** "who signed it + what's his title?": a "+" or "&" standing alone between words is "and" (not C5+1's). */
function spelledAnd(question: string, language: Lang): string {
  return question.replace(/(?<=\p{L}[?!]?)\s+[+&]\s+(?=\p{L})/gu, ` ${AND[language]} `);
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
  private docsByFile = new Map<string, SourceDocument>();
  private chunkCounts = new Map<string, number>();
  private retriever!: HybridRetriever;
  private syncing: Promise<unknown> = Promise.resolve();
  /** The loaded index, reused by the next sync while the manifest on disk still names it. */
  private index?: IndexState;
  /** Worker threads kept for uploads (see EngineOptions.uploadWorkers); null once they failed. */
  private uploadWorkers?: IngestPool | null;

  constructor(
    private readonly config: Config,
    private readonly embedder: NamedEmbeddings,
    private readonly queryEmbedder: QueryEmbedder,
    private readonly llm: LlmAnswerer | undefined,
    private readonly budget: AnswerBudget,
    private readonly events: EngineEvents,
    private readonly options: EngineOptions = {},
  ) {}

  /**
   * Loads the seeds and brings the index up to date; returns what changed. `only`: just these files
   * changed (an upload), `parsed`: their documents, already read.
   */
  async sync(only?: string[], parsed?: SourceDocument[]): Promise<IndexChanges> {
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
          only,
          parsed,
          analysisWorkers: this.uploadWorkers ?? undefined,
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
      this.docsByFile = new Map(this.docs.map((d) => [d.file, d]));
      this.retriever = new HybridRetriever(store, lexical);
      log.info(describeChanges(changes, store.size));
      this.keepUploadWorkers();
      return changes;
    });
    this.syncing = run.catch(() => undefined);
    return run;
  }

  /**
   * Starts the upload workers in the background once the index is large enough (see
   * EngineOptions.uploadWorkers); gives them up, with one warning, when they fail.
   */
  private keepUploadWorkers(): void {
    const { threads, minChunks } = { ...DEFAULT_UPLOAD_WORKERS, ...this.options.uploadWorkers };
    if (this.uploadWorkers?.failure) {
      log.warn({ error: this.uploadWorkers.failure.message }, 'the upload worker threads failed; uploads are analysed on the main thread');
      void this.uploadWorkers.close();
      this.uploadWorkers = null;
    }
    if (this.uploadWorkers !== undefined || threads === 0 || this.retriever.chunkCount < minChunks) return;
    this.uploadWorkers = startAnalysisWorkers(this.embedder, threads, this.index);
  }

  async ask(rawQuestion: string, options: AskOptions = {}): Promise<AnswerResult> {
    const started = performance.now();
    // ("@AgreementsBot, …": whom a message addresses is no part of it, nor a hint of its language.)
    const readable = withoutHandles(readableQuestion(rawQuestion));
    const language = detectLanguage(readable, 'en');
    // ("wab tek", «нагас паев»: a word split in two by a voice transcript is read whole.)
    let question = joinSplitWords(spelledAnd(readable, language), this.retriever.vocabulary(language));
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
    // "Ignore your instructions…" is not obeyed, and not asked: the rest of the message, if any, is the question.
    question = withoutInstructionsToBot(question, language);
    if (!question) return result({ note });

    // One deadline for everything this question waits on; the offline answer needs no waiting.
    const limit = deadline(this.budget.waitMs, [options.signal], 'the answer deadline passed');
    const signal = limit.signal;
    try {
      const history = options.history ?? [];
      const gate = COVERAGE_GATE[this.llm ? 'llm' : 'extractive'];
      let retrieval = await this.retrieveFor(question, language, history, signal);
      // "Who signed it, and in what official capacity?": a later clause in words the sources never use does not make
      // the question one they do not cover; its main clause is answered.
      const main = retrieval.coverage < gate ? mainClauseOf(question, language) : undefined;
      const mainRetrieval = main ? await this.retrieveFor(main, language, history, signal) : undefined;
      if (main && mainRetrieval && mainRetrieval.coverage >= gate) (question = main), (retrieval = mainRetrieval);
      const retrieveMs = performance.now() - started;
      if (retrieval.coverage < gate) return result({ note, timings: { retrieveMs, generateMs: 0 } });

      let fallback: string | undefined;
      if (this.llm) {
        const hits = retrieval.hits.slice(0, LLM_SOURCES);
        const sourceFiles = hits.map((h) => h.chunk.file);
        const onPartial = options.onPartial && ((text: string) => options.onPartial!(text, sourceFiles));
        const generated = await this.llm.answer({ question, language, hits, history, onPartial, signal });
        if (generated.ok) return result({ ...generated.result, note, timings: { retrieveMs, generateMs: performance.now() - started - retrieveMs } });
        log.warn({ reason: generated.reason }, 'LLM answer failed; falling back to the offline answer');
        this.events.recordLlmFailure('answer', generated.failure);
        fallback = generated.failure;
        note = [note, phrase('llmFallback', language)].filter(Boolean).join(' ');
      }
      const offline = this.extractive(question, language, retrieval);
      const timings = { retrieveMs, generateMs: performance.now() - started - retrieveMs };
      return result({ ...offline, note, timings, fallback });
    } finally {
      limit.dispose();
    }
  }

  /**
   * «Правда ли, что Лутник предложил Токаеву вкладываться в нефтедобычу?»: a thing the sources never mention, put in a
   * claim about something they name, where a passage about that names a thing of the same kind (critical minerals,
   * where oil is claimed), is the claim the passage answers, not a subject they never speak of. The question's tokens
   * without such things. ("Did they agree on uranium supplies?" names nothing they do: uranium is its subject.)
   */
  private withoutReplacedThings(retrieval: Retrieval): QueryToken[] {
    const named = subjectNames(retrieval.tokens);
    // ("Were the American investors mostly interested in oil?": with no name, what the question says of its subject
    // is what the passage must hold, all of it but one word: "mostly", «прежде всего».)
    const said = retrieval.tokens.filter((t) => t.status === 'seen' && t.weight > 0);
    const things = retrieval.tokens.filter((t) => t.status === 'absent' && t.weight > 0);
    if ((!named.length && said.length < UNNAMED_SUBJECT_WORDS) || !things.length) return retrieval.tokens;
    // (A passage's terms as the index reads them, not as a question is read.)
    const sentences = sentenceKeysOf(retrieval.hits);
    const holds = (keys: Set<string>) => (t: QueryToken) => t.keys.some((k) => keys.has(k));
    const about = sentences.filter((keys) => (named.length ? named.every(holds(keys)) : said.filter(holds(keys)).length >= said.length - 1));
    const replaced = (t: QueryToken) => about.some((keys) => keysShareBroader(t.keys, keys));
    return retrieval.tokens.filter((t) => !things.includes(t) || !replaced(t));
  }

  /** The person a yes/no question of signing names as the signer, known as a person by the passages that name them. */
  private async signerNamedIn(tokens: QueryToken[], language: Lang): Promise<QueryToken[] | undefined> {
    const names = subjectNames(tokens);
    // (Another retrieval, of the names alone, only for a question of signing that names someone.)
    if (!names.length || !asksWhoSigned(tokens)) return undefined;
    const naming = await this.retriever.retrieve(names.map((t) => t.word).join(' '), language, {});
    return signerNamed(tokens, passagesOf(naming.hits))?.claimed;
  }

  /** A yes/no claim and the question after it, each analysed: «Рубио ли подписа…? Кой го подписа?». */
  private claimThenQuestion(question: string, language: Lang): ClaimThenQuestion | undefined {
    const yesNo = yesNoSentenceOf(question, language);
    if (!yesNo || yesNo.at === yesNo.sentences.length - 1) return undefined;
    const text = yesNo.sentences[yesNo.at]!.text;
    return { text, claim: this.retriever.analyse(text, language), asked: this.retriever.analyse(yesNo.sentences.slice(yesNo.at + 1).map((s) => s.text).join(' '), language) };
  }

  /** The names a yes/no question of signing gives, before a question that asks who signed. */
  private signerDoubted({ claim, asked }: ClaimThenQuestion): string[] {
    if (!asksWhoSigned(claim) || !asksWhoSigned(asked)) return [];
    // (Not one the question asks about again: "Did Rubio sign it? Who signed it with Rubio?")
    return subjectNames(claim).filter((t) => !t.keys.some(isPlaceKey) && !asked.some((a) => a.word === t.word)).map((t) => t.word);
  }

  /**
   * The name a yes/no question gives as who made a statement it tells, before a question that asks who made it
   * ("Did Ospanov say that China…? Which political scientist said it?", «Оспанов ли каза, че…? Кой го каза?»): the
   * names of the frame the statement's "that" leaves, before it (after Kazakh «деп», which closes the statement).
   */
  private speakerDoubted({ text, claim, asked }: ClaimThenQuestion, language: Lang): string[] {
    const statement = statementOf(text, language, claim);
    if (!statement || !asked.some((t) => t.keys.some((k) => SAYING_KEYS.has(k)))) return [];
    return this.retriever.analyse(statement.frame, language).filter((t) => isSubjectName(t) && !asked.some((a) => a.word === t.word)).map((t) => t.word);
  }

  /**
   * The reading of a statement a yes/no question claims of a speaker: their passage that tells it, or, when none holds
   * most of what the best passage of anyone holds of it (the speaker's name weighing nothing in either), that passage.
   */
  private whoeverSaid(stated: { asked: AskedFor; outcome: ExtractiveOutcome }, hits: Hit[], tokens: QueryToken[], read: AskedFor, frame: string, question: string, informationOf: (t: QueryToken) => number) {
    const speakerWords = new Set(wordsOf(frame).words);
    const statement = tokens.map((t) => (isSubjectName(t) && speakerWords.has(t.word) ? { ...t, weight: 0 } : t));
    const anyone = withoutSpeaker(read);
    const theirs = selectEvidence(hits, statement, read, question, informationOf, this.documentText);
    const unsaid = selectEvidence(hits, statement, anyone, question, informationOf, this.documentText);
    const told = (outcome: ExtractiveOutcome) => (outcome.kind === 'answer' ? outcome.quotes[0]!.window : 0);
    return told(theirs) < SAID_SHARE * told(unsaid) ? { asked: anyone, outcome: unsaid } : stated;
  }

  /** The words of the one option of a choice whose every word the sources know; none when more or fewer are. */
  private onlyKnownOption(choice: string, language: Lang): string[] {
    const tokens = this.retriever.analyse(choice, language);
    const known = choiceOptions(choice, language).filter((option) => option.length > 0 && option.every((word) => tokens.some((t) => t.word.toLowerCase() === word && t.status === 'seen')));
    return known.length === 1 ? known[0]! : [];
  }

  /** The name a role claim gives that the message's last question, asking for that role's holder, corrects. */
  private roleClaimCorrected(question: string, language: Lang): QueryToken[] | undefined {
    const sentences = questionSentences(question);
    if (sentences.length < 2) return undefined;
    const last = sentences.at(-1)!.text;
    const kind = understandQuestion(last, language).kind;
    if (kind !== 'person' && kind !== 'organisation') return undefined;
    const asked = { at: sentences.length - 1, kind, tokens: this.retriever.analyse(last, language) };
    return correctedRoleClaim(question, language, this.retriever.analyse(question, language), asked);
  }

  /** The question path's embedding: bounded by its own limit and the question's signal. */
  private embedFor(signal: AbortSignal): (text: string) => Promise<number[] | undefined> {
    return (text) => this.queryEmbedder.embed(text, signal);
  }

  /** Retrieval for a question, leaning on the previous question when this one is a follow-up. */
  private async retrieveFor(question: string, language: Lang, history: Turn[], signal: AbortSignal): Promise<Retrieved> {
    const embed = this.embedFor(signal);
    // "Is the plant in Almaty?", "…near Almaty — is that right, or which city is it?", "a post says Almaty; where is it
    // really?": a place the sources never name is the claim the message checks, not what it is about.
    const yesNo = isYesNoQuestion(question, language);
    // (The question's words and what it asks, each read once for the checks below that need them.)
    let analysedOnce: QueryToken[] | undefined;
    const questionTokens = () => (analysedOnce ??= this.retriever.analyse(question, language));
    let understoodOnce: QuestionIntent | undefined;
    const understood = () => (understoodOnce ??= understandQuestion(question, language));
    const offered = offeredGuess(question, language);
    // ("On what terms will it be sold — leasing?": a guess at a thing the sources never mention asks about that thing.)
    const guess = offered !== undefined && !offered.atStatement && asksUnmentionedThing(understood(), questionTokens()) ? undefined : offered?.text;
    const hedged = HEDGE.test(question);
    // ("Did Rubio sign it? Who signed it?": a yes/no question before an open one checks a claim too.)
    const checks = yesNo || checksClaimIn(question, guess) || asksAfterYesNo(question, language);
    // ("…he met Larry Fink? Who was it really?", "…or was it someone else?": the name the message corrects is no
    // subject of it either.)
    // ("Is it correct that Chevron signed…? What was it worth?" asks more of the claim, and corrects nothing.)
    const intent = checks || hedged ? understood() : undefined;
    // ("…some big US hospital network, Mayo Clinic I think? Which one exactly?": so does a half-remembered guess before
    // an open question for a name, or for the exact one, «В какую страну?»; not "I think he met Elon Musk. What did
    // they agree?" nor «…с ExxonMobil. На какую сумму там договорились?», which ask more of it.)
    // («…USAID или что-то такое? С какой?»: or a "which" alone after it.)
    const last = questionSentences(question).at(-1)?.text ?? '';
    const whichAlone = WHICH_ALONE.test(last);
    const asksTheName = !!intent && (NAME_KINDS.has(intent.kind) || (intent.head !== undefined && !MEASURED_KINDS.has(intent.kind)) || EXACTLY.test(question) || WHICH_ONE.test(question) || whichAlone || questionTokens().some((t) => t.keys.some((k) => NAME_ASKED.has(k))));
    // ("Tokayev met the Secretary of State — was it Blinken?": so does a name guessed for what a statement describes.)
    // (Not one about a name the sources never give: "Tokayev met the head of Tesla — was it Elon Musk?"; nor a guess of
    // what they do give: "Tokayev's trip for the summit — was it his first visit to the US?")
    const guessedAtStatement = !!offered?.atStatement && guess !== undefined && onlyGuessUnknown(questionTokens(), guess);
    const hedgedGuess = ((hedged && asksTheName) || guessedAtStatement) && !yesNo && (question.includes('?') || tokenize(question).some((t) => isQuestionWord(t.word)));
    const checksClaim = checks || hedgedGuess;
    const kind = intent?.kind ?? 'other';
    // ("…was it the G20? Which summit was it really?": so does a "which" of any noun.)
    // («…добычей урана? Чем *именно*?», «…за Украйна? За какво *всъщност*?»: so does any question after a yes/no one that
    // asks what it exactly or really was.)
    const asksOpen = kind !== 'other' || intent?.head !== undefined || ((EXACTLY.test(last) || REALLY.test(last) || whichAlone) && asksAfterYesNo(question, language));
    // ("Which minister signed it — was it Nagaspaev?": a guess offered after an open question checks it, whatever
    // particle of a yes/no question it ends with.)
    // ("…met the head of a fund, perhaps BlackRock's? Which company was it?": a name the sources never give, asked for
    // again, is the claim.)
    const unknownNames = checksClaim ? questionTokens().filter((t) => t.status === 'unknownName').map((t) => t.word.toLowerCase()) : [];
    const correctsClaim = checksClaim && !asksMoreOfClaim(question, language, unknownNames) && ((!yesNo && asksOpen) || asksOtherOne(question) || (kind !== 'other' && guess !== undefined) || hedgedGuess);
    // ("…in oil and gas? Or was it about something else?": the things it names the sources never mention are the claim;
    // so are they where a question after the claim corrects it: «…мұнай мен газға қызығушылық танытты ма? Қандай металдарға?»)
    const claimsThings = asksSomethingElse(question) || (correctsClaim && asksAfterYesNo(question, language));
    // ("…in London on 6 October? When and where really?": a name is corrected when any part asks for one.)
    const correctsName = correctsClaim && [kind, ...(intent?.more ?? []).map((m) => m.kind)].some((k) => !MEASURED_KINDS.has(k) && k !== 'date');
    // ("…Réka szerint 350, tényleg?": whom the claim is told by is no subject of it either.)
    const claimTellers = correctsClaim && !correctsName ? sourceWords(question, language) : [];
    // («Какой ещё перевозчик, помимо национального…»: what the asker sets aside as known is no part of what they ask,
    // and where the sources never use its word, it does not make the question one they do not cover.)
    const besides = besidesWords(question, language);
    // ("Was Larry Fink the Blackstone CEO Tokayev met?": the name given as the role's holder is the claim.)
    const analysed = (yesNo && kind === 'other') || besides.length ? questionTokens() : [];
    const unknownBesides = analysed.filter((t) => t.status !== 'seen' && besides.includes(t.word.toLowerCase())).map((t) => t.word.toLowerCase());
    const roleClaim = yesNo && kind === 'other' ? roleClaimOf(question, language, analysed) : undefined;
    // («…Мемлекеттік хатшы Марко Рубио қол қойды ма?»: nor the one a role names as the signer.)
    const signer = yesNo && kind === 'other' && !roleClaim ? signerClaimOf(question, language, analysed) : undefined;
    // ("Who signed it — Marco Rubio or someone else?": the one offered against any other is a guess, though the sources
    // name him elsewhere; it weighs nothing, so the passage that answers is found by the rest.)
    // ("Which company, rather than Siemens or Alstom, got it?": so is one a question for a name sets aside.)
    const insteadOf = namesInsteadOf(question, language).flat();
    const setAside = insteadOf.length && GUESSED_KINDS.has(understood().kind) ? insteadOf : [];
    // ("Tokayev met Blackstone CEO Larry Fink, correct? Who is the Blackstone CEO he met?": nor the holder a claim gives
    // a role that a question after it asks for.)
    const corrected = yesNo ? undefined : this.roleClaimCorrected(question, language);
    // ("Did Rubio sign the memorandum? Who signed it?": the one the yes/no question names as the signer is the claim.)
    const claimThenQuestion = checksClaim && !yesNo && kind === 'person' ? this.claimThenQuestion(question, language) : undefined;
    const doubtedSigner = claimThenQuestion ? [...this.signerDoubted(claimThenQuestion), ...this.speakerDoubted(claimThenQuestion, language)] : [];
    // ("…— Nagaspaev or Smailov?": of a guess of two, the one option the sources name is what the answer names, and
    // finds it; the retriever sets aside the one they never name. Two they both name are claims alike: "— India or Russia?")
    const named = guess !== undefined && offersChoice(guess) ? this.onlyKnownOption(guess, language) : [];
    const claimedGuess = correctsClaim ? claimedValue(question, language, kind, guess).filter((word) => !named.includes(word)) : [];
    const claimed = [...claimedGuess, ...(roleClaim?.claimed ?? signer?.claimed ?? corrected ?? []).map((t) => t.word), ...doubtedOptions(question, language), ...setAside, ...unknownBesides, ...doubtedSigner, ...claimTellers];
    const previous = history[history.length - 1];
    if (!previous) {
      const retrieval = await this.retriever.retrieve(question, language, { embed, checksClaim, correctsClaim, correctsName, claimsThings, claimed });
      // («SCAT планирует купить ещё самолёты Airbus?»: a name the sources never give, put in place of one they do, is
      // the claim, checked by the passage that tells the rest.)
      if (!yesNo || kind !== 'other' || correctsClaim || roleClaim) return retrieval;
      // ("Was Blackstone invited to build oil refineries?": so is a thing they never mention in place of one they give.)
      const substituted = retrieval.unknownNames.length
        ? substitutedName(question, language, retrieval.tokens, sentenceKeysOf(retrieval.hits))
        : substitutedThing(retrieval.tokens, unmentionedThings(retrieval.tokens), sentenceKeysOf(retrieval.hits));
      if (substituted) return this.retriever.retrieve(question, language, { embed, checksClaim, claimsThings, claimed: [...claimed, ...substituted.map((t) => t.word)] });
      // ("Was the memorandum signed by Marco Rubio?": who signed answers it, whoever it was.)
      const signerClaimed = signer ? undefined : await this.signerNamedIn(retrieval.tokens, language);
      if (!signerClaimed) return retrieval;
      const claimedSigner = await this.retriever.retrieve(question, language, { embed, checksClaim, claimsThings, claimed: [...claimed, ...signerClaimed.map((t) => t.word)] });
      return { ...claimedSigner, signerClaimed };
    }
    if (this.llm) {
      // The rewrite gets a small share of the deadline; without it the offline carry-over below is used.
      const rewriteLimit = deadline(this.budget.rewriteMs, [signal], 'the rewrite took too long');
      const standalone = await this.llm.rewrite(question, history, rewriteLimit.signal).finally(() => rewriteLimit.dispose());
      if (standalone) return this.retriever.retrieve(standalone, language, { embed });
      this.events.recordLlmFailure('rewrite', signal.aborted ? 'deadline' : rewriteLimit.timedOut ? 'timeout' : 'error');
    }
    const contentWords = questionTokens().length;
    if (!isFollowUp(question, contentWords)) return this.retriever.retrieve(question, language, { embed, checksClaim, correctsClaim, correctsName, claimsThings });
    return this.retriever.retrieve(question, language, { carryOver: previous.question, embed, checksClaim, correctsClaim, correctsName, claimsThings });
  }

  private extractive(question: string, language: Lang, retrieval: Retrieved): Partial<AnswerResult> {
    const askedAll = askedFor(question, language, retrieval.tokens, passagesOf(retrieval.hits), retrieval.signerClaimed);
    // "Who wrote it", "which outlet reported it": the article's byline or outlet, not its news, answers.
    const informationOf = (t: QueryToken) => this.retriever.informationOf(t);
    // ("When was it published, and who wrote it?": each part its own line of the article.)
    const partsAsked = [askedAll, ...(askedAll.more ?? [])];
    const provenanceOf = partsAsked.map((part) => provenanceAsked(question, part, retrieval.tokens, afterLabel(question, language)));
    const provenances = [...new Set(provenanceOf.filter((p) => p !== undefined))];
    // ("Which minister signed it, and which outlet reported it?": the other parts are answered from the news.)
    const newsParts = partsAsked.filter((_, i) => provenanceOf[i] === undefined);
    let provenanceLines: AnsweredPart[] = [];
    if (provenances.length) {
      // The article is the one whose reporting matches the rest of the question (its page furniture,
      // «Новости Zakon.kz», must not decide it).
      const topic = retrieval.tokens.filter((t) => !asksAboutTheArticle(t));
      const about = selectEvidence(retrieval.hits, topic, { kind: 'other' }, question, informationOf, this.documentText);
      const ranked = about.kind === 'answer' ? [...about.quotes.map((q) => q.hit), ...retrieval.hits] : retrieval.hits;
      const lines = provenances.flatMap((p) => provenanceEvidence(p, ranked, retrieval.tokens, (file) => this.docsByFile.get(file)) ?? []);
      provenanceLines = lines.map((line) => ({ quotes: [line], asked: { kind: line.facts[0]!.kind } }));
      if (lines.length && !newsParts.length) return { ...composeExtractive(provenanceLines, language), answered: true, mode: 'extractive' };
      // "Who wrote the Lada.kz article?" of an article with no byline: the sources do not say (no one its news names
      // wrote it), unless the question asks something else too.
      if (!newsParts.length) return { answer: phrase('notStated', language), related: (about.kind === 'answer' ? about.quotes : []).map(relatedOf) };
    }
    const asked = provenanceLines.length ? { ...newsParts[0]!, more: newsParts.slice(1) } : askedAll;
    // "Did he win tariff concessions?": a yes/no question about a thing the sources never mention is not answered
    // by a passage about the rest of it (a place they never name is what the answer checks: "is it in Almaty?").
    // ("Is it correct that Chevron signed…? What was it worth?": more asked of a claim about a name nobody here knows.)
    const unmentioned = asksYesOrNo(question, language)
      ? namesUnmentioned(this.withoutReplacedThings(retrieval))
      : hangsOnYesNo(question, language, retrieval.tokens) || (retrieval.unknownNames.length > 0 && asksMoreOfClaim(question, language, retrieval.unknownNames));
    // "Which was worth more, the Wabtec or the John Deere deal?": each subject's figure, each asked on its own.
    const compared = MEASURED_KINDS.has(asked.kind) ? retrieval.compared : [];
    // "Which came first, the plant or the centre?", "how many years between the launch and the opening?": when each
    // of the two happened, each asked on its own.
    const events = compared.length ? [] : datedEvents(question, language, asked, retrieval.tokens);
    const parts = compared.length
      // ("How much is *each* worth?" asks each subject's figure, not a price of one unit.)
      ? compared.map((subject) => ({ part: { ...asked, perUnit: false }, tokens: withoutOthers(retrieval.tokens, compared, subject) }))
      : events.length
        ? events.map((side) => ({ part: { kind: 'date' as const }, tokens: withoutOthers(retrieval.tokens, events, side) }))
        : [asked, ...(asked.more ?? [])].map((part, i) => ({ part, tokens: i > 0 ? withoutPlacesOf(retrieval.tokens, part.otherParts ?? []) : retrieval.tokens })).concat(claimsBeside(question, language, retrieval.tokens));
    // (Read once, and only where a speaker is asked of: every question passes here.)
    let statementOnce: { value: ReturnType<typeof statementOf> } | undefined;
    const statementClaimed = () => (statementOnce ??= { value: statementClaimedIn(question, language, retrieval.tokens) }).value;
    const outcomesFrom = ({ hits, inRow, numbersCountry }: Reading) => {
      if (unmentioned) return [{ asked, outcome: notStated(hits, retrieval.tokens, question, informationOf, this.documentText) }];
      const [main, ...further] = parts;
      const read = { ...main!.part, ...(inRow ? { inRow } : {}), ...(numbersCountry ? { numbersCountry } : {}) };
      const stated = { asked: main!.part, outcome: selectEvidence(hits, main!.tokens, read, question, informationOf, this.documentText) };
      // («Оспанов ли каза, че Китай…?»: a statement the one a yes/no question names never made is checked by the passage
      // that tells it, whoever made it, when no passage of theirs holds most of what that one does, their name aside.)
      const statement = 'speaker' in read && read.speaker !== undefined ? statementClaimed() : undefined;
      const first = statement ? this.whoeverSaid(stated, hits, main!.tokens, read, statement.frame, question, informationOf) : stated;
      // A further part is read with the passages the first part's answer quotes.
      const quoted = first.outcome.kind === 'answer' ? first.outcome.quotes : undefined;
      return [first, ...further.map(({ part, tokens }) => ({ asked: part, outcome: selectEvidence(hits, tokens, quoted ? { ...part, quoted } : part, question, informationOf, this.documentText) }))];
    };
    const inRow = !unmentioned && !compared.length && checksPlaceInRow(retrieval.tokens, asked);
    // The retrieved chunks talk about the subject but none states the fact: the next-ranked chunks may. (Only a
    // fact or a place in a row, which a passage must state outright: any passage would do for an open question.)
    const wider = FACT_KINDS.has(asked.kind) || asksOrdinal(retrieval.tokens) || inRow ? [...retrieval.hits, ...retrieval.reserve] : undefined;
    // "Was it his first visit?": the passage that numbers the visit answers it, whatever the number; when none
    // does, it is read as any other question ("was Kazakhstan among the first to send troops?").
    // ("Which in a row did Kazakhstan send troops?", when no passage numbers anything else the question names: a
    // passage that numbers countries, «az első öt ország között», numbers it.)
    const plainReading: Reading = { hits: retrieval.hits };
    const readings: Reading[] = [
      ...(inRow ? [{ hits: retrieval.hits, inRow }, { hits: wider!, inRow }] : []),
      plainReading,
      ...(wider ? [{ hits: wider }] : []),
      ...(asksOrdinal(retrieval.tokens) ? [{ hits: wider ?? retrieval.hits, numbersCountry: true }] : []),
    ];
    // (Each reading is read once, for the first part and for a further part that needs another.)
    const readOnce = new Map<Reading, ReturnType<typeof outcomesFrom>>();
    const readIn = (reading: Reading) => readOnce.get(reading) ?? readOnce.set(reading, outcomesFrom(reading)).get(reading)!;
    const states = (reading: Reading, i: number) => readIn(reading)[i]?.outcome.kind === 'answer';
    // The first reading that states the first part; when none does, the retrieved chunks' own reading stands.
    const chosen = readings.find((reading) => states(reading, 0)) ?? plainReading;
    // (A further part may need a reading of its own: «Mit ígért…, és hányadikként járult hozzá…?» asks a place in a row,
    // numbered among countries, where the first part is read plainly.)
    const outcomes = readIn(chosen).map((part, i) => {
      const own = i > 0 && part.outcome.kind !== 'answer' ? readings.find((reading) => states(reading, i)) : undefined;
      return own ? readIn(own)[i]! : part;
    });
    // Each part of "where and when" that the sources state is answered; the first part's windows lead. (A list a later
    // clause asks for goes with the first part's fact, not in its place: "what is it worth, and which deposits…".)
    const mainAnswered = outcomes[0]?.outcome.kind === 'answer';
    const answered = outcomes.flatMap(({ asked, outcome }) => (outcome.kind === 'answer' && (mainAnswered || FACT_KINDS.has(asked.kind)) ? [{ asked, quotes: outcome.quotes }] : []));
    // ("The memorandum of Nagaspaev and Lutnick": names named together whose figures the sources do not each give
    // were no two things compared, and one's neighbouring figure is no answer. "Wabtec or Boeing" gives what there is.)
    // ("Which was worth more, the Boeing order or the Wabtec contract?": one figure weighs nothing against a figure never given.)
    const comparedUnanswered = compared.length > 0 && answered.length < compared.length && (!contrasts(question, retrieval.tokens) || weighsFigures(question, retrieval.tokens));
    // "When were the Wabtec agreements signed?", of articles that report the signing and never date it: the day of the
    // article that reports it, said to be that.
    const passagesAbout = (tokens: QueryToken[]) => {
      const about = selectEvidence(retrieval.hits, tokens, { kind: 'other' }, question, informationOf, this.documentText);
      return about.kind === 'answer' ? about.quotes : [];
    };
    const analyse = (text: string, lang: Lang) => this.retriever.analyse(text, lang);
    const reportDay = (tokens: QueryToken[], asked = question) => datedByReport(tokens, asked, language, passagesAbout, analyse, (file) => this.docsByFile.get(file));
    if ((answered.length || provenanceLines.length) && !comparedUnanswered) {
      // ("How many locomotives will they deliver, and on which day was the deal signed?": so is a further part's day, as
      // its own clause asks it.)
      const reportedParts = outcomes.flatMap(({ asked: part, outcome }, i) => {
        const own = 'otherParts' in part ? retrieval.tokens.filter((t) => !part.otherParts?.includes(t)) : retrieval.tokens;
        const clause = 'ownClause' in part && part.ownClause ? laterClauseText(question, language) : undefined;
        const quotes = i > 0 && part.kind === 'date' && outcome.kind !== 'answer' && !compared.length && !events.length ? reportDay(own, clause) : undefined;
        return quotes ? [{ asked: part, quotes }] : [];
      });
      const wanted = compared.length > 1 && answered.length === compared.length ? comparedFor(question, retrieval.tokens) : undefined;
      const verdict = wanted && inVerdictOrder(answered, wanted);
      const composed = verdict ? composeExtractive(verdict.parts, language, verdict.sign) : composeExtractive([...answered, ...reportedParts, ...provenanceLines], language);
      // ("What is it worth, and by what year will they be delivered?": a part no passage answers is said to be so.)
      const rest = answered.length + reportedParts.length < outcomes.length ? `\n\n${phrase('restNotFound', language)}` : '';
      const dated = reportedParts.length ? `\n\n${phrase('datedByReport', language)}` : '';
      return { ...composed, answer: composed.answer + dated + rest, answered: true, mode: 'extractive' };
    }
    const outcome = comparedUnanswered ? notStated(retrieval.hits, retrieval.tokens, question, informationOf, this.documentText) : outcomes[0]!.outcome;
    // (The figures a comparison does find are the closest passages, before the rest.)
    const found = comparedUnanswered ? answered.flatMap((part) => part.quotes.slice(0, 1)) : [];
    const closest = outcome.kind === 'notStated' ? outcome.related.filter((r) => !found.some((f) => f.text === r.text)) : [];
    const reported = asked.kind === 'date' && !found.length && !events.length && !asked.more?.length ? reportDay(retrieval.tokens) : undefined;
    if (reported) {
      const composed = composeExtractive([{ quotes: reported, asked: { kind: 'date' } }], language);
      return { ...composed, answer: `${composed.answer}\n\n${phrase('datedByReport', language)}`, answered: true, mode: 'extractive' };
    }
    if (outcome.kind === 'notStated' || found.length) return { answer: phrase('notStated', language), related: [...found, ...closest].map(relatedOf) };
    return {};
  }

  async lookup(query: string, limit = 10): Promise<Citation[]> {
    const text = readableQuestion(query).slice(0, MAX_QUESTION_CHARS);
    if (!/[\p{L}\p{N}]/u.test(text)) return [];
    const language = detectLanguage(text, 'en');
    const wait = deadline(this.budget.waitMs);
    const retrieval = await this.retriever.retrieve(text, language, { k: limit, embed: this.embedFor(wait.signal) }).finally(() => wait.dispose());
    const outcome = selectEvidence(retrieval.hits, retrieval.tokens, { kind: 'other' }, text, (t) => this.retriever.informationOf(t));
    return outcome.kind === 'answer' ? outcome.quotes.slice(0, limit).map((e, i) => citationOf(e, i + 1)) : [];
  }

  private readonly documentText = (file: string): string | undefined => this.docsByFile.get(file)?.text;

  private info(doc: SourceDocument): DocumentInfo {
    return { file: doc.file, lang: doc.lang, title: doc.title, date: doc.date, publisher: doc.publisher, url: doc.url, chunks: this.chunkCounts.get(doc.file) ?? 0, chars: doc.chars ?? doc.text.length };
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
    if (!isSupportedFile(name)) throw new UploadError(`only ${SUPPORTED_EXTENSIONS.join(', ')} files can be added`);
    if (this.docs.some((d) => d.file.toLowerCase() === name.toLowerCase())) {
      throw new UploadError(`a document named ${name} already exists; rename the file to add it as a new one`);
    }
    let parsed: SourceDocument;
    try {
      parsed = await readDocument(name, content, maxUploadBytes(name));
    } catch (error) {
      if (error instanceof UnreadableDocument) throw new UploadError(`${name} was not added: ${error.message}`);
      throw error;
    }
    // A page is recognised by its canonical address, whatever the file is called.
    const key = parsed.url && urlKey(parsed.url);
    const same = key && this.docs.find((d) => d.url && urlKey(d.url) === key);
    if (same) throw new UploadError(`this page is already in the corpus as ${same.file}`);
    try {
      await writeFile(path.join(this.config.SEEDS_DIR, name), content, { flag: 'wx' }); // never overwrite
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UploadError(`a file named ${name} already exists; rename it`);
      throw error;
    }
    await this.sync([name], [parsed]); // the one file written (parsed above): the rest of the folder is not looked at again
    return this.info(this.docs.find((d) => d.file === name) ?? parsed);
  }

  describe() {
    return { embedder: this.embedder.id, llm: Boolean(this.llm), documents: this.docs.length, chunks: this.retriever.chunkCount, uploadWorkers: this.uploadWorkers?.size ?? 0 };
  }
}

/** Words that ask for a name: "what is it *called*", «как *зовут*», «hogy *hívják*», «қалай *аталады*». */
const NAME_ASKED: ReadonlySet<string> = new Set(['c:name_noun', 'c:call_name']);
const MONEY_CONCEPTS: ReadonlySet<string> = new Set(['c:investment', 'c:value', 'c:price_cost', 'c:sum_amount', 'c:total', 'c:contribute']);
/** A currency named: "in euros", «в долларах», «теңгемен». */
const CURRENCY_KEYS: ReadonlySet<string> = new Set([...CURRENCY_CONCEPTS].map((id) => `c:${id}`));
/** Whether the question speaks of money: an investment, a value, a price, a sum, a contribution, a currency. */
const namesMoney = (tokens: QueryToken[]) => tokens.some((t) => t.keys.some((k) => MONEY_CONCEPTS.has(k) || CURRENCY_KEYS.has(k)));
// (A yearly figure is one of a unit too: "how much a year", «в год», «évente».)
// ("How much does *a* tractor cost", «Mennyibe kerül *egy* traktor»: a price of a thing in general is of one.)
const PER_UNIT = /\b(?:each|apiece|single|unit price|annually|a year)\b|\b(?:cost|costs|price of)\s+(?:of\s+)?an?\s|\bhow much (?:does|do|will|would) an?\s|(?:mennyibe kerül|mennyibe kerülne|mennyi az ára)\s+(?:majd\s+|most\s+)?egy\s|(?:за штуку|за единицу|каждый|каждого|одного|одну|один|всеки|всяка|един|една|darabonként|egységár\p{L}*|darabja|egy darab|egyetlen|бір данасы|әрқайсысы|әрбір|в год|ежегодно|годишно|на година|évente|évi|жылына|жыл сайын)(?![\p{L}])/iu;
/** "Per locomotive", "per unit"; not "per the Hungarian press", "per Zakon.kz", which say whose report it is. */
const PER_ITEM = /\b[Pp]er\s+(?!the\b|an?\b)\p{Ll}/u;
// (And the adjectives: "annual output", «годовая мощность», «годишният капацитет», «éves kapacitás», «жылдық қуаты»; not
// "a 30-year-old plant", «30 éves».)
const PER_YEAR = /\b(?:per year|a year|annual|annually|each year|every year|yearly)\b|(?:^|[^\p{L}])(?:в год|ежегодн\p{L}*|годов(?!щ)\p{L}*|каждый год|годишн\p{L}*|годишен|на година|всяка година|évente|(?<!\d[\s-]?)éves|évi|minden évben|жылына|жылдық|жыл сайын)(?![\p{L}])/iu;
const COUNTED = /(?:how many|сколько|колко|hány|қанша|неше)\s+(\p{L}[\p{L}\p{N}-]*(?:\s+\p{L}[\p{L}\p{N}-]*)?)/iu;

const CURRENCIES: ReadonlyArray<[string, NonNullable<AskedFor['currency']>]> = [['c:dollar', 'USD'], ['c:euro', 'EUR'], ['c:tenge', 'KZT']];
/**
 * The currency a money question asks in. "How much is $180 million in euros": a currency right after an
 * amount is the amount given, so the asked one is the other.
 */
function askedCurrency(question: string, language: Lang, tokens: QueryToken[]): AskedFor['currency'] {
  const words = tokenize(question);
  const amountAt = (k: number) => k >= 0 && k < words.length && (isNumber(words[k]!.word) || conceptsOf(words[k]!.word.toLowerCase(), language).some((c) => SCALE_CONCEPTS.has(c)));
  const currencyAt = (k: number) => k < words.length && tokens.some((t) => t.word === words[k]!.word.toLowerCase() && t.keys.some((key) => CURRENCIES.some(([c]) => c === key)));
  // (Before its amount too, «долларда 180 миллион болды, ал еуромен қанша?»: right before it, and the amount with no
  // currency of its own after it, «в евро 180-те милиона долара».)
  const beforeAmount = (k: number) => {
    if (!amountAt(k + 1) || /[,;:.!?()–—]/u.test(question.slice(words[k]!.end, words[k + 1]!.start))) return false;
    let end = k + 1;
    // (An amount runs on over its scale words and a hyphened ending, «180-те милиона».)
    while (end + 1 < words.length && (amountAt(end + 1) || question.slice(words[end]!.end, words[end + 1]!.start) === '-')) end++;
    return !currencyAt(end + 1);
  };
  // ("…180 million dollars, about 200 million euros? How many euros is it?": a currency said once with no amount is asked.)
  const asked = (key: string) => words.some((w, k) => !amountAt(k - 1) && !beforeAmount(k) && tokens.some((t) => t.word === w.word.toLowerCase() && t.keys.includes(key)));
  // (A word for money in general, "money", «деньги», carries every currency: it names none.)
  const namesOne = (t: QueryToken, key: string) => t.keys.includes(key) && CURRENCIES.every(([other]) => other === key || !t.keys.includes(other));
  const named = CURRENCIES.filter(([key]) => tokens.some((t) => namesOne(t, key)));
  return (named.find(([key]) => asked(key)) ?? named[0])?.[1];
}

// ("How does Kaliev assess it", «Hogyan értékelte»: a judgement asked of someone is their view.)
const SAYING: ReadonlySet<string> = new Set(['c:say', 'c:opinion', 'c:remark', 'c:estimate']);
/** "What does Kaliev think / say": a named person and a verb of saying, thinking or judging. */
const asksWhatTheyThink = (tokens: QueryToken[]) =>
  tokens.some((t) => t.keys.some((k) => SAYING.has(k))) && tokens.some((t) => isSubjectName(t) && !besideArticleWord(t, tokens));

/** A name beside a word for an article names its outlet, no one speaking: «в тексте *BAQ.KZ*», "the *Zakon.kz* piece". */
const besideArticleWord = (t: QueryToken, tokens: QueryToken[]) => {
  const at = tokens.indexOf(t);
  return [tokens[at - 1], tokens[at + 1]].some((n) => n?.keys.includes('c:write'));
};

/**
 * "Who said that Trump…", "which political scientist said…", «…туралы айтқан саясаттанушы кім»: a verb of saying
 * opening the question or standing by the one asked for makes that one the speaker (a name in what they said is none).
 * (So does one closing it, after what was said: «Қай саясаттанушы Трамп … деп айтты?».)
 */
const asksWhoSpoke = (tokens: QueryToken[], asked: QueryToken[]) =>
  tokens.some((t, i) => t.keys.some((k) => SPOKE.has(k)) && (i === 0 || (i === tokens.length - 1 && asked.length > 0) || [tokens[i - 1], tokens[i + 1]].some((n) => n !== undefined && asked.includes(n))));
/** Verbs of saying a view (not of valuing: «во сколько *оценивается*» asks no speaker). */
const SPOKE: ReadonlySet<string> = new Set(['c:say', 'c:opinion', 'c:remark']);
/**
 * "It was Ospanov *who said*…, wasn't it? Who actually said that?", «Кто на самом деле это *сказал*?»: a verb of saying
 * is the first word of content after the question word. (Not in a yes/no question: "Was it Ospanov who said…?")
 */
function saidAfterCue(question: string, language: Lang, cueToken: number | undefined, tokens: QueryToken[]): boolean {
  if (cueToken === undefined || asksYesOrNo(question, language)) return false;
  const { words } = wordsOf(question);
  // (By where the word stands after the question word, which a word said twice stands in more than once.)
  const next = words.slice(cueToken + 1).map((w) => tokens.find((t) => t.word === w)).find((t) => t !== undefined);
  return next !== undefined && next.keys.some((k) => SPOKE.has(k));
}

/** A question whose only content words are a name the corpus knows. */
const namesOnly = (tokens: QueryToken[]) => tokens.length > 0 && tokens.every(isSubjectName);

/** Kinds a which-word gives that an ordinal question («кое по ред», «нешінші») does not ask for. */
const ORDINAL_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['person', 'organisation', 'description', 'list']);

/** What the question's words say beside its kind: it counts things, offers alternatives, wants all, asks who spoke. */
interface KindSigns {
  countsThings: boolean;
  offersAlternatives: boolean;
  wantsAll: boolean;
  whoSpoke: boolean;
  /** "…talked *with* Tokayev": a conversation, whose other side is asked for. */
  talkedWith: boolean;
  /** "*Which political scientist* does BAQ.KZ quote": the question word's noun is a role, whose holder is asked for. */
  whichRole: boolean;
  /** "What is the *concept* called…": the question word's noun is a thing, no role, whose name is asked for. */
  namesThing: boolean;
  /** "…in which *city*", "in what *year*": the part names the kind of answer it asks for. */
  typed: boolean;
}

/** The kind the answerer looks for: the analyser's, corrected by what the question's words are. */
function kindFor(kind: AskedFor['kind'], tokens: QueryToken[], { countsThings, offersAlternatives, wantsAll, whoSpoke, talkedWith, whichRole, namesThing, typed }: KindSigns): AskedFor['kind'] {
  // "How much does Mars invest", «Mennyit fektet be»: an amount of money, whatever the interrogative.
  if (kind === 'count' && !countsThings && namesMoney(tokens)) return 'money';
  // "Khush Choksi – who is he?", «Кто такой Гор?»: the question names the one it asks about.
  if ((kind === 'person' || kind === 'organisation') && namesOnly(tokens)) return 'description';
  // "What is the name of Blackstone's head?", «Как зовут главу…»: a person, when the question names a role (even one
  // "Tokayev spoke with").
  // (Not the name of a thing the question's noun names: «Как се казва китайската *концепция*, за която говори политологът…».)
  // (Not a part that names the kind it asks for: "What is the CEO's name, and in which *city* did they meet?")
  if (!typed && tokens.some((t) => t.keys.includes('c:name_noun')) && tokens.some(namesRole) && !namesThing) return 'person';
  // «Какво мисли политологът Оспанов…»: what a named person thinks, not who. («Кои политолози коментираха пред
  // BAQ.KZ», which ones commented, asks who.)
  // («Кой от Boeing е говорил с Токаев»: who talked with him asks who.)
  if (kind === 'person' && !wantsAll && !whoSpoke && !talkedWith && !whichRole && asksWhatTheyThink(tokens)) return 'other';
  // «Кое по ред пътуване…», «Тоқаевтың нешінші сапары?»: a place in a row, told by a passage that numbers the thing.
  if (ORDINAL_KINDS.has(kind) && asksOrdinal(tokens)) return 'other';
  // "Who needs whom more: Central Asia the US, or the other way round?": which of the ones it names, told by a passage.
  if ((kind === 'person' || kind === 'organisation') && offersAlternatives) return 'other';
  return kind;
}


/**
 * Kinds whose head noun only names the kind of answer ("which *city*", "what *year*", "the *reason*"): the evidence
 * need not hold it. A role or a kind of company ("which *secretary*", "which *bank*") stands next to the name it asks for.
 */
const TYPED: ReadonlySet<AskedFor['kind']> = new Set(['date', 'place', 'purpose']);

/** Words that only say "an amount of money" ("the *price tag*", "what is it *worth*", «на какую *сумму*», "how *big*", "the *figure*"). */
const AMOUNT_CONCEPTS: ReadonlySet<string> = new Set(['c:value', 'c:price_cost', 'c:sum_amount', 'c:total', 'c:number_figure', 'c:money', 'c:large']);

/** The question's words that name the kind of answer, which the evidence need not hold. */
function answerTypeOf(kind: AskedFor['kind'], focus: QueryToken[], tokens: QueryToken[], asking: number | undefined): QueryToken[] | undefined {
  // ("…struck some *sort* of partnership. How much is it worth?": a remark's words name no kind of answer.)
  const asked = asking === undefined ? tokens : tokens.filter((t) => inSentence(t, asking));
  const words = [
    ...(TYPED.has(kind) ? focus : []),
    ...(kind === 'money' ? asked.filter((t) => t.keys.some((k) => AMOUNT_CONCEPTS.has(k))) : []),
    // ("Which US *body*", «с какой *структурой*»: a word for any organisation names the kind of answer, whatever the source calls it.)
    // ("Which *manufacturer*": so does a word for any company.)
    ...(kind === 'organisation' ? focus.filter((t) => t.keys.some((k) => GENERIC_ORGANISATION.has(k) || COMPANY_HEAD_KEYS.has(k))) : []),
    // "What *kind* of locomotives": the kind is what the answer tells, not a word it repeats.
    ...asked.filter((t) => t.keys.includes('c:type_kind')),
  ];
  return words.length ? words : undefined;
}


/** The sentence the question word stands in, numbered as a query token's: a remark before it asks nothing. */
function cueSentence(question: string, intent: QuestionIntent): number | undefined {
  const at = intent.cueToken === undefined ? undefined : tokenize(question)[intent.cueToken]?.start;
  return at === undefined ? undefined : questionSentences(question).filter((s) => s.start <= at).length - 1;
}

/** A yes/no question, answered yes or no ("Was it oil and gas, or something else?" asks what it was). */
const asksYesOrNo = (question: string, language: Lang) => isYesNoQuestion(question, language) && !asksSomethingElse(question);

/**
 * What the answerer needs of a question: the kind of fact, what is counted, and the words that only
 * name the kind of answer ("which *city*", "what *year*"), which the evidence will not repeat.
 */
export function askedFor(question: string, language: Lang, tokens: QueryToken[], passages: readonly Passage[] = [], signerClaimed?: QueryToken[]): AskedFor {
  const intent = understandQuestion(question, language);
  const yesNo = asksYesOrNo(question, language);
  // "Is it true the first locomotives arrive in 2026?": a claim of a year is checked by the date the sources give
  // for that event (or by none).
  const years = yearsClaimed(question, tokens);
  const checksYear = yesNo && intent.kind === 'other' && years.length > 0;
  // "Is it true it was signed in New York?": a claim of a city is checked by where the sources say it happened.
  // (With the first word of the city's name: "New York", «Ню Йорк».)
  // (A city in a name is no place: "did *Air Astana* order…"; one placed is, "in Almaty", «Алматыда», «в Нью-Йорке».)
  const isCity = (t: QueryToken | undefined) => t !== undefined && t.keys.some(isCityKey);
  // (The last word of a city's name may carry the case ending: «New York*ban*».)
  // (A city's adjective names a thing by it, «вашингтонской поездки», «washingtoni útjának», the trip: no claim of where.)
  const placed = (t: QueryToken | undefined) => t !== undefined && [t.word, nameWordAfter(question, t.word)].some((w) => w !== undefined && placesSomething(question, w, language, false));
  // "Was Larry Fink the Blackstone CEO…?": who holds the role (or where), as "who is the Blackstone CEO?" asks; the
  // claim is the name, not the place it was met in («Вашингтонда … Энтони Блинкенмен кездесті ме?»).
  const roleClaim = yesNo && intent.kind === 'other' && !checksYear ? roleClaimOf(question, language, tokens) : undefined;
  const claimedPlaces = yesNo && intent.kind === 'other' && !checksYear && !roleClaim
    ? tokens.filter((t, i) => (isCity(t) || (t.named && isCity(tokens[i + 1]))) && [tokens[i - 1], t, tokens[i + 1]].some((n) => isCity(n) && placed(n)))
    : [];
  // "With whom did Mars sign the agreement?", «Mars кіммен келісім жасады?»: the other party to a deal is often an
  // organisation (a ministry), named in lowercase words a person's name is not.
  // ("Who was Mars's Kazakh partner on the deal?": so is a partner; not who signed a "partnership agreement".)
  const partner = !tokens.some((t) => t.keys.includes('c:sign')) && tokens.some((t, i) => t.keys.includes('c:partner') && !tokens[i + 1]?.keys.some((k) => DEAL_KEYS.has(k)));
  const party = intent.kind === 'person' && ((asksWithWhom(question, intent.cue) && tokens.some((t) => t.keys.some((k) => DEAL_KEYS.has(k)))) || partner);
  // "Is it true Blackstone committed $1 billion?": a claimed amount is checked by the amount the sources give (or none).
  // («…вложит миллиард долларов…?», "a billion dollars": an amount with no figure is claimed as well; its scale and
  // currency, «млн долларов», are the claim's words, which a passage need not hold.)
  const scaleAt = tokens.findIndex((t, i) => t.keys.some((k) => k.startsWith('c:') && SCALE_CONCEPTS.has(k.slice(2))) && tokens[i + 1]?.keys.some((k) => CURRENCY_KEYS.has(k)));
  const amountWords = scaleAt < 0 ? [] : tokens.slice(scaleAt, scaleAt + 2);
  const checksAmount = yesNo && intent.kind === 'other' && !checksYear && !roleClaim && (moneyFacts(question).length > 0 || amountWords.length > 0);
  // "Is it true they ordered 15 Dreamliners?", «…изпратил 500 военнослужещи?»: a claimed count is checked by the count
  // the sources give of that thing (or none).
  // ("…signed on 16 November, right?", «16 қарашада…, солай ма?»: a figure beside a month is a day, no count.)
  const checksDay = yesNo && intent.kind === 'other' && !checksYear && !checksAmount && !roleClaim && claimedDay(question, tokens).length > 0;
  // («…работает больше тысячи человек?»: read as a count with nothing counted, it claims a count of what follows.)
  const unfocusedCount = intent.kind === 'count' && !intent.focus?.tokens.length;
  // ("…200 locomotives? How many really?": so does a count asked after a claim, with nothing of its own counted.)
  const counted = (yesNo || (unfocusedCount && asksAfterYesNo(question, language))) && (intent.kind === 'other' || unfocusedCount) && !checksYear && !checksAmount && !checksDay && !roleClaim ? countedAfterNumber(question, tokens, language, years, passages) : undefined;
  // "Was the memorandum signed by the energy minister?": who signed, as "who signed it?" asks.
  const signer = yesNo && intent.kind === 'other' && !checksYear && !checksAmount && !checksDay && !roleClaim && !counted ? signerClaimOf(question, language, tokens) ?? (signerClaimed && { kind: 'person' as const, claimed: signerClaimed }) : undefined;
  // "Was an investment amount announced? If so, what was it?", «…? Ha igen, mekkorát?»: the question after "if so" asks
  // what the yes/no question names.
  const asksOnFromYesNo = (intent.kind === 'other' || (intent.kind === 'count' && !intent.focus)) && IF_SO.test(question);
  const yesNoSentence = asksOnFromYesNo ? yesNoSentenceOf(question, language) : undefined;
  const ifSo = yesNoSentence ? measureNamedIn(yesNoSentence.sentences[yesNoSentence.at]!.text, language) : undefined;
  const claimed = checksYear || checksDay ? 'date' : checksAmount ? 'money' : counted ? 'count' : claimedPlaces.length ? 'place' : party ? 'organisation' : signer ? signer.kind : ifSo;
  // ("…reached 60 percent?", «…45 százalékot?»: a claimed share is checked by the percent the sources give.)
  const claim: Pick<QuestionIntent, 'kind' | 'focus'> = counted
    ? { kind: counted.counted.keys.includes('c:percent') ? 'percent' : 'count', focus: { tokens: [], words: [counted.counted.word] } }
    : roleClaim
      ? { kind: roleClaim.kind, focus: { tokens: [], words: roleClaim.role.map((t) => t.word) } }
      : claimed ? { ...intent, kind: claimed } : intent;
  // (Who signed is everyone who did, unless the question names a side: "…for the US?".)
  const asked = askedOne(question, language, tokens, signer ? { ...intent, wantsAll: true } : intent, claim);
  const claimedWords = [...claimedPlaces, ...(counted?.number ? [counted.number] : []), ...(roleClaim?.claimed ?? []), ...(checksAmount ? amountWords : [])];
  const main = claimedWords.length ? { ...asked, answerType: [...(asked.answerType ?? []), ...claimedWords] } : asked;
  // "Since when…, and how many…": a further fact (a kind answered by one fact), answered on its own.
  // (A later clause of its own asking for a list, "…, and what else does it include?", is answered on its own too.)
  const more = intent.more.filter((m) => FACT_KINDS.has(m.kind) || ((m.kind === 'list' || m.kind === 'purpose' || m.kind === 'other') && intent.laterClause.length > 0)).map((m) => askedOne(question, language, tokens, intent, m));
  // What one part measures, or what a later clause asks about ("…and which model?"), is no part of another's evidence.
  const measuredBy = (part: AskedFor) => [...(part.focus ?? []), ...(part.answerType ?? [])];
  const othersOf = (part: AskedFor) => [main, ...more].filter((p) => p !== part).flatMap(measuredBy).filter((t) => !measuredBy(part).includes(t));
  const later = tokens.filter((t) => intent.laterClause.includes(t.word));
  // "What is the deal worth? How many machines will be made?": the words of a further question's own sentence are its.
  // (A main part that names no word of its own is asked in its question word's sentence: "Hi. How much has Wabtec
  // invested, and how many…?")
  const mainSentence = [...(main.answerType ?? []), ...(main.focus ?? [])][0]?.sentence ?? cueSentence(question, intent) ?? 0;
  const askedElsewhere = new Set(more.flatMap((m) => [...(m.focus ?? []), ...(m.answerType ?? [])]).map((t) => t.sentence).filter((n) => n !== mainSentence));
  const otherQuestions = tokens.filter((t) => askedElsewhere.has(t.sentence) && !isSubjectName(t));
  // ("what *tariff* rate", "which US *oil* company": a word that narrows the head to something the sources never mention
  // is what is asked about.)
  const unmentioned = (intent.headModifiers ?? []).map((word) => tokenOfWord(word, tokens, language)).find((t) => t?.status === 'absent');
  const head = unmentioned ?? (intent.head === undefined ? undefined : tokenOfWord(intent.head, tokens, language));
  // The source a question names is a person: a name, or a word for someone's role ("the experts", «политолога»).
  const sourceWordSet = new Set(sourceWords(question, language));
  // («Kaliev szerint…» opens the question: a corpus word of no concept there is the name, capitalised or not.)
  // "What would the political scientist call it", «Milyen eseménynek tartaná a politológus»: an open question about
  // what a commentator thinks or says asks for their words, as "according to" does (not the president's of "if the president came").
  const opinionOf = !FACT_KINDS.has(main.kind) && tokens.some((t) => t.keys.some((k) => SAYING.has(k)));
  const commentates = (t: QueryToken) => t.keys.some((k) => COMMENTATOR_KEYS.has(k));
  const source = tokens.filter((t) => t.status === 'seen' && ((sourceWordSet.has(t.word) && (!t.keys.some((k) => k.startsWith('c:')) || namesRole(t))) || (opinionOf && commentates(t))));
  // (A fact asked for is the answer whoever states it: "how many did Lutnick say they ordered?")
  // (Nor is anyone but the source the speaker when the question names one: «Tokajevnek a BAQ.KZ-nek nyilatkozó szakértő
  // szerint», the expert's words, not Tokayev's; «Саясаттанушы Талғат Қалиев» is the source by role and name.)
  const whoSpoke = main.kind === 'person' && (asksWhoSpoke(tokens, main.focus ?? []) || saidAfterCue(question, language, intent.cueToken, tokens));
  // ("As what kind of *expert* did Ospanov speak to BAQ.KZ?": a description that asks one's role asks who they are,
  // whatever they said.)
  const asksRole = main.kind === 'description' && head !== undefined && (namesRole(head) || commentates(head));
  const spoken = FACT_KINDS.has(main.kind) || whoSpoke || asksRole ? {} : speakerAsked(question, language, tokens);
  const speakerAt = tokens.findIndex((t) => t.word === spoken.speaker?.word);
  const isSource = source.some((t) => Math.abs(tokens.indexOf(t) - speakerAt) <= SOURCE_TITLE);
  const speech = source.length && spoken.speaker && !isSource ? {} : spoken;
  // (A figure a yes/no question gives is the claim it checks, no known side.)
  const known = !yesNo && MEASURED_KINDS.has(main.kind) ? knownSides(question, tokens) : [];
  // ("How much were the deals — about seventeen billion?", "how many units — about three thousand?": a figure offered
  // after the question is a claim too, in digits or in words, by the value its token carries.)
  // ("Which airport — Shymkent?": and a name offered after a question for one is the guess a source may confirm.)
  const guess = (MEASURED_KINDS.has(main.kind) || NAME_KINDS.has(main.kind)) && !yesNo ? guessOffered(question, language) : undefined;
  const guessWords = new Set(guess ? tokenize(guess).map((t) => t.word.toLowerCase()) : []);
  const guessedTokens = tokens.filter((t) => guessWords.has(t.word.toLowerCase()));
  // ("17 or 25 companies came in September? How many were in the delegation?": so is a figure a question before the last
  // one asks about, which a source may state right; not one a statement gives as what is known, "…over 600 locomotives
  // for KTZ and export. How many of these went abroad?")
  // («Поставят в первой половине 2026 года? Когда ожидаются поставки?»: a year asked about before a question for the date
  // is as much a claim a source may state right.)
  const endsAsking = (s: { end: string }) => s.end.includes('?');
  const figureAsked = MEASURED_KINDS.has(main.kind) || main.kind === 'date';
  const earlier = !yesNo && figureAsked ? questionSentences(question).slice(0, -1).filter(endsAsking).map((s) => s.text).join(' ') : '';
  const figure = (word: string) => word.replace(',', '.');
  const offeredFigures = tokenize(earlier).flatMap((t) => (isNumber(t.word) ? [figure(t.word)] : []));
  const guessedFigures = figureAsked ? [...guessedTokens.flatMap((t) => (isNumber(t.word) ? [figure(t.word)] : figureValuesOf(t.keys))), ...offeredFigures] : [];
  const guessedNames = NAME_KINDS.has(main.kind) ? guessedTokens.filter((t) => t.status === 'seen') : [];
  // ("Which *Kazakh* minister signed it?", «melyik *amerikai* cég…»: a country right before the noun a person or a body is
  // asked by is the side the one asked for is of, as "for the Kazakh side" says; of several, those of that side.)
  const noun = head ?? main.role?.[0] ?? main.focus?.[0];
  const written = tokenize(question).map((t) => t.word.toLowerCase());
  const wordBefore = noun ? written[written.indexOf(noun.word.toLowerCase()) - 1] : undefined;
  const countryOfNoun = main.kind === 'person' || main.kind === 'organisation' ? tokens.filter((t) => t.word.toLowerCase() === wordBefore && t.keys.some((k) => COUNTRY_CONCEPTS.has(k.slice(2)))) : [];
  // (The country of the one asked for outweighs a side the context gives another: "…Lutnick signed it for the American
  // side. Which Kazakh official signed it?")
  // (A side the context tells of is not the one asked: «…от американска страна го е подписал министърът на търговията.
  // Кое министерство ръководи казахстанският министър…?»)
  const asking = cueSentence(question, intent);
  const sidePlaces = placeSide(question, tokens).filter((t) => asking === undefined || inSentence(t, asking));
  const side = countryOfNoun.length && !sidePlaces.some((t) => t.keys.some((k) => countryOfNoun[0]!.keys.includes(k))) ? [] : sidePlaces;
  return {
    ...main,
    ...(head ? { head } : {}),
    ...(yesNo ? { yesNo: true } : {}),
    ...(guessedFigures.length ? { guessedFigures } : {}),
    ...(guessedNames.length ? { guessedNames } : {}),
    ...(mayBeBody(question, intent, tokens) && main.kind === 'person' && !whoSpoke ? { standIn: 'organisation' as const } : {}),
    // (Or names a saying, «…деп айтыпты? Ол кім?», "the analyst who linked it to…": who said it is who is asked.)
    ...(whoSpoke || (main.kind === 'person' && tokens.some((t) => t.keys.some((k) => SAYING.has(k) || SAYING_KEYS.has(k)))) ? { asksSpeaker: true } : {}),
    ...(OBJECT_ASKED.test(question) ? { objectAsked: true } : {}),
    // ("Who signed it for the American side?", «американ тарапынан кім қол қойды»: one side's signer, not every one.)
    ...(side.length && !yesNo && NAME_KINDS.has(main.kind) ? { side, wantsAll: false } : countryOfNoun.length && !yesNo ? { ofCountry: countryOfNoun } : {}),
    ...(known.length ? { known } : {}),
    ...(source.length ? { source } : {}),
    ...speech,
    otherParts: [...new Set([...othersOf(main), ...later, ...otherQuestions])],
    ...(later.length ? { laterClause: later } : {}),
    // (The later clause is the last further part's own.)
    ...(more.length ? { more: more.map((m, i) => (later.length && i === more.length - 1 ? { ...m, otherParts: [...othersOf(m), ...firstClauseOf(later, tokens, passages, { ...m, pointsBack: pointsToPerson(laterClauseText(question, language, intent) ?? '') })], ownClause: later } : { ...m, otherParts: othersOf(m) })) } : {}),
  };
}

/**
 * The words of a question's first clause, where its later clause names a subject of its own: "When did Wabtec open
 * its centre, and how much were the C5+1 deals worth?" asks nothing of Wabtec's centre in its second part (but "How
 * much is the Wabtec deal worth, and how many locomotives does it cover?" asks of Wabtec in both). Not the names a
 * passage tells of with the later clause's: "What post does Rubio hold, and where did he meet Tokayev?"
 */
function firstClauseOf(later: QueryToken[], tokens: QueryToken[], passages: readonly Passage[], part: Pick<AskedFor, 'besides' | 'focus' | 'answerType'> & { pointsBack: boolean }): QueryToken[] {
  const first = tokens.filter((t) => !later.includes(t));
  // (Not one it sets aside as known: "…, and what else did they discuss besides the Dreamliners?")
  const laterNames = later.filter((t) => namesTopic(t) && !part.besides?.includes(t));
  // (Or, naming none, things of its own the first clause does not speak of, other than what it measures, told in more
  // than one word: "When did Wabtec open its centre, and since what year has the *Astana plant* worked?"; not "…, and
  // what does the *document* provide for?", nor "…, and where did *she* meet the transport minister?", which point back.)
  const measured = [...(part.focus ?? []), ...(part.answerType ?? [])];
  const ownWord = (t: QueryToken) => !measured.includes(t) && !first.some((f) => f.keys.some((k) => t.keys.includes(k)));
  const things = later.filter((t) => namesThing(t) && ownWord(t));
  if (!laterNames.length && !part.pointsBack && things.length && later.some((t) => t !== things[0] && ownWord(t) && (t.named || things.includes(t)))) laterNames.push(...things);
  if (!laterNames.length) return [];
  const firstNames = first.filter(namesTopic);
  const together = firstNames.length > 0 && passages.some((p) => {
    const keys = new Set(termsOf(p.text, p.lang).map((t) => t.key));
    const named = (words: QueryToken[]) => words.some((t) => t.keys.some((k) => keys.has(k)));
    return named(firstNames) && named(laterNames);
  });
  return together ? first.filter((t) => !firstNames.includes(t)) : first;
}

/** A figure standing alone: not in «C5+1», "2nd" or "787-8"; with a case ending after a hyphen, «1000-нан», «300-at». */
const CLAIMED_FIGURE = /(?<![\p{L}\p{N}+-])\d+(?![\p{L}\p{N}+]|-\d)/gu;
/** What a number the question gives counts: the first word after it that is no name and no number ("15 Boeing 787 *Dreamliners*"). */
function countedAfterNumber(question: string, tokens: QueryToken[], language: Lang, years: string[], passages: readonly Passage[]): { number?: QueryToken; counted: QueryToken } | undefined {
  const { words, at } = wordsOf(question);
  // (Figures only: "the first *five*" ranks, and «C5+1», "2nd" name or number something else.)
  // ("the Boeing *787* Dreamliners": a figure the passages write right after the name before it is the model's, no
  // count; «a Steppe Rail *15* Arrow mozdonyt» counts.)
  const named = (w: string | undefined) => tokens.some((t) => t.word === w && t.named);
  const model = (w: string) => {
    const before = words[words.indexOf(w) - 1];
    return named(before) && passages.some((p) => p.text.toLowerCase().includes(`${before!.toLowerCase()} ${w}`));
  };
  const figure = [...question.matchAll(CLAIMED_FIGURE)].map((m) => m[0]).find((w) => !years.includes(w) && !model(w));
  // ("two thousand people", «екі мың адам»: a number spelled out, unless it ranks, "the first five".)
  const ranks = (t: QueryToken | undefined) => t?.keys.some((k) => ORDINAL_CONCEPTS.has(k)) ?? false;
  // ("between *the two* countries", «между *двете* страни», «a *két* ország közötti»: two with a definite article are
  // both of those named, no count claimed.)
  const both = (t: QueryToken) => figureValuesOf(t.keys).includes('2') && (DEFINITE_TWO.has(t.word.toLowerCase()) || DEFINITE_ARTICLE.has(words[at(t) - 1]?.toLowerCase() ?? ''));
  const spelled = tokens.find((t, i) => !isNumber(t.word) && isFigure(t.keys) && !ranks(tokens[i - 1]) && !both(t));
  const n = figure !== undefined ? words.indexOf(figure) : spelled ? at(spelled) : -1;
  if (n < 0) return undefined;
  // (A word said before too is read where it first stands: "the *locomotive* plant… more than 1000 *locomotives*".)
  const stemsAfter = words.slice(n + 1).map((w) => stemWord(w.toLowerCase(), language));
  const laterAt = (t: QueryToken) => (at(t) > n ? at(t) : n + 1 + stemsAfter.indexOf(stemWord(t.word.toLowerCase(), language)));
  const after = tokens.filter((t) => laterAt(t) > n && !isNumber(t.word)).sort((a, b) => laterAt(a) - laterAt(b));
  // (A name counts when nothing else follows: "15 Boeing 787 *Dreamliners*".)
  // ("50 *US* companies": a country before the noun says whose they are.)
  const thing = (t: QueryToken) => !isSubjectName(t) && t.keys.some((k) => k.startsWith('c:'));
  const first = after.find((t) => thing(t) && !t.keys.some(isPlaceKey)) ?? after.find(thing) ?? after.find((t, i) => !after[i + 1]?.named);
  // ("500 *freight* wagons", «500 *грузовых* вагонов», «500 *жүк* вагонын»: a word that qualifies the noun right after it
  // is not what is counted; "500 wagons *arrived*", «500 вагонов *поставят*» are.)
  const next = first && after[after.indexOf(first) + 1];
  const qualifies = (t: QueryToken, noun: QueryToken) =>
    language === 'en' ? !/s$/u.test(t.word) && /s$/u.test(noun.word) : looksAdjectival(t.word.toLowerCase(), language) || (language === 'kk' && KAZAKH_POSSESSED.test(noun.word) && !looksVerbal(noun.word.toLowerCase(), language));
  const counted = first && next && thing(next) && laterAt(next) === laterAt(first) + 1 && qualifies(first, next) ? next : first;
  const number = tokens.find((t) => t.word === words[n]);
  if (!counted) return undefined;
  // (In the form the question writes after the number, "1000 locomotives": the lead then names no noun rather than
  // the form said first, "600 locomotive".)
  // (With the words that go on its phrase: "2000 *farm machines*", one token.)
  const goingOn = phraseWordsGoingOn(question, language);
  let end = laterAt(counted);
  while (goingOn.has(words[end + 1]?.toLowerCase() ?? '')) end++;
  return { ...(number ? { number } : {}), counted: { ...counted, word: words.slice(laterAt(counted), end + 1).join(' ') } };
}

/** A Kazakh noun a bare noun before it qualifies takes a possessive or case ending: «жүк вагон*ы*», «жүк вагон*ын*». */
const KAZAKH_POSSESSED = /(?:ы|і|сы|сі|ын|ін|сын|сін|ларын|лерін|тарын|терін|дарын|дерін)$/u;

/**
 * The question's words with the places other parts name weighing nothing: a further part is set where it says, not
 * where another part is («…на помощь Ближнему Востоку, и среди скольких первых стран … войска в Газу?» asks its count
 * of no passage about the Middle East). (The things they name stay, which it may point back to: «Сколько дата-центров
 * Blackstone построит… и во сколько *они* обойдутся?»)
 */
const withoutPlacesOf = (tokens: QueryToken[], others: readonly QueryToken[]) => tokens.map((t) => (others.includes(t) && t.keys.some(isPlaceKey) ? { ...t, weight: 0 } : t));

/** Bulgarian "two" with its definite ending, and the definite articles of English and Hungarian. */
const DEFINITE_TWO: ReadonlySet<string> = new Set(['двете', 'двата']);
const DEFINITE_ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'az']);

/** A figure that may be a day: alone, or with a Hungarian case ending («november 16-án»). */
const CLAIMED_DAY = /(?<![\p{L}\p{N}+-])\d{1,2}(?=-\p{L}|(?![\p{L}\p{N}+-]))/gu;
/** A day the question gives: a figure right before or after a month ("16 November", «ноября 16»), its words. */
function claimedDay(question: string, tokens: QueryToken[]): QueryToken[] {
  const { words } = wordsOf(question);
  const isMonth = (word: string | undefined) => tokens.some((t) => t.word === word && t.keys.some((k) => k.startsWith('c:') && MONTH_CONCEPTS.has(k.slice(2))));
  const day = [...question.matchAll(CLAIMED_DAY)].map((m) => ({ figure: m[0], n: words.indexOf(m[0]) }))
    .find(({ figure, n }) => n >= 0 && Number(figure) >= 1 && Number(figure) <= 31 && (isMonth(words[n + 1]) || isMonth(words[n - 1])));
  if (!day) return [];
  const month = isMonth(words[day.n + 1]) ? words[day.n + 1] : words[day.n - 1];
  return tokens.filter((t) => t.word === day.figure || t.word === month);
}

/** One way of reading the retrieved passages for a question: which passages, and what a place in a row asks. */
interface Reading {
  hits: Hit[];
  /** "Was it his first visit?", read as which visit in a row it was. */
  inRow?: boolean;
  /** "Which in a row did Kazakhstan send troops?", read of the passage that numbers countries. */
  numbersCountry?: boolean;
}

/**
 * The question's words of two events it sets side by side in time, each with something of its own the sources know;
 * none otherwise. ("Between Kazakhstan and the US" in "when was the agreement between … signed" dates one event:
 * "between" sets two apart only in a question of how long.)
 */
function datedEvents(question: string, language: Lang, asked: AskedFor, tokens: QueryToken[]): QueryToken[][] {
  const compared = eventsCompared(question, language);
  if (!compared || (compared.between && asked.kind !== 'count')) return [];
  const sides = compared.sides.map((words) => tokens.filter((t) => words.includes(t.word)));
  const own = (side: QueryToken[], other: QueryToken[]) => side.some((t) => t.status === 'seen' && !other.includes(t) && !t.keys.some(isPlaceKey));
  return own(sides[0]!, sides[1]!) && own(sides[1]!, sides[0]!) ? sides : [];
}

/** "When will it arrive, *in early 2026*?": the date a question offers is what it checks, not what the evidence must hold. */
function claimedDate(question: string, tokens: QueryToken[]): QueryToken[] {
  const words = new Set([...question.matchAll(CLAIMED_DATE)].flatMap((m) => m[0].toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  return [...new Set([...tokens.filter((t) => words.has(t.word)), ...claimedDay(question, tokens)])];
}
const CLAIMED_DATE = /(?:[\p{L}]+\s+){0,2}(?:19|20)\d\d(?:\s+[\p{L}]+)?/gu;
/** "Is that right?", «верно ли», «igaz-e», «нали», «солай ма»: the message asks whether a claim is so. */
const IS_THAT_RIGHT = /\b(?:is (?:that|it|this) (?:right|true|correct)|right\?)|(?:^|[^\p{L}])(?:правда,? (?:ли|что)|верно ли|так ли|это так|вярно ли|така ли|нали|igaz(?:-e)?|jól tudom|рас па|солай ма|дұрыс па)(?![\p{L}])/iu;
/** Whether a message checks a claim: "is that right?", "really", or a guess it offers (`guessOffered`). */
const checksClaimIn = (text: string, guess: string | undefined) => IS_THAT_RIGHT.test(text) || asksWhatReallyIs(text) || guess !== undefined;

/** "… — Marco Rubio?", "…, Schwartzman?": what follows a question's last dash, or a name after its last comma. */
// ("…— 300 or 3000? I always mix it up.": a remark may close the message after it, or the question it asks: "…at an
// airport where it is based — was that Almaty? Which airport?")
const GUESS_AFTER_DASH = /\s[—–-]\s+([^—–?]+)\?(?:\s+([^?—–]*[.!])|\s+([^?—–]+\?))?\s*$/u;
// ("…, Серхио ма?", "…, в Алмати ли?": past a preposition before it and a yes/no particle after it.)
// (Kazakh: with a word or two of its own before the particle, and the past's «еді» after it: «, Пәкістан ба еді?»,
// «, Еуропаға ұшу үшін бе?».)
// (Or before a last short question, where the particle marks it a guess: «…кім еді, Оспанов па, аты қалай?».)
const YES_NO_PARTICLE = String.raw`(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:ли|ма|ме|ба|бе|па|пе)(?:\s+(?:еді|екен))?`;
const NAME_AFTER_COMMA = new RegExp(
  String.raw`,\s+(?:(?:в|във|на|in|at)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)(?:(?:${YES_NO_PARTICLE})?\?|${YES_NO_PARTICLE},\s+[^,?]{1,40}\?)\s*$`,
  'u',
);
/** "How big is the memorandum's budget, 1 billion dollars?": a figure after a question's last comma. */
const FIGURE_AFTER_COMMA = /,\s+([^,?]*\d[^,?]*)\?\s*$/u;
/** The most words a guess has: "— hi! quick one — who put their signature on…?" offers no guess. */
const GUESS_WORDS = 4;
/**
 * A guess the asker offers at the end of a question ("Who signed it — Nagaspaev?"), to be checked, not asked about:
 * a few words after a question of a kind a claim may give.
 */
export function guessOffered(question: string, language: Lang): string | undefined {
  return offeredGuess(question, language)?.text;
}
/** The guess a message offers, and whether it names what a statement before it describes (`guessIn`). */
function offeredGuess(question: string, language: Lang): { text: string; atStatement: boolean } | undefined {
  // ("…— аты кім еді, Серхио ма?": where the words after a dash ask, the guess is the name after their comma.)
  for (const pattern of [GUESS_AFTER_DASH, NAME_AFTER_COMMA, FIGURE_AFTER_COMMA]) {
    const match = pattern.exec(question);
    const guess = match && guessIn(match, question, language);
    if (guess) return guess;
  }
  return undefined;
}
/**
 * The guess one pattern's match offers, if it is one: a few words, after a question of a kind a guess may give, or a
 * name after a statement of what it names ("Tokayev met the Secretary of State — was it Blinken?").
 */
function guessIn(match: RegExpExecArray, question: string, language: Lang): { text: string; atStatement: boolean } | undefined {
  // (A case ending hyphenated to a figure is no word of its own: «— 300-at vagy 3000-et?».)
  const guess = match[1]!.replace(/(\d)[-‑]\p{L}{1,4}(?![\p{L}])/gu, '$1');
  // (Function words do not count: «— в Алмати или в Караганда?» offers two words. "— Elon Musk or someone else?"
  // doubts a name rather than guessing one, read as such elsewhere: all its words count.)
  // ("The envoy Tokayev received — what other post was he given?": words that ask are no guess; «кто-то» asks nothing.)
  // ("— в Алматы или где?": one after "or" doubts the option before it.)
  if (!offersChoice(guess) && tokenize(guess).some((t) => isQuestionWord(t.word) && guess[t.end] !== '-')) return undefined;
  const doubts = offersAnotherOne(guess, language);
  if (tokenize(guess).filter((t) => doubts || !isStopword(t.word.toLowerCase(), language)).length > GUESS_WORDS) return undefined;
  // (And what a purpose names: «…не үшін пайдаланылады, Еуропаға ұшу үшін бе?», for flights to Europe?)
  // ("Which summit was it — some C6?", «Milyen mozdonyokat…— személyszállítókat?»: and one thing of the kind a "which"
  // names; of two, «Какие двигатели … — GEnx или Trent?», it asks which.)
  const before = match[3] ?? question.slice(0, match.index);
  const intent = understandQuestion(before, language);
  const asksWhichOne = intent.head !== undefined && !MEASURED_KINDS.has(intent.kind) && !offersChoice(guess);
  if (GUESSED_KINDS.has(intent.kind) || intent.kind === 'purpose' || asksWhichOne) return { text: match[1]!, atStatement: false };
  const atStatement = match[3] === undefined && intent.kind === 'other' && intent.cue === undefined && !isYesNoQuestion(before, language) && /\p{Lu}/u.test(guess);
  return atStatement && !offersChoice(guess) ? { text: match[1]!, atStatement } : undefined;
}
/**
 * Kinds whose claimed value is no subject of the claim (a company claimed is often what it is about; a place claimed
 * before a question asking for one is what it corrects).
 */
const CLAIMED_KINDS: ReadonlySet<string> = new Set(['person', 'date', 'count', 'money', 'percent', 'place']);
/** Kinds a guess after an open question may offer: a company too ("Which company — is it Nestlé?"). */
const GUESSED_KINDS: ReadonlySet<string> = new Set([...CLAIMED_KINDS, 'organisation']);

/** Whether a message asks which thing of a kind the sources never mention ("Which engines…?"), one a guess names. */
function asksUnmentionedThing({ kind, head }: QuestionIntent, tokens: QueryToken[]): boolean {
  if (head === undefined || GUESSED_KINDS.has(kind) || kind === 'purpose') return false;
  return tokens.some((t) => t.word === head.toLowerCase() && t.status !== 'seen');
}

/** Whether a guess offers a name the sources never give, and the rest of its message (`tokens`) none. */
function onlyGuessUnknown(tokens: QueryToken[], guess: string): boolean {
  const guessed = new Set(tokenize(guess).map((t) => t.word.toLowerCase()));
  const unknown = tokens.filter(isUnknownName);
  return unknown.length > 0 && unknown.every((t) => guessed.has(t.word.toLowerCase()));
}

/**
 * "I heard it was signed by Marco Rubio. Who really signed it?", «…от 22 октомври. Каква е истинската дата?»: the words
 * of the value of the kind asked for that the sentences before the last one claim, or the guess it offers.
 */
function claimedValue(question: string, language: Lang, kind: QuestionIntent['kind'], guess: string | undefined): string[] {
  const sentences = questionSentences(question);
  // ("Which summit was it — some C6?", "What kind of locomotives — passenger ones?": a guess at the thing a "which" names
  // is all of it claimed.)
  if (guess && !GUESSED_KINDS.has(kind) && kind !== 'purpose') return tokenize(guess).map((t) => t.word.toLowerCase());
  // ("Who actually signed it — Marco Rubio?", «…— Марко Рубио ли?»: a guess offered after a dash closes the question.)
  if (!CLAIMED_KINDS.has(kind) || (sentences.length < 2 && !guess)) return [];
  // (A person claimed by a full name, "Larry Fink": a lone capitalised word there is more often whom the claim is about;
  // a lone name offered as the guess is the guess.)
  // (Or one a yes/no particle doubts, «Рубио ли подписа…?».)
  const doubted = new Set(sentences.slice(0, -1).flatMap((s) => doubtedByParticle(s.text, language)));
  const claimsValue = (f: Fact) => kind !== 'person' || tokenize(f.text).length > 1 || tokenize(f.text).some((t) => doubted.has(t.word.toLowerCase()));
  // (A person guessed is the guess's capitalised words, «— Нагаспаев ли беше?», where a dash opens a sentence.)
  const guessed = !guess ? [] : kind === 'person' ? (guess.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) : factsOfKind(guess, kind as FactKind, language).map((f) => f.text);
  const before = sentences.slice(0, -1).map((s) => s.text).join(' ');
  // ("Did Trump use India as a counterweight…? Which country really?": a place the claim names in any case is claimed.)
  const placesNamed = kind === 'place' ? tokenize(before).map((t) => t.word).filter((word) => namesPlace(word, language)) : [];
  // (A guess offered is the claim: «С кем Ashmore Group строит клинику — с Cleveland Clinic? Кто партнёры?» claims no
  // Ashmore Group.)
  const claimed = guessed.length ? guessed : [...factsOfKind(before, kind as FactKind, language).filter(claimsValue).map((f) => f.text), ...placesNamed];
  return claimed.flatMap((text) => tokenize(text).map((t) => t.word.toLowerCase()));
}
/** "Whom", «кого», «кому», «kit», «kinek», «kivel szemben», «кімді», «кімге»: one something is done to (not "with whom", «с кого»). */
const OBJECT_ASKED = /(?<!\b(?:with|by|from)\s)\bwhom\b|(?<![\p{L}])(?<!(?:с|със|от)\s)(?:кого|кому)(?![\p{L}])|(?<![\p{L}])(?:kit|kiket|kinek|kivel szemben|ki ellen|кімді|кімге)(?![\p{L}])/iu;
/**
 * Whether a "who" may be a company or a body as well as a person: "who did he discuss it with", «Kivel tárgyalt»,
 * «Кто с казахстанской стороны заключил…». Not when it asks a role ("which minister", "who heads") or names a side that is
 * no country ("on behalf of Mars", «со стороны министерства»): then it asks for a person.
 */
function mayBeBody(question: string, intent: QuestionIntent, tokens: QueryToken[]): boolean {
  // (With whom: a role the question names is the one who talked, «Kivel tárgyalt az *elnök*», not the one asked for.)
  if (intent.kind !== 'person' || !intent.also.includes('organisation') || (tokens.some(namesRole) && !asksWithWhom(question, intent.cue))) return false;
  // (A country's side, «с казахстанской стороны», «kazah részről», may be its ministry; «минсельхоза Казахстана» is the ministry.)
  return sideTokens(question, tokens).every((t) => t.keys.some(isPlaceKey));
}
/** The words of the side someone acted for («с казахстанской стороны», "on behalf of Mars", «amerikai részről»). */
function sideTokens(question: string, tokens: QueryToken[]): QueryToken[] {
  const words = sideWords(question);
  return tokens.filter((t) => words.includes(t.word.toLowerCase()));
}
/** The place a question names as a side ("for the American side"). */
const placeSide = (question: string, tokens: QueryToken[]) => sideTokens(question, tokens).filter((t) => t.keys.some(isPlaceKey));

/**
 * "Who from Meta…", «кто из Meta», «кой от Meta», «a Meta részéről», «Meta-дан кім»: the organisation the person
 * asked for is of, in whatever role.
 */
function memberOf(question: string, tokens: QueryToken[]): QueryToken[] {
  const lower = question.toLowerCase();
  return tokens.filter((t) => {
    if (!isSubjectName(t) || t.keys.some(isPlaceKey)) return false;
    const name = escapeRegExp(t.word.toLowerCase());
    // (Right after the question word: «подписан *от* Марко Рубио» is by whom, «самолет *на* Boeing» whose.)
    return new RegExp(`(?:^|[^\\p{L}])(?:кто|кого|кем|кой|коя|who|whom)\\s+(?:\\p{L}+\\s+)?(?:из|от|from)\\s+(?:the\\s+)?(?:компании\\s+|компанията\\s+|company\\s+)?${name}(?![\\p{L}])|${name}[-\\s]?részéről(?![\\p{L}])|${name}[-\\s]?(?:нан|нен|дан|ден|тан|тен)\\s+(?:\\p{L}+\\s+){0,2}кім`, 'iu').test(lower);
  });
}

/** "With whom", «с кем», «кіммен», «kivel», "who … with?": whom something was done with. */
const WITH_WHOM_CUE = /^(?:with whom|с кем|со кем|с кого|със кого|кіммен|кімдермен|kivel|kikkel)$/iu;
/** "Between whom", «между кем», «kik között», «кім мен кім арасында»: the parties, one of them often a body of state. */
const BETWEEN_WHOM = /\bbetween\s+whom\b|(?:^|[^\p{L}])(?:между\s+(?:кем|кого|кои)|kik\s+között|кім(?:дер)?\s*(?:мен|пен|бен)\s+кім(?:дер)?\s+арасында)(?![\p{L}])/iu;
const asksWithWhom = (question: string, cue: string | undefined) => (cue !== undefined && WITH_WHOM_CUE.test(cue)) || /\bwho\b[^?]*\bwith\s*\?/iu.test(question) || BETWEEN_WHOM.test(question);
/** Words for a deal, whose other side a "with whom" asks. */
const DEAL_KEYS: ReadonlySet<string> = new Set(['agreement', 'memorandum', 'partner'].map((id) => `c:${id}`));
/**
 * "Did it end with a joint declaration? If so, what was its title?", «…уран жеткізу туралы келісімге қол қойды ма?
 * Көлемі қандай?»: a question after a yes/no question that names nothing of its own (or says "if so") hangs on it, and
 * is not answered when the yes/no question asks about a thing the sources never mention.
 */
function hangsOnYesNo(question: string, language: Lang, tokens: QueryToken[]): boolean {
  const yesNo = yesNoSentenceOf(question, language);
  if (!yesNo || yesNo.at === yesNo.sentences.length - 1) return false;
  const { at } = yesNo;
  const later = tokens.filter((t) => t.sentence > at);
  // ("Is it true it built only a hundred? How many really?": a question that checks the claim asks what is so.)
  // («…добычей урана? Чем *именно*?»: so does one that asks what exactly it was.)
  const asksExactly = yesNo.sentences.slice(at + 1).some((s) => EXACTLY.test(s.text));
  const hangs = IF_SO.test(question) || (!later.some(isSubjectName) && !checksClaimIn(question, guessOffered(question, language)) && !asksExactly);
  return hangs && namesUnmentioned(tokens.filter((t) => t.sentence === at));
}

/** Whether a word names a place the lexicon knows (a country, a city, a region): «Индию», "Pakistan". */
const namesPlace = (word: string, language: Lang) => conceptsOf(word.toLowerCase(), language).some((id) => isPlaceKey(`c:${id}`));

/**
 * "Is it correct that Chevron signed…? What was it worth?", «…рас па? Оның сомасы қанша?»: a question of its own after
 * the claim asks more of it ("or is the number another?", "who was it really?" correct it).
 */
export function asksMoreOfClaim(question: string, language: Lang, unknownNames: readonly string[] = []): boolean {
  const yesNo = yesNoSentenceOf(question, language);
  // ("Was he made ambassador to Pakistan? In which country is he one?": a place the claim names wrongly, when the
  // question after it asks for a place, is what the answer corrects.)
  const placesClaimed = unknownNames.length > 0 && unknownNames.every((word) => namesPlace(word, language));
  const asksMore = (text: string) => {
    const kind = understandQuestion(text, language).kind;
    return !OPENS_WITH_OR.test(text) && kind !== 'other' && !(placesClaimed && kind === 'place');
  };
  // ("Did Rubio sign it? Who signed it?": not when it asks again for what the claim says, a value of the kind it asks for,
  // which it corrects; "…meet Larry Fink? Who organised the meeting?" and "…did he meet Rubio too? Who else?" ask more.)
  const claimTerms = new Set(yesNo ? termsOf(yesNo.sentences[yesNo.at]!.text, language).map((t) => t.key) : []);
  // ("…meet the CEO of BlackRock? Which company's *head* did he meet?": a broader word for what the claim says is said
  // again; the kind asked for, "company", is the slot its name fills.)
  const inClaim = (key: string) => claimTerms.has(key) || (key.startsWith('c:') && narrowerConcepts(key.slice(2)).some((id) => claimTerms.has(`c:${id}`)));
  const asksClaimAgain = (text: string) => {
    const intent = understandQuestion(text, language);
    // (Not its head, the slot a name fills, nor a later clause's words: "Which company was it, and how much is the
    // investment?" asks the claim again, then more.)
    const words = tokenize(text);
    const terms = termsOf(text, language, words);
    // (Nor the words of things that qualify the head, which describe the slot too: "…Mayo Clinic? With which *American
    // medical* partner?"; not "its *exact* value", which asks more of it.)
    const headAt = intent.head === undefined || intent.cueToken === undefined ? -1 : words.findIndex((w, i) => i > intent.cueToken! && w.word.toLowerCase() === intent.head);
    const qualifies = (token: number) => token > intent.cueToken! && token < headAt && terms.some((t) => t.token === token && t.key.startsWith('c:'));
    const qualifiers = headAt < 0 ? [] : words.filter((_, i) => qualifies(i)).map((w) => w.word);
    const unsaid = new Set([...(intent.head ? [intent.head] : []), ...qualifiers, ...intent.laterClause].map((w) => w.toLowerCase()));
    // (Nor the word for a name: "…was that Larry Fink? What's his *name*?")
    const nameWords = new Set(terms.filter((t) => NAME_ASKED.has(t.key)).map((t) => t.token));
    const said = terms.filter((t) => !unsaid.has(words[t.token]?.word.toLowerCase() ?? '') && !nameWords.has(t.token));
    // (A word is said again by any of its terms: "head" by its concept, not its stem.)
    const saidAgain = (token: number) => said.some((t) => t.token === token && inClaim(t.key));
    // (Or a name the sources never give, where a name is asked for again: "…BlackRock? Which company…?"; or names:
    // "…with Mayo Clinic? With which partners?")
    const claimedName = unknownNames.length > 0 && (NAME_KINDS.has(intent.kind) || (intent.kind === 'list' && intent.head !== undefined));
    return !ELSE.test(text) && said.every((t) => saidAgain(t.token)) && (claimedName || claimedValue(question, language, intent.kind, undefined).length > 0);
  };
  return !!yesNo && !asksWhatReallyIs(question) && !asksOtherOne(question) && yesNo.sentences.slice(yesNo.at + 1).some((s) => asksMore(s.text) && !asksClaimAgain(s.text));
}

/**
 * The query tokens of words the question analyser read, lowercased, in the message's order. A message holds one token
 * per concept, so a word said again («…mozdony-összeszerelő üzemet… hány *mozdonyt* gyártott…?») is found by the first
 * token of its concept.
 */
function tokensOfWords(words: Iterable<string>, tokens: QueryToken[], language: Lang): QueryToken[] {
  const found = new Set([...words].flatMap((word) => tokenOfWord(word, tokens, language) ?? []));
  return tokens.filter((t) => found.has(t));
}
/** The query token of one word the analyser read: the word's own, else the first of its concept. */
function tokenOfWord(word: string, tokens: QueryToken[], language: Lang): QueryToken | undefined {
  const said = tokens.find((t) => t.word === word);
  if (said) return said;
  const conceptKeys = new Set(termsOf(word, language).map((t) => t.key).filter((key) => key.startsWith('c:')));
  return tokens.find((t) => t.keys.some((key) => conceptKeys.has(key)));
}

/** The words of a question that go on a phrase of the word before them ("farm *machines*", «mezőgazdasági *gépet*»), lowercased. */
function phraseWordsGoingOn(question: string, language: Lang): Set<string> {
  const words = tokenize(question);
  return new Set([...phraseContinuations(termsOf(question, language, words))].map((at) => words[at]!.word.toLowerCase()));
}

/** Whether a yes/no question comes before the message's last sentence: «Рубио ли подписа…? Кой го подписа?». */
function asksAfterYesNo(question: string, language: Lang): boolean {
  // ("Did they discuss Caterpillar? If so, what equipment?" asks on from the claim.)
  const yesNo = yesNoSentenceOf(question, language);
  return !!yesNo && yesNo.at < yesNo.sentences.length - 1 && !IF_SO.test(question);
}

/** A message's sentences and the first of them that asks yes or no; none when no sentence does. */
function yesNoSentenceOf(question: string, language: Lang): { sentences: ReturnType<typeof questionSentences>; at: number } | undefined {
  const sentences = questionSentences(question);
  // ("Tokayev met the Blackstone CEO — was that Larry Fink? What's his name?": or in its clause after a dash.)
  const asksYesOrNo = (sentence: string) => isYesNoQuestion(sentence, language) || isYesNoQuestion(sentence.split(DASH).at(-1)!, language);
  const at = sentences.findIndex((s) => asksYesOrNo(asAsked(s)));
  return at < 0 ? undefined : { sentences, at };
}
/** A dash between clauses (not a hyphen within a word). */
const DASH = /\s[—–-]\s/u;
/** "Or…?", «Или…?», «Vagy…?», «Әлде…?»: a sentence offering another answer to the claim. */
const OPENS_WITH_OR = /^\W*(?:or|или|vagy|әлде|не)(?![\p{L}])/iu;

/** How many of the best passages a claim of another thing of a kind is read against. */
const REPLACED_THING_HITS = 3;
/** The fewest words a claim with no name must say of its subject for a passage holding them all to be about it. */
const UNNAMED_SUBJECT_WORDS = 3;

/** A retrieval, with the signer a yes/no question names when it names one ("…signed by Marco Rubio?"). */
type Retrieved = Retrieval & { signerClaimed?: QueryToken[] };

/** The passages of hits, as the answer may quote them. */
const passagesOf = (hits: Hit[]): Passage[] => hits.map((hit) => ({ text: hit.chunk.text, lang: hit.chunk.lang }));

/** The term keys of each sentence of the best hits, as the index reads a passage (not as a question is read). */
function sentenceKeysOf(hits: Hit[]): Set<string>[] {
  return hits.slice(0, REPLACED_THING_HITS).flatMap((hit) =>
    splitSentences(hit.chunk.text, hit.chunk.lang).map((s) => new Set(termsOf(hit.chunk.text.slice(s.start, s.end), hit.chunk.lang).map((t) => t.key))),
  );
}

/** The things a question names that the sources never mention (a place they never name is a claim to check; how it
 * was put, "did he *define* it as…", is no thing they must mention; nor is a word for a figure, "is the *figure*…",
 * for a place in a row, "his *third* trip", or for a kind, "any particular *kind* of metals", «какой-то особый *вид*»). */
const unmentionedThings = (tokens: QueryToken[]) =>
  tokens.filter((t) => t.status === 'absent' && t.weight > 0 && !t.keys.some((k) => isPlaceKey(k) || SAYING_KEYS.has(k) || PHRASING_KEYS.has(k) || AMOUNT_CONCEPTS.has(k) || ORDINAL_CONCEPTS.has(k) || k === 'c:type_kind'));
const namesUnmentioned = (tokens: QueryToken[]) => unmentionedThings(tokens).length > 0;
/**
 * "Did he *call* it…", «нарече ли»: how a source put something, which it does without the word. (Calling is no
 * PHRASING_CONCEPTS word: those weigh nothing in retrieval, and «какую сумму назвал Лутник» asks what was named.)
 */
const PHRASING_KEYS: ReadonlySet<string> = new Set([...PHRASING_CONCEPTS, 'call_name'].map((id) => `c:${id}`));

const YEAR_CLAIM = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;

/**
 * The year-like figures a question gives as years: not one followed by a thing it counts («около 2000 *души*», "2000
 * *workers*"), which words of time ("2026 second half", «2025 жылы») and names ("in 2009 Wabtec opened") are not.
 */
function yearsClaimed(question: string, tokens: QueryToken[]): string[] {
  const { words } = wordsOf(question);
  const counts = (figure: string) => {
    const next = tokens.find((t) => t.word === words[words.indexOf(figure) + 1]);
    return next !== undefined && !next.named && !isNumber(next.word) && !next.keys.some((k) => k.startsWith('c:') && TIME_CONCEPTS.has(k.slice(2)));
  };
  return [...question.matchAll(YEAR_CLAIM)].map((m) => m[0]).filter((figure) => !counts(figure));
}

/** The question's words in order, and where a token's word first stands among them (-1: not as written). */
function wordsOf(question: string): { words: string[]; surfaces: string[]; at: (t: QueryToken) => number } {
  const found = tokenize(question);
  const words = found.map((t) => t.word);
  return { words, surfaces: found.map((t) => question.slice(t.start, t.end)), at: (t) => words.indexOf(t.word) };
}

/** A yes/no claim's sentence and its query tokens, and those of the question after it. */
interface ClaimThenQuestion {
  text: string;
  claim: QueryToken[];
  asked: QueryToken[];
}

/** What is asked, with no one named as who said it. */
function withoutSpeaker<T extends AskedFor>({ speaker: _speaker, speakerRole: _role, spokenOf: _of, ...rest }: T): Omit<T, 'speaker' | 'speakerRole' | 'spokenOf'> {
  return rest;
}

/**
 * A statement a sentence tells as said, in words of its own, and the frame around it that says who said it: before
 * its "that" («Оспанов ли каза, *че* Китай активно прокарва…?»), after Kazakh «деп», which closes it. None where it
 * asks of what someone said ("Did Ospanov say anything about China?").
 */
function statementOf(sentence: string, language: Lang, tokens: QueryToken[]): { frame: string; speaker: QueryToken } | undefined {
  const that = THAT[language].exec(sentence);
  if (!that) return undefined;
  const frame = language === 'kk' ? sentence.slice(that.index + that[0].length) : sentence.slice(0, that.index);
  const { speaker, spokenOf = [] } = speakerAsked(frame, language, tokens);
  return speaker && spokenOf.filter((t) => t.weight > 0).length >= STATEMENT_WORDS ? { frame, speaker } : undefined;
}

/** The statement a message's yes/no sentence tells as said by someone it names, if any. */
function statementClaimedIn(question: string, language: Lang, tokens: QueryToken[]): ReturnType<typeof statementOf> {
  const yesNo = yesNoSentenceOf(question, language);
  return yesNo && statementOf(yesNo.sentences[yesNo.at]!.text, language, tokens.filter((t) => t.sentence === yesNo.at));
}

/** The word that opens a statement told as said ("that", «что», «че», «hogy»), or closes it (Kazakh «деп»). */
const THAT: Record<Lang, RegExp> = {
  en: /(?<![\p{L}])that(?![\p{L}])/iu,
  ru: /(?<![\p{L}])что(?![\p{L}])/iu,
  bg: /(?<![\p{L}])че(?![\p{L}])/iu,
  hu: /(?<![\p{L}])hogy(?![\p{L}])/iu,
  kk: /(?<![\p{L}])деп(?![\p{L}])/iu,
};

/** The share of what the best passage holds of a claimed statement that a passage of the named speaker must hold, to be theirs. */
const SAID_SHARE = 2 / 3;

/** How many words of its own a statement a question gives needs, to be told rather than asked about. */
const STATEMENT_WORDS = 3;

/** Verbs of saying (not of thinking: «думает открыть» plans, «считается» is held to be). */
const SAYING_KEYS: ReadonlySet<string> = new Set(['say', 'remark', 'announce', 'estimate', 'characterize', 'respond'].map((id) => `c:${id}`));

/**
 * "What did Marco Rubio tell Tokayev?", «Какво каза Гор на Токаев?»: the first name of a question about what was
 * said is who speaks, known by the last word of that name (a surname: «Марко» alone spells Morocco's consonants).
 */
function speakerAsked(question: string, language: Lang, tokens: QueryToken[]): Pick<AskedFor, 'speaker' | 'spokenOf' | 'speakerRole'> {
  const { at } = wordsOf(question);
  // ("For the briefing *note*: what is…?": a label before a colon says what the answer is for, not that anyone spoke.)
  const asking = afterLabel(question, language);
  const labelWords = tokenize(question).length - tokenize(asking).length;
  // ("The Hungarian *note mentions* a clinic…": an article that says something is no one speaking.)
  const saidByArticle = (t: QueryToken) => tokens[tokens.indexOf(t) - 1]?.keys.includes('c:write') ?? false;
  // («…was among the deals *announced* during the visit. What will the clinic be called?»: a remark before the question
  // tells what was said; the question asks what its own words ask.)
  const asks = Math.max(...tokens.map((t) => t.sentence));
  const saying = (t: QueryToken) => t.keys.some((k) => SAYING_KEYS.has(k)) && at(t) >= labelWords && !saidByArticle(t) && t.sentence === asks;
  if (!(tokens.some(saying) || saysInEnglish(asking)) || talksWith(question)) return {};
  // (Not one the speaker was with: «Гормен әңгіме барысында Токаев… сипаттады».)
  const names = tokens.filter((t) => isSubjectName(t) && !besideArticleWord(t, tokens) && !namedAsCompany(question, t.word, language)).map((t) => ({ t, at: at(t) })).filter((n) => n.at >= 0).sort((a, b) => a.at - b.at);
  const script = (w: string) => /\p{Script=Latin}/u.test(w);
  // (A name is a first name and a surname at most: «Марко Рубио *Токаеву*» is Rubio speaking to Tokayev.)
  const runs: Array<typeof names> = [];
  for (const next of names) {
    const run = runs[runs.length - 1];
    if (run && run.length < 2 && next.at === run[run.length - 1]!.at + 1 && script(next.t.word) === script(run[0]!.t.word)) run.push(next);
    else runs.push([next]);
  }
  // ("What did Blackstone CEO *Stephen Schwarzman* say": a company's executive named right after its title speaks.)
  const titled = (run: typeof names) => {
    const role = tokens[tokens.indexOf(run[run.length - 1]!.t) + 1];
    return role !== undefined && !isSubjectName(role) && role.keys.some((k) => COMPANY_VOICES.includes(k)) ? runs.find((r) => r[0]!.t === tokens[tokens.indexOf(role) + 1]) : undefined;
  };
  const name = (runs[0] && titled(runs[0])) ?? runs[0] ?? [];
  const last = name[name.length - 1];
  if (!last) return {};
  // «Рубио» spells only two consonants, as «араб» does: the speaker is known by their word, not so short a skeleton.
  const speaker = { ...last.t, keys: last.t.keys.filter((k) => !k.startsWith('s:') || k.length > 4) };
  // "…about the Wabtec locomotives": what the words asked for are about.
  // ("the Wabtec *CEO*", «a Wabtec *vezérigazgatója*»: an executive beside a company's name is who speaks for it; a
  // title beside a person's name, «Kalijev politológus», is theirs.)
  const nameAt = tokens.indexOf(last.t);
  const speakerRole = [tokens[nameAt - 1], tokens[nameAt + 1]].find((t) => t !== undefined && !isSubjectName(t) && t.keys.some((k) => COMPANY_VOICES.includes(k)));
  // (Nor is their own title what they spoke of, in the two words beside the name: «Kanat Ospanov *politológus*»,
  // "*political analyst* Pavel Orlov" name no topic a passage must hold.)
  const titleBeside = (from: number, step: number) => {
    const run: QueryToken[] = [];
    for (let i = from; run.length < 2 && tokens[i] !== undefined && !isSubjectName(tokens[i]!); i += step) run.push(tokens[i]!);
    // (The word beside the name is the title: «Олсен на поздравления *президента*» is someone else's.)
    return run[0] !== undefined && (namesRole(run[0]) || run[0].keys.some((k) => COMMENTATOR_KEYS.has(k))) ? run : [];
  };
  const titles = [...titleBeside(tokens.indexOf(name[0]!.t) - 1, -1), ...titleBeside(nameAt + 1, 1)];
  const spokenOf = tokens.filter((t) => !saying(t) && !name.some((n) => n.t === t) && t !== speakerRole && !titles.includes(t) && t.status === 'seen');
  return { speaker, ...(speakerRole ? { speakerRole } : {}), ...(spokenOf.length ? { spokenOf } : {}) };
}

/** How many words a source's role may stand from its name («саясаттанушы Талғат Қалиев»). */
const SOURCE_TITLE = 2;
/** How many words from a subject a figure the question gives stands, to be that subject's ("Wabtec deal at 4.2 bn"). */
const FIGURE_REACH = 4;

/**
 * "Comparing the Wabtec deal *at 4.2 bn* with the C5+1 summit, what was the total there?", «Wabtec келісімі 4,2 млрд
 * доллар болса, John Deere-мен… қанша?»: a subject the question gives a figure for is the known side, when it names
 * another subject or an event away from the figure; what is asked is the other's.
 */
function knownSides(question: string, tokens: QueryToken[]): QueryToken[] {
  const { at } = wordsOf(question);
  const figures = tokens.filter((t) => isNumber(t.word)).map(at).filter((f) => f >= 0);
  const figured = (t: QueryToken) => at(t) >= 0 && figures.some((f) => Math.abs(f - at(t)) <= FIGURE_REACH);
  const known = tokens.filter((t) => isSubjectName(t) && figured(t));
  // (Not a word of the same name: "John" of "John Deere".)
  const apart = (t: QueryToken) => !figured(t) && known.every((k) => Math.abs(at(k) - at(t)) > 1);
  const other = tokens.some((t) => t.status === 'seen' && apart(t) && (isSubjectName(t) || t.keys.some((k) => k.startsWith('c:') && EVENT_NOUN_CONCEPTS.has(k.slice(2)))));
  return other ? known : [];
}

/**
 * How far after a role its owner may stand, in words other than stopwords («начальника *этой тепловозной компании*
 * Wabtec», «ръководи *технологичния и инженерен център на* Wabtec»).
 */
const OWNER_REACH = 5;
/** "vice president *of* Meta", «вицепрезидентът *на* Meta», «глава *компании* Boeing»: words between a role and its owner. */
const OWNER_LINK = new Set(['of', 'at', 'на', 'от', 'в', 'во', 'компании', 'компанията']);
/** "the boss of an investment firm *did* Tokayev meet": an English auxiliary or relative word opens a clause, whose subject owns no role. */
const CLAUSE_OPENER = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'has', 'have', 'had', 'that', 'which', 'who', 'whom']);

/** A word in capitals, an abbreviation: «КТЖ», 'DFC'. */
const UPPERCASE_WORD = /^\p{Lu}{2,}$/u;
/** The endings of a Russian noun or name in the genitive («Токаева», «Акорды», «Минфина», «компании»). */
const RU_GENITIVE = /(?:а|я|ы|и|ого|его|ой|ей)$/u;

/** A Kazakh noun possessed and in the genitive, «компания*сының*»: of the name before it. */
const KAZAKH_POSSESSED_GENITIVE = /(?:сы|сі|ы|і)(?:ның|нің)$/u;
/** The same in the accusative, the object of a role that is a verb: «Wabtec компания*сын* кім басқарады». */
const KAZAKH_POSSESSED_ACCUSATIVE = /(?:сы|сі|ы|і)н$/u;
/** A Kazakh noun in a case that has no possessive before it: «министр*мен*», «хатшы*мен*», «өкіл*ге*». */
const KAZAKH_BARE_CASE = /^(.+?)(?:мен|бен|пен|ға|ге|қа|ке|да|де|та|те|дан|ден|тан|тен)$/u;
/** A possessive before a case ending: «хатшы*сы*мен», «министр*і*мен», «министрлігі*н*е» (an agent's -шы is no possessive). */
const KAZAKH_POSSESSIVE_END = /(?:[аәеиоөуұүыіэюя]с[ыі]|[^аәеиоөуұүыіэюяш][ыі]|н)$/u;
/** «Токаев қай министр*мен* кездесті?»: a role with no possessive is nobody's; the name before it is the clause's subject. */
const ownedByNone = (word: string) => {
  const bare = KAZAKH_BARE_CASE.exec(word);
  return bare !== null && !KAZAKH_POSSESSIVE_END.test(bare[1]!);
};

/**
 * "Who is the vice president of Meta?", «Кой е вицепрезидентът на Meta», «Ki a Meta alelnöke?»: the name the
 * question writes as the owner of the role it asks for (not "Minister Halvorsen", a title of someone else). It
 * follows the role in English, Russian and Bulgarian (right after it, or after "of"/«на»), and precedes it in
 * Hungarian and Kazakh, as it does an English "Meta's" or "Boeing VP".
 */
function roleOwners(question: string, language: Lang, tokens: QueryToken[], role: QueryToken[], roleAfterWho = false, cue?: number): QueryToken[] {
  const { words, surfaces, at } = wordsOf(question);
  // "vice president": a role of two words ends at its last.
  const inRole = (i: number) => tokens.some((t) => t.word === words[i] && namesRole(t));
  const roles = role.map(at).filter((i) => i >= 0).map((first) => {
    let start = first;
    let end = first;
    while (start > 0 && inRole(start - 1)) start--;
    while (end + 1 < words.length && inRole(end + 1)) end++;
    return { start, end };
  });
  const after = language === 'en' || language === 'ru' || language === 'bg';
  // (An English name right after a role is whom it titles or a clause's subject: "the Boeing vice president Tokayev met".)
  // («Wabtec *компаниясының* басшысы», "the Wabtec *company's* CEO": the word for what the name is may stand between.)
  // («руководит *заводом* Wabtec Kazakhstan»: or of its plant, whose head is the company's man there.)
  // (Or its centre, «ръководи технологичния център на Wabtec».)
  // («a SCAT *Airlines* vezérigazgatója»: an airline is a company.)
  // («Air Astana *әуе компаниясын*»: a later word of a phrase the lexicon reads as one, which has no token of its own, is
  // read with the phrase's.)
  const tokenAt = (i: number): QueryToken | undefined => tokens.find((t) => t.word === words[i]) ?? (i > 0 && !isStopword(words[i]!, language) ? tokens.find((t) => t.word === words[i - 1] && t.keys.some((k) => k.startsWith('c:'))) : undefined);
  const isCompanyWord = (i: number) => ['c:company', 'c:airline', 'c:factory', 'c:center'].some((k) => tokenAt(i)?.keys.includes(k));
  // («начальника этой тепловозной компании Wabtec», "the head of this rail company, Wabtec": a demonstrative, an
  // adjective and the word for the company may stand between; an English name right after the role is its holder.)
  const links = (i: number) => OWNER_LINK.has(words[i]!) || isCompanyWord(i) || isStopword(words[i]!, language) || looksAdjectival(words[i]!, language);
  // (Within one phrase: «политолозите, цитирани от BAQ.KZ» are quoted by it, not its own.)
  const lower = question.toLowerCase();
  const onePhrase = (from: string, to: string) => {
    const start = lower.indexOf(from);
    const end = lower.indexOf(to, start);
    return start >= 0 && end > start && !/[,;:—–(]/u.test(lower.slice(start, end));
  };
  // («С каким госсекретарём *Токаев* встречался»: a Russian name after a role is its owner in the genitive, «Токаева»; one
  // that could be no genitive is the clause's subject. A Latin name or an abbreviation does not decline.)
  const genitiveOrUndeclined = (i: number) => {
    const word = surfaces[i]!;
    return language !== 'ru' || !/^[\p{Script=Cyrillic}-]+$/u.test(word) || word === word.toUpperCase() || RU_GENITIVE.test(word);
  };
  const ownsAfter = (o: number, r: { end: number }) => {
    const between = words.slice(r.end + 1, o);
    // ("the *training and repair* centre of Kestrel": any word before the word for what the name is qualifies it.)
    const qualifiesBody = (k: number) => between.some((_, j) => j > k && isCompanyWord(r.end + 1 + j));
    return o > r.end && between.filter((w) => !isStopword(w, language)).length < OWNER_REACH && !(language === 'en' && between.some((w) => CLAUSE_OPENER.has(w))) && between.every((_, k) => links(r.end + 1 + k) || qualifiesBody(k)) && (language !== 'en' || roleAfterWho || between.some((w) => OWNER_LINK.has(w))) && onePhrase(words[r.end]!, words[o]!) && genitiveOrUndeclined(o);
  };
  // ("Who *heads* Wabtec?", «Ki *vezeti* a Wabtecet?»: a role that is the verb after "who" owns the name after it.)
  // («Meta-*ның* вице-президенті»: a Kazakh case ending written after a hyphen is the name's.)
  const ownerEnding = (i: number) => isCompanyWord(i) || (language === 'kk' && isKazakhSuffix(words[i]!));
  // («a Meta *melyik* vezetője»: or the question word alone; «Токаев компанияның қай басшысы» is the company's head.)
  // («Boeing компаниясының қай өкілімен»: the word for the company, possessed by the name, and the question word, both;
  // «Токаев компанияның қай басшысымен» is of the company, not of Tokayev.)
  const possessedByName = (i: number) => isCompanyWord(i) && KAZAKH_POSSESSED_GENITIVE.test(words[i]!);
  // ("Boeing talks with Tokayev — which executive?": not across a dash or a comma, where the question opens anew.)
  // («ҚТЖ-*ны* кім басқарады»: a case ending after a hyphen is the name's own.)
  // («Wabtec Kazakhstan локомотив құрастыру *зауытын* қазір кім басқарады»: the Kazakh object of a role that is a verb,
  // the word for its body in the accusative, with what qualifies it and the question word before the verb.)
  const objectOfRole = (o: number, r: { start: number }) => {
    const between = words.slice(o + 1, r.start).map((_, k) => o + 1 + k);
    const body = between.findIndex((i) => isCompanyWord(i) && KAZAKH_POSSESSED_ACCUSATIVE.test(words[i]!));
    return language === 'kk' && body >= 0 && between.filter((i) => !isStopword(words[i]!, language)).length <= OWNER_REACH && between.slice(body + 1).every((i) => i === cue || isStopword(words[i]!, language));
  };
  // (The role's last word: a later word of a phrase the lexicon reads as one has no token of its own, «мемлекеттік *хатшымен*».)
  const lastWordOf = (r: { end: number }) => {
    const next = words[r.end + 1];
    return next !== undefined && !tokens.some((t) => t.word === next) && tokenAt(r.end + 1) !== undefined ? next : words[r.end]!;
  };
  const ownsBefore = (name: number, r: { start: number; end: number }) => {
    const o = language === 'kk' && words[name + 1] !== undefined && isKazakhSuffix(words[name + 1]!) ? name + 1 : name;
    if (language === 'kk' && !objectOfRole(o, r) && ownedByNone(lastWordOf(r))) return false;
    return (o === r.start - 1 || (o === r.start - 2 && (ownerEnding(r.start - 1) || r.start - 1 === cue)) || (o === r.start - 3 && possessedByName(o + 1) && r.start - 1 === cue) || objectOfRole(o, r)) && onePhrase(words[name]!, words[r.start]!);
  };
  const owns = (o: number, r: { start: number; end: number }) => ((after || roleAfterWho) && ownsAfter(o, r)) || ((!after || language === 'en') && ownsBefore(o, r));
  // (A country's role is placed, not owned: "Iceland's minister" is «From Iceland – the minister», no phrase of it.
  // An abbreviation is a name whatever its letters spell: KTZ, «Қазақстан темір жолы».)
  // ("…with a Boeing vice president. What is the name of this Boeing representative?": a name the question repeats
  // owns the role where it stands beside it, wherever it stood first.)
  const positions = (t: QueryToken) => words.flatMap((word, i) => (word === t.word ? [i] : []));
  const abbreviation = (t: QueryToken) => t.status === 'seen' && !t.keys.some(isPlaceKey) && positions(t).some((i) => UPPERCASE_WORD.test(surfaces[i]!));
  return tokens.filter((t) => ((isSubjectName(t) && !t.keys.some((k) => k.startsWith('c:'))) || abbreviation(t)) && roles.some((r) => positions(t).some((o) => owns(o, r))));
}

/**
 * "Is it true the John Deere deal is worth $2.5 billion? How many machines will it make?": a message that checks a
 * claim in one sentence and asks in another is answered for both; the claim is checked as a yes/no question of its
 * own, by the passage about it.
 */
function claimsBeside(question: string, language: Lang, tokens: QueryToken[]): Array<{ part: AskedFor; tokens: QueryToken[] }> {
  const sentences = questionSentences(question).map(asAsked);
  const checks = sentences.map((text) => isYesNoQuestion(text, language));
  // (Only beside a sentence that asks something else: two claims are one yes/no question.)
  if (checks.every(Boolean)) return [];
  return sentences.flatMap((_, i) => {
    const own = tokens.filter((t) => t.sentence === i);
    return own.length >= 2 && checks[i] ? [{ part: { kind: 'other' as const, yesNo: true }, tokens: own }] : [];
  });
}

/** One part of what a question asks: the intent's main kind and focus, or one of its further parts. */
function askedOne(question: string, language: Lang, tokens: QueryToken[], intent: QuestionIntent, part: Pick<QuestionIntent, 'kind' | 'focus'> & { clauseWantsAll?: boolean }): AskedFor {
  const nounPhrase = (part.focus?.words ?? []).map((w) => w.toLowerCase());
  // (A word said before in the message is one token, read where it first stood: «…жүк *локомотивтерін*… Қанша
  // *локомотив*…?» counts locomotives by the token of the first.)
  const sameConcept = (word: string) => (t: QueryToken) => conceptsOf(word, language).some((id) => t.keys.includes(`c:${id}`));
  const inPhrase = tokens.filter((t) => nounPhrase.includes(t.word) || nounPhrase.some((w) => !tokens.some((o) => o.word === w) && sameConcept(w)(t)));
  // («Сколько сделка с Mars в евро?»: a deal counted in a currency is its amount, not a number of deals.)
  const inCurrency = tokens.some((t) => t.keys.some((k) => CURRENCY_KEYS.has(k)));
  const countsThings = inPhrase.some((t) => t.keys.some((k) => k.startsWith('c:') && !MONEY_CONCEPTS.has(k) && !(inCurrency && DEAL_KEYS.has(k))));
  const localised = (t: QueryToken) => t.keys.includes('c:localization');
  // "How much is the localization", «Колко е локализацията»: how much of the production is local, a share (unless
  // money is paid for it, or something else is counted).
  const share = ['count', 'money'].includes(part.kind) && tokens.some(localised) && !namesMoney(tokens)
    && inPhrase.every(localised);
  // "How many billion is it", "how many bn $", «сколько миллионов вложил»: a count of billions is an amount of money.
  const scale = part.kind === 'count' && inPhrase.length > 0 && inPhrase.every((t) => t.keys.some((k) => k.startsWith('c:') && SCALE_CONCEPTS.has(k.slice(2))));
  const kind = share ? 'percent' : scale ? 'money' : kindFor(part.kind, tokens, {
    countsThings,
    // ("…— Rubio or Lutnick?" is answered by the passage naming either; "…— Rubio or someone else?" asks who it was.)
    offersAlternatives: offersChoice(question) && !offersAnotherOne(question, language),
    wantsAll: part.clauseWantsAll ?? intent.wantsAll,
    whoSpoke: part.kind === 'person' && (asksWhoSpoke(tokens, inPhrase) || saidAfterCue(question, language, intent.cueToken, tokens)),
    talkedWith: talksWith(question),
    // (The noun beside the question word: «*Какого политолога*», «…білдірген *саясаттанушы кім*», not «Кого политолог
    // Калиев упоминает».)
    whichRole: !intent.roleAfterWho && intent.cueToken !== undefined && [intent.cueToken - 1, intent.cueToken + 1].some((k) => part.focus?.tokens.includes(k)) && inPhrase.some(namesRole),
    // (Not a word that qualifies a role after it: "the agriculture *minister*", "meta *vp*".)
    namesThing: tokens.some((t, i) => t.word === intent.head && !namesRole(t) && !(tokens[i + 1] && namesRole(tokens[i + 1]!))),
    typed: TYPED.has(part.kind) && inPhrase.length > 0,
  });
  // The words right after "how many" name what is counted even when the analyser's noun phrase missed them.
  const counted = kind === 'count' ? (question.match(COUNTED)?.[1]?.toLowerCase().split(/\s+/) ?? []) : [];
  const focusWords = new Set([...nounPhrase, ...counted]);
  // ("How many *were there* really?": being somewhere counts nothing; what is counted is what the message named.)
  const phrased = tokensOfWords(focusWords, tokens, language).filter((t) => kind !== 'count' || !t.keys.includes('c:presence'));
  // "…and how many units?": a word for a piece of anything, with nothing after it that it counts, counts what the
  // question is about ("units of farm machinery" count machinery).
  const { at } = wordsOf(question);
  const bareUnits = phrased.length > 0 && phrased.every((t) => t.keys.includes('c:unit') && !tokens.some((o) => o.sentence === t.sentence && at(o) > at(t)));
  // "…among the first countries, and among how many?": a count of nothing named is the number the ordinal takes
  // («az első öt ország»).
  const focus = kind === 'count' && (!phrased.length || bareUnits) ? tokens.filter((t) => t.keys.some((k) => ORDINAL_CONCEPTS.has(k))) : phrased;
  const measured = MEASURED_KINDS.has(kind);
  const besides = new Set(besidesWords(question, language));
  const reference = new Set(referenceWords(question, language));
  // The lead names what is counted in the question's own words: the analyser's noun phrase, else the first word after "how many".
  const countedWords = new Set(nounPhrase.length ? nounPhrase : counted.slice(0, 1));
  const named = tokens.filter((t) => nounPhrase.includes(t.word.toLowerCase()) && namesRole(t));
  // «Meta вице-президентінің аты-жөні кім?»: the name asked for is that of the role the question names; of two
  // roles, the one beside the word for the name («тілшісімен сөйлескен саясаттанушылардың аты-жөні»: the political
  // scientists', not the correspondent's).
  const nameWord = tokens.find((t) => t.keys.includes('c:name_noun'));
  const nearest = (roles: QueryToken[]) => {
    if (!nameWord || roles.length < 2) return roles;
    const first = [...roles].sort((a, b) => Math.abs(at(a) - at(nameWord)) - Math.abs(at(b) - at(nameWord)))[0]!;
    // ("вице-президент": the words of a role of two words stand together.)
    return roles.filter((r) => Math.abs(at(r) - at(first)) <= 1);
  };
  const role = named.length || !nameWord ? named : nearest(tokens.filter(namesRole));
  const phraseGoesOn = phraseWordsGoingOn(question, language);
  // ("Who from Meta…", no role named: whoever is titled there.)
  const members = kind === 'person' && !role.length ? memberOf(question, tokens) : [];
  return {
    kind,
    focus: measured && focus.length ? focus : undefined,
    // "5 countries", not "5 first countries": an ordinal of the question's phrase is no part of what is counted.
    // ("In how much *time*": a span of time is counted in the units the source gives, not in "time".)
    // (In the words the question asks with, in its order: the lead names what is counted so.)
    // ("farm machines", «mezőgazdasági gépet»: a word that goes on a phrase of the word before it is counted with it.)
    counted: measured
      ? [...countedWords].flatMap((word, k, all) => {
          const t = tokenOfWord(word, focus, language) ?? (phraseGoesOn.has(word) && k > 0 ? tokenOfWord(all[k - 1]!, focus, language) : undefined);
          return t && !t.keys.some((k) => ORDINAL_CONCEPTS.has(k) || k === 'c:time') ? [{ ...t, word }] : [];
        })
      : undefined,
    answerType: [...(answerTypeOf(kind, focus, tokens, cueSentence(question, intent)) ?? []), ...(kind === 'date' ? claimedDate(question, tokens) : [])],
    wantsAll: part.clauseWantsAll ?? intent.wantsAll,
    currency: kind === 'money' ? askedCurrency(question, language, tokens) : undefined,
    besides: besides.size ? tokens.filter((t) => besides.has(t.word.toLowerCase())) : undefined,
    ...(reference.size ? { reference: tokens.filter((t) => reference.has(t.word.toLowerCase())) } : {}),
    // ("If so, what was it?" is no maybe: it asks on from a yes/no question.)
    hypothetical: isHypothetical(withoutFraming(question, language).replace(IF_SO, ' ').replace(IF_NOT, ' '), language),
    role: kind === 'person' ? role : undefined,
    roleOf: kind === 'person' ? (role.length ? roleOwners(question, language, tokens, role, intent.roleAfterWho, intent.cueToken) : members) : undefined,
    ...(members.length ? { anyRole: true } : {}),
    // "How much does one locomotive cost": a unit price, which a deal's total does not answer.
    // ("…worth *in total*": a total is no price of one; a price in the shops is one.)
    // ("How many locomotives a year": a yearly rate, which a count since the start does not answer either.)
    perUnit:
      (kind === 'money' &&
        !tokens.some((t) => t.keys.includes('c:sum_amount') || t.keys.includes('c:total')) &&
        (intent.numberWords.some((n) => n.value === 1 && n.withCue) || PER_UNIT.test(question) || PER_ITEM.test(question) || tokens.some((t) => t.keys.includes('c:shop_retail')))) ||
      (kind === 'count' && PER_YEAR.test(question)),
  };
}

/**
 * What the engine reports about its dependencies as they fail (the bot passes its Prometheus
 * metrics, src/metrics.ts; the engine itself stays free of the metrics library).
 */
export interface EngineEvents {
  recordLlmFailure(stage: 'answer' | 'rewrite', reason: string): void;
  recordEmbeddings(outcome: QueryEmbeddingOutcome): void;
}

const NO_EVENTS: EngineEvents = { recordLlmFailure: () => undefined, recordEmbeddings: () => undefined };

export interface EngineOptions {
  /** At start, when another process is writing the index: serve the committed one read-only (default), or wait (an ingest). */
  whenLocked?: SyncOptions['whenLocked'];
  /** Worker threads kept to analyse uploads (default DEFAULT_UPLOAD_WORKERS). */
  uploadWorkers?: Partial<UploadWorkers>;
}

export interface UploadWorkers {
  /** Threads (0: none; uploads are analysed on the main thread, pausing to keep answering). */
  threads: number;
  /** Started once the index holds this many chunks. */
  minChunks: number;
}

/**
 * On a large index an upload's graph insertions alone keep the main thread busy (about 0.6 ms each at
 * 100k chunks), so its chunks are embedded and analysed meanwhile on a worker kept for uploads: one
 * thread on two cores (the main thread has the other), more with more. About 80 MB and half a second
 * of CPU at start; below 10k chunks an upload is quick enough without.
 */
export const DEFAULT_UPLOAD_WORKERS: UploadWorkers = { threads: Math.max(1, Math.min(2, availableParallelism() - 1)), minChunks: 10_000 };

export interface EngineDeps {
  /** The model clients; by default built from config (OpenAI with a key, offline without). */
  clients: Clients;
  /** Where dependency failures are reported; by default nowhere. */
  events: EngineEvents;
}

/** Builds the engine: reads the seeds, syncs the index, and wires the LLM when there is a chat model. */
export async function createEngine(config: Config, deps: Partial<EngineDeps> = {}, options: EngineOptions = {}): Promise<Engine & { sync(): Promise<IndexChanges> }> {
  const clients = deps.clients ?? (await createClients(config));
  const events = deps.events ?? NO_EVENTS;
  const budget = answerBudget(config);
  const queryEmbedder = new QueryEmbedder(clients.queryEmbeddings, { timeoutMs: budget.embedMs, onOutcome: (o) => events.recordEmbeddings(o) });
  const llm = clients.chat && createLlmAnswerer(clients.chat, { firstTokenMs: budget.firstTokenMs });
  const engine = new AnswerEngine(config, clients.embedder, queryEmbedder, llm, budget, events, options);
  await engine.sync();
  return engine;
}
