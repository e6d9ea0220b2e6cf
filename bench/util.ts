/** Small helpers shared by the bench sections: timing, percentiles, logging to stderr, child processes. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Progress lines go to stderr, so `--json` keeps stdout to exactly one JSON object. */
export function note(message: string): void {
  process.stderr.write(`[bench +${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank on a sorted copy. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : Number.NaN);

/** Rounds for display and JSON: enough digits to compare runs, no float noise. */
export function round(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

/**
 * A fixed CPU-bound workload (sha256 of 64 MiB), in ms: how fast this machine is right now. Shared
 * virtual machines speed up and slow down by a third from one minute to the next; recorded at the start
 * and the end of a run, it says how far its timings can be compared with another run's.
 */
export function cpuCalibrationMs(): number {
  const data = Buffer.alloc(64 << 20, 7);
  const started = performance.now();
  createHash('sha256').update(data).digest();
  return performance.now() - started;
}

export const mb = (bytes: number) => bytes / 1024 / 1024;

/** Peak resident set size of this process so far, in MiB (resourceUsage().maxRSS is in KiB). */
export const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/**
 * Node arguments that run a TypeScript entry point in a fresh process the way `tsx` does, without
 * npx's start-up cost: `node --import tsx file.ts`. Resolved from this repository, whatever the cwd.
 */
export function tsxNodeArgs(entry: string, args: string[] = []): string[] {
  return ['--import', import.meta.resolve('tsx'), entry, ...args];
}

export interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit, measured by the parent. */
  ms: number;
  /** Wall time from spawn to the first line on stdout (undefined if none). */
  firstLineMs?: number;
}

/** Runs a child process to completion, collecting its output; kills it after timeoutMs. */
export function runChild(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstLineMs: number | undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      if (firstLineMs === undefined && stdout.includes('\n')) firstLineMs = performance.now() - started;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started, firstLineMs });
    });
  });
}

/** The last line of a child's stdout parsed as JSON (children print one JSON line as their result). */
export function lastJsonLine<T>(result: ChildResult, what: string): T {
  const line = result.stdout.trim().split('\n').filter(Boolean).pop();
  if (result.code !== 0 || !line) throw new Error(`${what} failed (exit ${result.code}): ${result.stderr.trim().slice(-2000)}`);
  return JSON.parse(line) as T;
}
