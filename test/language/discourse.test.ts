import { describe, expect, it } from 'vitest';
import { addsToWhatWasSaid, askerClauses, asksRatio, asksSomething, asksWhatReallyIs, choiceOptions, framingSpans, isHypothetical, doubtedOptions, namedAsCompany, namesInsteadOf, negatedNames, offersAnotherOne, pointsBack, refersToSpeaker, saysInEnglish, sideWords, talksWith, withoutFraming } from '../../src/language/discourse.js';
import type { Lang } from '../../src/language/lang.js';
import { tokenize } from '../../src/language/tokenize.js';

describe('a ratio asked', () => {
  it.each(['How many times bigger is the port?', 'Во сколько раз порт больше?', 'Во сколько примерно раз порт больше?', 'Колко точно пъти е по-голям?', 'Hányszor nagyobb a kikötő?'])('with a hedge inside or none: %s', (text) => {
    expect(asksRatio(text)).toBe(true);
  });

  it.each(['Во сколько обошёлся порт?', 'Колко пари струва?'])('not in a question of one amount: %s', (text) => {
    expect(asksRatio(text)).toBe(false);
  });
});

describe('a message that asks what really is', () => {
  it.each([
    'Is it true that the plant is in Almaty? If not, where is it?',
    'Did they sign it in May? Otherwise, when?',
    'Завод в Алматы? Если нет, то где?',
    'Правда ли, что завод в Алматы? А если это не так, где он?',
    'Заводът в Алмати ли е? Ако не, къде е?',
    'Az üzem Almatiban van? Ha nem, hol?',
    'Зауыт Алматыда ма? Болмаса, қайда?',
    'Зауыт Алматыда ма? Егер жоқ болса, қайда?',
    'Зауыт Алматыда ма? Әйтпесе қайда?',
    'Did they really sign it in May?',
  ])('by a correction or a doubt: %s', (text) => {
    expect(asksWhatReallyIs(text)).toBe(true);
  });

  it.each([
    'Where is the plant, if I am not mistaken?',
    'Къде е заводът, ако не се лъжа?',
    'Mikor írták alá, ha nem tévedek?',
    'Where is the plant?',
    'Ha nem tévedek, mikor írták alá?',
    'Иначе говоря, сколько стоит сделка?',
    'Если нет данных о цене, какая сумма сделки?',
  ])('not by a hedge, nor by the words of a condition or a rephrasing: %s', (text) => {
    expect(asksWhatReallyIs(text)).toBe(false);
  });
});

describe('references back to a quoted speaker', () => {
  it.each([
    ['en', 'According to him, the region needs balance.'],
    ['en', 'The analyst noted that trade will grow.'],
    ['ru', 'По его словам, Казахстан должен сохранять баланс.'],
    ['ru', 'Как считает политолог, США заинтересованы в регионе.'],
    ['ru', '"Это важный шаг", — подчеркнул эксперт.'],
    ['bg', 'По думите му, регионът трябва да пази баланс.'],
    ['bg', 'Според експерта сделката е важна.'],
    ['hu', 'Szerinte a régiónak egyensúlyra van szüksége.'],
    ['hu', 'A politológus szerint ez fontos lépés.'],
    ['kk', 'Оның айтуынша, аймаққа тепе-теңдік керек.'],
    ['kk', 'Сарапшының пікірінше, бұл маңызды қадам.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(refersToSpeaker(text, lang)).toBe(true);
  });

  it.each([
    ['en', 'The plant will open in 2026.'],
    ['ru', 'Завод откроется в 2026 году.'],
    ['bg', 'Заводът ще отвори през 2026 г.'],
    ['hu', 'Az üzem 2026-ban nyílik meg.'],
    ['kk', 'Зауыт 2026 жылы ашылады.'],
  ] as const)('not a reference: %s: %s', (lang, text) => {
    expect(refersToSpeaker(text, lang)).toBe(false);
  });
});

describe('sentences that add to what was said', () => {
  it.each([
    ['en', 'He also discussed visas.'],
    ['ru', 'Он также обсудил визы.'],
    ['bg', 'Той обсъди също визите.'],
    ['hu', 'Shockey a képzésről is tárgyalt.'],
    ['kk', 'Ол сондай-ақ визаларды талқылады.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(addsToWhatWasSaid(text, lang)).toBe(true);
  });

  it('not in a sentence that adds nothing', () => {
    expect(addsToWhatWasSaid('Az üzem 2026-ban nyílik meg.', 'hu')).toBe(false);
    expect(addsToWhatWasSaid('Issues of trade were discussed.', 'en')).toBe(false);
  });
});

describe('the conditional mood', () => {
  it.each([
    ['en', 'What would a visit by the president mean?', true],
    ['en', 'What did the visit mean?', false],
    ['ru', 'Что значил бы визит президента США?', true],
    ['ru', 'Если такой визит состоится, это будет событием.', true],
    ['ru', 'Визит состоялся в ноябре.', false],
    ['bg', 'Какво би означавало посещение на президента?', true],
    ['bg', 'Посещението беше успешно.', false],
    ['hu', 'Mit jelentene, ha az elnök Kazahsztánba látogatna?', true],
    ['hu', 'Mit jelentett a látogatás?', false],
    ['kk', 'Егер президент Қазақстанға келсе, бұл нені білдірер еді?', true],
    ['kk', 'Президент Қазақстанға келді.', false],
    ['kk', 'Президент келсе, не өзгереді?', true],
    // «әсіресе», especially, ends like a conditional and is none.
    ['kk', 'Инвесторлар әсіресе неге қызығушылық танытты?', false],
    // "If we compare X with Y, …" sets two facts side by side and supposes nothing.
    ['en', 'If we compare it with the Boeing order, how big was the Wabtec deal?', false],
    ['ru', 'Если сравнить сделку с Wabtec с итогами саммита, во сколько оценивается общий объём?', false],
    ['bg', 'Ако сравним двете сделки, коя е по-голяма?', false],
    ['hu', 'Ha összevetjük a két üzletet, melyik volt nagyobb?', false],
    ['kk', 'Егер екі келісімді салыстырсақ, қайсысы ірі?', false],
    ['ru', 'Если сравнить, что было бы, приедь Трамп?', true],
  ] as const)('%s: %s → %s', (lang, text, expected) => {
    expect(isHypothetical(text, lang)).toBe(expected);
  });

  // A request's "would" ("Would you tell me…", "I would ask the ministry to state…") speaks of no maybe.
  it.each([
    ['en', 'I would ask the ministry to state the value of the deal.', false],
    ['en', 'Would you tell me when the plant opened?', false],
    ['en', 'Could you tell me what a visit would mean?', true],
    ['bg', 'Бихте ли ми казали кога е открит заводът?', false],
  ] as const)('without its framing: %s: %s → %s', (lang, text, expected) => {
    expect(isHypothetical(withoutFraming(text, lang), lang)).toBe(expected);
  });
});

describe('pointing back', () => {
  it.each([
    ['en', 'When did it start working?', true],
    ['ru', 'Сколько они вложили?', true],
    ['bg', 'Кога е открит той?', true],
    ['hu', 'Mikor nyílt meg ez?', true],
    ['kk', 'Ол қашан ашылды?', true],
    ['en', 'When did the plant open?', false],
    ['hu', 'Mikor nyílt meg az üzem?', false],
  ] as const)('%s «%s»: %s', (lang, sentence, expected) => {
    expect(pointsBack(sentence, lang)).toBe(expected);
  });
});

describe('saying and talking with', () => {
  it('tells words said from a conversation, in five languages', () => {
    expect(saysInEnglish('What did Rubio say about it?')).toBe(true);
    expect(saysInEnglish('Tell me about the plant')).toBe(false);
    for (const text of ['What did he talk with Quinn about?', 'О чём он говорил с министром?', 'За какво разговаря със Шоки?', 'Miről beszélt Tokajevvel?', 'Тоқаевпен не туралы сөйлесті?']) expect(talksWith(text), text).toBe(true);
    expect(talksWith('Что сказал министр?')).toBe(false);
    // (With whom before the verb: «с министром говорил».)
    expect(talksWith('О вагонах с министром говорил глава Nortec?')).toBe(true);
  });
});

describe('talksWith', () => {
  it.each([
    'Did Lutnick talk with Tokayev?',
    'О чём говорил Шоки с Токаевым?',
    'За какво друго е говорил Шоки от Boeing?',
    'Miről beszélt Shockey?',
    'Шоки Тоқаевпен не туралы айтты?',
    'What did Shockey talk about?',
    // "With whom / which … did he talk", the "with" far before the verb.
    'С коя американска институция Токаев е говорил за инвестиции?',
    'С кем из руководства компании говорил министр?',
    'With which US agency did Tokayev talk about mining?',
  ])('reads a conversation, not words quoted: %s', (question) => {
    expect(talksWith(question)).toBe(true);
  });

  it.each(['What did Lutnick say about the deal?', 'Что сказал Лутник о сделке?', 'Какво каза Лутник за сделката?'])('leaves words said to be quoted: %s', (question) => {
    expect(talksWith(question)).toBe(false);
  });
});

describe('namedAsCompany', () => {
  it('sees a name as whom someone was with, by a word before it or a case ending', () => {
    expect(namedAsCompany('What did Tokayev say in his talk with Gor?', 'Gor', 'en')).toBe(true);
    expect(namedAsCompany('Что сказал Токаев в беседе с Серджио Гором?', 'Гором', 'ru')).toBe(true);
    expect(namedAsCompany('Какво каза Токаев на срещата си с Гор?', 'Гор', 'bg')).toBe(true);
    expect(namedAsCompany('Mit mondott Tokajev a Gorral folytatott beszélgetésen?', 'Gorral', 'hu')).toBe(true);
    expect(namedAsCompany('Tokajevvel mit beszélt Gor?', 'Tokajevvel', 'hu')).toBe(true);
    expect(namedAsCompany('Гормен әңгімеде Тоқаев не деді?', 'Гормен', 'kk')).toBe(true);
  });

  it('not as who acted', () => {
    expect(namedAsCompany('What did Gor say to Tokayev?', 'Gor', 'en')).toBe(false);
    expect(namedAsCompany('Что сказал Токаев Гору?', 'Токаев', 'ru')).toBe(false);
    expect(namedAsCompany('Mit mondott Tokajev?', 'Tokajev', 'hu')).toBe(false);
    expect(namedAsCompany('Тоқаев не деді?', 'Тоқаев', 'kk')).toBe(false);
  });
});

describe('a sentence that asks with a full stop', () => {
  it.each([
    ['Please specify how many wagons are to be delivered.', 'en'],
    ['Просим уточнить, представители скольких компаний вошли в делегацию.', 'ru'],
    ['Моля, посочете каква е стойността на договора.', 'bg'],
    ['Kérem, tájékoztasson, hány mozdonyt szállítanak.', 'hu'],
    ['Меморандумға кім қол қойғанын көрсетуіңізді сұраймын.', 'kk'],
    ['Who signed the memorandum.', 'en'],
  ] as const)('asks: %s', (sentence, lang) => {
    expect(asksSomething(sentence, lang)).toBe(true);
  });

  it.each([
    ['I still remember when the plant in Astana opened.', 'en'],
    ['Готовлю хронологию торговых миссий в Казахстан.', 'ru'],
    ['Заранее благодарю.', 'ru'],
  ] as const)('while a statement does not, whatever conjunction it holds: %s', (sentence, lang) => {
    expect(asksSomething(sentence, lang)).toBe(false);
  });
});

describe('the words a message frames its question with', () => {
  const framing = (text: string, lang: Lang) => framingSpans(text, lang).map(([start, end]) => text.slice(start, end).trim().replace(/^[^\p{L}]+/u, ''));

  it.each([
    ['Could you tell me how much the deal is worth?', 'en', 'Could you tell'],
    ['quick q - who signed the memo?', 'en', 'quick q'],
    ['Would you happen to know when the plant opened?', 'en', 'Would you happen to know'],
    ['I read that Nortec opened a plant. Where is it?', 'en', 'I read'],
    ['Вы не подскажете, как зовут этого человека?', 'ru', 'подскажете'],
    ['Будьте так добры, напомните старику, кто это был.', 'ru', 'Будьте так добры'],
    ['Слышал, что Nortec открыл завод. Где он?', 'ru', 'Слышал'],
    ['Известно ли, когда откроется завод?', 'ru', 'Известно ли'],
    ['Известно ли е кога ще бъде открит заводът?', 'bg', 'Известно ли е'],
    ['Ще ми кажете ли в кой град се намира заводът?', 'bg', 'Ще ми кажете'],
    ['Четох някъде, че Nortec има завод. Къде е той?', 'bg', 'Четох някъде'],
    ['Meg tudná mondani, hol van az üzem?', 'hu', 'Meg tudná mondani'],
    ['Úgy tudom, a Nortecnek üzeme van. Hol van?', 'hu', 'Úgy tudom'],
    ['Зауыт қашан ашылғанын айтып бере аласыз ба?', 'kk', 'айтып бере аласыз'],
    ['Тоқаев кіммен кездескенін оқыдым. Ол кім?', 'kk', 'оқыдым'],
    ['I was told Nortec opened a plant. Where?', 'en', 'I was told'],
    ['Мне сказали, что Nortec открыл завод. Где?', 'ru', 'Мне сказали'],
    ['Казаха ми, че Nortec е открила завод. Къде?', 'bg', 'Казаха ми'],
    ['Azt mondták, hogy a Nortec üzemet nyitott. Hol?', 'hu', 'Azt mondták'],
    // Who passes a question on: its words of asking and passing on are the introduction's.
    ['Bergenből kérdezi Ola: hány vagon jön?', 'hu', 'Bergenből kérdezi Ola'],
    ['Бергеннен келген хабарламада былай делінген: вагон нешеу?', 'kk', 'Бергеннен келген хабарламада былай делінген'],
    // A formal request's opening, with the one it addresses.
    ['Could the department kindly clarify when the Nortec plant opened?', 'en', 'Could the department kindly clarify'],
    ['I would ask the competent authorities to state where the plant is.', 'en', 'I would ask the competent authorities to state'],
    ['I request clarification as to the city where the plant stands.', 'en', 'I request clarification as to'],
    ['Прошу предоставить информацию о том, где расположен завод.', 'ru', 'Прошу предоставить информацию о том'],
    ['Просим уточнить, когда открылся завод.', 'ru', 'Просим уточнить'],
    ['Моля да посочите кога е открит заводът.', 'bg', 'Моля да посочите'],
    ['Може ли ведомството да уточни къде е заводът?', 'bg', 'Може ли ведомството да уточни'],
    ['Kérem tájékoztatni, hogy hol található az üzem.', 'hu', 'Kérem tájékoztatni'],
    ['Tisztelettel érdeklődöm, mikor nyílt meg az üzem.', 'hu', 'Tisztelettel érdeklődöm'],
    ['Зауыттың қай қалада орналасқанын нақтылап беруіңізді сұраймын.', 'kk', 'нақтылап беруіңізді сұраймын'],
    // A letter's courtesies: its salutation, its thanks and closing, "I would be grateful if you could tell me".
    ['Dear Sir or Madam, when did the Nortec plant open? With kind regards.', 'en', 'Dear Sir or Madam'],
    ['Dear Editor, when did the Nortec plant open? With kind regards.', 'en', 'With kind regards'],
    ['I would be most grateful if you could tell me where the plant is.', 'en', 'I would be most grateful if you could tell me'],
    ['Where is the plant? Thank you kindly for your help.', 'en', 'Thank you kindly for your help'],
    ['Уважаемая редакция! Где находится завод? С уважением.', 'ru', 'Уважаемая редакция'],
    ['Где находится завод? Заранее благодарю.', 'ru', 'Заранее благодарю'],
    ['Уважаеми колеги, къде е заводът? С уважение.', 'bg', 'Уважаеми колеги'],
    ['Къде е заводът? Благодаря предварително.', 'bg', 'Благодаря предварително'],
    ['Tisztelt Uram! Hol van az üzem? Előre is köszönöm.', 'hu', 'Tisztelt Uram'],
    ['Tisztelt Uram! Hol van az üzem? Előre is köszönöm.', 'hu', 'Előre is köszönöm'],
    ['Құрметті әріптестер, зауыт қайда? Алдын ала рахмет.', 'kk', 'Құрметті әріптестер'],
    ['Сізден сұрауға рұқсат етіңіз: зауыт қайда орналасқан?', 'kk', 'Сізден сұрауға рұқсат етіңіз'],
    // How the asker wants the answer.
    ['When did the Nortec plant open? Just the year pls', 'en', 'Just the year pls'],
    ['Когда открылся завод Nortec? Только год', 'ru', 'Только год'],
    ['Mikor nyílt meg a Nortec üzeme? Csak az évet kérem', 'hu', 'Csak az évet kérem'],
    ['Nortec зауыты қашан ашылды? Тек жылын', 'kk', 'Тек жылын'],
    // A quiz's label.
    ['Quiz: how many wagons will Nortec build?', 'en', 'Quiz:'],
    ['Вопрос для викторины: сколько вагонов построит Nortec?', 'ru', 'Вопрос для викторины:'],
    ['Сұрақ 3: Nortec қанша вагон жасайды?', 'kk', 'Сұрақ 3:'],
    ['Kvízkérdés: hány vagont épít a Nortec?', 'hu', 'Kvízkérdés:'],
    ['Въпрос за викторина: колко вагона ще построи Nortec?', 'bg', 'Въпрос за викторина:'],
    // The degree a claim holds to, and the Kazakh verb of wanting: no thing the sources must name.
    ['Инвесторов Nortec в первую очередь интересует уран?', 'ru', 'в первую очередь'],
    ['A Nortec befektetőit főleg az urán érdekli?', 'hu', 'főleg'],
    ['Nortec уранға инвестиция салғысы келеді ме?', 'kk', 'келеді'],
  ] as Array<[string, Lang, string]>)('finds the framing of %s', (text, lang, words) => {
    expect(framing(text, lang)).toContain(words);
  });

  it.each([
    ['What did Lutnick tell Tokayev?', 'en'],
    ['Что сказал Лутник Токаеву?', 'ru'],
    ['Какво каза Лутник?', 'bg'],
    ['Mit mondott Lutnick Tokajevnek?', 'hu'],
    ['Лутник Тоқаевқа не айтты?', 'kk'],
    // (Nor what a ministry in the news was asked to do.)
    ['Which ministry was asked to clarify the deal?', 'en'],
    ['Какое министерство просило уточнить сумму?', 'ru'],
    // (Nor a question's own topic before a colon.)
    ['Вопрос о вагонах Nortec: сколько их будет?', 'ru'],
    // (Nor the thanks someone in the news gave.)
    ['What did the minister thank Berg for?', 'en'],
    ['За что министр сказал спасибо Бергу?', 'ru'],
    ['Министр Бергке не үшін рахмет айтты?', 'kk'],
    ['Mit köszönt meg a miniszter Bergnek?', 'hu'],
    // (Nor which comes first, asked: «какие… в первую очередь».)
    ['Какие месторождения в первую очередь будут разрабатывать?', 'ru'],
  ] as Array<[string, Lang]>)('but not what someone in the news said: %s', (text, lang) => {
    expect(framingSpans(text, lang)).toEqual([]);
  });
});

describe('tokenize', () => {
  it('reads a capital after an initial as a name, and one after a full stop as a sentence opening', () => {
    const named = (text: string, word: string) => tokenize(text).find((t) => t.word === word)?.named;
    expect(named('Did Tokayev meet J. D. Vance?', 'vance')).toBe(true);
    expect(named('He met them. Vance was not there.', 'vance')).toBe(false);
  });
});

describe('the clauses in which the asker says who or where they are', () => {
  it.each([
    ['Writing from Cape Town: what was the total?', 'en', 'Writing from Cape Town'],
    ['Живу в Хельсинки. Сколько вложил Nortec?', 'ru', 'Живу в Хельсинки'],
    ["I'm a farmer near Kostanay — how many tractors?", 'en', "I'm a farmer near Kostanay"],
    ['My cousin works in Chicago, when did the plant open?', 'en', 'My cousin works in Chicago'],
    ['Я медсестра в Алматы. Где построят клинику?', 'ru', 'Я медсестра в Алматы'],
    ['Пенсионерка съм, а синът ми живее в Чикаго. Кога?', 'bg', 'Пенсионерка съм'],
    ['Debrecenben élek, mikor nyílik az üzem?', 'hu', 'Debrecenben élek'],
    ['Қостанайда тұрамын, зауыт қашан ашылады?', 'kk', 'Қостанайда тұрамын'],
    // Family, friends and colleagues, and what they say.
    ['Әкем темір жолда істейді, зауыт қашан ашылды?', 'kk', 'Әкем темір жолда істейді'],
    ['Баща ми работи в железницата. Колко локомотива?', 'bg', 'Баща ми работи в железницата'],
    ['A nagybátyám a vasútnál dolgozik, hány mozdony jön?', 'hu', 'A nagybátyám a vasútnál dolgozik'],
    ['my neighbour keeps saying they buy trains. how many?', 'en', 'my neighbour keeps saying they buy trains'],
    // A question passed on, introduced before a colon: who asks, from where, how it came.
    ['A caller from Bergen, Ola, asks: how many wagons will Nortec build?', 'en', 'A caller from Bergen, Ola, asks'],
    ['Дорогие друзья, нам пишет Марат из Тараза: когда откроют завод?', 'ru', 'Дорогие друзья, нам пишет Марат из Тараза'],
    ['Слушател от Варна пита: колко вагона ще достави Nortec?', 'bg', 'Слушател от Варна пита'],
    ['Szegedi hallgatónk kérdezi: hány vagont gyárt a Nortec?', 'hu', 'Szegedi hallgatónk kérdezi'],
    ['Таразнан Марат аға хат жолдапты: зауыт қашан ашылады?', 'kk', 'Таразнан Марат аға хат жолдапты'],
    ['Вопрос из Бергена: сколько вагонов построят?', 'ru', 'Вопрос из Бергена'],
    // (Or before the question word its verb leads into.)
    ['A caller from Bergen wonders which company will build the wagons?', 'en', 'A caller from Bergen wonders'],
    ['Слушатель из Тромсё интересуется, сколько вагонов построят?', 'ru', 'Слушатель из Тромсё интересуется'],
  ] as Array<[string, Lang, string]>)('%s', (text, lang, clause) => {
    expect(askerClauses(text, lang)).toContain(clause);
  });

  it.each([
    ['Did Tesla open a plant in Leeds?', 'en'],
    ['Где Лутник встретился с Токаевым?', 'ru'],
    ['Mikor írták alá a megállapodást?', 'hu'],
    // («шешімін», his decision, ends like «жұмысшымын», I am a worker, but stands inside its clause.)
    ['Қазақстан бұл шешімін қашан жариялады?', 'kk'],
    // (A topic before a colon is what is asked about, not who asks.)
    ['Minerals memo: main directions?', 'en'],
    ['Who asks which deal is bigger?', 'en'],
    ['C5+1: összesen mennyi, ebből a Nortec mennyi?', 'hu'],
  ] as Array<[string, Lang]>)('none in: %s', (text, lang) => {
    expect(askerClauses(text, lang)).toEqual([]);
  });
});

describe('the options a choice offers', () => {
  it.each([
    ['Where is the plant, in Astana or in Tashkent?', 'en', [['astana'], ['tashkent']]],
    ['Who builds it — Cleveland Clinic or Mount Sinai?', 'en', [['cleveland', 'clinic'], ['mount', 'sinai']]],
    ['В Индии или Пакистане?', 'ru', [['индии'], ['пакистане']]],
    // (A name ends at a question mark: the next sentence's first word is none of it.)
    ['Astana or Tashkent? Who Knows', 'en', [['astana'], ['tashkent']]],
    ['Үндістан ба, әлде Пәкістан ба?', 'kk', [['үндістан'], ['пәкістан']]],
    // (A capitalised word is a name's, though a stopword list has it.)
    ['Was it signed with Wabtec or with General Electric?', 'en', [['wabtec'], ['general', 'electric']]],
    // (A name's parts may be joined by a hyphen.)
    ['В Нью-Йорке или в Бостоне?', 'ru', [['нью', 'йорке'], ['бостоне']]],
  ] as Array<[string, Lang, string[][]]>)('%s', (text, lang, options) => {
    expect(choiceOptions(text, lang)).toEqual(options);
  });
});

describe('a choice whose other option is any other one', () => {
  it.each([
    ['Who signed — Rubio or someone else?', 'en', true],
    ['Was it in Almaty, or somewhere else?', 'en', true],
    ['Это был Рубио или кто-то другой?', 'ru', true],
    ['В Алматы или в другом городе?', 'ru', true],
    ['Рубио ли беше, или някой друг?', 'bg', true],
    ['Rubio írta alá, vagy valaki más?', 'hu', true],
    ['Melyik cég — a Wabtec vagy egy másik?', 'hu', true],
    ['Алматыда ма, әлде басқа қалада ма?', 'kk', true],
    // (A choice between two named options, or "or not", offers no other one.)
    ['Who signed — Rubio or Lutnick?', 'en', false],
    ['Подписали или нет?', 'ru', false],
    ['Алматыда ма, әлде Астанада ма?', 'kk', false],
    ['Hány mozdony: 300 vagy 3000?', 'hu', false],
  ] as Array<[string, Lang, boolean]>)('%s', (text, lang, offers) => {
    expect(offersAnotherOne(text, lang)).toBe(offers);
  });
});

describe('the names a text rules out', () => {
  it.each([
    ['Which firm, Blackstone, not the Carlyle Group?', 'en', [['carlyle', 'group']]],
    ['Not Siemens but which company?', 'en', [['siemens']]],
    ['Кто подписал — Лутник, а не Рубио?', 'ru', [['рубио']]],
    ['С кем встречался Токаев, не с Ларри Финком?', 'ru', [['ларри', 'финком']]],
    ['Кой подписа, не Рубио?', 'bg', [['рубио']]],
    ['Melyik cég, nem a Siemens?', 'hu', [['siemens']]],
    ['Alstom емес, қай компания?', 'kk', [['alstom']]],
    // (Every name of a list it rules out.)
    ['Коя компания, а не Siemens или Alstom?', 'bg', [['siemens'], ['alstom']]],
    ['Melyik cég, nem a Siemens vagy az Alstom?', 'hu', [['siemens']]],
    // (A lowercase word after "not" is no name: "not yet", «не более».)
    ['Has it not been signed yet?', 'en', []],
    ['Не более трёхсот?', 'ru', []],
    ['Ол қол қойған жоқ па, әлде емес пе?', 'kk', []],
    // (Not a name the text speaks of elsewhere too: it asks about it.)
    ['Mennyivel volt drágább a Siemens ajánlata, és miért nem a Siemens nyerte el a szerződést?', 'hu', []],
    ['How much dearer was the Siemens offer, and why was it not Siemens that won?', 'en', []],
  ] as Array<[string, Lang, string[][]]>)('%s', (text, lang, names) => {
    expect(negatedNames(text, lang)).toEqual(names);
  });
});

describe('the options offered against any other one', () => {
  it.each([
    ['Who signed — Marco Rubio or someone else?', 'en', ['marco', 'rubio']],
    ['Рубио ма, әлде басқа біреу ме?', 'kk', ['рубио']],
    // (Not the other one's own words: it asks for a city.)
    ['Къде е заводът — в Алмати или в друг град?', 'bg', ['алмати']],
    // (The whole phrase back to the dash: a name and its title.)
    ['Who signed it — Chris Wright the energy secretary or someone else?', 'en', ['chris', 'wright', 'energy', 'secretary']],
    ['Who signed — Rubio or Lutnick?', 'en', []],
    // (Within the sentence: the claim before it is checked otherwise.)
    ['Igaz, hogy Rubio írta alá? Vagy valaki más?', 'hu', []],
  ] as Array<[string, Lang, string[]]>)('%s', (text, lang, words) => {
    expect(doubtedOptions(text, lang)).toEqual(words);
  });
});

describe('the side a question names', () => {
  it.each([
    ['Who signed on behalf of Nortec?', ['nortec']],
    ['Кто со стороны министерства подписал договор?', ['министерства', 'подписал']],
    ['Кто с казахстанской стороны заключил соглашение?', ['казахстанской']],
    ['Кто именно из министерства подписал?', ['министерства', 'подписал']],
    ['Кой подписа от името на Nortec?', ['nortec']],
    ['Ki írta alá a Nortec nevében?', ['a', 'nortec']],
    ['Ki írta alá kazah részről?', ['alá', 'kazah']],
    ['Nortec компаниясы атынан кім қол қойды?', ['nortec', 'компаниясы']],
  ])('%s', (question, side) => {
    expect(sideWords(question)).toEqual(side);
  });

  it('is none where no side is named', () => {
    expect(sideWords('Who signed the Nortec deal?')).toEqual([]);
    expect(sideWords('Кто подписал соглашение с Nortec?')).toEqual([]);
  });
});

describe('the names a question sets aside', () => {
  it.each([
    ['Which company, rather than Siemens or Alstom, got the contract?', 'en', [['siemens'], ['alstom']]],
    ['Which firm got it instead of the Carlyle Group?', 'en', [['carlyle', 'group']]],
    ['Какая компания вместо Siemens получила контракт?', 'ru', [['siemens']]],
    ['Коя компания получи договора вместо Alstom?', 'bg', [['alstom']]],
    ['Melyik cég kapta meg a szerződést a Siemens helyett?', 'hu', [['siemens']]],
    ['Siemens орнына қай компания келісім алды?', 'kk', [['siemens']]],
    ['Which company got the contract instead?', 'en', []],
  ] as Array<[string, Lang, string[][]]>)('%s', (text, lang, names) => {
    expect(namesInsteadOf(text, lang)).toEqual(names);
  });
});
