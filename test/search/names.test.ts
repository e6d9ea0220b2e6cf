import { describe, expect, it } from 'vitest';
import { retrieverOver } from '../support/lexical-retriever.js';

const CORPUS: Array<[string, 'en' | 'ru']> = [
  ['Соглашение с John Deere подписано в столице.', 'ru'],
  ['Делегация Kessler Moor прибыла в Астану.', 'ru'],
  ['The door of the plant stayed open.', 'en'],
  ['Парк Air Karaganda обновят к 2030 году.', 'ru'],
  ['Вагоны поставит компания Nortec.', 'ru'],
  ['Стивен Шварцман встретился с министром.', 'ru'],
  ['The airline will buy more Draeling jets.', 'en'],
  ['Клинику построит Ashmore Group.', 'ru'],
];

describe('names written in another script', () => {
  it('read the short second word of a two-word name by its consonants, right after the first', () => {
    const retriever = retrieverOver(CORPUS);
    for (const question of ['Джон Дир', 'джон дир', 'Джон Дийр']) {
      const [, second] = retriever.analyse(question, 'ru');
      expect(second!.status, question).toBe('seen');
      expect(second!.keys, question).toContain('s:dr');
    }
    const [, moor] = retriever.analyse('кесслер мур', 'ru');
    expect(moor!.status).toBe('seen');
  });

  it.each([
    ['kk', 'Джон Дирдің тракторлары'],
    ['kk', 'Джон Дирмен келісім'],
    ['ru', 'сделка с Джон Диром'],
  ] as const)('read the short second word of a two-word name in a case form too (%s «%s»)', (lang, question) => {
    const retriever = retrieverOver(CORPUS);
    const second = retriever.analyse(question, lang).find((t) => /^дир/u.test(t.word))!;
    expect(second.status).toBe('seen');
    expect(second.keys).toContain('s:dr');
  });

  it('do not read a short word as a name alone, or after a name the corpus never writes it with', () => {
    const retriever = retrieverOver(CORPUS);
    expect(retriever.analyse('дир', 'ru')[0]!.status).not.toBe('seen');
    // «Кесслер Дир»: both are corpus names, never written together.
    expect(retriever.analyse('Кесслер Дир', 'ru')[1]!.keys).not.toContain('s:dr');
  });

  it('read the short first word of a name a letter away from the corpus\'s, only before the word it is written with', () => {
    const retriever = retrieverOver(CORPUS);
    const [air] = retriever.analyse('Эйр Караганда', 'ru');
    expect(air!.status).toBe('seen');
    expect(air!.keys).toContain('w:air');
    expect(retriever.analyse('Эйр Мур', 'ru')[0]!.status).not.toBe('seen');
  });

  it('read a short Latin name the corpus writes as it is, in a Hungarian question, by that name only (no «metal» for «Meta»)', () => {
    const retriever = retrieverOver([['Ранее Вице-президент Meta и Токаев обсудили ИИ.', 'ru'], ['Инвесторы интересуются редкоземельными metals.', 'ru']]);
    const [meta] = retriever.analyse('A Meta alelnöke', 'hu');
    expect(meta!.status).toBe('seen');
    expect(meta!.keys).toContain('w:meta');
    expect(meta!.keys).not.toContain('w:metal');
  });

  it('read a Latin name in a Hungarian case form by its own spelling, not by Hungarian letters («Norteckel»)', () => {
    const retriever = retrieverOver(CORPUS);
    for (const question of ['a Norteckel kötött szerződés', 'a Nortectől rendelt vagonok']) {
      const name = retriever.analyse(question, 'hu').find((t) => /^nortec/.test(t.word));
      expect(name!.status, question).toBe('seen');
    }
  });

  it('read a German "sch" and "z" as «ш» and «ц», and a first name by its consonants before the surname', () => {
    const retriever = retrieverOver(CORPUS);
    const [first, surname] = retriever.analyse('Who is Stephen Schwarzman?', 'en');
    expect(surname!.status).toBe('seen');
    expect(first!.status).toBe('seen');
    // Another first name with the same surname is someone else.
    expect(retriever.analyse('Who is Ivan Schwarzman?', 'en')[0]!.status).not.toBe('seen');
  });

  it('read a first name in a Hungarian question by English letters, as the surname is («Stephen» is no «Штефен»)', () => {
    const retriever = retrieverOver(CORPUS);
    const tokens = retriever.analyse('Ki az a Stephen Schwarzman?', 'hu');
    expect(tokens.find((t) => t.word === 'schwarzman')!.status).toBe('seen');
    expect(tokens.find((t) => t.word === 'stephen')!.status).toBe('seen');
    expect(retriever.analyse('Ki az a Ivan Schwarzman?', 'hu').find((t) => t.word === 'ivan')!.status).not.toBe('seen');
  });

  it('read a Latin name typed in lowercase in a Hungarian question by its own spelling («nortec», whose "c" is no «ц»)', () => {
    const retriever = retrieverOver(CORPUS);
    const name = retriever.analyse('a nortec szerződés összege', 'hu').find((t) => t.word === 'nortec');
    expect(name!.status).toBe('seen');
  });

  it('read a Latin name in a Russian or Bulgarian case form by the consonants of its stem («Дралингов», «Дралинги» ~ "Draeling")', () => {
    const retriever = retrieverOver(CORPUS);
    for (const [question, lang] of [['Сколько Дралингов купят?', 'ru'], ['Колко Дралинги ще купят?', 'bg']] as const) {
      const name = retriever.analyse(question, lang).find((t) => t.word.startsWith('дралинг'));
      expect(name!.status, question).toBe('seen');
    }
  });

  it('read a lowercase word that spells a four-consonant corpus name in another script as that name («эшмор» ~ "Ashmore")', () => {
    const retriever = retrieverOver(CORPUS);
    const name = retriever.analyse('как будет называться клиника эшмор', 'ru').find((t) => t.word === 'эшмор');
    expect(name!.status).toBe('seen');
  });

  it('read a Latin spelling of a Cyrillic name opening the question as a name ("Kalijev szerint…" of «Калиев»)', () => {
    const retriever = retrieverOver([...CORPUS, ['Политолог Арман Калиев считает, что сделка выгодна.', 'ru']]);
    for (const [question, lang] of [['Kalijev szerint mit kell tenni?', 'hu'], ['Kaliev says what?', 'en']] as const) {
      const [name] = retriever.analyse(question, lang);
      expect(name!.named, question).toBe(true);
      expect(name!.status, question).toBe('seen');
    }
    // (A common word opening a question is none.)
    const [plain] = retriever.analyse('Parkolni lehet?', 'hu');
    expect(plain!.named).toBe(false);
  });

  it('read a Cyrillic name romanised the Hungarian way in another language\'s question as that name ("Nagaszpajev", "Kalijev")', () => {
    const retriever = retrieverOver([...CORPUS, ['Политолог Арман Калиев считает, что сделка выгодна. Министр Ерсайын Нагаспаев подписал меморандум. Казахстан становится центром притяжения капитала.', 'ru']]);
    for (const [question, word] of [['What did Nagaszpajev sign?', 'nagaszpajev'], ['What does Kalijev think?', 'kalijev'], ['Что думает Kalijev?', 'kalijev']] as const) {
      const name = retriever.analyse(question, question.startsWith('Что') ? 'ru' : 'en').find((t) => t.word === word);
      expect(name!.status, question).toBe('seen');
    }
    // (A name without those letters is read as spelled: "Centrus" is no «центр».)
    const absent = retriever.analyse('What did Centrus sign?', 'en').find((t) => t.word === 'centrus');
    expect(absent!.status).toBe('unknownName');
  });

  it('take a name one letter away from a corpus name as its spelling («Джон» ~ "John")', () => {
    const retriever = retrieverOver(CORPUS);
    const [john] = retriever.analyse('Джон', 'ru');
    expect(john!.status).toBe('seen');
  });
});

describe('a short name written in another script, in lowercase', () => {
  // A Latin name of three consonants; and «САЩ», which «същият» ("the same") is a letter longer than.
  const retriever = retrieverOver([
    ['The airline ordered Doeing jets from the US.', 'en'],
    ['САЩ ще доставят вагони.', 'bg'],
  ]);

  it.each([
    ['ru', 'кто из доинга говорил с министром', 'доинга', 's:dng'],
    ['ru', 'когда прилетят доинги', 'доинги', 's:dng'],
    ['kk', 'доингтің басшысы кім', 'доингтің', 's:dng'],
  ] as const)('is read by its stem a letter from the corpus spelling (%s «%s»)', (lang, question, word, key) => {
    const token = retriever.analyse(question, lang).find((t) => t.word === word)!;
    expect(token.status).toBe('seen');
    expect(token.keys).toContain(key);
  });

  it('is no inflection of another word the corpus writes: «същият» is not «САЩ»', () => {
    const token = retriever.analyse('същият представител', 'bg').find((t) => t.word === 'същият')!;
    expect(token.named).toBe(false);
  });
});

describe('a name with a case ending', () => {
  // The corpus writes the name only in Russian; the questions add a Hungarian or a Kazakh case ending to it.
  const retriever = retrieverOver([['Министр Петренков обсудил развитие связи.', 'ru']]);

  it('is known by the consonants of its stem', () => {
    const [hu] = retriever.analyse('Ki tárgyalt Petrenkovval?', 'hu').filter((t) => t.named);
    expect(hu!.keys).toContain('s:ptrnkv');
    const [kk] = retriever.analyse('Министр Петренковпен кездесті', 'kk').filter((t) => t.named);
    expect(kk!.keys).toContain('s:ptrnkv');
  });
});

describe('English words in a Cyrillic question', () => {
  const retriever = retrieverOver([['Меморандум предполагает обмен технологиями и создание цепочек поставок.', 'ru'], ['The memorandum covers technology and supply chains.', 'en']]);

  it('are words, not names, beside an English word the lexicon knows («technology sharing»)', () => {
    const sharing = retriever.analyse('Предвижда ли меморандумът technology sharing?', 'bg').find((t) => t.word === 'sharing')!;
    expect(sharing.status).not.toBe('unknownName');
  });

  it('while a lowercase brand alone is still a name the sources never mention', () => {
    const tesla = retriever.analyse('Подписал ли Казахстан что-то с tesla?', 'ru').find((t) => t.word === 'tesla')!;
    expect(tesla.status).toBe('unknownName');
  });
});

describe('a name opening a question with a case ending', () => {
  const retriever = retrieverOver([
    ['Брандт заявил о помощи региону.', 'ru'],
    ['Brandt szerint kilenc ország több mint 7 milliárd dollárt adott.', 'hu'],
  ]);

  it.each([
    ['kk', 'Брандттың сөзінше, тоғыз ел қанша қаржы бөлген?'],
    ['ru', 'Брандтом было сказано, сколько дали девять стран?'],
  ] as const)('is known by the consonants of its stem, as written in another script: %s «%s»', (lang, question) => {
    expect(retriever.analyse(question, lang)[0]!.keys).toContain('s:brndt');
  });
});
