/**
 * Inline keyboards and their callback data (≤ 64 bytes): 👍/👎 under answers, and example questions
 * that a press asks.
 */
import type { InlineKeyboardMarkup } from 'telegraf/types';
import { EXAMPLES, LOCALES, type Locale } from './i18n.js';

export type Vote = 'up' | 'down';

export const FEEDBACK_DATA = /^fb:([A-Za-z0-9_-]{1,32}):(up|down)$/;
export const EXAMPLE_DATA = /^ask:([a-z]{2}):(\d{1,2})$/;

export const feedbackData = (answerId: string, vote: Vote): string => `fb:${answerId}:${vote}`;

export function parseFeedbackData(data: string | undefined): { answerId: string; vote: Vote } | undefined {
  const m = FEEDBACK_DATA.exec(data ?? '');
  return m ? { answerId: m[1]!, vote: m[2] as Vote } : undefined;
}

/** The two buttons; after a vote the chosen one is marked. */
export function feedbackKeyboard(answerId: string, chosen?: Vote): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        { text: chosen === 'up' ? '👍 ✓' : '👍', callback_data: feedbackData(answerId, 'up') },
        { text: chosen === 'down' ? '👎 ✓' : '👎', callback_data: feedbackData(answerId, 'down') },
      ],
    ],
  };
}

/** The example question a button stands for, or undefined for unknown data. */
export function parseExampleData(data: string | undefined): { locale: Locale; question: string } | undefined {
  const m = EXAMPLE_DATA.exec(data ?? '');
  if (!m || !(LOCALES as readonly string[]).includes(m[1]!)) return undefined;
  const locale = m[1] as Locale;
  const question = EXAMPLES[locale][Number(m[2])];
  return question ? { locale, question } : undefined;
}

/** One button per example question (the button text is the question; a press asks it). */
export function examplesKeyboard(locale: Locale, count: number, offset = 0): InlineKeyboardMarkup {
  const list = EXAMPLES[locale];
  const n = Math.min(count, list.length);
  const rows = Array.from({ length: n }, (_, i) => {
    const k = (offset + i) % list.length;
    return [{ text: list[k]!, callback_data: `ask:${locale}:${k}` }];
  });
  return { inline_keyboard: rows };
}
