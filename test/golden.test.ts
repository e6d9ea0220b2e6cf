import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseGolden } from '../src/eval/golden.js';
import { useOfflineEngine } from './support/workspace.js';

// Floors set a little under what `npm run eval` measures offline (see README), so a regression
// in retrieval, the relevance gate or the answerer fails here.
const FLOORS = {
  'public.jsonl': { hit_at_3: 1, fact_accuracy: 1, refusal_accuracy: 1 },
  'extra.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.86, refusal_accuracy: 0.85 },
  'dev.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh.jsonl': { hit_at_3: 0.93, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh2.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.8, refusal_accuracy: 0.7 },
  'fresh3.jsonl': { hit_at_3: 0.88, fact_accuracy: 0.82, refusal_accuracy: 0.8 },
  'fresh4.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.88, refusal_accuracy: 0.9 },
  'fresh5.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.84, refusal_accuracy: 0.85 },
  'fresh6.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh7.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.84, refusal_accuracy: 0.85 },
  'fresh8.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh9.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.88, refusal_accuracy: 0.95 },
  'fresh10.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.86, refusal_accuracy: 0.85 },
  'fresh11.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.85 },
  'fresh12.jsonl': { hit_at_3: 0.84, fact_accuracy: 0.72, refusal_accuracy: 0.85 },
  'fresh13.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.93, refusal_accuracy: 0.85 },
  'fresh14.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.9, refusal_accuracy: 0.9 },
  'fresh15.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh16.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh17.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.94, refusal_accuracy: 0.95 },
  'fresh18.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh19.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.88, refusal_accuracy: 0.95 },
  'fresh20.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh21.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.88, refusal_accuracy: 0.95 },
  'fresh22.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.9, refusal_accuracy: 0.85 },
  'fresh23.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh24.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.95, refusal_accuracy: 0.95 },
  'fresh25.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.95, refusal_accuracy: 0.85 },
  'fresh26.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh27.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.88, refusal_accuracy: 0.85 },
  'fresh28.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh29.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.95, refusal_accuracy: 0.95 },
  'fresh30.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.88, refusal_accuracy: 0.75 },
  'fresh31.jsonl': { hit_at_3: 0.88, fact_accuracy: 0.85, refusal_accuracy: 0.95 },
  'fresh32.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.88, refusal_accuracy: 0.85 },
  'fresh33.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.85, refusal_accuracy: 0.95 },
  'fresh34.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.85, refusal_accuracy: 0.75 },
  'fresh35.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh36.jsonl': { hit_at_3: 0.85, fact_accuracy: 0.83, refusal_accuracy: 0.75 },
  'fresh37.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.88, refusal_accuracy: 0.95 },
  'fresh38.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.88, refusal_accuracy: 0.85 },
  'fresh39.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh40.jsonl': { hit_at_3: 0.85, fact_accuracy: 0.78, refusal_accuracy: 0.65 },
  'fresh41.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.85, refusal_accuracy: 0.95 },
  'fresh42.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.86, refusal_accuracy: 0.85 },
  'fresh43.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.88, refusal_accuracy: 0.85 },
  'fresh44.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.85, refusal_accuracy: 0.95 },
  'fresh45.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.82, refusal_accuracy: 0.75 },
  'fresh46.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.86, refusal_accuracy: 0.95 },
  'fresh47.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh48.jsonl': { hit_at_3: 0.95, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh49.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.88, refusal_accuracy: 0.85 },
  'fresh50.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh51.jsonl': { hit_at_3: 0.85, fact_accuracy: 0.76, refusal_accuracy: 0.95 },
  'fresh52.jsonl': { hit_at_3: 0.98, fact_accuracy: 0.86, refusal_accuracy: 0.85 },
  'fresh53.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.86, refusal_accuracy: 0.95 },
  'fresh54.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh55.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.86, refusal_accuracy: 0.85 },
  'fresh56.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh57.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.92, refusal_accuracy: 0.85 },
  'fresh58.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.92, refusal_accuracy: 0.85 },
  'fresh59.jsonl': { hit_at_3: 0.88, fact_accuracy: 0.82, refusal_accuracy: 0.85 },
  'fresh60.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.86, refusal_accuracy: 0.85 },
  'fresh61.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.82, refusal_accuracy: 0.95 },
  'fresh62.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.82, refusal_accuracy: 0.95 },
  'fresh63.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh64.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh65.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.84, refusal_accuracy: 0.85 },
  'fresh66.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh67.jsonl': { hit_at_3: 0.82, fact_accuracy: 0.78, refusal_accuracy: 0.85 },
  'fresh68.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.82, refusal_accuracy: 0.85 },
  'fresh69.jsonl': { hit_at_3: 0.92, fact_accuracy: 0.84, refusal_accuracy: 0.95 },
  'fresh70.jsonl': { hit_at_3: 0.86, fact_accuracy: 0.8, refusal_accuracy: 0.85 },
  'fresh71.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.94, refusal_accuracy: 0.85 },
  'fresh72.jsonl': { hit_at_3: 0.98, fact_accuracy: 0.92, refusal_accuracy: 0.95 },
  'fresh73.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.9, refusal_accuracy: 0.65 },
  'fresh74.jsonl': { hit_at_3: 0.98, fact_accuracy: 0.96, refusal_accuracy: 0.85 },
  'fresh75.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.88, refusal_accuracy: 0.95 },
  'fresh76.jsonl': { hit_at_3: 0.98, fact_accuracy: 0.94, refusal_accuracy: 0.95 },
  'fresh77.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.88, refusal_accuracy: 0.95 },
  'fresh78.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.86, refusal_accuracy: 0.95 },
  'fresh79.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.86, refusal_accuracy: 0.95 },
  'fresh80.jsonl': { hit_at_3: 0.9, fact_accuracy: 0.86, refusal_accuracy: 0.95 },
  'fresh81.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.94, refusal_accuracy: 0.85 },
  'fresh82.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.9, refusal_accuracy: 0.85 },
  'fresh83.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.86, refusal_accuracy: 0.85 },
  'fresh84.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.9, refusal_accuracy: 0.95 },
  'fresh85.jsonl': { hit_at_3: 0.86, fact_accuracy: 0.82, refusal_accuracy: 0.75 },
  'fresh86.jsonl': { hit_at_3: 0.94, fact_accuracy: 0.88, refusal_accuracy: 0.95 },
  'fresh87.jsonl': { hit_at_3: 0.96, fact_accuracy: 0.92, refusal_accuracy: 0.85 },
};

describe('golden questions, offline', () => {
  const ctx = useOfflineEngine();

  it.each(Object.entries(FLOORS))('%s stays above its floors', async (file, floors) => {
    const questions = parseGolden(await readFile(path.join(import.meta.dirname, 'golden', file), 'utf8'));
    const { overall } = await evaluate(ctx.engine, questions);
    expect(overall.hit_at_3).toBeGreaterThanOrEqual(floors.hit_at_3);
    expect(overall.fact_accuracy).toBeGreaterThanOrEqual(floors.fact_accuracy);
    expect(overall.refusal_accuracy).toBeGreaterThanOrEqual(floors.refusal_accuracy);
  });
});
