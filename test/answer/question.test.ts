import { describe, expect, it } from 'vitest';
import { besidesWords, eventsCompared, isFollowUp, isYesNoQuestion, QUESTION_KINDS, referenceWords, sourceWords, understandQuestion, type QuestionIntent } from '../../src/answer/question.js';
import { LANGS } from '../../src/language/lang.js';
import { tokenize } from '../../src/language/tokenize.js';
import { loadQuestionTable, type QuestionCase } from '../support/question-table.js';

const table = loadQuestionTable();

/** Every way the intent can disagree with a row of the table; empty when it agrees. */
function disagreements(row: QuestionCase, got: QuestionIntent): string[] {
  const problems: string[] = [];
  if (got.kind !== row.kind) problems.push(`kind ${got.kind} (cue "${got.cue ?? ''}")`);
  if (row.focus && !got.focus?.words.some((w) => w.toLowerCase() === row.focus!.toLowerCase())) problems.push(`focus ${JSON.stringify(got.focus?.words ?? [])}`);
  if (row.all && !got.wantsAll) problems.push('wantsAll false');
  if (row.number !== undefined && !got.numberWords.some((n) => n.value === row.number)) problems.push(`no number word ${row.number}`);
  if (row.also && !got.also.includes(row.also)) problems.push(`also [${got.also.join(', ')}]`);
  return problems;
}

describe('the question table', () => {
  it('has at least 15 phrasings of every kind in every language', () => {
    for (const lang of LANGS) {
      for (const kind of QUESTION_KINDS) {
        const n = table.filter((r) => r.lang === lang && r.kind === kind).length;
        expect(n, `${lang} ${kind}`).toBeGreaterThanOrEqual(15);
      }
    }
  });
});

describe('understandQuestion', () => {
  // One test per language and kind, listing every phrasing it gets wrong (a thousand single-row tests cost seconds).
  for (const lang of LANGS) {
    describe(lang, () => {
      for (const kind of QUESTION_KINDS) {
        it(`reads ${kind} questions`, () => {
          const wrong = table
            .filter((r) => r.lang === lang && r.kind === kind && !r.miss)
            .map((r) => ({ line: r.line, question: r.question, problems: disagreements(r, understandQuestion(r.question, r.lang)) }))
            .filter((r) => r.problems.length);
          expect(wrong).toEqual([]);
        });
      }
      // A known miss stays in the table; when it starts passing, this fails and the mark should go.
      for (const row of table.filter((r) => r.lang === lang && r.miss)) {
        it(`still misses (line ${row.line}): ${row.question}`, () => {
          expect(disagreements(row, understandQuestion(row.question, row.lang))).not.toEqual([]);
        });
      }
    });
  }

  it('reads an English "who" between commas after a name as relating, and one closing the sentence as asking', () => {
    expect(understandQuestion('Maria Lind, who led the trade mission, is chair of which association?', 'en').kind).toBe('organisation');
    expect(understandQuestion('Daniel Brecht, who heads Orlan Motors, was born in which city?', 'en').kind).toBe('place');
    expect(understandQuestion('The minister met Maria Lind, who is she?', 'en').kind).not.toBe('organisation');
  });

  it('reads "do" before its subject as the auxiliary, no action asked ("In what timeframe do experts expect…")', () => {
    expect(understandQuestion('In what timeframe do experts expect the plant to open?', 'en').kind).toBe('date');
    expect(understandQuestion('What year do analysts expect the first deliveries?', 'en').kind).toBe('date');
    expect(understandQuestion('What was the Nortec CEO invited to do?', 'en').kind).toBe('other');
    expect(understandQuestion('What will they do in Astana?', 'en').kind).toBe('other');
  });

  it('reads "together" after how-much as no thing counted, so a verb of giving asks an amount', () => {
    expect(understandQuestion('Сколько вместе дали страны на помощь региону?', 'ru').kind).toBe('money');
    expect(understandQuestion('Колко заедно дадоха държавите за региона?', 'bg').kind).toBe('money');
    expect(understandQuestion('Сколько локомотивов вместе дали заводы?', 'ru').kind).toBe('count');
  });

  it('reads the noun an English compound or an adjective qualifies as what a name is asked of', () => {
    expect(understandQuestion('What is the name of the American investment firm?', 'en').kind).toBe('organisation');
    expect(understandQuestion('What is the name of the Swiss investment bank?', 'en').kind).toBe('organisation');
    expect(understandQuestion('Mi a neve a befektetési cégnek?', 'hu').kind).toBe('organisation');
    expect(understandQuestion('What is the investment value of the new plant?', 'en').kind).toBe('money');
    expect(understandQuestion('What is the total investment?', 'en').kind).toBe('money');
  });

  it('reads an English "who" or "whom" right after a noun, before a later question word, as relating', () => {
    expect(understandQuestion('The envoy whom the president congratulated was made ambassador to which country?', 'en').kind).toBe('place');
    expect(understandQuestion('The company who makes the engines is based in which city?', 'en').kind).toBe('place');
    expect(understandQuestion('Who signed the memorandum?', 'en').kind).toBe('person');
  });

  it('reads a question word after "and" and a phrase of a preposition as a part of its own', () => {
    expect(understandQuestion('Кой министър говори за сделката и от зависимост от кои страни искат да предпазят региона?', 'bg').more).toHaveLength(1);
    expect(understandQuestion('Who signed the deal, and on the development of which sector did they focus?', 'en').more).toHaveLength(1);
  });

  it('reads the words after a besides-phrase as the later question\'s own, where no comma sets that question off', () => {
    expect(understandQuestion('Where did the ministers meet and in which field, besides ports, did Norland offer to cooperate?', 'en').laterClause).toContain('norland');
    expect(understandQuestion('Где встретились министры и в какой сфере, кроме портов, Норланд предложил сотрудничать?', 'ru').laterClause).toContain('норланд');
    expect(understandQuestion('In what year, and which half of it, are the planes expected?', 'en').laterClause).not.toContain('planes');
  });

  it('reads a how-much standing alone as asked of the sentence before it', () => {
    expect(understandQuestion('Страны региона скинулись на помощь соседям. Сколько на самом деле?', 'ru').kind).toBe('money');
    expect(understandQuestion('Соседи дали региону что-то. Сколько там было?', 'ru').kind).toBe('money');
    expect(understandQuestion('Завод выпустил тепловозы. Сколько?', 'ru').kind).toBe('count');
    expect(understandQuestion('Страны региона скинулись на помощь соседям. Сколько тепловозов?', 'ru').kind).toBe('count');
  });

  it('reads a question word after an imperative of telling as what is asked («Кажи ми колко…», «Разкажи ми кой…»)', () => {
    expect(understandQuestion('Кажи ми колко пари ще вложи Норланд в пристанището.', 'bg').kind).toBe('money');
    expect(understandQuestion('Разкажи ми кой подписа договора за пристанището.', 'bg').kind).toBe('person');
    expect(understandQuestion('Расскажи мне, кто подписал договор о порте.', 'ru').kind).toBe('person');
    expect(understandQuestion('Mondd meg nekem, mennyit fektet be a Norland.', 'hu').kind).toBe('money');
    // (With no question word after it, the request is for a description still.)
    expect(understandQuestion('Расскажи о сделке с Норландом.', 'ru').kind).toBe('description');
  });

  it('reads a "which" ending its sentence as asked of the noun before it («А стоимость сделки какая?»)', () => {
    expect(understandQuestion('А стоимость сделки с Норландом какая?', 'ru').kind).toBe('money');
    expect(understandQuestion('А цената на сделката с Норланд каква е?', 'bg').kind).toBe('money');
    // (Not where the question word comes after its noun anyway, nor before more words: «…во что-то другое?».)
    expect(understandQuestion('Ал Осло қаласында министр кездескен елшінің тегі қандай?', 'kk').kind).not.toBe('place');
    expect(understandQuestion('Министр предложил вложиться в нефть или во что-то другое?', 'ru').kind).not.toBe('money');
  });

  it('reads "what about X" as naming a topic, and the question word after it as asking', () => {
    expect(understandQuestion('What about the Norland ferries — when do they arrive?', 'en').kind).toBe('date');
    expect(understandQuestion('А что насчёт паромов Норланда — когда они придут?', 'ru').kind).toBe('date');
    expect(understandQuestion('És mi a helyzet a Norland kompjaival, mikor érkeznek?', 'hu').kind).toBe('date');
  });

  it('reads a Russian plural "which" as asking of its first noun, not of a noun of a class after it', () => {
    expect(understandQuestion('Какие объекты министру Норланда предложили построить?', 'ru').kind).toBe('list');
    expect(understandQuestion('Какие американские компании подписали договоры?', 'ru').kind).toBe('organisation');
  });

  it('reads a hedge inside a question phrase as leaving it whole («Во сколько примерно раз…»)', () => {
    expect(understandQuestion('Во сколько примерно раз новый порт больше старого?', 'ru').kind).toBe('count');
  });

  it('reads a post held as being what the post names («Кто занимал пост посла…?», "Who holds the post of…?")', () => {
    expect(understandQuestion('Кто занимал пост посла Норланда в Осло?', 'ru').focus?.words).toContain('посла');
    expect(understandQuestion('Who holds the post of ambassador to Norland?', 'en').focus?.words).toContain('ambassador');
  });

  it('reads a Hungarian "how big" of a word of support as an amount («Mekkora támogatást…»)', () => {
    expect(understandQuestion('Mekkora támogatást ígért a Norland a kikötőnek?', 'hu').kind).toBe('money');
  });

  it('reads the same "which city" asked again by a clause of words of its own as a part of its own', () => {
    expect(understandQuestion('In which city did Reed offer investments, and in which city was the port contract signed?', 'en').more).toEqual([expect.objectContaining({ kind: 'place' })]);
    expect(understandQuestion('В каком году открылся порт и в каком году открыли терминал?', 'ru').more).toEqual([expect.objectContaining({ kind: 'date' })]);
  });

  it('reads the traps of issue 10 by their words, not their letters', () => {
    expect(understandQuestion('Сколько дата-центров построят в Казахстане?', 'ru').kind).toBe('count');
    expect(understandQuestion('Что пообещал Трамп, когда встречался с Токаевым?', 'ru').kind).toBe('other');
    expect(understandQuestion('Колко общо струват локомотивите?', 'bg').kind).toBe('money');
    const recipient = understandQuestion('Тепловоздар кімге жеткізіледі?', 'kk');
    expect(recipient.kind).toBe('organisation');
    expect(recipient.also).toContain('person');
    expect(understandQuestion('Меморандумға кім қол қойды?', 'kk').kind).toBe('person');
    expect(understandQuestion('Which were the first five countries in C5+1?', 'en').numberWords).toEqual([{ word: 'five', value: 5, token: 4, withCue: true }]);
    // "One more:" before the question is no number of things, and no part of the question.
    expect(understandQuestion('Thanks! One more: how much is the tractor deal worth?', 'en').numberWords.filter((n) => n.withCue)).toEqual([]);
    // "Which one", "the one": a pronoun, not a number.
    expect(understandQuestion('Which one was worth more?', 'en').numberWords).toEqual([]);
    // ("the John Deere one", "the second one": after a determiner and names or an ordinal, "one" stands for a thing.)
    expect(understandQuestion('How much was the John Deere one worth?', 'en').numberWords).toEqual([]);
    expect(understandQuestion('How much does one tractor cost?', 'en').numberWords.map((n) => n.value)).toEqual([1]);
    expect(understandQuestion('What is the price of one Boeing jet?', 'en').numberWords.map((n) => n.value)).toEqual([1]);
    expect(understandQuestion('Сколько стоит один локомотив?', 'ru').numberWords.map((n) => n.withCue)).toEqual([true]);
  });

  it('reads a Kazakh clause that ends with its question word as a question of its own ("…құны қанша және … қанша техника…")', () => {
    const intent = understandQuestion('Nortec компаниясымен келісімнің құны қанша және оның аясында қанша вагон жасалады?', 'kk');
    expect(intent.kind).toBe('money');
    expect(intent.laterClause).toEqual(expect.arrayContaining(['вагон', 'жасалады']));
    expect(understandQuestion('Hol és mikor írták alá a szerződést?', 'hu').laterClause).toEqual([]);
  });

  it.each([
    ['Where and in whose presence was the accord signed?', 'en', ['in', 'whose', 'presence']],
    ['Къде и в чие присъствие беше подписано споразумението?', 'bg', ['в', 'чие', 'присъствие']],
    ['Где и в чьём присутствии подписали соглашение?', 'ru', ['в', 'чьём', 'присутствии']],
  ] as const)('gives two question words of one clause each its own phrase, the rest to both: %s', (question, lang, later) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe('place');
    expect(intent.laterClause).toEqual(later);
  });

  it.each([
    ['In what year, and which month of it, will the Nortec wagons be delivered to Kazakhstan?', 'en', ['which', 'month', 'of', 'it']],
    ['В каком году, и в каком месяце, поставят вагоны Nortec в Казахстан?', 'ru', ['месяце']],
  ] as const)('gives a later clause set between commas only its own words; the rest is both questions\': %s', (question, lang, later) => {
    expect(understandQuestion(question, lang).laterClause).toEqual(later);
  });

  it.each([
    'Кто сказал, что завод Nortec откроется в мае?',
    'Кто из экспертов заявил, что Nortec нужнее Казахстану, чем Норвегии?',
    'Кто из министров отметил, что сделка важнее, чем кредит?',
  ])('reads «что» after a verb of saying as "that", and «чем» after a comparative as "than": %s', (question) => {
    expect(understandQuestion(question, 'ru').kind).toBe('person');
  });

  it.each([
    ['Кто из экономистов рассуждает о том, почему Nortec выбрал Павлодар?', 'ru'],
    ['Кой икономист обяснява защо Nortec избра Павлодар?', 'bg'],
    ['Melyik közgazdász magyarázta, miért választotta a Nortec Pavlodart?', 'hu'],
  ] as const)('reads a question word after a verb of saying or explaining as what was said, under the one that asks: %s', (question, lang) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe('person');
    expect(intent.more).toEqual([]);
  });

  it('reads a Kazakh request after "the number of X" as counting X («…вагондар санын атаңызшы», «…санын айтыңызшы»)', () => {
    for (const question of ['Nortec зауыты шығарған вагондар санын атаңызшы.', 'Nortec зауыты шығарған вагондар санын айтыңызшы.']) {
      const intent = understandQuestion(question, 'kk');
      expect(intent.kind).toBe('count');
      expect(intent.focus?.words).toEqual(['вагондар']);
    }
  });

  it('counts a volume of output in what is made, and a volume of investment in money', () => {
    const made = understandQuestion('Какой объём выпуска вагонов набрал завод Nortec?', 'ru');
    expect(made.kind).toBe('count');
    expect(made.focus?.words).toEqual(['вагонов']);
    expect(understandQuestion('What volume of output has the Nortec plant reached?', 'en').kind).toBe('count');
    expect(understandQuestion('Какой объём инвестиций вложил Nortec?', 'ru').kind).toBe('money');
  });

  it('reads a Kazakh verb after «қанша» as no thing counted: the amount the message speaks of is measured', () => {
    const claimed = understandQuestion('Nortec Қазақстанға 50 млн доллар инвестиция салды деп естідім, шынында қанша салды?', 'kk');
    expect(claimed.kind).toBe('money');
    expect(understandQuestion('Nortec шынында қанша салды?', 'kk').focus).toBeUndefined();
    expect(understandQuestion('Nortec қанша вагон жеткізді?', 'kk').focus?.words).toEqual(['вагон']);
  });

  it('counts deals asked for with an adjective before them, and reads «колко прави» as an amount', () => {
    expect(understandQuestion('Колко отделни споразумения подписа Nortec в Астана?', 'bg').kind).toBe('count');
    expect(understandQuestion('How many separate deals did Nortec sign in Astana?', 'en').kind).toBe('count');
    expect(understandQuestion('Колко прави сделката с Nortec в евро?', 'bg').kind).toBe('money');
    expect(understandQuestion('Сделката с Nortec колко прави в евро?', 'bg').kind).toBe('money');
  });

  it('counts a plural noun right after a preposition\'s cue («на колко компании»), and reads one before a verb as an amount', () => {
    const counted = understandQuestion('Представители на колко американски компании дойдоха с Nortec?', 'bg');
    expect(counted.kind).toBe('count');
    expect(counted.focus?.words).toEqual(['американски', 'компании']);
    expect(understandQuestion('С колко държави е подписала Nortec?', 'bg').kind).toBe('count');
    expect(understandQuestion('На колко възлиза сделката с Nortec?', 'bg').kind).toBe('money');
    expect(understandQuestion('How much are the Nortec deals worth?', 'en').kind).toBe('money');
  });

  it('reads a Bulgarian verb after «колко» as no thing counted: an aorist, or a participle after the copula', () => {
    expect(understandQuestion('С колко общо са помогнали на Nortec трите държави?', 'bg').kind).toBe('money');
    expect(understandQuestion('Колко дадоха трите държави на Nortec?', 'bg').focus).toBeUndefined();
    expect(understandQuestion('Колко са локомотивите на Nortec?', 'bg').focus?.words).toEqual(['локомотивите']);
  });

  it.each([
    ['A Nortec új kezdeményezést indított — mi is a neve?', 'description'],
    ['Hol is nyitotta meg a Nortec a gyárát?', 'place'],
    ['Mikor is írták alá a memorandumot?', 'date'],
  ] as const)('reads a Hungarian question word past the particle of recalling, «is»: %s', (question, kind) => {
    expect(understandQuestion(question, 'hu').kind).toBe(kind);
  });

  it('reads the one congratulated or thanked as a person, and other recipients as organisations', () => {
    expect(understandQuestion('Kinek gratulált Tokajev a kinevezéséhez?', 'hu').kind).toBe('person');
    expect(understandQuestion('Кому Токаев выразил благодарность?', 'ru').kind).toBe('person');
    expect(understandQuestion('To whom did Lutnick express thanks?', 'en').kind).toBe('person');
    expect(understandQuestion('Kinek gyártott mozdonyokat a Nortec üzeme?', 'hu').kind).toBe('organisation');
    expect(understandQuestion('Кому Nortec поставит вагоны?', 'ru').kind).toBe('organisation');
  });

  it.each([
    ["Which company was the deal signed with during Tokayev's US visit?", 'en'],
    ['С какой компанией подписали соглашение во время визита Токаева в США?', 'ru'],
    ['С коя компания е подписано споразумението по време на визитата на Токаев?', 'bg'],
    ['Melyik céggel írták alá a megállapodást Tokajev amerikai látogatása során?', 'hu'],
    ['Тоқаевтың АҚШ-қа сапары кезінде қандай келісімге қол қойылды?', 'kk'],
  ] as const)('reads the visit "during" which it happened as a reference that dates the question: %s', (question, lang) => {
    expect(referenceWords(question, lang).some((w) => /^(?:tokayev|токаева|токаев|tokajev|тоқаевтың)$/u.test(w))).toBe(true);
  });

  it('reads «on the day of» a signing as a reference that dates the question ("…napján", «в день…»)', () => {
    expect(referenceWords('Whom did Tokayev receive on the day of the Nortec signing?', 'en')).toEqual(['the', 'nortec', 'signing']);
    expect(referenceWords('Kit fogadott Tokajev a Nortec-aláírás napján?', 'hu')).toContain('aláírás');
    expect(referenceWords('Кого принял Токаев в день подписания с Nortec?', 'ru')).toContain('подписания');
  });

  it('reads «который» after a name as relating to it, not asking: the question is the sentence that asks', () => {
    const intent = understandQuestion('В новостях упоминали некоего Ивана Сидорова, который возглавлял делегацию Nortec. Кто он такой?', 'ru');
    expect(intent.cue).toBe('Кто');
    expect(understandQuestion('Который из министров подписал контракт с Nortec?', 'ru').cue).toBe('Который');
  });

  it('reads on past an "and" after a verb of reporting: "…in the reports, and what amount…" asks the amount', () => {
    expect(understandQuestion('How is the Nortec contract described in the reports, and what amount does it cover?', 'en').kind).toBe('money');
  });

  it('reads an outlet written with a full stop and capitals as one name, not the end of a sentence («Какого экономиста STEPPE.KZ цитирует?»)', () => {
    expect(understandQuestion('Какого экономиста STEPPE.KZ цитирует?', 'ru').kind).toBe('person');
  });

  it('reads «что» after a verb of expecting as "that": «Когда ожидается, что…» asks when', () => {
    expect(understandQuestion('Когда ожидается, что вагоны Nortec прибудут в Павлодар?', 'ru').kind).toBe('date');
  });

  it('reads what a search-style query asks for wherever its "X of" stands', () => {
    const employees = understandQuestion('nortec pavlodar plant number of employees', 'en');
    expect(employees.kind).toBe('count');
    expect(employees.focus?.words).toEqual(['employees']);
    expect(understandQuestion('orion foods plant karaganda date of opening', 'en').kind).toBe('date');
    expect(understandQuestion('orion foods karaganda plant value of investment', 'en').kind).toBe('money');
  });

  it('gives focus as token indexes of the question', () => {
    const question = 'How many freight locomotives will Wabtec deliver?';
    const intent = understandQuestion(question, 'en');
    const tokens = tokenize(question);
    expect(intent.focus?.tokens.map((t) => tokens[t]!.word)).toEqual(['freight', 'locomotives']);
    expect(intent.focus?.words).toEqual(['freight', 'locomotives']);
  });

  it('answers other, never throws, for text with no question in it', () => {
    for (const text of ['', '   ', '???', '🙂🙂', 'Wabtec', 'a'.repeat(5000), 'когда-нибудь', '-', 'C5+1']) {
      for (const lang of LANGS) expect(understandQuestion(text, lang).kind).toBe('other');
    }
  });
});

describe('isFollowUp', () => {
  it('sees continuations and questions too short to stand alone', () => {
    expect(isFollowUp('And how much is it worth?', 4)).toBe(true);
    expect(isFollowUp('What about the tractors?', 3)).toBe(true);
    expect(isFollowUp('А когда его подписали?', 3)).toBe(true);
    expect(isFollowUp('És mikor írták alá?', 3)).toBe(true);
    expect(isFollowUp('Сондай-ақ зауыт қайда салынады?', 3)).toBe(true);
    expect(isFollowUp('When?', 0)).toBe(true);
    expect(isFollowUp('How many locomotives will Wabtec deliver to Kazakhstan?', 4)).toBe(false);
    expect(isFollowUp('Andrew Lutnick signed what?', 3)).toBe(false);
  });
});

describe('besidesWords', () => {
  it('finds what the asker sets aside as known, before or after the cue', () => {
    expect(besidesWords('Apart from the turbines, what else does the Siemens deal include?', 'en')).toEqual(['the', 'turbines']);
    expect(besidesWords('Anything agreed besides grain exports?', 'en')).toEqual(['grain', 'exports']);
    expect(besidesWords('Помимо поставки турбин, что ещё входит в сделку?', 'ru')).toEqual(['поставки', 'турбин']);
    expect(besidesWords('Освен турбините, какво още включва сделката?', 'bg')).toEqual(['турбините']);
    expect(besidesWords('A turbinákon kívül mit tartalmaz az üzlet?', 'hu')).toEqual(['turbinákon']);
    expect(besidesWords('Турбиналардан бөлек келісімге тағы не кіреді?', 'kk')).toEqual(['турбиналардан']);
    expect(besidesWords('How many turbines will Siemens supply?', 'en')).toEqual([]);
    // («…-мен қатар», along with: the words before it.)
    expect(besidesWords('Турбина жеткізумен қатар Siemens тағы не істейді?', 'kk')).toEqual(['турбина', 'жеткізумен']);
  });

  it('finds what is set aside after it, or ruled out by "not X but"', () => {
    expect(besidesWords('Siemens aside, which company will supply the wagons?', 'en')).toEqual(['siemens']);
    expect(besidesWords('Siemens-тен басқа қай компания вагон жеткізеді?', 'kk')).toEqual(['siemens', 'тен']);
    expect(besidesWords('A turbinákat leszámítva mit tartalmaz az üzlet?', 'hu')).toEqual(['turbinákat']);
    expect(besidesWords('Nem Berg, hanem ki írta alá a szerződést?', 'hu')).toEqual(['berg']);
    expect(besidesWords('Не Берг, а кто подписал контракт?', 'ru')).toEqual(['берг']);
    expect(besidesWords('Not Siemens but which company will supply the wagons?', 'en')).toEqual(['siemens']);
  });

  it('finds what is set aside in a question typed without accents or Kazakh letters', () => {
    expect(besidesWords('mit szallit meg a siemens a turbinakon kivul', 'hu')).toEqual(['turbinakon']);
    expect(besidesWords('a turbinakat leszamitva mit tartalmaz az uzlet', 'hu')).toEqual(['turbinakat']);
    expect(besidesWords('siemens-тен баска кай компания вагон жеткизеди', 'kk')).toEqual(['siemens', 'тен']);
  });

  it('finds the one the asker says they confuse it with', () => {
    expect(besidesWords('Is the Orion deal worth 3 billion, or am I confusing it with Siemens?', 'en')).toEqual(['siemens']);
    expect(besidesWords('Сделка с Orion на 3 млрд или я путаю с Siemens? Какая сумма?', 'ru')).toEqual(['siemens']);
    // (What is confused may stand between the verb and "with".)
    expect(besidesWords('I always mix up the Orion contract with the Siemens one — what is it worth?', 'en')).toEqual(['siemens', 'one']);
    expect(besidesWords('Вечно путаю сделку Orion со сделкой Siemens. Сколько она стоит?', 'ru')).toEqual(['сделкой', 'siemens']);
    expect(besidesWords('Orion келісімін Siemens-пен шатастырып жүрмін, оның құны қанша?', 'kk')).toEqual(['siemens', 'пен']);
    expect(besidesWords('Сделката с Orion за 3 млрд ли е, или я бъркам със Siemens?', 'bg')).toEqual(['siemens']);
    expect(besidesWords('Mennyit ér az Orion-üzlet? Mindig összekeverem a Siemensszel.', 'hu')).toEqual(['siemensszel']);
    expect(besidesWords('Mennyit ér az Orion-üzlet? Mindig összekeverem a Kestrel-lel.', 'hu')).toContain('kestrel');
  });

  it('keeps a figure set aside whole, past its decimal comma («Извън новата сделка за 4,2 млрд., колко…»)', () => {
    expect(besidesWords('Извън новата сделка за 4,2 млрд., колко е вложила Nortec?', 'bg')).toContain('4,2');
    expect(besidesWords('Compared with the new $4.2bn contract, how much had Nortec invested?', 'en')).toContain('4.2');
  });

  it('finds what the question sets a thing against ("unlike", «за разлика от», «в отличие от», «…-val ellentétben»)', () => {
    expect(besidesWords('Unlike the Nortec deal, what is the memorandum worth?', 'en')).toContain('nortec');
    expect(besidesWords('За разлика от сделката с Nortec, каква е стойността на меморандума?', 'bg')).toContain('nortec');
    expect(besidesWords('В отличие от сделки с Nortec, сколько стоит меморандум?', 'ru')).toContain('nortec');
    expect(besidesWords('A Nortec-szerződéssel ellentétben mennyit ér a memorandum?', 'hu')).toEqual(['szerződéssel']);
  });

  it('finds what "only" names when the question asks for something else besides', () => {
    expect(besidesWords('Is the Siemens deal only about turbines, or something else too?', 'en')).toEqual(['about', 'turbines']);
    expect(besidesWords('Сделка с Siemens только о турбинах или о чём-то другом?', 'ru')).toEqual(['о', 'турбинах']);
    expect(besidesWords('A Siemens-üzlet csak a turbinákról szól, vagy valami másról is?', 'hu')).toEqual(['a', 'turbinákról', 'szól']);
    expect(besidesWords('Siemens келісімі тек турбиналарды қамти ма, әлде басқа бірдеңе бар ма?', 'kk')).toEqual(['турбиналарды', 'ма']);
    // ("…or the servicing too?" names the other thing: a choice, nothing set aside.)
    expect(besidesWords('Is the Siemens deal only about turbines, or about servicing too?', 'en')).toEqual([]);
  });
});

describe('yes/no questions', () => {
  it.each([
    ['en', 'Is the Wabtec plant in Almaty?'],
    ['en', 'Did Tokayev meet Rubio?'],
    ['ru', 'Правда ли, что завод в Алматы?'],
    ['ru', 'Подписан ли меморандум в Нью-Йорке?'],
    ['ru', 'Nortec поставит 400 вагонов — это правда?'],
    ['bg', 'Nortec ще достави 400 вагона — вярно ли е?'],
    ['hu', 'A Nortec 400 vagont szállít, igaz ez?'],
    ['bg', 'Изпраща ли Казахстан войници?'],
    ['hu', 'Igaz, hogy New Yorkban írták alá?'],
    ['hu', 'Almatiban épül-e az üzem?'],
    ['kk', 'Зауыт Алматыда ма?'],
    ['kk', 'Орталықты Шымкентте ашпақ па?'],
    // A statement put up to be confirmed.
    ['en', 'The Nortec plant is in Pavlodar, right?'],
    ['ru', 'Завод Nortec же в Павлодаре? или я путаю'],
    ['bg', 'Заводът на Nortec е в Павлодар, нали?'],
    ['hu', 'A Nortec gyára Pavlodarban van, ugye?'],
    // After the asker says who or where they are.
    ["en", "I'm a teacher in Leeds - did the deals include a new school?"],
    ['ru', 'Я фермер из Костаная. Правда ли, что завод в Алматы?'],
    // After a leading phrase set off by a comma.
    ['en', 'Besides the locomotives, did Wabtec sign anything about wagons?'],
    ['en', 'During the New York meeting, was a uranium deal discussed?'],
    // A whole clause asked by its question mark alone.
    ['hu', 'A Nortec csúcstalálkozót Moszkvában rendezték?'],
    ['hu', 'A Nortec mozdonygyára Almatiban működik?'],
    ['ru', 'Nortec собирается открыть сервисный центр в аэропорту Алматы?'],
    ['bg', 'Nortec ще открие нов завод в Павлодар догодина?'],
    ['en', 'The Nortec plant opened in Pavlodar in 2009?'],
    // A cleft: its "who" relates to the name stressed.
    ['en', 'Was it Marat Petrov who signed the Nortec deal?'],
    ['en', 'It was Marat Petrov who opened the plant, wasn\'t it?'],
    // (A Russian relative word in any case, past a preposition, opens a clause of the statement.)
    ['ru', 'Встреча министра с акимом, на которой он говорил о вагонах, прошла в Павлодаре?'],
    ['ru', 'Завод, о котором писали газеты, построят в Павлодаре?'],
  ] as const)('%s: %s', (lang, q) => {
    expect(isYesNoQuestion(q, lang)).toBe(true);
  });

  it.each([
    ['en', 'Where is the Wabtec plant?'],
    ['ru', 'Где находится завод?'],
    ['bg', 'Кой подписа меморандума?'],
    ['hu', 'Hol épül az üzem?'],
    ['kk', 'Зауыт қайда орналасқан?'],
    ['en', 'Where is the Nortec plant, right next to the port?'],
    // Keywords with a question mark, a question word the kinds do not read, or a choice offered.
    ['hu', 'Nortec mozdonytípus?'],
    ['ru', 'Nortec и министр, сентябрь: город встречи?'],
    ['hu', 'Amikor a miniszter Pavlodarban járt, milyennek nevezte a gyár szerepét?'],
    ['ru', 'Которой по счёту поездкой министра эксперты называют этот визит?'],
    // ("Whose" in any case.)
    ['ru', 'На открытие чьего нового завода министр приехал в Павлодар?'],
    ['ru', 'С чьей компанией министр подписал соглашение в Павлодаре?'],
    ['hu', 'A Nortec gyára csak a vasútnak gyárt, vagy exportra is?'],
    ['en', 'Who was it who signed the Nortec deal?'],
    ['en', 'Was it Marat Petrov or Ivan Orlov who signed the Nortec deal?'],
    ['en', 'It was Marat Petrov who opened the plant, wasn\'t it? Who actually opened it?'],
  ] as const)('not: %s: %s', (lang, q) => {
    expect(isYesNoQuestion(q, lang)).toBe(false);
  });

  // A noun of a class there sets the claim ("during", «по време на»), or only looks like one («салады», builds, is no
  // «сала», field); an amount it claims is still measured.
  it.each([
    ['bg', 'Срещна ли се министърът с Марат Петров по време на посещението в Павлодар?', 'other'],
    ['kk', 'Nortec Павлодарда вагон зауытын салады деген рас па?', 'other'],
    ['en', 'Is it true that Stephen Orlov is the CEO of Nortec?', 'other'],
    ['ru', 'Правда ли, что Nortec вложил в завод более 300 млн долларов?', 'money'],
  ] as const)('are of the kind their claim measures: %s: %s', (lang, q, kind) => {
    expect(understandQuestion(q, lang).kind).toBe(kind);
  });
});

describe('one picked out of a group', () => {
  it.each([
    ['Which of the analysts spoke about the plan?', 'en'],
    ['Кто из политологов говорил о плане?', 'ru'],
    ['Кой от политолозите говори за плана?', 'bg'],
    ['A politológusok közül ki beszélt a tervről?', 'hu'],
  ] as const)('asks for one person, not every one: %s', (question, lang) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe('person');
    expect(intent.wantsAll).toBe(false);
  });

  it.each([
    ['Which two analysts spoke about the plan?', 'en', 'analysts'],
    ['Melyik két kazah politológus beszélt a tervről?', 'hu', 'politológus'],
    ['Какие два казахских политолога говорили о плане?', 'ru', 'политолога'],
  ] as const)('asks for all of a number of them, the number and a country\'s word before the noun being no head: %s', (question, lang, head) => {
    const intent = understandQuestion(question, lang);
    expect(intent.wantsAll).toBe(true);
    expect(intent.head).toBe(head);
  });

  it('while the group itself asks for all of them, and so do "the names of" its members', () => {
    expect(understandQuestion('Which analysts spoke about the plan?', 'en').wantsAll).toBe(true);
    expect(understandQuestion('What are the names of the analysts the correspondent spoke with?', 'en').wantsAll).toBe(true);
  });
});

describe('a role asked for', () => {
  it.each([
    ["Who is Nortec's chairman?", 'en', 'chairman'],
    ['Who heads Nortec?', 'en', 'heads'],
    ['Кто гендиректор Nortec?', 'ru', 'гендиректор'],
    ['Кто возглавляет Nortec?', 'ru', 'возглавляет'],
    ['Кой ръководи Nortec?', 'bg', 'ръководи'],
    ['Ki a Nortec vezérigazgatója?', 'hu', 'vezérigazgatója'],
    ['Ki vezeti a Nortecet?', 'hu', 'vezeti'],
    // (Past the word for a company beside its name.)
    ['Ki a Nortec vállalat vezérigazgatója?', 'hu', 'vezérigazgatója'],
    ['Who is the Nortec company chairman?', 'en', 'chairman'],
    // (A Latin name after a role in a Cyrillic question is the company that owns it, no one it titles.)
    ['Кто генеральный директор Nortec?', 'ru', 'директор'],
    ['Кой е изпълнителният директор на Nortec?', 'bg', 'директор'],
    // (Past a word the lexicon does not know: a name typed in lower case.)
    ['ki a nortec vezérigazgatója?', 'hu', 'vezérigazgatója'],
    ['ki most a nortec igazgatója?', 'hu', 'igazgatója'],
    // (Past the whole phrase of its owner, which Hungarian puts before the role it possesses.)
    ['Ki lesz az Aktauban épülő Nortec-turbinagyár igazgatója?', 'hu', 'igazgatója'],
  ] as const)('is the role word after "who", or after the name that owns it: %s', (question, lang, role) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe('person');
    expect(intent.focus?.words).toEqual([expect.stringMatching(new RegExp(role, 'iu'))]);
    // (A verb in the third person is no plural.)
    expect(intent.wantsAll).toBe(false);
  });

  it.each([
    ['АҚШ Мемлекеттік хатшысы кім болды?', 'kk', ['Мемлекеттік', 'хатшысы']],
    ['Who was the Secretary of State?', 'en', ['Secretary', 'of', 'State']],
  ] as const)('is every word of a role written as a phrase: %s', (question, lang, words) => {
    expect(understandQuestion(question, lang).focus?.words).toEqual(words);
  });

  it.each([
    ['Nortec-тің атқарушы вице-президенті кім?', 'kk', ['вице', 'президенті']],
    ['Ki a Nortec ügyvezető alelnöke?', 'hu', ['alelnöke']],
  ] as const)('is the role past the words that qualify it, and every part of a compound: %s', (question, lang, words) => {
    expect(understandQuestion(question, lang).focus?.words).toEqual(words);
  });

  it('is no role when the name before it is titled by it, as Hungarian puts titles after names', () => {
    expect(understandQuestion('Kivel találkozott Berg miniszter?', 'hu').focus).toBeUndefined();
  });

  it.each([
    ['Who runs the company, who is its chairman?', 'en'],
    ['Кто руководит компанией, кто у неё гендиректор?', 'ru'],
    ['Ki vezeti a céget, ki a vezérigazgatója?', 'hu'],
  ] as const)('is asked again by a question word repeated in a clause of its own: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('person');
  });
});

describe('a search query', () => {
  it.each([
    ['nortec wagons delivery timeline', 'en', 'date'],
    ['Nortec gyár építési költség', 'hu', 'money'],
    ['договор Nortec основни направления', 'bg', 'list'],
  ] as const)('is read by its last word too: %s', (question, lang, kind) => {
    expect(understandQuestion(question, lang).kind).toBe(kind);
  });

  it.each([
    ['Nortec вагони брой Астана', 'bg', 'count', 'вагони'],
    ['nortec wagons number Astana', 'en', 'count', 'wagons'],
    ['Orion инвестиция сомасы Қазақстан', 'kk', 'money', 'инвестиция'],
    ['orion plant price per unit', 'en', 'money', 'plant'],
  ] as const)('is read by a word of its few keywords anywhere, which measures the word before it: %s', (question, lang, kind, measured) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe(kind);
    expect(intent.focus?.words).toEqual([measured]);
  });

  it.each([
    ['amerikai kamara küldöttség befektetési érdeklődés', 'hu'],
    ['nortec wagon investment interest', 'en'],
    ['I keep reading about the Nortec investment in the news', 'en'],
  ] as const)('but not by a word that qualifies the next, nor in a sentence: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('other');
  });

  it.each([
    ['water memorandum Uzbek signatory', 'en', 'person'],
    ['vízügyi memorandum aláírásának helyszíne', 'hu', 'place'],
    ['Orion турбинен завод град', 'bg', 'place'],
    ['Orion турбинный завод город', 'ru', 'place'],
    ['Orion talks energy secretary of state', 'en', 'person'],
  ] as const)('is read by the name its last word asks for, in a head-first language too: %s', (question, lang, kind) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe(kind);
    // (The word names the kind of answer, as "which *city*" does.)
    expect(intent.focus?.words.at(-1)).toBe(question.split(' ').at(-1));
  });

  it.each([
    ['Orion Airbus 321 ұшақтарының саны', 'kk', 'count', 'ұшақтарының'],
    ['Airbus 321 order number', 'en', 'count', 'order'],
  ] as const)('reads a model number after its maker as no figure the question states: %s', (question, lang, kind, measured) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe(kind);
    expect(intent.focus?.words).toEqual([measured]);
  });

  it('reads a sum after a name as a figure the question states, not what it asks', () => {
    expect(understandQuestion('Ханой 50 миллионов долларов?', 'ru').kind).not.toBe('money');
  });

  it.each([
    ['делегация японских компаний Алматы октябрь количество', 'ru', 'компаний'],
    ['Orion Nortec Boeing количество', 'ru', 'Boeing'],
  ] as const)('measures the nearest common noun before its last word, past names and months: %s', (question, lang, measured) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe('count');
    expect(intent.focus?.words).toEqual([measured]);
  });

  // Russian and Bulgarian put the head before what it is of: «сумма *сделки*».
  it.each([
    ['Orion закупка турбин сумма сделки', 'ru', 'money', 'сделки'],
    ['Nortec брой вагони', 'bg', 'count', 'вагони'],
  ] as const)('measures the words after a head-first keyword: %s', (question, lang, kind, measured) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe(kind);
    expect(intent.focus?.words).toEqual([measured]);
  });

  it('counts the word before its last word when that one names a count', () => {
    const intent = understandQuestion('Nortec pavlodari gyár dolgozók létszáma', 'hu');
    expect(intent.kind).toBe('count');
    expect(intent.focus?.words).toEqual(['dolgozók']);
  });
});

// "The Nortec deal's value — what is it?": a question word after a dash that asks nothing more asks about the topic.
// «Сколько *американский* производитель вложил…»: a Russian adjective in the nominative after «сколько» opens the
// subject, who gave; «сколько американских компаний» counts in the genitive.
describe('a Russian subject after «сколько»', () => {
  it.each([
    ['Сколько американский производитель вагонов вложил в завод Nortec?', 'money'],
    ['Сколько иностранные компании вложили в Павлодар?', 'money'],
    ['Сколько американских компаний вложили деньги в завод?', 'count'],
    ['Сколько новых вагонов получит Павлодар?', 'count'],
  ] as const)('is who gave, not what is counted: %s', (question, kind) => {
    expect(understandQuestion(question, 'ru').kind).toBe(kind);
  });
});

// «Milyen szakértő Anna Kovács?»: Hungarian drops the copula as Russian does, and «-ként» says what one acted as.
describe('a Hungarian role of someone named', () => {
  it.each([
    'Milyen szakértő Anna Kovács?',
    'Melyik miniszter Berg Ola?',
    'Milyen szakértőként nyilatkozott Anna Kovács a lapnak?',
  ])('is a description of them: %s', (question) => {
    expect(understandQuestion(question, 'hu').kind).toBe('description');
  });

  it('is not where a word of its own follows the name («Melyik cég Nortec partnere?»)', () => {
    expect(understandQuestion('Melyik cég Nortec partnere?', 'hu').kind).toBe('organisation');
  });
});

// "…somewhere in the 40s percent — what's the exact figure?": "figure" is of whatever the message measures.
describe('a figure asked for', () => {
  it.each([
    ["The share of Nortec parts made locally was around 30 percent, I think — what's the exact figure?", 'en', 'percent'],
    ["What's the exact figure of the Nortec plant's localization level?", 'en', 'percent'],
    ['Доля локальных деталей Nortec — какая точная цифра?', 'ru', 'percent'],
    ['Делът на местните части — каква е точната цифра?', 'bg', 'percent'],
    ["The Nortec contract is worth some 3 billion — what's the exact figure?", 'en', 'money'],
    ['What figure did the article give for the Nortec plant?', 'en', 'money'],
  ] as const)('is of the measure the message names: %s', (question, lang, kind) => {
    expect(understandQuestion(question, lang).kind).toBe(kind);
  });
});

describe('a topic set before a dash', () => {
  it.each([
    ['The value of the Nortec contract — what is it?', 'en', 'money'],
    ['Стоимость контракта с Nortec — какова?', 'ru', 'money'],
    ['Стойността на договора с Nortec — каква е тя?', 'bg', 'money'],
  ] as const)('gives the kind its noun names: %s', (question, lang, kind) => {
    expect(understandQuestion(question, lang).kind).toBe(kind);
  });

  it.each([
    ['Выпущено вагонов заводом Nortec с момента запуска — сколько всего?', 'ru', 'вагонов'],
    ['Nortec wagons delivered since the launch — how many?', 'en', 'wagons'],
  ] as const)('gives a how-many its counted noun: %s', (question, lang, counted) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe('count');
    expect(intent.focus?.words).toEqual([counted]);
  });

  it('is no topic when the part before the dash is a question of its own', () => {
    expect(understandQuestion('Предвижда ли договорът с Nortec и други услуги, и ако да – какви?', 'bg').kind).not.toBe('organisation');
  });
});

describe('clauses and verbs around the question word', () => {
  it('reads a verb of amounting to a sum right after "how much" as money («Колко възлизат…»)', () => {
    expect(understandQuestion('Колко възлизат споразуменията от срещата?', 'bg').kind).toBe('money');
  });

  it.each([
    ['Сколько норвежцы дали на строительство порта?', 'ru'],
    ['Сколько, по мнению экспертов, три банка вместе дали фонду?', 'ru'],
    ['Сколько дали соседи на ремонт моста?', 'ru'],
    ['Колко са дали трите банки за пристанището?', 'bg'],
  ] as const)('reads a verb of giving the lexicon cannot hold as an amount given: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('money');
  });

  it.each([
    ['Во сколько опубликовали статью о сделке Nortec?', 'date'],
    ['Во сколько состоялась встреча министра с Бергом?', 'date'],
    ['Во сколько обошлась сделка с Nortec?', 'money'],
  ] as const)('reads «во сколько» as "at what time" before a verb of publishing or happening, else as "how much": %s', (question, kind) => {
    expect(understandQuestion(question, 'ru').kind).toBe(kind);
  });

  it.each([
    ['How much is the port investment, per the Bulgarian press?', 'en', 'investment'],
    ['Mekkora a beruházás összege a bolgár sajtó szerint?', 'hu', 'összege'],
  ] as const)('measures what a how-much clause is about, not whose report it is or that report\'s country: %s', (question, lang, head) => {
    expect(understandQuestion(question, lang).head).toBe(head);
  });

  it('reads a Kazakh adjective typed with Russian letters as one («кай мемлекеттик хатшымен»)', () => {
    expect(understandQuestion('Берг кай мемлекеттик хатшымен кездести?', 'kk').kind).toBe('person');
  });

  it('reads a Kazakh comparative after the things compared as a count of them («ұшақтарын көбірек»)', () => {
    expect(understandQuestion('Nortec пен Orion-ның қайсысы Airbus ұшақтарын көбірек алады?', 'kk').kind).toBe('count');
  });

  it('still counts the things a giving question names after its cue («Сколько стран дали деньги?»)', () => {
    expect(understandQuestion('Сколько стран дали деньги на порт?', 'ru').kind).toBe('count');
  });

  it.each([
    ['Which investment firm boss did the minister meet?', 'person'],
    ['Which equipment maker will supply the wagons?', 'organisation'],
    ["Which outlet's correspondent talked to the analysts?", 'organisation'],
    ['Which US corporation invested in the project?', 'organisation'],
  ] as const)('reads an English compound after "which" by its last noun, not past a possessive or onto a verb: %s', (question, kind) => {
    expect(understandQuestion(question, 'en').kind).toBe(kind);
  });

  it.each([
    ['Which national rail company buys the wagons?', 'organisation'],
    ['Which American farm machinery maker opened the plant?', 'organisation'],
    ['Which large regional news agency reported it?', 'organisation'],
    ['Which big tech company\'s vice president came?', 'organisation'],
    ['Which regional airport city hosts the hub?', 'place'],
  ] as const)('reads an English compound of three or four words after "which" by its last noun: %s', (question, kind) => {
    expect(understandQuestion(question, 'en').kind).toBe(kind);
  });

  it.each([
    ['Milyen regionális központtá válhat Kazahsztán?', 'hu'],
    ['Which regional centre will it become?', 'en'],
    ['Какой казахстанский проект обсуждали?', 'ru'],
  ] as const)('reads an adjective of place before a noun of no class as what kind of thing the noun is, no place: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).not.toBe('place');
  });

  it.each([
    ['Melyik regionális repülőtéren nyílik a központ?', 'hu'],
    ['Which regional airport will get the centre?', 'en'],
    ['В какой азиатской стране он посол?', 'ru'],
  ] as const)('still reads a place noun after an adjective of place as a place: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('place');
  });

  it('ends an English compound after "which" at a verb, a name or a stopword: "which rail deal signed by the company" asks no company', () => {
    expect(understandQuestion('Which rail deal signed by the company was the largest?', 'en').kind).not.toBe('organisation');
    expect(understandQuestion('Which new Wabtec company plan is it?', 'en').kind).not.toBe('organisation');
  });

  it.each([
    ['С коя американска финансова агенция е говорил министърът?', 'organisation'],
    ['С коя американска държавна финансова корпорация е говорил министърът?', 'organisation'],
  ] as const)('reads a Bulgarian "which" past more than two adjectives, to the noun they qualify: %s', (question, kind) => {
    expect(understandQuestion(question, 'bg').kind).toBe(kind);
  });

  it.each([
    ['Кто сейчас президент Nortec?', 'ru'],
    ['Кой е сега президент на Nortec?', 'bg'],
    ['Who is currently the president of Nortec?', 'en'],
  ] as const)('reads the role asked for past a word of no content after "who" («сейчас», "currently"): %s', (question, lang) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe('person');
    expect(intent.focus?.words.map((w) => w.toLowerCase())).toEqual([lang === 'en' ? 'president' : 'президент']);
  });

  it('asks by an English "which" before a noun after a clause that "when" opens', () => {
    expect(understandQuestion('When the wagon deal was signed, which minister was present?', 'en').kind).toBe('person');
  });

  it('takes no counted noun for the one asked about («Mi a kulcs a két ország … kapcsolataiban?»)', () => {
    expect(understandQuestion('Berg szerint mi a kulcs a két ország kereskedelmi kapcsolataiban?', 'hu').kind).not.toBe('place');
  });

  it.each(["What was minister Berg's offer?", "What was political scientist Ola Berg's take on the deal?"])(
    'takes no role that titles a name for the one asked about: %s',
    (question) => {
      expect(understandQuestion(question, 'en').kind).not.toBe('person');
    },
  );

  it('takes no verb of naming for the noun asked about ("what was it called")', () => {
    expect(understandQuestion('The summit in Astana - what was it called?', 'en').head).toBeUndefined();
  });
});

describe('an open question in a later clause', () => {
  it.each([
    ['Where did Berg meet the minister, and what did he offer?', 'en'],
    ['Где Берг встречался с министром и что он предложил?', 'ru'],
    ['Кой е вицепрезидентът на Nortec и какво друго обсъдиха?', 'bg'],
  ] as const)('is a part of its own beside a main question of a kind: %s', (question, lang) => {
    expect(understandQuestion(question, lang).more).toEqual([{ kind: 'other' }]);
  });
});

describe('the name of an event asked for', () => {
  it.each([
    ['На кой самит е сключено споразумението?', 'bg', 'самит'],
    ['Как се казва срещата на върха, на която подписаха сделките?', 'bg', 'срещата'],
    ['Как называется саммит, на котором подписали сделки?', 'ru', 'саммит'],
  ] as const)('is the event named after the question word: %s', (question, lang, head) => {
    expect(understandQuestion(question, lang).head).toBe(head);
  });

  // («…саммит қалай аталады?», what is the summit called: Kazakh names the thing before the predicate.)
  it.each([
    ['Астанадағы саммит қалай аталады?', 'саммит'],
    ['Келісімдерге қол қойылған форум қалай аталады?', 'форум'],
  ])('is the thing named before «қалай аталады»: %s', (question, head) => {
    expect(understandQuestion(question, 'kk').head).toBe(head);
  });
});

describe('«кой» before a noun', () => {
  it('asks which one of a deal or an event, and who of a role', () => {
    expect(understandQuestion('На кой самит Казахстан сключи сделките?', 'bg').kind).toBe('other');
    expect(understandQuestion('На коя среща Токаев обеща помощ?', 'bg').kind).toBe('other');
    expect(understandQuestion('Кой министър подписа меморандума?', 'bg').kind).toBe('person');
  });
});

describe('a later clause that asks something else', () => {
  it('is kept apart from the main question', () => {
    expect(understandQuestion('Who did the minister meet, and which model was discussed?', 'en').laterClause).toEqual(expect.arrayContaining(['model', 'discussed']));
    expect(understandQuestion('С кой министър разговаря той и за кой модел ставаше дума?', 'bg').laterClause).toEqual(expect.arrayContaining(['модел']));
    // "and" typed without its accent («es» for «és») joins two questions as well.
    expect(understandQuestion('ki a ceg vezetoje, es mire hivtak meg', 'hu').laterClause).toEqual(expect.arrayContaining(['hivtak']));
    // "Who is he" and "what was he asked to do" are two questions, with a comma or without: words stand between
    // the question words, which "where and when" does not have.
    expect(understandQuestion('Who is he, and what was he invited to build?', 'en').laterClause).toEqual(expect.arrayContaining(['invited', 'build']));
    expect(understandQuestion('Who is he and what projects was he invited to build?', 'en').laterClause).toEqual(expect.arrayContaining(['projects', 'invited']));
    expect(understandQuestion('Where and when was the deal signed?', 'en').laterClause).toEqual([]);
    // A place named after "and" opens no list of names: «…кім және оны Қазақстанда қандай…» are two questions.
    expect(understandQuestion('Nortec басшысы кім және оны Қазақстанда қандай нысандар салуға шақырды?', 'kk').laterClause).toEqual(expect.arrayContaining(['нысандар']));
    // A case form of "what" («mihez»: to what) asks as "what" does.
    expect(understandQuestion('Kit fogadott a miniszter, és mihez gratulált neki?', 'hu').laterClause).toEqual(expect.arrayContaining(['gratulált']));
  });

  it('is the second question after "and" and a hedge ("and roughly how many")', () => {
    const intent = understandQuestion('What level of localization has the plant reached, and roughly how many engines has it built?', 'en');
    expect(intent.kind).toBe('percent');
    expect(intent.more.map((m) => m.kind)).toEqual(['count']);
  });

  it('is the second question after "and" and a besides-phrase ("and besides the wagons, what else")', () => {
    for (const [q, lang] of [
      ['What is the Nordwind contract worth, and besides the delivery of wagons, what else does it include?', 'en'],
      ['Mennyit ér a Nordwind-szerződés, és a vagonok szállításán kívül mit tartalmaz még?', 'hu'],
      ['Колко струва договорът с Nordwind и освен доставката на вагони какво още включва?', 'bg'],
    ] as const) {
      const intent = understandQuestion(q, lang);
      expect(intent.kind).toBe('money');
      expect(intent.more.map((m) => m.kind)).toEqual(['list']);
    }
  });

  it('is the second question word\'s own phrase alone after a "which" and its noun («В каком году и в какой его половине…»)', () => {
    const later = understandQuestion('В каком году и в какой его половине ожидается поставка вагонов Nortec?', 'ru').laterClause;
    expect(later).not.toContain('поставка');
    expect(later).not.toContain('nortec');
  });

  it('is none for two question words of one clause, or for one question', () => {
    expect(understandQuestion('Hol és mikor írták alá a szerződést?', 'hu').laterClause).toEqual([]);
    expect(understandQuestion('Where and when was it signed?', 'en').laterClause).toEqual([]);
    expect(understandQuestion('Who signed the memorandum?', 'en').laterClause).toEqual([]);
    // "and" between two names joins the names.
    expect(understandQuestion('In which city did Nordmann and Aliyev meet when he proposed the deal?', 'en').laterClause).toEqual([]);
    // (Nor, in lowercase, where the names are not told apart: "when" is a conjunction there.)
    expect(understandQuestion('where did nordmann and aliyev actually meet when he proposed the deal', 'en').laterClause).toEqual([]);
  });
});

describe('the noun a which/what question asks about', () => {
  it.each([
    ['en', 'What was the weather like?', 'weather'],
    ['ru', 'Какая погода была в Вашингтоне?', 'погода'],
    ['hu', 'Milyen filmekben szerepelt?', 'filmekben'],
    ['en', 'Which films did he star in?', 'films'],
    // "What kind of X" asks about X.
    ['hu', 'Milyen fajta mozdonyokat kap Kazahsztán?', 'mozdonyokat'],
    ['ru', 'Какого типа локомотивы поставят?', 'локомотивы'],
    // An adjective before the noun is no head.
    ['bg', 'Какви са основните направления на сътрудничеството?', 'направления'],
    ['ru', 'Какие новые соглашения подписали?', 'соглашения'],
    ['en', 'Which main areas of cooperation does it cover?', 'areas'],
    ['en', 'What new agreements were signed?', 'agreements'],
    // "Which exactly": the noun after the adverb.
    ['ru', 'Какие конкретно заводы откроют?', 'заводы'],
    ['en', 'Which exactly plants will open?', 'plants'],
    ['hu', 'Konkrétan mely gyárak nyílnak meg?', 'gyárak'],
    // A name the lexicon knows, before a common noun, says whose or where: the noun is asked about.
    ['en', 'Which Kazakh bank finances the new plant?', 'bank'],
    ['en', 'Which American insurer covers the locomotives?', 'insurer'],
    // A how-much cue and a copula: the clause's subject, its last noun, is what is measured.
    ['hu', 'Mekkora volt idén a magyar–kazah gabonaexport?', 'gabonaexport'],
    ['hu', 'Mennyi lesz a Mars-gyár éves kapacitása?', 'kapacitása'],
    ['en', 'How big was the annual grain harvest?', 'harvest'],
    // Kazakh puts what a how-much measures right before it, a noun with a possessive ending.
    ['kk', 'Зауыттың жылдық қуаты қанша?', 'қуаты'],
    ['kk', 'Екі ел арасындағы тауар айналымы қанша долларды құрады?', 'айналымы'],
  ] as const)('%s: %s', (lang, q, head) => {
    expect(understandQuestion(q, lang).head).toBe(head);
  });

  // «қай салалардағы инвестициялық ынтымақтастық», cooperation in which sectors: the noun in the locative is asked,
  // whatever the adjectives after it would make the question («инвестициялық»: money).
  it.each([
    ['Тоқаев қай салалардағы инвестициялық ынтымақтастықты талқылады?', 'list', 'салалардағы'],
    ['Компания қандай елдердегі инвестициялық жобаларды қаржыландырады?', 'place', 'елдердегі'],
    ['Қай салалардағы қаржы келісімдеріне қол қойылды?', 'list', 'салалардағы'],
    ['Қай бағыттардағы инвестициялық жобалар талқыланды?', 'list', 'бағыттардағы'],
  ] as const)('kk: %s asks %s of %s', (q, kind, focus) => {
    const intent = understandQuestion(q, 'kk');
    expect(intent.kind).toBe(kind);
    expect(intent.focus?.words).toEqual([focus]);
  });

  // A copula, an article or an ordinal between "how many" and the counted noun.
  it.each([
    ['bg', 'Колко бяха фабриките в региона?', 'фабриките'],
    ['bg', 'Колко бяха първите пратки с жито?', 'пратки'],
    ['en', 'How many were the first plants that opened?', 'plants'],
    ['ru', 'Сколько было первых поставок зерна?', 'поставок'],
  ] as const)('%s: %s counts %s', (lang, q, counted) => {
    const intent = understandQuestion(q, lang);
    expect(intent.kind).toBe('count');
    expect(intent.focus?.words.map((w) => w.toLowerCase())).toContain(counted);
  });

  it('bg «Какво мисли експертът…», «Какво каза министърът…» ask what was thought or said, not who', () => {
    expect(understandQuestion('Какво мисли експертът за сделката?', 'bg').kind).not.toBe('person');
    expect(understandQuestion('Какво каза министърът за завода?', 'bg').kind).not.toBe('person');
  });

  it('ru «местные» is no place («место» is); «месторождения» asks a deposit, a place of its own kind', () => {
    expect(understandQuestion('Какие местные фирмы участвуют?', 'ru').kind).not.toBe('place');
    expect(understandQuestion('Какие месторождения будут разрабатывать?', 'ru').kind).toBe('place');
    expect(understandQuestion('В каком месте построят завод?', 'ru').kind).toBe('place');
  });

  it('is none when a name or nothing follows the question word', () => {
    expect(understandQuestion('What did Tokayev discuss?', 'en').head).toBeUndefined();
    expect(understandQuestion('How many locomotives?', 'en').head).toBeUndefined();
    // A pronoun, not a determiner: a verb follows it.
    expect(understandQuestion('Mit nyerhet Kazahsztán a memorandummal?', 'hu').head).toBeUndefined();
    expect(understandQuestion('Что думает политолог о визите?', 'ru').head).toBeUndefined();
    // After an article, "what" is the verb's object, not a determiner.
    expect(understandQuestion('Could you explain what exactly the contracts with Nortec include?', 'en').head).toBeUndefined();
  });
});

describe('the further parts of a question', () => {
  it('asks for a second fact in a second clause', () => {
    expect(understandQuestion('Стивен Шварцман деген кім, қай компанияның басшысы?', 'kk').more.map((m) => m.kind)).toContain('organisation');
  });

  it('reads "at what hour" as a time, not a count of hours', () => {
    expect(understandQuestion('Hány órakor kezdődött az ülés?', 'hu').kind).toBe('date');
    expect(understandQuestion('В колко часа започна срещата?', 'bg').kind).toBe('date');
    expect(understandQuestion('Кездесу сағат нешеде басталды?', 'kk').kind).toBe('date');
    expect(understandQuestion('Hány órát tartott az ülés?', 'hu').kind).toBe('count');
  });

  it('reads «Правда, что…?», «Вярно, че…?» as yes/no questions, the clause after them asking nothing of its own', () => {
    expect(isYesNoQuestion('Правда, что Nortec построит завод в Павлодаре?', 'ru')).toBe(true);
    expect(isYesNoQuestion('Вярно, че Nortec ще построи завод в Павлодар?', 'bg')).toBe(true);
    expect(isYesNoQuestion('Could you clarify, what is the Nortec deal worth?', 'en')).toBe(false);
    // (With "this" before: «Это правда, что…», «Az igaz, hogy…».)
    expect(isYesNoQuestion('Это правда, что о вагонах с министром говорил глава Nortec?', 'ru')).toBe(true);
    expect(isYesNoQuestion('Az igaz, hogy a Nortec vezetője tárgyalt a miniszterrel?', 'hu')).toBe(true);
  });

  it('reads the Kazakh "which day of the month" («айдың нешесі», «нешесінде») as a date', () => {
    expect(understandQuestion('Келісімге қазанның нешесі күні қол қойылды?', 'kk').kind).toBe('date');
    expect(understandQuestion('Келісімге наурыздың нешесінде қол қойылды?', 'kk').kind).toBe('date');
    expect(understandQuestion('Nortec неше вагон жеткізеді?', 'kk').kind).toBe('count');
  });

  it('keeps the first question when the second asks "what is the name of…"', () => {
    const intent = understandQuestion('In which town did the minister sign it, and what is the name of the Orvel chairman?', 'en');
    expect(intent.kind).toBe('place');
    expect(intent.more.map((m) => m.kind)).toEqual(['person']);
  });

  it('asks for a second person in a clause about someone the first does not name', () => {
    const intent = understandQuestion('Who signed the memorandum for the US, and which foreign minister did Tokayev meet in Oslo?', 'en');
    expect(intent.kind).toBe('person');
    expect(intent.more).toEqual([expect.objectContaining({ kind: 'person', focus: expect.objectContaining({ words: ['foreign', 'minister'] }) })]);
    // (A role asked of the one the first clause asks for is more about them.)
    expect(understandQuestion('Who signed the memorandum, and what minister is he?', 'en').more).toEqual([]);
    // (In Kazakh the second question word stands late in its clause, after whom and where it is about.)
    const kazakh = understandQuestion('Меморандумға АҚШ тарапынан кім қол қойды және Тоқаев қарашада Ослода Норвегияның қай министрімен кездесті?', 'kk');
    expect(kazakh.more).toEqual([expect.objectContaining({ kind: 'person' })]);
  });

  it('asks for a second count of another thing ("how many locomotives, and how many jobs")', () => {
    expect(understandQuestion('how many locomotives and how many jobs', 'en').more).toEqual([expect.objectContaining({ kind: 'count', focus: expect.objectContaining({ words: ['jobs'] }) })]);
    expect(understandQuestion('Сколько вагонов и сколько рабочих мест?', 'ru').more.map((m) => m.kind)).toEqual(['count']);
    // (The same thing asked twice is one part.)
    expect(understandQuestion('how many locomotives, how many locomotives?', 'en').more).toEqual([]);
  });

  it.each([
    ['Какой процент локализации у завода и сколько компания туда вложила?', 'ru', 'percent', 'money'],
    ['Сколько компания вложила в завод и какой у него процент локализации?', 'ru', 'money', 'percent'],
    ['What is the localization percentage, and how much has the company invested?', 'en', 'percent', 'money'],
  ] as const)('reads a bare "how much" by the measure of its own clause, not the other question\'s: %s', (question, lang, first, second) => {
    const intent = understandQuestion(question, lang);
    expect(intent.kind).toBe(first);
    expect(intent.more.map((m) => m.kind)).toEqual([second]);
  });

  it('reads "which minister" after "who is X" as more about X, not as a question about someone else', () => {
    expect(understandQuestion('Ерсайын Нагаспаев кім, қандай министр?', 'kk').more).toEqual([]);
  });
});

describe('sourceWords', () => {
  it.each([
    ['en', 'What will the plant change, according to the economist?', ['economist']],
    ['en', 'Is it a good deal, per the analyst?', ['analyst']],
    ['ru', 'По словам министра, когда откроют завод?', ['министра']],
    ['bg', 'Според експерта кой печели?', ['експерта']],
    ['hu', 'Mit jelent a gyár Kovács szerint?', ['kovács']],
    ['hu', 'Mit jelent a gyár a miniszter véleménye szerint?', ['miniszter']],
    ['kk', 'Министрдің айтуынша зауыт қашан ашылады?', ['министрдің']],
    ['en', 'When will the plant open?', []],
    // An outlet vouching for a figure: «по данным», «по данни на».
    ['ru', 'По данным Steppe.kz, сколько стоит сделка?', ['steppe']],
    ['bg', 'По данни на Steppe.kz колко струва сделката?', ['steppe']],
  ] as const)('%s: %s', (lang, q, words) => {
    expect(sourceWords(q, lang)).toEqual(expect.arrayContaining([...words]));
    if (!words.length) expect(sourceWords(q, lang)).toEqual([]);
  });
});


describe('referenceWords', () => {
  it.each([
    ['en', 'When did the delegation visit Astana, before the meeting with Holm?', ['the', 'meeting', 'with', 'holm']],
    ['ru', 'Когда делегация приезжала в Астану ещё до встречи с Холм?', ['встречи', 'с', 'холм']],
    ['bg', 'Кога делегацията посети Астана преди срещата с Холм?', ['срещата', 'с', 'холм']],
    ['hu', 'Mikor járt a delegáció Asztanában a Holmmal való találkozó előtt?', ['a', 'holmmal', 'való', 'találkozó']],
    ['kk', 'Делегация Холммен кездесуге дейін Астанаға қашан келді?', ['делегация', 'холммен', 'кездесуге']],
  ] as const)('%s: finds the event another is dated by in «%s»', (lang, question, words) => {
    expect(referenceWords(question, lang)).toEqual(words);
  });

  it('is empty for a question dated by nothing', () => {
    expect(referenceWords('When did the delegation visit Astana?', 'en')).toEqual([]);
  });

  it('is empty where "after" opens a clause of what was said («след като», «после того как»)', () => {
    expect(referenceWords('Кой експерт смята, че Холм се обърна към Азия, след като опитът се провали?', 'bg')).toEqual([]);
    expect(referenceWords('Какой эксперт считает, что Холм обратился к Азии после того как попытка провалилась?', 'ru')).toEqual([]);
  });
});

describe('eventsCompared', () => {
  it.each([
    ['en', 'Which came first — the plant in Astana or the engineering centre?', ['the', 'plant', 'in', 'astana'], ['the', 'engineering', 'centre']],
    ['ru', 'Что открылось раньше: завод в Астане или инженерный центр?', ['завод', 'в', 'астане'], ['инженерный', 'центр']],
    ['bg', 'Колко години минават между пускането на завода и откриването на центъра?', ['пускането', 'на', 'завода'], ['откриването', 'на', 'центъра']],
    // "How many years from X to Y", «сколько лет от X до Y».
    ['ru', 'Сколько лет прошло от запуска завода до открытия центра?', ['запуска', 'завода'], ['открытия', 'центра']],
    ['en', 'How many years passed from the launch of the plant to the opening of the centre?', ['the', 'launch', 'of', 'the', 'plant'], ['the', 'opening', 'of', 'the', 'centre']],
    // (An "or" parts the two before an "and" inside one of them.)
    ['en', 'Which came first: the research and training centre or the port?', ['the', 'research', 'and', 'training', 'centre'], ['the', 'port']],
    ['bg', 'Кое стана по-рано: научният и учебен център или пристанището?', ['научният', 'и', 'учебен', 'център'], ['пристанището']],
  ] as const)('%s: finds the two events of «%s»', (lang, question, first, second) => {
    expect(eventsCompared(question, lang)?.sides).toEqual([first, second]);
  });

  it('finds none in a question that sets nothing side by side', () => {
    expect(eventsCompared('When did the plant open?', 'en')).toBeUndefined();
    // (A "from … to" of no span of time: how many wagons, from a company, by the year's end.)
    expect(eventsCompared('Сколько вагонов поставят с Nortec до конца года?', 'ru')).toBeUndefined();
  });
});

describe('a word that says how precisely the thing is asked for', () => {
  it.each([
    ['Melyik konkrét lelőhelyet fejlesztik?', 'hu', 'lelőhelyet'],
    ['Which exact city will host the plant?', 'en', 'city'],
    ['Қай нақты кен орны игеріледі?', 'kk', 'кен'],
  ] as const)('is no head: %s', (question, lang, head) => {
    expect(understandQuestion(question, lang).head).toBe(head);
  });

  it.each([
    ['What is the estimated investment volume attached to the memorandum?', 'en'],
    ['What is the estimated investment under the memorandum?', 'en'],
  ] as const)('and an investment estimated is an amount: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('money');
  });
});

describe('a foreign word with a hyphenated ending, and an abbreviation', () => {
  it.each([
    ['Nortec CEO-сы кім?', 'kk'],
    ['Nortec компаниясының CEO-сы кім?', 'kk'],
  ] as const)('is the role asked for: %s', (question, lang) => {
    expect(understandQuestion(question, lang).focus?.words).toEqual(['CEO']);
  });
});

describe('what a how-much question measures', () => {
  it('is the last noun of its clause, not a word for when («…árbevétele tavaly»)', () => {
    expect(understandQuestion('Mekkora volt a Nortec teljes éves árbevétele tavaly?', 'hu').head).toBe('árbevétele');
  });
});

describe('a formal request', () => {
  // An imperative a few words after a word of request asks, though it opens no clause; a question word after it asks instead.
  it.each([
    ['en', 'I would ask the ministry to state the value of the Nortec deal.', 'money'],
    ['ru', 'Прошу сообщить стоимость соглашения с Nortec.', 'money'],
    ['hu', 'Kérem közölni a megállapodás értékét.', 'money'],
    ['ru', 'Просим уточнить, сколько рабочих мест создаст завод Nortec.', 'count'],
    ['en', 'I would ask you to state how many jobs the Nortec plant creates.', 'count'],
    ['ru', 'Прошу сообщить, в каком городе состоялась встреча.', 'place'],
  ] as const)('%s: %s', (lang, q, kind) => {
    expect(understandQuestion(q, lang).kind).toBe(kind);
  });

  // Its further objects after "and" are asked too, each with the words after the "and".
  it.each([
    ['en', 'Please state the value of the Nortec deal and the number of machines.'],
    ['ru', 'Прошу сообщить стоимость соглашения и количество машин.'],
    ['hu', 'Kérem közölni a megállapodás értékét és a gépek számát.'],
  ] as const)('asks each object: %s: %s', (lang, q) => {
    const intent = understandQuestion(q, lang);
    expect([intent.kind, ...intent.more.map((m) => m.kind)]).toEqual(['money', 'count']);
    expect(intent.laterClause.length).toBeGreaterThan(0);
  });

  it('reads the verb of a later question as its own: "what the value was and how many locomotives they provide for"', () => {
    const intent = understandQuestion('Could you clarify what the approximate total value of those documents was and how many wagons they provide for?', 'en');
    expect([intent.kind, ...intent.more.map((m) => m.kind)]).toEqual(['money', 'count']);
  });

  it('reads "whose" after a noun, and "which" after a noun and a preposition, as relative, asking nothing', () => {
    const intent = understandQuestion('Please state the number of machines whose production is planned.', 'en');
    expect(intent.kind).toBe('count');
    expect(intent.more).toEqual([]);
    const airport = understandQuestion('I request clarification as to the airport at which the carrier, whose offices are there, opens a centre.', 'en');
    expect(airport.kind).toBe('place');
    expect(airport.more).toEqual([]);
    expect(understandQuestion('Whose plant is in Astana?', 'en').kind).toBe('person');
    expect(understandQuestion('Tell me which city hosted the meeting.', 'en').kind).toBe('place');
    expect(understandQuestion('In front of which minister was the contract signed?', 'en').kind).toBe('person');
    // («коя област» asks which field as often as which province: no place.)
    expect(understandQuestion('В коя област Лутник предложи съвместни инвестиции?', 'bg').kind).not.toBe('place');
    expect(understandQuestion('They met during the visit — in which city was that?', 'en').kind).toBe('place');
  });
});

describe('Kazakh typed in plain Cyrillic letters', () => {
  it.each([
    ['меморандумга кай куни кол койылды?', 'date'],
    ['зауыт кай жылы ашылды?', 'date'],
    ['келисим кай калада жасалды?', 'place'],
  ] as const)('reads a short class word after the question word as it reads it in Kazakh letters: %s', (question, kind) => {
    expect(understandQuestion(question, 'kk').kind).toBe(kind);
  });
});

describe('Hungarian «kire», onto whom', () => {
  it('asks for a person or a body, as «kinek» does: «Kire hivatkozott a Nortec.kz?»', () => {
    const intent = understandQuestion('Kire hivatkozott a Nortec.kz, amikor a szerződésről írt?', 'hu');
    expect(intent.kind).toBe('person');
  });
});

describe('which role someone named was appointed to', () => {
  it.each([
    ['Каким послом назначен Джон Смит?', 'ru'],
    ['Този Джон Смит за какъв посланик е назначен?', 'bg'],
    ['Milyen nagyköveti posztot kapott John Smith?', 'hu'],
  ] as const)('is a description of the role, not a person: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('description');
  });

  it('while which holder of a role was appointed is a person', () => {
    expect(understandQuestion('Which ambassador was appointed to India?', 'en').kind).toBe('person');
  });
});

describe('what a message tells before it asks', () => {
  // ("My brother wants to know how many people work there. How many employees…?": the told one frames the asked one.)
  it.each([
    ['en', 'My brother wants to know how many people work there. How many employees does the Nortec plant have?'],
    ['kk', 'Ағам Nortec зауытында қанша адам жұмыс істейтінін білгісі келеді. Зауытта қанша қызметкер бар?'],
    ['ru', 'Сестра хочет знать, сколько людей там работает. Сколько сотрудников на заводе Nortec?'],
  ] as const)('asks no part of its own of the kind the question asks: %s: %s', (lang, q) => {
    const intent = understandQuestion(q, lang);
    expect(intent.kind).toBe('count');
    expect(intent.more).toEqual([]);
  });

  it('still asks a part of another kind, or one of a sentence that asks', () => {
    const kinds = (q: string) => {
      const intent = understandQuestion(q, 'en');
      return [intent.kind, ...intent.more.map((m) => m.kind)];
    };
    expect(kinds('I want to know when it was signed. How much is the Nortec deal?')).toEqual(['date', 'money']);
    expect(kinds('How many people work there? How many wagons does the plant make?')).toEqual(['count', 'count']);
  });

  it('reads «насколько я понял», as far as I understood, as no question', () => {
    const intent = understandQuestion('Насколько я понял, министр говорил не только о вагонах. Что именно он предложил?', 'ru');
    expect(intent.kind).not.toBe('count');
    expect(understandQuestion('Насколько выросла локализация?', 'ru').kind).toBe('count');
  });
});

describe('an open question before an "and" that opens a kinded one', () => {
  it.each([
    ['en', 'What did the minister offer, and which company did he thank him for choosing?', 'organisation'],
    ['ru', 'Что министр предложил и за выбор какой компании он его поблагодарил?', 'organisation'],
  ] as const)('is the first part, the kinded one the later clause\'s: %s: %s', (lang, q, later) => {
    const intent = understandQuestion(q, lang);
    expect(intent.kind).toBe('other');
    expect(intent.more.map((m) => m.kind)).toEqual([later]);
    expect(intent.laterClause.length).toBeGreaterThan(0);
  });

  it('not a comparison of "which" before it', () => {
    expect(understandQuestion('Which was the bigger deal, Nortec or Kestrel, and how much was it worth?', 'en').kind).toBe('money');
  });
});

describe('Hungarian «Hogy hívják…», what is he called', () => {
  it.each([
    'Hogy hívják az amerikai minisztert, akivel a polgármester Pavlodarban tárgyalt?',
    'Hogy hívják a Nortec igazgatóját?',
  ])('asks for a name, no yes or no: %s', (q) => {
    expect(isYesNoQuestion(q, 'hu')).toBe(false);
    expect(understandQuestion(q, 'hu').cue).toMatch(/^Hogy hívják$/u);
  });
});

describe('an English hyphenated compound before the noun "which" asks about', () => {
  it.each([
    ['Which US tractor-and-combine brand signed the deal?', 'brand'],
    ['Which rail-equipment company won the contract?', 'company'],
    ['Which pet-food maker is building a plant?', 'maker'],
  ])('is its modifier: %s', (q, head) => {
    expect(understandQuestion(q, 'en').head).toBe(head);
  });
});

describe('a class noun after several adjectives', () => {
  it.each([
    ['С каким американским финансовым агентством министр обсуждал инвестиции?', 'ru', 'organisation'],
    ['С коя американска държавна финансова агенция министърът обсъди инвестиции?', 'bg', 'organisation'],
  ] as const)('is what "which" asks: %s', (question, lang, kind) => {
    expect(understandQuestion(question, lang).kind).toBe(kind);
  });

  it('is not sought past a noun that ends as a Russian adjective does («госструктурой», not the minister)', () => {
    expect(understandQuestion('С какой американской госструктурой министр обсуждал инвестиции?', 'ru').kind).not.toBe('person');
  });
});

describe('an English compound after "which" or "what"', () => {
  it.each([
    ['Which American railway equipment maker will supply the engines?', 'maker', ['railway', 'equipment'], 'organisation'],
    ['What was the original reason for the trip?', 'reason', ['original'], 'purpose'],
    ['What tariff rate does the US charge?', 'rate', ['tariff'], 'percent'],
  ] as const)('is headed by its last noun, the words before it narrowing it: %s', (question, head, modifiers, kind) => {
    const intent = understandQuestion(question, 'en');
    expect(intent.head).toBe(head);
    expect(intent.headModifiers).toEqual(modifiers);
    expect(intent.kind).toBe(kind);
  });

  it.each([
    ['Which country sent troops?', 'country'],
    ['Which company invested the most?', 'company'],
  ])('ends at a verb, and a first noun that names a class is the head itself: %s', (question, head) => {
    const intent = understandQuestion(question, 'en');
    expect(intent.head).toBe(head);
    expect(intent.headModifiers).toBeUndefined();
  });
});

describe('"What\'s his name?"', () => {
  it.each(["What's his name?", 'What is her name?', 'Whats his name'])('asks for a person: %s', (question) => {
    expect(understandQuestion(question, 'en').kind).toBe('person');
  });
});

describe('a count of nothing named after the first sentence', () => {
  it.each([
    ['Igaz, hogy a megállapodások összértéke 10 milliárd dollár volt? Mennyi valójában?', 'hu'],
    ['Говорят, сделка стоит 3 миллиарда долларов. Сколько на самом деле?', 'ru'],
  ] as const)('asks the measure the message names: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('money');
  });

  it.each([
    ['Will 2000 machines be made? How many exactly?', 'en'],
    // (A share the message speaks of is no measure of a figure: «част от тях».)
    ['Заводът е произвел над 600 локомотива, като част от тях са за КТЖ. Колко точно са заминали за експорт?', 'bg'],
  ] as const)('still counts where the figure before is in no money or percent: %s', (question, lang) => {
    expect(understandQuestion(question, lang).kind).toBe('count');
  });
});
