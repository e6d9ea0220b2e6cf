import type { Lang } from '../language/lang.js';
import { stemWord } from '../language/stem.js';
import type { ComingSpan, Fact, Money, PeriodPart } from './facts.js';

/**
 * The key fact as a short phrase in the asker's language: "$4.2 billion" / «4,2 млрд долларов»,
 * "22 September 2025" / «22 сентября 2025 г.», "300 locomotives", "Ерсайын Нагаспаев and Говард Лютник".
 * Names stay as the source spells them: a wrong transliteration is worse than a foreign alphabet.
 */

const DECIMAL: Record<Lang, string> = { en: '.', ru: ',', bg: ',', hu: ',', kk: ',' };

const SCALE_WORDS: Record<Lang, Record<NonNullable<Money['scale']>, string>> = {
  en: { thousand: 'thousand', million: 'million', billion: 'billion', trillion: 'trillion' },
  ru: { thousand: 'тыс.', million: 'млн', billion: 'млрд', trillion: 'трлн' },
  bg: { thousand: 'хил.', million: 'млн.', billion: 'млрд.', trillion: 'трлн.' },
  hu: { thousand: 'ezer', million: 'millió', billion: 'milliárd', trillion: 'billió' },
  kk: { thousand: 'мың', million: 'млн', billion: 'млрд', trillion: 'трлн' },
};

const CURRENCY_WORDS: Record<Lang, Record<NonNullable<Money['currency']>, string>> = {
  en: { USD: 'dollars', EUR: 'euros', KZT: 'tenge' },
  ru: { USD: 'долларов', EUR: 'евро', KZT: 'тенге' },
  bg: { USD: 'долара', EUR: 'евро', KZT: 'тенге' },
  hu: { USD: 'dollár', EUR: 'euró', KZT: 'tenge' },
  kk: { USD: 'доллар', EUR: 'еуро', KZT: 'теңге' },
};

const QUALIFIERS: Record<Lang, Record<NonNullable<Money['qualifier']>, string>> = {
  en: { about: 'about', over: 'over' },
  ru: { about: 'около', over: 'более' },
  bg: { about: 'около', over: 'над' },
  hu: { about: 'mintegy', over: 'több mint' },
  kk: { about: 'шамамен', over: 'астам' },
};

const AND: Record<Lang, string> = { en: 'and', ru: 'и', bg: 'и', hu: 'és', kk: 'және' };

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  bg: ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември'],
  hu: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
};
// A month without a day takes the nominative in Russian: «в июле 2024» reads «июль 2024».
const RU_MONTHS_NOMINATIVE = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

function formatAmount(amount: string, lang: Lang): string {
  const [whole, fraction] = amount.replace(/[\s\u00a0]/g, '').split(/[.,]/);
  const grouped = whole!.length > 4 ? whole!.replace(/\B(?=(\d{3})+$)/g, lang === 'en' ? ',' : '\u00a0') : whole!;
  return fraction ? `${grouped}${DECIMAL[lang]}${fraction}` : grouped;
}

export function formatMoney(money: Money, lang: Lang): string {
  const amount = formatAmount(money.amount, lang);
  const scale = money.scale ? SCALE_WORDS[lang][money.scale] : '';
  const qualifier = money.qualifier ? QUALIFIERS[lang][money.qualifier] : '';
  if (lang === 'en' && money.currency === 'USD') return [qualifier, `$${amount}`, scale].filter(Boolean).join(' ');
  const currency = money.currency ? CURRENCY_WORDS[lang][money.currency] : '';
  if (lang === 'kk' && qualifier === QUALIFIERS.kk.over) return [amount, scale, currency ? `${currency}дан` : '', qualifier].filter(Boolean).join(' ');
  return [qualifier, amount, scale, currency].filter(Boolean).join(' ');
}

export function formatDate(date: NonNullable<Fact['date']>, lang: Lang): string {
  const { day, month, year, part } = date;
  if (part && !day && (month || year)) return formatPart(part, month, year, lang);
  if (!month) return String(year ?? '');
  const name = MONTHS[lang][month - 1]!;
  if (lang === 'hu') return [year ? `${year}.` : '', name, day ? `${day}.` : ''].filter(Boolean).join(' ');
  if (lang === 'kk') return [year ? `${year} жылғы` : '', day ?? '', name].filter((x) => x !== '').join(' ');
  if (!day) return [lang === 'ru' ? RU_MONTHS_NOMINATIVE[month - 1] : name, year ?? ''].filter((x) => x !== '').join(' ');
  return [day, name, year ?? ''].filter((x) => x !== '').join(' ');
}

/** Kazakh months in the genitive, «қыркүйектің» (of September): their endings follow the vowels and the last sound. */
const KK_MONTHS_GENITIVE = ['қаңтардың', 'ақпанның', 'наурыздың', 'сәуірдің', 'мамырдың', 'маусымның', 'шілденің', 'тамыздың', 'қыркүйектің', 'қазанның', 'қарашаның', 'желтоқсанның'];

/** The words for a part of a month or a year: "the beginning of", «начало», «началото на», «elején», «басында». */
const PART_WORDS: Record<Lang, Record<PeriodPart, string>> = {
  en: { start: 'the beginning of', middle: 'the middle of', end: 'the end of', firstHalf: 'the first half of', secondHalf: 'the second half of' },
  ru: { start: 'начало', middle: 'середина', end: 'конец', firstHalf: 'первая половина', secondHalf: 'вторая половина' },
  bg: { start: 'началото на', middle: 'средата на', end: 'края на', firstHalf: 'първата половина на', secondHalf: 'втората половина на' },
  hu: { start: 'elején', middle: 'közepén', end: 'végén', firstHalf: 'első felében', secondHalf: 'második felében' },
  kk: { start: 'басында', middle: 'ортасында', end: 'соңында', firstHalf: 'бірінші жартысында', secondHalf: 'екінші жартысында' },
};

/**
 * A part of a month or a year, as the source gives it: "the beginning of September 2025", «начало сентября»,
 * «началото на септември», «2026 második felében», «2026 жылдың екінші жартысында».
 */
function formatPart(part: PeriodPart, month: number | undefined, year: number | undefined, lang: Lang): string {
  const words = PART_WORDS[lang][part];
  switch (lang) {
    case 'en':
      return [words, month ? MONTHS.en[month - 1] : '', year ?? ''].filter((x) => x !== '').join(' ');
    case 'ru':
      return [words, month ? MONTHS.ru[month - 1] : '', year ? `${year} года` : ''].filter(Boolean).join(' ');
    case 'bg':
      return [words, month ? MONTHS.bg[month - 1] : '', year ?? ''].filter((x) => x !== '').join(' ');
    case 'hu':
      return [year ? (month ? `${year}.` : String(year)) : '', month ? MONTHS.hu[month - 1] : '', words].filter(Boolean).join(' ');
    case 'kk':
      return [year ? (month ? `${year} жылғы` : `${year} жылдың`) : '', month ? KK_MONTHS_GENITIVE[month - 1] : '', words].filter(Boolean).join(' ');
  }
}

/** Russian nouns after a number: one, two to four, five and more («1 год», «3 года», «5 лет»). */
function russianPlural(n: number, [one, few, many]: readonly [string, string, string]): string {
  const lastTwo = n % 100;
  const last = n % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  return last === 1 ? one : last >= 2 && last <= 4 ? few : many;
}

const SPAN_WORDS: Record<ComingSpan['unit'], { en: string; ru: readonly [string, string, string]; bg: readonly [string, string]; hu: string; kk: string }> = {
  year: { en: 'year', ru: ['год', 'года', 'лет'], bg: ['година', 'години'], hu: 'évben', kk: 'жылда' },
  month: { en: 'month', ru: ['месяц', 'месяца', 'месяцев'], bg: ['месец', 'месеца'], hu: 'hónapban', kk: 'айда' },
  week: { en: 'week', ru: ['неделю', 'недели', 'недель'], bg: ['седмица', 'седмици'], hu: 'hétben', kk: 'аптада' },
  day: { en: 'day', ru: ['день', 'дня', 'дней'], bg: ['ден', 'дни'], hu: 'napban', kk: 'күнде' },
};

/** "Within the next 5 years", «в ближайшие 5 лет», «a következő 5 évben». */
export function formatSpan({ count, unit }: ComingSpan, lang: Lang): string {
  const words = SPAN_WORDS[unit];
  switch (lang) {
    case 'en':
      return `within the next ${count} ${words.en}${count === 1 ? '' : 's'}`;
    case 'ru':
      return `${count === 1 ? 'в ближайший' : 'в ближайшие'} ${count} ${russianPlural(count, words.ru)}`;
    case 'bg':
      return `${count === 1 ? 'през следващия' : 'през следващите'} ${count} ${words.bg[count === 1 ? 0 : 1]}`;
    case 'hu':
      return `a következő ${count} ${words.hu}`;
    case 'kk':
      return `алдағы ${count} ${words.kk}`;
  }
}

export function joinNames(names: string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${AND[lang]} ${names[names.length - 1]}`;
}

/**
 * A Hungarian noun in a case or the plural: «mozdony*t*», «mozdony*ról*», «cége*k*» (not «vállal*at*», «kapcsol*at*», which
 * end so in the nominative).
 */
const HUNGARIAN_INFLECTED = /(?:[^a]t|kat|k|ról|ről|ból|ből|tól|től|nak|nek|val|vel|ban|ben|hoz|hez|höz)$/u;

/**
 * The lead phrase of a fact; `counted` is the question's own word for what is counted ("locomotives").
 * A Hungarian noun after a numeral stands in the singular nominative: «Hány mozdonyt» gives «300 mozdony»; the
 * adjectives before it do not inflect («25 amerikai cég», no «ameri»).
 */
export function leadOf(facts: Fact[], lang: Lang, counted?: string): string {
  if (counted && lang === 'hu') counted = counted.replace(/\p{L}+$/u, (noun) => (HUNGARIAN_INFLECTED.test(noun) ? stemWord(noun, 'hu') : noun));
  // (So does a Kazakh noun alone, its case and plural endings stripped: «500 вагонын» gives «300 вагон»; a compound keeps
  // the possessive ending its head takes, «жүк вагоны».)
  if (counted && lang === 'kk' && !/\s/u.test(counted)) counted = stemWord(counted, 'kk');
  const fact = facts[0];
  if (!fact) return '';
  if (fact.money) return formatMoney(fact.money, lang);
  if (fact.date) return formatDate(fact.date, lang);
  if (fact.span) return formatSpan(fact.span, lang);
  if (fact.kind === 'count') {
    // A number word ("öt", «пять») is written as digits: the lead is in the asker's language, not the source's.
    const number = fact.value !== undefined ? String(fact.value) : fact.text;
    return counted ? `${number} ${counted}` : number;
  }
  if (fact.kind === 'person' || fact.kind === 'organisation') return joinNames(facts.map((f) => f.text), lang);
  // "Which countries": the countries a sentence lists, in its order.
  if (fact.kind === 'place' && facts.length > 1) return joinNames([...facts].sort((a, b) => a.at - b.at).map((f) => f.text), lang);
  return fact.text;
}
