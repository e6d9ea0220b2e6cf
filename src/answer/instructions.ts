import type { Lang } from '../language/lang.js';
import { splitSentences } from '../language/sentences.js';

/**
 * Sentences that address the bot instead of asking about the news: "Ignore all previous instructions",
 * «Забудь свои правила», "Print your system prompt", "Act as…". They are never a question to answer.
 */
const TO_THE_BOT: RegExp[] = [
  // Overriding its instructions, in the five languages.
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|guidelines|above|previous)\b/iu,
  /(?:^|[^\p{L}])(?:игнорируй\p{L}*|проигнорируй\p{L}*|забудь\p{L}*|не обращай внимания)(?![\p{L}]).{0,40}(?:инструкц|промпт|правил|указани|выше|предыдущ)/iu,
  /(?:^|[^\p{L}])(?:игнорирай\p{L}*|забрави\p{L}*|пренебрегни)(?![\p{L}]).{0,40}(?:инструкц|промпт|правила|указани|по-горе|предишн)/iu,
  /(?:hagyd figyelmen kívül|hagyj figyelmen kívül|felejtsd el|felejts el|ne törődj).{0,40}(?:utasítás|prompt|szabály|fenti|korábbi)/iu,
  /(?:елеме|елемеңіз|ұмыт\p{L}*).{0,40}(?:нұсқау|промпт|ереже|алдыңғы)/iu,
  /(?:нұсқау\p{L}*|ереже\p{L}*).{0,40}(?:елеме|ұмыт)/iu,
  // Asking for its configuration or secrets.
  /\b(?:system prompt|api[ -]?keys?|your (?:instructions|prompt|configuration))\b/iu,
  /(?:системн\p{L}* (?:промпт|подсказк|инструкц)|системния промпт|rendszerprompt|rendszerüzenet|жүйелік (?:промпт|нұсқау))/iu,
];

const addressesTheBot = (sentence: string) => TO_THE_BOT.some((pattern) => pattern.test(sentence));

/** The question without the sentences that address the bot; empty when nothing else is asked. */
export function withoutInstructionsToBot(question: string, lang: Lang): string {
  if (!addressesTheBot(question)) return question;
  return splitSentences(question, lang)
    .map((s) => question.slice(s.start, s.end))
    .filter((sentence) => !addressesTheBot(sentence))
    .join(' ')
    .trim();
}

/** A Telegram handle ("@AgreementsBot", "@anna_k"), or a word so written to address someone («@бот»): whom a message
 * addresses or names, never what it asks about. */
const HANDLE = /(?<![\p{L}\p{N}_.])@\p{L}[\p{L}\p{N}_]{1,31}(?![\p{L}\p{N}_])/gu;

/** The question without the handles it addresses (the bot's own, typed in a group or pasted, or someone else's). */
export function withoutHandles(question: string): string {
  return question.replace(HANDLE, ' ').replace(/\s{2,}/g, ' ').trim();
}
