import { describe, expect, it } from 'vitest';
import { retrieverOver } from '../support/lexical-retriever.js';

describe('a compound no corpus word resembles', () => {
  const retriever = retrieverOver([['The special representative of the president met the minister.', 'en']]);

  it('means what its head means («különmegbízottját»: an envoy, a representative)', () => {
    const envoy = retriever.analyse('Ki volt Trump különmegbízottja?', 'hu').find((t) => t.word.startsWith('különmegbízott'));
    expect(envoy?.status).toBe('seen');
    expect(envoy?.keys).toContain('c:representative');
  });

  it('but a word whose head the lexicon does not know stays unknown', () => {
    const word = retriever.analyse('Ki volt a csodabogár?', 'hu').find((t) => t.word === 'csodabogár');
    expect(word?.status).not.toBe('seen');
  });
});
