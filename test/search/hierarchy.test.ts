import { describe, expect, it } from 'vitest';
import { retrieverOver } from '../support/lexical-retriever.js';

describe('general words of a question', () => {
  it('take in the particular things a corpus names when it never uses the general word', () => {
    const retriever = retrieverOver([['The plant will assemble 3,000 tractors and combines.', 'en'], ['Уран и медь добывают на севере.', 'ru']]);
    const [machinery] = retriever.analyse('machinery', 'en');
    expect(machinery!.status).toBe('seen');
    expect(machinery!.keys).toContain('c:farm_machinery');
    const [resources] = retriever.analyse('resources', 'en');
    expect(resources!.keys).toEqual(expect.arrayContaining(['c:uranium', 'c:copper']));
  });

  it('find amounts in a currency for a question about money, and investing in «вложить»', () => {
    const retriever = retrieverOver([['Компания инвестировала более 230 млн долларов.', 'ru']]);
    const [money, invested] = retriever.analyse('денег вложил', 'ru');
    expect(money!.status).toBe('seen');
    expect(money!.keys).toContain('c:dollar');
    expect(invested!.status).toBe('seen');
  });

  it('find what was contributed for a question of how much was given («қанша берді», «колко дадоха», "gave")', () => {
    const retriever = retrieverOver([['Nine countries together contributed more than 2 billion dollars to the region.', 'en']]);
    for (const [question, lang] of [['берді', 'kk'], ['дадоха', 'bg'], ['gave', 'en'], ['adtak', 'hu']] as const) {
      const [gave] = retriever.analyse(question, lang);
      expect(gave!.status, question).toBe('seen');
      expect(gave!.keys, question).toContain('c:contribute');
    }
  });

  it('take in ministers and ambassadors for "which official", «какой чиновник»', () => {
    const retriever = retrieverOver([['Меморандум подписали министр промышленности Ерсайын Нагаспаев и министр торговли Говард Латник.', 'ru']]);
    for (const [question, lang] of [['official', 'en'], ['чиновник', 'ru']] as const) {
      const [official] = retriever.analyse(question, lang);
      expect(official!.status, question).toBe('seen');
      expect(official!.keys, question).toContain('c:minister');
    }
  });

  it('take in a clinic and healthcare for a question about a medical project', () => {
    const retriever = retrieverOver([['Az Orion Healthcare a Samal Invest segítségével gyermekklinikát épít Aktöbében.', 'hu']]);
    const [medical] = retriever.analyse('медицинский', 'ru');
    expect(medical!.status).toBe('seen');
    expect(medical!.keys).toEqual(expect.arrayContaining(['c:clinic', 'c:health']));
  });

  it('take in the capital cities for "the Kazakh capital", «американская столица», «a kazah fővárosban»', () => {
    const retriever = retrieverOver([['С 2011 года в Астане работает автобусный завод Kestrel.', 'ru'], ['A delegation flew to Washington on Monday.', 'en']]);
    for (const [question, lang, city] of [
      ['the plant in the Kazakh capital', 'en', 'c:astana'],
      ['переговоры в американской столице', 'ru', 'c:washington'],
      ['gyár a kazah fővárosban', 'hu', 'c:astana'],
    ] as const) {
      const capital = retriever.analyse(question, lang).find((t) => t.keys.includes('c:capital_city'));
      expect(capital?.status, question).toBe('seen');
      expect(capital!.keys, question).toContain(city);
    }
  });

  it('take in working for a question about operating («működik» finds «работает завод»)', () => {
    const retriever = retrieverOver([['С 2012 года в Павлодаре работает вагоносборочный завод Nortec.', 'ru']]);
    const [operates] = retriever.analyse('működik', 'hu');
    expect(operates!.status).toBe('seen');
    expect(operates!.keys).toContain('c:work');
  });

  it('take in policing for a question about security, and a board is a council ("Trump\'s Board of Peace")', () => {
    const retriever = retrieverOver([['Kazahsztán csapatokkal járult hozzá a gázai rendfenntartáshoz.', 'hu'], ['A béketanács alakuló ülésén Tokajev is részt vett.', 'hu']]);
    const [security] = retriever.analyse('security', 'en');
    expect(security!.status).toBe('seen');
    expect(security!.keys).toContain('c:police');
    // (A known word, not a name the corpus never mentions: the Board of Peace is the council «béketanács» names.)
    const board = retriever.analyse("Trump's Board of Peace", 'en').find((t) => t.word === 'board');
    expect(board?.status).toBe('seen');
    expect(board!.keys).toContain('c:peace_council');
  });

  it('take in the states a region names: the Gulf, when the corpus lists Qatar and Kuwait', () => {
    const retriever = retrieverOver([['Qatar and Kuwait pledged more aid.', 'en']]);
    const [gulf] = retriever.analyse('Залива', 'ru');
    expect(gulf!.status).toBe('seen');
    expect(gulf!.keys).toEqual(expect.arrayContaining(['c:qatar', 'c:kuwait']));
  });

  it('find financial support for a question about money, and a minister for an American "secretary"', () => {
    const retriever = retrieverOver([['Tokajev jelentős pénzügyi támogatást ígért.', 'hu'], ['Встреча с министром торговли прошла в Нью-Йорке.', 'ru']]);
    const [money] = retriever.analyse('pénzt', 'hu');
    expect(money!.status).toBe('seen');
    const [trade, secretary] = retriever.analyse('trade secretary', 'en');
    expect(trade!.status).toBe('seen');
    expect(secretary!.status).toBe('seen');
  });

  it('find companies for a question about business ("business people") where the corpus never says business', () => {
    const retriever = retrieverOver([['Представители 25 американских компаний посетили Казахстан.', 'ru']]);
    const [business] = retriever.analyse('business people', 'en');
    expect(business!.status).toBe('seen');
  });

  it('keep their own sense when the corpus uses them', () => {
    const retriever = retrieverOver([['The plant makes machinery and tractors.', 'en']]);
    const [machinery] = retriever.analyse('machinery', 'en');
    expect(machinery!.keys).not.toContain('c:farm_machinery');
  });
});

describe('words for the kind of figure asked', () => {
  it('weigh nothing in how much of a question the sources hold, even where an article uses them ("worth", «értékű»)', () => {
    const retriever = retrieverOver([['Több száz millió dollár értékű megállapodást írtak alá.', 'hu'], ['Соглашение на сумму 2,5 миллиарда долларов подписано с John Deere.', 'ru']]);
    const [deal, worth] = retriever.analyse('deal worth', 'en');
    expect(worth!.status).toBe('seen');
    expect(retriever.informationOf(worth!)).toBe(0);
    expect(retriever.informationOf(deal!)).toBeGreaterThan(0);
  });
});

describe('words for how something was put', () => {
  it.each([
    ['en', 'how was the deal characterised'],
    ['ru', 'как охарактеризовали сделку'],
    ['hu', 'hogyan jellemezték az üzletet'],
  ] as const)('weigh nothing when the sources never use them (%s «%s»): a source characterises without saying it does', (lang, question) => {
    const retriever = retrieverOver([['The strategic deal with Nortec is worth 90 million dollars.', 'en']]);
    const tokens = retriever.analyse(question, lang);
    const phrasing = tokens.find((t) => t.keys.includes('c:characterize'))!;
    expect(phrasing.status).toBe('absent');
    expect(retriever.informationOf(phrasing)).toBe(0);
    expect(retriever.informationOf(tokens.find((t) => t.keys.includes('c:agreement'))!)).toBeGreaterThan(0);
  });
});
