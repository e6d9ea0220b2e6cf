import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../support/workspace.js';

// Articles of our own: the country pair is everywhere, in Russian; only the Bulgarian one spells «САЩ».
const ARTICLES = {
  'signing.txt': 'Меморандум подписан\n\nВ Вашингтоне США и Казахстан подписали меморандум, направленный на сотрудничество. Казахстан и США довольны.\n',
  'directions.txt': 'Направления\n\nКлючевые направления сотрудничества по меморандуму: разведка месторождений и обмен технологиями.\n',
  'grain.txt': 'Зерно\n\nСША и Казахстан обсудили поставки зерна.\n',
  'locomotives.txt': 'Локомотиви\n\nСАЩ ще доставят на Казахстан 300 локомотива.\n',
};

describe('the countries every article is set in', () => {
  const ctx = useEngineOver(ARTICLES);

  it('weigh as little as the countries tell in ranking, however rare the word spelling them', async () => {
    const r = await ctx.engine.ask('Какви са основните направления на сътрудничество по меморандума между Казахстан и САЩ?');
    expect(r.citations[0]?.file).toBe('directions.txt');
  });

  it('still count for whether the sources hold the question', async () => {
    const r = await ctx.engine.ask('Колко локомотива ще доставят САЩ на Казахстан?');
    expect(r.lead).toMatch(/300/);
  });
});
