import type { Lang } from '../language/lang.js';

/** The engine's own words, in the language of the question. Quotes stay in their source language. */
const PHRASES = {
  notCovered: {
    en: 'The sources do not cover this question.',
    ru: 'В источниках нет ответа на этот вопрос.',
    bg: 'Източниците не съдържат отговор на този въпрос.',
    hu: 'A források nem adnak választ erre a kérdésre.',
    kk: 'Дереккөздерде бұл сұраққа жауап жоқ.',
  },
  emptyQuestion: {
    en: 'Please type a question about the Kazakhstan–US agreements.',
    ru: 'Пожалуйста, задайте вопрос о соглашениях Казахстана и США.',
    bg: 'Моля, задайте въпрос за споразуменията между Казахстан и САЩ.',
    hu: 'Kérem, tegyen fel egy kérdést a kazah–amerikai megállapodásokról.',
    kk: 'Қазақстан мен АҚШ келісімдері туралы сұрақ қойыңыз.',
  },
  notStated: {
    en: 'The sources talk about this, but do not state the fact asked for.',
    ru: 'Источники говорят об этом, но не называют запрошенный факт.',
    bg: 'Източниците говорят за това, но не посочват търсения факт.',
    hu: 'A források szólnak erről, de a kérdezett tényt nem közlik.',
    kk: 'Дереккөздер бұл туралы айтады, бірақ сұралған деректі көрсетпейді.',
  },
  restNotFound: {
    en: 'No answer to the rest of the question was found in the sources.',
    ru: 'На остальную часть вопроса в источниках ответа не найдено.',
    bg: 'За останалата част от въпроса в източниците не е намерен отговор.',
    hu: 'A kérdés többi részére nem található válasz a forrásokban.',
    kk: 'Сұрақтың қалған бөлігіне дереккөздерден жауап табылмады.',
  },
  datedByReport: {
    en: 'The sources do not date the event itself; this is the date of the article that reports it.',
    ru: 'Источники не называют дату самого события; это дата статьи, которая о нём сообщает.',
    bg: 'Източниците не посочват датата на самото събитие; това е датата на статията, която съобщава за него.',
    hu: 'A források nem adják meg magának az eseménynek a dátumát; ez a róla beszámoló cikk dátuma.',
    kk: 'Дереккөздер оқиғаның өз күнін көрсетпейді; бұл ол туралы хабарлаған мақаланың күні.',
  },
  sources: {
    en: 'Sources:',
    ru: 'Источники:',
    bg: 'Източници:',
    hu: 'Források:',
    kk: 'Дереккөздер:',
  },
  closestPassages: {
    en: 'Closest passages:',
    ru: 'Ближайшие фрагменты:',
    bg: 'Най-близки откъси:',
    hu: 'Legközelebbi részletek:',
    kk: 'Ең жақын үзінділер:',
  },
  accordingToSources: {
    en: 'From the sources:',
    ru: 'Из источников:',
    bg: 'От източниците:',
    hu: 'A források szerint:',
    kk: 'Дереккөздерден:',
  },
  llmFallback: {
    en: 'The language model gave no usable answer in time; this is the offline answer.',
    ru: 'Языковая модель не дала пригодного ответа вовремя; это офлайн-ответ.',
    bg: 'Езиковият модел не даде използваем отговор навреме; това е офлайн отговор.',
    hu: 'A nyelvi modell nem adott időben használható választ; ez az offline válasz.',
    kk: 'Тіл моделі уақытында жарамды жауап бермеді; бұл офлайн жауап.',
  },
  truncated: {
    en: 'The question was very long; only its beginning was used.',
    ru: 'Вопрос очень длинный; использовано только его начало.',
    bg: 'Въпросът е много дълъг; използвано е само началото му.',
    hu: 'A kérdés nagyon hosszú; csak az elejét használtam.',
    kk: 'Сұрақ тым ұзын; тек басы қолданылды.',
  },
} satisfies Record<string, Record<Lang, string>>;

export type PhraseKey = keyof typeof PHRASES;

export const phrase = (key: PhraseKey, lang: Lang): string => PHRASES[key][lang];
