/** ISO 639-1 codes of the languages the product understands. */
export type Lang = 'ru' | 'bg' | 'hu' | 'en' | 'kk';

export const LANGS: readonly Lang[] = ['en', 'ru', 'bg', 'hu', 'kk'];

export const LANG_NAMES: Record<Lang, string> = { en: 'English', ru: 'Russian', bg: 'Bulgarian', hu: 'Hungarian', kk: 'Kazakh' };

/** A record with one value per language. */
export const perLang = <T>(make: (lang: Lang) => T): Record<Lang, T> =>
  Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, T>;

export type Script = 'latin' | 'cyrillic';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The script a language is written in. */
export const scriptOfLang = (lang: Lang): Script => (lang === 'en' || lang === 'hu' ? 'latin' : 'cyrillic');

/** The script of a word: Cyrillic when it has a Cyrillic letter, Latin otherwise. */
export const scriptOfWord = (word: string): Script => (CYRILLIC.test(word) ? 'cyrillic' : 'latin');
