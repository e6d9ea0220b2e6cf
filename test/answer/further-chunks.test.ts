import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Four chunks that tell of the visit; the one that numbers it names it least, so the retriever ranks it third in its
// article, past the two chunks an article may give.
const TRIP = `Governor Malvik's visit to Canada

Governor Erik Malvik arrived in Ottawa on Monday for a three-day visit to Canada, leading a delegation of fishery and shipping companies. The governor's visit to Canada opened with talks on northern ports and on cold-water fisheries, and the delegation was received by the federal trade minister.

During the visit the governor and Canadian officials discussed joint research on Arctic shipping routes, the training of ship crews and a direct flight between Tromso and Halifax. Canada and the governor's region agreed to set up a working group on ports before the end of the year.

On the last day of the visit Governor Malvik toured a shipyard in Halifax and met Canadian investors. The delegation's companies signed letters of intent worth 40 million dollars, the governor's office said after the visit to Canada.

Observers in Tromso called the trip a success. It was the governor's third trip abroad since taking office, after Iceland and Japan. The next trade mission is planned for the spring.

The northern accord on shipping was opened for signature in 2019. Norway was one of the first five countries to sign the accord, together with Iceland and Denmark.
`;

describe('a question the retrieved chunks talk about but do not answer', () => {
  const ctx = useEngineOver({ 'trip.txt': TRIP });

  it('is answered from the next-ranked chunk that states it: "was it his first visit?" by the one that numbers it', async () => {
    const result = await ctx.engine.ask("Was it Governor Malvik's first visit abroad?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("the governor's third trip abroad");
  });

  it('counts what the ordinal takes when "how many" names nothing ("…among the first countries. Among how many?")', async () => {
    const result = await ctx.engine.ask('Norway signed the shipping accord among the first countries. Among how many?');
    expect(result.lead).toBe('5');
  });

  it('reads "among the first" as any other question when no passage numbers what it asks about', async () => {
    const result = await ctx.engine.ask('Did Norway sign the shipping accord among the first?');
    expect(result.answered).toBe(true);
    expect(result.answer).toContain('one of the first five countries');
  });
});

// The signing fills the first chunks; whom else the governor met is told chunks later, in words that share little
// with the question but the meeting itself.
const ACCORD = `Governor Malvik signs the ports accord

In Ottawa on Monday, Governor Erik Malvik and Canada signed the northern ports accord, a memorandum on the joint development of cold-water ports and shipping lanes. The ports accord sets up a fund for dredging and for new berths in Tromso and Halifax.

The ports accord was prepared over two years by the port authorities of both sides. The memorandum on ports also covers the training of port pilots and shared weather services for the shipping lanes.

Signing the ports accord, the governor called the memorandum a milestone for the northern ports and for the shipping companies of the region. The accord on ports will be reviewed after five years.

Observers in Tromso expect the first dredging works under the accord signed by the governor in Ottawa in the spring, when the ice leaves the northern ports.

The fund set up by the ports accord will receive 40 million dollars in its first year. Port authorities in Tromso said the memorandum on ports would let them plan the new berths at last, and shipping companies welcomed the accord.

Canadian port officials in Ottawa said the accord on ports the governor signed follows an earlier memorandum on shipping lanes signed in 2019. Both memoranda on ports and lanes will be reviewed together, the governor's office said of the accord.

Fishermen in the north asked for the dredging to spare the spawning grounds near the islands, and the port authorities promised to publish a study of the seabed before any works begin. Environmental groups will be invited to comment on the study in the summer.

The programme of the trip was busy. In Ottawa the governor also met:

the Canadian transport minister Anne Leblanc;

the mayor of Halifax, Paul Gagnon.
`;

describe('a question of what else, besides what it names', () => {
  const ctx = useEngineOver({ 'accord.txt': ACCORD });

  it.each([
    'Besides signing the ports accord, what else did the governor do in Ottawa?',
    'Что ещё, кроме подписания соглашения о портах, делал губернатор в Оттаве?',
  ])('reads the rest of the article the known thing is told in: %s', async (question) => {
    expect((await ctx.engine.ask(question)).citations[0]?.quote).toMatch(/^In Ottawa the governor also met/);
  });
});

// The known thing and one more in one sentence; something else the company did in another.
const NORDWIND = `Nordwind signs wagon deal

Kazakhstan signed agreements with Nordwind Rail worth 900 million dollars.

The documents provide for the supply of 500 freight wagons to Kazakhstan and their maintenance.

In 2024 Nordwind opened an engineering centre in Kazakhstan for innovation and training.
`;

describe('a sentence that joins one more thing to what the asker knows', () => {
  const ctx = useEngineOver({ 'nordwind.txt': NORDWIND });

  it.each([
    'Besides the supply of wagons, what else do the Nordwind documents provide for?',
    'Nordwind құжаттары вагондарды жеткізуден бөлек тағы нені қарастырады?',
    'Освен доставката на вагони, какво още предвиждат документите с Nordwind?',
  ])('answers "what else": %s', async (question) => {
    expect((await ctx.engine.ask(question)).citations[0]?.quote).toMatch(/and their maintenance/);
  });
});
