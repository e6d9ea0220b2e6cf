import { isBoilerplate, isHeadline } from '../corpus/boilerplate.js';
import { pageAt } from '../corpus/chunk.js';
import { DATE_HEADER, outletName } from '../corpus/metadata.js';
import { figureValuesOf, stemKey, termsOf } from '../language/analyse.js';
import { foldWord, skeletonOf } from '../language/fold.js';
import { conceptsOf } from '../language/lexicon.js';
import { AMOUNT_CONCEPTS, CITY_CONCEPTS, CITY_COUNTRY, COUNTRY_CONCEPTS, COUNTRY_WORD_CONCEPTS, CURRENCY_CONCEPTS, EVENT_NOUN_CONCEPTS, MONTH_CONCEPTS, NAMED_PLACE_CONCEPTS, PLACE_CONCEPTS, SCALE_CONCEPTS, SPEECH_CONCEPTS, TIME_SPAN_CONCEPTS, WORLD_COUNTRY_CONCEPTS } from '../language/lexicon/index.js';
import { COUNTERPART_WEIGHT, holdsKey, keysShareBroader, narrowerConcepts } from '../language/lexicon/hierarchy.js';
import { quickLanguage } from '../language/detect.js';
import { addsToWhatWasSaid, andAfter, choiceOptions, escapeRegExp, EXACTLY, HEDGE, isHypothetical, opensContinuation, refersToSpeaker, saysInEnglish, speaksOfFuture, speaksOfTogether } from '../language/discourse.js';
import { LANGS, scriptOfLang, scriptOfWord, type Lang } from '../language/lang.js';
import { splitSentences } from '../language/sentences.js';
import { looksAdjectival } from '../language/adjectives.js';
import { isStopword } from '../language/stopwords.js';
import { isNumber, tokenize, type Token } from '../language/tokenize.js';
import { phrasingWord, type Hit, type QueryToken } from '../search/retriever.js';
import { isConceptualKey, isSubjectName, namesTopic, subjectNames } from '../search/query-token.js';
import { factKey, factsOfKind, factValue, leadKey, namesRole, PERSON_ROLE_KEYS, type Fact, type FactKind, type Money } from './facts.js';
import { leadOf } from './lead.js';
import { phrase } from './phrases.js';
import type { Citation, RelatedPassage } from './types.js';

/** What a question asks for, as the answerer needs it. */
export interface AskedFor {
  kind: FactKind | 'purpose' | 'list' | 'description' | 'other';
  /** A kind that answers where the sources name none of the asked one: "who did he discuss it with" of a company. */
  standIn?: FactKind;
  /** The words that name what is counted or measured ("how many freight locomotives"): a count must stand next to one. */
  focus?: QueryToken[];
  /** The question's own noun phrase for what is counted ("locomotives"), for the lead phrase. */
  counted?: QueryToken[];
  /** Every one of several (all signers, all parties), not just the best. */
  wantsAll?: boolean;
  /** A price of one unit is asked for: only a sentence that states one answers. */
  perUnit?: boolean;
  /** Words that only name the kind of answer ("which *city*", "what *year*"): the evidence need not hold them. */
  answerType?: QueryToken[];
  /** The currency the question asks the amount in ("in euros", «в тенге»). */
  currency?: Money['currency'];
  /** "Whom did Trump try to use…", «Кого…», «Kit…»: one something is done to, who may be a country as well. */
  objectAsked?: boolean;
  /** "Who said…", "which expert thinks…": a person question that asks who spoke. */
  asksSpeaker?: boolean;
  /** The event a question dates its own by ("…before *the meeting with Lutnick*"): a name there is no subject. */
  reference?: QueryToken[];
  /** Subjects the question gives a figure for ("comparing the Wabtec deal *at 4.2 bn* with…"): the known side, no subject. */
  known?: QueryToken[];
  /** What the asker already knows ("besides *the locomotives*, what else"): it does not make a passage relevant. */
  besides?: QueryToken[];
  /** The question asks what would be, if ("what would a visit mean"): a passage in that mood answers it. */
  hypothetical?: boolean;
  /** Further facts the question asks for ("…and when", «Hol és mikor»), each answered on its own. */
  more?: AskedFor[];
  /** What another part of the question measures ("…and how many *machines*"): this part's evidence need not hold it. */
  otherParts?: QueryToken[];
  /** The words of a later clause that asks something else ("…, and how localized is the production?"): no event of this part. */
  laterClause?: QueryToken[];
  /** A further part's own clause ("…, and when will it *open*?"): the event it asks about, when it names one. */
  ownClause?: QueryToken[];
  /** The noun a which/what question asks about ("what *weather*", "which *films*"). */
  head?: QueryToken;
  /** "Who is the *CEO* of…": the role the person asked for holds, which the evidence must name. */
  role?: QueryToken[];
  /** "Who *from Meta*…", with no role named: anyone the evidence titles at the organisation of `roleOf`. */
  anyRole?: boolean;
  /** "…the vice president *of Meta*": whose role it is; a role the evidence gives another company is someone else's. */
  roleOf?: QueryToken[];
  /** "According to the experts", «Kaliev szerint»: whose words the answer is to be (roles or names). */
  source?: QueryToken[];
  /** "What did *Rubio* say": the one whose words are asked for, which only a passage where they speak gives. */
  speaker?: QueryToken;
  /** "What did the Wabtec *CEO* say": an executive beside a company's name speaks for it, and is named where they speak. */
  speakerRole?: QueryToken;
  /** "What did Rubio say *about the port*": what those words are to be about; a passage of theirs holds one of them. */
  spokenOf?: QueryToken[];
  /** "How long has it run", answered by since when: a date that began a state ("since 2009 it has operated") answers it. */
  since?: boolean;
  /** Figures of an amount the question offers as its guess ("…— about 17 billion?"): a source giving them restates nothing. */
  guessedFigures?: string[];
  /** A name the question offers as its guess ("Which airport — Shymkent?"): a source giving it restates nothing. */
  guessedNames?: QueryToken[];
  /** The place whose side the one asked for is on («с казахстанской стороны», "for the American side"). */
  side?: QueryToken[];
  /** The country the one asked for is of ("which *Kazakh* minister", «melyik *amerikai* cég»): one another country marks is not. */
  ofCountry?: QueryToken[];
  /** A yes/no question: it checks a claim about the subject it names, which only a passage about that subject can. */
  yesNo?: boolean;
  /** "Which in a row did Kazakhstan send troops": a passage that numbers a country numbers the one asked about. */
  numbersCountry?: boolean;
  /** "Was it his first visit?", read as asking which visit in a row it was: only a passage that numbers it answers. */
  inRow?: boolean;
  /** The passages the answer already quotes for an earlier part of the question, which the reader has before them. */
  quoted?: Evidence[];
}

/** "Which city", «қай қалада», «melyik városban». */
const asksForCity = (asked: AskedFor) => (asked.answerType ?? []).some((t) => t.keys.includes('c:city') || t.keys.includes('c:airport'));
/** "Which region", «melyik régió», «қай өңір». */
const asksForRegion = (asked: AskedFor) => (asked.answerType ?? []).some((t) => t.keys.includes('c:region'));
/** "Which city", "which region", "which airport": a kind of place a country is not. */
const asksBesideCountries = (asked: AskedFor) => asksForCity(asked) || asksForRegion(asked) || (asked.answerType ?? []).some((t) => t.keys.includes('c:deposit'));
/** "Which city", "which countries", "which region": a place that always has a name. */
const asksForNamedPlace = (asked: AskedFor) => asksBesideCountries(asked) || (asked.answerType ?? []).some((t) => t.keys.includes('c:country'));

/** Places of a particular kind, which a passage names with the kind's word: a deposit, an airport. */
const PARTICULAR_PLACE_KEYS: ReadonlySet<string> = new Set(['c:deposit', 'c:airport']);
/** What is signed: an agreement, a contract, a memorandum. */
const SIGNED_KEYS: ReadonlySet<string> = new Set(['c:agreement', 'c:memorandum']);
/** "Between", «между», «között», «арасында»: a deal between two sides names its parties. */
const PARTIES_BETWEEN = /(?:^|[^\p{L}])(?:(between|между)|között|közötti|арасында|арасындағы)(?![\p{L}])/giu;
/** How far from "between" its parties stand. */
const PARTIES_REACH = 80;
/** Whether a sentence tells of a deal between two sides («…a kazah mezőgazdasági minisztérium és a Mars cég *között*…»). */
const namesParties = (sentence: Sentence) => [...SIGNED_KEYS].some((k) => sentence.keys.has(k)) && sentence.text.search(PARTIES_BETWEEN) >= 0;
/** Whether a fact is a party a deal is between: after "between", «между», before «között», «арасында». */
function betweenParty(text: string, fact: Fact): boolean {
  return [...text.matchAll(PARTIES_BETWEEN)].some((m) => m[1] ? fact.at > m.index && fact.at - (m.index + m[0].length) <= PARTIES_REACH : fact.end <= m.index + 1 && m.index - fact.end <= PARTIES_REACH);
}
/**
 * Organisations of a particular kind, which a passage names with the kind's word or its head's title: a ministry, a
 * bank; or by a name of the kind's shape: an airline («az Air Astana megrendelésére», "SCAT Airlines"). (A fund is
 * often named alone.)
 */
const PARTICULAR_ORGANISATION_KEYS: ReadonlySet<string> = new Set(['c:ministry', 'c:bank', 'c:airline']);
/** A name of a kind's shape in a text: "Air Astana", "Steppe Air", "SCAT Airlines". */
const NAME_OF_KIND: Readonly<Record<string, RegExp>> = { 'c:airline': /(?:^|[^\p{L}])(?:Air|Aero)\s+\p{Lu}|(?:^|[^\p{L}])\p{Lu}[\p{L}-]*\s+(?:Air|Airlines?|Airways)(?![\p{L}])/u };
/** The particular kind of organisation a question asks for ("which *ministry*"), if any. */
const particularOrganisation = (asked: AskedFor) => (asked.kind === 'organisation' ? (asked.head?.keys ?? []).filter((k) => PARTICULAR_ORGANISATION_KEYS.has(k)) : []);
/** The title of an organisation's head, which names the organisation: a minister's, his ministry. */
const HEAD_OF_KIND: Readonly<Record<string, string>> = { 'c:ministry': 'c:minister' };
/** Bodies of state, no company: "which company builds the plant" is not answered by «a kazah mezőgazdasági minisztérium». */
const PUBLIC_BODY_KEYS: readonly string[] = ['ministry', 'government', 'parliament', 'administration', 'council'].map((id) => `c:${id}`);
/** An organisation asked for by these is a company: "which firm", "which *manufacturer*", «какой *поставщик*». */
export const COMPANY_HEAD_KEYS: ReadonlySet<string> = new Set(['company', 'production', 'supply_delivery'].map((id) => `c:${id}`));
/** How many words a title may run before the name it titles («министр промышленности и строительства Казахстана Ерсайын Нагаспаев»). */
const TITLE_WORDS = 8;
/** How far outside an organisation's name the word for its kind may stand: none, it is part of the name («a kazah mezőgazdasági *minisztérium*»). */
const KIND_REACH = 1;
/** One word, then only space or an opening quote, up to a name: the kind word it stands in apposition to. */
const KIND_BEFORE_NAME = /^[\p{L}-]+[\s«"„“]+$/u;
/** Words for an organisation of any kind: an agency, a body, an institution; a customer or a group, which any may be. */
export const GENERIC_ORGANISATION: ReadonlySet<string> = new Set(['agency', 'organization', 'customer', 'group'].map((id) => `c:${id}`));

/** Kinds that ask for a passage, not a fact or a kind of name. */
const OPEN_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['other', 'list', 'description']);

/** "His (full, first) name", a surname, «его полное имя», «първото му име», «teljes neve», «толық аты», «тегі»: the name of one already named. */
const HIS_NAME = /\b(?:his|her)\s+(?:full\s+|first\s+|last\s+)?name\b|\b(?:full|first|last|family)\s+name\b|\bsurname\b|(?:^|[^\p{L}])(?:фамили(?:я|ю|и|ята|ното)|vezetékneve|családneve|тегі|(?:его|её|ее)\s+(?:полное\s+|настоящее\s+)?(?:имя|фамилия)|(?:полное|первое)\s+имя|(?:пълното|първото|цялото)\s+(?:му\s+|й\s+)?(?:беше\s+)?име|(?:му|й)\s+(?:беше\s+)?(?:пълното\s+|първото\s+)?име|teljes\s+neve|keresztneve|толық\s+аты)(?![\p{L}])/iu;

/** Kinds answered by a name, which is read from capitalisation alone. */
export const NAME_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['person', 'organisation', 'place']);
/** Name kinds whose names may be written in lowercase words: with no name found, the best passage still answers. */
const PASSAGE_FALLBACK_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['organisation', 'place']);
/** Kinds that measure something the question names ("how many *tanks*", "what *tariff* rate"). */
export const MEASURED_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['count', 'money', 'percent']);
/** Kinds answered by one fact. */
export const FACT_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['count', 'money', 'percent', 'date', 'person', 'organisation', 'place']);

/** A window of consecutive sentences of one paragraph, with absolute offsets in its source file. */
export interface Evidence {
  hit: Hit;
  text: string;
  start: number;
  score: number;
  /** Share of the question's information in the matching sentence itself, 0–1. */
  own: number;
  /** Share of the question's information in the whole window, 0–1. */
  window: number;
  /** The same, with what its article says of the names it holds ("the American maker" of «американской компанией Wabtec»), when more. */
  described?: number;
  /** The facts of the asked kind that the window states about the question's subject, best first. */
  facts: Fact[];
  /** "What kind of locomotives": the window qualifies the head noun («грузовых локомотивов»); "what does it include": it tells the contents. */
  qualifies?: boolean;
  /** It states a figure the question gives ("the $2.5 billion deal"). */
  holdsFigure?: boolean;
  /** It gives a total («общий объём»), where the question asks for one. */
  givesTotal?: boolean;
}

export type ExtractiveOutcome =
  | { kind: 'answer'; quotes: Evidence[] }
  | { kind: 'notStated'; related: Evidence[] }
  | { kind: 'none' };

// (And what a thing serves: the role it plays, what it is used or needed for, «играют ключевую роль в развитии…».)
const PURPOSE: Record<Lang, RegExp> = {
  en: /\b(?:in order to|so that|aim(?:ed|s)? (?:at|to)|to help|purpose|because|since|due to|intended to|play(?:s|ed|ing)? an? (?:\p{L}+ )?role|(?:used|needed|essential) (?:for|in))\b/iu,
  ru: /(?:чтобы|для того|с целью|в целях|направлен\p{L}*|цель\p{L}*|поскольку|потому что|так как|из-за|благодаря|игра\p{L}* (?:\p{L}+ )?роль|(?:использу|применя)\p{L}* (?:для|в)\s|(?:нужн|необходим)\p{L}* для)/iu,
  bg: /(?:за да|с цел|насочен\p{L}*|цел(?:та)?\b|защото|тъй като|поради|благодарение|игра\p{L}* (?:\p{L}+ )?роля|(?:използва|прилага)\p{L}* (?:за|в)\s|(?:нужн|необходим)\p{L}* за)/iu,
  // («…kapcsolat kialakítására használják»: what a thing is used for, in the sublative, is its purpose.)
  hu: /(?:célja|céljából|érdekében|azért|mert|miatt|hogy\s|\p{L}(?:ra|re)\s+(?:fogják\s+)?használ|szerepet (?:játszik|játszanak|tölt)|kulcsszerep|szükség\p{L}* \p{L}+(?:hoz|hez|höz)\b)/iu,
  kk: /(?:үшін|мақсат\p{L}*|себебі|өйткені|арқылы|рөл атқар|қолданыл|қажет)/iu,
};
/** A list reads the same in every language: a colon, semicolons, three comma-separated items, or "a, b and c". */
const LIST = /:|;|(?:,[^,]+){2,}|,[^,.]+\s(?:and|и|és|valamint|және|мен|пен|бен)\s/iu;
/** The shape of an answer to a question that asks for no single fact. */
const SHAPE: Partial<Record<AskedFor['kind'], (lang: Lang) => RegExp>> = { purpose: (lang) => PURPOSE[lang], list: () => LIST };
/** The word for a reason («причина», «oka», «себебі»): a sentence that holds it says what one was. */
const REASON = 'c:reason_cause';

/** "$3 million per locomotive", «за штуку», «darabonként»: an amount that is a unit price. */
const PER_UNIT_FACT = /(?:^|\s)(?:per|each|apiece|annually|a year|за (?:штуку|единицу|каждый)|каждый|на (?:единицу|штуку)|в год|ежегодно|всеки|на брой|за брой|годишно|на година|darabonként|darabja|egyenként|évente|әрқайсысы|бір данасы|жылына)(?![\p{L}])/iu;

/** How far (in characters) a country stands behind a city or region of the same window: "in New York", not "in the US". */
const COUNTRY = 60;
/** Who speaks for a company: its representatives and its executives (see hierarchy.ts, "represent"). */
export const COMPANY_VOICES = narrowerConcepts('represent').map((id) => `c:${id}`);
/** A summit or a forum: an occasion an article sets its news under, not the news itself (as a meeting or a visit is). */
const GATHERINGS: ReadonlySet<string> = new Set(['c:summit', 'c:forum']);
/** Whether every word of a fact has a concept that passes the test. */
const everyWordIs = (fact: Fact, lang: Lang, test: (concept: string) => boolean) => fact.text.split(/\s+/).every((w) => conceptsOf(w.toLowerCase(), lang).some(test));
/** A place fact whose every word is a place the question names («Китая» where it asks about «Китай»). */
export const namesOnlyAskedPlaces = (fact: Fact, lang: Lang, asked: ReadonlySet<string>) => everyWordIs(fact, lang, (c) => PLACE_CONCEPTS.has(c) && asked.has(`c:${c}`));
const isCountry = (fact: Fact, lang: Lang) => everyWordIs(fact, lang, (c) => COUNTRY_CONCEPTS.has(c));
/** A city, or a country's capital («az amerikai fővárosban»). */
const isCityConcept = (c: string) => CITY_CONCEPTS.has(c) || c === 'capital_city';
const isCity = (fact: Fact, lang: Lang) => everyWordIs(fact, lang, isCityConcept);
/**
 * A place the lexicon knows as wider than a city, and no city of it: «Центральной Азии», «Индии», a direction («Южной»).
 * (A country's capital is a city: «az amerikai fővárosban».)
 */
const widerThanCity = (fact: Fact, lang: Lang) => {
  const places = fact.text.split(/\s+/).flatMap((w) => conceptsOf(w.toLowerCase(), lang).filter((c) => PLACE_CONCEPTS.has(c)));
  return places.length > 0 && !places.some(isCityConcept);
};
/** Words for an amount: its size, scale and currency. */
const AMOUNT_KEYS: ReadonlySet<string> = new Set([...AMOUNT_CONCEPTS, ...SCALE_CONCEPTS, ...CURRENCY_CONCEPTS, 'money'].map((id) => `c:${id}`));
/** The keys of the words for a country as such. */
const COUNTRY_WORDS: readonly string[] = COUNTRY_WORD_CONCEPTS.map((id) => `c:${id}`);
/** Words that tell nothing of what a figure is of: an amount's, a deal or an investment of any kind, "includes", and that it was signed or estimated (every deal is). */
const MEASURE_KEYS: ReadonlySet<string> = new Set([...AMOUNT_KEYS, ...['agreement', 'investment', 'company', 'include', 'estimate', 'sign'].map((id) => `c:${id}`)]);
/** What happened, which a date is the date of: signing, delivering, opening, visiting, an appointment, a promise, thanks… */
const EVENT_CONCEPTS: ReadonlySet<string> = new Set(
  ['sign', 'supply_delivery', 'production', 'build', 'open', 'launch', 'start_begin', 'investment', 'purchase', 'order', 'export', 'import', 'visit', 'arrival', 'meeting', 'finance', 'create_establish', 'work', 'operate', 'appoint', 'choose_elect', 'announce', 'promise', 'congratulate', 'thank', 'invite', 'talks', 'adopt_accept', 'contribute'].map((id) => `c:${id}`),
);
/** Events that happen at a site of their own: what is built, made, opened or run somewhere. */
const SITED_EVENTS: ReadonlySet<string> = new Set(['build', 'production', 'assembly', 'open', 'launch', 'create_establish', 'work', 'operate'].map((id) => `c:${id}`));
/** Where people do things together: their meeting, or a visit. */
const OCCASIONS: readonly string[] = ['meeting', 'visit'].map((id) => `c:${id}`);
/** What people do to each other at a meeting: offer, discuss, thank, invite. */
const EXCHANGES: ReadonlySet<string> = new Set(['offer_propose', 'talks', 'thank', 'invite'].map((id) => `c:${id}`));
/** Two words for one event: a centre is opened or launched («пусна центъра» is when it «открыл» it). */
const OPENING: readonly string[] = ['open', 'launch'].map((id) => `c:${id}`);
/** What begins a state: an opening, a founding («в началото на септември» is only a time). */
const STARTS: readonly string[] = [...OPENING, 'c:create_establish'];
/** Working, which a thing starts when it opens. */
const WORKING: ReadonlySet<string> = new Set(['work', 'operate'].map((id) => `c:${id}`));
/** Making things: producing, assembling. */
const MAKING: ReadonlySet<string> = new Set(['production', 'assembly'].map((id) => `c:${id}`));
/** An event's key and the keys that tell the same event (a thing starts working when it opens). */
const sameEventKeys = (key: string): readonly string[] => (OPENING.includes(key) ? OPENING : WORKING.has(key) ? [...WORKING, ...OPENING] : [key]);
/** "Last year", «в прошлом году», «миналата година», «tavaly», «былтыр»: one year asked. */
const LAST_YEAR = /\blast year\b|в прошлом году|миналата година|(?:^|[^\p{L}])(?:tavaly|былтыр)(?![\p{L}])/iu;
/** "Since when", «с каких пор», «откога», «от коя година», «mióta», «қашаннан бері»: when a state began. */
const SINCE_ASKED = /\bsince (?:when|what year|which year)\b|с каких пор|с какого (?:года|времени)|откога|от кога|от коя година|от кое време|mióta|mikortól|melyik év óta|hány óta|қашаннан|қай жылдан/iu;
/** "How long has it been running", «сколько лет работает», «mennyi ideje»: a span of time, or the day it began. */
/** «Hányan», «mennyien»: how many people, with no noun for them. */
const PEOPLE_COUNT_ASKED = /(?:^|[^\p{L}])(?:hányan|mennyien)(?![\p{L}])/iu;
/** Words a count of people is told by: people, staff, jobs, and anyone a role names («представители на 25 компании»). */
const PEOPLE_KEYS: readonly string[] = [...['people_population', 'worker_staff', 'jobs', 'person_figure'].map((id) => `c:${id}`), ...PERSON_ROLE_KEYS];
const DURATION_ASKED = /\bhow long\b|\bhow much time\b|\bhow many (?:years|months|decades)\b|сколько (?:лет|месяцев|времени)|как (?:долго|давно)|колко (?:години|месеца|време)|колко дълго|от колко време|hány (?:éve|évig|hónapja|évtizede)|mennyi (?:ideje|ideig|idő)|hány év (?:alatt|múlva)|за (?:какой срок|сколько (?:лет|времени))|за колко (?:време|години)|milyen régóta|meddig|(?:неше|қанша) (?:жыл|ай|уақыт)|қашаннан бері/iu;
/**
 * "For how many years is it signed", «на сколько лет», «hány évre», «неше жылға»: a term ahead, which the day
 * something began does not tell (unlike "how long has it run").
 */
// ("validity", «срок действия», «срок на действие», «érvényességi ideje», «қолданылу мерзімі»: the term asked by its noun.)
const TERM_ASKED = /\bvalidity\b|\bvalid (?:until|till|for)\b|\bexpir(?:y|es|ation)\b|\bduration\b|срок(?:а|ом)? действия|срок на (?:действие|валидност)|валиден до|érvényesség\p{L}*|időtartam\p{L}*|lejár\p{L}*|қолданылу мерзім\p{L}*|әрекет ету мерзім\p{L}*|\bfor how (?:many (?:years|months)|long)\b|\bfor what (?:term|period)\b|\bhow long will\b|на (?:сколько (?:лет|месяцев)|какой срок|какой период)|на колко (?:години|месеца)|за какъв срок|hány (?:évre|hónapra)|mennyi időre|(?:неше|қанша) (?:жылға|айға)|қанша уақытқа/iu;
/** "Until when", «до какого года», «до кога», «meddig», «қай жылға дейін»: when a state ends. */
const UNTIL_ASKED = /\buntil (?:when|what|which)\b|\btill when\b|(?:^|[^\p{L}])до (?:какого|каких|кога|коя|кое|кой)(?![\p{L}])|meddig|melyik évig|қашанға дейін|қай (?:жылға|уақытқа|күнге) дейін/iu;
/** "until 2030", «до 2030 года», «2030-ig», «2030 жылға дейін»: the date a state ends at. */
const UNTIL_BEFORE = /(?:until|till|through|до|по)\s+(?:\p{L}+\s+)?$/iu;
const UNTIL_AFTER = /^(?:-?ig|\s*(?:жылға\s+|жылдың\s+\p{L}+\s+)?дейін)(?![\p{L}])/iu;
const endsAt = (text: string, fact: Fact) => UNTIL_BEFORE.test(text.slice(0, fact.at)) || UNTIL_AFTER.test(text.slice(fact.end));
/** Words of a span of time, which a duration's number counts. */
const TIME_UNITS = [...TIME_SPAN_CONCEPTS].map((id) => `c:${id}`);
/** "Time", "period", «idő», «időszak»: a span of time asked for in no unit of its own. */
const namesSpan = (t: QueryToken) => t.keys.includes('c:time') || t.keys.includes('c:period');
/** Words that put a date ahead ("expected", «ожидается», «очаква се», «várhatóan», «күтіледі», «планируется»). */
const EXPECTED = /\b(?:expected|scheduled|planned|will be)\b|(?:^|[^\p{L}])(?:ожида\p{L}*|планиру\p{L}*|очаква\p{L}*|планира\p{L}*|várhatóan|tervez\p{L}*|күтіл\p{L}*|жоспарла\p{L}*)(?![\p{L}])/iu;
/** "since 2009", «с 2009 года», «от 2009 г.», «2009 óta», «2009 жылдан бері»: a state that began at a date. */
const SINCE_DATE = /(?:^|[^\p{L}])(?:since|с|со|от)\s+\d{4}|\d{4}(?:\s*óta|-(?:tól|től|óta)|\s*(?:жылдан\s+)?бері)/iu;
const SINCE_DATES = new RegExp(SINCE_DATE.source, 'giu');
/** A state since a start: "since 2009", «с момента запуска», «от пускането», «elindítása óta», «іске қосылғаннан бері». */
const SINCE_STATE = new RegExp(`${SINCE_DATE.source}|\\bsince (?:its |the )?(?:launch|opening|start)\\b|с момента (?:запуска|открытия|основания)|от пускането|от откриването|óta(?![\\p{L}])|бері(?![\\p{L}])`, 'iu');
const MONTH_KEYS: ReadonlySet<string> = new Set([...MONTH_CONCEPTS].map((id) => `c:${id}`));
const MONTH_ORDER = [...MONTH_CONCEPTS];
/** "At what time", «в котором часу», «в колко часа», «hány órakor»: the hour, which a date alone does not tell. */
const CLOCK_ASKED = /\bat what time\b|\bwhat time of (?:the )?day\b|(?:^|[^\p{L}])(?:в котором часу|в какое время суток|в колко часа|по кое време|hány órakor|hánykor|сағат нешеде|сағат қаншада)(?![\p{L}])/iu;
/** A clock time, «22:05». */
const CLOCK = /\b\d{1,2}[:.]\d{2}\b(?![.,]\d)/u;
/** "Which date", «какого числа», «на коя дата», «hányadikán», «қай күні»: the day of the month is asked. */
// ("On what exact date", «точную дату», «pontos dátum», «нақты күні»: the day too.)
const DAY_ASKED = /\b(?:what|which) (?:date|day)\b|\b(?:exact|precise) (?:date|day)\b|(?:^|[^\p{L}])(?:какого числа|в какой день|на коя дата|коя дата|в кой ден|hányadikán|melyik napon|қай күні|нешесінде|точн\p{L}* дат\p{L}*|точна\p{L}* дата|pontos dátum\p{L}*|pontos nap\p{L}*|нақты күн\p{L}*)(?![\p{L}])/iu;
/** "Which month", «в каком месяце», «в кой месец», «melyik hónapban», «қай айда»: the month at least. */
const MONTH_ASKED = /\b(?:what|which|in which) month\b|(?:^|[^\p{L}])(?:в каком месяце|какой месяц|в кой месец|кой месец|melyik hónap\p{L}*|қай ай\p{L}{0,3}|қандай ай\p{L}{0,3})(?![\p{L}])/iu;
/** What a passage in the conditional mood gains when the question asks in it ("what would it mean if…"). */
const SAME_MOOD = 0.2;
/** What a passage that adds to what was said ("also") gains when the question asks "besides X, what else". */
const ADDS_TO_KNOWN = 0.2;
/** How far before a name (in characters) the role that titles it may stand, and the penalty of a person it does not title. */
const TITLE_REACH = 90;
/** Characters a role's own phrase reaches after it («посла США в Индии»), up to a clause mark. */
const ROLE_PHRASE = 50;
const CLAUSE_MARK = /[,;:.()\n—–]/u;
/** Bonus of a window that names one of the options a question offers ("freight or passenger?"). */
const CHOICE_HELD = 0.1;
/** Bonus of a window that gives a total, where the question asks for one ("how much in total"), and share of the best window it must hold. */
const TOTAL_HELD = 0.1;
const TOTAL_TIE = 0.9;
const TOTAL = 'c:total';
/** Bonus of an open question's window whose matching sentence holds the question's head noun. */
const HEAD_HELD = 0.15;
const INCLUDE = 'c:include';
const NEXT = 'c:next_upcoming';
/** "The *next* session", «келесі жолы»: an occasion still to come. */
const asksNextOne = (tokens: QueryToken[]) => tokens.some((t) => t.keys.includes(NEXT));
/** How close to the best a passage naming another of everyone asked for must score. */
const EVERY_ONE = 0.6;
const YEAR = /^(?:19|20)\d\d$/u;
/** A country whose idf is this share of an unseen word's is one the sources seldom mention. */
const RARE_PLACE = 0.5;
/** A sentence share below which a window is not about the question at all. */
const MIN_OWN = 0.2;
/** Paragraphs that open an article: its title and a lead of two. */
const LEAD_PARAGRAPHS = 3;
/** A window must hold as much of the question as the relevance gate asks of the sources (and this much of its file's best) to state its fact. */
const FACT_WINDOW = { absolute: 0.45, ofFileBest: 0.6 };
/** Sources "talk about the subject" when a sentence holds this much of the question. */
const SUBJECT_TALK = 0.35;
const MAX_QUOTE_CHARS = 420;
/** "Word for word", «дословно», «szó szerint», «сөзбе-сөз»: the question asks for someone's very words. */
const VERBATIM = /\b(?:verbatim|word for word|exact words|exact quote)\b|дословн|буквальн|слово в слово|точные слова|буквално|дословно|точните думи|дума по дума|szó szerint|szószerint|pontos szavai|сөзбе-сөз|сөзін дәл/iu;
/** Characters between two retrieved chunks of one article that are read as well (about a chunk). */
const GAP_READ = 700;
/** How many sentences back the question's subject may have been named. */
const SUBJECT_REACH = 3;
/** How far (in characters) past a date its hour may stand: «22 Септември, 2025 22:05». */
const CLOCK_REACH = 12;
/** How many paragraphs of quotes and "he said" may follow the one that names the speaker. */
const SPEAKER_REACH = 4;
const MAX_QUOTES = 3;
/** What a passage that never names the question's subject loses against one that does. */
const OFF_SUBJECT = 0.3;
/** Characters a fact may stand further from the question's words for each more of them its clause holds. */
const CLAUSE_WORD = 20;
/** What a passage loses that is not in the words of the source the question names ("according to the experts"): as much as one off the subject. */
const UNATTRIBUTED = OFF_SUBJECT;
/** The verbs of saying and holding a view, as a sentence's keys hold them. */
const SPEECH_KEYS: readonly string[] = [...SPEECH_CONCEPTS].map((id) => `c:${id}`);
/** A sentence that quotes someone, or tells what they said or think. */
const QUOTE_MARK = /["«»„“”]/u;
const speaks = (s: Sentence) => QUOTE_MARK.test(s.text) || saysInEnglish(s.text) || SPEECH_KEYS.some((k) => s.keys.has(k));
/** What is done by speaking: a promise, a speech («Beszédében Tokajev … támogatást ígért»). */
const SPOKEN_ACTS: readonly string[] = ['c:promise', 'c:speech'];
/** Thanking, welcoming, congratulating: how someone answers another («Лутник благодари…»), as well as in words. */
const ANSWERING_KEYS: readonly string[] = ['thank', 'welcome', 'congratulate'].map((id) => `c:${id}`);
/** Acts done to someone, which they may answer: thanking, welcoming, congratulating, inviting, proposing. */
const ACTS_ANSWERED: readonly string[] = [...ANSWERING_KEYS, 'c:invite', 'c:offer_propose'];
/** A word's rest, then first names at most, up to where the name stands: «поздравил *Серджио* Гора». */
const NAMED_RIGHT_AFTER = /^[\p{L}-]*\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u;
/** "…reported *that*…", «съобщи, *че*…», «*hogy*», «…*деп* хабарлады»: the words that open what a speaker reports. */
const REPORTED = /(?:^|[^\p{L}])(?:that|что|че|hogy|деп)(?![\p{L}])/iu;
/** A verb of saying with a name right after it, its subject: «сообщает *Zakon.kz*», "said *Lutnick*". */
const INVERTED_SPEAKER = /^[\p{L}-]+\s+\p{Lu}/u;

/**
 * Whether the one asked about speaks in a sentence: named there, and not only inside what someone else reports
 * («Пресслужбата съобщи, че той се е срещнал с … Шварцман»: the press office speaks, Schwarzman is spoken of).
 */
function speaksIn(sentence: Sentence, speaker: QueryToken, answeringVerbs: readonly string[], actsAnswered: readonly string[] = []): boolean {
  const verbs = [...SPEECH_KEYS, ...SPOKEN_ACTS, ...answeringVerbs];
  if (!namesAny(sentence, [speaker]) || !(speaks(sentence) || verbs.some((k) => sentence.keys.has(k)))) return false;
  // ("How did Gor respond to the congratulations?": «Президент поздравил Серджио Гора…, отметив…» is the act he answers,
  // its doer speaking; named right after its verb, he is whom it was done to.)
  const acts = sentence.termAt.filter((t) => actsAnswered.includes(t.key)).map((t) => t.at);
  const doneTo = (at: number) => acts.some((act) => act < at && NAMED_RIGHT_AFTER.test(sentence.text.slice(act, at)));
  if (acts.length && sentence.termAt.every((t) => !speaker.keys.includes(t.key) || doneTo(t.at))) return false;
  const said = sentence.termAt.filter((t) => verbs.includes(t.key)).map((t) => t.at);
  // (And «…с компанией Wabtec на сумму 4,2 млрд, *сообщает Zakon.kz*», "…, said Lutnick": a verb after a comma with a
  // name right after it has its speaker there; what stands before is what is reported.)
  const inverted = (verb: number) => INVERTED_SPEAKER.test(sentence.text.slice(verb));
  const reported = (at: number) => said.some((verb) => (verb < at ? REPORTED.test(sentence.text.slice(verb, at)) : REPORTED.test(sentence.text.slice(at, verb)) || (/[,—–]\s*$/u.test(sentence.text.slice(at, verb)) && inverted(verb))));
  return !said.length || sentence.termAt.some((t) => speaker.keys.includes(t.key) && !reported(t.at));
}

interface Sentence {
  /** Offsets in the source file. */
  start: number;
  end: number;
  text: string;
  keys: Set<string>;
  /** Offsets of the sentence's terms by key, for finding the fact nearest to the question's words. */
  termAt: Array<{ key: string; at: number }>;
  /** The proper names it mentions (spelling skeletons of capitalised words that are no known concept: Wabtec, not Kazakhstan). */
  names: Set<string>;
  boilerplate: boolean;
  /** The terms of the subheading right above it («Ключевые направления сотрудничества»), which label what follows. */
  heading?: Set<string>;
  /** The terms of the last subheading above it, however far: what its section is about («Segítség felajánlása Gázának»). */
  section?: Set<string>;
  /** A subheading, which labels what follows and says nothing itself. */
  isLabel: boolean;
  /** Which line of the file it is on: a window never crosses a line break. */
  line: number;
  facts: Map<FactKind, Fact[]>;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/** An article's opening paragraphs, which tell what it is about. */
function openingOf(sentences: Sentence[]): Sentence[] {
  const text = sentences.filter((s) => !s.boilerplate);
  const lines = [...new Set(text.map((s) => s.line))].slice(0, LEAD_PARAGRAPHS);
  return text.filter((s) => lines.includes(s.line));
}

/** The text of a source file, so that a window may reach across the cut between two chunks. */
export type DocumentText = (file: string) => string | undefined;

const MAX_CACHED_DOCUMENTS = 2000;
/** Each file's sentences with their terms, computed once per text (the same articles answer question after question). */
const sentenceCache = new Map<string, { text: string; sentences: Sentence[] }>();

/**
 * A sentence whose terms are analysed when first read: the answerer reads the sentences of its hits and
 * their neighbours, not every sentence of every article they come from (an article of 8 paragraphs
 * would cost its whole analysis on the first question about it).
 */
class ArticleSentence implements Sentence {
  readonly facts = new Map<FactKind, Fact[]>();
  private terms?: { keys: Set<string>; termAt: Array<{ key: string; at: number }>; names: Set<string> };

  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly boilerplate: boolean,
    readonly line: number,
    private readonly lang: Lang,
    /** The subheading right above it, if any. */
    private readonly subheading?: ArticleSentence,
    /** The last subheading above it, if any. */
    private readonly sectionHeading?: ArticleSentence,
  ) {}

  get keys(): Set<string> {
    return this.analysed().keys;
  }

  get termAt(): Array<{ key: string; at: number }> {
    return this.analysed().termAt;
  }

  get names(): Set<string> {
    return this.analysed().names;
  }

  get heading(): Set<string> | undefined {
    return this.subheading?.keys;
  }

  get section(): Set<string> | undefined {
    return this.sectionHeading?.keys;
  }

  /** Whether it is a subheading: it labels what follows, and says nothing itself. */
  isLabel = false;

  labelling(): this {
    this.isLabel = true;
    return this;
  }

  private analysed() {
    if (!this.terms) {
      const tokens = tokenize(this.text);
      const terms = termsOf(this.text, this.lang, tokens);
      // (A country of the world list is named as a company is: "Austria" in an article on Austria.)
      const conceptual = new Set(terms.filter((t) => isConceptualKey(t.key)).map((t) => t.token));
      this.terms = {
        keys: new Set([...terms.map((t) => t.key), ...ordinalKeys(terms), ...qualifiedKeys(this.text, tokens, terms, this.lang)]),
        termAt: terms.map((t) => ({ key: t.key, at: tokens[t.token]!.start })),
        names: new Set(terms.filter((t) => t.key.startsWith('s:') && !conceptual.has(t.token)).map((t) => t.key)),
      };
    }
    return this.terms;
  }
}

/** "Which one in a row": the question holds an ordinal interrogative («hányadik», «кое по ред»). */
export const asksOrdinal = (tokens: QueryToken[], asked?: Pick<AskedFor, 'inRow'>) => tokens.some((t) => ordinalAsked(t, asked));
/** "Was it his *first* visit?": a question that asks for no fact but checks a place in a row. */
export const checksPlaceInRow = (tokens: QueryToken[], asked: AskedFor) =>
  (asked.yesNo || (asked.kind === 'other' && !asked.head)) && !asksOrdinal(tokens) && tokens.some((t) => t.keys.some((k) => ORDINAL_CONCEPTS.has(k)));
/** The word of a question that asks for a place in a row, or (read so) checks one. */
const ordinalAsked = (t: QueryToken, asked?: Pick<AskedFor, 'inRow'>) => t.keys.includes('c:ordinal') || (!!asked?.inRow && t.keys.some((k) => ORDINAL_CONCEPTS.has(k)));
/** Concepts that put a thing in a row: first, second… (the broad 'ordinal' takes them in, see hierarchy.ts). */
export const ORDINAL_CONCEPTS: ReadonlySet<string> = new Set(narrowerConcepts('ordinal').map((id) => `c:${id}`));

/**
 * «Вторая командировка», "the second visit": `o:visit` for an ordinal word and a concept of one of the two words
 * after it, so "which visit in a row" is held by the sentence that numbers a visit, not by "the second half".
 */
function ordinalKeys(terms: ReadonlyArray<{ key: string; token: number }>): string[] {
  const keys: string[] = [];
  for (const ordinal of terms) {
    if (!ORDINAL_CONCEPTS.has(ordinal.key)) continue;
    for (const t of terms) if (t.key.startsWith('c:') && t.token > ordinal.token && t.token <= ordinal.token + 2) keys.push(`o:${t.key.slice(2)}`);
  }
  return keys;
}

/**
 * «грузовых локомотивов», «товарни локомотиви»: `q:locomotive` for a concept whose word follows an adjective, so
 * "what kind of locomotives" is held by the sentence that says which kind.
 */
function qualifiedKeys(text: string, tokens: Token[], terms: ReadonlyArray<{ key: string; token: number }>, lang: Lang): string[] {
  const keys: string[] = [];
  for (const t of terms) {
    const before = tokens[t.token - 1];
    if (!t.key.startsWith('c:') || !before || !looksAdjectival(before.word, lang) || isStopword(before.word, lang)) continue;
    if (/^\s+$/u.test(text.slice(before.end, tokens[t.token]!.start))) keys.push(`q:${t.key.slice(2)}`);
  }
  return keys;
}

function sentencesOf(file: string, text: string, lang: Lang, title: string): Sentence[] {
  const cached = sentenceCache.get(file);
  if (cached && cached.text === text) return cached.sentences;
  let line = 0;
  let counted = 0;
  let headlineSeen = false;
  let previous: ArticleSentence | undefined;
  let section: ArticleSentence | undefined;
  const sentences = splitSentences(text, lang).flatMap((span): Sentence[] => {
    // A scraped "date 2025-11-07" field before an article's first sentence is metadata: never quoted.
    const start = span.start + (DATE_HEADER.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
    if (start >= span.end) return [];
    for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
    const body = text.slice(start, span.end);
    const headline = isHeadline(body, title);
    const boilerplate = isBoilerplate(body) || (headline && headlineSeen);
    headlineSeen ||= headline;
    const subheading = previous && isSubheading(previous, text) ? previous.labelling() : undefined;
    // (A photo credit on a line of its own opens no section.)
    if (subheading && !subheading.boilerplate) section = subheading;
    const sentence = new ArticleSentence(start, span.end, body, boilerplate, line, lang, subheading, section);
    previous = sentence;
    return [sentence];
  });
  if (sentenceCache.size >= MAX_CACHED_DOCUMENTS) sentenceCache.clear();
  sentenceCache.set(file, { text, sentences });
  return sentences;
}

/** A line of its own, of a few words and no closing punctuation, between paragraphs: a subheading. */
function isSubheading(span: { start: number; end: number }, text: string): boolean {
  const body = text.slice(span.start, span.end).trim();
  const words = body.split(/\s+/).length;
  // Looks only at the characters around the span: a long paragraph must not be rescanned for each sentence.
  const ownLine = (span.start === 0 || text[span.start - 1] === '\n') && /^[^\S\n]*\n/.test(text.slice(span.end, span.end + 80));
  return ownLine && words >= 2 && words <= 8 && !/[.!?…:;,»"]$/u.test(body);
}

const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((id) => `c:${id}`));

/** The weekdays a sentence names («csütörtökön», "on Thursday"), as dates. */
function weekdayFacts(sentence: Sentence): Fact[] {
  return sentence.termAt.filter((t) => WEEKDAYS.has(t.key)).map(({ at }) => {
    const word = /^[\p{L}-]+/u.exec(sentence.text.slice(at))?.[0] ?? '';
    return { kind: 'date' as const, text: word, at, end: at + word.length };
  });
}

function factsIn(sentence: Sentence, kind: FactKind, lang: Lang): Fact[] {
  let facts = sentence.facts.get(kind);
  if (!facts) sentence.facts.set(kind, (facts = factsOfKind(sentence.text, kind, lang)));
  return facts;
}

/** The surnames of the people an article names in full («Хауърд Лутник»), by stem. */
function surnamesIn(sentences: Sentence[], lang: Lang): ReadonlySet<string> {
  const names = sentences.flatMap((s) => factsIn(s, 'person', lang)).map((f) => f.text.split(/\s+/)).filter((words) => words.length > 1);
  return new Set(names.map((words) => stemKey(words[words.length - 1]!.toLowerCase(), lang)));
}

/** «*Лутник* също благодари…»: a sentence that opens with the surname of someone the article named in full, who is a person. */
function openingSurname(sentence: Sentence, surnames: ReadonlySet<string>, lang: Lang): Fact[] {
  const m = /^\s*(\p{Lu}\p{Ll}+)(?![\p{L}-])/u.exec(sentence.text);
  if (!m || !surnames.has(stemKey(m[1]!.toLowerCase(), lang))) return [];
  const at = m[0].length - m[1]!.length;
  return [{ kind: 'person', text: m[1]!, at, end: at + m[1]!.length }];
}

const QUOTE_OPENING = /^\s*["«„“]/u;
const QUOTE_MARKS = new RegExp(QUOTE_MARK.source, 'gu');
/** How much a passage in the words of the one the question asks about beats one that only names them. */
const OWN_WORDS = 0.2;

/** The text of the sentences used, as the source writes them, leaving out a photo credit or a byline between them. */
/** `scene`: the first sentence sets the scene from further back in the article; what lies between is left out, and marked so. */
function quoteOf(used: Sentence[], sentences: Sentence[], text: string, scene = false): string {
  let quote = '';
  used.forEach((u, k) => {
    const previous = used[k - 1];
    if (previous) quote += scene && k === 1 ? ' […] ' : sentences.some((s) => s.boilerplate && s.start >= previous.end && s.end <= u.start) ? '\n\n' : text.slice(previous.end, u.start);
    quote += text.slice(u.start, u.end);
  });
  return quote;
}

/**
 * The sentence of sentence i's line at which a quotation still open at sentence i's start opens (i when none is):
 * a mark after a space or at the line's start opens a quotation, one after a letter or punctuation closes it
 * (so «», „“, “” and straight quotes all read right).
 */
function quoteOpenedAt(sentences: Sentence[], i: number, text: string): number {
  const opened: number[] = [];
  for (let j = paragraphStart(sentences, i); j < i; j++) {
    const sentence = sentences[j]!;
    for (const mark of sentence.text.matchAll(QUOTE_MARKS)) {
      const before = text[sentence.start + mark.index - 1];
      if (before === undefined || /[\s(]/u.test(before) || mark.index === 0) opened.push(j);
      else opened.pop();
    }
  }
  return opened[0] ?? i;
}
/** A line that opens a list, or an item that more items follow. */
const LIST_GOES_ON = /[:;]\s*$/u;

/**
 * Two sentences of one line that share a name or a concept, or the second opens as a continuation; or the
 * first sentence of the next paragraph, when it names the same company or person (news paragraphs are short:
 * «…met Blackstone's CEO.» / «During the talk, Blackstone's CEO was invited to…»).
 */
function continues(previous: Sentence, next: Sentence, lang: Lang): boolean {
  if (previous.boilerplate || next.boilerplate) return false;
  // «Токаев встретился с:» / «государственным секретарем США Марко Рубио;» / …: a list's items carry on its opening.
  if (previous.line !== next.line) return LIST_GOES_ON.test(previous.text) || [...next.names].some((name) => previous.names.has(name));
  if (opensContinuation(next.text, lang)) return true;
  for (const key of next.keys) if ((key.startsWith('s:') || key.startsWith('c:')) && previous.keys.has(key)) return true;
  return false;
}

// "In the presence of the president…": a witness, not a party (who signed, who agreed).
const PRESENCE_ASKED = /(?:^|[^\p{L}])(?:пред (?:кой|коя|кого|кои)|перед (?:кем|каким|какой|которым)|in front of (?:whom|which|what)|before (?:whom|which (?:minister|official|leader|president))|кімнің алдында)(?![\p{L}])/iu;
const PRESENCE = /(?:в присутствии|при участии|в присъствието на|in the presence of|jelenlétében|részvételével|қатысуымен|қатысуында)\s+(?:\p{L}+\s+){0,4}$/iu;

/**
 * "with the help of X and Y", «X és Y segítségével»: those who help, not the one who does it ("who builds the
 * clinic" is the sentence's subject), unless the question asks for the helper ("with which health system").
 */
const HELPER_WORDS_BEFORE = 'with the help of|with the support of|with support from|при поддержке|с помощью|при содействии|с помощта на|с подкрепата на|със съдействието на';
const HELPER_WORDS_AFTER = 'segítségével|támogatásával|közreműködésével|көмегімен|қолдауымен';
const HELPER_BEFORE = new RegExp(`(?:${HELPER_WORDS_BEFORE})\\s+[^.;:!?]{0,60}$`, 'iu');
const HELPER_AFTER = new RegExp(`^[^.;:!?]{0,60}?\\s(?:${HELPER_WORDS_AFTER})(?![\\p{L}])`, 'iu');
/** A sentence that tells of helpers at all. */
const TELLS_HELPERS = new RegExp(`(?:${HELPER_WORDS_BEFORE}|${HELPER_WORDS_AFTER})`, 'iu');
const TAKING_PART: ReadonlySet<string> = new Set(['c:partner', 'c:participate']);
const ASKS_FOR_HELPER = /(?:\bwith (?:which|whom|what)\b|\bwhose help\b|(?:^|\s)(?:с|със) (?:каким|какой|какими|кем|чьей|коя|кой|кои|кого)(?![\p{L}])|kivel|melyikkel|segítségével|кіммен|көмегімен)/iu;
const helped = (text: string, fact: Fact) => HELPER_BEFORE.test(text.slice(0, fact.at)) || HELPER_AFTER.test(text.slice(fact.end));
/**
 * "For whom", «для кого», «за кого», «kinek», «кім үшін»: the one something is made or done for (not «kinek *az*
 * üzeme», whose plant).
 */
// (Or for which one of a kind: "for which company", «для какой компании», «за коя компания», «melyik cég számára»,
// «қай компания үшін».)
const FOR_WHOM = /\bfor whom\b|\bwho\b[^?]*\bfor\s*\?|\bfor (?:which|what) (?!purpose|reason|end)|(?:^|[^\p{L}])(?:для кого|за кого|kinek(?!\s+az?\s)|kiknek(?!\s+az?\s)|кім үшін|кімдер үшін|для (?:какой|какого|каких|которой|которого|которых)|за (?:коя|кой|кои|кое)|(?:melyik|milyen) \p{L}+ (?:számára|részére)|(?:melyik|milyen)(?: \p{L}+)? \p{L}+(?:nak|nek)(?!\s+az?\s)|(?:қай|қандай) \p{L}+ үшін)(?![\p{L}])/iu;
/** The one something is for, as a passage marks it: "for KTZ", «для КТЖ», «за КТЖ», «a KTZ számára», «ҚТЖ үшін». */
const FOR_BEFORE = /(?:^|[^\p{L}])(?:for|для|за)\s+(?:the\s+)?$/iu;
const FOR_AFTER = /^[-\s]*(?:számára|részére|үшін)(?![\p{L}])/iu;
const markedFor = (text: string, fact: Fact) => FOR_BEFORE.test(text.slice(Math.max(0, fact.at - 12), fact.at)) || FOR_AFTER.test(text.slice(fact.end, fact.end + 12)) || /\p{L}(?:nak|nek)$/u.test(fact.text);
/** "Whose", «чей», «чий», «kinek az», «кімнің»: the one something belongs to, not the one it is for. */
const WHOSE = /\bwhose\b|(?:^|[^\p{L}])(?:чей|чья|чьё|чье|чьи|чьим|чьей|чьего|чьих|чий|чия|чие|чии|kinek\s+az?|kiknek\s+az?|кімнің)(?![\p{L}])/iu;
/** How much a fact for whom the passage does not mark as the one something is for weighs less than one it does. */
const UNMARKED_FOR = 0.15;
/** How far (in characters) such a fact stands behind a marked one of the same window. */
const UNMARKED_FOR_REACH = 150;
/** Countries a sentence lists for a figure they reach together to be a group's. */
const GROUP = 3;
/** How far (in characters) a helper stands behind the one who acts. */
const HELPER = 150;

/** The next paragraph carries on the passage: it continues it, opens with direct speech, or points back. */
const carriesOn = (last: Sentence, next: Sentence, lang: Lang) => continues(last, next, lang) || QUOTE_OPENING.test(next.text) || opensContinuation(next.text, lang);

// «…, сообщает Lada.kz со ссылкой на Акорду», "according to Reuters", «írja az MTI»: the outlet a report
// cites is where the news came from, not a place, party or person it tells of.
const CITING_BEFORE = /(?:со ссылкой на|ссылаясь на|сообщает|сообщают|сообщил[аи]?|пишет|пишут|передает|передаёт|по данным|по информации|съобщава|съобщи|според|позовавайки се на|пише|according to|citing|reports|reported by|writes|jelenti|írja|közölte|хабарлайды|жазады)\s+(?:\p{L}+\s+){0,2}$/iu;
const CITING_AFTER = /^\s*(?:szerint|közlése szerint|értesülése szerint|írja|jelentette|мәліметінше|хабарлауынша|сілтеме жасап|деп хабарлады|деп жазады)(?![\p{L}])/iu;
const citesSource = (text: string, fact: Fact) => CITING_BEFORE.test(text.slice(0, fact.at)) || CITING_AFTER.test(text.slice(fact.end));

/**
 * A fact whose words all match the question's terms, in any script, only repeats it: "Ерсайын
 * Нагаспаев" for "Yersaiyn Nagaspayev", «Акорду» for "Akorda" (compared by stem and by consonant skeleton).
 */
function restatesQuestion(fact: Fact, lang: Lang, asked: ReadonlySet<string>): boolean {
  // (A figure of one digit counts: «7 milliárd dollár» is no restatement of "how many billion dollars".)
  const words = tokenize(fact.text).filter((t) => t.word.length > 1 || isNumber(t.word));
  return words.length > 0 && words.every((t) => heldBy(t.word, lang, asked));
}

/**
 * A word of a passage among a question's keys: by its consonants, or by its stem in any language of its
 * script, since the question may inflect it otherwise («Тоқаевпен» asks about the Russian «Токаев»).
 */
function heldBy(word: string, lang: Lang, keys: ReadonlySet<string>): boolean {
  if (keys.has(`s:${skeletonOf(foldWord(word, lang))}`)) return true;
  const script = scriptOfWord(word);
  return LANGS.some((l) => scriptOfLang(l) === script && keys.has(`w:${stemKey(word, l)}`));
}

/**
 * A name whose head (its last word: the surname, «Tokajev») is one of the given names, in any script or case
 * form; «Blackstone Стивън Шварцман» only says whose the person is.
 */
function headNamed(fact: Fact, lang: Lang, names: ReadonlySet<string>): boolean {
  const head = tokenize(fact.text).at(-1)?.word;
  return Boolean(head && head.length > 1 && heldBy(head, lang, names));
}

/** A company name whose first word (its own: «Ashmore Group», "Wabtec Kazakhstan") is one of the given names. */
function ownerNamed(fact: Fact, lang: Lang, names: ReadonlySet<string>): boolean {
  const first = tokenize(fact.text)[0]?.word;
  return Boolean(first && first.length > 1 && heldBy(first, lang, names));
}

/** The lowercase words of a text, in order. */
const lowerWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** The words of the question, so a "fact" that merely repeats the question is skipped. */
const wordsOf = (text: string) => new Set(lowerWords(text));

/**
 * Picks the evidence that answers the question. Each sentence that holds some of the question's
 * information anchors a window: itself and the neighbours of its line that continue its subject.
 * For a question asking for a fact (how many, how much, when, who, where), the fact must stand in that
 * window, near the question's words, and the window must be about the question about as much as the
 * best window of its own article. When the sources talk about the subject but no window states the
 * fact, the answer is "not stated", with the closest passages.
 */
export function selectEvidence(
  hits: Hit[],
  tokens: QueryToken[],
  asked: AskedFor,
  question: string,
  informationOf: (t: QueryToken) => number,
  documentText: DocumentText = () => undefined,
): ExtractiveOutcome {
  // "What was the weather", "which films", "what *tariff* rate": what is asked about is something the sources
  // never mention. A head that names the kind of answer ("which month", "which company", "what price") is no subject.
  // ("In what *currency*": a word for the figure asked for names no subject either.)
  // ("What *share* is local", «өндіріс *үлесі* қанша пайыз»: a share is the percent asked for.)
  const namesFigure = asked.head?.keys.some((k) => k === 'c:currency' || (k.startsWith('c:') && AMOUNT_CONCEPTS.has(k.slice(2))) || (asked.kind === 'percent' && k === 'c:share_stake'));
  // (Unless the question's other words speak of the same field: "for which *flights* will Air Astana use the
  // Dreamliners" asks about aviation, which the sources tell in words of their own, «transzatlanti kapcsolat».)
  const headInField = asked.head !== undefined && inFieldOf(asked.head, tokens);
  if (asked.head?.status === 'absent' && !namesFigure && !headInField && (OPEN_KINDS.has(asked.kind) || (MEASURED_KINDS.has(asked.kind) && !asked.answerType?.includes(asked.head)))) return { kind: 'none' };
  // "Which bank finances the plant?" when the sources never mention a bank: the companies they do name are not
  // known to be one. (A person's role, "which official", is often left unsaid where the person is named.)
  // ("Which agency", "which body": any organisation may be one, whatever the sources call it; "which manufacturer", any
  // company.)
  if (asked.head?.status === 'absent' && asked.kind === 'organisation' && !asked.head.keys.some((k) => GENERIC_ORGANISATION.has(k) || COMPANY_HEAD_KEYS.has(k))) return notStated(hits, tokens, question, informationOf, documentText);
  const windows = rankWindows(hits, tokens, asked, question, informationOf, documentText);
  if (!FACT_KINDS.has(asked.kind)) {
    // "…, and why do they need them?": a later clause of its own is answered by the sentence that goes on from the
    // first part's passage when that reads as the answer asked for, a reason or a list ("…about 17 billion dollars,
    // and in which areas?"), else by its one best passage the first part's answer does not already quote.
    const goesOn = asked.ownClause && asked.quoted?.[0] ? followingSentence(asked.quoted[0], documentText) : undefined;
    if (goesOn && SHAPE[asked.kind]?.(goesOn.hit.chunk.lang).test(goesOn.text)) return { kind: 'answer', quotes: [goesOn] };
    const unquoted = asked.ownClause ? windows.filter((w) => !(asked.quoted ?? []).some((q) => overlaps(q, w))) : windows;
    if (windows.length) return { kind: 'answer', quotes: chooseQuotes(unquoted.length ? unquoted : windows, asked.ownClause ? 1 : MAX_QUOTES) };
    // "Which visit in a row" when no passage numbers it, "did Uzbekistan sign with Wabtec" when none tells of both,
    // "what did Rubio say" when he says nothing there: the sources talk about it without saying.
    return asksOrdinal(tokens, asked) || asked.yesNo || asked.speaker ? notStated(hits, tokens, question, informationOf, documentText) : { kind: 'none' };
  }
  // The fact must come from a window about the question: judged against the best window of the same
  // article (an article in another language may phrase the question better), and never from a side remark.
  const statingOf = (ranked: Evidence[]) => {
    const bestOfFile = new Map<string, number>();
    for (const w of ranked) bestOfFile.set(w.hit.chunk.file, Math.max(bestOfFile.get(w.hit.chunk.file) ?? 0, w.window));
    return ranked.filter((w) => Math.max(w.window, w.described ?? 0) >= FACT_WINDOW.absolute && w.window >= FACT_WINDOW.ofFileBest * bestOfFile.get(w.hit.chunk.file)!);
  };
  let stating = statingOf(windows);
  // ("Did Wabtec invest 300 million in the plant?": an amount a yes/no question claims may be wrong; where no passage
  // with it states the fact, one without it may, «более 230 млн долларов». A count it gives is likelier what it is
  // about: "the 300 locomotives".)
  if (!stating.length && asked.yesNo && asked.kind === 'money') stating = statingOf(rankWindows(hits, tokens, asked, question, informationOf, documentText, false));
  // "In New York" answers "where" better than "the US will deliver…" does.
  const located = asked.kind === 'place' ? stating.filter((w) => w.facts[0] && !w.facts[0].weak) : [];
  if (stating.length) return { kind: 'answer', quotes: chooseQuotes(located.length ? located : stating, MAX_QUOTES, asked.wantsAll && NAME_KINDS.has(asked.kind)) };
  // "How long has the plant been running?" when no passage counts the years: since when it has («С 2009 года работает»).
  if (asked.kind === 'count' && DURATION_ASKED.test(question) && !TERM_ASKED.test(question)) {
    const since = selectEvidence(hits, tokens, { ...asked, kind: 'date', focus: undefined, since: true }, question, informationOf, documentText);
    // (Only of what the passage says has gone on since: the plant that works since 2009 tells nothing of how long its
    // service contract runs, or its deliveries take.)
    const sinceSentences = (text: string, lang: Lang) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end)).filter((s) => SINCE_DATE.test(s));
    // (Of this part's words: "…, and how many has it delivered?" asks its own.)
    const own = tokens.filter((t) => !asked.otherParts?.includes(t) && !asked.laterClause?.includes(t));
    if (since.kind === 'answer' && since.quotes.some((q) => sinceSentences(q.text, q.hit.chunk.lang).some((s) => holdsEveryThing(s, q.hit.chunk.lang, own)))) return since;
  }
  // Names are hard to extract ("the American Chamber of Commerce" is mostly lowercase): when no window
  // names one, the best passage still answers, with no lead; only a missing figure or date is "not stated".
  // A city or a country always has a name: with none stated, the passage does not answer "which city".
  if (PASSAGE_FALLBACK_KINDS.has(asked.kind) && !asksForNamedPlace(asked) && !(asked.kind === 'place' && asksNextOne(tokens))) {
    // ("Which ministry signed the Wabtec deal?": not a passage that names no ministry, or only another deal's; a
    // minister's title names his ministry, «министр промышленности».)
    const kind = particularOrganisation(asked);
    const names = subjectNames(tokens);
    const tellsKind = (w: Evidence) => {
      const terms = termsOf(w.text, w.hit.chunk.lang);
      const at = (t: QueryToken) => terms.filter((term) => t.keys.includes(term.key)).map((term) => term.token);
      // (The minister titling the one asked about: «министр промышленности … Ерсайын Нагаспаев».)
      const titles = (name: QueryToken) => terms.some((m) => kind.some((k) => m.key === HEAD_OF_KIND[k]) && at(name).some((n) => n > m.token && n - m.token <= TITLE_WORDS));
      // (Of the one asked about, when the question names anyone: «Нагаспаев … кое министерство ръководи той?».)
      const titled = (k: string) => HEAD_OF_KIND[k] !== undefined && (names.length ? names.some(titles) : terms.some((m) => m.key === HEAD_OF_KIND[k]));
      return (!names.length || names.some((t) => at(t).length > 0)) && kind.some((k) => terms.some((t) => t.key === k) || titled(k) || NAME_OF_KIND[k]?.test(w.text));
    };
    const passages = rankWindows(hits, tokens, { ...asked, kind: 'other' }, question, informationOf, documentText).filter((w) => !kind.length || tellsKind(w));
    if (passages.length) return { kind: 'answer', quotes: chooseQuotes(passages) };
  }
  return notStated(hits, tokens, question, informationOf, documentText);
}

/** Whether a word's concept shares a broader one with a concept another word of the question names and the sources hold (flights, Dreamliners: aviation). */
function inFieldOf(word: QueryToken, tokens: QueryToken[]): boolean {
  return tokens.some((t) => t !== word && t.status === 'seen' && keysShareBroader(word.keys, t.keys));
}

/** The concepts a question's word names a thing by in its own words: not a name's ("Orlan *Motors*"), a place's, or an amount's. */
const ownThingKeys = (t: QueryToken): string[] => (t.named || t.weight <= 0 ? [] : t.keys.filter((k) => isConceptualKey(k) && !isPlaceKey(k) && !AMOUNT_KEYS.has(k)));

/** Whether a question's word names a thing, not what happens to it or when: the Astana *plant*, the *delegation*. */
export const namesThing = (t: QueryToken): boolean => ownThingKeys(t).some((k) => !EVENT_CONCEPTS.has(k) && !TIME_UNITS.includes(k));

/**
 * Whether a text holds every thing a question speaks of in its own words (not a name's, a place's, an amount's or a
 * span's, nor its working or making things, which is what has gone on since: "how long has it worked", "over how many
 * years has it built locomotives" of «since 2012 it has run»).
 */
function holdsEveryThing(text: string, lang: Lang, tokens: QueryToken[]): boolean {
  const keys = new Set(termsOf(text, lang).map((t) => t.key));
  const things = tokens.filter((t) => !t.keys.some((k) => WORKING.has(k) || MAKING.has(k) || k === 'c:build') && ownThingKeys(t).some((k) => !TIME_UNITS.includes(k)));
  return things.every((t) => t.keys.some((k) => holdsKey(keys, k)));
}

/**
 * The names a part of a two-part question is about: those of its own clause, when it names any ("How much were the
 * C5+1 deals worth, and when did Wabtec open its centre?": Wabtec is no subject of the worth), else every one ("How
 * much is the Wabtec deal worth, and when was it signed?").
 */
function ownClauseNames(names: QueryToken[], tokens: QueryToken[], asked: AskedFor): QueryToken[] {
  const inOwnClause = (t: QueryToken) => (asked.ownClause ? asked.ownClause.includes(t) : !asked.laterClause?.includes(t));
  // (By any name it gives, a summit's too: «C5+1» names what the first clause is about.)
  return tokens.some((t) => namesTopic(t) && inOwnClause(t)) ? names.filter(inOwnClause) : names;
}

/** "Not stated", with the closest passages, when the sources talk about the question's subject; else nothing. */
export function notStated(hits: Hit[], tokens: QueryToken[], question: string, informationOf: (t: QueryToken) => number, documentText: DocumentText = () => undefined): ExtractiveOutcome {
  const related = closestPassages(hits, tokens, question, informationOf, documentText);
  return related.length ? { kind: 'notStated', related } : { kind: 'none' };
}

/** Every window that answers the question, best first (for a fact question, only those stating a fact). */
function rankWindows(
  hits: Hit[],
  tokens: QueryToken[],
  asked: AskedFor,
  question: string,
  informationOf: (t: QueryToken) => number,
  documentText: DocumentText,
  figurePicks = true,
): Evidence[] {
  // ("According to BAQ.KZ, …", "what total did BAQ.KZ give…": an outlet the question names reports the fact; it is
  // not what the fact is about, and every sentence of its article is its own.)
  const outlets = new Set(hits.flatMap((h) => (h.chunk.publisher ? [outletName(h.chunk.publisher)] : [])));
  // (Unless the question is about the outlet: what it is, or whom it cites, «На кого се позовава Zakon.kz».)
  const aboutOutlet = asked.kind === 'description' || tokens.some((t) => t.keys.includes('c:reference_source'));
  // (A name, as the question writes it: «проверявам *факти*», checking facts, names no Fakti.bg.)
  const outletWords = tokens.filter((t) => t.named && outlets.has(foldWord(t.word, 'en')));
  const namedOutlets = new Set(outletWords.map((t) => foldWord(t.word, 'en')));
  const weightlessOutlets = aboutOutlet ? [] : outletWords;
  // (Nor is it the speaker asked about: «a BAQ.KZ-nek nyilatkozó politológus» speaks *to* it.)
  const voiceAsked = asked.speaker && !weightlessOutlets.some((t) => t.word === asked.speaker!.word) ? asked.speaker : undefined;
  const typeWords = new Set([...(asked.answerType ?? []), ...(asked.besides ?? []), ...(asked.otherParts ?? []), ...weightlessOutlets, phrasingWord(tokens, informationOf)]);
  const weightOf = (t: QueryToken) => (typeWords.has(t) ? 0 : informationOf(t) * t.weight);
  const totalInfo = tokens.reduce((sum, t) => sum + weightOf(t), 0) || 1;
  // "How many machines": units of farm machinery are machines too (a narrower concept counts as the asked one).
  const withNarrower = (keys: string[]) => keys.flatMap((k) => (k.startsWith('c:') ? [k, ...narrowerConcepts(k.slice(2)).map((id) => `c:${id}`)] : [k]));
  // "Which initiative" is held by a sentence that names a particular one (the Belt and Road).
  // "Which visit in a row" is held by a sentence that numbers a visit («Вторая командировка»), not by any ordinal.
  // ("Which in a row did Kazakhstan send troops", when no passage numbers anything else: a country is numbered as
  // one, «az első öt *ország* között».)
  // ("*Which* anniversary did they celebrate?", «Hányadik évfordulóját…»: a thing the sources never mention is numbered
  // by none of their passages, whatever else they number.)
  // ("the second *or the third* trip": past the ordinals offered, to the thing numbered.)
  const ordinalAt = tokens.findIndex((t) => ordinalAsked(t, asked));
  const numberedThing = ordinalAt < 0 ? undefined : tokens.slice(ordinalAt + 1).find((t) => !t.keys.some((k) => k === 'c:ordinal' || ORDINAL_CONCEPTS.has(k)));
  const ordinalHead = numberedThing?.status === 'absent' && numberedThing.sentence === tokens[ordinalAt]!.sentence ? numberedThing : undefined;
  const numbered = (ordinalHead ? [ordinalHead] : tokens).flatMap((t) => t.keys).filter((k) => k.startsWith('c:') && k !== 'c:ordinal' && !ORDINAL_CONCEPTS.has(k))
    .flatMap((k) => (asked.numbersCountry && COUNTRY_CONCEPTS.has(k.slice(2)) ? [k, ...COUNTRY_WORDS] : [k]))
    .map((k) => `o:${k.slice(2)}`);
  // (Of this part's words: «Mit ígért…, és hányadikként járult hozzá…?» asks a place in a row of its second part only.)
  const asksOrder = asksOrdinal(tokens.filter((t) => !asked.otherParts?.includes(t)), asked);
  const matchKeys = new Map(tokens.map((t) => [t, ordinalAsked(t, asked) ? numbered : withNarrower(t.keys)]));
  // "What did the US trade minister thank Tokayev for?": in an article that titles someone so, the role is that
  // person, wherever the article names them alone («Лутник също благодари…»). Set for each article read.
  let titledNames: ReadonlyMap<QueryToken, string[]> = new Map();
  // "Why did Kazakhstan buy locomotives?" of an article that tells only their supply: the other side of the exchange
  // meets the question's word there, but not in an article that uses the word itself (an order is not a purchase
  // where both are told). Set for each article read.
  let counterparts: ReadonlyMap<QueryToken, string[]> = new Map();
  // A token's own keys and those the article's titles add (set with titledNames).
  let ownKeys: ReadonlyMap<QueryToken, string[]> = matchKeys;
  const holds = (t: QueryToken, sets: ReadonlySet<string>[], keys = ownKeys.get(t)!) => keys.some((k) => sets.some((s) => s.has(k)));
  const heldBy = (t: QueryToken, sets: ReadonlySet<string>[]) => (holds(t, sets) ? 1 : holds(t, sets, counterparts.get(t) ?? []) ? COUNTERPART_WEIGHT : 0);
  // (Weighed once: share is asked of every window of every article.)
  const weighed = tokens.map((t) => ({ t, weight: weightOf(t) })).filter((w) => w.weight > 0);
  const share = (sets: ReadonlySet<string>[]) => weighed.reduce((sum, { t, weight }) => sum + heldBy(t, sets) * weight, 0) / totalInfo;
  const roleWords = asked.kind === 'person' ? undefined : roleAndQualifiers(tokens);
  const questionWords = wordsOf(question);
  // ("Which *group* builds the Ashmore clinic?": «Ashmore Group» is of the kind asked, not the clinic's owner named again.)
  const askedHeadKeys = new Set(asked.head ? [...asked.head.keys, ...LANGS.map((l) => `s:${skeletonOf(foldWord(asked.head!.word.toLowerCase(), l))}`)] : []);
  const questionKeys = new Set(tokens.flatMap((t) => t.keys));
  // What the question says is done, in concepts: not who holds which role, nor where.
  const questionActs = new Set([...questionKeys].filter((k) => k.startsWith('c:') && !PERSON_ROLE_KEYS.has(k) && !PLACE_CONCEPTS.has(k.slice(2))));
  // What the question says a thing is in its own words.
  const ownThings = tokens.flatMap(ownThingKeys);
  // "When will they arrive, in early 2026?": the date a question offers to check is no restatement when a source gives it.
  // ("Is it true they deliver 300 locomotives?": the count or the share a yes/no question claims is no restatement either.)
  const claimsCount = (asked.kind === 'count' || asked.kind === 'percent') && !!asked.yesNo;
  // ("…around *three hundred* locomotives?": a number spelled out offers its figure.)
  const offered = new Set(asked.kind === 'date' || claimsCount ? (asked.answerType ?? []).flatMap((t) => [t.word, ...figureValuesOf(t.keys)]) : []);
  // "How long…" with no unit named counts years, months or days.
  const durationAsked = DURATION_ASKED.test(question);
  // (Its "time" or "period", «idő», «время», «időszak», counts them as well: "in how much time", «mekkora időszakra»
  // is a number of years.)
  const countsSpan = asked.focus?.some(namesSpan);
  // («Hányan dolgoznak…», how many *people*: a count of people, its people word the question's cue.)
  const peopleCounted = asked.kind === 'count' && !asked.focus?.length && PEOPLE_COUNT_ASKED.test(question);
  const focusKeys = new Set([...(asked.focus ?? []).flatMap((t) => withNarrower(t.keys)), ...(asked.kind === 'count' && ((durationAsked && !asked.focus?.length) || countsSpan) ? TIME_UNITS : []), ...(peopleCounted ? PEOPLE_KEYS : [])]);
  const factKind = FACT_KINDS.has(asked.kind) ? (asked.kind as FactKind) : undefined;
  // "How many of the 300 locomotives…": a part is no more than its whole.
  const ofWhole = asked.kind === 'count' ? wholeAsked(question) : undefined;
  // ("…for KTZ and for export?": a question that joins two things asks what they share.)
  const joinsTwo = FIGURE_JOINS.test(question);
  // (The words of the sentence that asks it: background told before, «…a deal that includes servicing. How many
  // locomotives…?», does not ask of the servicing «300 локомотивов … и их сервисное обслуживание» goes on to.)
  const askingKeys = new Set(tokens.filter((t) => !asked.focus?.length || asked.focus.some((f) => f.sentence === t.sentence)).flatMap((t) => t.keys));
  // What the question is about, when it names it: "Wabtec", "John Deere", "Mars" (a country is the setting).
  const subjects = ownClauseNames(subjectNames(tokens).filter((t) => !outletWords.includes(t)), tokens, asked);
  // ("…before the meeting with Lutnick, when was it?": a name that only dates the event asked about need not be told
  // with it, though a passage near it is likelier about it.)
  const ownSubjects = subjects.filter((t) => !asked.reference?.includes(t) && !asked.known?.includes(t));
  // (The ones the question names who may have spoken a quotation: no place.)
  const speakersAsked = subjects.filter((t) => !t.keys.some(isPlaceKey));
  const subjectKeys = new Set(subjects.flatMap((t) => t.keys));
  const notCountry = asksBesideCountries(asked);
  const regionAsked = asksForRegion(asked);
  // ("Did he meet Rubio *in Washington*?": a city a yes/no question claims is checked by a city, not a region.)
  const cityAsked = asksForCity(asked) || (!!asked.yesNo && (asked.answerType ?? []).some((t) => t.keys.some(isCityKey)));
  const placeCountry = factKind === 'place' ? countryOfPlaceAsked(tokens, asked, question) : undefined;
  const besidesKeys = new Set((asked.besides ?? []).flatMap((t) => t.keys));
  // By its concept when it has one: a stem may be shared by other words («направления», «направленный»).
  // "Which initiative": a particular one (the Belt and Road) answers it too.
  const headConcepts = asked.head?.status === 'seen' ? withNarrower(asked.head.keys.filter((k) => k.startsWith('c:'))) : [];
  const heldHead = headConcepts.length ? headConcepts : asked.head?.status === 'seen' ? asked.head.keys : [];
  // Figures the question gives ("the $2.5 billion deal", "300 locomotives"; not a year, not "C5+1"'s digits).
  // (By the number itself: "$180" also carries the dollar, which every amount does.)
  const figureKeys = tokens.filter((t) => isNumber(t.word) && t.word.length >= 2 && !YEAR.test(t.word)).flatMap((t) => t.keys.filter((k) => !k.startsWith('c:')));
  // "What does it include?", «mit tartalmaz», «что предусматривает»: what something holds, asked with no head noun.
  const asksContents = asked.kind === 'list' && !asked.head && tokens.some((t) => t.keys.includes(INCLUDE));
  // "What kind of locomotives": the head as a passage qualifies it («грузовых локомотивов»).
  const asksKind = tokens.some((t) => t.keys.includes('c:type_kind'));
  const headKeys = asksKind ? heldHead.filter((k) => k.startsWith('c:')).map((k) => `q:${k.slice(2)}`) : heldHead;
  // "Which summit", «на кой самит»: an event, which the article names where it sets the scene.
  const asksEvent = !!asked.head && asked.head.keys.some((k) => k.startsWith('c:') && EVENT_NOUN_CONCEPTS.has(k.slice(2)));
  // "Which head of Boeing": a head is any of the particular roles (chief executive, vice president).
  // ("Which Boeing representative", «с каким представителем Boeing»: a company's executives speak for it, whatever
  // the article titles them; a representative of no company named is no executive.)
  const ofCompany = (asked.roleOf ?? []).some((t) => isSubjectName(t) && !t.keys.some(isPlaceKey));
  // (The role as the question words it, and whether it asks for a name: «вице-президента Meta, как зовут».)
  // (Its own concepts, not the particular ones the retriever took in for it: "leader", not every kind of leader.)
  const askedRoleKeys = new Set((asked.role ?? []).flatMap((t) => {
    const concepts = t.keys.filter((k) => k.startsWith('c:'));
    return concepts.filter((k) => !concepts.some((broad) => broad !== k && narrowerConcepts(broad.slice(2)).includes(k.slice(2))));
  }));
  const asksName = tokens.some((t) => t.keys.includes('c:name_noun'));
  // («…Чокси, кажется? Как его полное имя?», "…Kaliev — what was his first name?": the name of one the question gives.)
  // («…Шварц… как-то так. Как его точно зовут?»: the exact name of one half remembered.)
  const asksFullName = asksName && (HEDGE.test(question) || HIS_NAME.test(question) || EXACTLY.test(question));
  const roleKeys = new Set((asked.role ?? []).flatMap((t) => withNarrower(t.keys.filter((k) => k.startsWith('c:')))).concat(ofCompany && asked.role?.some((t) => t.keys.includes('c:representative')) ? COMPANY_VOICES : [], asked.anyRole ? [...PERSON_ROLE_KEYS, ...COMPANY_VOICES] : []));
  // "Which political scientists…": everyone an article titles so is one.
  const listsByRole = factKind === 'person' && !!asked.wantsAll && roleKeys.size > 0;
  // (A country or a region ties a role to itself, "the US ambassador in India"; a city is where they met: «Вашингтонда
  // мемлекеттік хатшымен кездесті».)
  // ("Which political scientist does BAQ.KZ quote", «политолога BAQ.KZ»: an outlet the question names quotes them;
  // they are not its own.)
  const owners = (asked.roleOf ?? []).filter((t) => !weightlessOutlets.includes(t));
  const role: AskedRole = { keys: roleKeys, places: new Set(tokens.flatMap((t) => t.keys).filter((k) => isPlaceKey(k) && !isCityKey(k))), owners: new Set(owners.flatMap((t) => t.keys)) };
  // ("What did the Wabtec *CEO* say": the executive who speaks for the company asked about, named where they speak.)
  const voiceRole: AskedRole | undefined = voiceAsked && asked.speakerRole ? { keys: new Set(withNarrower(asked.speakerRole.keys)), places: NO_KEYS, owners: NO_KEYS } : undefined;
  // What happened, in this part of the question: another part's words ("…, and how localized is the production?",
  // "how many jobs will it *create*, and when will it open?") are not its event.
  const eventsOf = (part: QueryToken[]) => part.flatMap((t) => t.keys).filter((k) => EVENT_CONCEPTS.has(k)).flatMap(sameEventKeys);
  const ownEvents = eventsOf(asked.ownClause ?? []);
  const eventKeys = new Set(ownEvents.length ? ownEvents : eventsOf(tokens.filter((t) => !asked.laterClause?.includes(t))));
  // "Where did Lutnick offer Tokayev joint investments?": what people said to each other, they said where they met.
  // (One of them is enough, "where did Lutnick propose…", and may be named by a role: «министр торговли США предложил…».)
  const sides = subjects.length + (tokens.some(namesRole) ? 1 : 0);
  const exchanged = factKind === 'place' && sides >= 1 && tokens.some((t) => t.keys.some((k) => EXCHANGES.has(k)));
  if (exchanged) for (const k of OCCASIONS) eventKeys.add(k);
  // "When did the plant start working", «mikor kezdett működni»: a start of working is its opening (a start of
  // deliveries is none).
  // (So is a start of making things, «начал собирать локомотивы»: a plant's making them is its working.)
  // (And a plant's start, "when did the factory start up": its opening.)
  if (eventKeys.has('c:start_begin') && tokens.some((t) => t.keys.some((k) => WORKING.has(k) || MAKING.has(k) || k === 'c:factory'))) for (const k of OPENING) eventKeys.add(k);
  // ("When should Kazakhstan start getting the jets?": a start of nothing the lexicon names is the start of what the
  // passage dates, not an event a passage must name.)
  else if (eventKeys.size === 1 && eventKeys.has('c:start_begin')) eventKeys.clear();
  // (How many events the question names, not counting the particular kinds the retriever took in for one.)
  const eventsAsked = [...eventKeys].filter((k) => ![...eventKeys].some((broad) => broad !== k && narrowerConcepts(broad.slice(2)).includes(k.slice(2)))).length;
  /** Whether a sentence tells the event the question asks of. */
  const tellsAskedEvent = (s: Sentence) => [...eventKeys].some((k) => s.keys.has(k));
  // "In which city will Blackstone build the data centres?": where a thing is built or made is not where a meeting that
  // spoke of it was held («Срещата се проведе в Ню Йорк»).
  const siteAsked = factKind === 'place' && !exchanged && eventKeys.size > 0 && [...eventKeys].every((k) => SITED_EVENTS.has(k));
  // (When a thing opened or started is told by since when it has run: «С 2009 года работает завод».)
  // (Of the part's own clause: "Since when has it worked, and when did they open the centre?" asks no "since" of the centre.)
  const asksSince = asked.since || (!asked.ownClause && SINCE_ASKED.test(question));
  const speaksOfComing = LANGS.some((l) => speaksOfFuture(question, l));
  // "When will the US president visit?": what is yet to come is dated no earlier than the report that tells it.
  // (Not "since when", which asks when something began.)
  const futureAsked = factKind === 'date' && !asked.yesNo && !asksSince && speaksOfComing;
  const sinceAsked = asksSince || [...eventKeys].some((k) => OPENING.includes(k));
  // ("For what term was the memorandum signed?", «На какой срок заключён…», «…рассчитан меморандум»: how long a deal
  // runs, which only a date it runs until tells; not the day it was signed.)
  // (Not the term of what a deal provides for: «за какъв срок е планирано производството по сделката».)
  const dealTermAsked = TERM_ASKED.test(question) && (questionKeys.has('c:sign') || (['c:agreement', 'c:memorandum'].some((k) => questionKeys.has(k)) && ![...questionKeys].some((k) => EVENT_CONCEPTS.has(k))));
  const untilAsked = factKind === 'date' && (UNTIL_ASKED.test(question) || dealTermAsked);
  // "How many will be handed over in 2026?": a figure of a year the question sets comes from an article that speaks of
  // that year somewhere (its dateline too).
  // (Not a year since which it runs, «по контракту с 2024 года».)
  // (Not a figure it claims, which weighs nothing: "Will 2000 farm machines be made? How many?" counts, in no year.)
  const yearsNamed = factKind && MEASURED_KINDS.has(factKind) ? tokens.filter((t) => YEAR.test(t.word) && t.weight > 0).map((t) => t.word) : [];
  const sinceYears = yearsNamed.length ? [...question.matchAll(SINCE_DATES)].flatMap((m) => m[0].match(/\d{4}/u) ?? []) : [];
  const yearsSet = yearsNamed.filter((year) => !sinceYears.includes(year));
  const oneYearAsked = yearsSet.length > 0 || LAST_YEAR.test(question);
  // ("How many of the new deal's locomotives *will be* assembled there?": what is yet to come is no count of what has
  // been made since the launch, unless the question asks since when too.)
  const countToCome = MEASURED_KINDS.has(factKind!) && !asked.yesNo && !SINCE_STATE.test(question) && speaksOfComing;
  const kindOfPlace = (asked.answerType ?? []).flatMap((t) => t.keys).filter((k) => PARTICULAR_PLACE_KEYS.has(k));
  const kindOfOrganisation = particularOrganisation(asked);
  const companyAsked = asked.kind === 'organisation' && !!asked.head?.keys.some((k) => COMPANY_HEAD_KEYS.has(k));
  const executiveKeys = factKind === 'organisation' ? executivesAsked(tokens) : new Set<string>();
  // "On which day (of the week)": a weekday («csütörtökön») is the date asked for, where a passage gives no other.
  const weekdayAsked = factKind === 'date' && tokens.some((t) => t.keys.includes('c:week') || t.keys.includes('c:day'));
  const clockAsked = factKind === 'date' && CLOCK_ASKED.test(question);
  // "On which day in July 2024…", «Какого числа в июле…», «Júliusban melyik napon…»: a date that tells only the month
  // (and year) the question names adds nothing to it.
  const dayAsked = factKind === 'date' && (!!asked.head?.keys.includes('c:day') || DAY_ASKED.test(question));
  // ("Which month will it arrive?", "on what exact date…": a date that gives less, a year or a span of years from the
  // report, «алдағы 5 жылда», does not answer it.)
  const monthAsked = factKind === 'date' && MONTH_ASKED.test(question);
  const tooVague = (f: Fact) =>
    (dayAsked || monthAsked) && (f.span !== undefined || (f.date !== undefined && ((dayAsked && f.date.day === undefined) || (monthAsked && f.date.month === undefined))));
  const monthsNamed = new Set(tokens.flatMap((t) => t.keys).filter((k) => MONTH_KEYS.has(k)).map((k) => MONTH_ORDER.indexOf(k.slice(2)) + 1));
  // ("…the Wabtec deal at 4.2 bn…": the known side's figure is no answer; nor is a figure set aside, «Извън новата
  // сделка за 4,2 млрд., колко…», "compared with the new $4.2bn contract, how much…".)
  // (A figure by its digits, «4,2» as 4.2.)
  const figuresOf = (words: string[]) => words.filter(isNumber).map((word) => word.replace(',', '.'));
  const numbersIn = (text: string) => figuresOf(tokenize(text).map((t) => t.word));
  const asideFigures = figuresOf((asked.besides ?? []).map((t) => t.word));
  const questionNumbers = new Set(asked.known?.length ? numbersIn(question) : asideFigures);
  const knownFigure = (f: Fact) => questionNumbers.size > 0 && numbersIn(f.text).some((n) => questionNumbers.has(n));
  // («Вярно ли е, че споразумението … е за 2,5 милиарда долара?»: the amount a yes/no question claims is no restatement
  // when a source gives it right.)
  // ("…more than *seven* billion dollars?", «семи миллиардов»: or in words, by the value the token carries.)
  const spelledFigures = tokens.flatMap((t) => (isNumber(t.word) ? [] : figureValuesOf(t.keys)));
  const claimedAmount = new Set(asked.kind === 'money' && asked.yesNo ? [...numbersIn(question), ...spelledFigures] : []);
  const guessed = new Set(asked.guessedFigures ?? []);
  // ("…signed on 16 November?": «6 ноября» shares the claim's month, and is no restatement of it.)
  const offersClaimed = (f: Fact) =>
    (f.kind === 'date' && [...wordsOf(f.text)].some((w) => offered.has(w))) ||
    (claimsCount && [...wordsOf(f.text)].some((w) => offered.has(w) && isNumber(w))) ||
    (f.kind === 'money' && numbersIn(f.text).some((n) => claimedAmount.has(n))) ||
    numbersIn(f.text).some((n) => guessed.has(n));
  const toldAlready = (f: Fact) =>
    dayAsked && f.date?.day === undefined && f.date?.month !== undefined && monthsNamed.has(f.date.month) && (f.date.year === undefined || questionWords.has(String(f.date.year)));
  // («На саммите C5+1 сколько стоит соглашение с John Deere?»: an occasion the question sets its fact at, and the name
  // it gives the occasion, are held by a passage its article tells after naming them, «По итогам саммита C5+1…».)
  // (For a figure, a visit too: «…соглашение с Mars во время визита Токаева в Вашингтон» is Mars's figure, told where the
  // article has named the visit above.)
  // (Past a place between, «Tokajev *washingtoni* látogatása».)
  const besidePast = (i: number, step: number) => (tokens[i + step]?.keys.some(isPlaceKey) ? tokens[i + 2 * step] : tokens[i + step]);
  const nameBeside = (i: number) => [besidePast(i, -1), besidePast(i, 1)].filter((t): t is QueryToken => t !== undefined && t.sentence === tokens[i]!.sentence && isSubjectName(t));
  // (A visit only of someone the question names beside it, «визита Токаева», "Tokayev's visit": no verb of coming.)
  const occasionOf = (i: number) => tokens[i]!.keys.some((k) => GATHERINGS.has(k)) || (MEASURED_KINDS.has(factKind!) && tokens[i]!.keys.includes('c:visit') && nameBeside(i).length > 0);
  const occasionAt = !factKind || factKind === 'place' || factKind === 'date' ? [] : tokens.flatMap((t, i) => (occasionOf(i) ? [i] : []));
  const occasion = occasionAt.flatMap((i) => [tokens[i]!, ...nameBeside(i)]);
  // (Only when the question names a subject of its own there: "the total at the C5+1 summit" asks the summit's.)
  const occasionKeys = subjects.some((t) => !occasion.includes(t)) ? occasion.flatMap((t) => t.keys) : [];
  // (The subject a figure set at an occasion is of: of the names the question gives, those beside no occasion, «Mars».)
  const figureSubjects = factKind && MEASURED_KINDS.has(factKind) && occasion.length ? ownSubjects.filter((t) => !occasion.includes(t)) : [];
  const settingKeys = [...tokens.flatMap((t) => t.keys).filter((k) => MONTH_KEYS.has(k) || (factKind !== 'place' && factKind !== 'date' && isCityKey(k))), ...occasionKeys];
  // A country the question names that the sources seldom mention is what the question is about (Uzbekistan in
  // articles on Kazakhstan); one they mention everywhere is the setting. How much a key tells is its idf, against
  // that of a word the corpus never uses.
  const keyInformation = (key: string | undefined) => informationOf({ word: key ?? '', keys: key ? [key] : [], named: false, status: key ? 'seen' : 'absent', weight: 1, sentence: 0 });
  const unseen = keyInformation(undefined);
  // By the country's concept, in every language: «kazah» is a rare word of Hungarian but no rare country.
  // (For a figure, any named place but a city, which may only be where it was agreed: "how much for rebuilding *Gaza*" is
  // not answered by a figure of a window that never names it; "on the trip to New York, how much…" may be.)
  const placeAsked = MEASURED_KINDS.has(asked.kind) ? (k: string) => isPlaceKey(k) && !isCityKey(k) : isCountryKey;
  const placeInformation = (t: QueryToken) => Math.max(0, ...t.keys.filter(placeAsked).map(keyInformation));
  const askedAbout = tokens
    .filter((t) => t.status === 'seen' && t.weight > 0 && placeInformation(t) >= RARE_PLACE * unseen)
    .sort((a, b) => placeInformation(b) - placeInformation(a))[0];
  // (Or for those who take part beside the one who acts: "who are the *partners* in the clinic project", "which company
  // *takes part* in building it" of «Ashmore … a Samruk Kazyna Invest és a Mount Sinai segítségével megépíti».)
  const takingPart = tokens.some((t) => t.keys.some((k) => TAKING_PART.has(k)));
  const asksForHelper = ASKS_FOR_HELPER.test(question) || takingPart;
  // (Of a sentence that tells of helpers, they are the ones taking part, not the one they help: «Az Ashmore Group … a
  // Samruk Kazyna Invest és a Mount Sinai segítségével megépíti…».)
  const helperPenalty = (f: Fact, text: string) => {
    if (!asksForHelper) return helped(text, f) ? HELPER : 0;
    return takingPart && TELLS_HELPERS.test(text) && !helped(text, f) ? HELPER : 0;
  };
  const forWhom = NAME_KINDS.has(asked.kind) && FOR_WHOM.test(question);
  const whose = NAME_KINDS.has(asked.kind) && WHOSE.test(question);
  // What a measured fact is of: the question's words beside its setting (places, months; "the other countries", of
  // whom a passage names each), its figures and its words for an amount.
  const topical = MEASURED_KINDS.has(asked.kind)
    ? tokens.filter((t) => weightOf(t) > 0 && t.status === 'seen' && !isNumber(t.word) && !t.keys.some((k) => isPlaceKey(k) || COUNTRY_WORDS.includes(k) || MONTH_KEYS.has(k)) && (asked.focus?.includes(t) || !t.keys.some((k) => MEASURE_KEYS.has(k))))
    : [];
  // (The options a choice offers, as keys: those the sources name.)
  const options = new Set(choiceOptions(question, quickLanguage(question)).flat());
  // "How much were the deals worth in total?": a passage that gives a total («Общий объём договоренностей… 17 млрд»)
  // answers it before one that gives one deal's figure.
  const totalAsked = (factKind === 'money' || factKind === 'count') && tokens.some((t) => t.keys.includes(TOTAL) && !asked.otherParts?.includes(t));
  const optionKeys = tokens.filter((t) => options.has(t.word.toLowerCase()) && t.status === 'seen' && !isSubjectName(t)).flatMap((t) => t.keys.filter((k) => k.startsWith('c:')));
  // ("…— in Shymkent or in Aktobe?", "Which airport — Shymkent?": a name the question offers is no restatement of it
  // when a source gives it.)
  const offeredNames = [...(asked.guessedNames ?? []), ...tokens.filter((t) => options.has(t.word.toLowerCase()) && t.status === 'seen')];
  const offeredNameKeys = new Set(offeredNames.flatMap((t) => t.keys));
  const offersName = (f: Fact, lang: Lang) =>
    offeredNameKeys.size > 0 && NAME_KINDS.has(factKind ?? 'other') && (restatesQuestion(f, lang, offeredNameKeys) || headNamed(f, lang, offeredNameKeys) || everyWordIs(f, lang, (c) => offeredNameKeys.has(`c:${c}`)));
  // "How much does Kazakhstan give?" is not answered by what nine countries give together: a figure of a
  // sentence that lists countries as reaching it together is none of theirs alone, unless the question asks
  // for the total or for more of them.
  const askedCountries = new Set(tokens.flatMap((t) => t.keys).filter(isCountryKey));
  // "…and other countries", «още няколко държави»: the question asks about a group too.
  const asksTotal = tokens.some((t) => ['c:joint', ...COUNTRY_WORDS].some((k) => t.keys.includes(k))) || LANGS.some((l) => speaksOfTogether(question, l));
  // ("How much did Tokayev pledge for Gaza?": nor is it of one the question names that the sentence does not.)
  const groupsFigure = (member: Sentence, lang: Lang) => {
    if (asksTotal || !speaksOfTogether(member.text, lang)) return false;
    const listed = new Set([...member.keys].filter(isCountryKey));
    if (listed.size < GROUP) return false;
    return askedCountries.size ? [...askedCountries].filter((k) => listed.has(k)).length === 1 : subjects.some((t) => !namesAny(member, [t]));
  };
  // "Who signed": a witness ("in the presence of…") is not a party; "who attended": they are.
  // ("Before which minister was it signed", «пред кой министър», «перед кем»: in whose presence.)
  // (A capital stands for its country: "on behalf of Astana", «washingtoni részről».)
  const sideKeys = new Set((asked.side ?? []).flatMap((t) => t.keys).filter(isPlaceKey).flatMap((k) => [k, ...(CITY_COUNTRY[k.slice(2)] ? [`c:${CITY_COUNTRY[k.slice(2)]}`] : [])]));
  // (A country the question names besides is no other one: "Who is the French ambassador in *Japan*?" of «the French
  // ambassador in Japan, Ingrid Dahl».)
  const countryKeys = new Set(asked.ofCountry?.length ? [...asked.ofCountry, ...tokens].flatMap((t) => t.keys).filter((k) => COUNTRY_CONCEPTS.has(k.slice(2))) : []);
  // (Of this part's words: «Melyik politológus…, és mekkora a John Deere-rel *kötött* partnerség értéke?» asks no signer.)
  const partTokens = tokens.filter((t) => !asked.otherParts?.includes(t));
  const signing = partTokens.some((t) => t.keys.includes('c:sign')) && !tokens.some((t) => t.keys.includes('c:presence') || t.keys.includes('c:participate')) && !PRESENCE_ASKED.test(question);
  // "When and where will the *next* session be held?": the date or place of one held already does not answer it.
  const asksNext = (factKind === 'date' || factKind === 'place') && asksNextOne(tokens);
  // ("Whom did he meet when it was signed?", "besides the signing, whom…": the signing only dates the question.)
  const signsOnly = factKind === 'person' && signing && !besidesKeys.size && !tokens.some((t) => t.keys.some((k) => OCCASIONS.includes(k)));
  // (What was signed: the deal's words of the question, «меморандум», "contract".)
  const signedThings = tokens.flatMap((t) => t.keys.filter((k) => SIGNED_KEYS.has(k)));
  const verbatim = VERBATIM.test(question);
  // "How did he respond": by what he said, or by thanking, welcoming, congratulating.
  const answering = tokens.some((t) => t.keys.includes('c:respond'));
  // (Not by the act responded to: "…say in response to Tokayev's *congratulations*" is not answered by his congratulating.)
  const answeringVerbs = answering ? ANSWERING_KEYS.filter((k) => !questionKeys.has(k)) : [];
  const actsAnswered = answering ? ACTS_ANSWERED.filter((k) => questionKeys.has(k)) : [];
  const seen = new Set<string>();
  const windows: Evidence[] = [];
  // What the question's later clause asks about ("…, and how *localized* is it?"), in words the sources use.
  const laterWords = (asked.laterClause ?? []).filter((t) => t.status === 'seen');

  // A chunk left out between two retrieved chunks of its article (the retriever takes few per file) is read too.
  const readSpans = new Map<string, Array<{ start: number; end: number }>>();
  for (const hit of [...hits].sort((a, b) => a.chunk.start - b.chunk.start)) {
    const spans = readSpans.get(hit.chunk.file) ?? [];
    const last = spans[spans.length - 1];
    if (last && hit.chunk.start - last.end <= GAP_READ) last.end = Math.max(last.end, hit.chunk.end);
    else spans.push({ start: hit.chunk.start, end: hit.chunk.end });
    readSpans.set(hit.chunk.file, spans);
  }
  // The source's names in each article, read once however many of its chunks were retrieved.
  const sourcesOfFile = new Map<string, QueryToken[]>();
  const titledNamesOf = new Map<string, ReadonlyMap<QueryToken, string[]>>();
  const counterpartsOf = new Map<string, ReadonlyMap<QueryToken, string[]>>();
  const holdersOf = new Map<string, ReadonlySet<string>>();
  const surnamesOf = new Map<string, ReadonlySet<string>>();
  const descriptionsOf = new Map<string, ReadonlyMap<string, ReadonlySet<string>>>();
  const bestSentenceOf = new Map<string, Sentence>();
  const describing = descriptionKeys(tokens);
  // (An article's sentences outside its read spans are taken or left alike for each of its chunks: after its first
  // chunk, only the sentences of a span not yet read are new.)
  const spansRead = new Set<{ start: number; end: number }>();
  const articlesRead = new Set<string>();
  hits.forEach((hit, rank) => {
    const { file, lang, title } = hit.chunk;
    const span = readSpans.get(file)!.find((s) => s.start <= hit.chunk.start && hit.chunk.end <= s.end)!;
    // The whole article when it is at hand, so a window may reach into the neighbouring chunks.
    const whole = documentText(file);
    if (whole !== undefined && spansRead.has(span)) return;
    const readBefore = whole !== undefined && articlesRead.has(file);
    spansRead.add(span);
    articlesRead.add(file);
    // ("According to Lada.kz, …": the outlet's own article answers, no other.)
    if (namedOutlets.size && !(hit.chunk.publisher && namedOutlets.has(outletName(hit.chunk.publisher)))) return;
    const text = whole ?? hit.chunk.text;
    if (yearsSet.length && !yearsSet.some((year) => text.includes(year))) return;
    // (The article's day, read from its dateline at ingest.)
    const reported = futureAsked ? hit.chunk.date : undefined;
    const base = whole === undefined ? hit.chunk.start : 0;
    const sentencesKey = whole === undefined ? hit.chunk.id : file;
    const sentences = sentencesOf(sentencesKey, text, lang, title);
    const sources = asked.source?.length ? sourcesOfFile.get(file) ?? sourcesOfFile.set(file, sourcesIn(sentences, asked.source)).get(file) : undefined;
    titledNames = roleWords ? titledNamesOf.get(file) ?? titledNamesOf.set(file, namesTitled(sentences, roleWords)).get(file)! : new Map();
    ownKeys = titledNames.size ? new Map(tokens.map((t) => [t, [...matchKeys.get(t)!, ...(titledNames.get(t) ?? [])]])) : matchKeys;
    counterparts = counterpartsOf.get(file) ?? counterpartsOf.set(file, counterpartsIn(sentences, tokens, matchKeys)).get(file)!;
    const holders = factKind === 'person' && roleKeys.size && !listsByRole ? holdersOf.get(file) ?? holdersOf.set(file, roleHolders(sentences, role, lang)).get(file)! : NO_KEYS;
    const namesHolder = (f: Fact, m: Sentence) => m.termAt.some((t) => t.at >= f.at && t.at < f.end && holders.has(t.key));
    // Whose words are read past the retrieved chunk: a source's, or those of someone a question asks what they said
    // or how they judged it ("how did Lutnick assess…").
    const voices = sources ?? (voiceAsked ? [voiceAsked] : undefined);
    // Whether a sentence stands in a quotation of the speaker asked about, introduced by naming them first.
    const quotesSpeaker = (s: Sentence) => voiceAsked !== undefined && namedFirst(quotedFrom(sentences, sentences.indexOf(s), [voiceAsked], lang), voiceAsked);
    // "Which political scientists commented on the summit?": whoever the article titles so speaks of what the
    // article is about, which its opening tells.
    const articleOpening = listsByRole ? openingOf(sentences) : [];
    const openingKeys = new Set(articleOpening.flatMap((s) => [...s.keys]));
    const isOutside = (sentence: Sentence) => sentence.end + base <= span.start || sentence.start + base >= span.end;
    const subjectUnread = figureSubjects.length > 0 && !sentences.some((s) => !isOutside(s) && namesAny(s, figureSubjects));
    // ("When did the American railway equipment maker open its centre?": a question that names no one describes them;
    // a name is read with the words its article puts beside it, «американской компанией Wabtec».)
    // (Only the words of the question's description, around its word for a company or a maker: not what it asks of them.)
    const descriptions = subjects.length || !describing.size ? undefined : descriptionsOf.get(file) ?? descriptionsOf.set(file, describedNames(sentences, describing)).get(file)!;
    // ("In which city did Lutnick meet Tokayev and suggest investing together in critical minerals?": «Срещата се
    // проведе в Ню Йорк» sets the scene of what the article tells of the two, which its sentence best about the question
    // holds, however far from it.)
    const sceneOf = exchanged && whole !== undefined ? bestSentenceOf.get(sentencesKey) ?? bestSentenceOf.set(sentencesKey, bestAbout(sentences, (s) => share([s.keys]))).get(sentencesKey)! : undefined;
    sentences.forEach((sentence, i) => {
      const outside = isOutside(sentence);
      if (readBefore && outside) return;
      // Where or when an event the question names took place may be told anywhere in the article («Срещата се
      // проведе в Ню Йорк» closes it): such a sentence is read even outside the retrieved chunk.
      const tellsEvent = (factKind === 'place' || factKind === 'date') && whole !== undefined && tellsAskedEvent(sentence);
      // "Kaliev szerint…": a source's words run on for paragraphs after the one that names them, into other chunks.
      const bySource = outside && !tellsEvent && whole !== undefined && voices !== undefined && subjectSentence(sentences, i, voices, lang) !== undefined;
      // "Which political scientists…": everyone the article titles so, wherever in it.
      const titled = listsByRole && roleMentions(sentence, role, lang).length > 0;
      const byRole = outside && whole !== undefined && titled;
      // "Who signed the critical minerals memorandum?": the article may name the signers anywhere in it, where it tells
      // the signing of what the question names («Меморандум… был подписан…: От Казахстана – …Нагаспаев»).
      const bySigning = outside && whole !== undefined && signsOnly && sentence.keys.has('c:sign') && signedThings.some((k) => sentence.keys.has(k));
      // "Which directions of cooperation…": the list a subheading of the article labels so («Ключевые направления
      // сотрудничества»), wherever in the article.
      const byHeading = outside && whole !== undefined && asked.kind === 'list' && headKeys.some((k) => sentence.heading?.has(k));
      // "Besides the memorandum, whom else did he meet?": what else is told elsewhere in the article of what is known.
      const byBesides = outside && whole !== undefined && besidesKeys.size > 0;
      // "What does the memorandum provide for?": what the article says it holds («Меморандум предполагает:»), wherever in it.
      const byContents = outside && whole !== undefined && asksContents && sentence.keys.has(INCLUDE);
      // ("How much was the Mars deal signed for during the visit?": a figure of the subject is told where the article names
      // it, though the words of the visit drew another of its chunks.)
      // (Only when the chunks read never name it: a subject they name has its figure there.)
      const bySubject = outside && whole !== undefined && subjectUnread && namesAny(sentence, figureSubjects);
      // (A subheading says nothing itself, unless it states a figure asked for: «…при участии лидеров двух стран».)
      const labelOnly = sentence.isLabel && !(factKind && MEASURED_KINDS.has(factKind) && factsIn(sentence, factKind, lang).length);
      if (sentence.boilerplate || labelOnly || (outside && !tellsEvent && !bySource && !byRole && !byHeading && !byBesides && !byContents && !bySigning && !bySubject)) return;
      const at = `${file}@${base + sentence.start}`;
      if (seen.has(at)) return;
      seen.add(at);
      // A sentence keeps the subject its paragraph has just named («…a deal with John Deere. In the next five
      // years, 3,000 machines…»): the subject counts as its own, for a figure (a name there may be anyone's).
      const previous = sentences[i - 1];
      // ("Whom did Tokayev congratulate?" of «Касым-Жомарт Токаев принял… Фото: Акорда. *Президент* поздравил…»: a
      // sentence that opens with a title and no name goes on with the one just named, who does what it tells.)
      const titledBack = NAME_KINDS.has(asked.kind) && opensWithTitle(sentence, questionActs) ? sentences.slice(0, i).reverse().find((s) => !s.boilerplate) : undefined;
      const carriedFrom = titledBack ?? (previous && previous.line === sentence.line && !previous.boilerplate && !NAME_KINDS.has(asked.kind) ? previous : undefined);
      const carried = carriedFrom ? new Set(subjects.flatMap((t) => t.keys).filter((k) => carriedFrom.keys.has(k))) : new Set<string>();
      // An open question's passage keeps the subjects its article named a few sentences before, or the person a
      // paragraph of quotes and «по его словам» belongs to ("what does Kaliev think…").
      if (!factKind && subjects.length) {
        const attributed = subjectSentence(sentences, i, subjects, lang);
        const context = [attributed, ...sentences.slice(Math.max(0, i - SUBJECT_REACH), i)].filter((s): s is Sentence => Boolean(s) && s !== sentence && !s!.boilerplate);
        for (const k of subjects.flatMap((t) => t.keys)) if (context.some((s) => s.keys.has(k))) carried.add(k);
      }
      // "…signed on November 6": an article tells the day once, near its top; what it reports after is of that day.
      // (And where, «В столице США, Вашингтоне, 6 ноября состоялось…», unless the city or the date is asked.)
      const setAbove = new Set(settingKeys.filter((k) => sentences.slice(0, i).some((s) => s.keys.has(k))));
      // "Which directions…": a subheading («Key directions of cooperation») labels the list below it.
      const opening = titled ? articleOpening : [];
      const openingTerms = titled ? openingKeys : NO_KEYS;
      // (The place asked about, where its section's subheading names it, is where what the sentence tells happens:
      // «Segítség felajánlása Gázának» over the nine countries' «7 milliárd dollárral». Not the subheading's other
      // words, nor the one it names: «Визит президента Токаева: насыщенная программа встреч» gives no reason for a visit.)
      const section = askedAbout && sentence.section ? [new Set(askedAbout.keys.filter((k) => sentence.section!.has(k)))] : [];
      const described = descriptions ? [...sentence.names].map((n) => descriptions.get(n) ?? NO_KEYS) : [];
      const ownSets = [sentence.keys, carried, setAbove, openingTerms, ...section, ...(asked.kind === 'list' && sentence.heading ? [sentence.heading] : [])];
      const own = share(ownSets);
      // "The meeting" is the one the article told of before: it is read with what the article said of that event.
      const sameEvent = tellsEvent ? sentences.slice(0, i).filter((s) => !s.boilerplate && [...eventKeys].some((k) => s.keys.has(k) && sentence.keys.has(k))) : [];
      // (And with what the ones who met there did, told before it: «Лутник благодари на Токаев…», then «Срещата се
      // проведе в Ню Йорк».)
      const didThere = tellsEvent && exchanged ? subjects.map((t) => sentences.slice(0, i).reverse().find((s) => !s.boilerplate && namesAny(s, [t]))).filter((s): s is Sentence => s !== undefined) : [];
      if (own < MIN_OWN && share([sentence.keys, carried, ...sameEvent.map((s) => s.keys), ...didThere.map((s) => s.keys)]) < 2 * MIN_OWN) return;
      // («…a deal with John Deere. In the next five years, 3,000 machines will be made at AgromashHolding.»: a sentence
      // that names no one of the kind asked but the question's own goes on with whom its paragraph has just named.)
      const nameless = factKind !== undefined && factsIn(sentence, factKind, lang).every((f) => NAME_KINDS.has(factKind) && (headNamed(f, lang, subjectKeys) || ownerNamed(f, lang, subjectKeys)));
      // (A figure, only from a sentence that tells what the question says it is of, «соглашение … на сумму 2,5
      // миллиарда» for "what is the tractor deal worth?": the name alone may stand beside anyone's figure.)
      const tellsWhatOf = (previous: Sentence) => NAME_KINDS.has(factKind!) || ownThings.some((k) => previous.keys.has(k) && !sentence.keys.has(k));
      const goesOn = (previous: Sentence) => continues(previous, sentence, lang) || (nameless && previous.line === sentence.line && !previous.boilerplate && tellsWhatOf(previous));
      const before = sentences[i - 1] && goesOn(sentences[i - 1]!) ? sentences[i - 1] : undefined;
      // (A company asked for may stand where only some of the question's words are: «…an agreement on strategic
      // partnership with John Deere. In the next five years, 3,000 farm machines will be made…» answers "which company
      // signed a partnership on farm machinery?" over two sentences, each holding words the other lacks: one passage,
      // its words both's, its fact the first one's.)
      const next = sentences[i + 1];
      const continued = next !== undefined && continues(sentence, next, lang);
      const completes = (other: Sentence) => weighed.some(({ t }) => heldBy(t, [other.keys]) > heldBy(t, [sentence.keys])) && weighed.some(({ t }) => heldBy(t, [sentence.keys]) > heldBy(t, [other.keys]));
      const pairedWith = factKind === 'organisation' && !continued && next !== undefined && next.line === sentence.line && !next.boilerplate && completes(next) ? next : undefined;
      const after = continued ? next : pairedWith;
      // "Who said…": in a paragraph of direct speech, the speaker is named in the paragraph that introduces it.
      // («Как считает политолог, …», «…, — отметил эксперт»: a role named with no name refers to the one the article
      // titled so before.)
      // (Not when it asks whom something was done to, and no one who spoke: "Whom did Trump try to use…" is not answered
      // by the expert whose quote tells it.)
      const introduced = asked.kind === 'person' && (asked.asksSpeaker || !asked.objectAsked) ? speakerOf(sentences, i) : undefined;
      const referent = asked.kind === 'person' && !introduced && roleKeys.size ? titledBefore(sentences, i, role, lang) : undefined;
      const speaker = introduced ?? referent;
      const members = [speaker, before, sentence, after].filter((s, k, all): s is Sentence => Boolean(s) && all.indexOf(s) === k);
      // (The sentence best about the question, in the article whose meeting this one sets the scene of.)
      const scene = tellsEvent && sceneOf && !members.includes(sceneOf) ? sceneOf : undefined;
      // A fact about something else is no answer: the window, or a sentence shortly before it, names the
      // question's subject; the window then reads as being about it.
      // ("Where did they meet": «Срещата се проведе в Ню Йорк» closes an article on the meeting, and the one who met
      // there is named before, however far.)
      const namedBefore = (names: QueryToken[]) => sentences.slice(0, i).reverse().find((s) => namesAny(s, names));
      // ("The memorandum Nagaspaev and Latnik signed: on which day?": an article that dates the signing in its opening
      // names the signers further on, where it tells the same signing again, «Меморандум… был подписан…: От
      // Казахстана – …Нагаспаев».)
      const namedWhereRetold = (at: number) => {
        if (factKind !== 'date' && factKind !== 'place') return undefined;
        const events = [...eventKeys].filter((k) => members.some((m) => m.keys.has(k)));
        // (What was signed, not where: every deal of an article may be in Kazakhstan.)
        const things = [...questionKeys].filter((k) => k.startsWith('c:') && !eventKeys.has(k) && !isPlaceKey(k) && !isCityKey(k) && k !== 'c:city' && members.some((m) => m.keys.has(k)));
        const retells = (s: Sentence) => !s.boilerplate && events.some((k) => s.keys.has(k)) && things.some((k) => s.keys.has(k));
        if (!events.length || !things.length) return undefined;
        return sentences.slice(at + 1).find((s, k) => namesAny(s, subjects) && sentences.slice(Math.max(at + 1, at + 1 + k - SUBJECT_REACH), at + 2 + k).some(retells));
      };
      const naming = subjects.length
        ? subjectSentence(sentences, after ? i + 1 : i, subjects, lang) ?? opening.find((s) => namesAny(s, subjects)) ?? (factKind === 'place' && sameEvent.length ? namedBefore(subjects) : undefined) ?? namedWhereRetold(i)
        : undefined;
      if (factKind && ownSubjects.length && !naming) return;
      // "What did Rubio tell Tokayev?": only a passage in which the one asked about speaks answers it, in a sentence
      // that names them or in the quotes their introduction opens.
      if (voiceAsked && !members.some((m) => speaksIn(m, voiceAsked, answeringVerbs, actsAnswered) || quotesSpeaker(m))) return;
      if (voiceRole && !members.some((m) => roleMentions(m, voiceRole, lang).length > 0)) return;
      // (Or, where the window names them by no name, «"…," the minister said», the sentence before that does.)
      const aboutSpoken = voiceAsked && !members.some((m) => namesAny(m, [voiceAsked])) ? [...members, namedBefore([voiceAsked])] : members;
      if (voiceAsked && asked.spokenOf && !aboutSpoken.some((m) => m !== undefined && namesAny(m, asked.spokenOf!))) return;
      // "Who is the CEO of Wabtec": a person the window does not give that role is someone else.
      // (Or names one the article titles so elsewhere: «По словам Талгата Калиев» after «Политолог Талгат Калиев».)
      const holdsRole = (m: Sentence) => roleMentions(m, role, lang).length > 0 || [...holders].some((k) => m.keys.has(k));
      if (factKind === 'person' && roleKeys.size && !members.some(holdsRole)) return;
      // "What did Uzbekistan sign?" is not answered by what Kazakhstan signed: a window that never names the
      // country the question is about is about something else.
      if (askedAbout && [...members, ...(scene ? [scene] : [])].every((m) => !askedAbout.keys.some((k) => m.keys.has(k) || m.section?.has(k)))) return;
      // "Which visit in a row": only a window that numbers the thing («Вторая командировка») answers it.
      if (asksOrder && !members.some((m) => numbered.some((k) => m.keys.has(k)))) return;
      // «Срещата се проведе в Ню Йорк» closes an article on that meeting: who met is told earlier, and counts too.
      // ("Who signed the critical minerals memorandum?": a sentence naming the signers of a memorandum is read with the
      // article's first telling of that memorandum, which says what it is on.)
      const firstTelling = signsOnly && members.some((m) => m.keys.has('c:sign') && signedThings.some((k) => m.keys.has(k))) ? sentences.slice(0, i).find((s) => !s.boilerplate && signedThings.some((k) => s.keys.has(k))) : undefined;
      const told = [...members, ...(naming ? [naming] : []), ...sameEvent, ...(firstTelling ? [firstTelling] : [])];
      const participants = tellsEvent ? subjects.filter((t) => !told.some((s) => namesAny(s, [t]))).map((t) => namedBefore([t])) : [];
      // "How much is the minerals memorandum worth?": a figure of a passage that holds none of what the question asks
      // about (only the countries, the dollar) is another thing's.
      if (topical.length && !topical.some((t) => holds(t, [...told.map((s) => s.keys), carried]))) return;
      const windowSets = [...[...told, ...participants.filter((s): s is Sentence => s !== undefined)].map((s) => s.keys), setAbove, openingTerms, ...section, ...(scene && !told.includes(scene) ? [scene.keys] : [])];
      const window = share(windowSets);
      // (Only to tell whether it is about the question at all: the words of a description rank no passage above another.)
      const withDescription = described.length ? share([...windowSets, ...described]) : window;
      // "Did Uzbekistan sign with John Deere?": a claim is checked by a passage about its subject, or one that holds most of it.
      if (asked.yesNo && subjects.length && !naming && window < FACT_WINDOW.absolute) return;

      // "When will the deliveries start": a date of another event (when the plant opened) does not answer it.
      // "Since when has it been open" is answered by "since 2009 it has operated": the state began then, whatever its verb.
      const startsState = sinceAsked && members.some((m) => SINCE_DATE.test(m.text));
      if (factKind === 'date' && eventKeys.size && !startsState && !members.some(tellsAskedEvent)) return;
      // "Since what year has he been vice president?": a date a state began at, or of an opening or a founding; the
      // day of a visit he led is none.
      if (factKind === 'date' && asksSince && !startsState && !members.some((m) => STARTS.some((k) => m.keys.has(k)))) return;
      // "Who signed it for Mars?": one who only talked or met there signed nothing.
      // (A deal between two names its parties, where a body may answer.)
      if (signsOnly && !members.some((m) => m.keys.has('c:sign') || (asked.standIn && namesParties(m)))) return;
      if (asksNext && !members.some((m) => m.keys.has(NEXT))) return;

      let facts: Fact[] = [];
      let used = [sentence];
      let farScene = false;
      let stoodIn = false;
      let unmarkedFor = false;
      if (factKind) {
        const anchors = sentence.termAt.filter((t) => questionKeys.has(t.key));
        const rankAs = (kind: FactKind) => members.filter((member) => member !== pairedWith).flatMap((member) => {
          const offset = member.start - sentence.start;
          if (MEASURED_KINDS.has(factKind) && groupsFigure(member, lang)) return [];
          // ("In which year did Air Astana order the 787s?": a date told of another event, the delivery, beside the
          // sentence that names the order, dates the delivery. Not where the question names more events than one, "when
          // do the jets it ordered arrive?", nor where it asks since when, which a state that began then tells.)
          // ("On which day did he arrive?", its arrival taking in a visit: one event asked, the rest its particular kinds.)
          if (factKind === 'date' && eventsAsked === 1 && !sinceAsked && datesAnotherEvent(member, members, tellsAskedEvent)) return [];
          // (A place of a sentence that tells another thing: a meeting's, or one beside the sentence that tells the building,
          // «…already runs a plant in Bergen».)
          if (siteAsked && !tellsAskedEvent(member) && (members.some(tellsAskedEvent) || OCCASIONS.some((k) => member.keys.has(k)))) return [];
          const surnames = kind === 'person' ? surnamesOf.get(file) ?? surnamesOf.set(file, surnamesIn(sentences, lang)).get(file)! : NO_KEYS;
          return [...factsIn(member, kind, lang), ...(weekdayAsked ? weekdayFacts(member) : []), ...openingSurname(member, surnames, lang)]
            .filter((f) => offersClaimed(f) || offersName(f, lang) || (![...wordsOf(f.text)].every((w) => questionWords.has(w)) && !restatesQuestion(f, lang, questionKeys)))
            .filter((f) => !toldAlready(f) && !knownFigure(f))
            // (Who said a quotation its paragraph's introduction names is no one named inside it: «"…прежде Дональд
            // Трамп…"» after «Политолог Талгат Калиев подчеркнул…». Not where the question names who spoke, and asks
            // whom they spoke of: «Kiről mondta Talgat Kalijev, hogy…».)
            .filter((f) => !(kind === 'person' && introduced && !namesAny(introduced, speakersAsked) && quotedAt(sentences, sentences.indexOf(member), f.at)))
            .filter((f) => !tooVague(f))
            .filter((f) => !(clockAsked && !CLOCK.test(member.text.slice(f.at, f.end + CLOCK_REACH))))
            // "Whom did Tokayev meet": «Kasszim-Dzsomart Tokajev» is who the question is about, not the answer.
            // (Unless it is the name the question offers as its guess: "Did he meet the Secretary of State? Who was it, Rubio?";
            // or the full name asked of one it gives by surname: «…Чокси, кажется? Как его полное имя?».)
            .filter((f) => offersName(f, lang) || (asksFullName && factKind === 'person' && tokenize(f.text).length > 1) || !(NAME_KINDS.has(factKind) && (headNamed(f, lang, subjectKeys) || (ownerNamed(f, lang, subjectKeys) && !headNamed(f, lang, askedHeadKeys)))))
            .filter((f) => !(factKind === 'person' && signing && PRESENCE.test(member.text.slice(0, f.at))))
            // ("Who signed it for Kazakhstan?": not «американской компанией Wabtec», of the other side.)
            .filter((f) => !(sideKeys.size && ofOtherPlace(f, member, sideKeys)))
            .filter((f) => !(countryKeys.size && ofOtherPlace(f, member, countryKeys, COUNTRY_CONCEPTS)))
            // ("Whose plant…": the one it makes things for, «для КТЖ», is not whose it is.)
            .filter((f) => !(whose && markedFor(member.text, f)))
            // (A deal between two names its parties, the bodies it is between; not a person, not the expert who speaks of it.)
            .filter((f) => !(signsOnly && !member.keys.has('c:sign') && !(kind === asked.standIn && namesParties(member) && betweenParty(member.text, f))))
            // "The vice president of Kestrel": a person the passage does not title so at that company is someone else.
            .filter((f) => !(factKind === 'person' && role.owners.size && !titledBy(f, member, role, lang)))
            // ("Which boss…": in «директор на Blackstone Стивън Шварцман» the name the role is of is no one who holds it.)
            .filter((f) => !(factKind === 'person' && roleKeys.size > 0 && ownsRole(f, member, role, lang)))
            .filter((f) => !(NAME_KINDS.has(factKind) && citesSource(member.text, f)))
            .filter((f) => !(asked.perUnit && !PER_UNIT_FACT.test(member.text.slice(f.end, f.end + 40))))
            // "Until what year is it valid?": only a date the passage says it lasts until answers it.
            .filter((f) => !(untilAsked && !endsAt(member.text, f)))
            // "Since which year…": a date something is expected at has not begun anything («várhatóan 2026», "expected in 2027").
            .filter((f) => !(asksSince && EXPECTED.test(member.text)))
            // («В началото на септември делегация… посети Казахстан», in a report of 22 September: past news.)
            .filter((f) => !(reported && f.date && beforeReport(f.date, reported)))
            // "Which city", "which region": a country is no answer.
            .filter((f) => !(factKind === 'place' && notCountry && isCountry(f, lang)))
            // ("Which region is the envoy responsible for?": nor is a city.)
            .filter((f) => !(factKind === 'place' && regionAsked && isCity(f, lang)))
            // "Which country did Trump try to use as a counterweight to China?": not China, which the question names
            // (unless it claims the place, "was it in Astana?", or offers it, "Astana or Tashkent?", "— Astana?").
            .filter((f) => !(factKind === 'place' && !asked.yesNo && !options.size && !offersName(f, lang) && namesOnlyAskedPlaces(f, lang, questionKeys)))
            // ("Which city…": not «Центральной Азии».)
            .filter((f) => !(factKind === 'place' && cityAsked && widerThanCity(f, lang)))
            // "Which city in Kazakhstan": a city of another country is no answer.
            .filter((f) => !(placeCountry && cityElsewhere(f, placeCountry, lang)))
            // "How many locomotives": a number that does not count them ("the two countries") is no answer;
            // with no counted noun to look for, a number word alone is too weak.
            .filter((f) => factKind !== 'count' || (focusKeys.size ? nearFocus(f, member, focusKeys) : !f.weak))
            .filter((f) => ofWhole === undefined || !(countOf(f) > ofWhole))
            // ("How many did the plant export?" of «600 локомотивов для КТЖ и на экспорт»: a figure two things share.)
            .filter((f) => !(MEASURED_KINDS.has(factKind) && !asksTotal && !joinsTwo && sharedByTwo(f, member, askingKeys)))
            // ("Which deposits…", "which airport…": a place of a particular kind stands in a sentence that names the
            // kind; Washington is no deposit.)
            .filter((f) => !(factKind === 'place' && kindOfPlace.length > 0 && !kindOfPlace.some((k) => member.keys.has(k))))
            // ("Which Kazakh ministry signed the Wabtec deal?": Tokayev is no ministry; one stands beside its kind's word.)
            // (Or the title before it of its head, «министр *промышленности и строительства*».)
            .filter((f) => !(factKind === 'organisation' && kindOfOrganisation.length > 0 && !ofKind(f, member, kindOfOrganisation)))
            .filter((f) => !(factKind === 'organisation' && companyAsked && ofKind(f, member, PUBLIC_BODY_KEYS)))
            // ("The CEO of which investment firm", «melyik cég vezérigazgatójával»: the company stands beside its executive's title.)
            .filter((f) => !(executiveKeys.size > 0 && !member.termAt.some((t) => executiveKeys.has(t.key) && Math.abs(t.at - f.at) <= TITLE_REACH)))
            // ("How many did it make in 2024?", «tavaly»: a count since the launch is of every year, not of that one.)
            .filter((f) => !(MEASURED_KINDS.has(factKind) && (oneYearAsked || countToCome) && SINCE_STATE.test(member.text)))
            // "In euros": an amount the source gives in another currency does not state it in the one asked for.
            .filter((f) => !(asked.currency && f.money?.currency && f.money.currency !== asked.currency))
            .map((f) => ({ fact: f, member, untitled: factKind === 'person' && roleKeys.size > 0 && !titledBy(f, member, role, lang) && !namesHolder(f, member), penalty: penaltyOf(f, member, offset, anchors) + (factKind === 'place' && isCountry(f, lang) ? COUNTRY : 0) + (NAME_KINDS.has(factKind) ? helperPenalty(f, member.text) : 0) + (forWhom && !markedFor(member.text, f) ? UNMARKED_FOR_REACH : 0) }));
        });
        // ("Kivel tárgyalt Tokajev…", "who did he discuss it with": where the window names no one, the body it names is who.)
        let ranked = rankAs(factKind);
        if (!ranked.length && asked.standIn) (ranked = rankAs(asked.standIn)), (stoodIn = true);
        // ("Whom did Trump try to use as a counterweight to China?": where the window names no one and no body, a country
        // it names is whom, one the question does not name.)
        if (!ranked.length && factKind === 'person' && asked.objectAsked && !signsOnly) ranked = rankAs('place').filter((r) => isCountry(r.fact, lang) && !namesOnlyAskedPlaces(r.fact, lang, questionKeys));
        // "Which political scientist…": whom the window titles so answers, however far, before anyone their quote names.
        if (ranked.some((r) => !r.untitled)) ranked = ranked.filter((r) => !r.untitled);
        ranked.sort((a, b) => a.penalty - b.penalty);
        // ("Which Meta executive did Tokayev discuss AI with?" of «Ранее Вице-президент Meta и Токаев обсудили развитие
        // ИИ»: where the passage titles no one by name, the role at the company is all it says of who it was.)
        // (Only when the question asks which role, a more general one than the passage's: "the Meta vice president's
        // name" is not stated by «Вице-президент Meta».)
        // (And when it asks who did something there: "Who heads Kestrel?" is not answered by its vice president.)
        const didMore = (m: Sentence) => [...questionKeys].some((k) => k.startsWith('c:') && m.keys.has(k) && !roleKeys.has(k) && !role.owners.has(k));
        const roleOnly = !ranked.length && factKind === 'person' && role.owners.size && !asksName ? members.filter(didMore).flatMap((member) => {
          const fact = untitledRole(member, role, askedRoleKeys, lang);
          return fact ? [{ fact, member, untitled: false, penalty: 0 }] : [];
        }) : [];
        if (roleOnly.length) ranked = roleOnly.slice(0, 1);
        if (!ranked.length) return;
        const best = ranked[0]!;
        unmarkedFor = forWhom && !markedFor(best.member.text, best.fact);
        facts = asked.wantsAll && (factKind === 'person' || factKind === 'organisation' || factKind === 'place')
          // "Which countries…": every country the sentence lists, "in" or not.
          ? ranked.filter((r) => r.member === best.member && (!r.fact.weak || factKind === 'place')).map((r) => r.fact)
          : [best.fact];
        if (!facts.length) facts = [best.fact];
        used = [...new Set([sentence, best.member, ...(pairedWith ? [pairedWith] : [])])].sort((a, b) => a.start - b.start);
        // (The one titled so further back is quoted with the sentence, what lies between left out.)
        farScene = best.member === referent && sentences.indexOf(referent) < i - 1;
      } else {
        // Why, which ones, who is, what did they say: the answer often follows the sentence that repeats the
        // question, in the rest of its paragraph (or the next paragraph, when it continues the subject).
        // A quotation is read from where it opens, not from the middle («…ценим това“, каза министърът»).
        const opening = quoteOpenedAt(sentences, i, text);
        used = sentence.end - sentences[opening]!.start <= MAX_QUOTE_CHARS ? sentences.slice(opening, i + 1) : [sentence];
        // («…видеть президента США в Казахстане стало бы знаковым событием. … Однако если *такой* визит состоится…»: a
        // sentence that points back is read with the one before it, in its paragraph.)
        const readBack = used.length === 1 && previous !== undefined && previous.line === sentence.line && !previous.boilerplate && sentence.end - previous.start <= MAX_QUOTE_CHARS && opensContinuation(sentence.text, lang);
        if (readBack) used = [previous, sentence];
        // ("Which summit were the $17 billion of deals made at?": the sentence before, which it goes on from, names it;
        // «на кой самит е сключено споразумението с John Deere»: or the article does, before, where it sets its scene.)
        const namesHead = (s: Sentence | undefined) => s !== undefined && headKeys.some((k) => s.keys.has(k) && !sentence.keys.has(k));
        const scene = asksEvent && !namesHead(before) ? sentences.slice(0, i).reverse().find((s) => !s.boilerplate && namesHead(s)) : undefined;
        const setting = namesHead(before) ? before : scene;
        if (setting && !used.includes(setting)) used = [setting, ...used];
        // ("Why did Tokayev go to Washington, where the Mars deal was made?" of «…a béketanács alakuló ülésének margójára
        // Tokajev amerikai cégekkel találkozott… Ezek között szerepelt… a Mars…»: a why's passage that goes on from the
        // sentence before, which names its subject, is quoted with it; not for the one whose words are the reason,
        // "why, according to Kaliev…", read as they are attributed.)
        const namesSubject = asked.kind === 'purpose' && previous !== undefined && !previous.boilerplate && subjects.some((t) => !asked.source?.includes(t) && namesAny(previous, [t]) && !used.some((u) => namesAny(u, [t])));
        const leadIn = namesSubject && sentence.end - previous.start <= MAX_QUOTE_CHARS * 1.6;
        if (leadIn) used = [previous, ...used];
        farScene = setting === scene && scene !== undefined;
        // (A photo credit between two paragraphs does not end the passage: it is skipped.)
        for (let j = i + 1; sentences[j]; j++) {
          const next = sentences[j]!;
          if (next.boilerplate) continue;
          const last = used[used.length - 1]!;
          if (next.line !== last.line && !carriesOn(last, next, lang)) break;
          // ("Word for word", «дословно»: a quotation the passage has opened is read to its end, «„…възможности.
          // Имате отлични…“, каза той».)
          const opened = verbatim ? quoteOpenedAt(sentences, j, text) : j;
          const quoteGoesOn = opened < j && used.includes(sentences[opened]!);
          if (next.end - sentence.start > MAX_QUOTE_CHARS && used.length > (readBack ? 2 : 1) + (leadIn ? 1 : 0) && !quoteGoesOn) break;
          if (next.end - sentence.start > MAX_QUOTE_CHARS * 1.6) break;
          used.push(next);
        }
      }
      // "…, and what were they interested in?": the paragraph goes on to answer the later clause, and so does the quote.
      // (A fact the window borrowed from a neighbour is told before the later clause's sentences are added.)
      const borrowed = used.some((u) => u !== sentence && u !== pairedWith);
      if (laterWords.length) used = withLaterClause(used, sentences, laterWords, informationOf, lang);
      const first = used[0]!;
      const quote = quoteOf(used, sentences, text, farScene);
      // Why, which ones: a window that gives a reason or lists items answers better than one that only repeats the question.
      const shape = SHAPE[asked.kind]?.(lang);
      // (Or, for a why, one that says the reason is what it tells: «Tokajev utazásának kezdeti *oka*…».)
      const givesReason = asked.kind === 'purpose' && used.some((u) => u.keys.has(REASON));
      const shapeBonus = !factKind && ((shape && used.some((u) => shape.test(u.text))) || givesReason) ? 0.1 : 0;
      // "Freight or passenger locomotives?": a passage that names one of the options answers the choice.
      const choiceBonus = optionKeys.length && used.some((u) => optionKeys.some((k) => u.keys.has(k))) ? CHOICE_HELD : 0;
      const givesTotal = totalAsked && used.some((u) => u.keys.has(TOTAL));
      // "What partner did he call it": the answer qualifies the head noun, in the sentence (or under the subheading) that holds it.
      const headHeld = headKeys.some((k) => sentence.keys.has(k) || sentence.heading?.has(k));
      const headBonus = !factKind && headHeld ? HEAD_HELD : 0;
      const ownShare = pairedWith ? share([...ownSets, pairedWith.keys]) : own;
      const relevance = 0.6 * ownShare + 0.25 * window + 0.15 * hit.coverage + shapeBonus + headBonus + choiceBonus;
      // A fact the matching sentence states itself, in full, beats one borrowed from a neighbour or a lone word.
      // (And one borrowed from further back, the one an anaphoric role refers to, more.)
      // (And a person asked for, one the window names, beats the body that stands in where none is named.)
      // (As does one something is marked as for, "for KTZ", «для КТЖ», when the question asks for whom.)
      const factPenalty = facts[0] ? (borrowed ? 0.1 : 0) + (facts[0].weak || stoodIn ? 0.15 : 0) + (unmarkedFor ? UNMARKED_FOR : 0) + (factKind && farScene ? FAR_REFERENT : 0) : 0;
      // A window that names the subject itself beats one that leans on a sentence further back.
      // and a passage about something else answers an open question only when nothing about the subject does.
      // "How did Lutnick judge the deal?" is answered by his own words in quotes, before a report that only names him
      // (and quotes are his however far back the paragraph introducing them names him).
      const ownWords = used.some(quotesSpeaker) ? OWN_WORDS : 0;
      // (…unless the answer already quotes that sentence for an earlier part: "…and how many were built *there*?")
      const namingQuoted = naming !== undefined && (asked.quoted ?? []).some((q) => holdsSpan(q, file, base + naming.start, base + naming.end));
      // (Nor, for a fact, when its paragraph has named it: «…завод Wabtec Kazakhstan. За этот период… С момента запуска
      // завод выпустил 600 локомотивов для КТЖ».)
      const sameParagraph = factKind !== undefined && naming !== undefined && naming.line === sentence.line;
      const subjectPenalty = subjects.length && !naming ? OFF_SUBJECT : naming && !members.includes(naming) && naming !== titledBack && !sameParagraph && !ownWords && !namingQuoted ? 0.15 : 0;
      // "According to the experts": a passage in someone else's words, or the reporter's, answers less well; the
      // source must speak there (be quoted, or say, stress, note…), not only be named («Tokayev signed…»).
      // («"…стало бы знаковым событием…", — подчеркнул эксперт.»: the quotation names its speaker where it closes.)
      const closing = sources ? closingAttribution(sentences, after ? i + 1 : i) : undefined;
      const source = sources ? subjectSentence(sentences, after ? i + 1 : i, sources, lang) : undefined;
      const attributed = (source && [source, ...members].some(speaks)) || (closing !== undefined && namesAny(closing, sources!));
      const sourcePenalty = sources && !attributed ? UNATTRIBUTED : 0;
      // "Besides the aircraft, what else did they discuss?" is answered by what they "also" discussed.
      // (And a passage that only tells what the asker knows, the aircraft's delivery, answers it less.)
      // (Unless it joins something more to it: «…поставку 300 локомотивов и их сервисное обслуживание».)
      const holdsKnown = (u: Sentence) => [...besidesKeys].some((k) => u.keys.has(k));
      const addition = !besidesKeys.size
        ? 0
        : holdsKnown(sentence)
          // (Or names someone beside it: «…для КТЖ и на экспорт» of "besides export, for whom?".)
          ? joinsToKnown(sentence, besidesKeys, questionKeys, lang) || (NAME_KINDS.has(asked.kind) && facts.length > 0) ? 0 : -ADDS_TO_KNOWN
          : used.some((u) => addsToWhatWasSaid(u.text, lang) && !holdsKnown(u)) ? ADDS_TO_KNOWN : 0;
      // "What would a visit mean?" is answered by what the passage says would be («стало бы знаковым событием»).
      const mood = asked.hypothetical && used.some((u) => isHypothetical(u.text, lang)) ? SAME_MOOD : 0;
      const score = relevance + addition + mood + ownWords - factPenalty - subjectPenalty - sourcePenalty - rank * 0.01 - (quote.length > MAX_QUOTE_CHARS ? 0.05 : 0);
      const long = quote.length > MAX_QUOTE_CHARS * 1.6;
      const holdsFigure = figureKeys.some((k) => used.some((u) => u.keys.has(k)));
      // "What does the Wabtec agreement include?": the passage that says what it includes, about the subject.
      const tellsContents = asksContents && used.some((u) => u.keys.has(INCLUDE)) && (!subjects.length || naming !== undefined);
      windows.push({ hit, text: long ? sentence.text : quote, start: base + (long ? sentence.start : first.start), score, own, window, ...(withDescription > window ? { described: withDescription } : {}), facts, ...(holdsFigure ? { holdsFigure } : {}), ...(givesTotal ? { givesTotal } : {}), ...((asksKind && headHeld && (!subjects.length || naming)) || tellsContents ? { qualifies: true } : {}) });
    });
  });
  // "What kind of locomotives" is answered by a passage about the subject that says which kind, when one does.
  if (windows.some((w) => w.qualifies)) return windows.filter((w) => w.qualifies).sort((a, b) => b.score - a.score);

  // "Which company signed the $2.5 billion deal?": the figure the question gives picks out the deal it is about.
  // (Not the figure of the known side: "…the Wabtec deal at 4.2 bn…, what was the C5+1 total?")
  const figured = figurePicks && !asked.known?.length && windows.some((w) => w.holdsFigure) ? windows.filter((w) => w.holdsFigure) : windows;
  // A fact that several articles state is more likely the one asked about (the deal, not a side figure).
  const filesByFact = new Map<string, Set<string>>();
  for (const w of figured) {
    const key = w.facts[0] && factKey(w.facts[0]);
    if (key) filesByFact.set(key, (filesByFact.get(key) ?? new Set()).add(w.hit.chunk.file));
  }
  for (const w of figured) if (w.facts[0]) w.score += 0.1 * (filesByFact.get(factKey(w.facts[0]))!.size - 1);
  // ("How much were the deals worth in total?": of the windows as much about the question, the one that gives a
  // total answers it before one deal's figure; not one less about it, the C5+1 total for the Peace Council's deals.)
  const bestWindow = Math.max(0, ...figured.map((w) => w.window));
  for (const w of figured) if (w.givesTotal && w.window >= TOTAL_TIE * bestWindow) w.score += TOTAL_HELD;
  return figured.sort((a, b) => b.score - a.score);
}

/** Whether a role the question names titles the person: it stands shortly before the name («специальным представителем … Серджио Гором»). */
function titledBy(fact: Fact, member: Sentence, role: AskedRole, lang: Lang): boolean {
  // ("A vice president of Kestrel *and* Tokayev discussed…": a name joined to the role by "and" is someone else.)
  // ("Stephen Schwarzman, the chief executive of Blackstone", «Шварцман, глава Blackstone»: or right after it, set off by a comma.)
  return roleMentions(member, role, lang).some((at) => (at < fact.at && fact.at - at <= TITLE_REACH && !JOINED.test(member.text.slice(at, fact.at))) || (at >= fact.end && APPOSITION.test(member.text.slice(fact.end, at))));
}
/** What stands between a name and the role set off after it: a comma and at most a few words («, a Blackstone»). */
const APPOSITION = /^,\s+(?:[^\s,;:.!?()«»"]+\s+){0,3}$/u;
/** How far (in characters, within a clause) the words an article puts beside a name describe it. */
const DESCRIPTION_REACH = 30;
/** Words for what makes or sells, which a question describes a company by: "maker", «производитель», «өндіруші», "carrier". */
const MAKER_KEYS: ReadonlySet<string> = new Set(['c:company', 'c:production', 'c:airline']);
/** How many words either side of its word for a maker a question's description of a company runs. */
const DESCRIPTION_WORDS = 3;
/** The keys of a question's description of a company, its word for a maker and the words around it: "the *American railway equipment maker*". */
function descriptionKeys(tokens: QueryToken[]): ReadonlySet<string> {
  const keys = new Set<string>();
  tokens.forEach((t, i) => {
    if (!t.keys.some((k) => MAKER_KEYS.has(k))) return;
    for (const d of tokens.slice(Math.max(0, i - DESCRIPTION_WORDS), i + DESCRIPTION_WORDS)) if (d.sentence === t.sentence && !d.named) d.keys.forEach((k) => keys.add(k));
  });
  return keys;
}
/** Each name of an article, with the terms of a description beside it wherever it stands: «американской *компанией* Wabtec». */
function describedNames(sentences: Sentence[], describing: ReadonlySet<string>): ReadonlyMap<string, ReadonlySet<string>> {
  const described = new Map<string, Set<string>>();
  // (Only a name its article calls a company, a maker or an airline, in the word right beside it, is one a question can
  // describe so: «компанией Wabtec», not Tokayev a few words from «amerikai vállalatokkal».)
  const makers = new Set<string>();
  for (const s of sentences) {
    if (s.boilerplate) continue;
    for (const name of s.names) {
      const at = s.termAt.filter((t) => t.key === name).map((t) => t.at);
      const beside = (t: { at: number }, reach: number) => at.some((a) => Math.abs(t.at - a) <= reach && !/[,;:.!?()«»"]/u.test(s.text.slice(Math.min(a, t.at), Math.max(a, t.at))));
      const keys = described.get(name) ?? described.set(name, new Set()).get(name)!;
      for (const t of s.termAt) if (describing.has(t.key) && beside(t, DESCRIPTION_REACH)) keys.add(t.key);
      if (s.termAt.some((t) => MAKER_KEYS.has(t.key) && beside(t, MAKER_REACH))) makers.add(name);
    }
  }
  return new Map([...described].filter(([name]) => makers.has(name)));
}
/** How far the word that calls a name a company stands from it: the next word («компанией Wabtec», «Wabtec компаниясы»). */
const MAKER_REACH = 14;

/** «директор *на* Blackstone», "chief executive *of* Blackstone": the name a role is of, right after it and its link. */
function ownsRole(fact: Fact, member: Sentence, role: AskedRole, lang: Lang): boolean {
  return roleMentions(member, role, lang).some((at) => at < fact.at && ROLE_OF.test(member.text.slice(at, fact.at)));
}
const ROLE_OF = /^(?:[\p{L}-]+\s+){1,3}(?:of|на|от)\s+(?:the\s+)?$/iu;
/** "And" between a role and a name: two people, not the role's holder. */
const JOINED = /(?:^|[^\p{L}])(?:and|и|és|және|мен|пен|бен)\s+\S*$/iu;

/** The role a person question asks for, and the places the question names ("the US ambassador in Kazakhstan"). */
interface AskedRole {
  keys: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** The names the question ties the role to ("of Meta"): one of them must stand in the role's phrase. */
  owners: ReadonlySet<string>;
}

/**
 * "Which city in Kazakhstan", «в каком городе Казахстана», «Қазақстанның қай қаласында», «kazahsztáni város»: the
 * country right beside the word for the place asked, which the place must be in.
 */
function countryOfPlaceAsked(tokens: QueryToken[], asked: AskedFor, question: string): string | undefined {
  // (By the word of the place's kind when the question has one: «Melyik *amerikai városban* gyártják a *Kazahsztánnak*
  // szánt…» asks an American city, its head the verb.)
  const word = asked.answerType?.[0] ?? asked.head;
  const at = word ? tokens.indexOf(word) : -1;
  if (at < 0) return undefined;
  // (After the word, the country is the place's own in the genitive, «в каком городе *Казахстана*», or after a
  // preposition, "which city *in* Kazakhstan"; an adjective there qualifies the noun after it, «в каком городе
  // *американский* производитель…».)
  const lang = quickLanguage(question);
  const ofPlace = (t: QueryToken) => (lang === 'en' ? new RegExp(`${escapeRegExp(word!.word)}\\s+(?:in|of)\\s`, 'iu').test(question) : !looksAdjectival(t.word, lang));
  const after = tokens[at + 1] && ofPlace(tokens[at + 1]!) ? tokens[at + 1] : undefined;
  // ("In the Hungarian story, in which city…": the article's language says where it was written, not where the city is.)
  const beside = [tokens[at - 1], after, tokens[at - 2]].find((t) => t?.sentence === word!.sentence && t.weight > 0 && t.keys.some(isCountryKey));
  // (Or where the question sets what happens, «в каком городе Blackstone построит центры *в Казахстане*»: the city is there.)
  // (Not a country's possessive: "investing in *Kazakhstan's* minerals" sets no city there.)
  const setIn = (t: QueryToken) => LOCATIVE[lang]?.test(t.word) || (PLACED_IN[lang] !== undefined && new RegExp(`(?:^|[^\\p{L}])(?:${PLACED_IN[lang]})\\s+${escapeRegExp(t.word)}(?![\\p{L}]|['’]s)`, 'iu').test(question));
  const setting = beside ?? tokens.find((t) => t.sentence === word!.sentence && t.weight > 0 && t.keys.some(isCountryKey) && setIn(t));
  return setting?.keys.find(isCountryKey)?.slice(2);
}
/** A place in the case of being in it, «Kazahsztán*ban*», «Қазақстан*да*», or after the word for "in", «*в* Казахстане». */
const LOCATIVE: Partial<Record<Lang, RegExp>> = { hu: /\p{L}(?:ban|ben)$/u, kk: /\p{L}(?:да|де|та|те)$/u };
const PLACED_IN: Partial<Record<Lang, string>> = { en: 'in', ru: 'в|во', bg: 'в|във' };
/** Whether a place fact is a city of another country than the one asked about. */
const cityElsewhere = (fact: Fact, country: string, lang: Lang) =>
  fact.text.split(/\s+/).some((w) => conceptsOf(w.toLowerCase(), lang).some((c) => CITY_COUNTRY[c] !== undefined && CITY_COUNTRY[c] !== country));

/** "How many of the 300…", «сколько из 300», «колко от 300-те», «a 300 közül hány», «300-дің нешеуі»: the whole a part is counted of. */
// (Or the whole first: «A 300 mozdonyból hányat…», «Из 300 локомотивов сколько…», "Of the 300 locomotives, how many…".)
const WHOLE_OF = /\bhow many of (?:the |these |those )?(\d[\d\s,.]*)|(?:^|[^\p{L}])(?:сколько|колко) (?:из|от) (?:этих |тех |тези |всички )?(\d[\d\s,.]*)|(\d[\d\s,.]*)[-\s]?(?:\p{L}+\s+){0,2}?(?:közül|ішінен|\p{L}*(?:ның|нің|дың|дің|тың|тің) (?:нешеуі|қаншасы))|(\d[\d\s,.]*)[-\s]?\p{L}*(?:ból|ből),?\s+(?:hány|mennyi)|(?:^|[^\p{L}])(?:of the|из|от)\s+(\d[\d\s,.]*)\s+\p{L}+,?\s+(?:how many|сколько|колко)/iu;
function wholeAsked(question: string): number | undefined {
  const m = WHOLE_OF.exec(question);
  const figure = m && (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]);
  return figure ? Number(figure.replace(/[\s,.]/gu, '')) || undefined : undefined;
}
/**
 * Whether an organisation a passage names is of one of the particular kinds asked (`kinds`): its name has the kind's
 * shape ("Air Astana"), the kind's word is part of it («a kazah mezőgazdasági *minisztérium*»), or its head's title
 * stands before it («министр *промышленности и строительства*»).
 */
function ofKind(fact: Fact, member: Sentence, kinds: readonly string[]): boolean {
  if (kinds.some((k) => NAME_OF_KIND[k]?.test(fact.text))) return true;
  // ("The *airline* Sky Steppe", «авиакомпания "SCAT"»: or the word right before it, the name's apposition.)
  const beforeName = (at: number) => at < fact.at && KIND_BEFORE_NAME.test(member.text.slice(at, fact.at));
  return member.termAt.some((t) => (kinds.includes(t.key) && ((t.at >= fact.at - KIND_REACH && t.at <= fact.end + KIND_REACH) || beforeName(t.at))) || (kinds.some((k) => t.key === HEAD_OF_KIND[k]) && t.at < fact.at && fact.at - t.at <= TITLE_REACH));
}

/**
 * The executives' titles a question names with no name beside them, which the company it asks for has ("the CEO of
 * which firm"): a head of a company is any of its executives («с главой какой компании»), a head of state none.
 */
function executivesAsked(tokens: QueryToken[]): Set<string> {
  const ofState = (t: QueryToken | undefined) => !!t?.keys.some((k) => COUNTRY_WORDS.includes(k) || isPlaceKey(k));
  return new Set(tokens.flatMap((t, i) => {
    if (t.weight <= 0 || tokens[i - 1]?.named || tokens[i + 1]?.named) return [];
    return t.keys.flatMap((k) => (k === 'c:leader' ? (ofState(tokens[i + 1]) ? [] : COMPANY_VOICES) : COMPANY_VOICES.includes(k) ? [k] : []));
  }));
}

/** Where a figure's phrase joins two things: «…для КТЖ *и* на экспорт», "for the railway *and* for export", «a KTZ-nek *meg* exportra» (and typed without its accent). */
const FIGURE_JOINS = /\s(?:и|and|és|es|meg|valamint|және|мен)\s/iu;
/** How far after a figure the things it is told of stand. */
const SHARED_REACH = 60;

/** Whether a figure is told of two things joined after it, the question naming the second and not the first. */
function sharedByTwo(fact: Fact, sentence: Sentence, questionKeys: ReadonlySet<string>): boolean {
  const after = sentence.text.slice(fact.end, fact.end + SHARED_REACH);
  const joined = FIGURE_JOINS.exec(after);
  if (!joined || /[.;:!?]/u.test(after.slice(0, joined.index))) return false;
  const at = fact.end + joined.index;
  const before = sentence.termAt.filter((t) => t.at > fact.end && t.at < at).at(-1);
  const next = sentence.termAt.find((t) => t.at > at + joined[0].length - 1);
  if (!before || !next || next.at > fact.end + SHARED_REACH) return false;
  // (By every key of a word, its concept too: «на *экспорт*» is the export «изнесени» asks of.)
  const asked = (at: number) => sentence.termAt.some((t) => t.at === at && questionKeys.has(t.key));
  return asked(next.at) && !asked(before.at);
}

/** The number a count fact states («более 600 локомотивов» → 600), if it is written in figures. */
const countOf = (fact: Fact) => fact.value ?? Number(/\d+(?:[\s\u00a0]\d{3})*/u.exec(fact.text)?.[0].replace(/[\s\u00a0]/gu, '') ?? NaN);

/**
 * Whether a date falls before a report's day ("2025-09-22"): its year taken as the report's when it gives none, a month
 * with no day counting as before the report that month.
 */
function beforeReport(date: NonNullable<Fact['date']>, reported: string): boolean {
  const [year, month, day] = reported.split('-').map(Number) as [number, number, number];
  const y = date.year ?? year;
  if (y !== year) return y < year;
  if (date.month === undefined) return false;
  if (date.month !== month) return date.month < month;
  return date.day === undefined || date.day < day;
}

/** A key of a named place (a country, a city, a region). */
export const isPlaceKey = (key: string) => key.startsWith('c:') && NAMED_PLACE_CONCEPTS.has(key.slice(2));
/** A key of a country («Казахстана», "US"). */
const isCountryKey = (key: string) => key.startsWith('c:') && COUNTRY_CONCEPTS.has(key.slice(2));
/** A key of a city («Вашингтон», "Astana"). */
export const isCityKey = (key: string) => key.startsWith('c:') && CITY_CONCEPTS.has(key.slice(2));

/**
 * Where a sentence gives the role asked for, leaving out a mention it ties to a place the question does not
 * name («посла США в Индии» does not answer "the US ambassador in Kazakhstan") or that does not name the company
 * the question ties it to («a Boeing alelnöke» does not answer "the vice president of Meta"). The role's phrase: up to a
 * clause mark after it (Russian, Bulgarian, English: "ambassador in Japan"), and the two words before it
 * (Hungarian, Kazakh, English: «washingtoni nagykövete», "the US ambassador").
 */
function roleMentions(member: Sentence, role: AskedRole, lang: Lang): number[] {
  const text = member.text;
  const keysAround = (at: number) => {
    const word = at + (/^\S*/u.exec(text.slice(at))![0].length);
    const after = lang === 'hu' || lang === 'kk' ? '' : text.slice(word, word + ROLE_PHRASE).split(CLAUSE_MARK)[0]!;
    const before = lang === 'ru' || lang === 'bg' ? '' : (/(?:\S+\s+){0,2}$/u.exec(text.slice(Math.max(0, at - ROLE_PHRASE), at))?.[0] ?? '').split(CLAUSE_MARK).pop()!;
    return member.termAt.filter((t) => t.at >= at - before.length && t.at < word + after.length && t.at !== at).map((t) => t.key);
  };
  // ("The special representative of the US president for Central Asia" is the US president's, whom a question about
  // "the US president's representative" asks for: a role phrase of every place asked, and others, is theirs still;
  // "the US ambassador in India" is none of "the US ambassador in Kazakhstan".)
  const otherPlace = (at: number) => {
    const places = keysAround(at).filter(isPlaceKey);
    return role.places.size > 0 && places.some((k) => !role.places.has(k)) && ![...role.places].every((k) => places.includes(k));
  };
  const otherOwner = (at: number) => role.owners.size > 0 && !keysAround(at).some((k) => role.owners.has(k));
  return member.termAt
    .filter((t) => role.keys.has(t.key) && !otherPlace(t.at) && !otherOwner(t.at))
    .map((t) => t.at);
}

/** The role a passage names at the company asked about, with the company's name: «Вице-президент Meta». */
function untitledRole(member: Sentence, role: AskedRole, askedRoleKeys: ReadonlySet<string>, lang: Lang): Fact | undefined {
  const at = roleMentions(member, role, lang).find((mention) => !member.termAt.some((t) => t.at === mention && askedRoleKeys.has(t.key)));
  if (at === undefined) return undefined;
  const owners = member.termAt.filter((t) => role.owners.has(t.key) && Math.abs(t.at - at) <= ROLE_PHRASE).map((t) => t.at);
  const wordEnd = (from: number) => from + /^[\p{L}\p{N}-]*/u.exec(member.text.slice(from))![0].length;
  const start = Math.min(at, ...owners);
  const end = Math.max(wordEnd(at), ...owners.map(wordEnd));
  return { kind: 'person', text: member.text.slice(start, end), at: start, end };
}

/**
 * "According to the political scientist": the people an article titles with that role («Политолог Талгат Калиев»)
 * are the source too, wherever it names them alone («По словам Талгата Калиев…»). O(the article's terms).
 */
function sourcesIn(sentences: Sentence[], source: QueryToken[]): QueryToken[] {
  // ("according to the political scientist Talgat Kaliev" names the one meant.)
  const roles = new Set(source.flatMap((t) => t.keys.filter((k) => PERSON_ROLE_KEYS.has(k))));
  if (!roles.size || source.some((t) => !t.keys.some((k) => k.startsWith('c:')))) return source;
  const names = new Set<string>();
  for (const s of sentences) {
    for (const role of s.termAt.filter((t) => roles.has(t.key))) {
      for (const name of s.termAt) if (name.key.startsWith('s:') && name.at > role.at && name.at - role.at <= TITLE_REACH) names.add(name.key);
    }
  }
  return names.size ? [...source, { word: '', keys: [...names], named: true, status: 'seen', weight: 1, sentence: 0 }] : source;
}

/** A role the question names and the words that qualify it ("the US *trade* minister", «kereskedelmi miniszter»). */
interface RoleWords {
  role: QueryToken;
  qualifiers: QueryToken[];
}

/** "The trade minister": a role word of the question and the concept words right beside it (not names or countries). */
function roleAndQualifiers(tokens: QueryToken[]): RoleWords | undefined {
  const at = tokens.findIndex(namesRole);
  if (at < 0) return undefined;
  const role = tokens[at]!;
  const qualifies = (t: QueryToken | undefined) =>
    t !== undefined && t.sentence === role.sentence && t.status === 'seen' && !isSubjectName(t) && t.keys.some((k) => k.startsWith('c:') && !COUNTRY_CONCEPTS.has(k.slice(2)) && !PERSON_ROLE_KEYS.has(k));
  return { role, qualifiers: [tokens[at - 1], tokens[at + 1]].filter(qualifies) as QueryToken[] };
}

/** The sentence right after a quoted passage, in its paragraph, as evidence of its own; none at a paragraph's end. */
function followingSentence(quoted: Evidence, documentText: DocumentText): Evidence | undefined {
  const { file, lang, title } = quoted.hit.chunk;
  const whole = documentText(file);
  if (whole === undefined) return undefined;
  const sentences = sentencesOf(file, whole, lang, title);
  const end = quoted.start + quoted.text.length;
  const last = sentences.findIndex((s) => s.start < end && end <= s.end);
  const next = sentences[last + 1];
  if (last < 0 || !next || next.line !== sentences[last]!.line || next.boilerplate) return undefined;
  return { hit: quoted.hit, text: next.text, start: next.start, score: quoted.score, own: 0, window: 0, facts: [] };
}

/** Whether a sentence joins, with an "and", a thing of its own to what the asker already knows. */
function joinsToKnown(sentence: Sentence, known: ReadonlySet<string>, questionKeys: ReadonlySet<string>, lang: Lang): boolean {
  const at = sentence.termAt.filter((t) => known.has(t.key)).map((t) => t.at);
  if (!at.length) return false;
  const and = andAfter(sentence.text, Math.max(...at), lang);
  return and >= 0 && sentence.termAt.some((t) => t.at >= and && t.key.startsWith('c:') && !known.has(t.key) && !questionKeys.has(t.key));
}

/** For each question word of an exchange the article never uses, the other sides it tells it by (see `counterpartConcepts`). */
function counterpartsIn(sentences: Sentence[], tokens: QueryToken[], matchKeys: ReadonlyMap<QueryToken, string[]>): ReadonlyMap<QueryToken, string[]> {
  const found = new Map<QueryToken, string[]>();
  for (const t of tokens) {
    if (t.counterparts && !sentences.some((s) => matchKeys.get(t)!.some((k) => s.keys.has(k)))) found.set(t, t.counterparts);
  }
  return found;
}

/**
 * The names an article titles with the role and its qualifiers («Министърът на търговията на САЩ Хауърд Лутник»):
 * the run of name terms that first follows the role within a title's reach, with each qualifier near the role.
 * The role's words stand for those names in that article. O(the article's terms).
 */
function namesTitled(sentences: Sentence[], { role, qualifiers }: RoleWords): ReadonlyMap<QueryToken, string[]> {
  const roleKeys = new Set(role.keys.filter((k) => PERSON_ROLE_KEYS.has(k)));
  const names = new Set<string>();
  const titling = new Set<QueryToken>();
  for (const s of sentences) {
    for (const r of s.termAt.filter((t) => roleKeys.has(t.key))) {
      // (A word beside the role may be the clause's verb, "the commerce secretary *thank* Tokayev": the qualifiers the
      // title holds are the role's, one is enough, and only they are told by the name.)
      const held = qualifiers.filter((q) => s.termAt.some((t) => q.keys.includes(t.key) && Math.abs(t.at - r.at) <= ROLE_PHRASE));
      if (qualifiers.length && !held.length) continue;
      const named = nameAfter(s, r.at);
      for (const key of named) names.add(key);
      if (named.length) for (const q of held) titling.add(q);
    }
  }
  return names.size ? new Map([role, ...titling].map((t) => [t, [...names]])) : new Map();
}

/**
 * "Which political scientist said…": the people an article titles with the role asked for («Политолог Талгат
 * Калиев») hold it wherever it names them alone («По словам Талгата Калиев…»). O(the article's terms).
 */
function roleHolders(sentences: Sentence[], role: AskedRole, lang: Lang): ReadonlySet<string> {
  return new Set(sentences.flatMap((s) => roleMentions(s, role, lang).flatMap((at) => nameAfter(s, at))));
}

/** The name keys of the name that first follows a role within a title's reach («Говарда Лютника», not the company named after it). */
function nameAfter(s: Sentence, roleAt: number): string[] {
  const after = s.termAt.filter((t) => t.at > roleAt && t.at - roleAt <= TITLE_REACH);
  const namesAt = (at: number) => after.filter((t) => t.at === at && s.names.has(t.key)).map((t) => t.key);
  const words = [...new Set(after.map((t) => t.at))];
  // (The name's words are one run.)
  const keys: string[] = [];
  for (let i = words.findIndex((at) => namesAt(at).length > 0); i >= 0 && i < words.length && namesAt(words[i]!).length > 0; i++) keys.push(...namesAt(words[i]!));
  return keys;
}

/** For a sentence that names a role with no name after it, the last sentence before it that titles someone so. */
function titledBefore(sentences: Sentence[], i: number, role: AskedRole, lang: Lang): Sentence | undefined {
  const sentence = sentences[i]!;
  if (!roleMentions(sentence, role, lang).some((at) => !nameAfter(sentence, at).length)) return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const before = sentences[j]!;
    if (!before.boilerplate && roleMentions(before, role, lang).some((at) => nameAfter(before, at).length > 0)) return before;
  }
  return undefined;
}

/** A sentence whose first word is a person's title, with no name after it: «Президент поздравил…», «Глава государства…». */
function opensWithTitle(s: Sentence, acts: ReadonlySet<string>): boolean {
  const first = s.termAt[0];
  if (first === undefined || first.at !== s.termAt.find((t) => PERSON_ROLE_KEYS.has(t.key))?.at) return false;
  // (Its first name comes after what it does, «Президент *поздравил* Серджио Гора»; «Министърът на търговията на САЩ
  // Хауърд Лутник предложи…» names whom it titles.)
  const name = s.termAt.find((t) => s.names.has(t.key));
  return name === undefined || s.termAt.some((t) => t.at > first.at && t.at < name.at && acts.has(t.key));
}

/** What quoting a fact's holder from further back costs a window, against one that names them itself. */
const FAR_REFERENT = 0.15;

/** The last sentence before a paragraph that opens with direct speech, for a sentence of that paragraph. */
function speakerOf(sentences: Sentence[], i: number): Sentence | undefined {
  const first = paragraphStart(sentences, i);
  const introduction = sentences[first - 1];
  return QUOTE_OPENING.test(sentences[first]!.text) && introduction && !introduction.boilerplate ? introduction : undefined;
}

/**
 * The quoted sentences and, when the later clause has words none of them holds, the ones after them up to the
 * one that holds the most of those words' information, while the paragraph (or a continuing one) goes on:
 * O(the sentences read).
 */
function withLaterClause(used: Sentence[], sentences: Sentence[], laterWords: QueryToken[], informationOf: (t: QueryToken) => number, lang: Lang): Sentence[] {
  const holdsWord = (s: Sentence, t: QueryToken) => t.keys.some((k) => s.keys.has(k));
  const missing = laterWords.filter((t) => !used.some((s) => holdsWord(s, t)));
  if (!missing.length) return used;
  const start = used[0]!.start;
  const more: Sentence[] = [];
  let best = { information: 0, length: 0 };
  for (let j = sentences.indexOf(used[used.length - 1]!) + 1; sentences[j]; j++) {
    const next = sentences[j]!;
    if (next.boilerplate) continue;
    const previous = more[more.length - 1] ?? used[used.length - 1]!;
    if ((next.line !== previous.line && !carriesOn(previous, next, lang)) || next.end - start > MAX_QUOTE_CHARS * 1.6) break;
    more.push(next);
    const information = missing.reduce((sum, t) => sum + (holdsWord(next, t) ? informationOf(t) : 0), 0);
    if (information > best.information) best = { information, length: more.length };
  }
  return [...used, ...more.slice(0, best.length)];
}

/**
 * The sentence, this one or one of the few before it, that names one of the subjects: an article keeps its
 * subject for a while («Как пишет Акорда, документы предусматривают…» after a paragraph on Wabtec).
 */
function subjectSentence(sentences: Sentence[], last: number, subjects: QueryToken[], lang: Lang): Sentence | undefined {
  for (let j = last; j >= 0 && j >= last - SUBJECT_REACH; j--) if (namesAny(sentences[j]!, subjects)) return sentences[j];
  return quotedFrom(sentences, last, subjects, lang);
}

/**
 * «"…стало бы знаковым событием. …", — подчеркнул эксперт.», '"…roads first," said the minister': a quoted paragraph
 * names its speaker where it closes.
 */
const CLOSING_ATTRIBUTION = /["»”“]\s*(?:,|[—–-])|[,!?]["”]\s/u;
function closingAttribution(sentences: Sentence[], at: number): Sentence | undefined {
  let end = at;
  while (sentences[end + 1]?.line === sentences[at]!.line) end++;
  const closing = sentences[end]!;
  return end > at && QUOTE_OPENING.test(sentences[paragraphStart(sentences, at)]!.text) && CLOSING_ATTRIBUTION.test(closing.text) ? closing : undefined;
}

/** The sentence a score ranks first (the first of equals), each sentence scored once. */
function bestAbout(sentences: Sentence[], score: (s: Sentence) => number): Sentence {
  const scores = sentences.map(score);
  return sentences[scores.indexOf(Math.max(...scores))]!;
}

/** Whether a sentence tells only events the question does not ask of, while another sentence beside it tells the one it does. */
function datesAnotherEvent(member: Sentence, members: Sentence[], asked: (s: Sentence) => boolean): boolean {
  return !asked(member) && [...member.keys].some((k) => EVENT_CONCEPTS.has(k)) && members.some((m) => m !== member && asked(m));
}

/** Whether offset `at` of sentence k stands inside a quotation its paragraph opens («…», „…“, "…", “…”). */
function quotedAt(sentences: Sentence[], k: number, at: number): boolean {
  const before = [...sentences.slice(paragraphStart(sentences, k), k).map((s) => s.text), sentences[k]!.text.slice(0, at)].join(' ');
  let depth = 0;
  for (const ch of before) {
    if (ch === '«' || ch === '„') depth++;
    else if (ch === '»' || ch === '”') depth = Math.max(0, depth - 1);
    // (“ closes a Bulgarian „…“ and opens an English “…”; " opens or closes by where it stands.)
    else if (ch === '“' || ch === '"') depth = depth > 0 ? depth - 1 : 1;
  }
  return depth > 0;
}

/** The index of the first sentence of sentence i's paragraph (its line). */
function paragraphStart(sentences: Sentence[], i: number): number {
  let first = i;
  while (first > 0 && sentences[first - 1]!.line === sentences[i]!.line) first--;
  return first;
}

/** Words before a name in which a place's adjective marks whose it is («с *американской* компанией Wabtec»). */
const PLACE_MARK_WORDS = 3;
/** A label of up to three words and a dash opening a line: «От США – …», "For Kazakhstan: …". */
const SIDE_LABEL = /^\s*(?:[\p{L}.-]+\s+){0,2}[\p{L}.-]+\s*[–—:-]\s/u;
const WORD_CHAR = /[\p{L}\p{N}-]/u;
const LETTER = /\p{L}/u;
/**
 * Where the last `count` words before `end` begin (a word: letters, digits and hyphens, with a letter). A backward
 * scan: a regular expression anchored at the text's end tries every start and backtracks through each (3 ms on a long
 * sentence).
 */
function lastWordsStart(text: string, end: number, count: number): number {
  let start = end;
  for (let i = end, words = 0; i > 0 && words < count; ) {
    while (i > 0 && !WORD_CHAR.test(text[i - 1]!)) i--;
    let letter = false;
    for (; i > 0 && WORD_CHAR.test(text[i - 1]!); i--) letter ||= LETTER.test(text[i - 1]!);
    if (letter) {
      words++;
      start = i;
    }
  }
  return start;
}

/**
 * Whether a place the question did not name as the side marks the fact, in the few words before it (of `marking`
 * places only, when given: a country the one asked for is of is not contradicted by the region of their title,
 * «представителем … по делам Южной и Центральной Азии Серджио Гором»).
 */
function ofOtherPlace(fact: Fact, member: Sentence, sideKeys: ReadonlySet<string>, marking?: ReadonlySet<string>): boolean {
  const from = lastWordsStart(member.text, fact.at, PLACE_MARK_WORDS);
  // («От Казахстана – министр промышленности и строительства Ерсайын Нагаспаев»: a side's label before a dash marks all
  // the line tells after it.)
  const line = member.text.lastIndexOf('\n', fact.at - 1) + 1;
  const label = SIDE_LABEL.exec(member.text.slice(line, fact.at));
  const marked = (at: number) => (at >= from && at < fact.at) || (label !== null && at >= line && at < line + label[0].length);
  // (Not a country of the world list only a name's first letters spell: «Daniyar» is no Dane.)
  const marks = member.termAt.filter((t) => marked(t.at) && isPlaceKey(t.key) && (!marking || marking.has(t.key.slice(2))) && !WORLD_COUNTRY_CONCEPTS.has(t.key.slice(2)));
  return marks.length > 0 && marks.every((t) => !sideKeys.has(t.key));
}

/** Whether a sentence names one of the subjects. */
const namesAny = (sentence: Sentence, subjects: QueryToken[]) => subjects.some((t) => t.keys.some((k) => sentence.keys.has(k)));

/**
 * «По его словам…», «—отметил эксперт»: the sentence naming one of the subjects in the paragraph that introduces
 * the paragraphs of quotes, or of references back to the speaker, that sentence `last` is in.
 */
function quotedFrom(sentences: Sentence[], last: number, subjects: QueryToken[], lang: Lang): Sentence | undefined {
  const names = (j: number) => namesAny(sentences[j]!, subjects);
  let first = last;
  for (let paragraphs = 0; paragraphs < SPEAKER_REACH; paragraphs++) {
    first = paragraphStart(sentences, first);
    const paragraph = sentences.slice(first, last + 1).filter((s) => s.line === sentences[first]!.line);
    const carries = QUOTE_OPENING.test(paragraph[0]!.text) || refersToSpeaker(paragraph.map((s) => s.text).join(' '), lang);
    // («"We will invest…," said minister Dana Orlova»: a quotation that names its speaker where it closes, a few words
    // on, is theirs; not «…“, каза той на среща с Токаев», who was spoken to.)
    const closing = paragraph[paragraph.length - 1]!;
    const closes = CLOSING_ATTRIBUTION.exec(closing.text);
    const speakerNamed = closes ? closing.termAt.find((t) => t.at > closes.index && closing.names.has(t.key)) : undefined;
    const wordsBefore = speakerNamed ? (closing.text.slice(closes!.index + 1, speakerNamed.at).match(/\p{L}+/gu) ?? []).length : Infinity;
    if (speakerNamed && wordsBefore <= ATTRIBUTION_WORDS) return subjects.some((s) => s.keys.includes(speakerNamed.key)) ? closing : undefined;
    if (!carries || first === 0) return undefined;
    last = first - 1;
    first = last;
    for (let j = last; j >= 0 && sentences[j]!.line === sentences[last]!.line; j--) if (names(j)) return sentences[j];
  }
  return undefined;
}

/**
 * Whether the sentence introducing a quotation names this person before anyone else, the way a speaker is
 * («Хауърд Лутник предложи … на Токаев»: Lutnick speaks next, not Tokayev).
 */
function namedFirst(introduction: Sentence | undefined, person: QueryToken): boolean {
  if (!introduction) return false;
  const at = Math.min(...introduction.termAt.filter((t) => person.keys.includes(t.key)).map((t) => t.at));
  if (at === Infinity) return false;
  // The names before it are one run with it ("Howard Lutnick").
  const run = [...introduction.termAt.filter((t) => t.at < at && introduction.names.has(t.key)).map((t) => t.at), at].sort((a, b) => a - b);
  return run.every((mention, k) => k === 0 || mention - run[k - 1]! <= NAME_RUN);
}
/** Words from a quotation's close to the name of its speaker ("said minister Dana Orlova"). */
const ATTRIBUTION_WORDS = 3;
/** Characters from one word of a name to the next. */
const NAME_RUN = 20;

/** How far a fact is from what the question asks about: characters from the nearest shared term, plus penalties. */
function penaltyOf(fact: Fact, member: Sentence, offset: number, anchors: Array<{ key: string; at: number }>): number {
  const at = fact.at + offset;
  const between = (a: number) => member.text.slice(Math.min(a - offset, fact.at), Math.max(a - offset, fact.at));
  // Characters apart, a clause boundary (";", a line break) counting as far.
  const sameClause = (a: { at: number }) => !/[;\n]/.test(between(a.at));
  const distance = Math.min(1e6, ...anchors.map((a) => Math.abs(a.at - at) + (sameClause(a) ? 0 : 100)));
  // «От Казахстана – министр промышленности … Нагаспаев; От США – министр торговли … Латник»: the fact whose own
  // clause holds more of the question ("Kazakhstan's minister of industry") is the one asked about.
  const clauseKeys = new Set(anchors.filter(sameClause).map((a) => a.key)).size;
  return distance - CLAUSE_WORD * Math.max(0, clauseKeys - 1) + (offset ? 150 : 0) + (fact.weak ? 150 : 0);
}

/** "300 грузовых локомотивов": a count followed, at most two words later, by what the question counts. */
function nearFocus(fact: Fact, sentence: Sentence, focusKeys: Set<string>): boolean {
  if (!focusKeys.size) return false;
  const close = (between: string, words: number) => !/[.;!?]/.test(between) && (between.match(/[\p{L}\p{N}]+/gu) ?? []).length <= words;
  return sentence.termAt.some((t) => {
    if (!focusKeys.has(t.key)) return false;
    // "Among the first how many?": the count follows the ordinal («az első öt ország», "the first five").
    if (t.at < fact.at) return ORDINAL_CONCEPTS.has(t.key) && close(sentence.text.slice(t.at, fact.at).replace(/^[\p{L}\p{N}]+/u, ''), 0);
    return t.at >= fact.end && close(sentence.text.slice(fact.end, t.at), 2);
  });
}

/**
 * The best window plus supporting ones: other articles that state the same fact, or windows almost as
 * good, at most three in all and one per article when the fact repeats across articles.
 */
export function chooseQuotes(ranked: Evidence[], max = MAX_QUOTES, every = false): Evidence[] {
  const best = ranked[0];
  if (!best) return [];
  const chosen = [best];
  const bestKey = best.facts[0] && factKey(best.facts[0]);
  for (const e of ranked.slice(1)) {
    if (chosen.length >= max) break;
    const sameFact = bestKey && e.facts[0] && factKey(e.facts[0]) === bestKey;
    // "Which political scientists…": everyone asked for, each named in a passage of their own, in the best one's article.
    const another = every && e.facts[0] && !sameFact && e.hit.chunk.file === best.hit.chunk.file && e.score >= best.score * EVERY_ONE && !chosen.some((c) => c.facts[0] && factKey(c.facts[0]) === factKey(e.facts[0]!));
    const strong = (e.score >= best.score * 0.8 && !bestKey) || another;
    if (sameFact ? chosen.some((c) => c.hit.chunk.file === e.hit.chunk.file) : !strong) continue;
    if (chosen.some((c) => overlaps(c, e))) continue;
    chosen.push(e);
  }
  return chosen;
}

/** Whether a passage holds a span of a file whole. */
const holdsSpan = (e: Evidence, file: string, start: number, end: number) => e.hit.chunk.file === file && e.start <= start && end <= e.start + e.text.length;
const overlaps = (a: Evidence, b: Evidence) =>
  a.hit.chunk.file === b.hit.chunk.file ? a.start < b.start + b.text.length && b.start < a.start + a.text.length : wordsKey(a.text) === wordsKey(b.text);
const wordsKey = (text: string) => lowerWords(text).join(' ');

/** The closest passages for a "not stated" answer: the windows that hold the most of the question, one per article. */
function closestPassages(hits: Hit[], tokens: QueryToken[], question: string, informationOf: (t: QueryToken) => number, documentText: DocumentText, max = 2): Evidence[] {
  const passages: Evidence[] = [];
  for (const e of rankWindows(hits, tokens, { kind: 'other' }, question, informationOf, documentText)) {
    if (e.own >= SUBJECT_TALK && !passages.some((p) => p.hit.chunk.file === e.hit.chunk.file)) passages.push(e);
  }
  return passages.slice(0, max);
}

/** One thing a question asks ("who signed it", "and when") with the windows that answer it. */
export interface AnsweredPart {
  asked: AskedFor;
  quotes: Evidence[];
}

/**
 * Numbers citations in order of first use and renders the offline answer: the key facts first, then the quotes.
 * A question that asks two things ("since when, and how many") gets each part's fact, and each part's best
 * window when the first part's quotes do not already hold it.
 */
/**
 * "Which deal is bigger, Mars's or John Deere's?": the compared parts with the figure asked for first, and the sign
 * that weighs them ("2,5 млрд долларов > 180 млн долларов"); none when their figures are not of one unit.
 */
export function inVerdictOrder(parts: AnsweredPart[], wanted: 'greater' | 'lesser'): { parts: AnsweredPart[]; sign: string } | undefined {
  const values = parts.map((part) => {
    const fact = part.quotes[0]?.facts[0];
    return fact && !fact.weak ? factValue(fact) : undefined;
  });
  if (values.some((v) => v === undefined || !Number.isFinite(v.value) || v.unit !== values[0]!.unit)) return undefined;
  const order = parts.map((part, i) => ({ part, value: values[i]!.value })).sort((a, b) => (wanted === 'greater' ? b.value - a.value : a.value - b.value));
  // (Equal figures: neither is the one asked for.)
  if (order.some((o, i) => i > 0 && o.value === order[i - 1]!.value)) return undefined;
  return { parts: order.map((o) => o.part), sign: wanted === 'greater' ? ' > ' : ' < ' };
}

export function composeExtractive(parts: AnsweredPart[], lang: Lang, verdictSign?: string): { answer: string; lead?: string; citations: Citation[] } {
  const quotes = [...parts[0]!.quotes];
  // Each further part adds its best passage the answer does not quote yet.
  for (const part of parts.slice(1)) {
    const best = part.quotes.find((e) => !quotes.some((q) => overlaps(q, e)));
    if (best) {
      quotes.push(best);
      continue;
    }
    const first = part.quotes[0];
    if (!first) continue;
    // (Where each of its passages shares a sentence with a quote, its best one stands in place of a quote it holds
    // whole: a claim checked, «…John Deere на сумму 2,5 миллиарда. В ближайшие пять лет 3000 единиц…», around the count
    // asked beside it.)
    const holding = quotes.findIndex((q) => holdsSpan(first, q.hit.chunk.file, q.start, q.start + q.text.length));
    if (holding >= 0) {
      quotes[holding] = first;
      continue;
    }
    // (Or it still comes in when no quote holds the fact it leads with, «…John Deere на сумму 2,5 миллиарда…» before
    // the quoted «В ближайшие пять лет…»: in place of the quote it shares a sentence with, when it holds that quote's
    // fact too.)
    const fact = first.facts[0]?.text;
    if (fact === undefined || quotes.some((q) => q.text.includes(fact))) continue;
    const within = quotes.findIndex((q) => overlaps(q, first) && q.facts[0] !== undefined && first.text.includes(q.facts[0].text));
    if (within >= 0) quotes[within] = first;
    else quotes.push(first);
  }
  const citations: Citation[] = quotes.map((e, i) => citationOf(e, i + 1));
  const markers = citations.map((c) => `[${c.n}]`).join('');
  const leads = [...new Set(parts.map((p) => leadFor(p.quotes, lang, p.asked)).filter((l): l is string => Boolean(l)))];
  // (A verdict weighs every figure: one alone would read as the one asked for.)
  const lead = leads.length && (!verdictSign || leads.length === parts.length) ? leads.join(verdictSign ?? '; ') : undefined;
  const body = citations.map((c) => `«${c.quote}» [${c.n}]`).join('\n');
  return { answer: `${lead ? `${lead} ${markers}` : phrase('accordingToSources', lang)}\n\n${body}`, lead, citations };
}

/** The key fact of the best window, as a short phrase; none unless the window is clearly about the question. */
function leadFor(quotes: Evidence[], lang: Lang, asked: AskedFor): string | undefined {
  const best = quotes[0];
  // A wrong lead fact is worse than none: lead only when the window is clearly about the question, or when
  // several articles state the same fact, or one sentence lists every party asked for.
  const corroborated =
    quotes.filter((q) => best?.facts[0] && q.facts[0] && factKey(q.facts[0]) === factKey(best.facts[0])).length > 1 ||
    Boolean(asked.wantsAll && best && best.facts.length >= 2);
  // Names are read from capitalisation alone, figures from their units: a name leads only from a window that is
  // squarely about the question.
  const bar = NAME_KINDS.has(asked.kind) ? { own: 0.5, window: 0.7 } : { own: 0.45, window: 0.6 };
  // A country named without "in" («перспективы для Казахстана») is no answer to "where" to lead with; the
  // countries a sentence lists are the answer to "which countries".
  const listed = asked.wantsAll && (best?.facts.length ?? 0) > 1;
  const located = !(asked.kind === 'place' && best?.facts[0]?.weak && !listed);
  const confident = best && best.facts.length > 0 && located && (best.own >= bar.own || best.window >= bar.window || corroborated);
  // ("5 years" is no "5 periods": a span asked for is counted in the source's units, which its quote shows.)
  const spanAsked = asked.counted?.some(namesSpan);
  const counted = asked.kind === 'count' && !spanAsked ? asked.counted?.map((t) => t.word).join(' ') || undefined : undefined;
  // "Which analysts…": everyone of the role the chosen passages name, each passage its own.
  const everyone = asked.wantsAll && asked.kind === 'person' && asked.role?.length && best?.facts.length === 1 ? quotes.filter((q) => q.hit.chunk.file === best?.hit.chunk.file).flatMap((q) => q.facts) : best?.facts ?? [];
  const facts = everyone.filter((f, k) => everyone.findIndex((g) => leadKey(g) === leadKey(f)) === k);
  return confident ? leadOf(facts, lang, counted) : undefined;
}

export function citationOf(e: Evidence, n: number): Citation {
  const c = e.hit.chunk;
  const page = pageAt(c, e.start);
  return { n, file: c.file, lang: c.lang, title: c.title, date: c.date, publisher: c.publisher, ...(page ? { page } : {}), quote: e.text, score: Math.round(Math.min(1, e.score) * 1000) / 1000 };
}

export function relatedOf(e: Evidence): RelatedPassage {
  const c = e.hit.chunk;
  return { file: c.file, lang: c.lang, title: c.title, quote: e.text };
}
