/**
 * Conversation sense before the engine is asked: small talk ("hi", "thanks!", "who are you?") gets
 * a short reply rather than quotes, and a follow-up with nothing earlier to lean on ("and when was
 * it signed?") gets a clarifying question rather than a guess.
 */
import { isFollowUp } from '../../answer/question.js';
import { detectLanguage } from '../../language/detect.js';
import { isStopword } from '../../language/stopwords.js';
import { tokenize } from '../../language/tokenize.js';

export type SmallTalk = 'greeting' | 'thanks' | 'who';

const GREETING = new Set([
  'hi', 'hello', 'hey', 'hiya', 'howdy', 'morning', 'evening', 'afternoon', 'greetings', 'yo',
  'привет', 'приветствую', 'здравствуйте', 'здравствуй', 'здорово', 'добрый', 'доброе', 'день', 'утро', 'вечер', 'хай', 'салют',
  'сәлем', 'сәлеметсіз', 'сәлеметсің', 'бе', 'қайырлы', 'таң', 'кеш', 'ассалаумағалейкум',
  'здравей', 'здравейте', 'здрасти', 'добър', 'ден', 'добро', 'утро', 'добра', 'вечер', 'хей',
  'szia', 'sziasztok', 'szervusz', 'szervusztok', 'helló', 'hello', 'jó', 'napot', 'reggelt', 'estét', 'üdv', 'üdvözlöm', 'kívánok',
]);

const THANKS = new Set([
  'thanks', 'thank', 'thx', 'ty', 'cheers', 'good', 'great', 'cool', 'ok', 'okay', 'perfect', 'nice',
  'спасибо', 'спс', 'благодарю', 'мерси', 'отлично', 'понятно', 'ясно', 'хорошо', 'класс', 'супер',
  'рахмет', 'көп', 'рақмет', 'жақсы', 'түсінікті',
  'благодаря', 'мерси', 'чудесно', 'добре', 'супер', 'ясно',
  'köszönöm', 'köszi', 'köszönet', 'kösz', 'szuper', 'rendben', 'értem', 'király',
]);

/** Words that may accompany small talk without making it a question. */
const FILLER = new Set([
  'bot', 'there', 'you', 'very', 'much', 'so', 'a', 'lot', 'all', 'again', 'guys', 'everyone', 'dear', 'and', 'for', 'the', 'answer', 'help', 'it',
  'бот', 'тебе', 'вам', 'большое', 'огромное', 'всем', 'ещё', 'еще', 'и', 'за', 'ответ', 'помощь', 'очень',
  'сізге', 'саған', 'үлкен', 'бәріне', 'жауап', 'үшін',
  'ти', 'ви', 'много', 'на', 'всички', 'за', 'отговора',
  'nagyon', 'szépen', 'mindenkinek', 'a', 'és', 'bot', 'neked', 'önnek', 'választ',
]);

/** Whole-message phrases asking what the bot is (after fillers are dropped). */
const WHO = [
  /^(?:who|what) (?:are|r) (?:you|u)$/,
  /^what (?:can|do) you (?:do|know)$/,
  /^(?:who|what) is this$/,
  /^(?:кто|что) (?:ты|вы)(?: такой| такое| такие)?$/,
  /^(?:ты|вы) кто$/,
  /^что (?:ты умеешь|вы умеете|умеешь|можешь|ты можешь|вы можете|ты знаешь|вы знаете)$/,
  /^(?:сен|сіз) (?:кімсің|кімсіз)$/,
  /^(?:кімсің|кімсіз)$/,
  /^не (?:істей аласың|істей аласыз|білесің|білесіз)$/,
  /^(?:кой|какво) (?:си ти|сте вие|си|сте)$/,
  /^какво (?:можеш|можете|знаеш|знаете)$/,
  /^(?:ki|mi) (?:vagy|vagy te|ön)$/,
  /^mit (?:tudsz|tud|tudsz te)$/,
];

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The kind of small talk a whole message is, or undefined when it asks something else. */
export function smallTalkOf(text: string): SmallTalk | undefined {
  const all = words(text);
  if (all.length === 0 || all.length > 8) return undefined;
  const phrase = all.filter((w) => w !== 'bot' && w !== 'бот' && w !== 'please' && w !== 'пожалуйста').join(' ');
  if (WHO.some((re) => re.test(phrase))) return 'who';
  const content = all.filter((w) => !FILLER.has(w));
  if (content.length === 0) return undefined;
  if (content.every((w) => THANKS.has(w))) return 'thanks';
  if (content.every((w) => GREETING.has(w) || THANKS.has(w))) return content.some((w) => GREETING.has(w)) ? 'greeting' : 'thanks';
  return undefined;
}

/** Words that point back at something said before ("it", "это", "той", "ez"…). */
const ANAPHORA = new Set([
  'it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'he', 'she', 'him', 'her', 'there',
  'он', 'она', 'оно', 'они', 'его', 'её', 'ее', 'их', 'это', 'этот', 'эта', 'эти', 'этого', 'этой', 'тот', 'та', 'те', 'там', 'нём', 'нем', 'ней', 'них',
  'ол', 'оны', 'оның', 'олар', 'бұл', 'осы', 'сол', 'онда',
  'той', 'тя', 'то', 'те', 'него', 'нея', 'тях', 'това', 'този', 'тази', 'тези', 'там',
  'ez', 'ezt', 'azt', 'ő', 'ők', 'ennek', 'annak', 'ezek', 'azok', 'ott', 'itt', 'erről', 'arról',
]);

/**
 * A question that only makes sense after an earlier one — it starts like a continuation or points
 * back with a pronoun, and names too little by itself. Asked with no earlier question in the
 * conversation, it gets a clarifying question.
 */
export function needsEarlierQuestion(question: string): boolean {
  const tokens = tokenize(question);
  const lang = detectLanguage(question, 'en');
  const content = tokens.filter((t) => !isStopword(t.word, lang) && !ANAPHORA.has(t.word) && t.word.length >= 2);
  if (content.length > 2 || content.some((t) => t.named || /\d/.test(t.word))) return false;
  return isFollowUp(question, Number.POSITIVE_INFINITY) || tokens.some((t) => ANAPHORA.has(t.word));
}
