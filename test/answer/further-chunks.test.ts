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
