import { describe, expect, it } from 'vitest';
import { speaksOfFuture, tellsOfEarlier } from '../../src/language/discourse.js';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

// A report that tells a signing and a meeting without dating either: its dateline is the day they are news of.
const TURBINES = `Казахстан подписал соглашение с компанией Kestrel

Новости Steppe.kz от 14.03.2025 10:40 Фото: пресс-служба
В Астане в присутствии министра энергетики состоялась церемония подписания соглашения с американской компанией Kestrel о поставке 40 ветровых турбин.

Министр также встретился с главой компании Orion Питером Доу.

Ранее вице-президент Kestrel Анна Лоу обсудила с министром развитие ветроэнергетики.

Иван Петров
`;

// An article that dates the signing in its opening and names the signers further on.
const WATER = `date 2025-04-04 В Ташкенте 3 апреля состоялось важное событие для двух стран. В присутствии премьер-министров двух стран был подписан меморандум о сотрудничестве в сфере водных ресурсов.

Подписание документа при участии глав правительств

Меморандум, имеющий большое значение для сельского хозяйства, был подписан высокопоставленными представителями:

От Казахстана – министр водных ресурсов Нурлан Ахметов;

От Узбекистана – министр сельского хозяйства Шавкат Каримов.

Министр поздравил Джона Смита с назначением на пост посла по делам Южной и Центральной Азии, отметив важность региона.
`;

describe('the day of an undated act is the day of its report', () => {
  const ctx = useEngineOver({ 'turbines.txt': TURBINES, 'water.txt': WATER });

  it('dates a signing the article reports, and says that the date is the report’s', async () => {
    for (const question of [
      'When was the Kestrel agreement signed?',
      'Какого числа подписали соглашение с Kestrel?',
      // (A deal named by what it supplies, which the article tells.)
      'When was the Kestrel turbine supply agreement signed?',
      'Melyik napon írták alá a Kestrel-megállapodást?',
      // (What the asker must do is no act yet to come.)
      'A dolgozatomban pontos dátumot kell megadnom. Melyik napon írták alá a Kestrel-megállapodást?',
    ]) {
      const r = await ctx.engine.ask(question);
      expect(r.answered, question).toBe(true);
      expect(r.lead, question).toMatch(/14|III/);
      expect(r.citations.map((c) => c.quote).join(' '), question).toMatch(/14\.03\.2025/);
      expect(r.answer, question).toMatch(/date of the article|дата статьи|cikk dátuma/);
    }
    const met = await ctx.engine.ask('Когда министр встретился с главой Orion?');
    expect(met.lead).toMatch(/14 марта 2025/);
  });

  it('dates an announcement by the day of the report that is it', async () => {
    expect((await ctx.engine.ask('When was the Kestrel turbine deal announced?')).lead).toMatch(/14 March 2025/);
    expect((await ctx.engine.ask('When will the results of the Kestrel tender be announced?')).answer).not.toMatch(/14\.03\.2025|14 March/);
  });

  it('gives no report’s day for what is yet to come, for earlier news, or for a term', async () => {
    for (const question of [
      'When will the Kestrel turbines be delivered?',
      'When will the next agreement with Kestrel be signed?',
      'When did Anna Lowe of Kestrel discuss wind power with the minister?',
      'На какой срок заключено соглашение с Kestrel?',
      // What must yet be done is no act reported done.
      'Кога трябва да бъдат доставени турбините на Kestrel?',
      'By when must the Kestrel turbines be delivered?',
      // An act to come the article never tells, of a deal its signing names; an act of a remark before the question.
      'Mikor érkezik meg az első turbina a Kestrellel aláírt szerződésből?',
      'Kestrel келісімі Астанада жасалды. Турбиналар қашан жеткізіледі?',
      'The Kestrel agreement was signed in Astana. When are the turbines delivered?',
    ]) {
      const r = await ctx.engine.ask(question);
      expect(r.answer, question).not.toMatch(/14\.03\.2025|14 March/);
    }
  });

  it('answers "at what time" only with an hour', async () => {
    const posted = await ctx.engine.ask('At what time was the Steppe.kz article posted?');
    expect(posted.answer).toContain('10:40');
    const signedAt = await ctx.engine.ask('At what time of day was the water memorandum signed on 3 April?');
    expect(signedAt.lead ?? '').not.toMatch(/3 April/);
  });

  it('finds the signers where the article tells the signing again, and dates it by its opening', async () => {
    for (const question of ['On which day did Akhmetov and Karimov sign the water memorandum?', 'Какого числа Ахметов и Каримов подписали меморандум по водным ресурсам?']) {
      const r = await ctx.engine.ask(question);
      expect(r.lead, question).toMatch(/3 (?:April|апреля)/);
    }
  });

  it('answers "for what term was it signed" by no day of signing', async () => {
    for (const question of [
      'На какой срок подписан меморандум по водным ресурсам?',
      'For what term was the water memorandum signed?',
      'На какой срок рассчитан меморандум по водным ресурсам?',
      // (The term asked by its noun.)
      'меморандум водни ресурси срок на действие',
      'Какой срок действия у меморандума по водным ресурсам?',
      'What is the validity of the water memorandum?',
      'A vízügyi memorandum érvényességi ideje?',
    ]) {
      const r = await ctx.engine.ask(question);
      expect(r.lead ?? '', question).not.toMatch(/3 (?:April|апреля)/);
    }
  });

  it('answers a figure of a year the question sets only from an article that speaks of that year', async () => {
    expect((await ctx.engine.ask('How many turbines will Kestrel deliver?')).lead).toMatch(/40/);
    expect((await ctx.engine.ask('How many turbines will Kestrel deliver in 2027?')).answered).toBe(false);
  });

  it('answers "which city" with no place wider than a city', async () => {
    // («по делам Южной и Центральной Азии» names a region, not the city asked for.)
    const r = await ctx.engine.ask('В каком городе находится посол по делам Южной Азии Джон Смит?');
    expect(r.answered).toBe(false);
  });

  it('reads "according to the article, who signed" as asking for the signer, not the author', async () => {
    const r = await ctx.engine.ask('According to the article, who signed the agreement with Kestrel?');
    expect(r.answer).not.toMatch(/Иван Петров/);
  });
});

describe('tense in questions and passages', () => {
  it('tells what is yet to come', () => {
    expect(speaksOfFuture('When will the turbines arrive?', 'en')).toBe(true);
    expect(speaksOfFuture('Когда будет подписано следующее соглашение?', 'ru')).toBe(true);
    expect(speaksOfFuture('Кога ще пристигнат турбините?', 'bg')).toBe(true);
    expect(speaksOfFuture('Mikor fogják aláírni?', 'hu')).toBe(true);
    expect(speaksOfFuture('Келісімге қашан қол қоймақ?', 'kk')).toBe(true);
    expect(speaksOfFuture('When was it signed?', 'en')).toBe(false);
    expect(speaksOfFuture('Келісімге қашан қол қойылды?', 'kk')).toBe(false);
    // (Not «собирать», to assemble, which «собираться», to intend, begins as.)
    expect(speaksOfFuture('С какого года Nortec собирает вагоны в Павлодаре?', 'ru')).toBe(false);
    expect(speaksOfFuture('Nortec собирается открыть завод?', 'ru')).toBe(true);
    // (What ought to happen is yet to come; what ought to have happened is past.)
    expect(speaksOfFuture('When should the turbines arrive?', 'en')).toBe(true);
    expect(speaksOfFuture('When should the turbines have arrived?', 'en')).toBe(false);
    expect(speaksOfFuture('Когда Латвия должна получить турбины?', 'ru')).toBe(true);
    expect(speaksOfFuture('Когда Латвия должна была получить турбины?', 'ru')).toBe(false);
  });

  it('tells it by tense and words, not by a Kazakh participle that only relates', () => {
    expect(speaksOfFuture('Турбиналар қашан келмек?', 'kk')).toBe(true);
    // (Not a noun that ends as the intent does: «көмек», help; «еңбек», labour.)
    expect(speaksOfFuture('Латвия Эстонияға қандай көмек көрсетті?', 'kk')).toBe(false);
    expect(speaksOfFuture('Мен ұзақ жыл еңбек еткен зейнеткермін. Зауыт қанша вагон шығарды?', 'kk')).toBe(false);
    expect(speaksOfFuture('Nortec жастарды оқытатын орталықты қашан ашты?', 'kk')).toBe(false);
  });

  it('tells earlier news', () => {
    expect(tellsOfEarlier('Ранее министр обсудил это с главой компании.', 'ru')).toBe(true);
    expect(tellsOfEarlier('По-рано министърът обсъди това.', 'bg')).toBe(true);
    expect(tellsOfEarlier('A miniszter korábban tárgyalt erről.', 'hu')).toBe(true);
    expect(tellsOfEarlier('Министр сегодня обсудил это.', 'ru')).toBe(false);
  });
});

// A meeting told just after a paragraph about someone else: the report's day dates the one it tells, not theirs.
const DELEGATION = `Делегация Orion посетила Астану

Новости Steppe.kz от 20.05.2025 09:15 Фото: пресс-служба

В начале мая делегация из 12 компаний во главе с Джоном Ридом посетила Казахстан.

Встреча прошла в Астане во время визита министра энергетики. Пресс-служба сообщила, что он встретился с главой Orion Питером Доу.
`;

describe('the day of a report, for a meeting it tells', () => {
  const ctx = useEngineOver({ 'delegation.txt': DELEGATION });

  it('dates the meeting of the ones its paragraph names, wherever the question sets it', async () => {
    expect((await ctx.engine.ask('Когда министр встретился с Питером Доу?')).answer).toMatch(/20\.05\.2025/);
    expect((await ctx.engine.ask('Когда в Казахстане министр встретился с Питером Доу?')).answer).toMatch(/20\.05\.2025/);
  });

  it('dates no meeting of one named only in the paragraph before', async () => {
    expect((await ctx.engine.ask('Когда Джон Рид встретился с министром энергетики?')).answer).not.toMatch(/20\.05\.2025|20 мая/);
  });
});

// "When will the US president come?": a date before the report's day, in the report that gives it, is past news
// («В началото на септември делегация… посети Казахстан», in a report of 22 September).
describe('a date asked of what is yet to come', () => {
  const ctx = useOfflineEngine();

  it.each(['Кога американският държавен глава ще дойде в Казахстан?', 'Mikor látogat majd Kazahsztánba az amerikai elnök?'])('is no date before the report that gives it: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead ?? '').not.toMatch(/септември|szeptember/u);
  });

  it('while one after it answers', async () => {
    expect((await ctx.engine.ask('Mikor érkeznek a Boeing 787-esek Kazahsztánba?')).answer).toMatch(/2026/);
  });
});

describe('a further part for the day of an undated act ("how many…, and on which day was it signed?")', () => {
  const ctx = useEngineOver({ 'turbines.txt': TURBINES });

  it.each([
    'How many turbines will Kestrel supply, and on which day was the agreement signed?',
    'Сколько турбин поставит Kestrel и когда подписали соглашение?',
  ])('is answered by the day of the report, as the part alone would be: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(/40/);
    expect(result.lead).toMatch(/14 (?:March|марта) 2025/);
  });

  it('not where the part asks of an act to come, which the report does not date', async () => {
    const result = await ctx.engine.ask('How many turbines will Kestrel supply, and when will the first ones arrive?');
    expect(result.lead ?? '').not.toMatch(/2025/);
  });
});
