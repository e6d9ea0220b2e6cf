import { findAuthor, findDateline, outletName } from '../corpus/metadata.js';
import { escapeRegExp, speaksOfFuture, tellsOfEarlier } from '../language/discourse.js';
import { foldWord } from '../language/fold.js';
import { REPORTING_CONCEPTS } from '../language/lexicon/index.js';
import type { Lang } from '../language/lang.js';
import { asAsked, questionSentences, splitSentences } from '../language/sentences.js';
import type { Hit, QueryToken } from '../search/retriever.js';
import { inSentence, occurrencesOf } from '../search/query-token.js';
import { isPlaceKey, type AskedFor, type Evidence } from './extractive.js';
import { dateFacts, PERSON_ROLE_KEYS, type Fact, type FactKind } from './facts.js';

/** A question about an article rather than about the news: who wrote it, which outlet published it, when, or whom it
 * credits its news to. */
export type Provenance = 'author' | 'outlet' | 'published' | 'cited';

/** The document facts a provenance answer reads (the text is read only for the chosen article). */
export interface ArticleRecord {
  text: string;
  publisher?: string;
}

// "who wrote", «кто написал», «кой написа», "ki írta", «кім жазды»: "who" next to a verb of writing.
const WHO = new Set(['who', 'кто', 'кой', 'коя', 'ki', 'кім']);
const OUTLET_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['organisation', 'place', 'other']);
const CITED_KINDS: ReadonlySet<AskedFor['kind']> = new Set(['person', 'organisation']);

/**
 * Reads a question as a provenance question: it names an author ("the author", "which journalist",
 * "who wrote"), or asks which outlet (site, agency, publication) published or reported something. Its words are
 * those past a label that says what the answer is for (`afterLabel`); its sentences are the whole message's.
 */
export function provenanceAsked(question: string, asked: AskedFor, questionTokens: QueryToken[], afterLabel = question): Provenance | undefined {
  // (Only the words of the question given: not a label's before it, "quick one for a *report*: since when…?".)
  const words = new Set(afterLabel.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const tokens = questionTokens.filter((t) => words.has(t.word.toLowerCase()));
  const has = (concept: string, among = tokens) => among.some((t) => t.keys.includes(`c:${concept}`));
  // "When was the article published", «Melyik napon jelent meg a Fakti.bg cikke»: its dateline, even where the
  // question asks its author too ("who wrote it, and when was it published?" is two parts, each asking its own). So
  // is "on which day was the deal reported", «melyik napon számoltak be»: the article is the report; not "according
  // to reports, when will it open", «по сообщениям», where the reports only vouch for another event.
  // ("For my school report on… Since which year…?": a report the asker writes, in a sentence that asks nothing, is theirs.)
  const asking = askingSentences(question);
  // («Какого числа появились новости о сделке», "when did the news of the deal come out": the news is the article.)
  // («Какой датой помечен материал…», «мақала қай күні шықты»: so is the day of the article, the piece, written.)
  const reportAsked = tokens.some((t) => (t.keys.includes('c:report_inform') || t.keys.includes('c:news') || t.keys.includes('c:write')) && occurrencesOf(t).some((o) => asking.has(o.sentence) && !vouches(question, o.word)));
  if (asked.kind === 'date' && (has('publish') || reportAsked)) return 'published';
  // (Who wrote it, which outlet or source: of this part's own clause where the message asks two things, "which company
  // did he talk to, and which outlet reports it?" asking the outlet in its second part only.)
  // (Nor the asker's own sentence that asks nothing: "I'm a journalist. Who signed it for Kazakhstan?")
  const own = tokens.filter((t) => (asked.ownClause?.length ? asked.ownClause.includes(t) : !asked.laterClause?.includes(t)) && occurrencesOf(t).some((o) => asking.has(o.sentence)));
  if (has('author', own)) return 'author';
  // ("Which political scientists did the BAQ.KZ correspondent talk to?", «Кой политолог в статията на BAQ.KZ…» ask
  // for them, not for the correspondent or the article's writer.)
  const otherRole = own.some((t) => t.keys.some((k) => PERSON_ROLE_KEYS.has(k) && k !== 'c:journalist'));
  if (asked.kind === 'person' && has('journalist', own) && !otherRole) return 'author';
  if (asked.kind === 'person' && has('write', own) && !otherRole) {
    const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
    // ("According to the article, who signed…": an article that vouches for the news wrote none of it.)
    const writing = new Set(own.filter((t) => t.keys.includes('c:write') && !vouches(question, t.word)).map((t) => t.word.toLowerCase()));
    // ("who wrote", "wrote who", «кой я е написал»: "who" a few words before the verb.)
    if (words.some((w, i) => writing.has(w) && (words.slice(Math.max(0, i - WHO_REACH), i).some((x) => WHO.has(x)) || WHO.has(words[i + 1] ?? '')))) return 'author';
  }
  // "Which outlet…", or "which news site / hírportál reported…".
  // (In a sentence that asks: "The Hungarian outlet mentions a Mars deal. In which city…?" asks no outlet. Nor does
  // "…, which the Hungarian outlet writes about": an outlet so named is the article read, and weighs nothing, unless
  // it is what the question word asks for, "which Hungarian outlet…".)
  const asks = (concept: string) => own.some((t) => t.keys.includes(`c:${concept}`) && occurrencesOf(t).some((o) => asking.has(o.sentence)) && (t.weight > 0 || t.word === asked.head?.word));
  if (OUTLET_KINDS.has(asked.kind) && (asks('media_outlet') || (asks('news') && (asks('report_inform') || asks('write'))))) return 'outlet';
  // «На кого ссылается Zakon.kz», "Zakon.kz credits whom as its source", «На кой източник се позовава Lada.kz»: whom
  // the article credits its news to (not "which outlet wrote, citing Akorda?", which asks the outlet).
  if (CITED_KINDS.has(asked.kind) && asks('reference_source')) return 'cited';
  return undefined;
}

// "According to reports", «по сообщениям», «согласно сообщениям», «според съобщенията», «értesülések szerint»,
// «хабарлауынша»: a report word in a phrase that names where a claim comes from.
// ("*As* was reported", «*как* сообщалось», «*както* съобщи», «*ahogy* beszámoltak», «хабарла*нғандай*»: a report that
// vouches for what is asked about.)
// ("*In the Hungarian* report, in what year…", «*в венгерском* сообщении», «a magyar tudósítás*ban*»: where the fact is
// read, not what is asked about.)
const VOUCHING_BEFORE = /(?:^|[^\p{L}])(?:(?:according to|as|per|по|согласно|как|според|както|по данни на|ahogy|ahogyan)\s+(?:\p{L}+\s+)?|(?:in|в|във)\s+(?:\p{L}+\s+){0,2})$/iu;
// ("the article *says*", «a cikk *szerint*», «мақаласы *бойынша*», «мақалаға *сәйкес*»: or after it.)
const VOUCHING_AFTER = /^\s+(?:szerint|бойынша|сәйкес|says?|states?|writes?|reports?)(?![\p{L}])/iu;
const vouches = (question: string, word: string) => {
  // (The word itself, not a longer one it begins: «мақаласы» is not «мақаласында».)
  const at = question.toLowerCase().search(new RegExp(`(?<![\\p{L}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}])`, 'u'));
  return at >= 0 && (VOUCHING_BEFORE.test(question.slice(0, at)) || VOUCHING_AFTER.test(question.slice(at + word.length)) || /ынша$|інше$|(?:ған|ген|қан|кен)дай$|(?:ban|ben)$/u.test(word));
};

/** The sentences of a message that end in a question mark; all of them when none does. */
function askingSentences(question: string): Set<number> {
  const sentences = questionSentences(question);
  const asking = sentences.flatMap((s, i) => (asAsked(s).includes('?') ? [i] : []));
  return new Set(asking.length ? asking : sentences.map((_, i) => i));
}

/** How many words before a verb of writing its "who" may stand. */
const WHO_REACH = 3;

// The article's own words, and the reporting that asks which outlet ("which news site reported…").
const PROVENANCE_CONCEPTS = new Set([...REPORTING_CONCEPTS].map((id) => `c:${id}`));
/** A word of the question that asks about the article ("who *wrote*", "which *news site reported*"), not about its news. */
export const asksAboutTheArticle = (t: QueryToken) => t.keys.some((k) => PROVENANCE_CONCEPTS.has(k));

/**
 * The evidence for a provenance question: the byline of the article the question is about (the one whose
 * outlet it names, else the first of `hits`, which come best match first), or the line that names its
 * outlet. Nothing when the article does not say.
 */
export function provenanceEvidence(
  provenance: Provenance,
  hits: Hit[],
  tokens: QueryToken[],
  articleOf: (file: string) => ArticleRecord | undefined,
): Evidence | undefined {
  const firstHits = new Map<string, Hit>();
  for (const hit of hits) if (!firstHits.has(hit.chunk.file)) firstHits.set(hit.chunk.file, hit);
  const asked = new Set(tokens.filter((t) => t.named).map((t) => foldWord(t.word, 'en')));
  const candidates = [...firstHits.values()];
  const named = candidates.filter((h) => h.chunk.publisher && asked.has(outletName(h.chunk.publisher)));
  // (The article asked about is the first; another article's byline or day is not its own, nor, of the same outlet,
  // another story's source.)
  const articles = named.length ? named : candidates.slice(0, 1);
  for (const hit of provenance === 'cited' ? articles.slice(0, 1) : articles) {
    const article = articleOf(hit.chunk.file);
    if (!article) continue;
    const found = provenance === 'author'
      ? bylineOf(article.text)
      : provenance === 'published'
        ? datelineOf(article.text)
        : provenance === 'cited'
          ? creditedLine(article, hit.chunk.lang)
          : outletLine(article, hit.chunk.lang);
    if (found) return { hit, text: found.quote, start: found.start, score: 1, own: 1, window: 1, facts: [{ kind: FACT_KIND[provenance], text: found.name, at: 0, end: found.name.length, ...(found.date ? { date: found.date } : {}) }] };
  }
  return undefined;
}

const TELLING_ACTS = ['announce', 'report_inform'];
/** What news reports as done on the day it is dated: a signing, a meeting, an offer, talks, thanks, an invitation, the news itself. */
const REPORTED_ACTS: ReadonlySet<string> = new Set(['sign', 'meeting', 'talks', 'offer_propose', 'thank', 'invite', ...TELLING_ACTS].map((id) => `c:${id}`));
/** What news tells as yet to come (an arrival, a delivery, a plant's opening or output): its day dates none of them. */
const LATER_ACTS: ReadonlySet<string> = new Set(['arrival', 'supply_delivery', 'production', 'build', 'open', 'launch', 'startup', 'start_begin', 'operate', 'export'].map((id) => `c:${id}`));
/** "When was it announced?", «Когда сообщили…»: a report is its own telling; any passage about what it tells is one. */
const TELLING_ACT_KEYS: ReadonlySet<string> = new Set(TELLING_ACTS.map((id) => `c:${id}`));

/**
 * "When were the Wabtec agreements signed?" of an article that reports the signing without dating it: the day the
 * article is dated, and the passage that tells the act (found by `passagesAbout` for the act and the names asked
 * about). Nothing for what is yet to come, for a passage that does not tell the act, tells it as earlier news («Ранее…»)
 * or dates something itself.
 */
export function datedByReport(
  tokens: QueryToken[],
  question: string,
  lang: Lang,
  passagesAbout: (tokens: QueryToken[]) => Evidence[],
  analyse: (text: string, lang: Lang) => QueryToken[],
  articleOf: (file: string) => ArticleRecord | undefined,
): Evidence[] | undefined {
  // (The acts of the sentence that asks: «Келісім туралы көп *жазылды*. … қашан жеткізіледі?», "much was written about
  // the deal. When is it delivered?", asks no day of the writing.)
  const asking = Math.max(...tokens.flatMap((t) => occurrencesOf(t).map((o) => o.sentence)));
  const acts = new Set(tokens.filter((t) => inSentence(t, asking)).flatMap((t) => t.keys).filter((k) => REPORTED_ACTS.has(k)));
  // (Nor for a term, «на какой срок заключён»: how long it runs is no day.)
  if (!acts.size || speaksOfFuture(question, lang) || tokens.some((t) => t.keys.includes('c:deadline'))) return undefined;
  const asked = tokens.filter((t) => t.weight > 0 && (t.named || t.keys.some((k) => acts.has(k))));
  const told = [...acts].some((k) => TELLING_ACT_KEYS.has(k));
  const passage = passagesAbout(asked).find((p) => told || analyse(p.text, p.hit.chunk.lang).some((t) => t.keys.some((k) => acts.has(k))));
  if (!passage || dateFacts(passage.text).length || tellsOfEarlier(passage.text, passage.hit.chunk.lang)) return undefined;
  // ("When does the first locomotive of the contract signed in September arrive?": an act to come the article does not
  // tell is what is asked, not the signing that names the contract; "the supply agreement" is the one it tells.)
  const article = articleOf(passage.hit.chunk.file);
  const toldKeys = new Set(analyse(article?.text ?? passage.text, passage.hit.chunk.lang).flatMap((t) => t.keys));
  if (tokens.some((t) => t.keys.some((k) => LATER_ACTS.has(k) && !toldKeys.has(k)))) return undefined;
  // ("When did Choksi meet Tokayev?": a passage about another of Tokayev's meetings dates none of Choksi's. A name asked
  // stands in the passage or its paragraph before it: «…посещение на Токаев… Пресслужбата съобщи, че *той* се е срещнал…».)
  const paragraph = article ? article.text.lastIndexOf('\n', passage.start - 1) + 1 : passage.start;
  const around = article ? article.text.slice(paragraph, passage.start + passage.text.length) : passage.text;
  const aroundKeys = new Set(analyse(around, passage.hit.chunk.lang).flatMap((t) => t.keys));
  // (Not a place, which sets the act rather than takes part: «Когда Лутник *в Нью-Йорке* предложил…».)
  if (asked.some((t) => t.named && !t.keys.some(isPlaceKey) && !t.keys.some((k) => aroundKeys.has(k)))) return undefined;
  const line = provenanceEvidence('published', [passage.hit], tokens, articleOf);
  // («date 2025-04-04 В Ташкенте 3 апреля состоялось…»: a line that dates the news itself is no report's day.)
  const dated = line?.facts[0]?.date;
  if (!line || dateFacts(line.text).some((f) => f.date?.day !== undefined && (f.date.day !== dated?.day || f.date.month !== dated?.month))) return undefined;
  return [line, passage];
}

const FACT_KIND: Record<Provenance, FactKind> = { author: 'person', outlet: 'organisation', published: 'date', cited: 'organisation' };

/** A line of the article that answers: what it names (as written), the line, where it starts; a date, read. */
interface FoundLine {
  name: string;
  quote: string;
  start: number;
  date?: Fact['date'];
}

/** The line that dates the article («… Zakon.kz от 22.09.2025 21:10», "date 2025-11-07"), and the date as written. */
function datelineOf(text: string): FoundLine | undefined {
  const dateline = findDateline(text);
  if (!dateline) return undefined;
  const start = text.lastIndexOf('\n', dateline.at) + 1;
  const end = text.indexOf('\n', dateline.at);
  const line = text.slice(start, end < 0 ? text.length : end);
  const [year, month, day] = dateline.date.split('-').map(Number);
  return { name: dateline.written, quote: line.trim(), start: start + (line.length - line.trimStart().length), date: { day, month, year } };
}

function bylineOf(text: string): FoundLine | undefined {
  const byline = findAuthor(text);
  if (!byline) return undefined;
  const line = text.slice(byline.start, byline.end);
  return { name: byline.name, quote: line.trim(), start: byline.start + (line.length - line.trimStart().length) };
}

/** The sentence that names the article's outlet («…сообщает Zakon.kz»), for an article that states one. */
function outletLine(article: ArticleRecord, lang: Lang): FoundLine | undefined {
  const publisher = article.publisher;
  if (!publisher) return undefined;
  const at = article.text.toLowerCase().indexOf(publisher.toLowerCase());
  if (at < 0) return undefined;
  const lineStart = article.text.lastIndexOf('\n', at) + 1;
  const lineEnd = article.text.indexOf('\n', at);
  const line = article.text.slice(lineStart, lineEnd < 0 ? article.text.length : lineEnd);
  const sentence = splitSentences(line, lang).find((s) => lineStart + s.end > at) ?? { start: 0, end: line.length };
  return { name: publisher, quote: line.slice(sentence.start, sentence.end).trim(), start: lineStart + sentence.start };
}

/** A name as an attribution gives it: capitalised words, or up to two lowercase words before one («пресс-службу Акорды»). */
const NAME = String.raw`((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)`;
/** A noun phrase that reports, right before its verb, no comma between («пресслужбата на президента съобщи»). */
const REPORTER = String.raw`((?:[\p{L}-]+\s+на\s+)?[\p{L}-]+)`;
/**
 * How each language credits news to a source: «со ссылкой на Акорду», «как пишет Акорда», «по данным…»; «позовавайки
 * се на…», «според…», «пресслужбата на президента съобщи»; "according to…", "citing…"; «az Akorda közölte»;
 * «Ақорданың хабарлауынша».
 */
const credit = (source: string) => new RegExp(source, 'gu');
const CREDITS: Record<Lang, RegExp[]> = {
  ru: [credit(String.raw`со ссылкой на\s+${NAME}`), credit(String.raw`(?:пишет|сообщает|передает|передаёт|информирует)\s+${NAME}`), credit(String.raw`по (?:данным|информации|сообщению)\s+${NAME}`)],
  bg: [credit(String.raw`позовавайки се на\s+${NAME}`), credit(String.raw`(?:според|по данни на)\s+${NAME}`), credit(String.raw`${REPORTER}\s+(?:съобщи|съобщава|информира)(?![\p{L}])`)],
  en: [credit(String.raw`(?:according to|citing)\s+${NAME}`)],
  hu: [credit(String.raw`${NAME}\s+(?:közölte|jelentette|tájékoztatott)(?![\p{L}])`)],
  kk: [credit(String.raw`${NAME}(?:ның|нің|дың|дің|тың|тің)\s+(?:хабарлауынша|мәліметінше)`)],
};

/**
 * The first sentence that credits the article's news to a source («Как пишет Акорда, …», «…, сообщает Lada.kz со
 * ссылкой на Акорду»), and the source as written; the article's own outlet («сообщает Zakon.kz») is none.
 */
function creditedLine(article: ArticleRecord, lang: Lang): FoundLine | undefined {
  const own = article.publisher ? outletName(article.publisher) : undefined;
  for (const sentence of splitSentences(article.text, lang)) {
    const text = article.text.slice(sentence.start, sentence.end);
    for (const pattern of CREDITS[lang]) {
      for (const match of text.matchAll(pattern)) {
        const name = match[1]!.trim().replace(/[.,]+$/u, '');
        if (own !== undefined && foldWord(name.split(/[\s.]/u)[0]!.toLowerCase(), 'en') === own) continue;
        const start = sentence.start + (text.length - text.trimStart().length);
        return { name, quote: text.trim(), start };
      }
    }
  }
  return undefined;
}
