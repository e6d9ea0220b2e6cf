import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endsSentence, QUESTION_SENTENCE_END, questionSentences, splitSentences, splitSentencesPaced } from '../src/language/sentences.js';
import { SEEDS } from './support/workspace.js';

const seedTexts = readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
const texts = (spans: ReturnType<typeof splitSentences>, text: string) => spans.map((s) => text.slice(s.start, s.end));

const ABBREVIATION = /(?:^|[\s(])(?:млрд|млн|тыс|трлн|руб|долл|г|гг|т\.е|т\.к|др|пр|им|ул|св|ст|мин|mrd|mln|bn|mr|mrs|dr|st|inc|corp|jr|vs|kb|ok|pl|stb|ún)\.$/iu;

/** The splitter as it was before windows (quadratic on long texts, so only used on short ones here). */
function referenceSplit(text: string, lang: string): string[] {
  const spans: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (!body) continue;
    const span = { start: index + lead, end: index + lead + body.length };
    const previous = spans[spans.length - 1];
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    const gap = previous ? text.slice(previous.end, span.start) : '';
    const abbreviation = !gap.includes('\n') && ABBREVIATION.test(previousText);
    const listItem = /[:;]$/.test(previousText) && !/\n\s*\n\s*\n/.test(gap) && body.length <= 200 && previousText.length <= 600;
    if (previous && (abbreviation || listItem)) previous.end = span.end;
    else spans.push(span);
  }
  return spans.map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('splits a long line in windows exactly as one pass of Intl.Segmenter over it would', () => {
    // Seed sentences on one line, several windows long: the windowed splitter must find the same
    // sentences as the reference (the former splitter: the whole text at once, same merge rules).
    const sentences = seedTexts.flatMap((t) => texts(splitSentences(t), t)).filter((x) => !x.includes('\n'));
    const line = sentences.join(' ').slice(0, 30_000);
    expect(texts(splitSentences(line, 'ru'), line)).toEqual(referenceSplit(line, 'ru'));
    const hu = seedTexts.find((t) => /ő|ű/.test(t))!.replace(/\n+/g, ' ').repeat(3);
    expect(texts(splitSentences(hu, 'hu'), hu)).toEqual(referenceSplit(hu, 'hu'));
  });

  it('keeps an abbreviation inside its sentence across a window boundary, and offsets exact', () => {
    const filler = 'Слово '.repeat(700); // longer than one window, without a sentence end
    const text = `${filler}поставка на 4,2 млрд. USD подписана. Вторая фраза.`;
    const spans = splitSentences(text, 'ru');
    expect(texts(spans, text).at(-2)).toMatch(/млрд\. USD подписана\.$/);
    for (const s of spans) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('paced splitting gives the same spans and lets the event loop run meanwhile', async () => {
    const text = seedTexts.join('\n').repeat(40);
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const paced = await splitSentencesPaced(text, 'ru', () => new Promise<void>((resolve) => setImmediate(resolve)));
    clearInterval(timer);
    expect(paced).toEqual(splitSentences(text, 'ru'));
    expect(turns).toBeGreaterThan(0);
  });
});

describe('the sentences of a question', () => {
  it('end at a question mark, and at a full stop that no lowercase word or number follows', () => {
    const split = (q: string) => q.split(QUESTION_SENTENCE_END);
    expect(split('Kazahsztán kb. 17 milliárdnyi üzletet kötött?')).toHaveLength(1);
    expect(split('The plant cost approx. 300 million. When did it open?')).toHaveLength(2);
    expect(split('Т. е. сколько всего? А когда?')).toHaveLength(2);
    expect(split('what about wabtec? how many locos')).toHaveLength(2);
    expect(endsSentence('. ', '17')).toBe(false);
    expect(endsSentence('. ', 'When')).toBe(true);
    expect(endsSentence('?', 'and')).toBe(true);
    // ("BAQ.KZ", "U.S.": a full stop with no space after it ends no sentence.)
    expect(endsSentence('.', 'KZ', 'BAQ')).toBe(false);
  });

  it('end at a full stop before a lowercase question word, as chat messages are typed, but not after an abbreviation', () => {
    const split = (q: string) => q.split(QUESTION_SENTENCE_END);
    expect(split('they buy locomotives from the americans. how many are they getting?')).toHaveLength(2);
    expect(split('мы покупаем локомотивы у американцев. сколько их будет?')).toHaveLength(2);
    expect(split('Т. е. сколько всего?')).toHaveLength(1);
    expect(split('The plant cost approx. 300 million.')).toHaveLength(1);
    expect(endsSentence('. ', 'how', 'americans')).toBe(true);
    expect(endsSentence('. ', 'how', 'e')).toBe(false);
    expect(endsSentence('. ', 'howdy', 'americans')).toBe(false);
    expect(endsSentence('. ', 'долларов', 'млрд')).toBe(false);
  });

  it('end at the colon of a label on who asks or what for, when a question follows, but not at a topic\'s or a list\'s', () => {
    const count = (q: string) => questionSentences(q).length;
    expect(count('Policy researcher at a think tank: who signed the memorandum for Kazakhstan?')).toBe(2);
    expect(count('Работя в посолство и ми трябва за справка: кое министерство оглавява той?')).toBe(2);
    expect(count('Egy egyetemi beadandóhoz kérdezem: mikor írták alá?')).toBe(2);
    expect(questionSentences('Policy researcher at a think tank: who signed it? And when?').map((s) => s.text)).toEqual(['Policy researcher at a think tank', 'who signed it', 'And when?']);
    expect(count('Blackstone: who did Tokayev meet?')).toBe(1);
    expect(count('John Deere-megállapodás: mennyi?')).toBe(1);
    expect(count('Какие политологи комментировали итоги визита: кто говорил про парк?')).toBe(1);
    expect(count('The memorandum covers three areas: mining, processing and trade?')).toBe(1);
  });
});
