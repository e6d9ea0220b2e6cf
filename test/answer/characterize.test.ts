import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

/**
 * "How did Tokayev characterize…", «hogyan jellemezte», «қалай сипаттады»: what someone said a thing is, answered by
 * their own words, not by a passage that only names them; the one they spoke with is not the speaker.
 */
describe('how someone characterized a thing', () => {
  const ctx = useOfflineEngine();

  it.each([
    "How did Tokayev characterize Kazakhstan's place for the US in Central Asia when he received Gor?",
    'Hogyan jellemezte Tokajev Kazahsztánt az USA szempontjából, amikor Gort fogadta?',
    'Гормен кездескенде Тоқаев Қазақстанды АҚШ үшін қандай серіктес деп сипаттады?',
  ])('is answered by their words: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answer).toMatch(/ключевым экономическим партнером/);
  });
});
