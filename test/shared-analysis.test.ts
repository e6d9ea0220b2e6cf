/** Chunks analysed slice by slice, in order, by the workers and by the caller whenever it would wait. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../src/language/lang.js';
import { embedAndAnalyseChunk } from '../src/search/chunk-analysis.js';
import { LexicalEmbeddings } from '../src/search/embeddings.js';
import { IngestPool, type AnalysedChunks } from '../src/search/ingest-pool.js';
import { SharedAnalysis } from '../src/search/shared-analysis.js';

describe('shared analysis', () => {
  const embeddings = new LexicalEmbeddings();
  const texts = [
    ['Wabtec will deliver 300 locomotives to Kazakhstan.', 'en'],
    ['Казахстан и США подписали соглашение о критических минералах.', 'ru'],
    ['A Wabtec mozdonyokat szállít Kazahsztánba.', 'hu'],
    ['Казахстан и САЩ подписаха споразумения за 17 милиарда долара.', 'bg'],
  ] as const;
  const chunks = Array.from({ length: 16 }, (_, i) => ({ text: `${texts[i % 4]![0]} (${i})`, lang: texts[i % 4]![1] as Lang }));
  /** What this thread's analysis gives, as the workers' replies hold it. */
  const here = async (part: typeof chunks): Promise<AnalysedChunks> => {
    const vectors = new Float32Array(part.length * embeddings.dims);
    const terms = part.map((c, i) => {
      const analysed = embedAndAnalyseChunk(embeddings, c.text, c.lang);
      vectors.set(analysed.vector, i * embeddings.dims);
      return analysed.terms;
    });
    return { vectors, terms };
  };
  const all = async (analysis: SharedAnalysis<(typeof chunks)[number]>) => {
    const got: AnalysedChunks[] = [];
    for (let slice = await analysis.next(); slice; slice = await analysis.next()) got.push(slice.analysed);
    return got;
  };
  const expected = async () => Promise.all(Array.from({ length: 4 }, (_, s) => here(chunks.slice(s * 4, s * 4 + 4))));

  let pool: IngestPool;
  beforeAll(async () => {
    pool = new IngestPool({ size: 1, dims: embeddings.dims });
    expect(await pool.ready).toBe(true);
  });
  afterAll(() => pool.close());

  it('give each slice, in order, as this thread would analyse it; the caller takes the last slices nobody started while it waits', async () => {
    // The worker is busy with a long request: the first two slices queue behind it, the last two are not sent.
    const busy = pool.analyse(Array.from({ length: 1500 }, (_, i) => chunks[i % chunks.length]!));
    const taken: string[] = [];
    const analysis = new SharedAnalysis(pool, chunks, {
      slice: 4,
      here: (part, failure) => {
        taken.push(`${part[0]!.text}${failure ? ' after a failure' : ''}`);
        return here(part);
      },
    });
    expect(await all(analysis)).toEqual(await expected());
    expect(taken).toEqual([chunks[12]!.text, chunks[8]!.text]);
    await busy;
  }, 30_000);

  it('analyse here, with the reason, what a failed pool cannot', async () => {
    const failed = new IngestPool({ size: 1, dims: embeddings.dims });
    await failed.close();
    const failures: unknown[] = [];
    const analysis = new SharedAnalysis(failed, chunks, { slice: 4, here: (part, failure) => (failures.push(failure), here(part)) });
    expect(await all(analysis)).toEqual(await expected());
    // The slices sent at once fail with the pool's reason; the caller takes the others before they are sent.
    const reasons = failures.filter((f) => f !== undefined).map((f) => (f as Error).message);
    expect(reasons.length).toBeGreaterThanOrEqual(2);
    expect(new Set(reasons)).toEqual(new Set(['the ingest workers were closed']));
  });
});
