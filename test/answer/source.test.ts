import { describe, expect, it } from 'vitest';
import { askedFor } from '../../src/answer/engine.js';
import { selectEvidence } from '../../src/answer/extractive.js';
import { retrieverOver } from '../support/lexical-retriever.js';
import { useEngineOver } from '../support/workspace.js';

// An economist named in one paragraph and quoted in the ones after it, as news agencies write.
const ARTICLE = `Rail corridor to the Caspian

Economist Marta Ilves commented on the new rail corridor to the port of Aktau.

"The corridor shortens the route to Europe by a week, and the wagons will come back full of grain. The terminals at both ends were rebuilt last year, the customs posts now work around the clock, and the railway has ordered new locomotives for the mountain section. Shippers in the north have already booked most of the slots for the spring, and the ferries across the sea will double their sailings. For the farmers of the region this means lower costs and a market that does not freeze in winter, and for the traders a second route that does not depend on one neighbour," she said.

"If the US president visited Aktau, it would be a historic signal for the whole port," the economist added.
`;
const FILE = 'corridor.txt';

/** The quotes that answer a question when only the article's opening, up to `retrievedUpTo`, was retrieved. */
function quotesFor(article: string, retrievedUpTo: string, question: string, lang: 'en' | 'hu'): string[] {
  const retriever = retrieverOver([[article, 'en', `${FILE}#0`]]);
  const tokens = retriever.analyse(question, lang);
  const end = article.indexOf(retrievedUpTo);
  const hits = [{ chunk: { id: `${FILE}#0`, file: FILE, lang: 'en' as const, title: 'Rail corridor to the Caspian', start: 0, end, text: article.slice(0, end) }, score: 1, coverage: 0.5 }];
  const outcome = selectEvidence(hits, tokens, askedFor(question, lang, tokens), question, (t) => retriever.informationOf(t), () => article);
  return outcome.kind === 'answer' ? outcome.quotes.map((q) => q.text) : [];
}

// Only the chunk that names the economist was retrieved; the quote about a visit is two long paragraphs on.
const setUp = (question: string, lang: 'en' | 'hu' = 'en') => quotesFor(ARTICLE, '"The corridor', question, lang);

describe('a source the question names', () => {
  it('is read on past the retrieved chunk, in the paragraphs that quote them', () => {
    expect(setUp('According to Ilves, what would a visit of the US president mean for the port?').join(' ')).toMatch(/historic signal/);
  });

  it('may open a Hungarian question, capitalised as any first word («Ilves szerint…»)', () => {
    expect(setUp('Ilves szerint mit jelentene a kikötőnek, ha az amerikai elnök Aktauba látogatna?', 'hu').join(' ')).toMatch(/historic signal/);
  });

  it('is the one of a role a question asks the opinion of («Milyen jelzésnek tartaná a közgazdász…», "what does the economist think")', () => {
    expect(setUp('Milyen jelzésnek tartaná a közgazdász, ha az amerikai elnök Aktauba látogatna?', 'hu').join(' ')).toMatch(/historic signal/);
    expect(setUp('What does the economist think a visit of the US president would mean for the port?').join(' ')).toMatch(/historic signal/);
  });

  it('is the commentator, not the president of "if the president came"', () => {
    const retriever = retrieverOver([[ARTICLE, 'en', `${FILE}#0`]]);
    const question = 'Mit gondol a közgazdász arról, ha az amerikai elnök Aktauba látogatna?';
    const asked = askedFor(question, 'hu', retriever.analyse(question, 'hu'));
    expect(asked.source?.map((t) => t.word)).toEqual(['közgazdász']);
  });

  it('is not read on when the question names no source', () => {
    expect(setUp('What would a visit of the US president mean for the port?').join(' ')).not.toMatch(/historic signal/);
  });
});

// The analyst titled once, then named alone in a paragraph several sentences on.
const NAMED_LATER = `Rail corridor to the Caspian

Analyst Marta Ilves commented on the new rail corridor to the port of Aktau.

The corridor shortens the route to Europe by a week. The terminals at both ends were rebuilt last year. The customs posts now work around the clock. The railway has ordered new locomotives for the mountain section.

Ilves also said that if the US president visited Aktau, it would be a historic signal for the whole port.
`;

describe('a source the question names by role', () => {
  it('is also the person the article titles with that role, where it names them alone', () => {
    const question = 'According to the analyst, what would a visit of the US president mean for the port?';
    expect(quotesFor(NAMED_LATER, 'The corridor', question, 'en').join(' ')).toMatch(/historic signal/);
  });
});


// An expert's words on the visit; the president, named in the question, says something else.
const EXPERTS = `Experts on the visit

The correspondent of Steppe.kz spoke with political scientists about the visit.

"The second trip of the president to Norway was an important step for trade," the expert noted.

President Tokayev said the talks in Oslo were useful.
`;

describe('a question that names its source and someone else', () => {
  const ctx = useEngineOver({ 'experts.txt': EXPERTS });

  it.each([
    'Which trip to Norway in a row was this for Tokayev, according to the expert who spoke to Steppe.kz?',
    'Hányadik norvégiai útja volt ez Tokajevnek a Steppe.kz-nek nyilatkozó szakértő szerint?',
    'Какой по счёту была эта поездка Токаева в Норвегию, по словам эксперта?',
  ])('is answered in the source’s words, not in those of the one it is about: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.citations.map((c) => c.quote)).toEqual([expect.stringMatching(/second trip/)]);
  });
});

// The outlet that reports the forum names itself only in its last paragraph; another article names other deals.
const FORUM_REPORT = `Forum results

The forum in Almaty ended with deals worth about 9 billion dollars, the organisers said.

The correspondent of Steppe.kz spoke with experts about the forum. They expect more deals next year.
`;
const NORDWIND_OFFICE = `Nordwind news

Nordwind Rail opened an office in Almaty, where it plans deals worth 2 billion dollars with local firms.
`;

describe('an outlet the question names as its source', () => {
  const ctx = useEngineOver({ 'forum.txt': FORUM_REPORT, 'nordwind.txt': NORDWIND_OFFICE });

  it.each(['According to Steppe.kz, what were the Almaty forum deals worth?', 'What value did Steppe.kz give for the Almaty forum deals?'])(
    'vouches for the fact in its article, which need not name it beside the fact: %s',
    async (question) => {
      expect((await ctx.engine.ask(question)).lead).toMatch(/9 billion/);
    },
  );
});

// A company's deal, reported by an outlet; only the company's vice president is quoted, on another matter.
const NORTEC_DEAL = `Nortec signs a wagon contract

В Астане состоялась церемония подписания соглашений с американской компанией Nortec на сумму около 90 млн долларов, сообщает Steppe.kz.

Вице-президент Nortec Анна Берг заявила, что компания откроет сервисный центр в Павлодаре в следующем году.
`;

describe('an executive beside a company\'s name asked what they said', () => {
  const ctx = useEngineOver({ 'nortec-deal.txt': NORTEC_DEAL });

  it('is answered only where that executive speaks, not by a sentence that names the company', async () => {
    const ceo = await ctx.engine.ask('What did the Nortec CEO say at the signing?');
    expect(ceo.answered).toBe(false);
    const hungarian = await ctx.engine.ask('Mit nyilatkozott a Nortec vezérigazgatója az aláíráskor?');
    expect(hungarian.answered).toBe(false);
    const vicePresident = await ctx.engine.ask('What did the Nortec vice president say?');
    expect(vicePresident.answered).toBe(true);
    expect(vicePresident.answer).toMatch(/сервисный центр/);
  });
});
