import type { Lang } from './lang.js';

export interface Span {
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence ("4,2 млрд. USD").
const ABBREVIATION = /(?:^|[\s(])(?:млрд|млн|тыс|трлн|руб|долл|г|гг|т\.е|т\.к|др|пр|им|ул|св|ст|мин|mrd|mln|bn|mr|mrs|dr|st|inc|corp|jr|vs|kb|ok|pl|stb|ún)\.$/iu;

/** Splits text into sentence spans (offsets into text), trimmed, without empty ones. */
export function splitSentences(text: string, lang: Lang = 'ru'): Span[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: Span[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const body = segment.trim();
    if (!body) continue;
    const span = { start: index + lead, end: index + lead + body.length };
    const previous = spans[spans.length - 1];
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    const gap = previous ? text.slice(previous.end, span.start) : '';
    const abbreviation = !gap.includes('\n') && ABBREVIATION.test(previousText);
    // "Signed by:" followed by "From Kazakhstan – minister X;" reads as one statement.
    const listItem = /[:;]$/.test(previousText) && !/\n\s*\n\s*\n/.test(gap) && body.length <= 200 && previousText.length <= 600;
    if (previous && (abbreviation || listItem)) previous.end = span.end;
    else spans.push(span);
  }
  return spans;
}

