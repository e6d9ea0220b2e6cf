import { termsOf } from '../language/analyse.js';
import { askerClauses, namedAsCompany, placesSomething } from '../language/discourse.js';
import type { Lang } from '../language/lang.js';
import { holdsKey } from '../language/lexicon/hierarchy.js';
import { isSubjectName, isUnknownName, subjectNames, type QueryToken } from '../search/query-token.js';
import { isCityKey, isPlaceKey } from './extractive.js';
import { namesRole, titledPeople } from './facts.js';

// What a yes/no question claims about who or which: the holder of a role, a name put in place of one the sources give,
// who signed. The claimed words are the claim the answer checks, not a subject the evidence must hold.

/**
 * A yes/no question that names, as the holder of a role, someone the sources never name ("Was *Larry Fink* the
 * Blackstone CEO Tokayev met?", «…АҚШ Мемлекеттік хатшысы *Энтони Блинкенмен* кездесті ме?»), or, as where a role is
 * held, a company they never name («Джеф Шоки изпълнителен вицепрезидент на *Lockheed Martin* ли е?»), or, as the
 * partner or the base of a company they do name, one they never name («…клинику Ashmore будут строить вместе с *Mayo
 * Clinic*?»): it checks who holds the role, where, or with whom, which the sources may well say.
 */
export interface RoleClaim {
  /** What the claim gives: the holder (a person), or where the role is held or the partner (an organisation). */
  kind: 'person' | 'organisation';
  /** The words of the role ("CEO", «хатшысы»); none for a partner or a base. */
  role: QueryToken[];
  /** The words of the name claimed, which the answer checks and the evidence need not hold. */
  claimed: QueryToken[];
}

const CYRILLIC_LANGS: ReadonlySet<Lang> = new Set(['ru', 'bg', 'kk']);
/** "of", «на», «от», "at": a name right after such a word, after a role, is where the role is held ("head *of* BlackRock"). */
const OF_WORDS = /(?:^|[^\p{L}])(?:of|at|на|от|из)\s+$/iu;

/**
 * The role claim of a yes/no question's tokens (as the retriever analyses them), if it makes one: one run of names the
 * sources never mention (a name of up to three words, all in one script), in a sentence with a role word outside it.
 * ("Did Tokayev meet Elon Musk?" names no role, and "…Tesla CEO Elon Musk?" two unknown names: about someone else.)
 * The name is a company's when it is written in Latin letters in a Cyrillic question (companies keep their Latin
 * names there, people's are transliterated), stands after "of" («на») a role, or right before the role ("the Lockheed
 * Martin vice president", «a Lockheed Martin alelnöke»); else it is a person's.
 */
export function roleClaimOf(question: string, lang: Lang, tokens: QueryToken[]): RoleClaim | undefined {
  const named = unknownNameRun(question, lang, tokens);
  if (!named) return undefined;
  const { run, claimed, latin, own } = named;
  const sentence = claimed[0]!.sentence;
  const role = tokens.filter((t) => t.sentence === sentence && namesRole(t) && !own(t));
  // («…будут строить вместе с Mayo Clinic?», «…«ҚазАгроҚаржы» базасында…?»: a company put beside one the sources
  // name, as its partner or its base, is the claim; which company it is, is asked.)
  const near = (i: number) => Math.min(...run.map((r) => Math.abs(r - i))) <= SLOT_REACH;
  const slot = tokens.some((t, i) => t.sentence === sentence && near(i) && t.keys.some((k) => SLOT_KEYS.has(k)));
  const subject = tokens.some((t) => t.sentence === sentence && isSubjectName(t));
  // ("Was Stephen Schwarzman *of BlackRock* invited…?": a company put after "of" a person the sources name is whose
  // they are, which the sources may well say.)
  const before = question.slice(0, question.toLowerCase().indexOf(claimed[0]!.word.toLowerCase()));
  const previous = tokens[run[0]! - 1];
  const ofPerson = OF_WORDS.test(before) && previous !== undefined && isSubjectName(previous) && previous.sentence === sentence;
  if (!role.length) return (slot || ofPerson) && subject ? { kind: 'organisation', role, claimed } : undefined;
  const roleAt = (i: number) => tokens[i] !== undefined && namesRole(tokens[i]!);
  const company = (CYRILLIC_LANGS.has(lang) && latin) || (roleAt(run[0]! - 1) && OF_WORDS.test(before)) || roleAt(run.at(-1)! + 1);
  return { kind: company ? 'organisation' : 'person', role, claimed };
}

/**
 * A role claim made before an open question for the same role's holder: "Tokayev met Blackstone CEO Larry Fink,
 * correct? Who is the Blackstone CEO he met?", «…Мемлекеттік хатшысы Энтони Блинкенмен кездесті ме? Мемлекеттік хатшы
 * кім болды?», «…ҚазАвтоПром базасында құрастырылады ма? Қай компанияның базасында шығарылмақ?». The last sentence
 * (its kind and its own tokens, `asked`) asks what the claim gives and names its role or its slot again, so the name
 * claimed is what it corrects. ("Did Tokayev meet Larry Fink? Who organised the meeting?" names no role: it asks about
 * the meeting itself.)
 */
export function correctedRoleClaim(question: string, lang: Lang, tokens: QueryToken[], asked: { at: number; kind: string; tokens: QueryToken[] }): QueryToken[] | undefined {
  const claim = roleClaimOf(question, lang, tokens.filter((t) => t.sentence < asked.at));
  if (!claim || claim.kind !== asked.kind) return undefined;
  const sentence = claim.claimed[0]!.sentence;
  const named = claim.role.length ? claim.role : tokens.filter((t) => t.sentence === sentence && t.keys.some((k) => SLOT_KEYS.has(k)));
  const askedKeys = new Set(asked.tokens.flatMap((t) => t.keys.filter((k) => k.startsWith('c:'))));
  return named.some((t) => t.keys.some((k) => askedKeys.has(k))) ? claim.claimed : undefined;
}

/**
 * The one run of names the sources never mention a question holds (a name of up to three words, in one sentence and one
 * script), with where it stands, whether it is written in Latin letters, and what tells the asker's own words.
 */
function unknownNameRun(question: string, lang: Lang, tokens: QueryToken[]) {
  // (Or a country they never name, not as a place or a party, «…използва *Турция* като противотежест…»: "in Pakistan"
  // claims where, "does Bulgaria also have a deal" claims another party, and both ask about the country itself.)
  const party = tokens.some((t) => t.keys.some((k) => DEAL_OR_MEETING_KEYS.has(k)));
  const country = (t: QueryToken) => t.status === 'absent' && isUnknownName(t) && !party && !placesSomething(question, t.word, lang);
  const run = tokens.flatMap((t, i) => (t.status === 'unknownName' || country(t) ? [i] : []));
  if (!run.length || run.some((i, n) => n > 0 && i !== run[n - 1]! + 1)) return undefined;
  // ("General *Electric*": a capitalised word the lexicon knows, after the unknown one, is the name's too; not a role
  // or a place, "the Tesla *CEO*", "Tesla *Kazakhstan*".)
  const partOfName = (t: QueryToken | undefined) => t !== undefined && t.named && t.sentence === tokens[run[0]!]!.sentence && !isSubjectName(t) && !namesRole(t) && !t.keys.some(isPlaceKey);
  while (partOfName(tokens[run.at(-1)! + 1])) run.push(run.at(-1)! + 1);
  if (run.length > MAX_NAME_WORDS) return undefined;
  const claimed = run.map((i) => tokens[i]!);
  if (claimed.some((t) => t.sentence !== claimed[0]!.sentence)) return undefined;
  const latin = claimed.map((t) => /^[\p{Script=Latin}\p{N}'’.-]+$/u.test(t.word));
  if (latin.some((l) => l !== latin[0])) return undefined;
  const own = askersOwn(question, lang);
  return claimed.some(own) ? undefined : { run, claimed, latin: latin[0]!, own };
}

/** Whether a word is the asker's own ("I'm a reporter in Temirtau – did…"): their role and place claim nothing. */
function askersOwn(question: string, lang: Lang): (t: QueryToken) => boolean {
  const askers = askerClauses(question, lang).join(' ').toLowerCase();
  return (t) => askers.includes(t.word.toLowerCase());
}

/**
 * The name a yes/no question puts in place of one the sources give, in a claim about what they do tell: «SCAT
 * планирует купить ещё самолёты *Airbus*?», "Did Lutnick thank Tokayev for choosing *General Electric* for the
 * locomotives?". One sentence of the passages (their term keys, `sentences`) holds the rest of the question, all of it
 * but one word and at least SUBSTITUTION_HELD words, with a name the sources give among them; the question must not ask
 * whether a deal was signed, made or a meeting held with the name ("Did Kazakhstan sign anything with *Tesla*?", "Is
 * there an agreement with *Tesla*?"), which asks about the name itself.
 */
export function substitutedName(question: string, lang: Lang, tokens: QueryToken[], sentences: ReadonlyArray<ReadonlySet<string>>): QueryToken[] | undefined {
  const named = unknownNameRun(question, lang, tokens);
  if (!named) return undefined;
  const rest = tokens.filter((t) => t.weight > 0 && !named.claimed.includes(t));
  // (A deal the name is chosen for is no deal made with it: "…for choosing General Electric for the *contract*?")
  const dealWithName = rest.some((t) => t.keys.includes('c:agreement')) && named.claimed.some((t) => namedAsCompany(question, t.word, lang));
  if (dealWithName || rest.some((t) => t.keys.some((k) => ACTS_WITH_KEYS.has(k)))) return undefined;
  const held = (keys: ReadonlySet<string>) => rest.filter((t) => t.keys.some((k) => keys.has(k)));
  // («…в аэропорту Актау?»: a place put in place of another is checked by a sentence that gives one.)
  const placed = named.claimed.some((t) => placesSomething(question, t.word, lang));
  const holds = (keys: ReadonlySet<string>) => {
    const words = held(keys);
    return words.length >= Math.max(SUBSTITUTION_HELD, rest.length - 1) && words.some(isSubjectName) && (!placed || [...keys].some(isCityKey));
  };
  return sentences.some(holds) ? named.claimed : undefined;
}

/**
 * The thing a yes/no question claims in place of one the sources give, about a subject they name: "Was Blackstone's CEO
 * invited to build *oil refineries*?", «Шварцмана приглашали строить *заводы по выпуску чипов*?». A thing the sources
 * never mention (`things`), with the words around it no passage sentence holds, is the claim when one sentence (its term
 * keys, `sentences`) holds every name the question gives and all its other words, at least TOLD_CLAIM_WORDS of them
 * besides places: who was invited to build, which tells what instead. A general word is told by a particular one (a
 * "head" by a CEO).
 */
export function substitutedThing(tokens: QueryToken[], things: QueryToken[], sentences: ReadonlyArray<ReadonlySet<string>>): QueryToken[] | undefined {
  const weighed = tokens.filter((t) => t.weight > 0);
  const names = subjectNames(tokens);
  // (Where the thing is, "in Astana", is no part of what was done: "Did the Wabtec plant in Astana create 1,000 jobs?")
  const words = weighed.filter((t) => t.status === 'seen' && !names.includes(t) && !t.keys.some(isPlaceKey));
  if (!names.length || !things.length) return undefined;
  for (const keys of sentences) {
    const held = (t: QueryToken) => t.keys.some((k) => holdsKey(keys, k));
    if (!names.every(held) || words.filter(held).length < TOLD_CLAIM_WORDS) continue;
    // (Each run of words the sentence does not hold must hold a thing never mentioned.)
    const runs: QueryToken[][] = [];
    weighed.forEach((t, i) => (held(t) ? undefined : i > 0 && !held(weighed[i - 1]!) ? runs.at(-1)!.push(t) : runs.push([t])));
    if (runs.length && runs.every((run) => run.some((t) => things.includes(t)))) return runs.flat();
  }
  return undefined;
}

/** The signer a yes/no question claims: a person by a role, or a ministry by its field. */
export interface SignerClaim {
  kind: 'person' | 'organisation';
  /** The words of the claim the answer checks and the evidence need not hold: the names a role titles, a ministry's field. */
  claimed: QueryToken[];
}

/**
 * The signer a yes/no question claims ("Was the memorandum signed by the energy minister?", «…Мемлекеттік хатшы Марко
 * Рубио қол қойды ма?», «…подписало министерство торговли и интеграции?»), or undefined when it claims none. Who
 * signed answers it. (Never the asker's own role: "I'm a reporter — was it signed…?")
 */
export function signerClaimOf(question: string, lang: Lang, tokens: QueryToken[]): SignerClaim | undefined {
  // ("…signed in the presence of Lutnick?" claims who was there, not who signed.)
  if (!asksWhoSigned(tokens)) return undefined;
  const own = askersOwn(question, lang);
  const roles = tokens.flatMap((t, i) => (namesRole(t) && !own(t) ? [i] : []));
  if (!roles.length) {
    // («министерство *торговли и интеграции*»: the field after a ministry, up to a name or the deal.)
    const ministry = tokens.findIndex((t) => t.keys.includes('c:ministry') && !own(t));
    if (ministry < 0) return undefined;
    return { kind: 'organisation', claimed: runAfter(tokens, ministry, (t) => t.named || t.keys.some((k) => DEAL_OR_MEETING_KEYS.has(k))) };
  }
  // (The name right after the role is the one it titles: «хатшы *Марко Рубио*».)
  const titled = roles.flatMap((r) => runAfter(tokens, r, (t) => !t.named || t.keys.some((k) => k.startsWith('c:'))));
  // (A role written with a capital, «Мемлекеттік хатшы», reads as a name: it is claimed too.)
  return { kind: 'person', claimed: [...new Set([...roles.map((r) => tokens[r]!).filter((t) => t.named), ...titled])] };
}

/** A passage the answer may quote: its text and language. */
export interface Passage {
  text: string;
  lang: Lang;
}

/**
 * The person a yes/no question of signing names as the signer ("Was the minerals memorandum signed by Marco Rubio?",
 * «…amerikai részről Marco Rubio írta alá?»): a name the passages give a person a role titles (by any of their terms'
 * keys), with the names written beside it. Who signed answers it, whoever it was. (Not one claiming who was present.)
 */
export function signerNamed(tokens: QueryToken[], passages: readonly Passage[]): SignerClaim | undefined {
  const names = subjectNames(tokens);
  if (!names.length || !asksWhoSigned(tokens)) return undefined;
  const people = new Set(passages.flatMap((p) => titledPeople(p.text, p.lang).flatMap((f) => termsOf(f.text, p.lang).map((t) => t.key))));
  const at = tokens.findIndex((t) => names.includes(t) && t.keys.some((k) => people.has(k)));
  if (at < 0) return undefined;
  // (The whole name: «Marco *Rubio*», though only one of its words is the passages'.)
  let [from, to] = [at, at];
  while (from > 0 && tokens[from - 1]!.named) from--;
  while (to < tokens.length - 1 && tokens[to + 1]!.named) to++;
  return { kind: 'person', claimed: tokens.slice(from, to + 1) };
}

/** Whether a question asks about a signing, not about who was present at it. */
export const asksWhoSigned = (tokens: QueryToken[]) => tokens.some((t) => t.keys.includes('c:sign')) && !tokens.some((t) => t.keys.some((k) => PRESENCE_KEYS.has(k)));

/** The words right after a token, up to MAX_NAME_WORDS, that stop before the first one `ends` says ends them. */
function runAfter(tokens: QueryToken[], at: number, ends: (t: QueryToken) => boolean): QueryToken[] {
  const after = tokens.slice(at + 1, at + 1 + MAX_NAME_WORDS);
  const end = after.findIndex(ends);
  return end < 0 ? after : after.slice(0, end);
}

/** Being there, not signing: "in the presence of", «в присутствии», «jelenlétében». */
const PRESENCE_KEYS: ReadonlySet<string> = new Set(['c:presence', 'c:participate']);

/** Acts done with a party: signing, meeting, talks. */
const ACTS_WITH_KEYS: ReadonlySet<string> = new Set(['c:sign', 'c:meeting', 'c:talks']);
/** Words that ask whether something was signed or held with a party: "sign", "deal", "meet", "talks". */
const DEAL_OR_MEETING_KEYS: ReadonlySet<string> = new Set([...ACTS_WITH_KEYS, 'c:agreement']);
/** The fewest words of a question a sentence must hold to be what a substituted name is claimed in. */
const SUBSTITUTION_HELD = 4;
/** How many of a claim's words besides its names a sentence must hold to tell the claim (who did what). */
const TOLD_CLAIM_WORDS = 2;

/** The most words a claimed name has ("Anthony Blinken", "Lockheed Martin Corporation"). */
const MAX_NAME_WORDS = 3;
/** Words that place one company beside another: "together with", «на базе», «базасында», a partner. */
const SLOT_KEYS: ReadonlySet<string> = new Set(['c:joint', 'c:basis_main', 'c:partner']);
/** How many words from the claimed name such a word stands. */
const SLOT_REACH = 2;
