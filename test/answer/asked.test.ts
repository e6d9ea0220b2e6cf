import { describe, expect, it } from 'vitest';
import { askedFor } from '../../src/answer/engine.js';
import { retrieverOver } from '../support/lexical-retriever.js';

describe('two questions in one message', () => {
  const retriever = retrieverOver([['Orion Foods signed a partnership worth $90 million. In five years 3,000 units of farm machinery will be assembled.', 'en']]);

  it("judges the first by its own sentence: the second one's words are another part's", () => {
    const question = 'How much is the Orion Foods partnership worth? How many units of farm machinery will be assembled in five years?';
    const asked = askedFor(question, 'en', retriever.analyse(question, 'en'));
    expect(asked.kind).toBe('money');
    expect(asked.more?.map((m) => m.kind)).toEqual(['count']);
    expect(asked.otherParts?.map((t) => t.word)).toEqual(expect.arrayContaining(['assembled', 'five']));
    expect(asked.otherParts?.map((t) => t.word)).not.toContain('partnership');
  });
});

describe('how much of a plant is localised', () => {
  const retriever = retrieverOver([['The localisation of the Nortec plant has reached 45%. Nortec invested 230 million dollars in it.', 'en']]);

  it.each([
    ['How much is the localization at the Nortec plant?', 'en', 'percent'],
    ['Колко е локализацията в завода на Nortec?', 'bg', 'percent'],
    ['How much did Nortec invest in localization?', 'en', 'money'],
  ] as const)('%s asks for a share unless money is paid: %s', (question, lang, kind) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).toBe(kind);
  });
});

describe('a count of billions', () => {
  const retriever = retrieverOver([['Orion Foods signed a partnership worth $2.5 billion to assemble 3,000 machines.', 'en']]);

  it.each([
    ['How many billion is the Orion Foods partnership worth?', 'en'],
    ['orion foods deal how many bn $', 'en'],
    ['Сколько миллиардов стоит партнёрство с Orion Foods?', 'ru'],
    ['Hány milliárd dollár az Orion Foods-partnerség?', 'hu'],
  ] as const)('is an amount of money: %s', (question, lang) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).toBe('money');
  });

  it('while a count of thousands of things counts the things', () => {
    const question = 'How many thousand machines will Orion Foods assemble?';
    expect(askedFor(question, 'en', retriever.analyse(question, 'en')).kind).toBe('count');
  });
});

describe('a question asking a name', () => {
  const retriever = retrieverOver([['The vice president of Orvel, Anna Kovac, spoke with the minister about the plant.', 'en']]);

  it.each([
    ['как зовут вице-президента Orvel, с которым говорил министр', 'ru'],
    ['What is the name of the Orvel vice president the minister spoke with?', 'en'],
  ] as const)('asks for a person when it names a role, even one someone spoke with: %s', (question, lang) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).toBe('person');
  });
});

describe('whose role a question asks for', () => {
  const retriever = retrieverOver([['The vice president of Orvel, Anna Kovac, spoke with the minister about the plant.', 'en']]);

  it.each([
    ['Orvel-дің вице-президентінің аты-жөні кім?', 'kk'],
    ['What is the name of the Orvel vice president?', 'en'],
  ] as const)('is the name before the role, past a Kazakh ending after a hyphen: %s', (question, lang) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).roleOf?.map((t) => t.word)).toEqual(['orvel']);
  });

  it('is no name before a dash, where the question opens anew («…with the minister — which vice president?»)', () => {
    const question = 'Orvel talks with the minister Kovac — which vice president?';
    expect(askedFor(question, 'en', retriever.analyse(question, 'en')).roleOf?.map((t) => t.word)).toEqual([]);
  });

  it('is the name before a Kazakh phrase for the company in the accusative, the phrase read as one («Orvel *әуе компаниясын* кім басқарады?»)', () => {
    const question = 'Orvel әуе компаниясын кім басқарады?';
    expect(askedFor(question, 'kk', retriever.analyse(question, 'kk')).roleOf?.map((t) => t.word)).toEqual(['orvel']);
  });

  it('is no name after an English auxiliary, which opens a clause ("which head of the company *did* Kovac meet?")', () => {
    const question = 'Which vice president of the company did Kovac meet?';
    expect(askedFor(question, 'en', retriever.analyse(question, 'en')).roleOf?.map((t) => t.word)).toEqual([]);
  });

  const russian = retrieverOver([['Токаев встретился в Астане с государственным секретарем Орвела Анной Ковач.', 'ru']]);

  it('is, in Russian, a name after the role in the genitive, not the subject that follows it', () => {
    const owner = (question: string) => askedFor(question, 'ru', russian.analyse(question, 'ru')).roleOf?.map((t) => t.word);
    expect(owner('С каким госсекретарём Орвела встречался Токаев?')).toEqual(['орвела']);
    expect(owner('С каким госсекретарём Токаев встречался в Астане?')).toEqual([]);
  });
});

describe('a short Latin name typed in lowercase', () => {
  const retriever = retrieverOver([['Ранее вице-президент Orva и министр обсудили развитие ИИ.', 'ru']]);

  it('is the name the corpus writes opening a Hungarian keyword query, though the stemmer would cut it («Orva alelnök neve?»)', () => {
    const question = 'Orva alelnök neve?';
    expect(askedFor(question, 'hu', retriever.analyse(question, 'hu')).roleOf?.map((t) => t.word)).toEqual(['orva']);
  });

  it('is the name the corpus writes, though two consonants are too few to know it by', () => {
    const question = 'whats the name of the orva vice president who talked AI with the minister';
    expect(askedFor(question, 'en', retriever.analyse(question, 'en')).roleOf?.map((t) => t.word)).toEqual(['orva']);
  });
});

describe('who speaks', () => {
  const retriever = retrieverOver([['The Nortec Group plans to build a clinic with the help of Orion Health, Ola Berg said.', 'en'], ['Ola Berg mentioned the clinic.', 'en']]);

  it.each([
    ['What did Ola Berg say about the clinic?', 'berg'],
    // (A company's executive named right after the title: the one titled speaks, not the company.)
    ['What did Nortec CEO Ola Berg say about the clinic?', 'berg'],
    ['The article mentions Ola Berg. With whose help will the clinic be built?', undefined],
    ['For the briefing note: what is Ola Berg planning?', undefined],
    ['The Nortec Group clinic was among the deals Ola Berg announced. What will the clinic be called?', undefined],
  ] as const)('is the one a verb of saying in the question tells of, not an article that mentions them, a label, nor a remark before it: %s', (question, speaker) => {
    expect(askedFor(question, 'en', retriever.analyse(question, 'en')).speaker?.word).toBe(speaker);
  });

  const hungarian = retrieverOver([['A Nortec Group klinikát épít az Orion Health segítségével, nyilatkozta Berg Ola szakértő.', 'hu']]);

  it('is no one for a description, which asks who one is, not what they said («Milyen szakértőként nyilatkozott Berg Ola…»)', () => {
    const question = 'Milyen szakértőként nyilatkozott Berg Ola a Nortecnek?';
    const asked = askedFor(question, 'hu', hungarian.analyse(question, 'hu'));
    expect([asked.kind, asked.speaker, asked.spokenOf]).toEqual(['description', undefined, undefined]);
  });

  const russian = retrieverOver([['Ола Берг встретилась с Анной Ковач и рассказала о клинике.', 'ru']]);

  it('is one person of a first name and a surname, not the one spoken to after them («Что сказала Ола Берг Ковач…»)', () => {
    const question = 'Что сказала Ола Берг Ковач о клинике?';
    expect(askedFor(question, 'ru', russian.analyse(question, 'ru')).speaker?.word).toBe('берг');
  });
});

describe('the kind of answer a message asks for', () => {
  const retriever = retrieverOver([['Orion Foods signed a partnership worth $90 million.', 'en']]);

  it.each([
    ['I gather Orion Foods struck some sort of partnership. How much is it worth?', 'en'],
    ['Я слышал, Orion Foods заключила какое-то партнёрство. Сколько оно стоит?', 'ru'],
  ] as const)('is named in the sentence that asks, not in a remark before it: %s', (question, lang) => {
    const asked = askedFor(question, lang, retriever.analyse(question, lang));
    expect(asked.kind).toBe('money');
    expect(asked.answerType?.every((t) => t.sentence === 1)).toBe(true);
  });
});

describe('the parties of a deal', () => {
  const retriever = retrieverOver([['The agriculture ministry and Orion Foods signed a partnership agreement worth $90 million.', 'en']]);

  it.each([
    ['Between whom was the $90 million agreement signed?', 'en'],
    ['Между кем заключено соглашение на 90 млн долларов?', 'ru'],
    ['Kik között jött létre a 90 millió dolláros megállapodás?', 'hu'],
    ['90 миллион долларлық келісім кім мен кім арасында жасалды?', 'kk'],
  ] as const)('are asked "between whom" as "with whom": organisations as well as people: %s', (question, lang) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).toBe('organisation');
  });
});

describe('who talked with someone', () => {
  const retriever = retrieverOver([['The minister talked with Maria Olsen, vice president of Nortec, about new wagons.', 'en']]);

  it.each([
    ['Кой от Nortec е говорил с министъра?', 'bg'],
    ['Кто из Nortec говорил с министром?', 'ru'],
  ] as const)('asks who, though a verb of saying and a name stand in it: %s', (question, lang) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).toBe('person');
  });

  it('while what a named person said asks what', () => {
    expect(askedFor('Какво е говорил Олсен за вагоните?', 'bg', retriever.analyse('Какво е говорил Олсен за вагоните?', 'bg')).kind).toBe('other');
  });
});

describe('a deal counted in a currency', () => {
  const retriever = retrieverOver([['Соглашение с Nortec на сумму 180 миллионов долларов (152 миллиона евро) подписано в Астане. Nortec поставит 300 вагонов.', 'ru']]);
  const kind = (question: string, lang: 'ru' | 'en' | 'bg' | 'kk') => askedFor(question, lang, retriever.analyse(question, lang)).kind;

  it.each([
    ['Сколько сделка с Nortec в евро?', 'ru'],
    ['Колко милиарда долара е споразумението с Nortec?', 'bg'],
  ] as const)('asks its amount: %s', (question, lang) => {
    expect(kind(question, lang)).toBe('money');
  });

  it('while things counted beside a currency are a count ("how many wagons for 180 million dollars?")', () => {
    expect(kind('How many wagons will Nortec deliver for 180 million dollars?', 'en')).toBe('count');
  });

  it.each([
    ['I read Nortec signed deals worth 180 million dollars to deliver freight wagons. How many wagons will it deliver?', 'en'],
    ['Nortec 180 миллион долларлық келісімдер бойынша жүк вагондарын жеткізеді екен. Барлығы қанша вагон жеткізіледі?', 'kk'],
  ] as const)('counts the things asked for though the message named them before, in another form, beside a currency: %s', (question, lang) => {
    expect(kind(question, lang)).toBe('count');
  });
});

describe('a year-like figure a yes/no question gives', () => {
  const retriever = retrieverOver([['Since 2011 the Nortec wagon plant in Pavlodar has employed 1500 workers.', 'en']]);
  const kind = (question: string, lang: 'en' | 'ru' | 'bg' | 'kk' | 'hu') => askedFor(question, lang, retriever.analyse(question, lang)).kind;

  it.each([
    ['Is it true the Nortec plant employs about 2000 workers?', 'en'],
    ['Около 2000 души ли работят в завода на Nortec?', 'bg'],
    ['Правда ли, что на заводе Nortec работают 2000 человек?', 'ru'],
    ['Nortec зауытында 2000 адам жұмыс істейді ме?', 'kk'],
  ] as const)('counts what follows it: %s', (question, lang) => {
    expect(kind(question, lang)).toBe('count');
  });

  it.each([
    ['Has the Nortec plant worked since 2012?', 'en'],
    ['Nortec зауыты 2012 жылдан бері жұмыс істей ме?', 'kk'],
    ['Igaz, hogy a Nortec-gyár 2012 második felében nyílt meg?', 'hu'],
  ] as const)('is a year before a word of time or none: %s', (question, lang) => {
    expect(kind(question, lang)).toBe('date');
  });
});

describe('a yes/no question read as a count with nothing counted', () => {
  const retriever = retrieverOver([['С 2009 года в Павлодаре работает вагоносборочный завод Nortec. Завод выпустил более 600 вагонов.', 'ru']]);

  it('claims a count of what follows its figure', () => {
    const question = 'На заводе Nortec работает больше тысячи человек?';
    const asked = askedFor(question, 'ru', retriever.analyse(question, 'ru'));
    expect(asked.kind).toBe('count');
    expect(asked.counted?.map((t) => t.word)).toEqual(['человек']);
  });
});

// «Как се казва концепцията, за която говори политологът…»: the name of a thing the question's noun names, not of a
// person, though a role (the analyst) stands in the question; "what is the name of Orion's head?" still asks a person.
describe('the name of a thing a role speaks of', () => {
  const retriever = retrieverOver([['"Китай продвигает концепцию "Зелёный путь"", — отметил политолог Ерлан Сапаров. Главой Orion является Иван Орлов.', 'ru']]);

  it.each([
    ['Как се казва китайската концепция, за която говори политологът Сапаров?', 'bg'],
    ['Как называется китайская концепция, о которой говорит политолог Сапаров?', 'ru'],
  ] as const)('is no person asked: %s', (question, lang) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).not.toBe('person');
  });

  it.each([
    ['Как зовут главу Orion?', 'ru'],
    ['What is the name of the Kazakh agriculture minister who signed the Orion agreement?', 'en'],
    ['which orion vp did the minister talk to? name pls', 'en'],
  ] as const)('while the name of a role\'s holder is, past a word that qualifies the role: %s', (question, lang) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).toBe('person');
  });
});

// «Olvastam, hogy … mozdony-összeszerelő üzemet… Hány mozdonyt gyártott?»: the message holds one token per concept, so
// a counted noun it said before its question is found by the token of that concept.
describe('a counted noun the message already said before its question', () => {
  const retriever = retrieverOver([['Since its launch the Nortec plant in Pavlodar has produced more than 450 wagons.', 'en']]);

  it.each([
    ['I read that Nortec runs a wagon assembly plant in Pavlodar. How many wagons has the plant produced?', 'en', 'wagons'],
    ['Olvastam, hogy a Nortec vagon-összeszerelő üzemet működtet Pavlodarban. Hány vagont gyártott az üzem?', 'hu', 'vagont'],
    ['Я читал, что у Nortec в Павлодаре завод по сборке вагонов. Сколько вагонов выпустил завод?', 'ru', 'вагонов'],
  ] as const)('is what is counted, in the words the question asks it with: %s', (question, lang, word) => {
    const asked = askedFor(question, lang, retriever.analyse(question, lang));
    expect(asked.kind).toBe('count');
    expect(asked.counted?.map((t) => t.word)).toEqual([word]);
  });
});

// «…изначальной причиной *вашингтонской* поездки?»: a city's adjective names the trip by it; the yes/no question claims the
// reason, not where (a claim of where is placed: «в Вашингтоне», «Washingtonban»).
describe('a yes/no question naming a thing by its city', () => {
  const retriever = retrieverOver([
    ['Изначальной причиной поездки президента Ерлана Сапарова в США стало учредительное заседание Совета мира в Вашингтоне.', 'ru'],
    ['В Нью-Йорке в четверг Сапаров встретился с американскими компаниями.', 'ru'],
  ]);

  it.each([
    ['Было ли заседание Совета мира изначальной причиной вашингтонской поездки Сапарова?', 'ru', 'other'],
    ['A Béketanács ülése volt Szaparov washingtoni útjának eredeti oka?', 'hu', 'other'],
    ['Сапаров встретился с компаниями в Вашингтоне?', 'ru', 'place'],
  ] as const)('%s', (question, lang, kind) => {
    expect(askedFor(question, lang, retriever.analyse(question, lang)).kind).toBe(kind);
  });
});

// «Melyik politológus…, és mekkora a John Deere-rel *kötött* partnerség értéke?»: the deal signed is the later clause's;
// the first asks one analyst, not every signer.
describe('a word of signing in the later clause', () => {
  const retriever = retrieverOver([['Политолог Канат Оспанов прокомментировал сделку. Соглашение с John Deere подписано на 2,5 млрд долларов.', 'ru']]);

  it('asks for one person in the first', () => {
    const question = 'Melyik politológus nyilatkozott a megállapodásról, és mekkora a John Deere-rel kötött partnerség értéke?';
    expect(askedFor(question, 'hu', retriever.analyse(question, 'hu')).wantsAll).toBe(false);
    const signers = 'Ki írta alá a John Deere-rel kötött megállapodást?';
    expect(askedFor(signers, 'hu', retriever.analyse(signers, 'hu')).wantsAll).toBe(true);
  });
});
