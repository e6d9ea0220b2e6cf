import { describe, expect, it } from 'vitest';
import { provenanceAsked } from '../../src/answer/provenance.js';
import { findAuthor } from '../../src/corpus/metadata.js';
import type { QueryToken } from '../../src/search/query-token.js';
import { useEngineOver, useOfflineEngine } from '../support/workspace.js';

describe('findAuthor', () => {
  it('reads labelled bylines and name-only byline lines, at the top or the end of an article', () => {
    expect(findAuthor('Заголовок новости о сделке\n\nАвтор: Иван Петров\n\nТекст статьи.')?.name).toBe('Иван Петров');
    expect(findAuthor('Headline about the deal\nBy Jane Doe\nThe text of the story.')?.name).toBe('Jane Doe');
    expect(findAuthor('Title of the story here\nText of the story.\n\nGeorgi Ivanov Georgi Ivanov Автор в Example.bg\n')?.name).toBe('Georgi Ivanov');
    expect(findAuthor('A cikk címe itt van\nA cikk szövege.\nKovács Anna\n')?.name).toBe('Kovács Anna');
  });

  it('does not take a photographer, a subheading or a sentence for the author', () => {
    expect(findAuthor('Title of the story here\nФото Пётр Сидоров\nText.')).toBeUndefined();
    expect(findAuthor('Title of the story here\nКлючевые направления сотрудничества\nText of the story.')).toBeUndefined();
    expect(findAuthor('Title of the story here\nAuthorities Said Nothing.\n')).toBeUndefined();
  });
});

const ZAKON = `Locomotive deal signed in Astana

The railway company signed a contract for 50 locomotives, reports Steppe.kz.

Officials said the trains will arrive next year.

Ivan Petrov
`;
const AKORDA = `Подписано соглашение о поставке зерна

Соглашение о поставке зерна подписано на прошлой неделе, сообщает Steppe.kz со ссылкой на Акорду. Церемония прошла в Астане.
`;
const DAILY = `Grain exporters meet in Almaty

News Daily.hu reported 12.10.2025 10:00 locomotive contract news

Grain exporters discussed new routes to China, writes Daily.hu.

Szerző: Kovács Anna
`;

describe('who wrote it, which outlet reported it', () => {
  const ctx = useEngineOver({ 'steppe.txt': ZAKON, 'daily.txt': DAILY, 'akorda.txt': AKORDA });

  it('answers "who wrote" with the byline of the article the question names', async () => {
    const en = await ctx.engine.ask('Who wrote the Steppe.kz article about the locomotive contract?');
    expect(en.answered).toBe(true);
    expect(en.answer.split('\n')[0]).toContain('Ivan Petrov');
    expect(en.citations[0]!.file).toBe('steppe.txt');
    const ru = await ctx.engine.ask('Кто автор статьи о зерне?');
    expect(ru.answer.split('\n')[0]).toContain('Kovács Anna');
  });

  it('answers "when did the news come out" with the dateline of the article it is about, and no other article\'s', async () => {
    expect((await ctx.engine.ask('When did the news about the grain exporters meeting come out?')).lead).toMatch(/12/);
    expect((await ctx.engine.ask('When did the news about the grain supply agreement come out?')).lead ?? '').not.toMatch(/12/);
  });

  it('reads "whom did the correspondent talk to" as a question about them, not about the author', async () => {
    const r = await ctx.engine.ask('Which exporters did the Daily.hu correspondent talk to?');
    expect(r.answer).not.toMatch(/Kovács Anna/);
  });

  it('answers "which outlet" with the outlet the article names, quoting where it does', async () => {
    const r = await ctx.engine.ask('Which outlet reported the locomotive contract?');
    expect(r.answered).toBe(true);
    expect(r.answer.split('\n')[0]).toContain('Steppe.kz');
    expect(r.citations[0]!.quote).toMatch(/reports Steppe\.kz/);
  });

  // «hírportál» is a portal (of news), as "news portal" is.
  it.each(['Which news portal reported the locomotive contract?', 'Melyik hírportál számolt be a mozdonyszerződésről?'])(
    'answers "which news portal" with the outlet: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).answer.split('\n')[0]).toContain('Steppe.kz');
    },
  );

  it('reads "which outlet" only in a sentence that asks: a remark about an outlet asks none', async () => {
    const r = await ctx.engine.ask('An outlet wrote about the locomotive contract. Which company signed it?');
    expect(r.lead ?? '').not.toMatch(/Steppe/);
    expect(r.citations[0]?.quote).toMatch(/railway company signed/);
  });

  it('leaves questions about the news itself to the answerer', async () => {
    const r = await ctx.engine.ask('How many locomotives did the railway company order?');
    expect(r.answer.split('\n')[0]).toContain('50');
  });

  it('never takes the outlet or the source a report cites for where it happened', async () => {
    const r = await ctx.engine.ask('Где подписали соглашение о поставке зерна?');
    expect(r.answer.split('\n')[0]).not.toMatch(/Акорд|Steppe/);
  });

  it('answers "when was it published" with the article\'s dateline, in the asker\'s words', async () => {
    const hu = await ctx.engine.ask('Melyik napon jelent meg a Daily.hu cikke a gabonaexportőrökről?');
    expect(hu.lead).toBe('2025. október 12.');
    expect(hu.citations[0]!.quote).toMatch(/12\.10\.2025/);
    const bg = await ctx.engine.ask('Кога е публикувана статията за гаровете и зърното в Daily.hu?');
    expect(bg.lead).toMatch(/12 октомври 2025/);
  });

  it.each([
    // (The day of the article, the piece, the material: its dateline.)
    'Какой датой помечен материал Daily.hu о встрече экспортёров зерна?',
    'What date is the Daily.hu piece on the grain exporters from?',
    'Daily.hu сайтындағы астық экспорттаушылары туралы мақала қай күні шықты?',
    'On which day did Daily.hu report on the grain exporters?',
    'Melyik napon számolt be a Daily.hu a gabonaexportőrökről?',
    'Когда Daily.hu сообщил о встрече экспортёров зерна?',
  ])('answers "on which day was it reported" with the dateline: the article is the report: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(/12|október/);
  });

  it.each([
    // (Nor an article that vouches: «мақаласы бойынша», "the article says".)
    'Daily.hu мақаласы бойынша астық экспорттаушылары қашан қайта кездеседі?',
    'When does the Daily.hu article say the grain exporters will meet again?',
    'According to reports, when will the grain exporters meet again?',
    'По сообщениям, когда экспортёры зерна встретятся снова?',
    'Экспортёры зерна, как сообщалось, встретились; когда они встретятся снова?',
    'A gabonaexportőrök, ahogy beszámoltak róla, találkoztak; mikor találkoznak újra?',
  ])(
    'leaves a report that only vouches for another event to the answerer: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead ?? '').not.toMatch(/12/);
    },
  );

  it.each([
    'When was the Daily.hu article about grain exporters published, and who wrote it?',
    // (The author asked first: the second part is the date, though the question names the author.)
    'Who is the author of the Daily.hu article about grain exporters, and on what date was it published?',
    'Кой е авторът на статията в Daily.hu за износителите на зърно и на коя дата е публикувана?',
  ])('answers "when was it published" and "who wrote it" in both parts: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/12 (?:October|октомври) 2025/);
    expect(r.lead).toMatch(/Kovács Anna/);
  });

  it.each([
    'How many locomotives did the railway company order, and which outlet reported it?',
    'Сколько локомотивов заказала железнодорожная компания и какое издание об этом сообщило?',
    'Hány mozdonyt rendelt a vasúttársaság, és melyik hírportál számolt be róla?',
  ])('answers a question about the news and one about the outlet in one message, each part its own: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.lead).toMatch(/50/u);
    expect(r.lead).toMatch(/Steppe\.kz/u);
  });

  it('finds the article by its reporting, not by the page furniture that repeats the question\'s words', async () => {
    const r = await ctx.engine.ask('Which news site reported the locomotive contract?');
    expect(r.answer.split('\n')[0]).toContain('Steppe.kz');
  });
});

describe('who wrote an article with no byline', () => {
  const ctx = useEngineOver({
    'mill.txt': 'Flour mill opens in Kostanay\n\nA new flour mill opened in Kostanay on Friday, reports Kostanay.news. It was opened by governor Arman Sadykov, who thanked the farmers of the region.\n',
    'daily.txt': DAILY,
  });

  it.each(['Who wrote the Kostanay.news article about the flour mill?', 'Ki írta a Kostanay.news cikkét a malomról?'])(
    'is not stated: no one its news names wrote it: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(false);
      expect(r.answer).not.toMatch(/Sadykov/);
    },
  );
});

const PLANT = `Wagon plant in Pavlodar

News Steppe.kz reported 03.11.2025 09:00 wagon plant news

Since 2011 the Nortec wagon plant has operated in Pavlodar, reports Steppe.kz.
`;

describe('a label before the question', () => {
  const ctx = useEngineOver({ 'plant.txt': PLANT });

  it.each(['For a report: since what year has the Nortec plant operated?', 'Для отчёта: с какого года работает завод Nortec?'])(
    'is no part of it: "for a report:" asks for no publication date: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toBe('2011');
    },
  );

  // A formal request to be told ("Прошу сообщить", «Kérem tájékoztatni», "the authorities to state") asks the one
  // answering, not who wrote or reported the article.
  it.each([
    'Прошу сообщить, с какого года работает завод Nortec.',
    'Kérem tájékoztatni, hogy melyik év óta működik a Nortec üzeme.',
    'I would ask the relevant authorities to state since what year the Nortec plant has operated.',
  ])('nor is a formal request\'s opening: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('2011');
  });
});

// An outlet the question names vouches for the news: its article answers, and its name weighs nothing there.
const STEPPE_MEMO = `Подписан меморандум о редких металлах

В Астане подписан меморандум о сотрудничестве в сфере редких металлов, сообщает Steppe.kz со ссылкой на пресс-службу правительства.

Меморандум, имеющий большое значение для промышленности, подписали высокопоставленные представители:

От Казахстана – министр промышленности Нурлан Ахметов;

От Норвегии – министр торговли Ула Нордман.
`;
const DAILY_EXPERTS = `Rare metals: what the experts say

The rare metals memorandum may become a driver of economic growth, political scientist Karl Berg told Daily.hu. He expects new mines within five years.
`;

describe('"according to <outlet>, …"', () => {
  const ctx = useEngineOver({ 'steppe-memo.txt': STEPPE_MEMO, 'daily-experts.txt': DAILY_EXPERTS });

  it('is answered from anywhere in the outlet’s article, not only the sentence that names the outlet', async () => {
    const r = await ctx.engine.ask('According to Steppe.kz, who signed the rare metals memorandum for Kazakhstan?');
    expect(r.answered).toBe(true);
    expect(r.lead).toMatch(/Ахметов/);
  });

  it('is not answered from another outlet’s article', async () => {
    const r = await ctx.engine.ask('Which expert, according to Steppe.kz, thinks the memorandum may become a driver of growth?');
    expect(r.answer).not.toMatch(/Karl Berg/);
  });
});

// A dated report of a plant that opens later: the report's own date is not the opening's.
const PLANT_REPORT = `date 2025-10-02 Új gyár Karagandában

A Nortec 2027-ben nyitja meg karagandai gyárát, számolt be a Steppe.hu.
`;

describe('"in the Hungarian report, …"', () => {
  const ctx = useEngineOver({ 'plant-report.txt': PLANT_REPORT });

  it.each([
    'In the Hungarian report, in what year will the Nortec plant in Karaganda open?',
    'В венгерском сообщении, в каком году откроется завод Nortec в Караганде?',
  ])('says where the fact is read, and asks the fact, not when the report came out: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer.split('\n')[0]).toMatch(/2027/);
  });
});

const FERTILISER = `Нов завод за торове

По-рано пресслужбата на министерството съобщи, че заводът за торове ще бъде открит в Шимкент догодина.
`;

describe('whom an article credits its news to', () => {
  const ctx = useEngineOver({ 'steppe.txt': ZAKON, 'akorda.txt': AKORDA, 'fertiliser.txt': FERTILISER });

  it.each([
    'На кого ссылается Steppe.kz в новости о поставке зерна?',
    'Whom does Steppe.kz cite in its grain supply story?',
    'На кой източник се позовава Steppe.kz за споразумението за зърно?',
  ])('is the source named after «со ссылкой на»: %s', async (question) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toBe('Акорду');
    expect(result.citations[0]!.file).toBe('akorda.txt');
  });

  it('is the body that reports, before its verb («пресслужбата на министерството съобщи»)', async () => {
    expect((await ctx.engine.ask('На чия информация се позовава статията за завода за торове?')).lead).toBe('пресслужбата на министерството');
  });

  it('is never the article\'s own outlet ("…, reports Steppe.kz")', async () => {
    const result = await ctx.engine.ask('Whom does Steppe.kz cite in its locomotive contract story?');
    expect(result.lead).not.toBe('Steppe.kz');
    expect(result.answered).toBe(false);
  });
});

// "For my report on…, when did…?": a phrase opening the message with what the answer is for, up to its comma, asks no
// day of any report; the question after it does.
describe('a report the asker writes', () => {
  const ctx = useOfflineEngine();

  it.each([
    'For my report on rail investment, when did Wabtec open its engineering centre in Kazakhstan?',
    'Для отчёта по железным дорогам, когда Wabtec открыл инженерный центр в Казахстане?',
  ])('is not the article the date is asked of: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answer).toMatch(/В июле 2024 года Wabtec открыл/);
  });
});

describe('a word for the article said twice', () => {
  // «Мақаласында … айтылады», the article tells of it, «ал Steppe.kz мақаласы бойынша…», but according to the Steppe.kz
  // article: each time the word is read where it stands, in its own form, not as the first time's longer one.
  const question = 'Мақаласында Nortec туралы айтылады. Ал Steppe.kz мақаласы бойынша Nortec зауыты қай жылы ашылады?';
  const article: QueryToken = { word: 'мақаласында', keys: ['w:makala', 'c:write'], named: false, status: 'seen', weight: 1, sentence: 0, repeats: [{ sentence: 1, word: 'мақаласы' }] };

  it('asks no publication day where the asking sentence\'s article only vouches for the fact («мақаласы бойынша»)', () => {
    expect(provenanceAsked(question, { kind: 'date' }, [article])).toBeUndefined();
  });

  it('asks it where the asking sentence asks of the article («мақаласы қай күні шықты»)', () => {
    const asked = 'Мақаласында Nortec туралы айтылады. Steppe.kz мақаласы қай күні шықты?';
    expect(provenanceAsked(asked, { kind: 'date' }, [article])).toBe('published');
  });
});

describe('a common word spelled as an outlet\'s name', () => {
  const seeds = useOfflineEngine();

  it('names no outlet («факты», facts, is no Fakti.bg), over the seed articles', async () => {
    const r = await seeds.engine.ask('Проверяю факты о саммите C5+1. В каком городе он прошёл?');
    expect(r.lead).toMatch(/Вашингтон/u);
  });
});

// "I'm a journalist. Who signed…?": the asker's own sentence, which asks nothing, does not make "who" ask for the author.
describe('an asker who says they are a journalist', () => {
  const ctx = useOfflineEngine();

  it.each([
    "I'm a journalist. Who signed the memorandum on the Kazakh side?",
    "I'm a journalist covering the mining sector for a regional outlet. Who signed the critical minerals memorandum on the Kazakh side in Washington?",
    'Я журналист. Кто подписал меморандум о критических минералах с казахстанской стороны?',
  ])('is answered with who signed: %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Ерсайын Нагаспаев');
  });
});
