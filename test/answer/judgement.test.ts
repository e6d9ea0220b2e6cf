import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Two articles of our own: one reports a signing that names the minister; the other quotes her view over two sentences.
const SIGNING = `Kazakhstan signs grain deal

In the presence of trade minister Dana Sadykova, Orion Foods signed a grain export deal worth $50 million, the agency reports.
`;
const THANKS = `Sadykova thanks Orion

Sadykova thanked Orion Foods for choosing Kazakhstan for the grain export deal.

“I think this is excellent and will be a fine start for our joint work. We value this highly,” the minister said.
`;

describe('how someone judged something, over two articles', () => {
  const ctx = useEngineOver({ 'signing.txt': SIGNING, 'thanks.txt': THANKS });

  it.each([
    'How did minister Sadykova assess the Orion Foods grain deal?',
    'Hogyan értékelte Sadykova miniszter az Orion Foods gabonaszerződést?',
    'Как министр Sadykova оценила сделку с Orion Foods?',
  ])('is answered by her own quoted words, from where the quotation opens: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations[0]?.file).toBe('thanks.txt');
    expect(r.citations[0]?.quote).toMatch(/I think this is excellent/);
  });
});

// An article of our own that dates a plant's start and counts its output.
const PLANT = `Orion Foods in Taraz

Since 2012 Orion Foods has run a tractor plant in Taraz. Since its launch the plant has made more than 900 tractors.

The new training programme of the plant will run for five years.
`;

describe('how long something has lasted, over one article', () => {
  const ctx = useEngineOver({ 'plant.txt': PLANT });

  it.each([
    ['how long has Orion Foods had its plant in Taraz', /2012/],
    ['Hány éve működik az Orion Foods tarazi üzeme?', /2012/],
    ['Сколько лет работает завод Orion Foods?', /2012/],
    ['Колко години работи заводът на Orion Foods?', /2012/],
  ])('is answered by since when, when no span is stated, not by another count: %s', async (question, fact) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.lead ?? r.answer).toMatch(fact);
    expect(r.lead ?? '').not.toMatch(/900/);
  });

  it.each([
    'How long will the training programme run?',
    'How much time will the training programme of the plant take?',
    'Mennyi ideig tart a gyár képzési programja?',
    'Сколько времени продлится программа обучения на заводе?',
  ])('is a span of time when one is stated: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).toMatch(/five years/);
    expect(r.lead).toBe('5');
  });
});

// Two articles of our own: a minister's quote introduced by a sentence that names the president after him; the
// president's own words in the other.
const OFFER = `Reed offers copper investments

Trade minister Jonathan Reed offered President Omarov joint investments in copper.

“The chance to work together and grow the economies of both countries is key for our trade relations,” he said at the meeting with Omarov.
`;
const RECEPTION = `Omarov receives Reed

Omarov received Reed in Astana on Monday.

As Omarov stressed, Kazakhstan is a key economic partner of the US in the region.
`;

describe('whose a quotation is, over two articles', () => {
  const ctx = useEngineOver({ 'offer.txt': OFFER, 'reception.txt': RECEPTION });

  it.each([
    'What did Omarov stress about the role of Kazakhstan in economic relations with the US when he received Reed?',
    'Mit hangsúlyozott Omarov Kazahsztán szerepéről az USA-val való gazdasági kapcsolatokban, amikor Reedet fogadta?',
  ])('is the speaker its introduction names first, not the one spoken to: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).toMatch(/key economic partner/);
    expect(r.citations.map((c) => c.file)).toEqual(['reception.txt']);
  });
});

// An article of our own in which an analyst says which of two needs the other more, and names someone else.
const SOKOLOV = `Sokolov on Europe

Analyst Boris Sokolov commented on the summit.

“Earlier Donald Reed tried to use Turkey against China. Now the region is in a position where Europe needs it more than it needs Europe,” the analyst said.
`;

describe('which of two the question names, over one article', () => {
  const ctx = useEngineOver({ 'sokolov.txt': SOKOLOV });

  it.each([
    'According to Sokolov, who needs whom more: Europe the region, or the other way round?',
    'Според Соколов кой има по-голяма нужда от другия – Европа от региона или обратното?',
  ])('is answered by the passage that says which, not by a name it holds: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Europe needs it more/);
  });
});

// An article of our own: what a contract is worth, and what its documents provide for besides.
const CONTRACT = `Nortec signs rail deal

Kazakhstan will buy 200 wagons from Nortec under a contract worth $900 million, the ministry said.

As the ministry writes, the documents provide for the delivery of 200 wagons and their servicing.

A memorandum on copper was signed as well.
`;

describe('a figure and, in a later clause, what else something includes', () => {
  const ctx = useEngineOver({ 'contract.txt': CONTRACT });

  it('is answered in both parts', async () => {
    const r = await ctx.engine.ask('Mennyit ér a Nortec-szerződés, és a vagonok szállításán kívül mit tartalmaz még?');
    expect(r.lead).toMatch(/900/);
    expect(r.answer).toMatch(/servicing/);
  });

  it('is not answered by the list alone when the figure is not stated', async () => {
    expect((await ctx.engine.ask('What is the copper memorandum worth, and which deposits does it include?')).answered).toBe(false);
  });
});

// An article of our own in which a photo credit stands between whom the president received and what he told him.
const RECEPTION_KOLBIN = `Колбин в Астане

Министр встретился с прессой в Астане в понедельник.

Кроме того, Токаев принял Джонатана Колбина, специального посланника США по Центральной Азии.

Фото: Акорда

Президент поздравил Колбина с назначением послом США в Индии.
`;
const TALKS_BELLAMY = `Переговоры

Токаев встретился с министром торговли Омаром Беллами в Нью-Йорке, который предложил ему совместные инвестиции.
`;

describe('whom someone received and, in a later clause, what they told them', () => {
  const ctx = useEngineOver({ 'kolbin.txt': RECEPTION_KOLBIN, 'talks.txt': TALKS_BELLAMY });

  it.each(['Kit fogadott Tokajev, és mihez gratulált neki?', 'Кого принял Токаев и с чем его поздравил?'])(
    'reads on past a photo credit to the answer of the later clause, and never quotes the credit: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.lead).toMatch(/Колбин/);
      expect(r.answer).toMatch(/назначением/);
      expect(r.answer).not.toMatch(/Фото/);
    },
  );
});

// An article of our own: what the asker already knows was discussed, and what else was.
const BOEING_TALKS = `Talks with Boeing

Tokayev discussed the delivery of Boeing aircraft with Boeing vice president Jan Novakowski in Washington.

Novakowski also talked about freight options and the training of aviation staff.
`;

describe('who someone talked to and, besides what the asker knows, what else they discussed', () => {
  const ctx = useEngineOver({ 'boeing.txt': BOEING_TALKS });

  it.each([
    'С кем из руководства Boeing разговаривал Токаев и какие темы, кроме поставки самолетов, там обсуждались?',
    'Kivel tárgyalt Tokajev a Boeingtől, és a repülőgépek szállításán kívül milyen témák kerültek szóba?',
  ])('names the person and quotes what else, not only what the asker knows: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/Novakowski/);
    expect(r.answer).toMatch(/training of aviation staff/);
  });
});

// An article of our own: one invited and only reported on, one who answered an offer herself.
const INVITATION = `Nortec invited to Kazakhstan

The press office reported that the president had met Nortec chief executive Maria Olsen. Olsen was invited to build a repair depot in Karaganda.

Trade minister Dana Sadykova thanked Nortec for the offer of new wagons.
`;

describe('how someone responded, over one article', () => {
  const ctx = useEngineOver({ 'invitation.txt': INVITATION });

  it.each([
    'How did Maria Olsen respond to the invitation to build a depot in Karaganda?',
    'Как Мария Олсен ответила на приглашение построить депо в Караганде?',
    'Hogyan reagált Maria Olsen a karagandai depó építésére szóló meghívásra?',
  ])('is not stated when she is only spoken of, inside what another reported: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
  });

  it('is what she said or did when she answered herself', async () => {
    const r = await ctx.engine.ask('How did minister Sadykova react to the offer of new wagons?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/thanked/);
  });
});

// Articles of our own: one congratulates a new envoy and says what the congratulating side will do; one has her answer.
const CONGRATULATED = `Envoy congratulated

The president congratulated Maria Olsen on her appointment as envoy to Kazakhstan, noting that the government would fully support her mission.
`;
const ANSWERED = `Envoy answers

Olsen thanked the president for the congratulations and said that the first trade mission would come in May.
`;

describe('how someone responded to what was done to them', () => {
  const asked = [
    'How did Maria Olsen respond to the president’s congratulations on her appointment?',
    'Что ответила Мария Олсен на поздравления президента с назначением?',
    'Какво отговори Мария Олсен на поздравленията на президента?',
    'Hogyan reagált Maria Olsen az elnök gratulációjára?',
  ];
  const congratulatedOnly = useEngineOver({ 'congratulated.txt': CONGRATULATED });
  it.each(asked)('is not stated by the act she answers, whose doer speaks in it: %s', async (question) => {
    const r = await congratulatedOnly.engine.ask(question);
    expect(r.answered).toBe(false);
  });

  const withAnswer = useEngineOver({ 'congratulated.txt': CONGRATULATED, 'answered.txt': ANSWERED });
  it.each(asked)('is her own answer where a source has it: %s', async (question) => {
    const r = await withAnswer.engine.ask(question);
    expect(r.citations[0]?.file).toBe('answered.txt');
    expect(r.answer).toMatch(/trade mission/);
  });
});

// An article of our own: a promise made in a speech, then another speaker's quotation that names her where it closes.
const FORUM = `Governor at the forum

The forum of regions opened in Taraz on Monday. In his speech, governor Arman Sadykov promised new funds for rebuilding the city's schools.

"We will invest in roads first," said minister Dana Orlova at the same forum.
`;

describe('what someone promised in a speech', () => {
  const ctx = useEngineOver({ 'forum.txt': FORUM });

  it.each([
    'What did Sadykov promise in his speech at the forum?',
    'Mit ígért Sadykov a fórumon mondott beszédében?',
    'Что пообещал Садыков в своей речи на форуме?',
    'Садықов форумдағы сөзінде не уәде етті?',
    'Какво обеща Садиков в речта си на форума?',
  ])('is what he promised, said in the speech, not a quotation another speaker closes with her name: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations[0]?.quote).toMatch(/promised new funds/);
  });

  it('is hers when asked of her', async () => {
    expect((await ctx.engine.ask('What did Orlova say at the forum?')).citations[0]?.quote).toMatch(/roads first/);
  });
});

describe('what someone said in a speech, told with no verb of saying', () => {
  const ctx = useEngineOver({ 'forum.txt': FORUM.split('\n\n"')[0]! });

  it.each(['What did Sadykov say in his speech at the forum?', 'Mit ígért Sadykov a fórumon mondott beszédében?', 'Что Садыков сказал в своей речи на форуме?'])(
    'is what the speech held, a promise being said: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).citations[0]?.quote).toMatch(/promised new funds/);
    },
  );
});
