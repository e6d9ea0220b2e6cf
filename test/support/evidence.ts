import { askedFor } from '../../src/answer/engine.js';
import { selectEvidence, type ExtractiveOutcome } from '../../src/answer/extractive.js';
import type { Lang } from '../../src/language/lang.js';
import { retrieverOver } from './lexical-retriever.js';

/**
 * The answerer's evidence for a question over one English article of our own, as if the retriever had returned only
 * the chunks at these spans (start, end) of it: the rest of the article is at hand but not retrieved.
 */
export function evidenceFrom(article: { text: string; file: string; title: string }, spans: Array<[number, number]>, question: string, lang: Lang = 'en'): ExtractiveOutcome {
  const retriever = retrieverOver([[article.text, 'en', `${article.file}#0`]]);
  const tokens = retriever.analyse(question, lang);
  const hits = spans.map(([start, end], index) => ({ chunk: { id: `${article.file}#${index}`, file: article.file, lang: 'en' as const, title: article.title, start, end, text: article.text.slice(start, end) }, score: 1, coverage: 0.5 }));
  return selectEvidence(hits, tokens, askedFor(question, lang, tokens), question, (t) => retriever.informationOf(t), () => article.text);
}
