import { describe, expect, it } from 'vitest';
import { joinSplitWords, type Vocabulary } from '../../src/language/split-words.js';
import { useEngineOver } from '../support/workspace.js';

// A vocabulary as a table: the words known, and the keys the corpus uses for each word.
const vocabulary = (known: string[], used: Record<string, string[]>): Vocabulary => ({
  knows: (word) => known.includes(word),
  usedKeys: (word) => used[word] ?? [],
});

describe('joinSplitWords', () => {
  const words = vocabulary(['tech', 'how', 'much', 'did', 'invest', 'amerikai', 'útja'], {
    wabtek: ['s:vbtk'],
    nagaspaev: ['w:nagaspa', 's:ngspv'],
    amerikaitechcég: ['w:amerika'],
    amerikai: ['w:ameri'],
    ekkoraügy: ['s:krd'],
    usaiútja: ['s:stj'],
  });

  it('joins two unknown halves the corpus spells as one name', () => {
    expect(joinSplitWords('how much did wab tek invest', words)).toBe('how much did wabtek invest');
    expect(joinSplitWords('nagas paev', words)).toBe('nagaspaev');
  });

  it('leaves known words, short halves, chance spellings and a known half’s stem apart', () => {
    expect(joinSplitWords('amerikai techcég', words)).toBe('amerikai techcég');
    expect(joinSplitWords('ekkora ügy', words)).toBe('ekkora ügy');
    expect(joinSplitWords('usai útja', words)).toBe('usai útja');
    expect(joinSplitWords('wab-tek, nagas  paev', words)).toBe('wab-tek, nagas  paev');
  });
});

describe('a name split by a voice transcript', () => {
  const ctx = useEngineOver({ 'kestrel.txt': 'Kestrel to build turbines\n\nThe American company Kestrel will deliver 40 wind turbines to Kazakhstan, the ministry said.\n' });

  it('is read whole', async () => {
    const r = await ctx.engine.ask('how many turbines will kes trel deliver');
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/40/);
  });
});
