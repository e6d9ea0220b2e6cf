import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/language/lang.js';
import { evidenceFrom } from '../support/evidence.js';
import { useOfflineEngine } from '../support/workspace.js';

// Two reports of one delivery: one names the company, the other says what kind of wagons it is.
const TEXT = `Nortec wagons

Earlier the press service said Nortec will deliver 300 wagons under the contract.

As Akorda writes, the documents provide for the delivery to Kazakhstan of 300 freight wagons with better brakes.
`;

describe('a question offering a choice ("freight or passenger?")', () => {
  it.each([
    ['Will Nortec deliver freight or passenger wagons to Kazakhstan?', 'en'],
    ['Nortec поставит в Казахстан грузовые или пассажирские вагоны?', 'ru'],
    ['Teher- vagy személyszállító vagonokat szállít a Nortec Kazahsztánnak?', 'hu'],
  ] as const)('is answered first by the passage that names one of the options: %s', (question, lang: Lang) => {
    const outcome = evidenceFrom({ text: TEXT, file: 'wagons.txt', title: 'Nortec wagons' }, [[0, TEXT.length]], question, lang);
    expect(outcome.kind).toBe('answer');
    expect(outcome.kind === 'answer' && outcome.quotes[0]!.text).toMatch(/freight/);
  });
});

describe('a name the question offers ("— Shymkent or Aktobe?", "— Astana?")', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Where does SCAT want to open its maintenance centre — in Shymkent or in Aktobe?', /Shymkent/],
    ['Melyik városban épül a Mars üzeme — Alatauban vagy Taldykorganban?', /Alatau/],
    ['In which city does the Wabtec plant work — Astana?', /Астан/],
  ])('is the fact when a source gives it, no restatement of the question: %s', async (question, fact) => {
    const answer = await ctx.engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.lead).toMatch(fact);
  });
});

// "…— Nagaspaev or Smailov?": of two names offered, the one the sources name finds the passage that answers; the one
// they never name is set aside.
describe('a choice of a name the sources give and one they never do', () => {
  const ctx = useOfflineEngine();

  it.each([
    ['Who signed the minerals memorandum on the Kazakh side — Nagaspaev or Zhumabekov?', /Нагаспаев/],
    ['Кто подписал меморандум о минералах от Казахстана — Нагаспаев или Жумабеков?', /Нагаспаев/],
  ])('is answered by the passage naming the one they give: %s', async (question, fact) => {
    const answer = await ctx.engine.ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(fact);
  });
});

describe('a name offered against any other one ("— Tokayev or someone else?")', () => {
  const ctx = useOfflineEngine();

  it.each([
    // (A guess the sources name elsewhere weighs nothing: the passage that answers is found by the rest.)
    ['Who signed the minerals memorandum for Kazakhstan — Tokayev or someone else?', /Нагаспаев/],
    ['Кой политолог говори за растящия интерес на Вашингтон към региона — Канат Оспанов или някой друг?', /Калиев/],
    // (A right guess is the fact, no restatement.)
    ['Which Blackstone executive met Tokayev — Stephen Schwarzman or someone else?', /Шварцман/],
    ['Ki írta alá a memorandumot az amerikai fél nevében – Rubio vagy valaki más?', /Латник/],
  ])('asks who it was, a choice of no two: %s', async (question, fact) => {
    expect((await ctx.engine.ask(question)).lead).toMatch(fact);
  });
});

// A name a question for a name sets aside ("rather than Siemens") is no subject the sources must know; in a why-question
// it is what the question compares, which they do not.
describe('names a question sets aside', () => {
  const ctx = useOfflineEngine();

  it.each(['Which US company, rather than Siemens or Alstom, got the locomotive contract?', 'Melyik cég kapta a mozdonyszerződést a Siemens helyett?'])('are passed over: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(true);
  });

  it('but not when the question asks why', async () => {
    expect((await ctx.engine.ask('Why did Air Astana pick Boeing rather than Airbus for its direct flights?')).answered).toBe(false);
  });
});
