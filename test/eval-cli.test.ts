import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace } from './support/workspace.js';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('npm run eval -- --file FOLDER', () => {
  let ws: Awaited<ReturnType<typeof makeWorkspace>>;
  beforeAll(async () => {
    ws = await makeWorkspace();
  });
  afterAll(() => ws.cleanup());

  it('measures every set in the folder as one report', async () => {
    const sets = path.join(ws.dir, 'sets');
    await mkdir(sets);
    const lines = (await readFile(path.join(ROOT, 'test/golden/public.jsonl'), 'utf8')).split('\n').filter(Boolean);
    await writeFile(path.join(sets, 'a.jsonl'), `${lines.slice(0, 2).join('\n')}\n`);
    await writeFile(path.join(sets, 'b.jsonl'), `${lines.slice(2, 3).join('\n')}\n`);
    await writeFile(path.join(sets, 'notes.txt'), 'not a set\n');
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, SEEDS_DIR: ws.config.SEEDS_DIR, INDEX_DIR: ws.config.INDEX_DIR, LOG_LEVEL: 'silent' };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', '--json', '--file', sets], { cwd: ROOT, env, timeout: 60_000 });
    const report = JSON.parse(stdout) as { overall: { questions: number }; outcomes: Array<{ id: string }> };
    expect(report.overall.questions).toBe(3);
    expect(report.outcomes.map((o) => o.id)).toEqual(lines.slice(0, 3).map((l) => (JSON.parse(l) as { id: string }).id));
  });
});
