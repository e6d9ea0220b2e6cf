import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../src/corpus/chunk.js';
import { detectLanguage } from '../src/language/detect.js';
import { loadCorpus, parseDocument, readDocument } from '../src/corpus/load.js';
import { SEEDS, makeWorkspace } from './support/workspace.js';

describe('corpus', () => {
  it('tells the language of each seed, Russian from Bulgarian', async () => {
    const docs = await loadCorpus(SEEDS, () => {});
    expect(docs.map((d) => d.lang)).toEqual(['ru', 'bg', 'hu', 'ru', 'ru']);
  });

  it('tells the language of short questions in all five languages', () => {
    expect(detectLanguage('How many locomotives from Wabtec?')).toBe('en');
    expect(detectLanguage('Кто подписал меморандум?')).toBe('ru');
    expect(detectLanguage('Кой подписа меморандума?')).toBe('bg');
    expect(detectLanguage('Mikor szállítják a Boeing gépeket?')).toBe('hu');
    expect(detectLanguage('Wabtec қанша локомотив жеткізеді?')).toBe('kk');
  });

  it('tells Hungarian typed without accents from English by the words each lexicon knows', () => {
    expect(detectLanguage('a kazah-amerikai kereskedelmi forgalom?')).toBe('hu');
    expect(detectLanguage('Tokajev es a kereskedelmi partnerek')).toBe('hu');
    expect(detectLanguage('Miota mukodik a Wabtec gyar?')).toBe('hu');
    expect(detectLanguage('the trade partners of Tokayev?')).toBe('en');
    expect(detectLanguage('Wabtec plant since 2009?')).toBe('en');
  });

  it('finds title, date and publisher where the text states them', async () => {
    const docs = await loadCorpus(SEEDS, () => {});
    const byFile = Object.fromEntries(docs.map((d) => [d.file.slice(0, 3), d]));
    expect(byFile['000']).toMatchObject({ date: '2025-09-22', publisher: 'Zakon.kz' });
    expect(byFile['000']!.title).toMatch(/^Казахстан подписал соглашение/);
    expect(byFile['001']).toMatchObject({ date: '2025-09-22', publisher: 'Fakti.bg' });
    expect(byFile['003']).toMatchObject({ date: '2025-11-07', publisher: 'Lada.kz' });
    expect(byFile['004']).toMatchObject({ date: '2025-11-07', publisher: 'BAQ.KZ' });
  });

  it('chunks map back to the source text by their offsets, with overlap', async () => {
    const docs = await loadCorpus(SEEDS, () => {});
    for (const doc of docs) {
      const chunks = chunkDocument(doc, { size: 500, overlap: 120 });
      expect(chunks.length).toBeGreaterThan(1);
      for (const c of chunks) {
        expect(doc.text.slice(c.start, c.end)).toBe(c.text);
        expect(c.text.length).toBeLessThanOrEqual(500);
        expect(c).toMatchObject({ file: doc.file, lang: doc.lang, title: doc.title });
      }
      // Every character of the text that is not blank is in some chunk.
      const covered = new Set<number>();
      for (const c of chunks) for (let i = c.start; i < c.end; i++) covered.add(i);
      const missed = [...doc.text].filter((ch, i) => /\S/.test(ch) && !covered.has(i));
      expect(missed).toEqual([]);
    }
  });

  it('keeps "4,2 млрд. USD." in one sentence', async () => {
    const doc = parseDocument('x.txt', await readFile(path.join(SEEDS, '001_4cfb89643a93a4ac.txt')));
    const chunks = chunkDocument(doc, { size: 200, overlap: 0 });
    expect(chunks.some((c) => c.text.includes('4,2 млрд. USD.'))).toBe(true);
  });

  it('takes a document the caller has just parsed as it is, with the file\'s size and time, instead of reading it again', async () => {
    const ws = await makeWorkspace();
    try {
      const bytes = Buffer.from('Wabtec will deliver 300 locomotives to Kazakhstan.\n');
      await writeFile(path.join(ws.config.SEEDS_DIR, 'upload.txt'), bytes);
      const parsed = { ...(await readDocument('upload.txt', bytes)), title: 'as the caller parsed it' };
      const docs = await loadCorpus(ws.config.SEEDS_DIR, () => {}, { parsed: [parsed] });
      const upload = docs.find((d) => d.file === 'upload.txt')!;
      expect(upload.title).toBe('as the caller parsed it');
      expect(upload.size).toBe(bytes.length);
      expect(upload.mtimeMs).toBe(Math.floor((await stat(path.join(ws.config.SEEDS_DIR, 'upload.txt'))).mtimeMs));
      expect(docs).toHaveLength(6);
    } finally {
      await ws.cleanup();
    }
  });

  it('skips non-UTF-8, binary, empty and oversized files with a warning naming each, and ignores other extensions', async () => {
    const ws = await makeWorkspace();
    try {
      const seeds = ws.config.SEEDS_DIR;
      await writeFile(path.join(seeds, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]));
      await writeFile(path.join(seeds, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
      await writeFile(path.join(seeds, 'empty.txt'), '  \n\n ');
      await writeFile(path.join(seeds, 'notes.rtf'), 'ignored');
      await writeFile(path.join(seeds, 'huge.txt'), 'Казахстан и США. '.repeat(170_000)); // ~5 MB
      const warnings: string[] = [];
      const docs = await loadCorpus(seeds, (w) => warnings.push(w));
      expect(docs).toHaveLength(5);
      expect(warnings).toHaveLength(4);
      expect(warnings.find((w) => w.includes('huge.txt'))).toMatch(/too large \(4\.\d MB, the limit is 2 MB\)/);
      expect(warnings.find((w) => w.includes('latin1.txt'))).toMatch(/UTF-8/);
      expect(warnings.find((w) => w.includes('binary.md'))).toMatch(/binary/);
      expect(warnings.find((w) => w.includes('empty.txt'))).toMatch(/empty/);
    } finally {
      await ws.cleanup();
    }
  });
});
