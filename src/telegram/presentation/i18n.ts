/**
 * Every user-facing string of the Telegram layer, in the five languages the bot serves
 * (en, ru, kk, bg, hu), and the choice of language for a reply. Strings are plain text unless a
 * function's name says HTML; anything variable in HTML is escaped here.
 */
import { detectLanguage } from '../../language/detect.js';
import { LANGS, type Lang } from '../../language/lang.js';
import type { FetchFailure } from '../../corpus/fetch-url.js';
import { escapeHtml } from './html.js';

export type Locale = Lang;
export const LOCALES: readonly Locale[] = LANGS;

const SCRIPT: Record<Lang, 'latin' | 'cyrillic'> = { en: 'latin', hu: 'latin', ru: 'cyrillic', bg: 'cyrillic', kk: 'cyrillic' };

/** A Telegram client's language_code → our locale; Cyrillic neighbours read Russian best, the rest English. */
export function localeOfCode(code: string | undefined): Locale {
  const base = (code ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANGS as readonly string[]).includes(base)) return base as Lang;
  return ['uk', 'be', 'ky', 'uz', 'tg'].includes(base) ? 'ru' : 'en';
}

/** Below this many letters a text's markers rarely settle its language (e.g. "привет" could be ru or bg). */
const SHORT_TEXT_LETTERS = 12;

/**
 * The language to reply in: the message's own language, falling back to the user's language_code
 * when the message has no words, or is too short to tell apart from the user's language in the same script.
 */
export function pickLocale(text: string | undefined, languageCode: string | undefined): Locale {
  const fallback = localeOfCode(languageCode);
  const letters = (text ?? '').match(/\p{L}/gu)?.length ?? 0;
  if (!text || letters === 0) return fallback;
  const detected = detectLanguage(text, fallback);
  if (letters < SHORT_TEXT_LETTERS && detected !== fallback && SCRIPT[detected] === SCRIPT[fallback]) return fallback;
  return detected;
}

/**
 * Example questions offered in help, greetings and refusals (buttons ask them). Every one is
 * answered by the engine: test/telegram/examples.test.ts asks each of them.
 */
export const EXAMPLES: Record<Locale, readonly string[]> = {
  en: [
    'How many locomotives will Wabtec supply?',
    'How much is the John Deere deal worth?',
    'Where will Mars build its pet food plant?',
    'What is the total value of the agreements signed after the C5+1 summit?',
  ],
  ru: [
    'Сколько грузовых локомотивов поставит Wabtec?',
    'Сколько стоит сделка с John Deere?',
    'Где Mars построит завод?',
    'Какова общая сумма соглашений по итогам саммита C5+1?',
  ],
  kk: [
    'Wabtec қанша локомотив жеткізеді?',
    'John Deere келісімінің құны қандай?',
    'Mars зауытты қайда салады?',
    'C5+1 саммиті бойынша келісімдердің жалпы құны қандай?',
  ],
  bg: [
    'Колко локомотива ще достави Wabtec?',
    'Каква е стойността на сделката с John Deere?',
    'Къде Mars ще построи завод?',
    'Каква е общата стойност на сделките след срещата на върха C5+1?',
  ],
  hu: [
    'Hány mozdonyt szállít a Wabtec?',
    'Mennyit ér a John Deere-rel kötött megállapodás?',
    'Hol épít gyárat a Mars?',
    'Mekkora a C5+1 csúcstalálkozó után kötött megállapodások összértéke?',
  ],
};

export interface CommandSpec {
  command: string;
  description: string;
}

/** The command menu (setMyCommands), per language. */
export const COMMANDS: Record<Locale, CommandSpec[]> = {
  en: [
    { command: 'ask', description: 'Ask a question (in groups: /ask your question)' },
    { command: 'sources', description: 'List the documents I know' },
    { command: 'source', description: 'Show one document: /source <file or number>' },
    { command: 'new', description: 'Forget this conversation and start over' },
    { command: 'help', description: 'What I know and how to ask' },
    { command: 'start', description: 'Introduction' },
  ],
  ru: [
    { command: 'ask', description: 'Задать вопрос (в группе: /ask ваш вопрос)' },
    { command: 'sources', description: 'Список документов, которые я знаю' },
    { command: 'source', description: 'Показать документ: /source <файл или номер>' },
    { command: 'new', description: 'Забыть этот разговор и начать заново' },
    { command: 'help', description: 'Что я знаю и как спрашивать' },
    { command: 'start', description: 'Знакомство' },
  ],
  kk: [
    { command: 'ask', description: 'Сұрақ қою (топта: /ask сұрағыңыз)' },
    { command: 'sources', description: 'Мен білетін құжаттар тізімі' },
    { command: 'source', description: 'Құжатты көрсету: /source <файл немесе нөмір>' },
    { command: 'new', description: 'Осы әңгімені ұмытып, қайта бастау' },
    { command: 'help', description: 'Не білемін және қалай сұрау керек' },
    { command: 'start', description: 'Танысу' },
  ],
  bg: [
    { command: 'ask', description: 'Задайте въпрос (в група: /ask вашият въпрос)' },
    { command: 'sources', description: 'Списък на документите, които познавам' },
    { command: 'source', description: 'Показване на документ: /source <файл или номер>' },
    { command: 'new', description: 'Забравяне на разговора и ново начало' },
    { command: 'help', description: 'Какво знам и как да питате' },
    { command: 'start', description: 'Запознанство' },
  ],
  hu: [
    { command: 'ask', description: 'Kérdés feltevése (csoportban: /ask kérdés)' },
    { command: 'sources', description: 'Az általam ismert dokumentumok' },
    { command: 'source', description: 'Egy dokumentum: /source <fájl vagy szám>' },
    { command: 'new', description: 'A beszélgetés elfelejtése, újrakezdés' },
    { command: 'help', description: 'Mit tudok, és hogyan kérdezz' },
    { command: 'start', description: 'Bemutatkozás' },
  ],
};

const at = (username: string | undefined): string => (username ? `@${escapeHtml(username)}` : '');
const ex = (text: string): string => `<i>${escapeHtml(text)}</i>`;

/** The words and sentences of one language. */
export interface UiStrings {
  langNames: Record<Lang, string>;
  /** /start (HTML). */
  start(documents: number, example: string): string;
  /** /help (HTML). */
  help(documents: number, languages: string, username: string | undefined, example: string): string;
  greeting: string;
  thanks: string;
  whoAmI(documents: number): string;
  /** Shown above example-question buttons. */
  tryThese: string;
  /** A follow-up ("and when was it signed?") with no earlier question to lean on. */
  clarify(example: string): string;
  nonText: string;
  emptyQuestion(username: string | undefined, example: string): string;
  askUsage(example: string): string;
  unknownCommand: string;
  notAllowed(ids: string): string;
  inlineNotAllowed(userId: number): { title: string; text: string };
  /** Limit notices; `mark` is the reaction later refused messages get. */
  questionLimit(perMinute: number, retryAfterSec: number, mark: string): string;
  tooManyMessages(retryAfterSec: number, mark: string): string;
  callbackLimited: string;
  failure: string;
  shuttingDown: string;
  /** Answer layout. */
  sources: string;
  closestPassages: string;
  /** Refusal: what the articles cover (plain text; the caller escapes). */
  coverage(documents: number, outlets: string, dates: string): string;
  /** /sources, /source */
  noDocuments: string;
  documentsHead(count: number): string;
  chunks: string;
  chars: string;
  fieldLanguage: string;
  fieldDate: string;
  fieldPublisher: string;
  fieldSize: string;
  fieldOpening: string;
  /** A web page's (canonical) address on /source. */
  fieldAddress: string;
  sourceUsage: string;
  sourceNotFound(shownArg: string, count: number): string;
  newConversation: string;
  feedbackThanks: string;
  /** A 👍/👎 press for an answer this chat never got (forged or too old). */
  feedbackInvalid: string;
  /** The feedback database is unusable; answering goes on. */
  feedbackUnavailable: string;
  callbackNotAllowed: string;
  /** Inline mode. */
  inlineOpenChat: string;
  inlineDocuments: string;
  /** Admin uploads (reason is escaped by the caller). */
  uploadAdminsOnly: string;
  uploadWrongType: string;
  /** `size` with its unit, from sizeText ("10 MB", "1024 KB"). */
  uploadTooLarge(size: string): string;
  /** Kilobytes and megabytes. */
  sizeUnits: [kb: string, mb: string];
  uploadRejected(reasonHtml: string): string;
  uploadFailed: string;
  uploadAdded(fileHtml: string, lang: string, chunks: number, titleHtml: string, total: number): string;
  /** Admin links: "/add" alone (HTML), a refusal (one sentence; the reason is escaped by the caller), the article added. */
  linkUsage: string;
  linkRejected(reasonHtml: string): string;
  linkAdded(a: { fileHtml: string; titleHtml: string; publisherHtml?: string; date?: string; lang: string; chunks: number; total: number }): string;
  /** Reasons a link is refused (plain text, no final full stop). */
  alreadyInCorpus(file: string): string;
  fetchFailed(kind: FetchFailure, detail: string | undefined): string;
  /** Saving a fetched article failed for a reason of ours (plain text). */
  linkFailed: string;
}

const EN: UiStrings = {
  langNames: { ru: 'Russian', bg: 'Bulgarian', hu: 'Hungarian', en: 'English', kk: 'Kazakh' },
  start: (n, e) =>
    `Hello! I answer questions about Kazakhstan–US agreements from ${n} news articles, citing every source [n] with a quote.\n\n` +
    `Just send a question in any language, e.g. ${ex(e)}\n\n/help — more, /sources — the documents.`,
  help: (n, langs, u, e) =>
    `<b>What I know.</b> ${n} news articles about Kazakhstan–US agreements (languages: ${escapeHtml(langs)}). ` +
    `I answer only from them, with [n] markers; the sources and their quotes follow each answer. If the articles do not cover a question, I say so.\n\n` +
    `<b>How to ask.</b> In a private chat just send a question in any language, e.g. ${ex(e)} Follow-up questions use the previous ones; /new starts over.\n` +
    `In a group, mention me (${at(u)} your question), reply to one of my messages, or send /ask your question. A photo or file caption counts as a question.\n` +
    `In any chat, <code>${at(u)} words</code> finds matching quotes (inline mode).\n\n` +
    `<b>Commands.</b> /sources — the documents, /source &lt;file or number&gt; — a document's opening, /new — start over.\n` +
    `Rate answers with 👍/👎 below them.`,
  greeting: 'Hello! I answer questions about the Kazakhstan–US agreements from news articles, with sources. For example:',
  thanks: 'You are welcome! Ask another question any time, for example:',
  whoAmI: (n) => `I am a bot that answers questions about the Kazakhstan–US agreements from ${n} news articles, quoting and citing each source. For example:`,
  tryThese: 'Try one of these:',
  clarify: (e) => `What does your question refer to? I have no earlier question here to lean on; please ask it in full, e.g. ${ex(e)}`,
  nonText: 'I only understand text questions — please type your question (/help).',
  emptyQuestion: (u, e) => `Ask me something, e.g. <code>${at(u)} ${escapeHtml(e)}</code>`,
  askUsage: (e) => `Put the question after the command: <code>/ask ${escapeHtml(e)}</code>`,
  unknownCommand: "I don't know that command. See /help.",
  notAllowed: (ids) => `Sorry, this bot is only available to approved chats. Your ${ids} — send it to the bot's owner to get access.`,
  inlineNotAllowed: (id) => ({ title: 'Access restricted', text: `This bot is only available to approved users. Your user id: ${id}.` }),
  questionLimit: (n, s, m) => `Too many questions: the limit is ${n} per minute. Please try again in ${s} s. Until then I mark new messages with ${m}.`,
  tooManyMessages: (s, m) => `Too many messages at once. Please wait ${s} s; until then I mark new messages with ${m}.`,
  callbackLimited: 'Too many presses; please wait a moment.',
  failure: 'Sorry, something went wrong while answering. Please try again in a moment.',
  shuttingDown: 'The bot is restarting — please ask again in a minute.',
  sources: 'Sources',
  closestPassages: 'Closest passages',
  coverage: (n, outlets, dates) => `What the articles cover (${n}${outlets ? `; ${outlets}` : ''}${dates ? `; ${dates}` : ''}):`,
  noDocuments: 'There are no documents yet.',
  documentsHead: (n) => `<b>Documents (${n}).</b> Details: /source &lt;number or file&gt;`,
  chunks: 'chunks',
  chars: 'chars',
  fieldLanguage: 'Language',
  fieldDate: 'Date',
  fieldPublisher: 'Publisher',
  fieldSize: 'Size',
  fieldOpening: 'Opening',
  fieldAddress: 'Address',
  sourceUsage: 'Name a document: <code>/source 1</code> or <code>/source 000_eb068ec50c8c6ca1.txt</code>. The list: /sources.',
  sourceNotFound: (a, n) => `No document matches “${a}”. Use a file name or a number from 1 to ${n} (/sources).`,
  newConversation: 'Starting over: I have forgotten the earlier questions here.',
  feedbackThanks: 'Thanks for the feedback!',
  feedbackInvalid: 'This button is no longer valid.',
  feedbackUnavailable: 'Sorry, the rating could not be saved.',
  callbackNotAllowed: 'Not allowed.',
  inlineOpenChat: 'Ask me in a private chat',
  inlineDocuments: 'Documents',
  uploadAdminsOnly: 'Only the bot’s admins can add documents. I answer text questions — see /help.',
  uploadWrongType: 'I only accept .pdf, .docx, .html/.htm files, or .txt or .md text files in UTF-8.',
  uploadTooLarge: (size) => `The file is too large: at most ${size}.`,
  sizeUnits: ['KB', 'MB'],
  uploadRejected: (r) => `Document not added: ${r}`,
  uploadFailed: 'Could not download the file from Telegram or save it. Please try again.',
  uploadAdded: (f, l, c, t, n) => `Added <code>${f}</code>: language ${escapeHtml(l)}, ${c} chunks, “${t}”. Documents now: ${n}. Ask away.`,
  linkUsage: 'Send a link to an article: <code>/add https://…</code>, or just the link on its own.',
  linkRejected: (r) => `Link not added: ${r}.`,
  linkAdded: (a) =>
    `Added the article <code>${a.fileHtml}</code>: ${[`“${a.titleHtml}”`, a.publisherHtml, a.date ?? 'no date given', `language ${escapeHtml(a.lang)}`, `${a.chunks} chunks`].filter(Boolean).join(' · ')}. ` +
    `Documents now: ${a.total}. Ask away.`,
  linkFailed: 'Link not added: something went wrong while saving it. Please try again.',
  alreadyInCorpus: (f) => `this page is already in the corpus as ${f}`,
  fetchFailed: (kind, d) => {
    switch (kind) {
      case 'bad-url': return d === 'credentials' ? 'links with a user name or password in them are not fetched' : 'that is not a valid web address';
      case 'scheme': return `only http:// and https:// links can be fetched, not ${d}`;
      case 'blocked-address': return `the link points to a private or local network address (${d}), which I do not fetch`;
      case 'dns': return d ? `the site's name (${d}) could not be resolved` : "the site's name could not be resolved";
      case 'network': return d === 'compression' ? 'the site sent a damaged (badly compressed) page' : `the site could not be reached (${d ?? 'connection failed'})`;
      case 'timeout': return d ? `the site did not send the page within ${duration(d, 's', 'ms')}` : 'the fetch was cancelled';
      case 'too-many-redirects': return `the link redirects more than ${d} times`;
      case 'http-status': return `the site answered ${d} for this link`;
      case 'content-type': return d ? `the link is not a web page but ${d}; download it and send me the file instead` : 'the site did not say what kind of content the link is';
      case 'too-large': return `the page is larger than ${d} MB, which is more than an article needs`;
    }
  },
};

const RU: UiStrings = {
  langNames: { ru: 'русский', bg: 'болгарский', hu: 'венгерский', en: 'английский', kk: 'казахский' },
  start: (n, e) =>
    `Здравствуйте! Я отвечаю на вопросы о соглашениях Казахстана и США по ${n} новостным статьям и указываю источники [n] с цитатами.\n\n` +
    `Просто напишите вопрос на любом языке, например: ${ex(e)}\n\n/help — подробнее, /sources — список документов.`,
  help: (n, langs, u, e) =>
    `<b>Что я знаю.</b> ${n} новостных статей о соглашениях Казахстана и США (языки: ${escapeHtml(langs)}). ` +
    `Отвечаю только по ним и ставлю ссылки [n]; под ответом — источники с цитатами. Если в статьях ответа нет, так и скажу.\n\n` +
    `<b>Как спрашивать.</b> В личном чате просто напишите вопрос на любом языке, например: ${ex(e)} Уточняющие вопросы учитывают предыдущие; /new начинает разговор заново.\n` +
    `В группе упомяните меня (${at(u)} вопрос), ответьте на моё сообщение или напишите /ask вопрос. Подпись к фото или файлу тоже считается вопросом.\n` +
    `В любом чате: <code>${at(u)} слова</code> — быстрый поиск цитат.\n\n` +
    `<b>Команды.</b> /sources — документы, /source &lt;файл или номер&gt; — начало документа, /new — новый разговор.\n` +
    `Под каждым ответом есть 👍/👎 — оценка помогает улучшать ответы.`,
  greeting: 'Здравствуйте! Я отвечаю на вопросы о соглашениях Казахстана и США по новостным статьям, с источниками. Например:',
  thanks: 'Пожалуйста! Спрашивайте ещё, например:',
  whoAmI: (n) => `Я бот, который отвечает на вопросы о соглашениях Казахстана и США по ${n} новостным статьям, с цитатами и ссылками на источники. Например:`,
  tryThese: 'Попробуйте:',
  clarify: (e) => `О чём ваш вопрос? Предыдущего вопроса здесь нет, уточните его полностью, например: ${ex(e)}`,
  nonText: 'Я понимаю только текстовые вопросы — напишите вопрос словами (/help).',
  emptyQuestion: (u, e) => `Задайте вопрос, например: <code>${at(u)} ${escapeHtml(e)}</code>`,
  askUsage: (e) => `Напишите вопрос после команды: <code>/ask ${escapeHtml(e)}</code>`,
  unknownCommand: 'Не знаю такой команды. Список — в /help.',
  notAllowed: (ids) => `Извините, этот бот доступен только для разрешённых чатов. Ваш ${ids} — передайте его владельцу бота, чтобы получить доступ.`,
  inlineNotAllowed: (id) => ({ title: 'Нет доступа', text: `Этот бот доступен только разрешённым пользователям. Ваш user id: ${id}.` }),
  questionLimit: (n, s, m) => `Слишком много вопросов: не больше ${n} в минуту. Попробуйте снова через ${s} с. До тех пор отмечаю новые сообщения ${m}.`,
  tooManyMessages: (s, m) => `Слишком много сообщений сразу. Подождите ${s} с; до тех пор отмечаю новые сообщения ${m}.`,
  callbackLimited: 'Слишком много нажатий, подождите немного.',
  failure: 'Извините, не получилось ответить из-за внутренней ошибки. Попробуйте ещё раз чуть позже.',
  shuttingDown: 'Бот перезапускается — повторите вопрос через минуту.',
  sources: 'Источники',
  closestPassages: 'Ближайшие фрагменты',
  coverage: (n, outlets, dates) => `О чём статьи (${n}${outlets ? `; ${outlets}` : ''}${dates ? `; ${dates}` : ''}):`,
  noDocuments: 'Документов пока нет.',
  documentsHead: (n) => `<b>Документы (${n}).</b> Подробнее: /source &lt;номер или файл&gt;`,
  chunks: 'фрагм.',
  chars: 'симв.',
  fieldLanguage: 'Язык',
  fieldDate: 'Дата',
  fieldPublisher: 'Издание',
  fieldSize: 'Объём',
  fieldOpening: 'Начало',
  fieldAddress: 'Адрес',
  sourceUsage: 'Укажите документ: <code>/source 1</code> или <code>/source 000_eb068ec50c8c6ca1.txt</code>. Список — /sources.',
  sourceNotFound: (a, n) => `Документ «${a}» не найден. Укажите имя файла или номер от 1 до ${n} (/sources).`,
  newConversation: 'Начинаем заново: предыдущие вопросы забыты.',
  feedbackThanks: 'Спасибо за оценку!',
  feedbackInvalid: 'Эта кнопка больше не действует.',
  feedbackUnavailable: 'Извините, оценку не удалось сохранить.',
  callbackNotAllowed: 'Нет доступа.',
  inlineOpenChat: 'Спросить в личном чате',
  inlineDocuments: 'Документы',
  uploadAdminsOnly: 'Добавлять документы могут только администраторы бота. Я отвечаю на текстовые вопросы — см. /help.',
  uploadWrongType: 'Принимаю только файлы .pdf, .docx, .html/.htm и текстовые файлы .txt или .md в UTF-8.',
  uploadTooLarge: (size) => `Файл слишком большой: максимум ${size}.`,
  sizeUnits: ['КБ', 'МБ'],
  uploadRejected: (r) => `Документ не добавлен: ${r}`,
  uploadFailed: 'Не удалось загрузить файл из Telegram или сохранить его. Попробуйте ещё раз.',
  uploadAdded: (f, l, c, t, n) => `Добавлен <code>${f}</code>: язык ${escapeHtml(l)}, ${c} фрагм., «${t}». Теперь документов: ${n}. Можно спрашивать.`,
  linkUsage: 'Пришлите ссылку на статью: <code>/add https://…</code> или просто ссылку отдельным сообщением.',
  linkRejected: (r) => `Ссылка не добавлена: ${r}.`,
  linkAdded: (a) =>
    `Добавлена статья <code>${a.fileHtml}</code>: ${[`«${a.titleHtml}»`, a.publisherHtml, a.date ?? 'дата не указана', `язык ${escapeHtml(a.lang)}`, `${a.chunks} фрагм.`].filter(Boolean).join(' · ')} ` +
    `Теперь документов: ${a.total}. Можно спрашивать.`,
  linkFailed: 'Ссылка не добавлена: что-то пошло не так при сохранении. Попробуйте ещё раз.',
  alreadyInCorpus: (f) => `эта страница уже есть в корпусе как ${f}`,
  fetchFailed: (kind, d) => {
    switch (kind) {
      case 'bad-url': return d === 'credentials' ? 'ссылки с именем пользователя или паролем я не открываю' : 'это не веб-адрес';
      case 'scheme': return `открываю только ссылки http:// и https://, а не ${d}`;
      case 'blocked-address': return `ссылка ведёт на адрес частной или локальной сети (${d}), такие я не открываю`;
      case 'dns': return d ? `имя сайта (${d}) не найдено` : 'имя сайта не найдено';
      case 'network': return d === 'compression' ? 'сайт прислал повреждённую (неверно сжатую) страницу' : `сайт недоступен (${d ?? 'нет соединения'})`;
      case 'timeout': return d ? `сайт не прислал страницу за ${duration(d, 'с', 'мс')}` : 'загрузка отменена';
      case 'too-many-redirects': return `ссылка перенаправляет больше ${d} раз`;
      case 'http-status': return `сайт ответил на эту ссылку кодом ${d}`;
      case 'content-type': return d ? `по ссылке не веб-страница, а ${d}; скачайте файл и пришлите его мне` : 'сайт не сообщил, что находится по ссылке';
      case 'too-large': return `страница больше ${d} МБ — для статьи это слишком много`;
    }
  },
};

const KK: UiStrings = {
  langNames: { ru: 'орыс', bg: 'болгар', hu: 'венгр', en: 'ағылшын', kk: 'қазақ' },
  start: (n, e) =>
    `Сәлеметсіз бе! Мен Қазақстан мен АҚШ келісімдері туралы сұрақтарға ${n} жаңалық мақаласы бойынша жауап беремін және әр дереккөзді [n] дәйексөзімен көрсетемін.\n\n` +
    `Сұрағыңызды кез келген тілде жазыңыз, мысалы: ${ex(e)}\n\n/help — толығырақ, /sources — құжаттар.`,
  help: (n, langs, u, e) =>
    `<b>Не білемін.</b> Қазақстан мен АҚШ келісімдері туралы ${n} жаңалық мақаласы (тілдері: ${escapeHtml(langs)}). ` +
    `Тек солар бойынша [n] белгілерімен жауап беремін; жауаптың астында дәйексөздері бар дереккөздер. Мақалаларда жауап болмаса, соны айтамын.\n\n` +
    `<b>Қалай сұрау керек.</b> Жеке чатта сұрақты кез келген тілде жазыңыз, мысалы: ${ex(e)} Нақтылау сұрақтары алдыңғыларын ескереді; /new әңгімені қайта бастайды.\n` +
    `Топта мені атаңыз (${at(u)} сұрақ), менің хабарыма жауап беріңіз немесе /ask сұрақ жазыңыз. Фото не файл жазуы да сұрақ болып саналады.\n` +
    `Кез келген чатта: <code>${at(u)} сөздер</code> — дәйексөздерді жылдам іздеу.\n\n` +
    `<b>Командалар.</b> /sources — құжаттар, /source &lt;файл немесе нөмір&gt; — құжаттың басы, /new — жаңа әңгіме.\n` +
    `Жауаптарды 👍/👎 арқылы бағалаңыз.`,
  greeting: 'Сәлеметсіз бе! Мен Қазақстан мен АҚШ келісімдері туралы сұрақтарға жаңалық мақалалары бойынша дереккөздерімен жауап беремін. Мысалы:',
  thanks: 'Оқасы жоқ! Тағы сұраңыз, мысалы:',
  whoAmI: (n) => `Мен Қазақстан мен АҚШ келісімдері туралы сұрақтарға ${n} жаңалық мақаласы бойынша дәйексөз және дереккөзімен жауап беретін ботпын. Мысалы:`,
  tryThese: 'Мынаны көріңіз:',
  clarify: (e) => `Сұрағыңыз не туралы? Мұнда алдыңғы сұрақ жоқ, оны толық жазыңыз, мысалы: ${ex(e)}`,
  nonText: 'Мен тек мәтіндік сұрақтарды түсінемін — сұрағыңызды сөзбен жазыңыз (/help).',
  emptyQuestion: (u, e) => `Сұрақ қойыңыз, мысалы: <code>${at(u)} ${escapeHtml(e)}</code>`,
  askUsage: (e) => `Сұрақты командадан кейін жазыңыз: <code>/ask ${escapeHtml(e)}</code>`,
  unknownCommand: 'Мұндай команданы білмеймін. Тізімі — /help.',
  notAllowed: (ids) => `Кешіріңіз, бұл бот тек рұқсат етілген чаттарға қолжетімді. Сіздің ${ids} — қолжетімділік алу үшін оны бот иесіне жіберіңіз.`,
  inlineNotAllowed: (id) => ({ title: 'Қолжетімділік жоқ', text: `Бұл бот тек рұқсат етілген пайдаланушыларға қолжетімді. Сіздің user id: ${id}.` }),
  questionLimit: (n, s, m) => `Сұрақтар тым көп: минутына ${n}-дан аспауы керек. ${s} с кейін қайталаңыз. Оған дейін жаңа хабарларды ${m} белгісімен белгілеймін.`,
  tooManyMessages: (s, m) => `Хабарлар тым көп. ${s} с күтіңіз; оған дейін жаңа хабарларды ${m} белгісімен белгілеймін.`,
  callbackLimited: 'Басу тым көп, сәл күтіңіз.',
  failure: 'Кешіріңіз, ішкі қатеге байланысты жауап бере алмадым. Сәлден кейін қайталап көріңіз.',
  shuttingDown: 'Бот қайта іске қосылуда — сұрағыңызды бір минуттан кейін қайталаңыз.',
  sources: 'Дереккөздер',
  closestPassages: 'Ең жақын үзінділер',
  coverage: (n, outlets, dates) => `Мақалалар не туралы (${n}${outlets ? `; ${outlets}` : ''}${dates ? `; ${dates}` : ''}):`,
  noDocuments: 'Әзірге құжаттар жоқ.',
  documentsHead: (n) => `<b>Құжаттар (${n}).</b> Толығырақ: /source &lt;нөмір немесе файл&gt;`,
  chunks: 'үзінді',
  chars: 'таңба',
  fieldLanguage: 'Тілі',
  fieldDate: 'Күні',
  fieldPublisher: 'Басылым',
  fieldSize: 'Көлемі',
  fieldOpening: 'Басы',
  fieldAddress: 'Мекенжайы',
  sourceUsage: 'Құжатты көрсетіңіз: <code>/source 1</code> немесе <code>/source 000_eb068ec50c8c6ca1.txt</code>. Тізімі — /sources.',
  sourceNotFound: (a, n) => `«${a}» құжаты табылмады. Файл атын немесе 1-ден ${n}-ге дейінгі нөмірді көрсетіңіз (/sources).`,
  newConversation: 'Қайта бастаймыз: алдыңғы сұрақтар ұмытылды.',
  feedbackThanks: 'Бағаңызға рахмет!',
  feedbackInvalid: 'Бұл батырма енді жарамсыз.',
  feedbackUnavailable: 'Кешіріңіз, бағаны сақтау мүмкін болмады.',
  callbackNotAllowed: 'Қолжетімділік жоқ.',
  inlineOpenChat: 'Жеке чатта сұрау',
  inlineDocuments: 'Құжаттар',
  uploadAdminsOnly: 'Құжаттарды тек бот әкімшілері қоса алады. Мен мәтіндік сұрақтарға жауап беремін — /help қараңыз.',
  uploadWrongType: 'Тек .pdf, .docx, .html/.htm файлдарын немесе UTF-8 кодтауындағы .txt не .md мәтіндік файлдарын қабылдаймын.',
  uploadTooLarge: (size) => `Файл тым үлкен: ең көбі ${size}.`,
  sizeUnits: ['КБ', 'МБ'],
  uploadRejected: (r) => `Құжат қосылмады: ${r}`,
  uploadFailed: 'Файлды Telegram-нан жүктеу немесе сақтау мүмкін болмады. Қайталап көріңіз.',
  uploadAdded: (f, l, c, t, n) => `<code>${f}</code> қосылды: тілі ${escapeHtml(l)}, ${c} үзінді, «${t}». Енді құжаттар: ${n}. Сұрай беріңіз.`,
  linkUsage: 'Мақалаға сілтеме жіберіңіз: <code>/add https://…</code> немесе жай ғана сілтеменің өзін.',
  linkRejected: (r) => `Сілтеме қосылмады: ${r}.`,
  linkAdded: (a) =>
    `<code>${a.fileHtml}</code> мақаласы қосылды: ${[`«${a.titleHtml}»`, a.publisherHtml, a.date ?? 'күні көрсетілмеген', `тілі ${escapeHtml(a.lang)}`, `${a.chunks} үзінді`].filter(Boolean).join(' · ')}. ` +
    `Енді құжаттар: ${a.total}. Сұрай беріңіз.`,
  linkFailed: 'Сілтеме қосылмады: сақтау кезінде қате шықты. Қайталап көріңіз.',
  alreadyInCorpus: (f) => `бұл бет корпуста ${f} деген атпен бар`,
  fetchFailed: (kind, d) => {
    switch (kind) {
      case 'bad-url': return d === 'credentials' ? 'пайдаланушы аты не құпиясөзі бар сілтемелерді ашпаймын' : 'бұл веб-мекенжай емес';
      case 'scheme': return `тек http:// және https:// сілтемелерін ашамын, ${d} емес`;
      case 'blocked-address': return `сілтеме жеке немесе жергілікті желі мекенжайына (${d}) апарады, ондайларды ашпаймын`;
      case 'dns': return d ? `сайттың аты (${d}) табылмады` : 'сайттың аты табылмады';
      case 'network': return d === 'compression' ? 'сайт бүлінген (дұрыс сығылмаған) бет жіберді' : `сайтқа қосылу мүмкін болмады (${d ?? 'байланыс жоқ'})`;
      case 'timeout': return d ? `сайт бетті ${duration(d, 'с', 'мс')} ішінде жібермеді` : 'жүктеу тоқтатылды';
      case 'too-many-redirects': return `сілтеме ${d} реттен көп қайта бағыттайды`;
      case 'http-status': return `сайт бұл сілтемеге ${d} деп жауап берді`;
      case 'content-type': return d ? `сілтемеде веб-бет емес, ${d} бар; файлды жүктеп алып, маған жіберіңіз` : 'сайт сілтемеде не барын көрсетпеді';
      case 'too-large': return `бет ${d} МБ-тан үлкен, мақала үшін бұл тым көп`;
    }
  },
};

const BG: UiStrings = {
  langNames: { ru: 'руски', bg: 'български', hu: 'унгарски', en: 'английски', kk: 'казахски' },
  start: (n, e) =>
    `Здравейте! Отговарям на въпроси за споразуменията между Казахстан и САЩ по ${n} новинарски статии и цитирам всеки източник [n].\n\n` +
    `Просто изпратете въпрос на всеки език, например: ${ex(e)}\n\n/help — повече, /sources — документите.`,
  help: (n, langs, u, e) =>
    `<b>Какво знам.</b> ${n} новинарски статии за споразуменията между Казахстан и САЩ (езици: ${escapeHtml(langs)}). ` +
    `Отговарям само по тях, с означения [n]; под всеки отговор са източниците с цитати. Ако статиите не съдържат отговор, казвам го.\n\n` +
    `<b>Как да питате.</b> В личен чат просто изпратете въпрос на всеки език, например: ${ex(e)} Уточняващите въпроси отчитат предишните; /new започва отначало.\n` +
    `В група ме споменете (${at(u)} въпрос), отговорете на мое съобщение или изпратете /ask въпрос. Надписът към снимка или файл също е въпрос.\n` +
    `Във всеки чат: <code>${at(u)} думи</code> — бързо търсене на цитати.\n\n` +
    `<b>Команди.</b> /sources — документите, /source &lt;файл или номер&gt; — началото на документ, /new — нов разговор.\n` +
    `Оценявайте отговорите с 👍/👎 под тях.`,
  greeting: 'Здравейте! Отговарям на въпроси за споразуменията между Казахстан и САЩ по новинарски статии, с източници. Например:',
  thanks: 'Моля! Питайте отново, например:',
  whoAmI: (n) => `Аз съм бот, който отговаря на въпроси за споразуменията между Казахстан и САЩ по ${n} новинарски статии, с цитати и източници. Например:`,
  tryThese: 'Опитайте:',
  clarify: (e) => `За какво се отнася въпросът? Тук няма предишен въпрос; задайте го изцяло, например: ${ex(e)}`,
  nonText: 'Разбирам само текстови въпроси — напишете въпроса си с думи (/help).',
  emptyQuestion: (u, e) => `Задайте въпрос, например: <code>${at(u)} ${escapeHtml(e)}</code>`,
  askUsage: (e) => `Напишете въпроса след командата: <code>/ask ${escapeHtml(e)}</code>`,
  unknownCommand: 'Не познавам тази команда. Вижте /help.',
  notAllowed: (ids) => `Съжалявам, този бот е достъпен само за одобрени чатове. Вашият ${ids} — изпратете го на собственика на бота, за да получите достъп.`,
  inlineNotAllowed: (id) => ({ title: 'Няма достъп', text: `Този бот е достъпен само за одобрени потребители. Вашият user id: ${id}.` }),
  questionLimit: (n, s, m) => `Твърде много въпроси: най-много ${n} на минута. Опитайте отново след ${s} с. Дотогава отбелязвам новите съобщения с ${m}.`,
  tooManyMessages: (s, m) => `Твърде много съобщения наведнъж. Изчакайте ${s} с; дотогава отбелязвам новите съобщения с ${m}.`,
  callbackLimited: 'Твърде много натискания, изчакайте малко.',
  failure: 'Съжалявам, нещо се обърка при отговора. Опитайте отново след малко.',
  shuttingDown: 'Ботът се рестартира — попитайте отново след минута.',
  sources: 'Източници',
  closestPassages: 'Най-близки откъси',
  coverage: (n, outlets, dates) => `За какво са статиите (${n}${outlets ? `; ${outlets}` : ''}${dates ? `; ${dates}` : ''}):`,
  noDocuments: 'Все още няма документи.',
  documentsHead: (n) => `<b>Документи (${n}).</b> Подробности: /source &lt;номер или файл&gt;`,
  chunks: 'фрагм.',
  chars: 'знака',
  fieldLanguage: 'Език',
  fieldDate: 'Дата',
  fieldPublisher: 'Издание',
  fieldSize: 'Обем',
  fieldOpening: 'Начало',
  fieldAddress: 'Адрес',
  sourceUsage: 'Посочете документ: <code>/source 1</code> или <code>/source 000_eb068ec50c8c6ca1.txt</code>. Списъкът: /sources.',
  sourceNotFound: (a, n) => `Няма документ „${a}“. Посочете име на файл или номер от 1 до ${n} (/sources).`,
  newConversation: 'Започваме отначало: предишните въпроси са забравени.',
  feedbackThanks: 'Благодаря за оценката!',
  feedbackInvalid: 'Този бутон вече не е валиден.',
  feedbackUnavailable: 'Съжалявам, оценката не можа да бъде запазена.',
  callbackNotAllowed: 'Нямате достъп.',
  inlineOpenChat: 'Попитайте ме в личен чат',
  inlineDocuments: 'Документи',
  uploadAdminsOnly: 'Само администраторите на бота могат да добавят документи. Отговарям на текстови въпроси — вижте /help.',
  uploadWrongType: 'Приемам само файлове .pdf, .docx, .html/.htm или текстови файлове .txt или .md в UTF-8.',
  uploadTooLarge: (size) => `Файлът е твърде голям: най-много ${size}.`,
  sizeUnits: ['KB', 'MB'],
  uploadRejected: (r) => `Документът не е добавен: ${r}`,
  uploadFailed: 'Файлът не можа да бъде изтеглен от Telegram или записан. Опитайте отново.',
  uploadAdded: (f, l, c, t, n) => `Добавен <code>${f}</code>: език ${escapeHtml(l)}, ${c} фрагм., „${t}“. Документи сега: ${n}. Питайте.`,
  linkUsage: 'Изпратете връзка към статия: <code>/add https://…</code> или просто самата връзка.',
  linkRejected: (r) => `Връзката не е добавена: ${r}.`,
  linkAdded: (a) =>
    `Добавена е статията <code>${a.fileHtml}</code>: ${[`„${a.titleHtml}“`, a.publisherHtml, a.date ?? 'без дата', `език ${escapeHtml(a.lang)}`, `${a.chunks} фрагм.`].filter(Boolean).join(' · ')} ` +
    `Документи сега: ${a.total}. Питайте.`,
  linkFailed: 'Връзката не е добавена: нещо се обърка при записа. Опитайте отново.',
  alreadyInCorpus: (f) => `тази страница вече е в корпуса като ${f}`,
  fetchFailed: (kind, d) => {
    switch (kind) {
      case 'bad-url': return d === 'credentials' ? 'не отварям връзки с потребителско име или парола в тях' : 'това не е уеб адрес';
      case 'scheme': return `отварям само връзки http:// и https://, не ${d}`;
      case 'blocked-address': return `връзката води към адрес от частна или локална мрежа (${d}), които не отварям`;
      case 'dns': return d ? `името на сайта (${d}) не може да бъде намерено` : 'името на сайта не може да бъде намерено';
      case 'network': return d === 'compression' ? 'сайтът изпрати повредена (неправилно компресирана) страница' : `сайтът е недостъпен (${d ?? 'няма връзка'})`;
      case 'timeout': return d ? `сайтът не изпрати страницата за ${duration(d, 'с', 'мс')}` : 'изтеглянето беше прекъснато';
      case 'too-many-redirects': return `връзката пренасочва повече от ${d} пъти`;
      case 'http-status': return `сайтът отговори с ${d} на тази връзка`;
      case 'content-type': return d ? `връзката не е уеб страница, а ${d}; изтеглете файла и ми го изпратете` : 'сайтът не съобщи какво има на връзката';
      case 'too-large': return `страницата е по-голяма от ${d} MB — твърде много за статия`;
    }
  },
};

const HU: UiStrings = {
  langNames: { ru: 'orosz', bg: 'bolgár', hu: 'magyar', en: 'angol', kk: 'kazah' },
  start: (n, e) =>
    `Üdvözlöm! A kazah–amerikai megállapodásokról szóló kérdésekre válaszolok ${n} hírcikk alapján, minden forrást [n] idézettel megjelölve.\n\n` +
    `Írja meg kérdését bármelyik nyelven, például: ${ex(e)}\n\n/help — részletek, /sources — a dokumentumok.`,
  help: (n, langs, u, e) =>
    `<b>Mit tudok.</b> ${n} hírcikk a kazah–amerikai megállapodásokról (nyelvek: ${escapeHtml(langs)}). ` +
    `Csak ezekből válaszolok, [n] jelölésekkel; minden válasz alatt ott a forrás és az idézet. Ha a cikkekben nincs válasz, megmondom.\n\n` +
    `<b>Hogyan kérdezzen.</b> Privát csevegésben írja meg kérdését bármelyik nyelven, például: ${ex(e)} A pontosító kérdések az előzőekre épülnek; a /new újrakezdi a beszélgetést.\n` +
    `Csoportban említsen meg (${at(u)} kérdés), válaszoljon egy üzenetemre, vagy írja: /ask kérdés. Egy fotó vagy fájl képaláírása is kérdésnek számít.\n` +
    `Bármely csevegésben: <code>${at(u)} szavak</code> — gyors idézetkeresés.\n\n` +
    `<b>Parancsok.</b> /sources — a dokumentumok, /source &lt;fájl vagy szám&gt; — egy dokumentum eleje, /new — új beszélgetés.\n` +
    `A válaszokat 👍/👎 gombokkal értékelheti.`,
  greeting: 'Üdvözlöm! A kazah–amerikai megállapodásokról szóló kérdésekre válaszolok hírcikkek alapján, forrásokkal. Például:',
  thanks: 'Szívesen! Kérdezzen bátran, például:',
  whoAmI: (n) => `Egy bot vagyok, amely a kazah–amerikai megállapodásokról szóló kérdésekre válaszol ${n} hírcikk alapján, idézetekkel és forrásokkal. Például:`,
  tryThese: 'Próbálja ki:',
  clarify: (e) => `Mire vonatkozik a kérdés? Itt nincs előző kérdés; kérem, tegye fel teljes egészében, például: ${ex(e)}`,
  nonText: 'Csak szöveges kérdéseket értek — kérem, írja le a kérdését (/help).',
  emptyQuestion: (u, e) => `Kérdezzen valamit, például: <code>${at(u)} ${escapeHtml(e)}</code>`,
  askUsage: (e) => `Írja a kérdést a parancs után: <code>/ask ${escapeHtml(e)}</code>`,
  unknownCommand: 'Ezt a parancsot nem ismerem. Lásd: /help.',
  notAllowed: (ids) => `Sajnálom, ez a bot csak jóváhagyott csevegésekben érhető el. Az Ön ${ids} — küldje el a bot tulajdonosának a hozzáféréshez.`,
  inlineNotAllowed: (id) => ({ title: 'Nincs hozzáférés', text: `Ez a bot csak jóváhagyott felhasználóknak érhető el. Az Ön user id-ja: ${id}.` }),
  questionLimit: (n, s, m) => `Túl sok kérdés: percenként legfeljebb ${n}. Próbálja újra ${s} mp múlva. Addig az új üzeneteket ${m} jellel jelölöm.`,
  tooManyMessages: (s, m) => `Túl sok üzenet egyszerre. Várjon ${s} mp-et; addig az új üzeneteket ${m} jellel jelölöm.`,
  callbackLimited: 'Túl sok gombnyomás, várjon egy kicsit.',
  failure: 'Sajnálom, hiba történt a válaszadás közben. Próbálja újra egy kicsit később.',
  shuttingDown: 'A bot újraindul — kérdezzen újra egy perc múlva.',
  sources: 'Források',
  closestPassages: 'Legközelebbi részletek',
  coverage: (n, outlets, dates) => `Miről szólnak a cikkek (${n}${outlets ? `; ${outlets}` : ''}${dates ? `; ${dates}` : ''}):`,
  noDocuments: 'Még nincsenek dokumentumok.',
  documentsHead: (n) => `<b>Dokumentumok (${n}).</b> Részletek: /source &lt;szám vagy fájl&gt;`,
  chunks: 'részlet',
  chars: 'karakter',
  fieldLanguage: 'Nyelv',
  fieldDate: 'Dátum',
  fieldPublisher: 'Kiadó',
  fieldSize: 'Méret',
  fieldOpening: 'Eleje',
  fieldAddress: 'Cím',
  sourceUsage: 'Adjon meg egy dokumentumot: <code>/source 1</code> vagy <code>/source 000_eb068ec50c8c6ca1.txt</code>. A lista: /sources.',
  sourceNotFound: (a, n) => `Nincs „${a}” dokumentum. Adjon meg fájlnevet vagy számot 1 és ${n} között (/sources).`,
  newConversation: 'Újrakezdjük: az itteni korábbi kérdéseket elfelejtettem.',
  feedbackThanks: 'Köszönöm az értékelést!',
  feedbackInvalid: 'Ez a gomb már nem érvényes.',
  feedbackUnavailable: 'Sajnálom, az értékelést nem sikerült menteni.',
  callbackNotAllowed: 'Nincs hozzáférés.',
  inlineOpenChat: 'Kérdezzen privát csevegésben',
  inlineDocuments: 'Dokumentumok',
  uploadAdminsOnly: 'Dokumentumot csak a bot adminisztrátorai adhatnak hozzá. Szöveges kérdésekre válaszolok — lásd /help.',
  uploadWrongType: 'Csak .pdf, .docx, .html/.htm fájlt vagy UTF-8 kódolású .txt vagy .md szövegfájlt fogadok el.',
  uploadTooLarge: (size) => `A fájl túl nagy: legfeljebb ${size}.`,
  sizeUnits: ['KB', 'MB'],
  uploadRejected: (r) => `A dokumentum nincs hozzáadva: ${r}`,
  uploadFailed: 'Nem sikerült letölteni a fájlt a Telegramról vagy elmenteni. Próbálja újra.',
  uploadAdded: (f, l, c, t, n) => `Hozzáadva: <code>${f}</code>, nyelv: ${escapeHtml(l)}, ${c} részlet, „${t}”. Dokumentumok most: ${n}. Kérdezzen.`,
  linkUsage: 'Küldjön egy cikkre mutató linket: <code>/add https://…</code>, vagy csak magát a linket.',
  linkRejected: (r) => `A link nincs hozzáadva: ${r}.`,
  linkAdded: (a) =>
    `Cikk hozzáadva: <code>${a.fileHtml}</code> — ${[`„${a.titleHtml}”`, a.publisherHtml, a.date ?? 'dátum nélkül', `nyelv: ${escapeHtml(a.lang)}`, `${a.chunks} részlet`].filter(Boolean).join(' · ')}. ` +
    `Dokumentumok most: ${a.total}. Kérdezzen.`,
  linkFailed: 'A link nincs hozzáadva: hiba történt a mentés közben. Próbálja újra.',
  alreadyInCorpus: (f) => `ez az oldal már szerepel a korpuszban ${f} néven`,
  fetchFailed: (kind, d) => {
    switch (kind) {
      case 'bad-url': return d === 'credentials' ? 'felhasználónevet vagy jelszót tartalmazó linket nem nyitok meg' : 'ez nem webcím';
      case 'scheme': return `csak http:// és https:// linket nyitok meg, ${d} linket nem`;
      case 'blocked-address': return `a link magán- vagy helyi hálózati címre mutat (${d}), ilyet nem nyitok meg`;
      case 'dns': return d ? `a webhely neve (${d}) nem található` : 'a webhely neve nem található';
      case 'network': return d === 'compression' ? 'a webhely sérült (hibásan tömörített) oldalt küldött' : `a webhely nem érhető el (${d ?? 'nincs kapcsolat'})`;
      case 'timeout': return d ? `a webhely nem küldte el az oldalt ${duration(d, 'mp', 'ms')} alatt` : 'a letöltés megszakadt';
      case 'too-many-redirects': return `a link több mint ${d} alkalommal irányít át`;
      case 'http-status': return `a webhely ${d} választ adott erre a linkre`;
      case 'content-type': return d ? `a link nem weboldal, hanem ${d}; töltse le, és küldje el nekem a fájlt` : 'a webhely nem közölte, mi van a linken';
      case 'too-large': return `az oldal nagyobb ${d} MB-nál, ez túl sok egy cikkhez`;
    }
  },
};

const STRINGS: Record<Locale, UiStrings> = { en: EN, ru: RU, kk: KK, bg: BG, hu: HU };

/** "15 s", or "200 ms" below a second, from milliseconds, with the locale's unit names. */
function duration(ms: string, seconds: string, millis: string): string {
  const n = Number(ms);
  return n >= 1000 ? `${Math.round(n / 1000)} ${seconds}` : `${n} ${millis}`;
}

/** A size limit in the locale's units: kilobytes up to 2 MB, megabytes above. */
export function sizeText(locale: Locale, bytes: number): string {
  const [kb, mb] = STRINGS[locale].sizeUnits;
  return bytes >= 2 * 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} ${mb}` : `${Math.round(bytes / 1024)} ${kb}`;
}

/** The strings of a locale. */
export const ui = (locale: Locale): UiStrings => STRINGS[locale];

/** The first `count` example questions as italic lines (HTML), for replies that carry no buttons. */
export function examplesHtml(locale: Locale, count: number): string {
  return EXAMPLES[locale].slice(0, count).map(ex).join('\n');
}

/** "chat id <code>1</code>, user id <code>2</code>" in the locale's words (ids are what the owner needs). */
export function idsHtml(chatId: number, userId: number | undefined): string {
  return `chat id <code>${chatId}</code>${userId !== undefined && userId !== chatId ? `, user id <code>${userId}</code>` : ''}`;
}
