import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig, type Config } from '../../src/config.js';
import { RUN_VARIABLE } from './global-setup.js';

export const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

/** A throwaway copy of the seeds plus an empty index folder, and a config pointing at them. */
export async function makeWorkspace(env: Record<string, string> = {}): Promise<{ dir: string; config: Config; cleanup: () => Promise<void> }> {
  // (Named by the run, whose teardown removes what a worker ended without an 'exit' event leaves: see global-setup.)
  const dir = await mkdtemp(path.join(os.tmpdir(), `kzbot-${process.env[RUN_VARIABLE] ?? 'local'}-`));
  await cp(SEEDS, path.join(dir, 'seeds'), { recursive: true });
  const config = loadConfig({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index'), LOG_LEVEL: 'silent', ...env });
  return { dir, config, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The offline engine over a copy of the seeds, one per test process: no suite that asks it changes it, and the files a
 * worker runs share modules (`isolate: false`), so the seeds are indexed once rather than once per describe block.
 */
let seedsEngine: Promise<Engine> | undefined;
function sharedSeedsEngine(): Promise<Engine> {
  seedsEngine ??= makeWorkspace().then((ws) => {
    process.once('exit', () => rmSync(ws.dir, { recursive: true, force: true }));
    return createEngine(ws.config);
  });
  return seedsEngine;
}

/** Registers a hook that gives the enclosing describe block the offline engine over the seeds (shared; see above). */
export function useOfflineEngine(): { readonly engine: Engine } {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = await sharedSeedsEngine();
  });
  return {
    get engine() {
      if (!engine) throw new Error('the engine is ready only inside tests');
      return engine;
    },
  };
}

/**
 * Two articles on other things, beside an article of a test's own: in a corpus of one article every word is in every
 * article and tells nothing, where in the real corpus of five a place or a name one article names is rare.
 */
export const UNRELATED_ARTICLES: Readonly<Record<string, string>> = {
  'grid.txt': 'Finnish grid upgrade\n\nFinland will spend 2 billion euros on its power grid over ten years, the energy agency said.\n',
  'fish.txt': 'Icelandic fisheries report\n\nIceland caught less cod this year, the fisheries ministry reported on Monday.\n',
};

/** Registers hooks that give the enclosing describe block an offline engine over these articles alone (name → text). */
export function useEngineOver(articles: Record<string, string>): { readonly engine: Engine } {
  let dir: string | undefined;
  let engine: Engine | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kzbot-articles-'));
    await mkdir(path.join(dir, 'seeds'));
    for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, 'seeds', name), text);
    engine = await createEngine(loadConfig({ SEEDS_DIR: path.join(dir, 'seeds'), INDEX_DIR: path.join(dir, 'index'), LOG_LEVEL: 'silent' }));
  });
  afterAll(() => dir && rm(dir, { recursive: true, force: true }));
  return {
    get engine() {
      if (!engine) throw new Error('the engine is ready only inside tests');
      return engine;
    },
  };
}
