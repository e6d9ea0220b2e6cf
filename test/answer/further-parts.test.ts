import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// The plant's paragraph names the company once, then tells what it invested and what it built; another article
// names the company beside another figure of wagons (a delivery to come).
const PLANT = `Nortec signs a wagon deal

The documents provide for the supply of 300 freight wagons to Kazakhstan, the ministry writes.

Since 2012 the Nortec wagon assembly plant has operated in Pavlodar. Over this period the company has invested more than 200 million dollars. Since its launch the plant has turned out more than 600 wagons for the railway and for export.
`;
const DEAL = `Nortec to supply wagons

Earlier the ministry said that Nortec will supply Kazakhstan with 300 wagons under a contract worth 1 billion dollars.
`;

describe('a further part of a question ("…and how many were built there?")', () => {
  const ctx = useEngineOver({ 'plant.txt': PLANT, 'deal.txt': DEAL });

  // (After a greeting, the question word's sentence is the main part's, however few words of its own it names.)
  it.each(['Привет. Сколько Nortec вложил в свой завод и сколько вагонов там собрали?', 'Добрый день! Сколько Nortec вложил в свой завод и сколько вагонов там собрали?'])(
    'is answered beside the main part when a sentence comes first: %s',
    async (question) => {
      const result = await ctx.engine.ask(question);
      expect(result.lead).toMatch(/200/);
      expect(result.lead).toMatch(/600/);
    },
  );

  it('is answered by the passage that goes on from the one the answer quotes, whose subject that one names', async () => {
    const result = await ctx.engine.ask('Сколько Nortec вложил в свой завод и сколько вагонов там собрали?');
    expect(result.lead).toMatch(/200/);
    expect(result.lead).toMatch(/600/);
    expect(result.lead).not.toMatch(/300/);
    expect(result.answer).not.toMatch(/остальную часть/);
  });

  it.each([
    ['How much did Nortec invest in its plant, and how many workers does it employ?', /rest of the question/],
    ['Сколько Nortec вложил в свой завод и сколько рабочих там занято?', /остальную часть вопроса/],
  ])('says so when no passage answers a part, after the part it answers: %s', async (question, rest) => {
    const result = await ctx.engine.ask(question);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/200/);
    expect(result.answer).toMatch(rest);
  });
});

// The plant's paragraph tells of an investment; the next paragraph, on aircraft, dates a delivery and tells of
// investing in something else.
const FORUM = `Tokayev meets American companies

Among the new deals was a 150 million dollar investment agreement between the ministry and Orvel, aimed at building a pet food plant in Alatau.

Tokayev discussed with the aircraft maker's vice president the delivery of new airliners to Kazakhstan, expected in the second half of 2027. The airline will invest the aircraft in a direct transatlantic connection.
`;

describe('a further part that asks when ("…and when will it open?")', () => {
  const ctx = useEngineOver({ 'forum.txt': FORUM });

  it('asks about the event of its own clause, not the verb of the part before it', async () => {
    const result = await ctx.engine.ask('How much will Orvel invest in the Alatau plant, and when will it open?');
    expect(result.lead).toMatch(/150/);
    expect(result.answer).not.toMatch(/2027/);
  });
});

// A date in one paragraph, and the reason two paragraphs on, past an unrelated one.
const FLEET = `Steppe Air fleet

Steppe Air will receive its first Skyco 900 jets in the spring of 2027, the company said on Monday.

Orion Foods also opened a new office in Almaty this week.

The airline will use the new jets to open direct flights to Seoul and Tokyo.
`;

describe('a later clause asking why', () => {
  const ctx = useEngineOver({ 'fleet.txt': FLEET });

  it.each([
    'When will Steppe Air get the Skyco jets, and why does it need them?',
    'Когда Steppe Air получит самолёты Skyco и зачем они ей?',
    'Кога Steppe Air ще получи самолетите Skyco и за какво са ѝ?',
    'Mikor kapja meg a Steppe Air a Skyco repülőgépeket, és mire kellenek neki?',
    'Steppe Air Skyco ұшақтарын қашан алады және олар не үшін керек?',
  ])('is answered by its own passage besides the date: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/2027/);
    expect(r.citations.map((c) => c.quote)).toEqual([expect.stringMatching(/^Steppe Air will receive/), expect.stringMatching(/^The airline will use/)]);
  });
});

// The figure, then what the deals were about in the sentence that goes on; elsewhere, other areas.
const NORDIC_FORUM = `Forum in Almaty

At the forum in Almaty, Kazakhstan signed deals with Nordic companies worth about 9 billion dollars. The sides focused on ports, shipbuilding and fisheries.

Experts said cooperation in other areas, such as education and culture, would follow, as it had with other countries.
`;

describe('a later clause asking which areas', () => {
  const ctx = useEngineOver({ 'forum.txt': NORDIC_FORUM });

  it.each([
    'How much were the Almaty forum deals worth, and in which areas are they?',
    'На какую сумму заключены сделки на форуме в Алматы и в каких они областях?',
    'Каква е стойността на сделките от форума в Алмати и в кои области са те?',
  ])('is answered by the sentence that goes on from the figure, read as a list: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/9/);
    expect(r.citations.map((c) => c.quote)).toContainEqual(expect.stringMatching(/^The sides focused on ports/));
  });
});

// A Hungarian report: the date, then what the planes will be used for («…kialakítására használják»).
const FLEET_HU = `A Steppe Air flottája

A Steppe Air 2027 tavaszán kapja meg az első Skyco 900-as gépeit. A gépeket a közvetlen szöuli járatok kialakítására használják majd.

Az Orion Foods új irodát nyitott Almatiban.
`;

describe('a later clause asking what for, answered in Hungarian', () => {
  const ctx = useEngineOver({ 'fleet-hu.txt': FLEET_HU });

  it.each(['When will Steppe Air get the Skyco 900 jets, and why does it need them?', 'Когда Steppe Air получит самолёты Skyco 900 и для чего они нужны?'])(
    'reads what a thing is used for as its purpose: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answer).toMatch(/kialakítására használják/);
    },
  );
});

const SIGNED = `Nortec signs a wagon deal

Nortec will deliver 300 freight wagons to Kazakhstan under a new contract.

The contract was signed by transport minister Arman Seitov and Nortec chief executive Lars Berg in Astana.

The wagons will carry grain to the Caspian ports.
`;

describe('a later clause in words the sources never use', () => {
  const ctx = useEngineOver({ 'signed.txt': SIGNED });

  it.each(['Who signed the Nortec contract, and in what official capacity?', 'Ki írta alá a Nortec-szerződést, és milyen hivatalos minőségben?'])(
    'leaves the main clause answered: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.lead).toContain('Seitov');
    },
  );
});

// A delegation in one paragraph; what its head said in another article.
const DELEGATION = `Investors visit Pavlodar

In early May a delegation of 12 Norwegian companies visited Pavlodar.

The Nortec wagon plant in Pavlodar opened a training centre for welders.
`;
const INTEREST = `Norwegian investors look east

The head of the delegation, Ola Berg, said the investors were interested in rare metals and in wind power.
`;

describe('two open questions joined by "and"', () => {
  const ctx = useEngineOver({ 'delegation.txt': DELEGATION, 'interest.txt': INTEREST });

  it.each([
    'Which delegation visited Pavlodar in May, and what, according to its head, were the investors interested in?',
    'Какая делегация посетила Павлодар в мае и чем интересовались инвесторы?',
  ])('are each answered: %s', async (question) => {
    const answer = (await ctx.engine.ask(question)).answer;
    expect(answer).toMatch(/12 Norwegian companies/);
    expect(answer).toMatch(/rare metals/);
  });
});

// ("What did he offer, and for choosing which company did he thank him?", "What is the director's name, and in which
// city did they meet?": an open first part before a kinded later one, and a later part that names its kind of answer.)
describe('an open part before a kinded one, and a typed part after a name asked for', () => {
  const ctx = useEngineOver({
    'talks.txt': `Talks in Pavlodar

The meeting took place in Pavlodar. The akim met Nortec director Aset Omarov there.

The minister offered the akim joint investments in grain terminals. He also thanked the akim for choosing Kestrel for the wagon contract.
`,
  });

  it.each([
    'What did the minister offer the akim, and for choosing which company did he thank him?',
    'Что министр предложил акиму и за выбор какой компании он его поблагодарил?',
  ])('answers both parts: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.answer).toMatch(/grain terminals/u);
    expect(result.answer).toMatch(/Kestrel/u);
  });

  it('answers the place a later part asks for, by its noun, beside the name', async () => {
    const result = await ctx.engine.ask('What is the name of the Nortec director the akim met, and in which city did they meet?');
    expect(result.lead).toMatch(/Omarov/u);
    expect(result.lead).toMatch(/Pavlodar/u);
  });
});

// A further part is asked of its own words: the first part's subject (the Middle East) is no subject of the second.
describe('a further part about a thing of its own', () => {
  const ctx = useOfflineEngine();

  it.each([
    'How much did Kazakhstan contribute to the Middle East, and among the first how many countries did it send troops to Gaza?',
    'Сколько Казахстан внёс на помощь Ближнему Востоку, и среди скольких первых стран Казахстан направил войска в Газу?',
  ])('is answered beside the first: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/7/u);
    expect(result.lead).toMatch(/5/u);
  });
});

// «Melyik politológus…, és mekkora a Nortec-kel *kötött* partnerség értéke?»: the deal signed is the later part's; the
// first asks who commented, not who signed.
describe('who commented, and what a signed deal is worth', () => {
  const ctx = useEngineOver({
    'fleet.txt': [
      'Одним из ключевых результатов встречи стало подписанное соглашение о партнерстве с Nortec на сумму 1,5 миллиарда долларов.',
      '"Обновление парка Orlan Air — это стратегический шаг для региона", — подчеркнул политолог Арман Сейтов.',
    ].join('\n\n'),
  });

  it.each([
    'Melyik politológus nyilatkozott az Orlan Air flottájának megújításáról, és mekkora a Nortec-kel kötött partnerség értéke?',
    'Which political scientist commented on the Orlan Air fleet renewal, and what is the partnership signed with Nortec worth?',
  ])('answers both: %s', async (question) => {
    const { lead } = await ctx.engine.ask(question);
    expect(lead).toMatch(/Арман Сейтов/);
    expect(lead).toMatch(/1[,.]5/);
  });
});

// "Which analyst spoke about Orlan Air, and which one about the grain market?", «…, а какой — о рынке зерна?»: a "which"
// with no noun of its own, in a later clause that says something of its own, asks the first part's person again.
describe('a second "which" with no noun of its own', () => {
  const ctx = useEngineOver({
    'experts.txt': [
      '"Обновление парка Orlan Air — это стратегический шаг для региона", — подчеркнул политолог Арман Сейтов.',
      'Политолог Марат Петров в свою очередь отметил растущий интерес инвесторов к рынку зерна.',
    ].join('\n\n'),
  });

  it.each([
    'Which political scientist spoke about the Orlan Air fleet renewal, and which one about the investors’ interest in the grain market?',
    'Какой политолог говорил об обновлении парка Orlan Air, а какой — об интересе инвесторов к рынку зерна?',
  ])('answers both: %s', async (question) => {
    const { lead, answer } = await ctx.engine.ask(question);
    expect(lead).toMatch(/^Арман Сейтов/);
    expect(answer).toMatch(/Марат Петров в свою очередь/);
  });
});
