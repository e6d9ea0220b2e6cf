import { describe, expect, it } from 'vitest';
import { dateFacts } from '../../src/answer/facts.js';
import { formatDate } from '../../src/answer/lead.js';
import type { Lang } from '../../src/language/lang.js';
import { useEngineOver } from '../support/workspace.js';

describe('the part of a month or a year a date is given as', () => {
  it.each([
    ['A delegation came at the beginning of September.', { month: 9, part: 'start' }],
    ['Делегация приехала в начале сентября.', { month: 9, part: 'start' }],
    ['Делегацията дойде в началото на септември.', { month: 9, part: 'start' }],
    ['A küldöttség szeptember elején érkezett.', { month: 9, part: 'start' }],
    ['Делегация қыркүйектің басында келді.', { month: 9, part: 'start' }],
    ['Deliveries are expected in the second half of 2026.', { year: 2026, part: 'secondHalf' }],
    ['Поставки ожидаются во второй половине 2026 года.', { year: 2026, part: 'secondHalf' }],
    ['A gépek várhatóan 2026 második felében érkeznek.', { year: 2026, part: 'secondHalf' }],
    ['Ұшақтар 2026 жылдың екінші жартысында жеткізіледі.', { year: 2026, part: 'secondHalf' }],
    ['The plant opens in the middle of 2027.', { year: 2027, part: 'middle' }],
    ['Завод откроется в конце 2027 года.', { year: 2027, part: 'end' }],
  ])('is read with the date: %s', (text, date) => {
    expect(dateFacts(text)[0]?.date).toEqual(date);
  });

  it('is none where the words around give none, or the date has its day', () => {
    expect(dateFacts('The plant opened in September 2025.')[0]?.date).toEqual({ month: 9, year: 2025 });
    expect(dateFacts('Signed at the beginning of the visit on 22 September 2025.')[0]?.date).toEqual({ day: 22, month: 9, year: 2025 });
  });

  it.each([
    ['en', 'the beginning of September 2025'],
    ['ru', 'начало сентября 2025 года'],
    ['bg', 'началото на септември 2025'],
    ['hu', '2025. szeptember elején'],
    ['kk', '2025 жылғы қыркүйектің басында'],
  ] as Array<[Lang, string]>)('is stated by the lead in the asker\'s language (%s)', (lang, lead) => {
    expect(formatDate({ month: 9, year: 2025, part: 'start' }, lang)).toBe(lead);
  });
});

const PLANES = `New planes for the airline

Tokayev discussed with the vice president of Aerion the delivery of the new planes to Kazakhstan, expected in the second half of 2027.
`;

describe('a lead for a date given as a part of a year', () => {
  const ctx = useEngineOver({ 'planes.txt': PLANES });

  it.each([
    ['When will the new planes be delivered to Kazakhstan?', /second half of 2027/],
    ['Когда новые самолёты поставят в Казахстан?', /вторая половина 2027/],
    ['Mikor szállítják le az új repülőgépeket?', /2027 második felében/],
  ])('names the part, not the year alone: %s', async (question, lead) => {
    const result = await ctx.engine.ask(question);
    expect(result.lead).toMatch(lead);
  });
});
