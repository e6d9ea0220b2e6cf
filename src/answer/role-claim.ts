import { askerClauses } from '../language/discourse.js';
import type { Lang } from '../language/lang.js';
import { isSubjectName, type QueryToken } from '../search/query-token.js';
import { namesRole } from './facts.js';

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
const OF_WORDS = /(?:^|[^\p{L}])(?:of|at|на|от)\s+$/iu;

/**
 * The role claim of a yes/no question's tokens (as the retriever analyses them), if it makes one: one run of names the
 * sources never mention (a name of up to three words, all in one script), in a sentence with a role word outside it.
 * ("Did Tokayev meet Elon Musk?" names no role, and "…Tesla CEO Elon Musk?" two unknown names: about someone else.)
 * The name is a company's when it is written in Latin letters in a Cyrillic question (companies keep their Latin
 * names there, people's are transliterated), stands after "of" («на») a role, or right before the role ("the Lockheed
 * Martin vice president", «a Lockheed Martin alelnöke»); else it is a person's.
 */
export function roleClaimOf(question: string, lang: Lang, tokens: QueryToken[]): RoleClaim | undefined {
  const run = tokens.flatMap((t, i) => (t.status === 'unknownName' ? [i] : []));
  if (!run.length || run.length > MAX_NAME_WORDS || run.some((i, n) => n > 0 && i !== run[n - 1]! + 1)) return undefined;
  const claimed = run.map((i) => tokens[i]!);
  const sentence = claimed[0]!.sentence;
  if (claimed.some((t) => t.sentence !== sentence)) return undefined;
  const latin = claimed.map((t) => /^[\p{Script=Latin}\p{N}'’.-]+$/u.test(t.word));
  if (latin.some((l) => l !== latin[0])) return undefined;
  // ("I'm a reporter in Temirtau – did…": the asker's own role and place claim nothing.)
  const askers = askerClauses(question, lang).join(' ').toLowerCase();
  const own = (t: QueryToken) => askers.includes(t.word.toLowerCase());
  if (claimed.some(own)) return undefined;
  const role = tokens.filter((t) => t.sentence === sentence && namesRole(t) && !own(t));
  // («…будут строить вместе с Mayo Clinic?», «…«ҚазАгроҚаржы» базасында…?»: a company put beside one the sources
  // name, as its partner or its base, is the claim; which company it is, is asked.)
  const near = (i: number) => Math.min(...run.map((r) => Math.abs(r - i))) <= SLOT_REACH;
  const slot = tokens.some((t, i) => t.sentence === sentence && near(i) && t.keys.some((k) => SLOT_KEYS.has(k)));
  const subject = tokens.some((t) => t.sentence === sentence && isSubjectName(t));
  if (!role.length) return slot && subject ? { kind: 'organisation', role, claimed } : undefined;
  const roleAt = (i: number) => tokens[i] !== undefined && namesRole(tokens[i]!);
  const before = question.slice(0, question.toLowerCase().indexOf(claimed[0]!.word.toLowerCase()));
  const company = (CYRILLIC_LANGS.has(lang) && latin[0]) || (roleAt(run[0]! - 1) && OF_WORDS.test(before)) || roleAt(run.at(-1)! + 1);
  return { kind: company ? 'organisation' : 'person', role, claimed };
}

/** The most words a claimed name has ("Anthony Blinken", "Lockheed Martin Corporation"). */
const MAX_NAME_WORDS = 3;
/** Words that place one company beside another: "together with", «на базе», «базасында», a partner. */
const SLOT_KEYS: ReadonlySet<string> = new Set(['c:joint', 'c:basis_main', 'c:partner']);
/** How many words from the claimed name such a word stands. */
const SLOT_REACH = 2;
