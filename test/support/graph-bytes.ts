import { mkdtemp, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SyncResult } from '../../src/search/indexer.js';

/** The graph a store holds, as hnswlib writes it (through LangChain's save into a new folder under `dir`). */
export async function graphBytes(result: SyncResult, dir: string): Promise<Buffer> {
  const folder = await mkdtemp(path.join(dir, 'save-'));
  await result.store.save(folder);
  const { files } = JSON.parse(await readFile(path.join(folder, 'store.json'), 'utf8')) as { files: { index: string } };
  return readFile(path.join(folder, files.index));
}
