import { describe, expect, it } from 'vitest';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// Articles of our own: one names a company's head; another names a vice president of one company and not of another.
const NORTEC = `Nortec in Astana

The chief executive of Nortec, Anna Berg, visited Astana on Monday and met the transport minister.
`;
const TALKS = `Talks in Astana

Tokayev met Orion Foods vice president Jan Novak and discussed grain exports with him.

Earlier, a vice president of Kestrel and Tokayev discussed bread exports, the office said.
`;

describe('a question asking for a name', () => {
  const ctx = useEngineOver({ 'nortec.txt': NORTEC, 'talks.txt': TALKS });

  it.each([
    "What's the full name of Nortec's boss?",
    'Как зовут главу Nortec?',
    'Как е името на шефа на Nortec?',
    'Mi a neve a Nortec vezetőjének?',
    'Nortec басшысының аты-жөні қандай?',
  ])('is answered by the name, which the source gives without saying it is one: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/Anna Berg/);
  });

  it.each([
    'What is the name of the Orion Foods vice president Tokayev met?',
    'Orion Foods вице-президентінің аты-жөні кім?',
  ])('asks for the one holding the role it names, at the company that owns it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Jan Novak/);
  });

  it.each([
    'What is the name of the Kestrel vice president Tokayev talked to?',
    'Тоқаевпен сөйлескен Kestrel вице-президентінің аты-жөні кім?',
    // (The word for what the name is may stand between it and the role.)
    'Тоқаевпен сөйлескен Kestrel компаниясының вице-президентінің аты-жөні кім?',
    // (Tokayev, joined to the role by "and", is someone else.)
    'Who is the vice president of Kestrel?',
  ])('is not answered by someone holding the role elsewhere: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });

  // A role owned by a name written before it ("Kestrel's", «a Kestrel alelnöke»), or asked by a verb right after "who".
  it.each([
    "Who is Kestrel's vice president?",
    "Who's the Kestrel vice president?",
    'Ki a Kestrel alelnöke?',
    'Кто вице-президент Kestrel?',
    'Who heads Kestrel?',
    'Кто возглавляет Kestrel?',
    'Кой ръководи Kestrel?',
    'Ki vezeti a Kestrelt?',
  ])('is not stated when no passage gives the role at the company the question names: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.related?.length).toBeGreaterThan(0);
  });

  it.each([
    "Who is Orion Foods' vice president?",
    'Ki az Orion Foods alelnöke?',
    'Кто вице-президент Orion Foods?',
    'Who heads Nortec?',
    'Кто возглавляет Nortec?',
    'Ki vezeti a Nortecet?',
  ])('is answered by the holder of the role at that company: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Jan Novak|Anna Berg/);
  });

});

// An article of our own: a company's centre, its head named further down, and someone else's appointment.
const CENTRE = `Kestrel in Karaganda

In 2023 Kestrel opened a training and repair centre in Karaganda.

President Tokayev congratulated Ivan Petrov on his appointment as ambassador to India, saying that the government of Kazakhstan would support his mission.
`;
const CENTRE_HEAD = '\nThe head of the Kestrel centre, Dana Serik, said that 200 engineers would be trained there.\n';
// A role and its owner a long phrase apart: «ръководи *учебния и ремонтен център на* Kestrel».
const HEAD_OF_CENTRE = [
  'Who will head the training and repair centre of Kestrel in Kazakhstan?',
  'Кой ще ръководи учебния и ремонтен център на Kestrel в Казахстан?',
  'Кто руководит учебным и ремонтным центром Kestrel?',
];

describe('"who heads" a company\'s centre', () => {
  const without = useEngineOver({ 'centre.txt': CENTRE });
  const named = useEngineOver({ 'centre.txt': CENTRE + CENTRE_HEAD });

  it.each(HEAD_OF_CENTRE)('is not answered by someone with another role: %s', async (question) => {
    expect((await without.engine.ask(question)).answered).toBe(false);
  });

  it.each(HEAD_OF_CENTRE)('is answered by the head of that centre: %s', async (question) => {
    expect((await named.engine.ask(question)).lead).toMatch(/Dana Serik/);
  });
});

// Talks where the company's executive and a minister both take part.
const GRAIN_TALKS = `Grain talks in Astana

In the presence of the trade minister Pavel Dobos, Tokayev held talks with Orion Foods vice president Jan Novak on grain exports.
`;

describe('"who represented" a company', () => {
  const ctx = useEngineOver({ 'grain.txt': GRAIN_TALKS });

  it.each([
    'Who represented Orion Foods at the talks with Tokayev?',
    'Кто представлял Orion Foods на переговорах с Токаевым?',
    'Кой представляваше Orion Foods на разговорите с Токаев?',
    'Ki képviselte az Orion Foodst a Tokajevvel folytatott tárgyaláson?',
  ])('asks for anyone speaking for the company, its executives too: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Jan Novak/);
  });
});

// A minister titled once, then named alone where he thanks the akim.
const VISIT = `Minister visits Almaty

The Norwegian minister of fisheries Ola Berg arrived in Almaty on Monday and met the akim of the region.

Berg thanked the akim for the choice of Nordwind Rail as the supplier of wagons for the region.
`;

describe('a role the question names ("the fisheries minister")', () => {
  const ctx = useEngineOver({ 'visit.txt': VISIT });

  it('is asked about after a label that names a note, which says nothing of anyone speaking', async () => {
    const r = await ctx.engine.ask('For the briefing note: what did Berg thank the akim for?');
    expect(r.answered).toBe(true);
    expect(r.answer).toMatch(/Nordwind Rail/);
  });

  it.each(['Who thanked the akim for choosing Nordwind Rail?', 'Ki köszönte meg az akimnak a Nordwind Rail választását?'])(
    'is the surname a sentence opens with, of someone the article named in full: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.lead).toMatch(/Berg/);
      expect(r.citations[0]?.quote).toMatch(/^Berg thanked/);
    },
  );

  it('stands for the person the article titles so, where it names him alone', async () => {
    const r = await ctx.engine.ask('За что министр рыболовства поблагодарил акима?');
    expect(r.citations[0]?.quote).toMatch(/^Berg thanked the akim/);
  });
});

// («…Чокси вроде бы? Как его полное имя?», "…Ospanov — what was his first name?": the full name of one the question gives
// by surname is the answer, though it names him; not where another is asked for ("whom did Tokayev meet…, name and surname?").
describe('the full name of one named by surname', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Делегацию в сентябре возглавлял вице-президент торговой палаты, Чокси вроде бы? Как его полное имя?', /Хуш Чокси/u],
    ['A political scientist talked about the Air Astana fleet, Ospanov I believe. What is his full name?', /Канат Оспанов/u],
  ])('is answered with it: %s', async (question, expected) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(expected);
  });

  it('not where the question asks for someone else', async () => {
    expect((await ctx.engine.ask('Whom from Boeing did Tokayev meet? His full name?')).lead ?? '').not.toMatch(/Tokajev|Токаев/u);
  });
});

describe('the surname of one named by first name', () => {
  // An article of our own: an analyst named in full once, then by surname.
  const ANALYST = `Analysts on the visit

Political scientist Arman Seitkali said the visit opened a new stage. According to Seitkali, the deals matter most for transport.
`;
  const ctx = useEngineOver({ 'analyst.txt': ANALYST });

  it.each([
    'What is the surname of the political scientist Arman?',
    'Какая фамилия у политолога Армана?',
    'Политологът Арман говори за визитата. Каква е фамилията му?',
    'Mi Arman politológus vezetékneve?',
    'Саясаттанушы Арманның тегі кім?',
  ])('is answered with the name: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/Seitkali/u);
  });
});
