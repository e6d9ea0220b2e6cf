import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// An article of our own, written the way news agencies write: one- or two-sentence paragraphs, a speaker
// introduced in one paragraph and quoted in the next.
const ARTICLE = `Nordwind Rail signs railway contract with Kazakhstan

Nordwind Rail signed a supply contract with Kazakhstan on Monday, the ministry of transport reported. The last batch is due within seven years.

The company's chief executive Anna Berg met the transport minister in Astana on a visit to Kazakhstan.

During the meeting, Berg was invited to build a repair depot in Karaganda and to train local engineers.

Political analyst Pavel Orlov commented on the agreement.

"The contract gives the railways newer trains. It also opens the door to exports to Europe," the analyst stressed.

According to him, the country will soon need more signalling engineers in the north.

Separately, the ministry discussed grain exports with Chinese traders.

Nordwind already runs a plant in Pavlodar.

Key directions of the partnership

The contract provides for:

delivery of wagons;

training of drivers;

joint repair works.
`;
const OTHER = `Orion Foods expands in Kazakhstan

Orion Foods will build a pet food plant in the city of Taraz, the company said.

The company will invest $50 million (46 million euros) in the plant.
`;
const HELPERS = `Clinic for Aktobe

The city reported that Vela Group plans, with the help of Tarlan Korkem Invest and Mount Aral Medical, to build a children's hospital in Aktobe.
`;
const FOURTH = `Министър Петров на посещение

Срещата се състоя в Париж по време на посещението на министър Петров във Франция.
`;
const THIRD = `Suppliers of the railways

Separately, Deerfield Logistics opened a warehouse near Ekibastuz in 2021.

Analyst Boris Sokolov expects grain exports to double.

Sokolov also said that China keeps promoting its Belt and Road across the region.

The ministry mentioned two other programmes of the region.

Nordwind Rail delivered wagons last year. Nordwind also exports to Uzbekistan.

The second half of the year will be busy for Deerfield.

"This is the third shipment of wagons to Ekibastuz," the station chief said.

Kestrel Foods opened a bakery in Kokshetau in 2019. It employs 80 people. The bakery sells bread to Russia.

Since 2015 Kestrel has run a flour mill in Taraz.
`;

const FIFTH = `Minister Halvorsen in Washington

The visit began with talks at the State Department. Minister Erik Halvorsen met:

Washington trade secretary Laura Quinn;

energy adviser to the governors of the northern states Tom Reyes.

Halvorsen discussed steel tariffs with Laura Quinn at length.

Halvorsen also discussed student visas.

Also present was the French ambassador in Japan, Ingrid Dahl.

The embassy said the minister's visit to Tokyo last year meant new contracts.

If the minister visited Tokyo again, it would be a historic step, the embassy added.

Halvorsen returned home on Thursday.
`;

// The place of a meeting told only in the article's last paragraph, far from what was said at it.
const SIXTH = `Nordmann offers joint investment in rare metals

Trade minister Ola Nordmann proposed joint investment in rare metals to president Aliyev at a meeting, a video of which was published by the president's office.

"We can develop the deposits together and build the processing plants," the minister said, adding that the partnership would serve both economies for decades.

Earlier this year a delegation of engineering firms studied the deposits and the railway links that would carry the ore to the ports, and reported that the first mines could open within four years.

The firms also asked for long-term contracts for electricity, water and the training of local geologists, which the ministry promised to consider before the end of the year.

The meeting took place in Geneva during Aliyev's working visit.
`;

// The day told once at the top; the signers, the partner and a two-word name with a short second word further down.
const SEVENTH = `Steel memorandum signed in Vienna

On 14 March, the two governments agreed to work together on green steel, the ministry reported.

President Aliyev met the delegation of Kessler Moor, the Austrian engineering group. The group will deliver 40 tractors to farms in the north.

The talks covered furnaces, hydrogen supply, mining machinery and the training of welders.

During the talks Aliyev called on Austria to send more engineers.

Aliyev named Austria a reliable industrial partner in Europe.

The memorandum was signed by two officials:

for Austria, economy minister Clara Huber;

for Kazakhstan, industry minister Daniyar Seitov.

Huber is also the government's envoy for Central Asia and its ambassador in Japan.

The ministry said that Germany, France, Japan and Turkey together pledged 3 billion euros for steel plants in the region.

Kessler Moor's share of the Austrian steel market has reached 12%.

The first tractors are to be delivered in May 2026.
`;

// A reporter's sentence and an expert's quote on the same subject.
const EIGHTH = `Grain terminal in Aktau

The ministry said the new grain terminal will bring cheap transport to the farmers and traders of the region.

Transport expert Dana Sultan commented on the terminal.

"Cheap transport is important above all for wheat exporters and for flour mills," the expert said.

Dana Sultan toured the grain terminal with the farmers of the region in May.
`;

describe('answer windows for open questions', () => {
  const ctx = useEngineOver({ 'nordwind.txt': ARTICLE, 'orion.txt': OTHER, 'third.txt': THIRD, 'fourth.txt': FOURTH, 'fifth.txt': FIFTH, 'sixth.txt': SIXTH, 'seventh.txt': SEVENTH, 'helpers.txt': HELPERS, 'eighth.txt': EIGHTH });

  it('reads on into the next paragraph when it names the same person', async () => {
    const r = await ctx.engine.ask('Why did Anna Berg meet the minister?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/met the transport minister/);
    expect(r.answer).toMatch(/repair depot/);
  });

  it('quotes the paragraph of direct speech after the one that introduces the speaker', async () => {
    const r = await ctx.engine.ask('What did Pavel Orlov say about the agreement?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/exports to Europe/);
  });

  it('answers "what did X say" only with what X says, and says it is not stated when X is only named', async () => {
    const silent = await ctx.engine.ask('What did Anna Berg say about the repair depot?');
    expect(silent.answered).toBe(false);
    expect(silent.related?.length).toBeGreaterThan(0);
    const quoted = await ctx.engine.ask('What did Pavel Orlov say about the contract?');
    expect(quoted.answer).toMatch(/exports to Europe/);
    // Talking with someone is no quote: what they discussed answers it.
    const talked = await ctx.engine.ask('What did Halvorsen talk with Laura Quinn about?');
    expect(talked.answer).toMatch(/steel tariffs/);
  });

  it('does not read on into a paragraph about something else', async () => {
    const r = await ctx.engine.ask('Why did Anna Berg meet the minister?');
    expect(r.answer).not.toMatch(/grain/);
    const orlov = await ctx.engine.ask('What did Pavel Orlov say about the agreement?');
    expect(orlov.answer).not.toMatch(/grain/);
  });

  it('answers a question about a company from a passage that names it, not from one about another company', async () => {
    const r = await ctx.engine.ask('Nordwind plant city?');
    expect(r.citations[0]?.quote).toMatch(/Pavlodar/);
    expect(r.answer).not.toMatch(/Taraz/);
  });

  it('reads a figure from the sentence after the one that names the subject, in the same paragraph', async () => {
    const r = await ctx.engine.ask('How many years is the Nordwind Rail supply contract with Kazakhstan for?');
    expect(r.answer.split('\n')[0]).toMatch(/7|seven/);
  });

  it('answers "who is X" with the passage that introduces X, not "not stated"', async () => {
    const r = await ctx.engine.ask('Pavel Orlov - who is he?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Political analyst Pavel Orlov/);
  });

  it('states an amount in the currency the question asks for, when the source gives it', async () => {
    const euros = await ctx.engine.ask('How much will Orion Foods invest in euros?');
    expect(euros.answer.split('\n')[0]).toMatch(/46/);
    const dollars = await ctx.engine.ask('How much will Orion Foods invest?');
    expect(dollars.answer.split('\n')[0]).toMatch(/50/);
    // The amount the question gives in one currency is not the one it asks for.
    const converted = await ctx.engine.ask('How much are the 50 million dollars of Orion Foods in euros?');
    expect(converted.answer.split('\n')[0]).toMatch(/46/);
    // (So is one named before its amount: «долларда 50 миллион болды, ал еуромен қанша?».)
    // (Not one named before an amount given in another: «в евро 50-те милиона долара», «в евро, 60 млн?».)
    for (const question of [
      'Orion Foods инвестициясы долларда 50 миллион, ал еуромен қанша?',
      'Orion Foods вложит в долларах 50 миллионов, а в евро сколько?',
      'Колко са в евро 50-те милиона долара на Orion Foods?',
      'Orion Foods вложит 50 млн долларов — а сколько это в евро, 60 млн?',
    ]) {
      expect((await ctx.engine.ask(question)).answer.split('\n')[0], question).toMatch(/46/);
    }
  });

  it('reads a lowercase word that spells a corpus name in another script as that name', async () => {
    const r = await ctx.engine.ask('а дийрфийлд?');
    expect(r.answered).toBe(true);
    expect(r.citations[0]?.quote).toMatch(/Deerfield Logistics opened a warehouse/);
  });

  it('reads "what does analyst X think" as a question about what X thinks, not about who', async () => {
    const r = await ctx.engine.ask('What does the analyst Pavel Orlov think about the contract?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/exports to Europe/);
  });

  it('reads a foreign name that opens a Hungarian question by its own spelling, not by Hungarian rules', async () => {
    const r = await ctx.engine.ask('Sokolov szerint mi várható?');
    expect(r.answered).toBe(true);
    expect(r.citations[0]?.quote).toMatch(/Boris Sokolov/);
  });

  it('answers "which directions" with the list under the subheading that names them', async () => {
    const r = await ctx.engine.ask('Which directions does the Nordwind partnership with Kazakhstan cover?');
    expect(r.answer).toMatch(/training of drivers/);
  });

  it("does not take the company's chief for the head of its plant", async () => {
    for (const question of ['Who is the head of the Nordwind plant in Pavlodar?', 'Кто руководит заводом Nordwind в Павлодаре?']) {
      const r = await ctx.engine.ask(question);
      expect(r.lead, question).toBeUndefined();
      expect(r.answer, question).not.toMatch(/Anna Berg/);
    }
  });

  it('names the speaker of a paragraph of direct speech from the paragraph that introduces it', async () => {
    const r = await ctx.engine.ask('Who said the contract opens the door to exports to Europe?');
    expect(r.answer.split('\n')[0]).toContain('Pavel Orlov');
  });

  it('answers "where" with the city rather than the country of the same sentence', async () => {
    const r = await ctx.engine.ask('Къде се състоя срещата с министър Петров?');
    expect(r.answer.split('\n')[0]).toMatch(/^Париж/);
  });

  it('answers both parts of a question that asks two things', async () => {
    const r = await ctx.engine.ask('How much will Orion Foods invest, and where will the plant be?');
    const lead = r.answer.split('\n')[0]!;
    expect(lead).toMatch(/50/);
    expect(lead).toMatch(/Taraz/);
    const who = await ctx.engine.ask("Who is Nordwind Rail's chief executive, and where did she meet the transport minister?");
    expect(who.answer.split('\n')[0]).toMatch(/Anna Berg/);
    expect(who.answer.split('\n')[0]).toMatch(/Astana/);
  });

  it('reads the size of a deal as its value', async () => {
    const r = await ctx.engine.ask('How big is the Orion Foods investment?');
    expect(r.answer.split('\n')[0]).toMatch(/50/);
  });

  it('does not require the evidence to hold the word that names the kind of answer', async () => {
    const r = await ctx.engine.ask('In which city does Nordwind already run a plant?');
    expect(r.answer.split('\n')[0]).toMatch(/Pavlodar/);
  });

  it('reads the items of a list on the lines after the line that opens it, and never answers "whom did X meet" with X', async () => {
    const r = await ctx.engine.ask('Which trade secretary did Erik Halvorsen meet?');
    expect(r.answer.split('\n')[0]).toMatch(/Laura Quinn/);
    expect(r.answer.split('\n')[0]).not.toMatch(/Halvorsen/);
  });

  it('answers "when" with the date of the event asked about, not of another event of the same company', async () => {
    const opened = await ctx.engine.ask('When did Deerfield Logistics open its warehouse?');
    expect(opened.answer.split('\n')[0]).toMatch(/2021/);
    const deliveries = await ctx.engine.ask('When will Deerfield Logistics start deliveries?');
    expect(deliveries.answer).not.toMatch(/2021/);
  });

  it('answers "what does X include" with the passage that says what it includes, not with the one that repeats the question', async () => {
    for (const question of ['Mit tartalmaz a Kazahsztánnal aláírt szerződés?', 'What does the contract signed with Kazakhstan include?']) {
      const r = await ctx.engine.ask(question);
      expect(r.citations[0]?.quote, question).toMatch(/delivery of wagons/);
    }
  });

  it('reads a warehouse launched as one opened: the date of the one is the date of the other', async () => {
    for (const question of ['When did Deerfield Logistics launch its warehouse?', 'Кога Deerfield Logistics пусна склада си?']) {
      const launched = await ctx.engine.ask(question);
      expect(launched.answer.split('\n')[0], question).toMatch(/2021/);
    }
  });

  it('does not answer a question about a country the sources seldom mention with a passage about another country', async () => {
    const other = await ctx.engine.ask('Which supply contract did Uzbekistan sign with Nordwind Rail?');
    expect(other.answer).not.toMatch(/signed a supply contract with Kazakhstan/);
    const named = await ctx.engine.ask('Does Nordwind Rail export to Uzbekistan?');
    expect(named.answered).toBe(true);
    expect(named.citations[0]?.quote).toMatch(/exports to Uzbekistan/);
  });

  it('reads a paragraph that refers back to a quoted speaker ("according to him") as theirs', async () => {
    const r = await ctx.engine.ask('What will the country need soon, according to Pavel Orlov?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/signalling engineers/);
  });

  it('answers "besides X, what else" with what was also done, not with X', async () => {
    const r = await ctx.engine.ask('Besides steel tariffs, what else did Halvorsen discuss?');
    expect(r.citations[0]?.quote).toMatch(/student visas/);
  });

  it('checks the place a yes/no question names against the sources instead of declining it', async () => {
    const r = await ctx.engine.ask('Does Nordwind run a plant in Almaty?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Pavlodar/);
    const open = await ctx.engine.ask('Which contracts did Nordwind sign in Almaty?');
    expect(open.answered).toBe(false);
  });

  it('answers "according to the expert" in the expert\'s words, not the reporter\'s', async () => {
    for (const q of ['Для чего важен дешевый транспорт зернового терминала, по мнению эксперта?', 'A szakértő szerint miért fontos a gabonaterminál olcsó szállítása?']) {
      expect((await ctx.engine.ask(q)).citations[0]?.quote, q).toMatch(/wheat exporters/);
    }

  });

  it('checks a yes/no claim against a passage about its subject, not one that only names the other party', async () => {
    const r = await ctx.engine.ask('Did Orion Foods sign anything with Uzbekistan?');
    expect(r.answered).toBe(false);
    const exports = await ctx.engine.ask('Does Nordwind export to Uzbekistan?');
    expect(exports.answered).toBe(true);
    expect(exports.citations[0]?.quote).toMatch(/exports to Uzbekistan/);
  });

  it('declines a which/what question about something the sources never mention, whatever else it names', async () => {
    const weather = await ctx.engine.ask('What was the weather like in Astana during the Nordwind visit?');
    expect(weather.answered).toBe(false);
    expect(weather.citations).toEqual([]);
    const exports = await ctx.engine.ask('What exports does Boris Sokolov expect to double?');
    expect(exports.answered).toBe(true);
  });

  it('says a "which bank" question is not stated when the sources name companies but no bank', async () => {
    const bank = await ctx.engine.ask('Which bank finances the Orion Foods plant in Taraz?');
    expect(bank.answered).toBe(false);
    expect(bank.related?.[0]?.quote).toMatch(/Taraz/);
    // An enterprise is any company: the word the sources never use is asked where they name one.
    for (const kind of ['company', 'enterprise']) expect((await ctx.engine.ask(`Which ${kind} will build the pet food plant in Taraz?`)).answer).toMatch(/Orion Foods/);
  });

  it('answers where a meeting took place from the sentence that tells it, anywhere in the article', async () => {
    const r = await ctx.engine.ask('In which city did Nordmann and Aliyev meet when he proposed joint investment in rare metals?');
    expect(r.answer.split('\n')[0]).toMatch(/Geneva/);
  });

  it('reads what an article reports after the day it names as of that day', async () => {
    const r = await ctx.engine.ask('Who signed the green steel memorandum on March 14?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Clara Huber/);
    expect(r.answer).toMatch(/Daniyar Seitov/);
  });

  it('answers "what X" from the sentence that holds X', async () => {
    const r = await ctx.engine.ask('What partner did Aliyev call Austria during the talks?');
    expect(r.citations[0]?.quote).toMatch(/^Aliyev named Austria a reliable industrial partner/);
  });

  it('reads the short second word of a two-word name in another script by its consonants, only after the first word', async () => {
    const r = await ctx.engine.ask('кесслер мур делегациясы Алиевпен не талқылады?');
    expect(r.answered).toBe(true);
    expect(r.citations.some((c) => /Kessler Moor|furnaces/.test(c.quote))).toBe(true);
  });

  it('leads a "which countries" question with every country the sentence lists, in its order', async () => {
    const r = await ctx.engine.ask('Which countries together pledged 3 billion euros for steel plants?');
    expect(r.lead).toBe('Germany, France, Japan and Turkey');
  });

  it('does not give what several countries pledged together as one of them\'s figure', async () => {
    const japan = await ctx.engine.ask('How much did Japan pledge for steel plants in the region?');
    expect(japan.answered).toBe(false);
    expect(japan.related?.[0]?.quote).toMatch(/together pledged/);
    // (Nor when it asks what sum: "sum" is an amount, not a total.)
    expect((await ctx.engine.ask('What sum did Japan pledge for steel plants in the region?')).answered).toBe(false);
    expect((await ctx.engine.ask('Какую сумму Япония пообещала на сталелитейные заводы?')).answered).toBe(false);
    for (const q of ['How much did Japan and France pledge together for steel plants?', 'How much did Japan and the other countries pledge for steel plants?', 'How much was pledged for steel plants in the region?']) {
      expect((await ctx.engine.ask(q)).answer.split('\n')[0], q).toMatch(/3 billion|€3/);
    }
  });

  it('says a role is not stated when no passage gives it to someone of the company asked about', async () => {
    const ceo = await ctx.engine.ask('Who is the CEO of Kessler Moor?');
    expect(ceo.answered).toBe(false);
    const minister = await ctx.engine.ask('Who signed for Austria as economy minister?');
    expect(minister.answer).toMatch(/Clara Huber/);
  });

  it('names the person the asked role titles, not the first person of the list', async () => {
    const r = await ctx.engine.ask('Which energy adviser did Minister Halvorsen meet in Washington?');
    expect(r.lead).toBe('Tom Reyes');
  });

  it('counts the particular things a general word asks about ("how many machines": tractors)', async () => {
    const r = await ctx.engine.ask('How many machines will Kessler Moor deliver?');
    expect(r.lead).toMatch(/^40\b/);
  });

  it('leaves out of every share of the question a word neither the lexicon nor the sources know', async () => {
    const r = await ctx.engine.ask('Who signed the green steel memorandum on behalf of Kazakhstan?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Daniyar Seitov/);
  });

  it('declines a figure about something the sources never mention, though they give other figures', async () => {
    const tax = await ctx.engine.ask('What tax rate does Kessler Moor pay on the Austrian steel market?');
    expect(tax.answered).toBe(false);
    expect(tax.related ?? []).toEqual([]);
    const share = await ctx.engine.ask('What share of the steel market does Kessler Moor hold in Austria?');
    expect(share.answer).toMatch(/12%/);
  });

  it('answers a role tied to a place only from a passage that ties it to no other place', async () => {
    const japan = await ctx.engine.ask('Who is the French ambassador in Japan?');
    expect(japan.lead).toBe('Ingrid Dahl');
    const here = await ctx.engine.ask('Who is the French ambassador in Kazakhstan?');
    expect(here.answered).toBe(false);
  });

  it('answers "which initiative" from the sentence that names a particular one', async () => {
    const r = await ctx.engine.ask('Which Chinese programme did Sokolov mention?');
    expect(r.citations[0]?.quote).toMatch(/Belt and Road/);
  });

  it('names who acts, not who helps, unless the question asks for the helper', async () => {
    const builder = await ctx.engine.ask("Which company will build the children's hospital in Aktobe?");
    expect(builder.lead).toBe('Vela Group');
    const helper = await ctx.engine.ask("With whose help will Vela Group build the children's hospital?");
    expect(helper.lead).toMatch(/Tarlan|Mount Aral/);
    // The company the question names is not who it asks for, whatever words follow its own in the source.
    const partner = await ctx.engine.ask("Who builds the children's hospital with Vela?");
    expect(partner.lead ?? '').not.toMatch(/Vela Group/);
    for (const question of ['С кем Vela будет строить детскую больницу?', 'Kivel építi a Vela a gyermekkórházat?']) {
      expect((await ctx.engine.ask(question)).lead ?? '').not.toMatch(/Vela Group/);
    }
  });

  it('reads "arrive" as a visit or a delivery, and "put pen to paper" as signing', async () => {
    const tractors = await ctx.engine.ask('When will the first Kessler Moor tractors arrive?');
    expect(tractors.lead).toMatch(/May 2026/);
    const signer = await ctx.engine.ask('Who put pen to paper for Austria on the steel memorandum?');
    expect(signer.lead).toMatch(/^Clara Huber/);
  });

  it('dates the event of its own clause, not one a later clause asks about', async () => {
    const r = await ctx.engine.ask('Since when has Deerfield had a warehouse near Ekibastuz, and how large is the production there?');
    expect(r.lead).toMatch(/2021/);
  });

  it('answers "which one in a row" from the passage that numbers the thing asked about', async () => {
    const shipment = await ctx.engine.ask('Hányadik vagonszállítmány érkezett Ekibastuzba?');
    expect(shipment.citations[0]?.quote).toMatch(/third shipment/);
    const unnumbered = await ctx.engine.ask('Какой по счёту склад открыла Deerfield?');
    expect(unnumbered.answered).toBe(false);
  });

  it('answers a question in the conditional mood from the passage that speaks in it', async () => {
    const r = await ctx.engine.ask('What would a visit of the minister to Tokyo mean, according to the embassy?');
    expect(r.citations[0]?.quote).toMatch(/historic step/);
  });

  it('quotes on to the sentence that answers a later clause', async () => {
    const r = await ctx.engine.ask('When did Kestrel Foods open its bakery in Kokshetau, and which country does it sell its bread to?');
    expect(r.lead).toMatch(/2019/);
    expect(r.citations[0]?.quote).toMatch(/bread to Russia/);
  });

  it('answers "since when" with the date a state began, whatever its verb', async () => {
    const r = await ctx.engine.ask("Since when has Kestrel's flour mill in Taraz been open?");
    expect(r.lead).toMatch(/2015/);
    expect((await ctx.engine.ask('Since which year has the Kestrel flour mill in Taraz been open?')).lead).toMatch(/2015/);
    expect((await ctx.engine.ask('От коя година е отворена мелницата на Kestrel в Тараз?')).lead).toMatch(/2015/);
  });

  it.each([
    "When did Kestrel's flour mill in Taraz start working?",
    'В каком году начала работать мельница Kestrel в Таразе?',
    'Mikor kezdett működni a Kestrel tarazi malma?',
  ])('answers when a thing started working with the date it has run since: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/2015/);
  });

  it('answers "which day of the week" with the weekday a passage names', async () => {
    const r = await ctx.engine.ask('On which day of the week did Halvorsen return home?');
    expect(r.lead).toMatch(/Thursday/);
  });

  it('does not answer a yes/no question about a thing the sources never mention with a passage about the rest', async () => {
    const taxBreaks = await ctx.engine.ask('Did Kessler Moor get tax breaks for its tractors?');
    expect(taxBreaks.answered).toBe(false);
    expect(taxBreaks.related?.length).toBeGreaterThan(0);
    const tractors = await ctx.engine.ask('Will Kessler Moor deliver tractors to farms in the north?');
    expect(tractors.answered).toBe(true);
  });

  it('answers "which region" with no country', async () => {
    const r = await ctx.engine.ask('Which region is Clara Huber the envoy for?');
    expect(r.lead ?? '').not.toMatch(/Japan/);
  });
});

describe('a question about the kind of a thing', () => {
  const ctx = useEngineOver({
    'orbis.txt': 'Orbis и Казахстан\n\nКомпания Orbis поставит Казахстану 50 локомотивов по контракту на 2 млрд долларов.\n\nМинистр назвал контракт важным шагом.\n\nВ Павлодаре соберут 50 пассажирских локомотивов Orbis.\n',
  });

  it('is answered by the passage that qualifies the thing', async () => {
    const r = await ctx.engine.ask('What kind of locomotives will Orbis supply to Kazakhstan?');
    expect(r.citations[0]?.quote).toMatch(/пассажирских/);
  });
});

describe('a later clause over one article', () => {
  const ctx = useEngineOver({ 'third.txt': THIRD });

  it('reads on past a word of the later clause the sources never use ("shops") to the others', async () => {
    const r = await ctx.engine.ask('When did Kestrel Foods open its bakery in Kokshetau, and what does the bakery sell to Russian shops?');
    expect(r.lead).toMatch(/2019/);
    expect(r.citations[0]?.quote).toMatch(/bread to Russia/);
  });
});

describe('a source named in the question, over one article', () => {
  const ctx = useEngineOver({ 'eighth.txt': EIGHTH });

  it('answers from where the source speaks, not where they are only named', async () => {
    const r = await ctx.engine.ask('According to Dana Sultan, what does the grain terminal bring to the region?');
    expect(r.citations[0]?.quote).toMatch(/wheat exporters/);
  });
});

describe('a speaker with a short surname, over one article', () => {
  const ctx = useEngineOver({
    'doha.txt': `Переговоры в Дохе

Компания Юнайтед Араб Портс сказала, что новый порт удвоит экспорт региона.

Министр Марко Рубио встретился с советом в Дохе в понедельник.
`,
  });

  it('is not read into a name of the same consonants («Рубио» is no «Араб»)', async () => {
    const r = await ctx.engine.ask('Какво каза Марко Рубио за новото пристанище?');
    expect(r.answered).toBe(false);
  });
});

describe('what a speaker said about a subject, over one article', () => {
  const ctx = useEngineOver({
    'orlov.txt': `Nordwind Rail signs railway contract

Political analyst Pavel Orlov commented on the agreement.

"The contract gives the railways newer trains. It also opens the door to exports to Europe," the analyst stressed.

Separately, the ministry discussed grain exports with Chinese traders.
`,
  });

  it('is not what they said about something else', async () => {
    expect((await ctx.engine.ask('What did Pavel Orlov say about the Chinese grain traders?')).answered).toBe(false);
    expect((await ctx.engine.ask('What did Pavel Orlov say about exports?')).answer).toMatch(/exports to Europe/);
  });

  it.each([
    'What did political analyst Pavel Orlov say about the Chinese grain traders?',
    'Что сказал политолог Павел Орлов о китайских торговцах зерном?',
  ])('nor is their own title what they spoke of: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });
});

describe('a role the question ties to a company, over two articles', () => {
  const ctx = useEngineOver({
    'orion.txt': 'Talks in Astana\n\nTokayev met Orion Foods vice president Jan Novak and discussed grain exports with him.\n',
    'kestrel.txt': 'Bread for export\n\nA vice president of Kestrel and Tokayev discussed bread exports last year, the office said.\n',
  });

  it('is not given to someone who holds it at another company', async () => {
    expect((await ctx.engine.ask('Who is the vice president of Kestrel that Tokayev talked to?')).answered).toBe(false);
    expect((await ctx.engine.ask('Who is the vice president of Orion Foods?')).answer).toMatch(/Jan Novak/);
    expect((await ctx.engine.ask('Кой е вицепрезидентът на Kestrel, с когото Токаев е разговарял?')).answered).toBe(false);
  });
});


describe('"which day" of an event a passage dates only by its weekday', () => {
  const ctx = useEngineOver({
    'council.txt': 'Grain Council\n\nThe founding session of the Grain Council took place in Astana on Thursday, where the member countries adopted a joint strategy.\n',
  });

  it.each([
    'On which day was the founding session of the Grain Council held?',
    'В какой день прошло учредительное заседание Зернового совета?',
    'Melyik napon tartották a Gabonatanács alakuló ülését?',
  ])('is answered with the weekday: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Thursday/);
  });
});

describe('a general word the corpus uses, asked for a named particular one', () => {
  const ctx = useEngineOver({
    'analysts.txt': 'Аналитики о Китае\n\nПо словам эксперта, Китай активно продвигает концепцию «Один пояс — один путь», вовлекая страны Центральной Азии. Поэтому американская стратегия предлагает региону альтернативу.\n',
    'water.txt': 'Water talks\n\nKazakhstan put forward new initiatives on water and trade with China, the ministry said.\n',
  });

  it('meets the particular one where another article uses the general word («melyik kínai kezdeményezés»: the Belt and Road)', async () => {
    const result = await ctx.engine.ask('Melyik kínai kezdeményezéssel versenyez az amerikai stratégia?');
    expect(result.answer).toMatch(/пояс/);
  });
});

describe('"when will it be working" over a paragraph of another event', () => {
  const ctx = useEngineOver({
    'harlow.txt': `Harlow Foods signs a plant deal

Among them was a $90 million agreement between the ministry and Harlow Foods to build a pet food plant in Kostanay.

The president discussed with Skyward the delivery of its aircraft to Kazakhstan, expected in the second half of 2027.
`,
    'rail.txt': `Nortec wagons for Kazakhstan

Nortec will deliver 300 freight wagons to Kazakhstan. The contract was signed in Astana on Monday.

Since 2009 the Nortec wagon plant has operated in Pavlodar. In 2024 the company opened a training centre there.
`,
    'mine.txt': `Copper mine talks

The minister met the chief executive of Ardent Mining in Almaty to discuss a copper mine in the east.
`,
  });

  it.each([
    'Mikor várható, hogy működni fog a Harlow üzeme?',
    'When is the Harlow plant in Kostanay expected to be working?',
    'Когда ожидается, что завод Harlow в Костанае заработает?',
  ])('is not answered with the expected date of another event: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answer).not.toMatch(/2027/);
  });

  it('is answered by since when a thing has operated', async () => {
    expect((await ctx.engine.ask('Since when has the Nortec wagon plant been working?')).answer.split('\n')[0]).toMatch(/2009/);
  });
});

describe('who said something, of an analyst the article titles once and quotes later', () => {
  const ctx = useEngineOver({
    'analysts.txt': `Analysts on the rail deal

The rail deal was signed in Astana on Monday by minister Karl Weber.

Political analyst Dana Serik noted that the deal strengthens the region.

"Earlier, Weber tried to use the grain deal as leverage against the neighbours. That attempt failed," she said.

Economist Arman Bekov expects more trade with Europe.

Dana Serik believes Washington sees the region as vulnerable.

"Beijing is actively promoting its Silk Corridor plan across the region. So the American strategy offers alternatives," the analyst stressed.
`,
    'grain.txt': `Grain exports grow

Kazakhstan exported more grain to Europe this year, the ministry of agriculture reported. Traders expect prices to rise.
`,
  });

  it.each([
    'Which political analyst said that Weber had tried to use the grain deal as leverage?',
    'Who said that Weber had tried to use the grain deal as leverage?',
    'Ki mondta, hogy Weber a gabonaüzletet próbálta eszközként használni?',
    // («Melyik elemző», which analyst, asks a person: «elem», an item, asks for a list.)
    'Melyik elemző mondta, hogy Weber a gabonaüzletet próbálta eszközként használni?',
    // (A Kazakh verb of saying closes the question, after what was said.)
    'Қай саясаттанушы Вебер астық келісімін қысым құралы ретінде пайдаланбақ болды деп айтты?',
  ])('is answered with the one who spoke, not with a name in what they said: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Dana Serik');
  });

  it('is answered with an analyst the article titles so only where it first names her', async () => {
    expect((await ctx.engine.ask('Какой политолог говорил о плане Silk Corridor?')).lead).toBe('Dana Serik');
  });
});

describe('"which expert" of an article that titles its speaker a political analyst', () => {
  const ctx = useEngineOver({
    'analysts.txt': `Analysts on the rail deal

Political analyst Dana Serik noted that the deal strengthens the region.

"Beijing is actively promoting its Silk Corridor plan across the region," she said.
`,
    'grain.txt': 'Grain exports grow\n\nKazakhstan exported more grain to Europe this year, the ministry of agriculture reported.\n',
  });

  it('is answered with the analyst', async () => {
    const r = await ctx.engine.ask('Кой експерт говори за плана Silk Corridor?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Dana Serik/);
  });
});

// An article of our own that names its summit once, at the top, and tells its deals further down.
const FORUM = `Results of the Steppe summit

Following the Steppe summit 2+3, held in Almaty, Kazakhstan signed several agreements with foreign companies. Their total value is estimated at about 9 billion dollars.

Observers discussed the results with the correspondent.

One of the key results of the meeting was a partnership with Orion Foods worth 1.5 billion dollars. In the next five years 2,000 harvesters will be assembled.
`;

describe('"which summit" of a deal told below where the article names the summit', () => {
  const ctx = useEngineOver({ 'forum.txt': FORUM });

  it.each([
    'At which summit was the Orion Foods partnership concluded?',
    'На кой самит е сключено партньорството с Orion Foods?',
    'На каком саммите заключили партнёрство с Orion Foods?',
  ])('quotes the article\'s scene with the passage: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).toMatch(/Steppe summit 2\+3[^]*\[…\][^]*Orion Foods/);
  });

  it.each([
    ['How much is the Orion Foods partnership worth in euros?', 'en'],
    ['Сколько стоит партнёрство с Orion Foods в евро?', 'ru'],
    ['Mennyit ér euróban az Orion Foods-partnerség?', 'hu'],
  ])('does not give an amount in dollars for one asked in euros: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.answer).not.toMatch(/1[.,]5/);
  });

  it('reads "money" as no currency: the amount stated answers "how much money … how many billion dollars"', async () => {
    expect((await ctx.engine.ask('How much money is the Orion Foods partnership, how many billion dollars?')).lead).toMatch(/1\.5 billion/);
  });
});

// An article of our own: a maintenance centre at one airport, and a new flight whose airport it never names.
const AIRPORTS = `Steppe Air plans

Steppe Air plans a maintenance centre at its headquarters at Shymkent airport. Its new jets will serve a direct route between Kazakhstan and the United States.
`;

describe('"which airport"', () => {
  const ctx = useEngineOver({ 'airports.txt': AIRPORTS });

  it('is answered by the airport the sources name', async () => {
    expect((await ctx.engine.ask('At which airport does Steppe Air plan its maintenance centre?')).lead).toMatch(/Shymkent/);
  });

  it.each(['Which US airport will the new Steppe Air route fly to?', 'В какой аэропорт США будет летать новый рейс Steppe Air?'])(
    'is not stated when they name none, a country being no airport: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(false);
    },
  );
});

describe('a sentence that points back, over one article', () => {
  // An article of our own whose answer sentence says "these wagons" of the ones the sentence before names.
  const WAGONS = `Nortec talks

On Monday minister Berg discussed with Nortec the delivery of Nortec N400 wagons to Kazakhstan, expected in 2027. These wagons will be used by Orion Rail to open a new freight link between the two countries.

The ministry also discussed grain exports with other partners and thanked the organisers of the forum.
`;
  const ctx = useEngineOver({ 'wagons.txt': WAGONS });

  it('is read with the sentence it points back to, which names what it speaks of', async () => {
    expect((await ctx.engine.ask('Which wagon model will Orion Rail use?')).answer).toMatch(/N400/);
  });
});

const PARTNERSHIP = `Tractor deal

Among the results of the visit was a strategic partnership agreement with the company Orlan Motors worth $1 billion. In the next five years 500 tractors will be assembled at the Steppe Machine plant.
`;

describe('a sentence that names no one of the kind asked, over one article', () => {
  const ctx = useEngineOver({ 'tractors.txt': PARTNERSHIP });

  it.each(['Which company will assemble tractors at the Steppe Machine plant?', 'Коя компания ще сглобява трактори в завода Steppe Machine?'])(
    'goes on with whom its paragraph has just named: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/Orlan Motors/);
    },
  );

  it.each(['What is the tractor deal worth?', 'Колко струва сделката за тракторите?'])('and with the figure of the deal it tells: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/1 billion|1 млрд/);
  });

  it.each(['How much did Orlan Motors tractors cost farmers last year?', 'How much will the Steppe Machine plant pay for Orlan Motors parts?'])(
    'but not with a figure beside no word of what the question says it is of, only the name: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answered).toBe(false);
    },
  );
});

// Articles of our own: a partnership told in one sentence and what it makes in the next, beside another company's deal.
const PARTNER_THEN_PRODUCT = `Tractor partnership

One of the key results of the meeting was a strategic partnership agreement with Orlan Motors worth $1 billion. In the next five years 500 tractors will be produced at the base of JSC Steppe Works.
`;
const OTHER_DEAL = `Rail deal

During the visit Kazakhstan signed agreements with the American company Railco worth $4 billion, the agency reports.
`;

describe('a company asked for by words two sentences hold between them', () => {
  const ctx = useEngineOver({ 'tractors.txt': PARTNER_THEN_PRODUCT, 'rail.txt': OTHER_DEAL });

  it.each([
    'Which company did Kazakhstan sign a strategic partnership agreement with on tractors?',
    'С какой компанией Казахстан заключил соглашение о стратегическом партнерстве по тракторам?',
    'С коя компания Казахстан сключи споразумение за стратегическо партньорство за трактори?',
    'Melyik céggel kötött Kazahsztán stratégiai partnerségi megállapodást traktorokról?',
    'Қазақстан тракторлар бойынша қай компаниямен стратегиялық серіктестік туралы келісім жасады?',
  ])('is the partner the first names, quoted with what the second makes, not a deal with every word but one: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations[0]?.file).toBe('tractors.txt');
    expect(r.answer).toMatch(/Orlan Motors[^]*500 tractors/);
    expect(r.answer).not.toMatch(/Railco/);
  });

  it('is still the one the sentence holding the question names, when it names one', async () => {
    expect((await ctx.engine.ask('Which company will produce the tractors?')).answer).toMatch(/Steppe/);
  });
});

// Articles of our own: a holding named by one word with a capital inside, and two airlines, one of them set aside.
// (Only the airline's headquarters are told.)
const HOLDING = `Tractor plant

In the next five years 500 tractors will be assembled at the base of JSC SteppeMotorHolding.
`;
const AIRLINES = `Airlines buy jets

Air Orda ordered six long-haul jets from the American planemaker. The airline Sky Steppe also plans to buy more American jets.

The headquarters of the Kazakh airline Sky Steppe are in the city of Taraz.
`;

describe('a kind of company a name says it is', () => {
  const ctx = useEngineOver({ 'tractors.txt': HOLDING, 'airlines.txt': AIRLINES });

  it.each([
    'At the base of which holding will the tractors be assembled?',
    'На базе какого холдинга будут собирать тракторы?',
    'Melyik holding bázisán szerelik össze a traktorokat?',
    'Тракторлар қай холдингтің базасында құрастырылады?',
  ])('is the one its last part names so, written with a capital inside: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/SteppeMotorHolding/);
  });

  it('is no sense of that name in a question, which asks for that company alone', async () => {
    expect((await ctx.engine.ask('In which Kazakh city are the headquarters of SteppeMotorHolding?')).answer).not.toMatch(/Taraz/);
  });

  it.each([
    'Besides the flagship carrier, which airline plans to buy more jets?',
    'Какая ещё авиакомпания, помимо флагманской, планирует купить самолёты?',
    'Освен флагманския превозвач, коя авиокомпания иска да купи още самолети?',
    'Флагмандық тасымалдаушыдан басқа қай әуе компаниясы тағы ұшақ сатып алмақ?',
    'A zászlóshajó légitársaságon kívül melyik légitársaság tervez további repülőgépeket vásárolni?',
  ])('is the one the word before it names so, whatever the asker sets aside in words the sources never use: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/Sky Steppe/);
  });
});

const ROUTES = `Orlan Air orders

Orlan Air ordered four Boeing 787 Dreamliners. The airline will use the aircraft for a direct transatlantic connection between the two countries.
`;

describe('a which-question whose noun the sources never use, in the field of the question\'s other words', () => {
  const ctx = useEngineOver({ 'air.txt': ROUTES });

  it.each(['Для каких рейсов Orlan Air будет использовать Dreamliner?', 'За какви полети Orlan Air ще използва самолетите Dreamliner?'])(
    'is answered by the passage that tells it in its own words: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.citations[0]?.quote).toMatch(/transatlantic/u);
    },
  );

  it('while a noun of another field is still something they never mention', async () => {
    expect((await ctx.engine.ask('Which films will Orlan Air show on the Dreamliners?')).answered).toBe(false);
  });
});
