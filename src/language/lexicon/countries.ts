import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { LocaleData } from 'i18n-iso-countries';
import { foldWord } from '../fold.js';
import { LANGS, scriptOfLang, type Lang } from '../lang.js';
import type { Concept } from './concept.js';

/**
 * Every other country of the world, named in the five languages by i18n-iso-countries (the ISO 3166 list with
 * names kept up to date for each language), so "Pakistan", «Венгрия», «Magyarország» are known places the corpus
 * never names, not unknown words or a compound of «ország». The countries the articles speak of have entries of
 * their own, with their adjectives and short forms, in geography.ts.
 */
const HAND_MADE: ReadonlySet<string> = new Set([
  'KZ', 'US', 'CN', 'RU', 'PS', 'IL', 'IR', 'IN', 'UZ', 'KG', 'TJ', 'TM', 'AZ', 'AF', 'TR', 'AE', 'JP', 'KR', 'KP', 'DE', 'GB', 'FR', 'UA',
  'SA', 'MA', 'QA', 'KW', 'BH', 'BG', 'HU',
]);

const ALPHABET: Readonly<Record<Lang, RegExp>> = {
  en: /^[a-z]+$/u,
  hu: /^[a-záéíóöőúüű]+$/u,
  ru: /^[а-яё]+$/u,
  bg: /^[абвгдежзийклмнопрстуфхцчшщъьюя]+$/u,
  kk: /^[а-яёәғқңөұүһі]+$/u,
};

/** The endings a Russian noun in «-я» or «-а» takes for its case forms («Дания»: «Дании», «Данию»). */
const RUSSIAN_CASES: Readonly<Record<string, readonly string[]>> = { я: ['я', 'и', 'ю', 'ей'], а: ['а', 'ы', 'и', 'е', 'у', 'ой'] };

/**
 * A name's lexicon entries, which its case forms begin with: Kazakh adds endings to the whole name («Пәкістанда»),
 * Russian changes its last vowel («Венгрия» → «венгри-»), Bulgarian keeps it whole. A short stem would catch other
 * words («дани-» would be «данни», data): such a name is met by its own case forms. Latin names as written
 * («Magyarország» begins «Magyarországon»). (Snowball would cut «Грузия» to «груз», cargo.)
 */
function entriesOf(name: string, lang: Lang): string[] {
  const words = name.toLowerCase().split(/[\s-]+/u).filter(Boolean);
  // (Only names in the language's own letters: "Curaçao", "Korea, Republic of" are no words a question is read in.)
  if (!words.every((w) => ALPHABET[lang].test(w))) return [];
  // (A stem shorter than the lexicon's shortest would catch too many words, «Того», "Chad": such a name is left out.)
  if (words.some((w) => w.length < 4)) return [];
  if (lang !== 'ru' || words.length > 1) return [words.join(' ')];
  const word = words[0]!;
  // («Самоа» does not decline: only a consonant, or «и», before the «-а» or «-я» does.)
  const endings = /[аеёоуыэюя]./u.test(word.slice(-2)) ? undefined : RUSSIAN_CASES[word.slice(-1)];
  if (!endings) return [word];
  const stem = word.slice(0, -1);
  return stem.length >= 6 ? [stem] : endings.map((ending) => `=${stem}${ending}`);
}

/**
 * The world's countries but those the hand-made concepts name, each entry kept only where its folded form is no
 * word of theirs or function word of any language («Дании» folds like «данни», data; «Того» is «того»), nor another
 * country's (two Congos).
 */
export function worldCountries(handMade: readonly Concept[]): Concept[] {
  const require = createRequire(import.meta.url);
  const folded = (entry: string, lang: Lang) => `${scriptOfLang(lang)}:${foldWord(entry.replace(/^=+/u, ''), lang)}`;
  const taken = new Set(handMade.flatMap((c) => LANGS.flatMap((lang) => c[lang].map((e) => folded(e, lang)))));
  const stopwords = require('stopwords-iso') as Partial<Record<Lang, string[]>>;
  for (const lang of LANGS) for (const word of stopwords[lang] ?? []) taken.add(folded(word, lang));
  for (const lang of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as LocaleData);
  const named = Object.keys(countries.getAlpha2Codes())
    .filter((code) => !HAND_MADE.has(code))
    .map((code) => {
      const concept: Concept = { id: `country_${code.toLowerCase()}`, en: [], ru: [], bg: [], hu: [], kk: [] };
      for (const lang of LANGS) concept[lang] = [...new Set((countries.getName(code, lang, { select: 'all' }) ?? []).flatMap((n) => entriesOf(n, lang)))];
      return concept;
    });
  const countriesOf = new Map<string, Set<string>>();
  for (const c of named) for (const lang of LANGS) for (const e of c[lang]) countriesOf.set(folded(e, lang), (countriesOf.get(folded(e, lang)) ?? new Set()).add(c.id));
  for (const c of named) for (const lang of LANGS) c[lang] = c[lang].filter((e) => !taken.has(folded(e, lang)) && countriesOf.get(folded(e, lang))!.size === 1);
  // (Like every concept: English, Russian and one more language, so that a question in any of them meets it.)
  return named.filter((c) => c.en.length && c.ru.length && (c.bg.length || c.hu.length || c.kk.length));
}
