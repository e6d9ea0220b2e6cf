import { monthOf } from '../corpus/metadata.js';
import { LANGS, scriptOfLang, type Lang } from '../language/lang.js';
import { conceptsOf, phraseAt } from '../language/lexicon.js';
import { COUNTRY_CONCEPTS, CURRENCY_CONCEPTS, NAMED_PLACE_CONCEPTS, PLACE_CONCEPTS } from '../language/lexicon/index.js';
import { numberWordValue } from '../language/numbers.js';
import { isStopword } from '../language/stopwords.js';
import { hasInnerCapital } from '../language/tokenize.js';
import { looksAdjectival } from '../language/adjectives.js';

/**
 * Facts as a sentence states them: amounts of money, counts, shares, dates and names, with their
 * place in the sentence. Each kind knows what it is not: a year is no count, "Boeing 787" is a model
 * and not 787 aircraft, "C5+1" holds no number at all.
 */

export type FactKind = 'count' | 'money' | 'percent' | 'date' | 'person' | 'organisation' | 'place';

/** The part of a month or a year a date is given as: «в начале сентября», "the second half of 2026", «szeptember elején». */
export type PeriodPart = 'start' | 'middle' | 'end' | 'firstHalf' | 'secondHalf';

export interface Fact {
  kind: FactKind;
  /** The words as the source writes them. */
  text: string;
  at: number;
  end: number;
  /** A weaker reading of the kind (a known place name without "in …", a lone capitalised word). */
  weak?: boolean;
  money?: Money;
  date?: { day?: number; month?: number; year?: number; part?: PeriodPart };
  /** The value of a count written as a word ("five", «пять»). */
  value?: number;
  /** A date given as a span from the article's day ("within the next five years"). */
  span?: ComingSpan;
}

export interface ComingSpan {
  count: number;
  unit: 'year' | 'month' | 'week' | 'day';
}

export interface Money {
  amount: string;
  scale?: 'thousand' | 'million' | 'billion' | 'trillion';
  currency?: 'USD' | 'EUR' | 'KZT';
  qualifier?: 'about' | 'over';
}

const NUMBER = /\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?/gu;
const SCALES: Array<[Money['scale'], RegExp]> = [
  ['trillion', /^(?:трлн|триллион|trillion|billió|трилион|триллион)/iu],
  ['billion', /^(?:млрд|миллиард|billion|bn\b|milliárd|mrd|милиард)/iu],
  ['million', /^(?:млн|миллион|million|mln|millió|милион)/iu],
  ['thousand', /^(?:тыс|тысяч|thousand|ezer|хиляд|мың)/iu],
];
const CURRENCIES: Array<[Money['currency'], RegExp]> = [
  ['USD', /^(?:доллар|долл|долар|dollár|dollar|usd|us\$|\$)/iu],
  ['EUR', /^(?:евро|euró|euro|eur|€)/iu],
  ['KZT', /^(?:тенге|теңге|tenge|₸)/iu],
];
const PERCENT_UNIT = /^\s*(?:%|процент|százalék|пайыз|percent|per cent)/iu;
const QUALIFIER_BEFORE: Array<[Money['qualifier'], RegExp]> = [
  ['about', /(?:около|примерно|порядка|почти|about|around|nearly|approximately|mintegy|közel|körülbelül|приблизително|шамамен|жуық)\s*\$?$/iu],
  ['over', /(?:более|свыше|больше|over|more than|above|több mint|над|повече от)\s*\$?$/iu],
];
const MONEY_CONTEXT = /(?:сумм\p{L}*|стоимост\p{L}*|worth|valued at|value of|стойност\p{L}*|сума|összeg\p{L}*|сомаға|сомасы|құны)\s+(?:\p{L}+\s+)?$/iu;
const QUALIFIER_AFTER_KK = /^\s*(?:\S+\s+){0,2}?(?:астам|артық)/iu;

/** A number glued to a word or a "+" ("C5+1", "A320", "5G") belongs to a name. */
function gluedToWord(text: string, at: number, end: number): boolean {
  return /[\p{L}+]$/u.test(text.slice(Math.max(0, at - 1), at)) || /^[\p{L}+]/u.test(text.slice(end, end + 1));
}

function moneyAt(text: string, at: number, end: number): Money | undefined {
  const rest = text.slice(end);
  const words = rest.match(/^(?:\s*[\p{L}$€₸.]+){0,3}/u)?.[0].trim().split(/\s+/).filter(Boolean) ?? [];
  let scale: Money['scale'];
  let currency: Money['currency'];
  for (const word of words.slice(0, 3)) {
    const s = SCALES.find(([, re]) => re.test(word))?.[0];
    const c = CURRENCIES.find(([, re]) => re.test(word))?.[0];
    if (s && !scale && !currency) scale = s;
    else if (c && !currency) currency = c;
    else if (!s && !c) break;
  }
  const before = text.slice(Math.max(0, at - 25), at);
  if (/\$\s*$/.test(before)) currency = 'USD';
  if (/€\s*$/.test(before)) currency = 'EUR';
  // An amount names its currency, or at least its scale after words that announce a sum.
  if (!currency && !(scale && MONEY_CONTEXT.test(before))) return undefined;
  const qualifier = QUALIFIER_BEFORE.find(([, re]) => re.test(before))?.[0] ?? (QUALIFIER_AFTER_KK.test(rest) ? 'over' : undefined);
  return { amount: text.slice(at, end), scale, currency, qualifier };
}

const SCALE_VALUES: Record<NonNullable<Money['scale']>, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** A number as written: «4,2», "2.5", «1 000»; a separator before exactly three digits groups them ("1,000"). */
function numberValue(written: string): number {
  const digits = written.replace(/[\s\u00a0]/gu, '');
  return Number(/^\d{1,3}(?:[.,]\d{3})+$/u.test(digits) ? digits.replace(/[.,]/gu, '') : digits.replace(',', '.'));
}

/**
 * What a figure amounts to, and in what ("2,5 миллиарда долларов" is 2.5e9 USD, "300 локомотивов" 300): figures in
 * one unit can be weighed against each other; none for a date, a name or an amount given only roughly.
 */
export function factValue(fact: Fact): { value: number; unit: string } | undefined {
  if (fact.kind === 'money' && fact.money) return { value: numberValue(fact.money.amount) * (fact.money.scale ? SCALE_VALUES[fact.money.scale] : 1), unit: fact.money.currency ?? '' };
  if (fact.kind === 'count') return { value: fact.value ?? numberValue(fact.text), unit: 'count' };
  if (fact.kind === 'percent') return { value: numberValue(fact.text.replace('%', '')), unit: '%' };
  return undefined;
}

/** The end of a money phrase: the number, its scale and its currency words. */
function moneyEnd(text: string, end: number): number {
  const m = text.slice(end).match(/^(?:\s*(?:млрд|миллиард\p{L}*|млн|миллион\p{L}*|billion|million|bn|milliárd|millió|милиард\p{L}*|милион\p{L}*|тыс\p{L}*|доллар\p{L}*|долл|долар\p{L}*|dollár\p{L}*|dollars?|usd|евро|euró\p{L}*|euros?|тенге|теңге|tenge)\.?)+/iu);
  return end + (m?.[0].length ?? 0);
}

export function moneyFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const end = m.index + m[0].length;
    if (gluedToWord(text, m.index, end)) continue;
    const money = moneyAt(text, m.index, end);
    if (!money) continue;
    const stop = moneyEnd(text, end);
    // "180 millió dolláros (152,7 millió eurós)": an amount in brackets is a conversion of the one before it.
    const converted = /\([^()]*$/.test(text.slice(Math.max(0, m.index - 30), m.index));
    facts.push({ kind: 'money', text: text.slice(/\$\s*$/.test(text.slice(0, m.index)) ? m.index - 1 : m.index, stop).trim(), at: m.index, end: stop, money, weak: converted });
  }
  return facts;
}

// "several hundred million dollars", «несколько сотен миллионов долларов», «több száz millió dollár», «több százmilliós
// értékű»: an amount the source gives only roughly.
const VAGUE_MONEY = /(?:several|a few|hundreds of|tens of)\s+(?:hundred\s+)?(?:million|billion)s?(?:\s+(?:of\s+)?(?:dollars|euros))?|(?:несколько\s+(?:сот(?:ен)?|десятков)|сотни|десятки)\s+(?:миллион\p{L}*|миллиард\p{L}*)(?:\s+доллар\p{L}*)?|(?:няколкостотин|няколко\s+стотин|стотици|десетки)\s+(?:милион\p{L}*|милиард\p{L}*)(?:\s+долар\p{L}*)?|(?:több|néhány)\s+(?:száz|tíz)\s*(?:millió|milliárd)\p{L}*(?:\s+dollár\p{L}*)?|(?:бірнеше\s+(?:жүз|он)|жүздеген|ондаған)\s+(?:миллион|миллиард)\p{L}*(?:\s+доллар\p{L}*)?/giu;
const CURRENCY_WORD = /dollar|euro|доллар|долар|dollár/iu;
const VALUE_AFTER = /^\s*(?:értékű|worth|в размере|стойност)/iu;

/** Amounts given only roughly: weaker than a figure, and never read as one (no amount to format). */
function vagueMoneyFacts(text: string): Fact[] {
  return [...text.matchAll(VAGUE_MONEY)]
    .filter((m) => CURRENCY_WORD.test(m[0]) || VALUE_AFTER.test(text.slice(m.index + m[0].length)))
    .map((m) => ({ kind: 'money' as const, text: m[0], at: m.index, end: m.index + m[0].length, weak: true }));
}

export function percentFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const end = m.index + m[0].length;
    if (!PERCENT_UNIT.test(text.slice(end)) || gluedToWord(text, m.index, end) && !/^%/.test(text.slice(end))) continue;
    facts.push({ kind: 'percent', text: `${m[0]}%`, at: m.index, end });
  }
  return facts;
}

const YEAR = /^(?:19|20)\d\d$/;

/** Counts: numbers (or number words) that are no amount, share, year, date, time or part of a name. */
export function countFacts(text: string, lang: Lang): Fact[] {
  const facts: Fact[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    if (gluedToWord(text, m.index, end) || YEAR.test(m[0]) || /^[:./]\d/.test(after) || /[:./]$/.test(text.slice(0, m.index))) continue;
    if (moneyAt(text, m.index, end) || PERCENT_UNIT.test(after)) continue;
    if (/^\s*(?:[.,]\s*)?\p{L}+/u.test(after) && monthOf(after.trim().split(/[\s,.]/)[0] ?? '')) continue; // "22 сентября"
    if (/\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) && /^\s+\p{Lu}/u.test(after)) continue; // "Boeing 787 Dreamliner"
    facts.push({ kind: 'count', text: m[0], at: m.index, end });
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const value = numberWordValue(m[0].toLowerCase(), lang);
    if (value && value > 1) facts.push({ kind: 'count', text: m[0], at: m.index, end: m.index + m[0].length, weak: true, value });
  }
  return facts;
}

const SPAN_COUNT = String.raw`(?:\d+|\p{L}+)`;
/** A span that runs from now: "within the next five years", «в ближайшие 5 лет», «a következő öt évben», «алдағы бес жылда». */
const COMING_SPAN = new RegExp(
  [
    String.raw`\b(?:within|in|over|during)\s+(?:the\s+)?(?:next|coming|following)\s+${SPAN_COUNT}\s+(?:years?|months?|weeks?|days?|decades?)\b`,
    String.raw`(?:ближайшие|следующие|последующие|предстоящие)\s+${SPAN_COUNT}\s+(?:лет|год\p{L}*|месяц\p{L}*|недел\p{L}*|дн\p{L}*)`,
    String.raw`следващите\s+${SPAN_COUNT}\s+(?:години|година|месеца|месец\p{L}*|седмици|дни)`,
    String.raw`(?:következő|elkövetkező|elkövetkezendő)\s+${SPAN_COUNT}\s+(?:év\p{L}*|hónap\p{L}*|hét\p{L}*|nap\p{L}*)`,
    String.raw`(?:алдағы|келесі)\s+${SPAN_COUNT}\s+(?:жыл\p{L}*|ай\p{L}*|апта\p{L}*|күн\p{L}*)`,
  ].join('|'),
  'giu',
);

/** A coming span with no count: "in the coming years", «в ближайшие годы», «a következő években», «алдағы жылдары». */
const VAGUE_COMING_SPAN =
  /\b(?:in|over)\s+(?:the\s+)?(?:coming|next)\s+(?:years|months|decades)\b|(?:ближайшие|ближайших|предстоящие)\s+(?:годы|лет|месяцы|десятилетия)|следващите\s+(?:години|месеци|десетилетия)|(?:következő|elkövetkező)\s+(?:években|évek|hónapokban)|алдағы\s+(?:жылдары|жылдарда|айларда)/giu;

const SPAN_UNITS: Array<[ComingSpan['unit'], RegExp]> = [
  ['year', /^(?:years?|decades?|лет|год|години|година|év|жыл)/iu],
  ['month', /^(?:months?|месяц|месец|hónap|ай)/iu],
  ['week', /^(?:weeks?|недел|седмиц|hét|апта)/iu],
  ['day', /^(?:days?|дн|дни|nap|күн)/iu],
];

/** The number and unit of a coming span («ближайшие пять лет» → 5 years); a decade counts ten years. */
function spanOf(text: string): ComingSpan | undefined {
  const [, count, unitWord] = /(\d+|\p{L}+)\s+(\p{L}+)$/u.exec(text) ?? [];
  if (!count || !unitWord) return undefined;
  const value = /^\d+$/.test(count) ? Number(count) : LANGS.map((lang) => numberWordValue(count.toLowerCase(), lang)).find((v) => v !== undefined);
  const unit = SPAN_UNITS.find(([, pattern]) => pattern.test(unitWord))?.[0];
  if (!value || !unit) return undefined;
  return /^decades?/iu.test(unitWord) ? { count: value * 10, unit } : { count: value, unit };
}

const ENGLISH_MONTH = /^(?:january|february|march|april|june|july|august|september|october|november|december|január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)$/iu;

/** Dates, fullest first where they overlap: "22.09.2025", "22 сентября 2025", "2025. szeptember 22.", "July 2024", "2026". */
export function dateFacts(text: string): Fact[] {
  const facts: Fact[] = [];
  const add = (at: number, end: number, date: Fact['date']) => {
    if (facts.some((f) => at < f.end && end > f.at)) return;
    facts.push({ kind: 'date', text: text.slice(at, end).trim(), at, end, date });
  };
  for (const m of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g)) add(m.index, m.index + m[0].length, { day: +m[1]!, month: +m[2]!, year: +m[3]! });
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\.?\s+(\p{L}+)\s+(\d{1,2})\b\.?/gu)) {
    const month = monthOf(m[2]!);
    if (month) add(m.index, m.index + m[0].length, { day: +m[3]!, month, year: +m[1]! });
  }
  for (const m of text.matchAll(/\b(\d{1,2})\s+(\p{L}+)[.,]?\s+((?:19|20)\d\d)\b/gu)) {
    const month = monthOf(m[2]!);
    if (month) add(m.index, m.index + m[0].length, { day: +m[1]!, month, year: +m[3]! });
  }
  for (const m of text.matchAll(/\b(\p{L}+)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b/gu)) {
    const month = monthOf(m[1]!);
    if (month) add(m.index, m.index + m[0].length, { day: +m[2]!, month, year: +m[3]! });
  }
  for (const m of text.matchAll(/\b(\d{1,2})\s+(\p{L}+)/gu)) {
    const month = monthOf(m[2]!);
    if (month && m[2]!.length >= 3) add(m.index, m.index + m[0].length, { day: +m[1]!, month });
  }
  for (const m of text.matchAll(/(\p{L}+)\s+((?:19|20)\d\d)\b/gu)) {
    const month = monthOf(m[1]!);
    if (month && m[1]!.length >= 3) add(m.index, m.index + m[0].length, { month, year: +m[2]! });
  }
  // A month alone: «в началото на септември», "in early September" (the weakest reading).
  for (const m of text.matchAll(/\p{L}{3,}/gu)) {
    const month = monthOf(m[0]);
    // English abbreviations would catch "market" or "mayor": Latin words count only as full month names.
    const latin = /^[a-z]/i.test(m[0]);
    if (month && m[0].length >= 4 && (!latin || ENGLISH_MONTH.test(m[0]))) add(m.index, m.index + m[0].length, { month });
  }
  for (const m of text.matchAll(/\b((?:19|20)\d\d)\b/g)) {
    if (!gluedToWord(text, m.index, m.index + 4)) add(m.index, m.index + 4, { year: +m[1]! });
  }
  // "In the next five years", «в ближайшие пять лет»: when, counted from the article's day (a weaker answer than a date).
  for (const m of text.matchAll(COMING_SPAN)) {
    const span = spanOf(m[0]);
    if (span && !facts.some((f) => m.index < f.end && m.index + m[0].length > f.at)) facts.push({ kind: 'date', text: m[0], at: m.index, end: m.index + m[0].length, weak: true, span });
  }
  // (With no count, "in the coming years": the weakest reading of when, which a passage may still give alone.)
  for (const m of text.matchAll(VAGUE_COMING_SPAN)) {
    if (!facts.some((f) => m.index < f.end && m.index + m[0].length > f.at)) facts.push({ kind: 'date', text: m[0], at: m.index, end: m.index + m[0].length, weak: true });
  }
  for (const f of facts) {
    const part = f.date && f.date.day === undefined ? periodPartAround(text, f.at, f.end) : undefined;
    if (part) f.date = { ...f.date, part };
  }
  return facts.sort((a, b) => a.at - b.at);
}

/** The words before a month or a year that give its part (English, Russian, Bulgarian), and those after it (Hungarian, Kazakh). */
const PART_BEFORE: Array<[PeriodPart, RegExp]> = [
  ['firstHalf', /(?:\bthe first half of|(?:^|[^\p{L}])(?:в первой половине|первой половины|през първата половина на|първата половина на))\s+$/iu],
  ['secondHalf', /(?:\bthe second half of|(?:^|[^\p{L}])(?:во второй половине|второй половины|през втората половина на|втората половина на))\s+$/iu],
  ['start', /(?:\b(?:early|the beginning of|the start of)|(?:^|[^\p{L}])(?:в начале|начала|в началото на|началото на))\s+$/iu],
  ['middle', /(?:\b(?:mid-|the middle of\s+)|(?:^|[^\p{L}])(?:в середине|середины|в средата на|средата на)\s+)$/iu],
  ['end', /(?:\b(?:late|the end of)|(?:^|[^\p{L}])(?:в конце|конца|в края на|края на))\s+$/iu],
];
const PART_AFTER: Array<[PeriodPart, RegExp]> = [
  ['firstHalf', /^(?:\s+жылдың)?\s+(?:első felében|бірінші жартысында)(?![\p{L}])/iu],
  ['secondHalf', /^(?:\s+жылдың)?\s+(?:második felében|екінші жартысында)(?![\p{L}])/iu],
  ['start', /^(?:\s+жылдың)?\s+(?:elején|басында)(?![\p{L}])/iu],
  ['middle', /^(?:\s+жылдың)?\s+(?:közepén|ортасында)(?![\p{L}])/iu],
  ['end', /^(?:\s+жылдың)?\s+(?:végén|соңында|аяғында)(?![\p{L}])/iu],
];
/** How far around a date its part's words may stand. */
const PART_REACH = 40;

/** The part of a month or a year the words around a date give, if any. */
function periodPartAround(text: string, at: number, end: number): PeriodPart | undefined {
  const before = text.slice(Math.max(0, at - PART_REACH), at);
  const after = text.slice(end, end + PART_REACH);
  return PART_BEFORE.find(([, words]) => words.test(before))?.[0] ?? PART_AFTER.find(([, words]) => words.test(after))?.[0];
}

const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|(?:de|van|von|der|bin|al)(?![\p{L}'’-])))*/gu;

/**
 * Capitalised word runs that can be names. Known concepts at either end ("президента Казахстана
 * Касым-Жомарта Токаева": the country) and function words are trimmed off; a sentence's or line's
 * first word alone is no name; a web address is none.
 */
export function nameFacts(text: string, lang: Lang): Fact[] {
  const facts: Fact[] = [];
  // "Air Astana" in a Russian text: a Latin word there is part of a name, whatever it means in English.
  const foreign = (w: string) => scriptOfLang(lang) === 'cyrillic' && LATIN.test(w);
  const known = (w: string) => !foreign(w) && (isStopword(w.toLowerCase(), lang, true) || conceptsOf(w.toLowerCase(), lang).length > 0);
  for (const m of text.matchAll(NAME)) {
    if (/^\.[a-z]{2,4}\b/i.test(text.slice(m.index + m[0].length))) continue; // "Lada.kz"
    const all: Array<{ word: string; at: number }> = [];
    let offset = m.index;
    for (const word of m[0].split(/\s+/)) {
      const at = text.indexOf(word, offset);
      all.push({ word, at });
      offset = at + word.length;
    }
    // «директор на Blackstone Стивън Шварцман»: a name does not change script; the company and the person are two.
    for (const words of runsOfOneScript(all)) {
      while (words.length && known(words[0]!.word)) words.shift();
      // "Air Astana", "Wabtec Kazakhstan": a place right after a name's own word ends the name; other known words do not.
      const endsName = (i: number) => i > 0 && !known(words[i - 1]!.word) && placeWord(words[i]!.word, lang);
      while (words.length > 1 && known(words[words.length - 1]!.word) && !endsName(words.length - 1)) words.pop();
      if (!words.length) continue;
      const at = words[0]!.at;
      const lineStart = at === 0 || /[\n"«„“(–—:-]\s*$/u.test(text.slice(0, at)) || /[.!?]\s+$/u.test(text.slice(0, at));
      if (lineStart && words.length === 1) continue;
      // "Boeing 787 Dreamliner": a name right after a number is a model's, no person's or company's.
      if (/\d[\s-]*$/u.test(text.slice(Math.max(0, at - 8), at))) continue;
      // "C" of "C5+1", "A" of a list item: a letter is no name.
      if (words.length === 1 && (words[0]!.word.match(/\p{L}/gu) ?? []).length < 2) continue;
      const last = words[words.length - 1]!;
      // "Jeff Shockey-val", «АҚШ-тың»: a case ending written after a hyphen is no part of the name.
      const end = last.at + last.word.replace(/-\p{Ll}+$/u, '').length;
      facts.push({ kind: 'person', text: text.slice(at, end), at, end, weak: words.length === 1 });
    }
  }
  return facts;
}

/** A word the lexicon knows as a named place, with no case ending («Kazahsztánba» is where something goes). */
const placeWord = (word: string, lang: Lang) => !CASE_ENDING[lang]?.test(word) && conceptsOf(word.toLowerCase(), lang).some((c) => NAMED_PLACE_CONCEPTS.has(c));
const CASE_ENDING: Partial<Record<Lang, RegExp>> = {
  hu: /(?:ban|ben|ba|be|ból|ből|ra|re|ról|ről|nak|nek|val|vel|tól|től|hoz|hez|höz|on|en|ön|ig|t|i)$/iu,
  kk: /(?:да|де|та|те|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен|мен|бен|пен|ның|нің|дың|дің|тың|тің)$/iu,
};

/** Consecutive words split where the script changes (Latin, Cyrillic). */
function runsOfOneScript<T extends { word: string }>(words: T[]): T[][] {
  const runs: T[][] = [];
  for (const w of words) {
    const last = runs[runs.length - 1];
    if (last && LATIN.test(last[0]!.word) === LATIN.test(w.word)) last.push(w);
    else runs.push([w]);
  }
  return runs;
}

const LOCATIVE_BEFORE = /(?:^|[\s(,])(?:в|во|във|in|at|near|из|от|from)\s+$/iu;
// Case endings that mark a place in the agglutinative languages; Russian and Bulgarian use prepositions.
const LOCATIVE_ENDING: Partial<Record<Lang, RegExp>> = { hu: /(?:ban|ben|ön|on|en|án|én|ba|be)$/iu, kk: /(?:да|де|та|те|нда|нде)$/iu };

const PLACE_NOUNS = new Set(['city', 'capital_city', 'region', 'airport']);
const isPlaceNoun = (word: string | undefined, lang: Lang) => Boolean(word) && conceptsOf(word!.toLowerCase(), lang).some((c) => PLACE_NOUNS.has(c));

/** "in", «в», «във», "near": a preposition of place (with an English article after it). */
const IN = String.raw`(?:^|[\s(])(?:в|во|във|in|at|near)\s+(?:the\s+)?`;
const PLACE_NOUN_BEFORE = new RegExp(String.raw`${IN}(\p{L}+)(?:\s+of)?(?:\s+\p{Lu}[\p{L}-]*,)?\s+$`, 'iu');
const IN_BEFORE = new RegExp(`${IN}$`, 'iu');

/**
 * "в городе Алатау", "in the city of Taraz", «в столице США, Вашингтоне»: a place noun after "in" names
 * the place; "Alatau városában", "Shymkent repülőtéren", «Алатау қаласында»: so does a place noun with a
 * locative ending right after the name.
 */
function placeNounAround(text: string, start: number, end: number, lang: Lang): boolean {
  const before = text.slice(Math.max(0, start - 40), start).match(PLACE_NOUN_BEFORE);
  if (before && isPlaceNoun(before[1], lang)) return true;
  const after = text.slice(end, end + 30).match(/^\s+(\p{L}+)/u)?.[1];
  // ("in the Karaganda *region*", «Karaganda megyében»: a place noun right after the name, after "in" or with its ending.)
  const inBefore = IN_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  return Boolean(after && (inBefore || LOCATIVE_ENDING[lang]?.test(after)) && isPlaceNoun(after, lang));
}

/**
 * Places: names after "in"/«в»/«във» ("в Ню Йорк"), with a locative ending ("Alatau városában"), or
 * that the lexicon knows (it lists countries and cities, not people or companies; a known name without
 * a locative cue is a weaker reading).
 */
export function placeFacts(text: string, lang: Lang): Fact[] {
  const places: Fact[] = [];
  for (const m of text.matchAll(NAME)) {
    const lineStart = m.index === 0 || /[\n.!?]\s*$/u.test(text.slice(0, m.index));
    // (A sentence's first word is capitalised whatever it is; a place the lexicon knows is one there too:
    // «*Kazahsztán* szintén az első öt ország között volt».)
    if (lineStart && !isPlaceName(m[0], lang)) continue;
    const words = m[0].split(/\s+/);
    const located = LOCATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index)) || Boolean(LOCATIVE_ENDING[lang]?.test(words[words.length - 1]!)) || placeNounAround(text, m.index, m.index + m[0].length, lang);
    // Without "in …", a span is a place only when the lexicon knows every word of it ("Central Asia"),
    // not when a country merely opens a longer name («Казахстана Касым-Жомарта Токаева»).
    // («КТЖ» is a railway, not a place: one word at least must be a place the lexicon knows.)
    // («АгромашХолдинг KZ»: a word with a capital inside is a name, whatever its beginning means.)
    // (Nor when a word of it says it is an institution: «Egyesült Államok … Pénzügyi Társaságával» is a corporation.)
    const senses = words.map((w) => conceptsOf(w.toLowerCase(), lang));
    const known = words.every((w, k) => !hasInnerCapital(w) && senses[k]!.length > 0) && senses.some((cs) => cs.some((c) => PLACE_CONCEPTS.has(c)))
      && !senses.some((cs) => cs.some((c) => INSTITUTION_CONCEPTS.has(c)));
    // («a Boeing 787 Dreamliner Kazahsztánba történő szállítása»: a case ending on a place the lexicon knows, after a
    // name that is none, marks that place alone, not the name before it.)
    const last = words[words.length - 1]!;
    const placeAlone = words.length > 1 && senses[senses.length - 1]!.some((c) => PLACE_CONCEPTS.has(c)) && !senses.slice(0, -1).every((cs) => cs.some((c) => PLACE_CONCEPTS.has(c))) && !isPlaceName(m[0], lang);
    if (placeAlone && LOCATIVE_ENDING[lang]?.test(last)) {
      const end = m.index + m[0].length;
      places.push({ kind: 'place', text: last, at: end - last.length, end });
    } else if (located || known) places.push({ kind: 'place', text: m[0], at: m.index, end: m.index + m[0].length, weak: !located });
  }
  return [...places, ...capitalsNamedByCountry(text, lang).filter((c) => !places.some((p) => p.at < c.end && c.at < p.end))];
}

/**
 * «Az amerikai fővárosban», «в американской столице»: a country's capital, named by the country and not by its own
 * name, is a place too (weaker without "in" or a locative ending).
 */
function capitalsNamedByCountry(text: string, lang: Lang): Fact[] {
  const words = [...text.matchAll(/[\p{L}-]+/gu)];
  const is = (w: RegExpMatchArray, test: (concept: string) => boolean) => conceptsOf(w[0].toLowerCase(), lang).some(test);
  return words.flatMap((capital, i) => {
    const country = words[i - 1];
    if (!country || !is(capital, (c) => c === 'capital_city') || !is(country, (c) => COUNTRY_CONCEPTS.has(c))) return [];
    const at = country.index!;
    const end = capital.index! + capital[0].length;
    if (!/^\s+$/u.test(text.slice(at + country[0].length, capital.index!))) return [];
    const located = LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) || Boolean(LOCATIVE_ENDING[lang]?.test(capital[0]));
    return [{ kind: 'place' as const, text: text.slice(at, end), at, end, ...(located ? {} : { weak: true }) }];
  });
}

const LATIN = /\p{Script=Latin}/u;

const SITE = /\b[A-Za-z][A-Za-z0-9-]{1,30}\.(?:kz|bg|ru|hu|com|net|org|info|news|uz|kg)\b/g;

/** A name that is a place, word for word: «Ню Йорк» (a place of the lexicon's phrases), "Central Asia"; not "Air Astana". */
function isPlaceName(name: string, lang: Lang): boolean {
  const words = name.toLowerCase().split(/\s+/);
  const phrase = phraseAt(words, 0, lang);
  if (phrase?.length === words.length) return PLACE_CONCEPTS.has(phrase.id);
  return words.every((w) => conceptsOf(w, lang).some((c) => PLACE_CONCEPTS.has(c)));
}

/**
 * Organisations: names in another script than the text ("Wabtec" in Russian), several capitalised
 * words, or a news site ("Lada.kz"); a city or a country is none («в Ню Йорк»).
 */
export function organisationFacts(text: string, lang: Lang): Fact[] {
  const cyrillicText = lang !== 'en' && lang !== 'hu';
  const quoted = quotedNames(text);
  const names = nameFacts(text, lang)
    .filter((f) => !titled(text, f, lang) && !quoted.some((q) => q.at <= f.at && f.end <= q.end) && !onlyLegalForm(f.text) && !isPlaceName(f.text, lang))
    .map((f) => withClassWord({ ...f, kind: 'organisation' as const, weak: !(cyrillicText && LATIN.test(f.text)) && f.weak }, text, lang));
  const sites = [...text.matchAll(SITE)].map((m): Fact => ({ kind: 'organisation', text: m[0], at: m.index, end: m.index + m[0].length }));
  return [...quoted, ...names, ...sites, ...institutionFacts(text, lang), ...firstWordInstitutionFacts(text, lang), ...lowercaseBodyFacts(text, lang), ...acronymFacts(text, lang).filter((a) => !names.some((n) => n.at <= a.at && a.end <= n.end))];
}

/** Capitalised words that name what kind of body a name's is, and end it: "SCAT *Airlines*", "Halyk *Bank*". */
const ORGANISATION_CLASS_CONCEPTS: ReadonlySet<string> = new Set(['airline', 'bank', 'company', 'fund', 'holding']);
const NEXT_WORD = /^ (\p{Lu}[\p{L}]+)/u;

/** An organisation's name with the capitalised word after it that says what kind of body it is, which the name's own words leave out. */
function withClassWord(fact: Fact, text: string, lang: Lang): Fact {
  const next = NEXT_WORD.exec(text.slice(fact.end))?.[1];
  if (!next || !conceptsOf(next.toLowerCase(), lang).some((c) => ORGANISATION_CLASS_CONCEPTS.has(c))) return fact;
  const end = fact.end + 1 + next.length;
  return { ...fact, text: text.slice(fact.at, end), end };
}

/** A word in capitals, «КТЖ», "DFC": an organisation's initials. */
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,6}(?![\p{L}\p{N}])/gu;

/** What initials may stand for that is no organisation: a place («США», «АҚШ»), a currency ("USD"), a technology («ИИ»). */
const NOT_ORGANISATION: ReadonlySet<string> = new Set([...PLACE_CONCEPTS, ...CURRENCY_CONCEPTS, 'ai']);

/** Initials that stand for no place, currency or technology, nor a company form («ТОО»): «…для КТЖ и на экспорт». */
function acronymFacts(text: string, lang: Lang): Fact[] {
  return [...text.matchAll(ACRONYM)]
    .filter((m) => !conceptsOf(m[0].toLowerCase(), lang).some((id) => NOT_ORGANISATION.has(id)) && !LEGAL_FORMS.has(m[0].toLowerCase()))
    .map((m) => ({ kind: 'organisation' as const, text: m[0], at: m.index, end: m.index + m[0].length }));
}

/** Company forms in five languages' registers: «АО», «ТОО», «ООО», «ЕООД», «ЖШС», "LLC", "JSC", "Kft.", "Zrt."… */
const LEGAL_FORMS: ReadonlySet<string> = new Set(
  'ао оао зао пао ооо тоо ип ад еад оод еоод ет жшс ақ жақ llc inc ltd jsc plc corp co gmbh ag sa kft zrt nyrt bt'.split(' '),
);
/** «АО» before «"АгромашХолдинг KZ"» says what kind of company follows; alone it names none. */
const onlyLegalForm = (name: string) => name.split(/[\s.]+/).filter(Boolean).every((w) => LEGAL_FORMS.has(w.toLowerCase()));

/** A short capitalised span in quotes: a company's or a programme's name, whole («АО "АгромашХолдинг KZ"»). */
const QUOTED_NAME = /["«„“](\p{Lu}[^"«»„“”\n.!?]{1,40})["»”]/gu;
const MAX_QUOTED_NAME_WORDS = 4;

/** Names written in quotes, each one organisation whatever scripts it mixes (not quoted speech: a few words at most). */
function quotedNames(text: string): Fact[] {
  return [...text.matchAll(QUOTED_NAME)]
    .map((m) => ({ kind: 'organisation' as const, text: m[1]!.trim(), at: m.index + 1 }))
    .filter((f) => f.text.split(/\s+/).length <= MAX_QUOTED_NAME_WORDS)
    .map((f) => ({ ...f, end: f.at + f.text.length }));
}

/** What names an institution: «Társaság», "Corporation", «Министерство», "Bank", "Fund", "Agency". */
const INSTITUTION_CONCEPTS: ReadonlySet<string> = new Set(['company', 'ministry', 'agency', 'bank', 'fund', 'organization', 'association', 'committee', 'chamber', 'holding']);

/**
 * An institution named in ordinary words, each capitalised ("az Egyesült Államok Nemzetközi Fejlesztési Pénzügyi
 * Társaságával", "the Development Finance Corporation"): a run of three capitalised words or more, one of which
 * says what kind of institution it is. The name-reading trims such known words; this keeps them.
 */
function institutionFacts(text: string, lang: Lang): Fact[] {
  const facts: Fact[] = [];
  for (const m of text.matchAll(NAME)) {
    const words = m[0].split(/\s+/);
    if (words.length < 3 || m.index === 0 || /[.!?\n]\s*$/u.test(text.slice(0, m.index))) continue;
    if (!words.some((w) => conceptsOf(w.toLowerCase(), lang).some((c) => INSTITUTION_CONCEPTS.has(c)))) continue;
    facts.push({ kind: 'organisation', text: m[0], at: m.index, end: m.index + m[0].length });
  }
  return facts;
}

/** A capitalised word, then up to three lowercase ones: how Russian, Bulgarian and Kazakh write an institution's name. */
const FIRST_WORD_CAPITALISED = /\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,3}/gu;

/**
 * An institution named with only its first word capitalised, as Cyrillic languages write it: «Американската търговска
 * камара», «Министерство промышленности и строительства». Up to the word that says it is an institution, and, when
 * that word opens the name, the lowercase words after it that say which one (not a verb or a preposition's phrase).
 */
function firstWordInstitutionFacts(text: string, lang: Lang): Fact[] {
  if (scriptOfLang(lang) !== 'cyrillic') return [];
  const facts: Fact[] = [];
  for (const m of text.matchAll(FIRST_WORD_CAPITALISED)) {
    if (m.index === 0 || /[.!?\n]\s*$/u.test(text.slice(0, m.index))) continue;
    const words = m[0].split(/\s+/);
    const kind = words.findIndex((w) => conceptsOf(w.toLowerCase(), lang).some((c) => INSTITUTION_CONCEPTS.has(c)));
    if (kind < 0) continue;
    // (A name that opens with the institution goes on with what qualifies it, «промышленности и строительства».)
    let end = kind;
    if (kind === 0) while (end + 1 < words.length && (looksQualifying(words[end + 1]!, lang) || words[end + 1] === 'и')) end++;
    if (words[end] === 'и') end--;
    const name = words.slice(0, end + 1).join(' ');
    if (name.split(' ').length >= 2) facts.push({ kind: 'organisation', text: name, at: m.index, end: m.index + name.length });
  }
  return facts;
}

/** Bodies of state that articles name in lowercase words: a ministry, an agency, a committee. */
const BODY_CONCEPTS: ReadonlySet<string> = new Set(['ministry', 'agency', 'committee']);
const WORD = /\p{L}+(?:-\p{L}+)*/gu;
/** How many words may say which body it is. */
const BODY_QUALIFIERS = 3;

/**
 * A body of state named in lowercase words, as most languages write one: «a kazah mezőgazdasági minisztérium»,
 * «министерство сельского хозяйства», «ауылшаруашылық министрлігі». The word for the body with the lowercase words
 * before it that say whose and which (an adjective, a country), and in Russian and Bulgarian the genitive after it;
 * alone it names no one.
 */
function lowercaseBodyFacts(text: string, lang: Lang): Fact[] {
  const words = [...text.matchAll(WORD)];
  const lower = (k: number) => words[k] !== undefined && /^\p{Ll}/u.test(words[k]![0]);
  const adjacent = (a: number, b: number) => /^\s+$/u.test(text.slice(words[a]!.index + words[a]![0].length, words[b]!.index));
  const whose = (k: number) => lower(k) && !isStopword(words[k]![0], lang) && (looksAdjectival(words[k]![0], lang) || conceptsOf(words[k]![0], lang).some((c) => COUNTRY_CONCEPTS.has(c)));
  const facts: Fact[] = [];
  words.forEach((m, i) => {
    if (!lower(i) || !conceptsOf(m[0], lang).some((c) => BODY_CONCEPTS.has(c))) return;
    let from = i;
    while (from > 0 && i - from < BODY_QUALIFIERS && adjacent(from - 1, from) && whose(from - 1)) from--;
    let to = i;
    if (lang === 'ru' || lang === 'bg') while (to - i < BODY_QUALIFIERS && lower(to + 1) && adjacent(to, to + 1) && looksQualifying(words[to + 1]![0], lang)) to++;
    if (from === i && to === i) return;
    const at = words[from]!.index;
    const end = words[to]!.index + words[to]![0].length;
    facts.push({ kind: 'organisation', text: text.slice(at, end), at, end });
  });
  return facts;
}

/** A lowercase word that may qualify an institution's name: an adjective or a noun in the genitive, not a function word. */
const looksQualifying = (word: string, lang: Lang) => !isStopword(word, lang) && (looksAdjectival(word, lang) || /(?:ости|ства|ния|тия|ики|ии|ов|ев)$/u.test(word));

/** Roles that title a person ("vice president Jeff Shockey", «министра Говарда Лютника»); question.ts reads them as "who". */
export const PERSON_ROLES: readonly string[] = [
  'president', 'vice_president', 'prime_minister', 'minister', 'foreign_minister', 'deputy', 'secretary', 'ambassador', 'representative', 'leader',
  'ceo', 'director', 'chairman', 'expert', 'specialist', 'political_scientist', 'journalist', 'advisor', 'governor_akim', 'mayor',
  'entrepreneur', 'represent',
];
/** The roles as lexicon concepts (`minister`), however a word for them is written ("CEO", «вице-президент»). */
export const PERSON_ROLE_IDS: ReadonlySet<string> = new Set(PERSON_ROLES);
/** The roles as lexicon keys (`c:minister`), as questions and passages carry them. */
export const PERSON_ROLE_KEYS: ReadonlySet<string> = new Set(PERSON_ROLES.map((id) => `c:${id}`));
/** Whether a word of a question or a passage is a word for such a role ("CEO", «министра»). */
export const namesRole = (t: { keys: readonly string[] }) => t.keys.some((k) => PERSON_ROLE_KEYS.has(k));
/** Roles whose opinions articles quote: "what does the expert think" asks for their words. */
export const COMMENTATOR_KEYS: ReadonlySet<string> = new Set(['expert', 'specialist', 'political_scientist', 'journalist', 'advisor'].map((id) => `c:${id}`));

/**
 * A name of several words that a role word titles within the two words before it is a person's
 * ("alelnökével, Jeff Shockey-val"); one word after a role is often the organisation («Вице-президент Meta»).
 */
function titled(text: string, fact: Fact, lang: Lang): boolean {
  if (!/\s/.test(fact.text)) return false;
  const isRole = (w: string) => conceptsOf(w.toLowerCase(), lang).some((c) => PERSON_ROLE_IDS.has(c));
  const before = text.slice(Math.max(0, fact.at - 60), fact.at).match(/\p{L}[\p{L}-]*/gu) ?? [];
  if (before.slice(-2).some(isRole)) return true;
  // («Kasszim-Dzsomart Tokajev kazahsztáni *elnök*»: Hungarian titles a name after it; a role it possesses is the
  // organisation's, «az Air Astana *vezérigazgatója*».)
  if (lang !== 'hu') return false;
  const after = text.slice(fact.end, fact.end + 40).match(/\p{L}[\p{L}-]*/gu) ?? [];
  return after.slice(0, 2).some((w) => isRole(w) && !HUNGARIAN_POSSESSED.test(w));
}

/** A Hungarian noun its owner possesses, with or without a case ending: «elnöke», «vezérigazgatójával». */
const HUNGARIAN_POSSESSED = /[aeáé](?:val|vel|t|nak|nek|tól|től|hoz|hez|höz|ról|ről|ként|ban|ben|ba|be|n)?$/u;

/**
 * People: names with no known concept inside («Соединенных Штатов Америки» is a country, not a person), a hyphenated
 * one's parts too («Нью-Йорке»).
 */
export function personFacts(text: string, lang: Lang): Fact[] {
  return nameFacts(text, lang).filter((f) => !f.text.split(/[\s‐‑-]+/).some((w) => conceptsOf(w.toLowerCase(), lang).length));
}

/** People a role titles («министром торговли *Говардом Латником*»): surely people, not companies named alike. */
export function titledPeople(text: string, lang: Lang): Fact[] {
  return personFacts(text, lang).filter((f) => titled(text, f, lang));
}

export function factsOfKind(text: string, kind: FactKind, lang: Lang): Fact[] {
  switch (kind) {
    case 'money':
      return [...moneyFacts(text), ...vagueMoneyFacts(text)];
    case 'percent':
      return percentFacts(text);
    case 'count':
      return countFacts(text, lang);
    case 'date':
      return dateFacts(text);
    case 'person':
      return personFacts(text, lang);
    case 'organisation':
      return organisationFacts(text, lang);
    case 'place':
      return placeFacts(text, lang);
  }
}

/** "4,2" and "4.2", "3 000" and "3000", "$180 million" and «180 млн долларов» are one fact. */
export function factKey(fact: Fact): string {
  if (fact.money) return `${fact.money.amount.replace(/[\s\u00a0]/g, '').replace(',', '.')}${fact.money.scale ?? ''}`;
  if (fact.date) return `${fact.date.year ?? ''}-${fact.date.month ?? ''}-${fact.date.day ?? ''}`;
  const number = fact.text.match(/\d+(?:[ \u00a0]\d{3})*(?:[.,]\d+)?/)?.[0];
  return (number ?? fact.text).replace(/[\s\u00a0]/g, '').replace(',', '.').toLowerCase();
}

/** How many letters of each word of a name tell it in any case form. */
const NAME_KEY_LETTERS = 5;
/**
 * One name in any case form, «Говардом Латником» as «Говард Латник», as a lead names it once: each word by the letters
 * its endings leave. (Only for the lead: the passages that write it otherwise are evidence of their own.)
 */
export function leadKey(fact: Fact): string {
  return fact.kind === 'person' || fact.kind === 'organisation' ? fact.text.toLowerCase().split(/[\s\u00a0]+/u).map((word) => word.slice(0, NAME_KEY_LETTERS)).join(' ') : factKey(fact);
}
