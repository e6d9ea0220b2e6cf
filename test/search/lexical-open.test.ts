import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSource, syntheticChunks, syntheticQueries } from '../../bench/corpus.js';
import { checksum, CorruptIndexError } from '../../src/search/index-files.js';
import { analyseChunk, LexicalIndex } from '../../src/search/lexical-index.js';
import { termsOf } from '../../src/language/analyse.js';

describe('a lexical index opened from its file', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-lexical-open-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const source = await loadSource();
  const chunks = syntheticChunks(source, 300, 7);
  const built = new LexicalIndex();
  for (const c of chunks) built.add(c.id, analyseChunk(c.text, c.metadata.lang));
  const bytes = await built.toBytes();
  const file = path.join(dir, 'lexical.bin');
  await writeFile(file, bytes);
  const crc = await checksum(bytes);
  const queries = syntheticQueries(source, 30, 300, 7, 55).map((q) => {
    const query = new Map<string, number>();
    for (const t of termsOf(q, 'ru')) query.set(t.key, 1);
    return query;
  });

  it('answers as the index read whole does: term sets, search, and the bytes it saves', async () => {
    const whole = LexicalIndex.fromBytes(bytes);
    const opened = await LexicalIndex.open(file, crc);
    for (const c of chunks) expect(opened.termSet(c.id)).toEqual(whole.termSet(c.id));
    for (const q of queries) expect(opened.search(q, 10)).toEqual(whole.search(q, 10));
    expect(Buffer.from(await opened.toBytes()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stays the same index through removals and additions, and after a save has read its term lists', async () => {
    const whole = LexicalIndex.fromBytes(bytes);
    const opened = await LexicalIndex.open(file, crc);
    for (const index of [whole, opened]) {
      for (const c of chunks.slice(0, 40)) index.remove(c.id, analyseChunk(c.text, c.metadata.lang));
      for (const c of chunks.slice(10, 20)) index.add(c.id, analyseChunk(c.text, c.metadata.lang));
    }
    for (const c of chunks) expect(opened.termSet(c.id)).toEqual(whole.termSet(c.id));
    for (const q of queries) expect(opened.search(q, 10)).toEqual(whole.search(q, 10));
    expect(Buffer.from(await opened.toBytes()).equals(Buffer.from(await whole.toBytes()))).toBe(true);
    for (const c of chunks.slice(0, 60)) expect(opened.termSet(c.id)).toEqual(whole.termSet(c.id));
  });

  it('refuses a file that does not match its checksum, or that is not a lexical index', async () => {
    await expect(LexicalIndex.open(file, '00000000')).rejects.toBeInstanceOf(CorruptIndexError);
    const other = path.join(dir, 'other.bin');
    await writeFile(other, 'not an index at all');
    await expect(LexicalIndex.open(other, await checksum(Buffer.from('not an index at all')))).rejects.toThrow(/not a lexical index/);
    const truncated = path.join(dir, 'truncated.bin');
    await writeFile(truncated, bytes.subarray(0, bytes.length >> 1));
    await expect(LexicalIndex.open(truncated, await checksum(bytes.subarray(0, bytes.length >> 1)))).rejects.toThrow(/truncated/);
  });
});
