import { stemKey } from './analyse.js';
import { foldWord } from './fold.js';
import { LANGS, type Lang } from './lang.js';
import { conceptsOf } from './lexicon.js';
import { CONCEPTS, type Concept } from './lexicon/index.js';
import { isStopword, STOPWORDS_BY_LANG } from './stopwords.js';
import { isNumber, tokenize } from './tokenize.js';

/**
 * Checks the lexicon against a corpus: which content words it covers, and where its forms collide.
 * `npm run lexicon` prints the result and test/lexicon-data.test.ts asserts on the same functions,
 * so the report and the test can never disagree.
 */

/** A text and its language, as the corpus loader gives them. */
export interface LexiconText {
  text: string;
  lang: Lang;
}

/**
 * The one place that decides which word forms count as "one word" for coverage. Today the
 * retriever's own stem; swap it here when the stemmer changes.
 */
export const groupKeyOf = (word: string, lang: Lang): string => stemKey(word, lang);

/** What the coverage targets ask for: every stem seen twice or more, and most of the rest. */
export const COVERAGE_TARGETS = { repeated: 1, all: 0.9 } as const;

const MIN_CONTENT_LETTERS = 3;
const MIN_STOPWORD_FOLDED = 4;

export interface UncoveredWord {
  word: string;
  lang: Lang;
  count: number;
  group: string;
}

export interface CoverageReport {
  /** Content stem groups (names, numbers, stopwords and short words left out). */
  groups: number;
  covered: number;
  /** Groups whose words occur twice or more in the corpus, and how many of them are covered. */
  repeated: number;
  repeatedCovered: number;
  /** Uncovered content words, most frequent first. */
  uncovered: UncoveredWord[];
  /** Words left out as names: capitalised wherever they occur, mid-sentence at least once, unknown to the lexicon. */
  names: string[];
  /** Concepts the corpus uses that lack a form in some language: "concept: missing langs (corpus word)". */
  incomplete: string[];
}

const isCovered = (word: string, lang: Lang): boolean => conceptsOf(word, lang).length > 0;

interface Seen {
  word: string;
  lang: Lang;
  count: number;
  capitalised: number;
  named: number;
}

function countWords(texts: readonly LexiconText[]): Map<string, Seen> {
  const seen = new Map<string, Seen>();
  for (const { text, lang } of texts) {
    for (const token of tokenize(text)) {
      const key = `${lang}:${token.word}`;
      const s = seen.get(key) ?? { word: token.word, lang, count: 0, capitalised: 0, named: 0 };
      s.count++;
      if (/^\p{Lu}/u.test(text.slice(token.start, token.end))) s.capitalised++;
      // A capitalised part of a hyphenated name ("Касым-Жомарт") is mid-sentence too.
      if (token.named || (text[token.start - 1] === '-' && /\p{L}/u.test(text[token.start - 2] ?? ''))) s.named++;
      seen.set(key, s);
    }
  }
  return seen;
}

const isContent = (s: Seen): boolean =>
  !isStopword(s.word, s.lang) && !isNumber(s.word) && (s.word.match(/\p{L}/gu) ?? []).length >= MIN_CONTENT_LETTERS;

/** Coverage of the corpus's content words by the lexicon, grouped by `groupKeyOf`. */
export function corpusCoverage(texts: readonly LexiconText[]): CoverageReport {
  const words = [...countWords(texts).values()].filter(isContent);
  const alwaysCapitalised = (s: Seen) => s.capitalised === s.count;
  const nameGroups = new Set(
    words.filter((s) => alwaysCapitalised(s) && s.named > 0 && !isCovered(s.word, s.lang)).map((s) => groupKeyOf(s.word, s.lang)),
  );
  // A name form seen only at sentence starts ("Лутник благодари") is still a name if its group holds one.
  const isName = (s: Seen) => alwaysCapitalised(s) && !isCovered(s.word, s.lang) && nameGroups.has(groupKeyOf(s.word, s.lang));
  const groups = new Map<string, Seen[]>();
  const names: string[] = [];
  for (const s of words) {
    if (isName(s)) {
      names.push(s.word);
      continue;
    }
    const key = groupKeyOf(s.word, s.lang);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const report: CoverageReport = { groups: groups.size, covered: 0, repeated: 0, repeatedCovered: 0, uncovered: [], names: names.sort(), incomplete: [] };
  const byId = new Map(CONCEPTS.map((c) => [c.id, c]));
  const incomplete = new Map<string, string>();
  for (const s of words) {
    for (const id of conceptsOf(s.word, s.lang)) {
      const missing = LANGS.filter((lang) => !byId.get(id)?.[lang].length);
      if (missing.length && !incomplete.has(id)) incomplete.set(id, `${id}: no ${missing.join(', ')} (${s.lang} "${s.word}")`);
    }
  }
  report.incomplete = [...incomplete.values()].sort();
  for (const [group, members] of groups) {
    const missing = members.filter((s) => !isCovered(s.word, s.lang));
    const repeated = members.reduce((n, s) => n + s.count, 0) >= 2;
    if (repeated) report.repeated++;
    if (missing.length) {
      report.uncovered.push(...missing.map((s) => ({ word: s.word, lang: s.lang, count: s.count, group })));
      continue;
    }
    report.covered++;
    if (repeated) report.repeatedCovered++;
  }
  report.uncovered.sort((a, b) => b.count - a.count || a.group.localeCompare(b.group) || a.word.localeCompare(b.word));
  return report;
}

export interface Collision {
  kind: 'shared-form' | 'frequent-word' | 'stopword';
  /** The folded form both sides meet on. */
  form: string;
  detail: string;
}

interface Entry {
  id: string;
  lang: Lang;
  raw: string;
  exact: boolean;
  folded: string;
}

function entriesOf(concepts: readonly Concept[]): Entry[] {
  return concepts.flatMap((c) =>
    LANGS.flatMap((lang) =>
      c[lang].map((raw) => {
        // A word spelled exactly is told apart from what it folds like on purpose: it shares no folded form.
        if (raw.startsWith('==')) return { id: c.id, lang, raw, exact: true, folded: raw };
        const exact = raw.startsWith('=');
        return { id: c.id, lang, raw, exact, folded: foldWord(exact ? raw.slice(1) : raw, lang) };
      }),
    ),
  );
}

const matches = (e: Entry, folded: string): boolean => (e.exact ? folded === e.folded : folded.startsWith(e.folded));
const show = (e: Entry): string => `${e.id}/${e.lang}/${e.raw}`;

/** A Latin word in a Cyrillic-script text is English ("Wabtec", "date") or the text's language transliterated ("Zakon.kz"). */
const ownLangs = (word: string, lang: Lang): Lang[] =>
  lang !== 'hu' && lang !== 'en' && !/\p{Script=Cyrillic}/u.test(word) ? ['en', lang] : [lang];

/**
 * Every collision of the lexicon:
 *  - shared-form: one folded form listed in two concepts (any languages, stem or exact);
 *  - frequent-word: a word seen twice or more in the corpus is taken for a concept only through
 *    another language's entry (its own language does not list it there): "several" → north;
 *  - stopword: a function word of one language is caught by another language's entry, a sign that
 *    the form means something else over there.
 */
export function lexiconCollisions(texts: readonly LexiconText[]): Collision[] {
  const entries = entriesOf(CONCEPTS);
  const collisions: Collision[] = [];

  const byForm = new Map<string, Entry[]>();
  // Latin and Cyrillic entries live in separate tables (lexicon.ts), so a form is shared only within a script.
  const scriptOf = (e: Entry) => (e.lang === 'en' || e.lang === 'hu' ? 'latin' : 'cyrillic');
  for (const e of entries) byForm.set(`${scriptOf(e)}:${e.folded}`, [...(byForm.get(`${scriptOf(e)}:${e.folded}`) ?? []), e]);
  for (const [form, es] of byForm) {
    if (new Set(es.map((e) => e.id)).size > 1) collisions.push({ kind: 'shared-form', form, detail: es.map(show).join(', ') });
  }

  const byId = new Map<string, Entry[]>();
  for (const e of entries) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  const foreignCatch = (word: string, lang: Lang, langs: Lang[]): Array<{ id: string; by: Entry[] }> => {
    const folded = foldWord(word, lang);
    return conceptsOf(word, lang).flatMap((id) => {
      const own = byId.get(id) ?? [];
      if (own.some((e) => langs.includes(e.lang) && matches(e, folded))) return [];
      return [{ id, by: own.filter((e) => matches(e, folded)) }];
    });
  };

  const frequent = [...countWords(texts).values()].filter((s) => s.count >= 2 && !isStopword(s.word, s.lang) && !isNumber(s.word));
  const reported = new Set<string>();
  for (const s of frequent) {
    const folded = foldWord(s.word, s.lang);
    for (const { id, by } of foreignCatch(s.word, s.lang, ownLangs(s.word, s.lang))) {
      const key = `${s.lang}:${folded}:${id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      collisions.push({ kind: 'frequent-word', form: folded, detail: `${s.lang} "${s.word}" (×${s.count}) → ${id} via ${by.map(show).join(', ')}` });
    }
  }

  // Short function words ("on", "ма", "над") fold onto short exact entries of other languages
  // ("ООН", "ma", "nagy") without harm: stopwords are dropped before lookup. Longer ones caught by a
  // foreign entry mean that entry also catches that language's ordinary words.
  for (const lang of LANGS) {
    for (const word of STOPWORDS_BY_LANG[lang]) {
      const folded = foldWord(word, lang);
      if (folded.length < MIN_STOPWORD_FOLDED) continue;
      for (const { id, by } of foreignCatch(word, lang, [lang])) {
        collisions.push({ kind: 'stopword', form: folded, detail: `${lang} stopword "${word}" → ${id} via ${by.map(show).join(', ')}` });
      }
    }
  }
  return collisions;
}

export interface LexiconCheck {
  concepts: number;
  coverage: CoverageReport;
  collisions: Collision[];
}

/** The whole check, as the report script prints it and the test asserts it. */
export function checkLexicon(texts: readonly LexiconText[]): LexiconCheck {
  return { concepts: CONCEPTS.length, coverage: corpusCoverage(texts), collisions: lexiconCollisions(texts) };
}
