import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileCrc32, CheckedFile } from '../../src/search/file-reads.js';
import { checksum, fileChecksum } from '../../src/search/index-files.js';

describe('index file reads without holding the file', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-file-reads-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  // Over two 4 MB slices, with multi-byte UTF-8 texts at known byte ranges.
  const texts = ['Токаев и Трамп', 'Wabtec Astana', 'Қазақстан', 'Budapest – Ázsia', 'x'.repeat(1000)];
  const parts: Buffer[] = [];
  const ranges: Array<[number, number]> = [];
  let at = 0;
  for (let i = 0; at < 9_000_000; i++) {
    const b = Buffer.from(`${texts[i % texts.length]} ${i}`, 'utf8');
    parts.push(b);
    ranges.push([at, at + b.length]);
    at += b.length;
  }
  const bytes = Buffer.concat(parts);
  const file = path.join(dir, 'texts.bin');
  await writeFile(file, bytes);

  it('computes the checksum the index files record, whatever the slices', async () => {
    const crc = await fileCrc32(file);
    expect(crc).toBe(await fileChecksum(file));
    expect(crc).toBe(await checksum(bytes));
    const small = path.join(dir, 'small.bin');
    await writeFile(small, Buffer.from('Астана'));
    expect(await fileCrc32(small)).toBe(await checksum(Buffer.from('Астана')));
    const empty = path.join(dir, 'empty.bin');
    await writeFile(empty, Buffer.alloc(0));
    expect(await fileCrc32(empty)).toBe(await checksum(Buffer.alloc(0)));
  });

  it('reads texts by byte range from a checked blob', async () => {
    const blob = await CheckedFile.open(file, await checksum(bytes), () => new Error('mismatch'));
    expect(blob.size).toBe(bytes.length);
    for (const i of [0, 1, 2, 3, ranges.length - 1, Math.floor(ranges.length / 2)]) {
      const [start, end] = ranges[i]!;
      expect(blob.text(start, end)).toBe(bytes.toString('utf8', start, end));
      expect(blob.bytes(start, end).equals(bytes.subarray(start, end))).toBe(true);
    }
    blob.close();
    expect(() => blob.text(0, 4)).toThrow(/closed/);
  });

  it('refuses a blob that does not match its checksum, and a range past its end', async () => {
    await expect(CheckedFile.open(file, '00000000', () => new Error('texts do not match'))).rejects.toThrow('texts do not match');
    await expect(CheckedFile.open(file, undefined, () => new Error('no checksum'))).rejects.toThrow('no checksum');
    const blob = await CheckedFile.open(file, await checksum(bytes), () => new Error('mismatch'));
    expect(() => blob.bytes(bytes.length - 2, bytes.length + 10)).toThrow(/shorter/);
    blob.close();
  });
});
