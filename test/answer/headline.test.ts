import { describe, expect, it } from 'vitest';
import { useOfflineEngine } from '../support/workspace.js';

/**
 * The headline facts of the corpus, asked in all five languages in phrasings written for this test (not from the
 * golden sets): the lead line itself must state the fact.
 */
const HEADLINES: Array<[string, RegExp]> = [
  ['How many locomotives will Wabtec supply to Kazakhstan?', /^300 locomotives/],
  ['Сколько локомотивов поставит Wabtec?', /^300 локомотивов/],
  ['Колко локомотива ще достави Wabtec?', /^300 локомотива/],
  ['Hány mozdonyt szállít a Wabtec Kazahsztánnak?', /^300 mozdony/],
  ['Wabtec Қазақстанға қанша локомотив жеткізеді?', /^300 локомотив/],
  ['What is the Wabtec agreement worth?', /\$4\.2 billion/],
  ['На какую сумму соглашение с Wabtec?', /4,2 млрд долларов/],
  ['Каква е стойността на договора с Wabtec?', /4,2 млрд\. долара/],
  ['Mekkora értékű a Wabtec-szerződés?', /4,2 milliárd dollár/],
  ['Wabtec келісімінің құны қанша?', /4,2 млрд доллар/],
  ['How much is the John Deere deal worth?', /^\$2\.5 billion/],
  ['Во сколько оценивается соглашение с John Deere?', /^2,5 млрд долларов/],
  ['Колко струва споразумението с John Deere?', /^2,5 млрд\. долара/],
  ['Mennyit ér a John Deere-megállapodás?', /^2,5 milliárd dollár/],
  ['John Deere келісімінің құны қанша?', /^2,5 млрд доллар/],
  ['How much will Mars invest in the pet food plant?', /^\$180 million/],
  ['Сколько Mars инвестирует в завод кормов для животных?', /^180 млн долларов/],
  ['Колко ще инвестира Mars в завода за храна за домашни любимци?', /^180 млн\. долара/],
  ['Mars жануарлар азығы зауытына қанша инвестиция салады?', /^180 млн доллар/],
  ['What is the total value of the deals after the C5+1 summit?', /\$17 billion/],
  ['Какова общая сумма соглашений по итогам саммита C5+1?', /17 млрд долларов/],
  ['Каква е общата стойност на сделките след срещата на върха C5+1?', /17 млрд\. долара/],
  ['Mekkora a C5+1 csúcstalálkozó utáni megállapodások összértéke?', /17 milliárd dollár/],
  ['C5+1 саммитінен кейінгі келісімдердің жалпы құны қанша?', /17 млрд доллар/],
  ['Who signed the critical minerals memorandum?', /Нагаспаев and Говард Латник/],
  ['Кто подписал меморандум о критически важных минералах?', /Нагаспаев и Говард Латник/],
  ['Кой подписа меморандума за критичните минерали?', /Нагаспаев и Говард Латник/],
  ['Kik írták alá a kritikus ásványokról szóló memorandumot?', /Нагаспаев és Говард Латник/],
  ['Сыни минералдар туралы меморандумға кім қол қойды?', /Нагаспаев және Говард Латник/],
];

describe('headline facts in every language', () => {
  const ctx = useOfflineEngine();

  it.each(HEADLINES)('%s', async (question, lead) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(true);
    expect(r.answer.split('\n')[0]).toMatch(lead);
  });

  // «fektet be» (invests): a bare present verb with its prefix after it, read as money.
  it('Mennyit fektet be a Mars az állateledel-gyárba?', async () => {
    const r = await ctx.engine.ask('Mennyit fektet be a Mars az állateledel-gyárba?');
    expect(r.answer.split('\n')[0]).toMatch(/^180 millió dollár/);
  });
});
