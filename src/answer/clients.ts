/**
 * The composition root's model clients, built from config in one place: the answerer and the
 * retriever take these instances and never construct their own (tests inject fakes or point the
 * real clients at a local server).
 */
import type { Embeddings } from '@langchain/core/embeddings';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from '../config.js';
import { LexicalEmbeddings, type NamedEmbeddings } from '../search/embeddings.js';
import { answerBudget } from './budget.js';

export interface Clients {
  /** The indexing embedder (retries, the long OPENAI_TIMEOUT_MS) and its identity for the manifest. */
  embedder: NamedEmbeddings;
  /** The same model for questions: the question's short timeout and no retries. */
  queryEmbeddings: Embeddings;
  /** The chat model in LLM mode; none offline. */
  chat?: BaseChatModel;
}

/** Offline: the model-free embedder for both paths and no chat model. */
export function offlineClients(): Clients {
  const lexical = new LexicalEmbeddings();
  return { embedder: { embeddings: lexical, id: lexical.id, dims: lexical.dims }, queryEmbeddings: lexical };
}

/** OpenAI (or any compatible endpoint) when a key is configured, the offline clients otherwise. */
export async function createClients(config: Config): Promise<Clients> {
  if (!config.OPENAI_API_KEY) return offlineClients();
  // Loaded only when needed: the OpenAI client is a large import the offline mode never uses.
  const { ChatOpenAI, OpenAIEmbeddings } = await import('@langchain/openai');
  const budget = answerBudget(config);
  const common = { apiKey: config.OPENAI_API_KEY, configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined };
  const embeddings = (timeout: number, maxRetries: number) => new OpenAIEmbeddings({ ...common, model: config.OPENAI_EMBEDDINGS_MODEL, timeout, maxRetries });
  return {
    // Dimensions are only known after the first call; the indexer reads them from the vectors.
    embedder: {
      embeddings: embeddings(config.OPENAI_TIMEOUT_MS, config.OPENAI_MAX_RETRIES),
      id: `openai:${config.OPENAI_EMBEDDINGS_MODEL}@${config.OPENAI_BASE_URL ?? 'api.openai.com'}`,
      dims: 0,
    },
    // A question cannot afford back-off: one short try, then lexical retrieval.
    queryEmbeddings: embeddings(budget.embedMs, 0),
    chat: new ChatOpenAI({
      ...common,
      model: config.OPENAI_CHAT_MODEL,
      temperature: 0,
      // The question's deadline aborts every call; the offline answer is the retry.
      timeout: budget.deadlineMs,
      maxRetries: 0,
    }),
  };
}
