import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

/** A country ties a role to itself ("the US ambassador in India"); a city the question names is where they met. */
describe('a role asked for beside a city', () => {
  const ctx = useOfflineEngine();

  it.each([
    'What is the name of the secretary of state Tokayev met in Washington?',
    'Как зовут госсекретаря, с которым Токаев встретился в Вашингтоне?',
    'Hogy hívják a külügyminisztert, akivel Tokajev Washingtonban találkozott?',
    'Тоқаев Вашингтонда кездескен мемлекеттік хатшының аты кім?',
  ])('is the one the source titles so, wherever the source places the title: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Рубио/);
  });
});
