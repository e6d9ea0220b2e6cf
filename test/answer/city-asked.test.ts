import { describe, expect, it } from 'vitest';
import { UNRELATED_ARTICLES, useEngineOver, useOfflineEngine } from '../support/workspace.js';

// The seeds tell that Wabtec opened a technology centre "in Kazakhstan", in no city, and next to it that Tokayev
// received the US envoy "for South and Central Asia".
describe('a city the sources do not name', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Which Kazakh city got the Wabtec technology centre opened in 2024?',
    'В кой казахстански град Wabtec откри технологичния си център през юли 2024?',
    'In which American city is Wabtec based?',
    'Melyik amerikai városban van a Wabtec központja?',
  ])('is not stated: a direction («Южной») is no city: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
    expect(r.citations).toEqual([]);
  });
});

// «Melyik *amerikai városban* gyártják a *Kazahsztánnak* szánt…»: the country beside the word for a city says where the
// city is; the one beside the verb is whom the things are for.
describe('a city asked of one country, with another named beside the verb', () => {
  const ctx = useOfflineEngine();

  it.each([
    'Melyik amerikai városban gyártják a Kazahsztánnak szánt 300 Wabtec mozdonyt?',
    'Melyik amerikai városban készülnek a Kazahsztánnak szánt Wabtec mozdonyok?',
  ])('is no city of the other country (Astana): %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answered).toBe(false);
  });
});

// «В каком городе *американский* производитель…»: after the word for the city, a country's adjective qualifies the
// noun after it; the city's own country stands in the genitive («городе Казахстана») or after "in".
describe('a city asked with a country adjective after the word for it', () => {
  const ctx = useOfflineEngine();

  it.each([
    'In which city will the American pet food maker build its plant?',
    'В каком городе американская компания Mars построит завод кормов?',
    'Қай қалада американдық жем өндірушісі зауыт салмақ?',
  ])('is the city the sources name (Alatau): %s', async (question) => {
    expect((await ctx.engine.ask(question)).lead).toBe('Alatau');
  });

  it.each(['Which city in the US will Mars build the plant in?', 'В каком городе США построит завод Mars?'])('is no city of another country: %s', async (question) => {
    expect((await ctx.engine.ask(question)).answered).toBe(false);
  });
});

// «В каком городе Blackstone построит центры *в Казахстане*?»: the country the question sets the event in, anywhere in
// its clause, is where the city asked must be; the city of a meeting abroad (New York) is no answer.
describe('a city asked of the country the question sets the event in', () => {
  const ctx = useOfflineEngine();

  it.each([
    'In which city will Blackstone build data centres in Kazakhstan?',
    'В каком городе Blackstone будет строить дата-центры в Казахстане?',
    'В кой град ще строи Blackstone центрове за данни в Казахстан?',
    'Melyik városban épít adatközpontokat a Blackstone Kazahsztánban?',
    'Blackstone Қазақстанда қай қалада деректер орталықтарын салады?',
  ])('is no city of another country: %s', async (question) => {
    const r = await ctx.engine.ask(question);
    expect(r.answer).not.toMatch(/Ню Йорк|New York/);
    expect(r.answered).toBe(false);
  });
});

// «A német fővárosban kedden…»: a capital named by its country, not by its own name, answers "in which city".
describe('a city the sources name only as a country\'s capital', () => {
  const ctx = useEngineOver({
    ...UNRELATED_ARTICLES,
    'talks.txt': 'Kazah–német tárgyalások\n\nA német fővárosban kedden Daniyar Ospan miniszter befektetőkkel találkozott, és három megállapodást írt alá.\n',
  });

  it.each(['In which city did minister Ospan meet the investors?', 'В каком городе министр Оспан встретился с инвесторами?', 'Melyik városban találkozott Ospan miniszter a befektetőkkel?'])(
    'is answered with the capital: %s',
    async (question) => {
      const r = await ctx.engine.ask(question);
      expect(r.answered).toBe(true);
      expect(r.lead).toMatch(/fővárosban/);
    },
  );
});
