import { asksRatio, isQuestionWord, offersChoice } from '../language/discourse.js';
import { tokenize } from '../language/tokenize.js';
import { hasConceptIn, isSubjectName, type QueryToken } from './query-token.js';
import { NAMED_PLACE_CONCEPTS, PLACE_CONCEPTS } from '../language/lexicon/index.js';

/** "and", "or", "versus" in the five languages: the words that set two names side by side. */
const COORDINATING: ReadonlySet<string> = new Set(['and', 'or', 'vs', 'versus', 'и', 'или', 'és', 'vagy', 'meg', 'және', 'мен', 'пен', 'бен', 'немесе', 'әлде']);
/** The coordinators that join two questions as readily as two things. */
const AND: ReadonlySet<string> = new Set(['and', 'и', 'és', 'meg', 'және']);
/**
 * Whether a question sets its subjects against each other ("which is bigger", "compare", "X or Y"), rather than
 * naming them together ("the memorandum of Nagaspaev and Lutnick"), where only figures each has tell them apart.
 */
export function contrasts(question: string, tokens: readonly QueryToken[]): boolean {
  return compares(tokens) || offersChoice(question);
}

/**
 * Whether a question weighs its subjects' figures against each other ("which was worth more", «во сколько раз»): it
 * is answered only by the figure of each.
 */
export function weighsFigures(question: string, tokens: readonly QueryToken[]): boolean {
  return compares(tokens) || asksRatio(question) || COMPARATIVE.test(question);
}

/** "Compare", or a question of which is bigger («қайсысы ірі», "which is the bigger deal"). */
const compares = (tokens: readonly QueryToken[]) => tokens.some(isComparisonWord);
/** A word of comparing or of size ("compare", "bigger", "smaller"), which belongs to neither side. */
export const isComparisonWord = (t: QueryToken) => t.keys.includes('c:compare') || t.keys.includes('c:large') || t.keys.includes('c:small');
/** "More", "bigger" where a stopword list drops the word ("more", «больше», «по-голям», «nagyobb», «több»). */
const COMPARATIVE = /(?:^|[^\p{L}])(?:more|less|fewer|больше|меньше|дороже|дешевле|крупнее|по-голям\p{L}*|по-малк\p{L}*|по-скъп\p{L}*|повече|nagyobb|kisebb|drágább|több|kevesebb)(?![\p{L}])/iu;

/** "Which is *smaller*", «какая *меньше*», «melyik *kisebb*»: the comparatives that ask for the lesser of two figures. */
const LESSER = /(?:^|[^\p{L}])(?:less|fewer|smaller|cheaper|меньше|дешевле|мельче|по-малк\p{L}*|по-евтин\p{L}*|по-малко|kisebb|kevesebb|olcsóbb|азырақ|кішірек|кемірек)(?![\p{L}])/iu;

/**
 * Which of two figures a question of comparing asks for: the greater ("which is bigger", «какая сделка крупнее»,
 * «қайсысы ірі», «melyik a nagyobb») or the lesser ("which cost less"); none when it asks no size ("how do they
 * compare", "how many times bigger" asks a ratio, which both figures answer).
 */
export function comparedFor(question: string, tokens: readonly QueryToken[]): 'greater' | 'lesser' | undefined {
  if (asksRatio(question)) return undefined;
  const lesserWord = LESSER.test(question);
  const lesser = lesserWord || tokens.some((t) => t.keys.includes('c:small'));
  const greater = (COMPARATIVE.test(question) && !lesserWord) || tokens.some((t) => t.keys.includes('c:large'));
  return greater === lesser ? undefined : greater ? 'greater' : 'lesser';
}

/** How many content words may stand between two names set side by side ("Mars *beruházása* vagy a Wabtec"). */
const MAX_GAP = 3;
/** "Compare X with Y", «сравните X с Y»: a verb of comparing sets two names side by side with "with". */
const WITH: ReadonlySet<string> = new Set(['with', 'to', 'against', 'с', 'со', 'със', 'мен', 'пен', 'бен']);
/** "Bigger *than*", «больше, *чем*», «по-голям *от*», «nagyobb, *mint*»: the word a comparison sets the second name after. */
const THAN: ReadonlySet<string> = new Set(['than', 'чем', 'от', 'mint']);
/** How many content words may stand between two names a question of comparing sets side by side ("Wabtec's *locomotive contract* with *Kazakhstan* or the John Deere"). */
const MAX_COMPARED_GAP = 8;

/**
 * The named subjects a question sets side by side ("the Wabtec and John Deere deals", «a Mars beruházása vagy a
 * Wabtec-üzlet»): each a run of adjacent name words, two runs joined by a coordinating word a few words apart.
 * The words between them go with the name on their side of the "or". Fewer than two: the question compares
 * nothing, and is answered as one.
 */
export function comparedSubjects(question: string, tokens: readonly QueryToken[]): QueryToken[][] {
  const spans = tokenize(question);
  const words = spans.map((t) => t.word);
  // ("Nordwind *Rail*", "Orion *Foods*": a name's other words may be known words.)
  const named = tokens
    .filter((t) => t.named && t.status === 'seen')
    .map((t) => ({ t, at: words.indexOf(t.word) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at);
  const runs: Array<{ tokens: QueryToken[]; start: number; end: number }> = [];
  // (A comma parts two names: "Wabtec, John Deere".)
  const commaBefore = (at: number) => at > 0 && question.slice(spans[at - 1]!.end, spans[at]!.start).includes(',');
  for (const n of named) {
    const last = runs[runs.length - 1];
    if (last && n.at === last.end + 1 && !commaBefore(n.at)) (last.tokens.push(n.t), (last.end = n.at));
    else runs.push({ tokens: [n.t], start: n.at, end: n.at });
  }
  // ("How many times bigger is X than Y?": a ratio of two figures, each of which the answer quotes.)
  const comparing = weighsFigures(question, tokens);
  // (Where two things are weighed or offered, a grouping of countries the lexicon names is a side too: a format of
  // talks, «a C5+1 csúcs … vagy a Wabtec-üzlet»; not in "how big is the deal reported after the C5+1 summit?".)
  const sidesOffered = asksRatio(question) || COMPARATIVE.test(question) || offersChoice(question);
  const grouping = (t: QueryToken) => hasConceptIn(t, PLACE_CONCEPTS) && !hasConceptIn(t, NAMED_PLACE_CONCEPTS);
  const subjects = runs.filter((run) => run.tokens.some((t) => isSubjectName(t) || (sidesOffered && grouping(t))));
  const joins = (w: string) => COORDINATING.has(w) || (comparing && (WITH.has(w) || THAN.has(w)));
  const content = new Set(tokens.map((t) => t.word));
  const joined = (a: (typeof runs)[number], b: (typeof runs)[number]) => {
    const between = words.slice(a.end + 1, b.start);
    // (Hungarian and Kazakh say "than" with a case ending, «a Wabtec-ügyletnél», «Mars келісімінен»: two names a
    // question of comparing holds, and no more, are what it compares.)
    const bySuffix = comparing && subjects.length === 2;
    // ("How much were the C5+1 deals worth, and when did Wabtec open its centre?": a question word after an "and"
    // between them opens a question of its own; not after an "or", "…after the C5+1 summit, or what Trump said…".)
    if (between.some((w, k) => k > 0 && AND.has(between[k - 1]!) && isQuestionWord(w))) return false;
    return between.filter((w) => content.has(w) && !joins(w)).length <= (comparing ? MAX_COMPARED_GAP : MAX_GAP) && (between.some(joins) || bySuffix);
  };
  // ("The Wabtec, John Deere and Mars deals": names listed with commas before the last "and" or "or" are compared too.)
  const listed = (a: (typeof runs)[number], b: (typeof runs)[number]) => b.start === a.end + 1 && commaBefore(b.start);
  for (let i = 0; i + 1 < subjects.length; i++) {
    let last = i;
    while (last + 1 < subjects.length && listed(subjects[last]!, subjects[last + 1]!)) last++;
    if (last + 1 >= subjects.length || !joined(subjects[last]!, subjects[last + 1]!)) continue;
    const [first, second] = [subjects[last]!, subjects[last + 1]!];
    // Each takes the words on its side of the "or": «Mars *beruházása* vagy a Wabtec», «Nordwind или *инвестиции* Orion».
    // (The last joining word between them: «Mars-пен *жасалған келісім* бе, әлде John Deere…», the deal made with Mars.)
    let or = second.start - 1;
    while (or > first.end && !joins(words[or]!)) or--;
    // (With no such word, the words between are the first's: «a C5+1 *csúcs utáni megállapodások* … a Wabtec-ügyletnél».)
    if (or === first.end) or = second.start;
    // ("Was the Mars investment *smaller* than…": the comparison's own word is neither side's.)
    const side = (from: number, to: number) => tokens.filter((t) => words.indexOf(t.word) > from && words.indexOf(t.word) < to && !isComparisonWord(t));
    // (The words right after the second name are its own, to the clause's end: "…versus the John Deere *strategic
    // partnership* — which…".)
    let after = second.end + 1;
    while (after < words.length && !/[,;:.!?—–]|\s-\s/u.test(question.slice(spans[after - 1]!.end, spans[after]!.start))) after++;
    return [...subjects.slice(i, last).map((run) => run.tokens), [...first.tokens, ...side(first.end, or)], [...second.tokens, ...side(or, second.start), ...side(second.end, after)]];
  }
  return [];
}

/** A question's words for one of the subjects it compares: all but the other subjects' own. */
export function withoutOthers(tokens: readonly QueryToken[], subjects: readonly QueryToken[][], subject: readonly QueryToken[]): QueryToken[] {
  return tokens.filter((t) => subject.includes(t) || !subjects.some((other) => other !== subject && other.includes(t)));
}
