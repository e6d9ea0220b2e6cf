/**
 * Every example question the UI shows — in help, start, hints, greetings and refusal buttons, in
 * all five languages — is extracted from the rendered texts and keyboards and asked through the
 * real engine: an example the engine declines would be a broken promise to the user.
 */
import { describe, expect, it } from 'vitest';
import { examplesHtml, ui, LOCALES } from '../../src/telegram/presentation/i18n.js';
import { examplesKeyboard, parseExampleData } from '../../src/telegram/presentation/keyboards.js';
import { htmlToPlain } from '../../src/telegram/presentation/html.js';
import { useOfflineEngine } from '../support/workspace.js';

const ctx = useOfflineEngine();

/** Every text the UI can show that may hold an example question, rendered with each example slot filled. */
function uiTexts(): string[] {
  const texts: string[] = [];
  for (const l of LOCALES) {
    const s = ui(l);
    texts.push(examplesHtml(l, 99));
    for (const e of exampleSlots(l)) {
      texts.push(s.start(5, e), s.help(5, 'x', 'TestNameBot', e), s.clarify(e), s.emptyQuestion('TestNameBot', e), s.askUsage(e));
    }
    for (const row of examplesKeyboard(l, 99).inline_keyboard) {
      for (const b of row) texts.push(`<i>${'callback_data' in b ? parseExampleData(b.callback_data)!.question : ''}</i>`);
    }
  }
  return texts;
}

/** The example questions each locale's texts are rendered with (the catalogue the UI draws from). */
const exampleSlots = (l: (typeof LOCALES)[number]) => examplesKeyboard(l, 99).inline_keyboard.flat().map((b) => ('callback_data' in b ? parseExampleData(b.callback_data)!.question : ''));

/** Example questions in a text: italic or code spans that end in a question mark. */
function extract(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(i|code)>([^<]*\?)<\/\1>/g)) {
    out.push(htmlToPlain(m[2]!).replace(/^\/ask\s+/, '').replace(/^@\w+\s+/, '').trim());
  }
  return out;
}

describe('example questions in the UI', () => {
  const questions = [...new Set(uiTexts().flatMap(extract))];

  it('are found in every language', () => {
    expect(questions.length).toBeGreaterThanOrEqual(LOCALES.length * 3);
  });

  it('are each answered by the engine (answered: true, with citations)', async () => {
    const declined: string[] = [];
    for (const q of questions) {
      const r = await ctx.engine.ask(q);
      if (!r.answered || r.citations.length === 0) declined.push(q);
    }
    expect(declined).toEqual([]);
  });
});
