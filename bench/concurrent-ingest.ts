/**
 * Two writers on one index, as people cause them: two `npm run ingest` processes started together on
 * the same INDEX_DIR, over two seeds folders that differ by a deleted and an added file. After each
 * round the manifest must name files that exist, the index must load, and it must hold one folder's
 * files, not a mix. Prints one JSON line: runs, failures and what failed.
 *
 *   npx tsx bench/concurrent-ingest.ts [--runs=50]
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LexicalEmbeddings } from '../src/search/embeddings.js';
import { committedManifest, loadCommittedIndex } from '../src/search/indexer.js';
import { namesOf } from '../src/search/index-files.js';
import { SEEDS_DIR } from './corpus.js';
import { note, ROOT } from './util.js';

const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 50);
const dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-concurrent-'));
const a = path.join(dir, 'seeds-a');
const b = path.join(dir, 'seeds-b');
const index = path.join(dir, 'index');
await cp(SEEDS_DIR, a, { recursive: true });
await mkdir(b);
await cp(SEEDS_DIR, b, { recursive: true });
await unlink(path.join(b, (await readdir(b)).sort()[0]!));
await writeFile(path.join(b, 'extra.txt'), 'Kazakhstan will buy Boeing 787 Dreamliner aircraft, the agreement says.\n');

const ingest = (seeds: string) =>
  new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/ingest.ts')], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SEEDS_DIR: seeds, INDEX_DIR: index, LOG_LEVEL: 'warn', OPENAI_API_KEY: '', TELEGRAM_BOT_TOKEN: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
  });

const embedder = new LexicalEmbeddings();
const failures: string[] = [];
let waited = 0;
const folders = [(await readdir(a)).sort().join(','), (await readdir(b)).sort().join(',')];
for (let run = 0; run < runs; run++) {
  // Alternate which folder's files are on the index before the round, so every round changes something.
  const results = await Promise.all([ingest(a), ingest(b)]);
  waited += results.filter((r) => /waiting/.test(r.stderr)).length;
  for (const r of results) if (r.code !== 0) failures.push(`run ${run}: ingest exited ${r.code}: ${r.stderr.trim().slice(-300)}`);
  // Read with its file list (a missing or damaged list is a failure too).
  const manifest = await committedManifest(index).catch((error: Error) => (failures.push(`run ${run}: the committed manifest does not read (${error.message})`), null));
  if (manifest === undefined) failures.push(`run ${run}: there is no committed manifest`);
  if (!manifest) continue;
  const listing = new Set(await readdir(index));
  for (const name of [...namesOf(manifest.store), manifest.store.lexical ?? '(none)']) {
    if (!listing.has(name)) failures.push(`run ${run}: the manifest names ${name}, which is missing`);
  }
  if (!folders.includes(Object.keys(manifest.files).sort().join(','))) failures.push(`run ${run}: the manifest lists a mix of the two folders`);
  const loaded = await loadCommittedIndex(index, { embeddings: embedder, id: embedder.id, dims: embedder.dims }, { seedsDir: a });
  if (!loaded || loaded.lexical.size !== loaded.store.size) failures.push(`run ${run}: the committed index does not load`);
  note(`concurrent ingest: run ${run + 1}/${runs}, ${failures.length} failures so far`);
}
await rm(dir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ runs, failures: failures.length, second_writer_waited: waited, details: failures.slice(0, 10) })}\n`);
