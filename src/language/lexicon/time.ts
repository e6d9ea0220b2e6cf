import type { Concept } from './concept.js';

/** Time: years, months, days, order in time. */
export const TIME: readonly Concept[] = [
  { id: 'year', en: ['=year', '=years', 'yearly', 'annual'], ru: ['=год', '=года', '=году', '=годом', '=годы', '=годов', '=лет', 'ежегодн', 'годовой'], bg: ['=година', '=години', '=годината', 'годиш'], hu: ['=év', 'évek', 'éves', 'évente', '=évet', '=évben', '=évre', '=évi', '=évig', '=évtől', '=évből'], kk: ['=жыл', '=жылы', '=жылға', 'жылғы', '=жылда', '=жылдан', 'жылдың', 'жылдар'] },
  { id: 'month', en: ['=month', '=months', 'monthly'], ru: ['месяц', 'ежемесячн'], bg: ['месец', 'месеч'], hu: ['hónap'], kk: ['айында', 'айлық'] },
  { id: 'week', en: ['=week', '=weeks', 'weekly'], ru: ['недел'], bg: ['седмиц'], hu: ['=hét', '=héten', '=hetek', '=heti', 'hetente'], kk: ['апта'] },
  { id: 'day', en: ['=day', '=days', 'daily'], ru: ['=день', '=дня', '=дней', '=днем', '=днём', 'ежедневн'], bg: ['=дни', '=деня', '=денят', 'ежедневн', 'ежедневен'], hu: ['=nap', '=napon', '=napok', '=napi', 'naponta'], kk: ['күндер'] },
  { id: 'today', en: ['today'], ru: ['сегодня'], bg: ['=днес', 'днешн'], hu: ['=ma', '=mától'], kk: ['бүгін'] },
  { id: 'yesterday', en: ['yesterday'], ru: ['вчера'], bg: ['вчера'], hu: ['tegnap'], kk: ['=кеше'] },
  { id: 'tomorrow', en: ['tomorrow'], ru: ['завтра'], bg: ['=утре'], hu: ['holnap'], kk: ['ертең'] },
  { id: 'half', en: ['=half', 'halves'], ru: ['половин', 'полугод'], bg: ['половин', 'полугод', 'шестмесеч'], hu: ['felében', 'félév'], kk: ['жарты'] },
  { id: 'first', en: ['=first', 'firstly'], ru: ['перв'], bg: ['първ'], hu: ['első'], kk: ['бірінші'] },
  { id: 'second', en: ['=second', 'secondly'], ru: ['второ', '=вторая', '=вторые', '=вторых', '=вторым', '=вторыми'], bg: ['=втори', '=втора', '=второ', '=вторият', '=вторите', '=втората', '=второто'], hu: ['második', '=másod'], kk: ['екінші'] },
  { id: 'quarter', en: ['=quarter', '=quarters', 'quarterly'], ru: ['квартал'], bg: ['тримесеч'], hu: ['negyedév'], kk: [] },
  { id: 'decade', en: ['decade'], ru: ['десятилет'], bg: ['десетилет'], hu: ['évtized'], kk: ['онжылдық'] },
  { id: 'future', en: ['future'], ru: ['будущ'], bg: ['бъдещ'], hu: ['jövő'], kk: ['болашақ'] },
  { id: 'next_upcoming', en: ['=next', 'upcoming'], ru: ['следующ', 'ближайш', 'предстоящ'], bg: ['следващ', 'предстоящ'], hu: ['következő', 'elkövetkez'], kk: ['келесі', 'алдағы'] },
  { id: 'deadline', en: ['deadline', '=timeline', 'timeframe'], ru: ['срок'], bg: ['срок'], hu: ['határidő'], kk: ['мерзім'] },
  { id: 'january', en: ['january'], ru: ['январ'], bg: ['януари'], hu: ['január'], kk: ['қаңтар'] },
  { id: 'february', en: ['february', '=feb'], ru: ['феврал'], bg: ['февруари'], hu: ['február'], kk: ['ақпан'] },
  { id: 'march', en: ['=march'], ru: ['=март', '=марта', '=марте'], bg: ['=март'], hu: ['március'], kk: ['наурыз'] },
  { id: 'april', en: ['april', '=apr'], ru: ['апрел'], bg: ['април'], hu: ['április'], kk: ['сәуір'] },
  // English "may" is a stopword (a modal verb), so May has no English entry.
  { id: 'may', en: [], ru: ['=май', '=мая', '=мае'], bg: ['=май'], hu: ['május'], kk: ['мамыр'] },
  { id: 'june', en: ['=june', '=jun'], ru: ['=июнь', '=июня', '=июне'], bg: ['=юни'], hu: ['június'], kk: ['маусым'] },
  { id: 'july', en: ['=july', '=jul'], ru: ['=июль', '=июля', '=июле'], bg: ['=юли'], hu: ['július'], kk: ['шілде'] },
  { id: 'august', en: ['=august', '=aug'], ru: ['август'], bg: ['август'], hu: ['augusztus'], kk: ['тамыз'] },
  { id: 'september', en: ['september', '=sep', '=sept'], ru: ['сентябр'], bg: ['септември'], hu: ['szeptember'], kk: ['қыркүйек'] },
  { id: 'october', en: ['october', '=oct'], ru: ['октябр'], bg: ['октомври'], hu: ['október'], kk: ['қазанда', 'қазанның'] },
  { id: 'november', en: ['november'], ru: ['ноябр'], bg: ['ноември'], hu: ['november'], kk: ['қараша'] },
  { id: 'december', en: ['december', '=dec'], ru: ['декабр'], bg: ['декември'], hu: ['december'], kk: ['желтоқсан'] },
];
