import { foldWord } from '../language/fold.js';
/** Title, date and publisher as the article text states them. */
export interface ArticleMetadata {
  title: string;
  date?: string;
  publisher?: string;
}

const MONTHS: Record<string, number> = {};
// Month name stems in ru, bg, hu, en, kk (genitive forms share these prefixes).
const MONTH_STEMS: string[][] = [
  ['январ', 'януар', 'január', 'january', 'jan', 'қаңтар'],
  ['феврал', 'феврувар', 'február', 'february', 'feb', 'ақпан'],
  ['март', 'március', 'march', 'mar', 'наурыз'],
  ['апрел', 'április', 'april', 'apr', 'сәуір'],
  ['мая', 'май', 'május', 'may', 'мамыр'],
  ['июн', 'юни', 'június', 'june', 'jun', 'маусым'],
  ['июл', 'юли', 'július', 'july', 'jul', 'шілде'],
  ['август', 'augusztus', 'august', 'aug', 'тамыз'],
  ['сентябр', 'септемвр', 'szeptember', 'september', 'sep', 'қыркүйек'],
  ['октябр', 'октомвр', 'október', 'october', 'oct', 'қазан'],
  ['ноябр', 'ноемвр', 'november', 'nov', 'қараша'],
  ['декабр', 'декемвр', 'december', 'dec', 'желтоқсан'],
];
MONTH_STEMS.forEach((stems, i) => stems.forEach((s) => (MONTHS[s] = i + 1)));

/** Month number (1–12) of a month word in any supported language, if it is one. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  for (let len = Math.min(w.length, 10); len >= 3; len--) {
    const m = MONTHS[w.slice(0, len)];
    if (m) return m;
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The first explicit calendar date in the text, as YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
  return findDateline(text)?.date;
}

/** The article's dateline: its first explicit calendar date, as written and as YYYY-MM-DD, with where it stands. */
export function findDateline(text: string): { date: string; written: string; at: number } | undefined {
  const head = text.slice(0, 1500);
  const candidates: Array<{ at: number; written: string; date?: string }> = [];
  for (const m of head.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    candidates.push({ at: m.index, written: m[0], date: validDate(+m[1]!, +m[2]!, +m[3]!) });
  }
  for (const m of head.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g)) {
    candidates.push({ at: m.index, written: m[0], date: validDate(+m[3]!, +m[2]!, +m[1]!) });
  }
  for (const m of head.matchAll(/\b(\d{1,2})\s+([\p{L}]{3,12})\.?,?\s+(\d{4})/gu)) {
    const month = monthOf(m[2]!);
    if (month) candidates.push({ at: m.index, written: m[0], date: validDate(+m[3]!, month, +m[1]!) });
  }
  const first = candidates.filter((c) => c.date).sort((a, b) => a.at - b.at)[0];
  return first && { date: first.date!, written: first.written, at: first.at };
}

const OUTLET = /\b([A-Za-z][A-Za-z0-9-]{1,30}\.(?:kz|bg|ru|hu|com|net|org|info|news|uz|kg))\b/g;
const ATTRIBUTION = /(сообщает|пишет|передает|передаёт|корреспондент|съобщава|във|Автор|according to|írja)\s+([A-Za-z][A-Za-z0-9-]{1,30}\.[A-Za-z]{2,4})/iu;

/** Articles name their outlet near the top or in the byline: a long file is not searched past this. */
const PUBLISHER_SPAN = 64_000;

/** The outlet that published the article: an attributed site name first, else the first site name mentioned. */
export function findPublisher(text: string): string | undefined {
  const head = text.length > PUBLISHER_SPAN ? text.slice(0, PUBLISHER_SPAN) : text;
  const attributed = head.match(ATTRIBUTION)?.[2];
  if (attributed) return attributed;
  return new RegExp(OUTLET.source).exec(head)?.[1];
}

/** A scraped "date 2025-11-07" field at the start of a text or line: metadata, not prose. */
export const DATE_HEADER = /^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i;

/** The first line that reads like a headline (several words), trimmed to a readable length. */
/** The lines of a text with their offsets, lazily: a caller that stops early does not split a large file whole. */
function* linesOf(text: string): Generator<{ text: string; start: number }> {
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    yield { text: text.slice(at, end), start: at };
    at = end + 1;
  }
}

export function findTitle(text: string, fallback: string): string {
  // Line by line up to the first headline.
  for (const { text: raw } of linesOf(text)) {
    const line = raw.replace(/\r$/, '').replace(DATE_HEADER, '').trim();
    if (line.split(/\s+/).length < 4) continue; // rubric lines such as "Политика"
    const firstSentence = line.match(/^.{20,}?[.!?](?=\s|$)/u)?.[0] ?? line;
    return firstSentence.length > 140 ? `${firstSentence.slice(0, 137).trimEnd()}…` : firstSentence;
  }
  return fallback;
}

/** Where a byline stands: among the first or the last lines of an article. */
const BYLINE_LINES = 12;
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const PERSON = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}`;
// "Автор: Елена Беляева", "By John Smith", "Szerző: Kiss Anna".
// (Case-sensitive: under the i flag \\p{Lu} would match any letter.)
const LABEL = '[Аа]втор(?:ы)?|[Aa]uthor|[Bb]y|[Ww]ritten by|[Ss]zerző|[Íí]rta|[Жж]азған';
const LABELLED_AUTHOR = new RegExp(`(?:^|\\s)(?:${LABEL})\\s*:?\\s+(${PERSON})`, 'u');
// A line that is only a name, perhaps repeated by the page template, perhaps followed by its label:
// "Елена Беляева", "Милена Богданова Милена Богданова Автор във Fakti.bg".
const NAME_LINE = new RegExp(`^(${PERSON})(?:\\s+\\1)?(?:\\s+(?:${LABEL})(?:\\s.*)?)?$`, 'u');
// "Фото Елена Беляева": the photographer, not the author.
const PHOTO_CREDIT = /^(?:фото|снимка|fotó|photo|сурет)/iu;

/** The author an article names in its byline, with the line that names them (offsets in the text). */
export function findAuthor(text: string): { name: string; start: number; end: number } | undefined {
  const lines = [...linesOf(text)].filter((line) => line.text.trim());
  const candidates = lines.length > 2 * BYLINE_LINES ? [...lines.slice(0, BYLINE_LINES), ...lines.slice(-BYLINE_LINES)] : lines;
  let named: { name: string; start: number; end: number } | undefined;
  for (const line of candidates) {
    const trimmed = line.text.trim();
    if (PHOTO_CREDIT.test(trimmed) || trimmed.length > 120) continue;
    const at = { start: line.start, end: line.start + line.text.length };
    const labelled = LABELLED_AUTHOR.exec(trimmed)?.[1];
    if (labelled) return { name: labelled, ...at };
    const alone = NAME_LINE.exec(trimmed)?.[1];
    if (alone) named ??= { name: alone, ...at };
  }
  return named;
}

export function extractMetadata(text: string, fallbackTitle: string): ArticleMetadata {
  return { title: findTitle(text, fallbackTitle), date: findDate(text), publisher: findPublisher(text) };
}

/** "Fakti.bg" → "fakti", "Zakon.kz" → "zakon": the name a question calls an outlet by. */
export const outletName = (publisher: string): string => foldWord(publisher.split('.')[0]!.toLowerCase(), 'en');
