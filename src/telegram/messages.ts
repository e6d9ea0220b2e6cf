/**
 * Every user-facing string of the Telegram layer, in English and Russian.
 * Functions return Telegram HTML; anything variable is escaped here.
 */
import type { DocumentInfo } from '../answer/types.js';
import type { Lang } from '../language/lang.js';
import { escapeHtml, formatDocumentLine, truncate } from './format.js';

export type Locale = 'en' | 'ru';

/** Russian for Russian/Kazakh (and neighbouring) Telegram clients, English otherwise. */
export function localeFor(code: string | undefined): Locale {
  const base = (code ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'ru' || base === 'kk' || base === 'be' || base === 'uk' || base === 'ky' ? 'ru' : 'en';
}

/** Locale for an answer's footer, from the language the engine answered in. */
export function localeForAnswer(lang: Lang): Locale {
  return lang === 'ru' || lang === 'kk' ? 'ru' : 'en';
}

const LANGUAGE_NAMES: Record<Locale, Record<Lang, string>> = {
  en: { ru: 'Russian', bg: 'Bulgarian', hu: 'Hungarian', en: 'English', kk: 'Kazakh' },
  ru: { ru: 'русский', bg: 'болгарский', hu: 'венгерский', en: 'английский', kk: 'казахский' },
};

export interface CommandSpec {
  command: string;
  description: string;
}

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
};

function languageList(locale: Locale, docs: readonly DocumentInfo[]): string {
  const langs = [...new Set(docs.map((d) => d.lang))];
  return langs.map((l) => LANGUAGE_NAMES[locale][l] ?? l).join(', ');
}

const at = (username: string | undefined) => (username ? `@${escapeHtml(username)}` : '');

export const messages = {
  start(locale: Locale, docs: readonly DocumentInfo[]): string {
    return locale === 'ru'
      ? `Здравствуйте! Я отвечаю на вопросы о соглашениях Казахстана и США по ${docs.length} новостным статьям и ` +
          `указываю источники [n] с цитатами.\n\nПросто напишите вопрос на любом языке, например: ` +
          `<i>Сколько локомотивов поставит Wabtec?</i>\n\n/help — подробнее, /sources — список документов.`
      : `Hello! I answer questions about Kazakhstan–US agreements from ${docs.length} news articles, ` +
          `citing every source [n] with a quote.\n\nJust send a question in any language, e.g. ` +
          `<i>How many locomotives will Wabtec supply?</i>\n\n/help — more, /sources — the documents.`;
  },

  help(locale: Locale, docs: readonly DocumentInfo[], username: string | undefined): string {
    const langs = escapeHtml(languageList(locale, docs));
    const bot = at(username);
    return locale === 'ru'
      ? `<b>Что я знаю.</b> ${docs.length} новостных статей о соглашениях Казахстана и США (языки: ${langs}). ` +
          `Отвечаю только по ним и ставлю ссылки [n]; под ответом — источники с цитатами. Если в статьях ответа нет, так и скажу.\n\n` +
          `<b>Как спрашивать.</b> В личном чате — просто напишите вопрос на любом языке. Уточняющие вопросы учитывают ` +
          `предыдущие; /new начинает разговор заново.\n` +
          `В группе — упомяните меня (${bot} вопрос), ответьте на моё сообщение или напишите /ask вопрос.\n` +
          `В любом чате: <code>${bot} слова</code> — быстрый поиск цитат.\n\n` +
          `<b>Команды.</b> /sources — документы, /source &lt;файл или номер&gt; — начало документа, /new — новый разговор.\n` +
          `Под каждым ответом есть 👍/👎 — оценка помогает улучшать ответы.`
      : `<b>What I know.</b> ${docs.length} news articles about Kazakhstan–US agreements (languages: ${langs}). ` +
          `I answer only from them, with [n] markers; the sources and their quotes follow each answer. ` +
          `If the articles do not cover a question, I say so.\n\n` +
          `<b>How to ask.</b> In a private chat just send a question in any language. Follow-up questions use the ` +
          `previous ones; /new starts over.\n` +
          `In a group, mention me (${bot} your question), reply to one of my messages, or send /ask your question.\n` +
          `In any chat, <code>${bot} words</code> finds matching quotes (inline mode).\n\n` +
          `<b>Commands.</b> /sources — the documents, /source &lt;file or number&gt; — a document's opening, /new — start over.\n` +
          `Rate answers with 👍/👎 below them.`;
  },

  nonText(locale: Locale): string {
    return locale === 'ru'
      ? 'Я понимаю только текстовые вопросы — напишите вопрос словами (/help).'
      : 'I only understand text questions — please type your question (/help).';
  },

  emptyQuestion(locale: Locale, username: string | undefined): string {
    return locale === 'ru'
      ? `Задайте вопрос, например: <code>${at(username)} сколько локомотивов поставит Wabtec?</code>`
      : `Ask me something, e.g. <code>${at(username)} how many locomotives will Wabtec supply?</code>`;
  },

  askUsage(locale: Locale): string {
    return locale === 'ru'
      ? 'Напишите вопрос после команды: <code>/ask Сколько локомотивов поставит Wabtec?</code>'
      : 'Put the question after the command: <code>/ask How many locomotives will Wabtec supply?</code>';
  },

  unknownCommand(locale: Locale): string {
    return locale === 'ru' ? 'Не знаю такой команды. Список — в /help.' : "I don't know that command. See /help.";
  },

  notAllowed(locale: Locale, chatId: number, userId: number | undefined): string {
    const ids = `chat id <code>${chatId}</code>${userId !== undefined && userId !== chatId ? `, user id <code>${userId}</code>` : ''}`;
    return locale === 'ru'
      ? `Извините, этот бот доступен только для разрешённых чатов. Ваш ${ids} — передайте его владельцу бота, чтобы получить доступ.`
      : `Sorry, this bot is only available to approved chats. Your ${ids} — send it to the bot's owner to get access.`;
  },

  inlineNotAllowed(locale: Locale, userId: number): { title: string; text: string } {
    return locale === 'ru'
      ? { title: 'Нет доступа', text: `Этот бот доступен только разрешённым пользователям. Ваш user id: ${userId}.` }
      : { title: 'Access restricted', text: `This bot is only available to approved users. Your user id: ${userId}.` };
  },

  rateLimited(locale: Locale, perMinute: number, retryAfterSec: number): string {
    return locale === 'ru'
      ? `Слишком много вопросов: не больше ${perMinute} в минуту. Попробуйте снова через ${retryAfterSec} с.`
      : `Too many questions: the limit is ${perMinute} per minute. Please try again in ${retryAfterSec} s.`;
  },

  failure(locale: Locale): string {
    return locale === 'ru'
      ? 'Извините, не получилось ответить из-за внутренней ошибки. Попробуйте ещё раз чуть позже.'
      : 'Sorry, something went wrong while answering. Please try again in a moment.';
  },

  shuttingDown(locale: Locale): string {
    return locale === 'ru' ? 'Бот перезапускается — повторите вопрос через минуту.' : 'The bot is restarting — please ask again in a minute.';
  },

  sources(locale: Locale, docs: readonly DocumentInfo[]): string {
    if (docs.length === 0) return locale === 'ru' ? 'Документов пока нет.' : 'There are no documents yet.';
    const head =
      locale === 'ru'
        ? `<b>Документы (${docs.length}).</b> Подробнее: /source &lt;номер или файл&gt;`
        : `<b>Documents (${docs.length}).</b> Details: /source &lt;number or file&gt;`;
    const chunks = locale === 'ru' ? 'фрагм.' : 'chunks';
    return [head, ...docs.map((d, i) => formatDocumentLine(i + 1, d, chunks))].join('\n\n');
  },

  sourceUsage(locale: Locale): string {
    return locale === 'ru'
      ? 'Укажите документ: <code>/source 1</code> или <code>/source 000_eb068ec50c8c6ca1.txt</code>. Список — /sources.'
      : 'Name a document: <code>/source 1</code> or <code>/source 000_eb068ec50c8c6ca1.txt</code>. The list: /sources.';
  },

  sourceNotFound(locale: Locale, arg: string, count: number): string {
    const shown = escapeHtml(truncate(arg.replace(/\s+/g, ' '), 64));
    return locale === 'ru'
      ? `Документ «${shown}» не найден. Укажите имя файла или номер от 1 до ${count} (/sources).`
      : `No document matches “${shown}”. Use a file name or a number from 1 to ${count} (/sources).`;
  },

  sourceDetails(locale: Locale, info: DocumentInfo, opening: string): string {
    const l = locale === 'ru'
      ? { lang: 'Язык', date: 'Дата', pub: 'Издание', size: 'Объём', chunks: 'фрагм.', chars: 'симв.', opening: 'Начало' }
      : { lang: 'Language', date: 'Date', pub: 'Publisher', size: 'Size', chunks: 'chunks', chars: 'chars', opening: 'Opening' };
    const lines = [
      `<b>${escapeHtml(info.title)}</b>`,
      `<code>${escapeHtml(info.file)}</code>`,
      `${l.lang}: ${info.lang.toUpperCase()} (${escapeHtml(LANGUAGE_NAMES[locale][info.lang] ?? info.lang)})`,
      info.date ? `${l.date}: ${escapeHtml(info.date)}` : '',
      info.publisher ? `${l.pub}: ${escapeHtml(info.publisher)}` : '',
      info.url ? escapeHtml(info.url) : '',
      `${l.size}: ${info.chunks} ${l.chunks}, ${info.chars} ${l.chars}`,
    ].filter(Boolean);
    const open = opening.trim();
    return open ? `${lines.join('\n')}\n\n<b>${l.opening}:</b>\n<blockquote>${escapeHtml(truncate(open, 1500))}</blockquote>` : lines.join('\n');
  },

  newConversation(locale: Locale): string {
    return locale === 'ru' ? 'Начинаем заново: предыдущие вопросы забыты.' : 'Starting over: I have forgotten the earlier questions here.';
  },

  answerLabels(locale: Locale): { sources: string } {
    return { sources: locale === 'ru' ? 'Источники:' : 'Sources:' };
  },

  feedbackThanks(locale: Locale): string {
    return locale === 'ru' ? 'Спасибо за оценку!' : 'Thanks for the feedback!';
  },

  callbackNotAllowed(locale: Locale): string {
    return locale === 'ru' ? 'Нет доступа.' : 'Not allowed.';
  },

  uploadAdminsOnly(locale: Locale): string {
    return locale === 'ru'
      ? 'Добавлять документы могут только администраторы бота. Я отвечаю на текстовые вопросы — см. /help.'
      : 'Only the bot’s admins can add documents. I answer text questions — see /help.';
  },

  uploadWrongType(locale: Locale): string {
    return locale === 'ru'
      ? 'Принимаю только файлы .pdf, .docx, .html/.htm и текстовые .txt или .md в UTF-8.'
      : 'I only accept .pdf, .docx, .html/.htm files, or .txt or .md text files in UTF-8.';
  },

  uploadTooLarge(locale: Locale, maxBytes: number): string {
    const mb = maxBytes >= 2 * 1024 * 1024;
    const size = mb ? Math.round(maxBytes / 1024 / 1024) : Math.round(maxBytes / 1024);
    return locale === 'ru'
      ? `Файл слишком большой: максимум ${size} ${mb ? 'МБ' : 'КБ'}.`
      : `The file is too large: at most ${size} ${mb ? 'MB' : 'KB'}.`;
  },

  uploadRejected(locale: Locale, reason: string): string {
    return locale === 'ru' ? `Документ не добавлен: ${escapeHtml(reason)}` : `Document not added: ${escapeHtml(reason)}`;
  },

  uploadFailed(locale: Locale): string {
    return locale === 'ru'
      ? 'Не удалось загрузить файл из Telegram или сохранить его. Попробуйте ещё раз.'
      : 'Could not download the file from Telegram or save it. Please try again.';
  },

  linkUsage(locale: Locale): string {
    return locale === 'ru'
      ? 'Пришлите ссылку на статью: <code>/add https://…</code> или просто ссылку отдельным сообщением.'
      : 'Send a link to an article: <code>/add https://…</code>, or just the link on its own.';
  },

  linkRejected(locale: Locale, reason: string): string {
    const text = escapeHtml(reason.replace(/[.\s]+$/, ''));
    return locale === 'ru' ? `Ссылка не добавлена: ${text}.` : `Link not added: ${text}.`;
  },

  linkAdded(locale: Locale, info: DocumentInfo, total: number): string {
    const lang = `${info.lang.toUpperCase()} (${LANGUAGE_NAMES[locale][info.lang] ?? info.lang})`;
    const ru = locale === 'ru';
    const details = [
      ru ? `«${escapeHtml(truncate(info.title, 200))}»` : `“${escapeHtml(truncate(info.title, 200))}”`,
      info.publisher ? escapeHtml(info.publisher) : '',
      info.date ? escapeHtml(info.date) : ru ? 'дата не указана' : 'no date given',
      `${ru ? 'язык' : 'language'} ${escapeHtml(lang)}`,
      ru ? `${info.chunks} фрагм.` : `${info.chunks} chunks`,
    ].filter(Boolean);
    return ru
      ? `Добавлена статья <code>${escapeHtml(info.file)}</code>: ${details.join(' · ')}. Теперь документов: ${total}. Можно спрашивать.`
      : `Added the article <code>${escapeHtml(info.file)}</code>: ${details.join(' · ')}. Documents now: ${total}. Ask away.`;
  },

  uploadAdded(locale: Locale, info: DocumentInfo, total: number): string {
    const lang = `${info.lang.toUpperCase()} (${LANGUAGE_NAMES[locale][info.lang] ?? info.lang})`;
    return locale === 'ru'
      ? `Добавлен <code>${escapeHtml(info.file)}</code>: язык ${escapeHtml(lang)}, ${info.chunks} фрагм., «${escapeHtml(truncate(info.title, 200))}». ` +
          `Теперь документов: ${total}. Можно спрашивать.`
      : `Added <code>${escapeHtml(info.file)}</code>: language ${escapeHtml(lang)}, ${info.chunks} chunks, “${escapeHtml(truncate(info.title, 200))}”. ` +
          `Documents now: ${total}. Ask away.`;
  },
};
