import type { Concept } from './concept.js';

/** Time: years, months, days, order in time. */
export const TIME: readonly Concept[] = [
  { id: 'year', en: ['=year', '=years', 'yearly', 'annual'], ru: ['=год', '=года', '=году', '=годом', '=годы', '=годов', '=лет', 'ежегодн', 'годовой'], bg: ['=година', '=години', '=годината', 'годиш'], hu: ['=év', 'évek', 'éves', 'évente', '=évet', '=évben', '=évre', '=évi', '=évig', '=évtől', '=évből'], kk: ['=жыл', '=жылы', '=жылға', 'жылғы', '=жылда', '=жылдан', 'жылдың', 'жылдар'] },
  { id: 'month', en: ['=month', '=months', 'monthly'], ru: ['месяц', 'ежемесячн'], bg: ['месец', 'месеч'], hu: ['hónap'], kk: ['айында', 'айлық', '=айда', '=айға', '=айдан'] },
  { id: 'week', en: ['=week', '=weeks', 'weekly'], ru: ['недел'], bg: ['седмиц'], hu: ['=hét', '=héten', '=hetek', '=heti', 'hetente'], kk: ['апта'] },
  { id: 'day', en: ['=day', '=days', 'daily'], ru: ['=день', '=дня', '=дней', '=днем', '=днём', 'ежедневн'], bg: ['=дни', '=деня', '=денят', 'ежедневн', 'ежедневен'], hu: ['=nap', '=napon', '=napok', '=napi', 'naponta'], kk: ['күндер'] },
  { id: 'today', en: ['today'], ru: ['сегодня'], bg: ['=днес', 'днешн'], hu: ['=ma', '=mától'], kk: ['бүгін'] },
  { id: 'yesterday', en: ['yesterday'], ru: ['вчера'], bg: ['вчера'], hu: ['tegnap'], kk: ['=кеше'] },
  { id: 'tomorrow', en: ['tomorrow'], ru: ['завтра'], bg: ['=утре'], hu: ['holnap'], kk: ['ертең'] },
  { id: 'half', en: ['=half', 'halves'], ru: ['половин', 'полугод'], bg: ['половин', 'полугод', 'шестмесеч'], hu: ['felében', 'félév'], kk: ['жарты'] },
  // "Which one in a row" («hányadik», «какой по счёту», «кое по ред», «нешінші»): hierarchy.ts widens it to first, second…
  // («Hányadikán», on which day of the month, is a date.)
  { id: 'ordinal', en: ['=ordinal', '=nth', 'in a row'], ru: ['=счету', '=счёту'], bg: ['=ред', '=поред', 'поредн', '=пореден'], hu: ['hányadik', '=hányadszor'], kk: ['=нешінші', '=нешіншісі'] },
  { id: 'first', en: ['=first', 'firstly'], ru: ['перв', '=впервые'], bg: ['първ'], hu: ['első', '=először'], kk: ['бірінші', 'алғашқы', '=алғаш', 'тұңғыш'] },
  { id: 'second', en: ['=second', 'secondly'], ru: ['второ', '=вторая', '=вторые', '=вторых', '=вторым', '=вторыми'], bg: ['=втори', '=втора', '=второ', '=вторият', '=вторите', '=втората', '=второто'], hu: ['második', '=másod'], kk: ['екінші'] },
  { id: 'third', en: ['=third', '=thirdly'], ru: ['=третий', '=третья', '=третье', '=третьи', '=третьего', '=третьей', '=третьем', '=третьим', '=третью', '=третьих'], bg: ['=трети', '=трета', '=трето', '=третия', '=третият', '=третата', '=третото', '=третите'], hu: ['=harmadik', '=harmadszor', '=harmadikként'], kk: ['үшінші'] },
  // The last one in a row (and "latest": the most recent of several visits or deals).
  { id: 'last_final', en: ['=last', '=lastly', '=final', '=finally', '=latest'], ru: ['последн'], bg: ['последн', '=последен'], hu: ['=utolsó', '=utoljára', '=legutóbbi', '=legutóbb', '=végső'], kk: ['=соңғы', '=соңында', '=ақырғы'] },
  { id: 'quarter', en: ['=quarter', '=quarters', 'quarterly'], ru: ['квартал'], bg: ['тримесеч'], hu: ['negyedév'], kk: ['=тоқсанында'] },
  { id: 'decade', en: ['decade'], ru: ['десятилет'], bg: ['десетилет'], hu: ['évtized'], kk: ['онжылдық'] },
  { id: 'future', en: ['future'], ru: ['будущ'], bg: ['бъдещ'], hu: ['jövő'], kk: ['болашақ', 'болашағ'] },
  { id: 'next_upcoming', en: ['=next', 'upcoming', '=forthcoming'], ru: ['следующ', 'ближайш', 'предстоящ', 'грядущ'], bg: ['следващ', 'предстоящ', '=идната', '=догодина'], hu: ['következő', 'elkövetkez', 'közelgő'], kk: ['келесі', 'алдағы', '=келер'] },
  { id: 'deadline', en: ['deadline', '=timeline', 'timeframe', '=duration', '=term', 'validity'], ru: ['срок', 'продолжительн'], bg: ['срок', 'продължителн'], hu: ['határidő', 'időtartam', 'érvényesség', 'hatály'], kk: ['мерзім', 'ұзақтығ'] },
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
  { id: 'time', en: ['=time', '=times'], ru: ['=время', '=времени', '=временем', '=временам'], bg: ['=време', '=времето', '=времена'], hu: ['=idő', '=ideje', '=idején', '=időben', '=időt', '=időre', '=ideig'], kk: ['уақыт'] },
  { id: 'during', en: ['=during', '=amid'], ru: ['=ходе', '=течение', '=протяжении', 'во время'], bg: ['=хода', '=течение', 'по време на'], hu: ['=folyamán', '=közben'], kk: ['барысында', '=кезеңінде'] },
  { id: 'earlier', en: ['earlier', 'previous', '=formerly', '=prior', '=ago', '=recent', '=recently'], ru: ['=ранее', '=раньше', '=прежде', '=прежний', '=прежняя', '=прежние', 'предыдущ', '=назад', 'недавн', '=прошлом'], bg: ['=рано', '=преди', 'предишн', 'предходн', 'неотдавн', 'скорошн', '=миналата'], hu: ['korábban', 'korábbi', 'előző', '=ezelőtt'], kk: ['=бұрын', 'бұрынғы', '=ертерек', 'алдыңғы', '=былтыр', '=жуырда'] },
  { id: 'date_calendar', en: ['=date', '=dates', '=dated', 'calendar'], ru: ['=даты', '=дату', '=датой', 'календар'], bg: ['=датата', '=дати', 'календар'], hu: ['dátum', 'naptár', '=hányadikán', '=hányadika', '=hányadikát'], kk: ['=күнге', 'күнтізбе', '=датасы'] },
  { id: 'monday', en: ['monday'], ru: ['понедельник'], bg: ['понеделник'], hu: ['hétfő'], kk: ['дүйсенбі'] },
  { id: 'tuesday', en: ['tuesday'], ru: ['вторник'], bg: ['вторник'], hu: ['=kedd', '=keddi'], kk: ['сейсенбі'] },
  { id: 'wednesday', en: ['wednesday'], ru: ['=среда', '=среду', '=среды'], bg: ['=сряда'], hu: ['szerda', 'szerdá'], kk: ['сәрсенбі'] },
  { id: 'thursday', en: ['thursday'], ru: ['четверг'], bg: ['четвъртък'], hu: ['csütörtök'], kk: ['бейсенбі'] },
  { id: 'friday', en: ['friday'], ru: ['пятниц'], bg: ['петък'], hu: ['péntek'], kk: ['жұма'] },
  { id: 'saturday', en: ['saturday'], ru: ['суббот'], bg: ['събот'], hu: ['szombat'], kk: ['сенбі'] },
  { id: 'sunday', en: ['sunday'], ru: ['воскресен'], bg: ['=неделята'], hu: ['vasárnap'], kk: ['жексенбі'] },
];

/**
 * Month abbreviations that are other words too (a first name "Jan", Bulgarian «нов» read in Latin letters, Hungarian
 * «már»): a month only beside a day's number ("Nov 6", "6 Nov", "jan. 5"). The unambiguous ones ("Sept", "Oct")
 * are forms of their concepts above.
 */
export const DAY_MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = { jan: 'january', mar: 'march', márc: 'march', nov: 'november' };
