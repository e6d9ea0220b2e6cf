import { describe, expect, it } from 'vitest';
import { joinSeparatedPrefixes } from '../../src/language/hungarian-verbs.js';

/** Surface words and punctuation marks as separate tokens (punctuation separates clauses). */
const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
const joined = (text: string): string[] => joinSeparatedPrefixes(tokens(text)).map((j) => j.joined);

// Sentences written for this table: [sentence, joined forms expected].
const POSITIVE: Array<[string, string[]]> = [
  // typed without accents: the prefix is the one it spells, joined in its own letters
  ['hol es mikor irtak ala a szerzodest', ['aláirtak']],
  ['a cég tavaly rendelte ossze a gepeket', ['összerendelte']],
  // verb + prefix after negation or focus
  ['A kormány végül nem írta alá a javaslatot.', ['aláírta']],
  ['Csak tavaly írták alá a vámegyezményt.', ['aláírták']],
  ['Mennyit fektet be a cég a gyárba?', ['befektet']],
  ['A cég új üzemet épít fel Taraz mellett.', ['felépít']],
  ['Mikor írt alá Astana ilyen szerződést?', ['aláírt']],
  ['A bankok nem járultak hozzá a hitelhez.', ['hozzájárultak']],
  ['Az üzemet egy német cég rendelte meg.', ['megrendelte']],
  ['Hány mozdonyt rendeltek meg tavaly?', ['megrendeltek']],
  ['A miniszter nem vett részt az ülésen.', ['résztvett']],
  ['A fórumon öt ország vesz részt.', ['résztvesz']],
  ['Három cég venne részt a projektben.', ['résztvenne']],
  ['Az új központot tavasszal nyitják meg.', ['megnyitják']],
  ['A két fél a vitát gyorsan zárta le.', ['lezárta']],
  ['A vezetők ma hozták létre az alapot.', ['létrehozták']],
  ['A cégek régóta működnek együtt.', ['együttműködnek']],
  ['A hidat jövőre építik újjá.', ['újjáépítik']],
  ['Az elnök mondta ki a döntést.', ['kimondta']],
  // «ki» after a known stem with a person's ending: no dative noun before "who"
  ['Mire terjednek ki a megállapodások?', ['kiterjednek']],
  ['Mikor fizetnek ki a cégek előleget?', ['kifizetnek']],
  // «még», «is», «már» between the verb and its prefix
  ['Mit irányoznak még elő a szerződések?', ['előirányoznak']],
  ['A minisztériumok írták már alá a tervet.', ['aláírták']],
  ['Mit irányoz elő az új szerződés?', ['előirányoz']],
  ['A delegáció este utazott haza.', ['hazautazott']],
  ['Sokan nem tartják be a szabályt.', ['betartják']],
  // prefix before its verb, separated by a particle, «nem» or an auxiliary
  ['A felek alá is írták a dokumentumot.', ['aláírták']],
  ['A szerződést alá fogják írni jövő héten.', ['aláírni']],
  ['Meg kell vizsgálni a lehetőségeket.', ['megvizsgálni']],
  ['Az üzemet meg akarják nyitni Alatauban.', ['megnyitni']],
  ['A tervet alá kell majd írnia a miniszternek.', ['aláírnia']],
  ['Meg nem erősített hírek szerint a tárgyalás elmaradt.', ['megerősített']],
  ['A bizottság ezt figyelembe vette.', ['figyelembevette']],
  ['Részt vett a találkozón a külügyminiszter is.', ['résztvett']],
  // two pairs in one sentence
  ['Nem írták alá, de meg fogják vizsgálni.', ['aláírták', 'megvizsgálni']],
];

// Prefix words in their other readings, or prefixes with no verb to join.
const NEGATIVE: string[] = [
  'Péter meg Anna együtt utaztak Washingtonba.', // «meg» = and, «együtt» = together, no verb before it
  'Kettő meg kettő az négy.', // «meg» = plus
  'Ki írta a levelet?', // «ki» = who
  'Nem tudni, ki nyerte a versenyt.', // «ki» = who, after a comma
  'Dolgozott meg tanult egész nyáron.', // «meg» = and, between two verbs
  'Senki sem tudta ki nyerte a pályázatot.', // «ki» = who, no comma, a finite verb after it
  'A búzát meg a rizst is szállítják.', // «meg» = and after a noun
  'A washingtoni meg a moszkvai tárgyalások.', // «meg» = and after an adjective
  'Kazahsztán meg az Egyesült Államok tárgyalt.', // a name before «meg»
  'A vezetőnek ki felel?', // «ki» = who, after a dative noun
  'A miniszter tavaly El Salvadorba látogatott.', // «El» is part of a name
  'Az elnök tegnap érkezett, be a terembe nem ment.', // the comma separates «érkezett» and «be»
  'A híd alá épült egy új raktár.', // «alá» = under, after a noun
  'A harmadik fel is jelen volt.', // ordinal before a look-alike
  'Ez egy nagy rész a piacból.', // «rész» without «vesz»
  'Tavaly nőtt a haza termelés.', // «haza» = homeland, after an article
];

describe('joinSeparatedPrefixes', () => {
  it('has a table of at least 25 cases', () => {
    expect(POSITIVE.length + NEGATIVE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(POSITIVE)('%s → %j', (sentence, expected) => {
    expect(joined(sentence)).toEqual(expected);
  });

  it.each(NEGATIVE)('joins nothing in «%s»', (sentence) => {
    expect(joined(sentence)).toEqual([]);
  });

  it('points at the verb and at the prefix', () => {
    expect(joinSeparatedPrefixes(['nem', 'írták', 'alá'])).toEqual([{ index: 1, prefixIndex: 2, joined: 'aláírták' }]);
    expect(joinSeparatedPrefixes(['alá', 'fogják', 'írni'])).toEqual([{ index: 2, prefixIndex: 0, joined: 'aláírni' }]);
  });

  it('works on lowercased tokens without punctuation, losing only the name guard', () => {
    expect(joinSeparatedPrefixes(['a', 'cég', 'rendelte', 'meg', 'a', 'gépeket']).map((j) => j.joined)).toEqual(['megrendelte']);
    expect(joinSeparatedPrefixes([])).toEqual([]);
  });
});
