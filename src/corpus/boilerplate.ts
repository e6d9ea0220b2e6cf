/**
 * Lines and spans of a scraped article that are page furniture, not reporting: photo credits,
 * bylines, view counters and timestamps, tag lines, rubric words, a repeated headline, scraped date
 * fields. They stay in the document (offsets must not move) but are never quoted as evidence.
 * These are rules about the shape of a line, not a list of strings from particular files.
 */

// "Фото: Акорда", "Снимка: БТА", "Fotó: MTI", "Photo: Reuters", "Сурет: Ақорда".
const CREDIT = /(?:^|\s)(?:фото|снимка|снимки|fotó|fotók|photo|photos|сурет|видео|video|источник фото|image)\s*[:©]/iu;
// "Тема: Казахстан", "Теги: …", "Tags: …", "Címkék: …", "Рубрика: …".
const TAG_LINE = /^\s*(?:тема|теги|тэги|метки|рубрика|категория|етикети|tags?|címkék|rovat|кілт сөздер|тақырып)\s*:/iu;
// "Автор: …", "Author …", "Szerző: …", "Автор във Fakti.bg".
const BYLINE = /(?:^|\s)(?:автор|авторы|author|by|szerző|szerkesztő|редактор|editor)(?:\s*:|\s+(?:във|в|at|on)\s+\S+\.\w{2,4}\b)/iu;
const TIME = /\b\d{1,2}:\d{2}\b/;
const DATE = /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d\d\b/;
const SENTENCE_END = /[.!?…»"“”]$/u;
const DATE_FIELD = /^\s*date\s+\d{4}-\d{2}-\d{2}/i;

const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const normal = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** Whether a sentence is the headline (sometimes with a gallery counter: "… - 1"); only its repetitions are furniture. */
export function isHeadline(sentence: string, title: string): boolean {
  const t = normal(title);
  return t.length >= 20 && normal(sentence).replace(/\s\d+$/, '') === t;
}

/** Whether a sentence (or line) of an article is page furniture rather than reporting. */
export function isBoilerplate(sentence: string): boolean {
  const text = sentence.trim();
  if (!text || DATE_FIELD.test(text) || TAG_LINE.test(text)) return true;
  const words = wordCount(text);
  // A caption or credit line: short, with "Photo:" and no sentence of its own after it.
  if (CREDIT.test(text) && words <= 16) return true;
  if (BYLINE.test(text) && words <= 12) return true;
  // Timestamps and counters: "22 Септември, 2025 22:05 320 0", "… от 22.09.2025 21:10".
  if (TIME.test(text) && DATE.test(text) && words <= 16) return true;
  // Mostly digits ("320 0", "1 2 3"): view and comment counters.
  if (letters(text) < text.replace(/\s/g, '').length / 3) return true;
  // A rubric word or a short label line that is not a sentence ("Политика", "Новости").
  if (words <= 3 && !SENTENCE_END.test(text)) return true;
  // A name repeated as a byline: "Милена Богданова Милена Богданова".
  const tokens = text.split(/\s+/);
  const half = tokens.length / 2;
  if (tokens.length >= 4 && tokens.length <= 10 && Number.isInteger(half) && tokens.slice(0, half).join(' ') === tokens.slice(half).join(' ')) return true;
  return false;
}
