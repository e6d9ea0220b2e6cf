import { describe, expect, it } from 'vitest';
import { CONCEPTS } from '../../src/language/lexicon/index.js';
import { HIERARCHY_IDS, holdsKey, narrowerConcepts, shareBroader } from '../../src/language/lexicon/hierarchy.js';

describe('the concept hierarchy', () => {
  it('names only concepts of the lexicon', () => {
    const ids = new Set(CONCEPTS.map((c) => c.id));
    expect(HIERARCHY_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('tells two concepts of one kind (oil and minerals are resources), and not a concept and itself or unrelated ones', () => {
    expect(shareBroader('oil', 'mineral')).toBe(true);
    expect(shareBroader('fertilizer', 'pet_food')).toBe(true);
    expect(shareBroader('oil', 'oil')).toBe(false);
    expect(shareBroader('oil', 'summit')).toBe(false);
    expect(shareBroader('resource', 'oil')).toBe(false);
  });

  it('finds a key in a passage\'s keys, a general concept by a particular one, not the other way round', () => {
    expect(holdsKey(new Set(['c:ceo', 'w:blaksto']), 'c:leader')).toBe(true);
    expect(holdsKey(new Set(['c:ceo']), 'c:ceo')).toBe(true);
    expect(holdsKey(new Set(['c:leader']), 'c:ceo')).toBe(false);
    expect(holdsKey(new Set(['w:blaksto']), 's:blkstn')).toBe(false);
    // "Was he offered to build…" is told by «беше поканен да реализира»: an invitation to do it proposes it, and back.
    expect(holdsKey(new Set(['c:invite']), 'c:offer_propose')).toBe(true);
    expect(holdsKey(new Set(['c:offer_propose']), 'c:invite')).toBe(true);
    // «собираются строить» is told by «tervezi megépíteni», «при участии» by «segítségével», and back.
    expect(holdsKey(new Set(['c:plan']), 'c:intention')).toBe(true);
    expect(holdsKey(new Set(['c:intention']), 'c:plan')).toBe(true);
    expect(holdsKey(new Set(['c:aid_assistance']), 'c:participate')).toBe(true);
    // "So far" is told by «за этот период», «с момента запуска».
    expect(holdsKey(new Set(['c:period']), 'c:so_far')).toBe(true);
    expect(holdsKey(new Set(['c:moment']), 'c:so_far')).toBe(true);
    // "When did it launch the centre" is told by «открыл», "since it opened" by «с момента запуска».
    expect(holdsKey(new Set(['c:open']), 'c:launch')).toBe(true);
    expect(holdsKey(new Set(['c:launch']), 'c:open')).toBe(true);
  });

  it('finds a sector by the branch a passage names by what it works in, not by its transport or its trade', () => {
    // "In which sector did he propose joint investments?" is told by «в разработването на критични минерали».
    expect(holdsKey(new Set(['c:mineral']), 'c:sector')).toBe(true);
    expect(holdsKey(new Set(['c:oil']), 'c:sector')).toBe(true);
    expect(holdsKey(new Set(['c:farm_machinery']), 'c:sector')).toBe(true);
    // ("The railway sector" is not held by every locomotive, nor a sector by a trade minister's title.)
    expect(holdsKey(new Set(['c:locomotive']), 'c:sector')).toBe(false);
    expect(holdsKey(new Set(['c:trade']), 'c:sector')).toBe(false);
  });

  it('takes in narrower concepts at any depth, and none for a narrow concept', () => {
    expect(narrowerConcepts('resource')).toEqual(expect.arrayContaining(['mineral', 'rare_earth', 'uranium']));
    expect(narrowerConcepts('machinery')).toContain('farm_machinery');
    expect(narrowerConcepts('farm_machinery')).toEqual([]);
    expect(narrowerConcepts('resource')).not.toContain('resource');
    expect(narrowerConcepts('project')).toContain('belt_road');
    // Railway engines are locomotives; arriving is a visit or a delivery; "which one in a row" is first, second…
    expect(narrowerConcepts('engine')).toEqual(['locomotive']);
    // "Which sectors" is answered by an industry; "which enterprise" by a company.
    expect(narrowerConcepts('sector')).toContain('industry');
    expect(narrowerConcepts('enterprise')).toEqual(['company']);
    // "The US administration" is its government.
    expect(narrowerConcepts('administration')).toEqual(['government']);
    // To fund is to finance; a political scientist is an expert.
    expect(narrowerConcepts('fund')).toEqual(['finance']);
    // "Which forum": a summit is one.
    expect(narrowerConcepts('forum')).toEqual(['summit']);
    expect(narrowerConcepts('expert')).toContain('political_scientist');
    // "Which day of the week" is a weekday; a day alone is no weekday ("the days he was there").
    expect(narrowerConcepts('week')).toContain('thursday');
    expect(narrowerConcepts('day')).toEqual([]);
    expect(narrowerConcepts('gulf')).toEqual(expect.arrayContaining(['qatar', 'uae', 'saudi_arabia']));
    expect(narrowerConcepts('state')).toEqual(['country']);
    expect(narrowerConcepts('country')).toEqual(['state']);
    expect(narrowerConcepts('arrival')).toEqual(['visit', 'supply_delivery']);
    expect(narrowerConcepts('ordinal')).toEqual(expect.arrayContaining(['first', 'second']));
  });
});
