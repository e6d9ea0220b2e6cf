import type { Concept } from './concept.js';
import type { Lang } from '../lang.js';
import { ABSTRACT } from './abstract.js';
import { ACTIONS } from './actions.js';
import { AGREEMENTS } from './agreements.js';
import { AGRICULTURE } from './agriculture.js';
import { BUSINESS } from './business.js';
import { worldCountries } from './countries.js';
import { DESCRIPTIVE } from './descriptive.js';
import { DIPLOMACY } from './diplomacy.js';
import { DISCOURSE } from './discourse.js';
import { EVERYDAY } from './everyday.js';
import { FINANCE } from './finance.js';
import { GEOGRAPHY } from './geography.js';
import { NUMBERS } from './numbers.js';
import { POLITICS } from './politics.js';
import { QUALITIES } from './qualities.js';
import { RESOURCES } from './resources.js';
import { SECURITY } from './security.js';
import { SOCIETY } from './society.js';
import { TECHNOLOGY } from './technology.js';
import { TIME } from './time.js';
export { DAY_MONTH_ABBREVIATIONS } from './time.js';
import { TRANSPORT } from './transport.js';
import { VERBS } from './verbs.js';

export type { Concept } from './concept.js';

const HAND_MADE: readonly Concept[] = [
  ...AGREEMENTS,
  ...DIPLOMACY,
  ...FINANCE,
  ...BUSINESS,
  ...TRANSPORT,
  ...AGRICULTURE,
  ...RESOURCES,
  ...TECHNOLOGY,
  ...SOCIETY,
  ...POLITICS,
  ...SECURITY,
  ...ACTIONS,
  ...VERBS,
  ...DISCOURSE,
  ...ABSTRACT,
  ...QUALITIES,
  ...NUMBERS,
  ...GEOGRAPHY,
  ...TIME,
  ...DESCRIPTIVE,
  ...EVERYDAY,
];
const COUNTRIES = worldCountries(HAND_MADE);
/** The world's other countries (countries.ts): none is where the articles here are set, so a named one is what a question is about. */
export const WORLD_COUNTRY_CONCEPTS: ReadonlySet<string> = new Set(COUNTRIES.map((c) => c.id));

/** Models' names that say their kind («Dreamliner», an aircraft): what a question naming one is about, as a company is. */
export const MODEL_CONCEPTS: ReadonlySet<string> = new Set(['dreamliner']);

/** Every concept of the lexicon; see concept.ts for the entry syntax and its pitfalls. */
export const CONCEPTS: readonly Concept[] = [...HAND_MADE, ...COUNTRIES];

/** Countries, cities, regions and international bodies: a question naming one the corpus never does is about something else. */
export const PLACE_CONCEPTS: ReadonlySet<string> = new Set([...GEOGRAPHY, ...COUNTRIES].map((c) => c.id));

/** The words for a country as such ("the other countries", «деветте държави», «елдер»): of a place, not of a thing. */
export const COUNTRY_WORD_CONCEPTS: readonly string[] = ['country', 'state'];

/** The countries among them: a city or region names a place more precisely ("in New York", not "in the US"). */
export const COUNTRY_CONCEPTS: ReadonlySet<string> = new Set([
  'kazakhstan', 'usa', 'china', 'russia', 'palestine', 'israel', 'iran', 'india', 'uzbekistan', 'kyrgyzstan', 'tajikistan',
  'turkmenistan', 'azerbaijan', 'afghanistan', 'turkey', 'uae', 'japan', 'korea', 'germany', 'britain', 'france',
  'ukraine', 'saudi_arabia', 'morocco', 'qatar', 'kuwait', 'bahrain', 'bulgaria', 'hungary', ...COUNTRIES.map((c) => c.id),
]);

/** Cities a name picks out. */
export const CITY_CONCEPTS: ReadonlySet<string> = new Set(['washington', 'new_york', 'astana', 'almaty', 'shymkent', 'alatau']);
/** The country each city is in: "which city *in Kazakhstan*" is answered by none of another. */
export const CITY_COUNTRY: Readonly<Record<string, string>> = { washington: 'usa', new_york: 'usa', astana: 'kazakhstan', almaty: 'kazakhstan', shymkent: 'kazakhstan', alatau: 'kazakhstan' };
/** Places a name picks out (countries, cities, named regions), not words of place ("north", "region", "national"). */
export const NAMED_PLACE_CONCEPTS: ReadonlySet<string> = new Set([...COUNTRY_CONCEPTS, ...CITY_CONCEPTS, 'asia', 'middle_east', 'gaza', 'europe', 'caspian']);

/** Words about an article itself (who wrote it, which outlet): every article has them, whether or not its text says so. */
export const ARTICLE_CONCEPTS: ReadonlySet<string> = new Set(['write', 'author', 'media_outlet', 'journalist', 'publish']);
/** The same, and the words for what an article reports ("the Hungarian report", «новость»). */
export const REPORTING_CONCEPTS: ReadonlySet<string> = new Set([...ARTICLE_CONCEPTS, 'news', 'report_inform', 'reference_source']);
/** The language of the articles from a country ("the *Bulgarian* article" is the one in Bulgarian). */
export const LANGUAGE_OF_COUNTRY: Readonly<Record<string, Lang>> = { russia: 'ru', bulgaria: 'bg', hungary: 'hu' };
/** Verbs of saying and holding a view: a sentence with one tells what someone said («отметил», "said", «úgy véli»). */
export const SPEECH_CONCEPTS: ReadonlySet<string> = new Set(['say', 'remark', 'announce', 'opinion', 'report_inform']);
/** "How was it characterised", «как охарактеризовал»: how something was put, which a source puts without saying so. */
export const PHRASING_CONCEPTS: ReadonlySet<string> = new Set(['characterize']);
/** "Today", «сегодня», «ma»: the moment of asking, which no source's day is. */
export const ASKING_TIME_CONCEPTS: ReadonlySet<string> = new Set(['today']);
/** "What is the *name* of…": words asking for a name, which the sources state without saying "name". */
export const NAME_CONCEPTS: ReadonlySet<string> = new Set(['name_noun']);

/** Currencies and the word for one ("in euros", «в долларах», «теңгемен»). */
export const CURRENCY_CONCEPTS: ReadonlySet<string> = new Set(['dollar', 'euro', 'tenge', 'ruble', 'yuan', 'currency']);
/** Words of scale ("million", «миллиард»): after a number they make it bigger, before a currency an amount of money. */
export const SCALE_CONCEPTS: ReadonlySet<string> = new Set(['thousand', 'million', 'billion']);
/** Events a name picks out ("the C5+1 summit"): "which summit" asks for that name. */
export const EVENT_NOUN_CONCEPTS: ReadonlySet<string> = new Set(['event', 'summit', 'meeting', 'visit', 'forum', 'ceremony']);
/** Words of time (years, months, halves, "first", "since"): after a year-like figure they keep it a year. */
export const TIME_CONCEPTS: ReadonlySet<string> = new Set(TIME.map((c) => c.id));
/** The months, which a date names. */
export const MONTH_CONCEPTS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Units of a span of time ("five *years*"), which a duration's number counts. */
export const TIME_SPAN_CONCEPTS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'decade']);

/** Words of size, price, number, time and comparing ("bigger", «дороже», "the *figure*", "how much *time*", "compare"): they say what kind of figure answers, not what it is about. */
export const AMOUNT_CONCEPTS: ReadonlySet<string> = new Set(['large', 'small', 'price_cost', 'value', 'sum_amount', 'total', 'overall', 'number_figure', 'time', 'compare']);
