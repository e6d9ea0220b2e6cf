import type { Lang } from './lang.js';

export interface Span {
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence ("4,2 млрд. USD").
const ABBREVIATIONS = 'млрд|млн|тыс|трлн|руб|долл|г|гг|т\\.е|т\\.к|др|пр|им|ул|св|ст|мин|mrd|mln|bn|mr|mrs|dr|st|inc|corp|jr|vs|kb|ok|pl|stb|ún';
const ABBREVIATION = new RegExp(`(?:^|[\\s(])(?:${ABBREVIATIONS})\\.$`, 'iu');
/** The same test on a tail cut out of a longer sentence, where a start of string is not a word boundary. */
const ABBREVIATION_IN_TAIL = new RegExp(`[\\s(](?:${ABBREVIATIONS})\\.$`, 'iu');
/** Longer than any abbreviation above plus the character before it. */
const TAIL = 12;

/**
 * Text is segmented in pieces of at most this many characters: Intl.Segmenter grows about quadratically
 * with the length of what it is given (512k characters took seconds), a bounded window keeps it linear.
 */
const WINDOW = 4096;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return segmenter;
}

/**
 * Raw sentence segments of text, as Intl.Segmenter finds them, in O(n): a line break ends a sentence for
 * the segmenter anyway, so each line is segmented on its own, and a line longer than WINDOW is
 * segmented in windows, each keeping every sentence but the last (which may be cut) and starting the
 * next window at that sentence.
 */
function* segments(text: string, lang: Lang): Generator<{ segment: string; index: number }> {
  const segmenter = segmenterFor(lang);
  let line = 0;
  while (line < text.length) {
    let lineEnd = text.indexOf('\n', line);
    lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
    let from = line;
    while (from < lineEnd) {
      const to = Math.min(lineEnd, from + WINDOW);
      const pieces = [...segmenter.segment(text.slice(from, to))];
      // The last piece of a window that stops mid-line may be a cut sentence: the next window redoes it.
      let keep = pieces.length;
      if (to < lineEnd) {
        keep = Math.max(1, pieces.length - 1);
        // A boundary is decided by what follows it ("г. в" is no break): keep only those with context after them.
        while (keep > 1 && to - (from + pieces[keep]!.index) < 64) keep--;
      }
      for (let i = 0; i < keep; i++) yield { segment: pieces[i]!.segment, index: from + pieces[i]!.index };
      from = keep < pieces.length ? from + pieces[keep]!.index : to;
    }
    line = lineEnd;
  }
}

const isBlank = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0x2028 || code === 0x2029 || code === 0x1680 || code === 0x202f || code === 0x205f || code === 0xfeff;

/** Splits text into sentence spans (offsets into text), trimmed, without empty ones. Linear in the text's length. */
export function splitSentences(text: string, lang: Lang = 'ru'): Span[] {
  const spans: Span[] = [];
  for (const _ of splitting(text, lang, spans));
  return spans;
}

/** splitSentences for long texts on a thread that serves others: `pause` is awaited every few hundred sentences. */
export async function splitSentencesPaced(text: string, lang: Lang, pause: () => Promise<void>): Promise<Span[]> {
  const spans: Span[] = [];
  for (const _ of splitting(text, lang, spans)) await pause();
  return spans;
}

/** Fills `spans`, yielding (nothing) every 256 segments so a caller can pace the work. */
function* splitting(text: string, lang: Lang, spans: Span[]): Generator<void> {
  let count = 0;
  for (const { segment, index } of segments(text, lang)) {
    if ((++count & 255) === 0) yield;
    let a = 0;
    let b = segment.length;
    while (a < b && isBlank(segment.charCodeAt(a))) a++;
    while (b > a && isBlank(segment.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    const span = { start: index + a, end: index + b };
    const previous = spans[spans.length - 1];
    if (!previous) {
      spans.push(span);
      continue;
    }
    // Only the end of the previous sentence matters: looking at a tail keeps long merged sentences linear.
    const tailStart = Math.max(previous.start, previous.end - TAIL);
    const tail = text.slice(tailStart, previous.end);
    const gap = text.slice(previous.end, span.start);
    const abbreviation = !gap.includes('\n') && (tailStart === previous.start ? ABBREVIATION : ABBREVIATION_IN_TAIL).test(tail);
    // "Signed by:" followed by "From Kazakhstan – minister X;" reads as one statement.
    const last = text[previous.end - 1];
    const listItem = (last === ':' || last === ';') && !/\n\s*\n\s*\n/.test(gap) && span.end - span.start <= 200 && previous.end - previous.start <= 600;
    if (abbreviation || listItem) previous.end = span.end;
    else spans.push(span);
  }
}

/**
 * Question words that open a sentence even in lowercase, as chat messages are often typed ("…from the americans. how
 * many are they getting?"), after a word no abbreviation is (three letters or more: not «т. е. сколько»).
 */
const QUESTION_OPENERS = 'how|what|when|where|who|which|why|сколько|как|когда|где|кто|что|какой|какая|какие|каков|колко|кога|къде|кой|коя|кое|кои|какво|hány|mennyi|mikor|hol|ki|mi|melyik|miért|қанша|қашан|қайда|кім|қандай|неше';
const OPENS_QUESTION = new RegExp(`^(?:${QUESTION_OPENERS})(?![\\p{L}])`, 'u');
const QUESTION_OPENER_SET: ReadonlySet<string> = new Set(QUESTION_OPENERS.split('|'));
/** A label before a colon, then a question word, capitalised or not. */
const LABEL = new RegExp(`^([^:?!.\\n]{1,${120}}):\\s+(?=(?:${QUESTION_OPENERS})(?![\\p{L}]))`, 'iu');
/** The fewest words of a label about who asks or what for. */
const LABEL_WORDS = 3;

/**
 * Where a label that opens a message ends, at its colon, when a question follows: a few words on who asks or what
 * for ("Policy researcher at a think tank: who signed…?", «Работя в посолство и ми трябва за справка: кое
 * министерство…?»), a sentence of its own, no part of what is asked. Not a topic, which names something ("Blackstone:
 * who…?", «John Deere-megállapodás: mennyi?»), nor a question of its own («Какие политологи…: кто…?»). -1 when none.
 */
export function labelEnd(text: string): number {
  const label = LABEL.exec(text)?.[1];
  if (label === undefined) return -1;
  const words = label.match(/[\p{L}\p{N}]+/gu) ?? [];
  const names = words.slice(1).some((w) => /^[\p{Lu}\p{N}]/u.test(w)) || (words.length === 1 && /^\p{Lu}/u.test(words[0]!));
  const asks = words.some((w) => QUESTION_OPENER_SET.has(w.toLowerCase()));
  return words.length >= LABEL_WORDS && !names && !asks ? label.length : -1;
}

/**
 * Where a question's sentences end: at "?", "!", "…" or an emoji, and at a full stop unless a lowercase word or a number
 * follows it, as after an abbreviation («kb. 17 milliárd», "approx. 300", «т. е. …»), a lowercase question word after
 * a whole word aside. Chat questions are short and loosely written, so this is a rule about the gap between two words,
 * not the article splitter above.
 */
export function endsSentence(gap: string, next: string, previous = ''): boolean {
  // (An emoji closes a chat message's clause: "…here in Leeds 😴 quick one: …")
  if (/[?!…\p{Extended_Pictographic}]/u.test(gap)) return true;
  return /\.\s/u.test(gap) && (!/^[\p{Ll}\p{N}]/u.test(next) || (/\p{L}{3}$/u.test(previous) && OPENS_QUESTION.test(next)));
}

/** The same rule as a pattern, for splitting a whole question into its sentences. */
export const QUESTION_SENTENCE_END = new RegExp(
  `(?:[?!…\\p{Extended_Pictographic}][.?!…\\p{Extended_Pictographic}\\uFE0F]*|\\.+(?!\\s+[\\p{Ll}\\p{N}])|(?<=\\p{L}{3})\\.+(?=\\s+(?:${QUESTION_OPENERS})(?![\\p{L}])))\\s+`,
  'gu',
);

/** A question's sentence as asked, with the marks that end it («…Алматы?»): a clause asked by intonation asks by them. */
export const asAsked = (sentence: { text: string; end: string }): string => `${sentence.text}${sentence.end}`.trimEnd();

/** A question's sentences, split by that rule: where each begins, its text, and the marks that end it ('' for the last). */
export function questionSentences(text: string): Array<{ start: number; text: string; end: string }> {
  const sentences: Array<{ start: number; text: string; end: string }> = [];
  let start = 0;
  const label = labelEnd(text);
  if (label >= 0) {
    const end = /^:\s+/u.exec(text.slice(label))![0];
    sentences.push({ start, text: text.slice(0, label), end });
    start = label + end.length;
  }
  const from = start;
  for (const m of text.slice(from).matchAll(QUESTION_SENTENCE_END)) {
    sentences.push({ start, text: text.slice(start, from + m.index), end: m[0] });
    start = from + m.index + m[0].length;
  }
  sentences.push({ start, text: text.slice(start), end: '' });
  return sentences;
}
