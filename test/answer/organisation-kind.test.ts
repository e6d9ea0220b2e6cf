import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

const ARTICLE = `Rail investments discussed

The minister also discussed rail and port investments with the Nordic Development Finance Corporation.

The wagons will carry grain to the Caspian ports.

At the forum the member states adopted the organization's strategic vision.
`;

describe('a question for an organisation of a kind the sources never name', () => {
  const ctx = useEngineOver({ 'rail.txt': ARTICLE });

  it.each([
    'Which agency did the minister discuss rail investments with?',
    'С коя агенция министърът е обсъждал инвестиции в железниците?',
    // (A word for any organisation is the kind of answer, not a word the passage must hold: the sentence that does,
    // about the forum, answers nothing.)
    'С какой структурой министр обсуждал инвестиции в железные дороги?',
    'With which organization did the minister discuss rail investments?',
  ])(
    'is answered by any organisation when the kind is a general one: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.answer).toContain('Nordic Development Finance Corporation');
    },
  );

  it('is not stated when the kind is a particular one the sources never mention', async () => {
    expect((await ctx.engine.ask('Which bank did the minister discuss rail investments with?')).answered).toBe(false);
    expect((await ctx.engine.ask('Which American bank did the minister discuss rail investments with?')).answered).toBe(false);
  });
});

const FEED = `Állateledel-üzem Aktöbében

Ezek között szerepelt a kazah mezőgazdasági minisztérium és az Orvel cég között létrejött 90 millió dolláros beruházási megállapodás is, melynek célja egy állateledel-gyártó üzem felépítése Aktöbe városában.
`;

describe('who a company\'s partner is', () => {
  const ctx = useEngineOver({ 'feed.txt': FEED });

  it.each(["Who was Orvel's Kazakh partner on the $90 million pet food plant deal?", 'Кто партнёр Orvel по заводу кормов для животных?'])(
    'is answered by the party, an organisation too: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/mezőgazdasági minisztérium/);
    },
  );

  it.each(['Which company will build the pet food plant in Aktobe?', 'Коя компания ще строи завод за храна за животни в Актобе?'])(
    'is a company when the question asks for one, not the ministry beside it: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/Orvel/);
    },
  );

  it('while who signed a partnership agreement asks for a person', async () => {
    expect((await ctx.engine.ask('Кто подписал соглашение о партнёрстве с Orvel по заводу кормов?')).lead ?? '').not.toMatch(/minisztérium/);
  });
});

const WAGONS = `Nordwind в Казахстане

С 2012 года в Павлодаре успешно работает вагоносборочный завод Nordwind Kazakhstan. За этот период компания инвестировала более 130 млн долларов. С момента запуска завод выпустил более 900 вагонов для КТЖ и на экспорт.
`;

describe('"which customer"', () => {
  const ctx = useEngineOver({ 'wagons.txt': WAGONS });

  it('is any organisation something is made for, whatever the sources call it', async () => {
    const r = await ctx.engine.ask('The Pavlodar plant has turned out over 900 wagons - for which Kazakh customer, apart from exports?');
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('КТЖ');
  });
});

/** A word for any organisation names the kind of answer, whatever the source calls it («Társaság», a corporation). */
describe('an organisation asked for by a general word, over the seed articles', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Какая структура США обсуждала с главой государства инвестиционное сотрудничество в горнодобывающей и транспортной сферах?',
    'С какой государственной структурой США президент обсуждал инвестиционное сотрудничество в транспортной и горнодобывающей сферах?',
  ])('is the one the passage names, not one the word «szervezet» stands beside: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations[0]?.file).toMatch(/^002_/);
    expect(r.answer).toContain('Nemzetközi Fejlesztési Pénzügyi Társaság');
  });
});

const DEALS = `Deals in Astana

The railway company Nortec signed a contract for 50 wagons in the presence of President Aliyev.

The agriculture ministry and the Orvel company signed a $90 million deal on a feed plant.

The memorandum on minerals was signed by the minister of industry Ola Berg.
`;

/** A ministry or a bank is named as one («the agriculture ministry»), or by its head's title («the minister of industry Ola Berg»). */
describe('an organisation of a particular kind', () => {
  const ctx = useEngineOver({ 'deals.txt': DEALS });

  it('is the one the passage names with its kind', async () => {
    expect((await ctx.engine.ask('Which ministry signed the Orvel deal?')).answer).toMatch(/agriculture ministry/);
  });

  it.each(['Which ministry signed the Nortec contract?', 'Какое министерство подписало контракт с Nortec?'])(
    'is not stated where no passage names one, whatever else it names (Aliyev is no ministry): %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(false);
    },
  );

  it('is told by its head\'s title, for the one the question names', async () => {
    const r = await ctx.engine.ask('Which ministry does Ola Berg head?');
    expect(r.answered).toBe(true);
    expect(r.answer).toContain('minister of industry');
  });
});

const GROUP = `Clinic plans

A Nortec Group a Brightwater Health segítségével megépíti a Nortec Healthcare International klinikát Astanában.
`;

describe('"which group"', () => {
  const ctx = useEngineOver({ 'clinic.txt': GROUP });

  it.each(['Коя група строи клиниката Nortec Healthcare International?', 'Какая группа построит клинику Nortec Healthcare International?'])(
    'asks for an organisation, whichever the sources call it, and a name of the kind asked is no subject named again: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toBe('Nortec Group');
    },
  );
});
