import { Worker } from 'node:worker_threads';
import { createAxpyKernel, MAX_PAGES, type AxpyKernel } from './axpy-kernel.js';

/**
 * The stored vectors again, column by column, for an exact dense search whose cost follows the query's
 * non-zero dimensions: a question embedded by the offline embedder (hashed words and trigrams) sets about
 * 50 of its 256 dimensions, so the exact similarity of every chunk is a multiply-add over 50 columns,
 * streamed with SIMD (axpy-kernel.ts): at 117k chunks, about 0.7 times the graph search the retriever
 * needs, and exact. The graph is approximate in a way that matters here: this embedder's
 * questions lie far from every chunk, and at ef 640 the graph misses one of the exact 30 nearest for two
 * questions in three, the nearest itself for one in twenty (README, issue 13).
 *
 * Each float32 is kept as its two halves, in two planes: the upper 16 bits (a bfloat16: sign, exponent and 7
 * bits of mantissa) and the lower 16. The scan streams only the upper plane, half the bytes, so each row's
 * score is approximate, off by less than 2^-7 · |query| (each component is off by less than 2^-7 of itself,
 * and the vectors have unit length); every row within twice that of the k-th best approximate score is
 * then scored exactly from both halves. The result is exact: the very float32s hnswlib holds.
 *
 * Layout: blocks of BLOCK rows (row = the graph's label), each block the upper plane column by column, then
 * the lower plane likewise, after one page holding the scores of the block being scanned. A block of 256
 * dimensions is 4 MiB; growing adds blocks and moves nothing. Rows deleted or never written are kept out of
 * results by a live mask.
 *
 * Memory: dims × 4 bytes per row (120 MB at 117k chunks of 256 dimensions), first touched when written;
 * on a virtual machine that first touch is the main cost of a bulk load, which is why fillFromGraphFile
 * runs on a worker thread.
 */
export const BLOCK = 4096;
/** The approximate score's error bound per unit of query length: 2^-7, plus a margin for float32 rounding in the sums. */
const HALF_ERROR = 1 / 120;
/** Bytes before the first block: the scores of one block (at offset 0), padded to a page. */
const BASE = 65536;
const PAGE = 65536;

export interface ScanHit {
  label: number;
  /** Cosine similarity, in double precision from the stored float32 components (as HnswStore.similarities). */
  score: number;
}

/** The k best scores seen, as a min-heap: the root is the score a new row must beat. */
class TopScores {
  private readonly scores: Float64Array;
  private readonly labels: Int32Array;
  size = 0;

  constructor(readonly k: number) {
    this.scores = new Float64Array(k);
    this.labels = new Int32Array(k);
  }

  /** The score to beat: -Infinity until k rows are held. */
  get threshold(): number {
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  push(score: number, label: number): void {
    const { scores, labels } = this;
    let i: number;
    if (this.size < this.k) {
      // Sift up from the new leaf.
      i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (scores[parent]! <= score) break;
        scores[i] = scores[parent]!;
        labels[i] = labels[parent]!;
        i = parent;
      }
    } else {
      // Replace the root and sift down.
      i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= this.size) break;
        const child = left + 1 < this.size && scores[left + 1]! < scores[left]! ? left + 1 : left;
        if (scores[child]! >= score) break;
        scores[i] = scores[child]!;
        labels[i] = labels[child]!;
        i = child;
      }
    }
    scores[i] = score;
    labels[i] = label;
  }

  held(): number[] {
    return Array.from(this.labels.subarray(0, this.size));
  }
}

/**
 * Fills rows (both halves of each float32) from a graph file hnswlib wrote (hnswlib 0.8's saveIndex, as hnswlib-node 3 writes it): a
 * 96-byte header (offsetLevel0, max_elements, cur_element_count, size_data_per_element, label_offset,
 * offsetData as 64-bit integers, then fields not needed here), then cur_element_count level-0 records of
 * size_data_per_element bytes: the element's links, its vector (float32) at offsetData, its label
 * (64-bit) at label_offset. Reads slices of records and writes each column of a slice in one sequential
 * run. Plain CommonJS run with `eval`, like the graph worker in hnsw-store.ts.
 */
const FILL_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readSync } = require('node:fs');
const { buffer, fd, dims, block, base, rows } = workerData;
const SLICE = 1024;
try {
  const halves = new Uint16Array(buffer);
  const plane = dims * block; // halves from a column's upper half to its lower half
  const head = Buffer.alloc(96);
  if (readSync(fd, head, 0, 96, 0) !== 96) throw new Error('the graph file has no header');
  const field = (i) => Number(head.readBigUInt64LE(8 * i));
  const [offsetLevel0, , count, per, labelAt, dataAt] = [0, 1, 2, 3, 4, 5].map(field);
  if (offsetLevel0 !== 0 || per % 4 || dataAt % 4 || labelAt + 8 !== per || dataAt + 4 * dims > labelAt) {
    throw new Error('not an hnswlib graph of ' + dims + ' dimensions');
  }
  const slice = Buffer.allocUnsafeSlow(per * SLICE);
  const words = new Uint32Array(slice.buffer, 0, (per * SLICE) / 4);
  const to = new Float64Array(SLICE);
  const from = new Float64Array(SLICE);
  for (let at = 0; at < count; at += SLICE) {
    const n = Math.min(SLICE, count - at);
    if (readSync(fd, slice, 0, n * per, 96 + at * per) !== n * per) throw new Error('the graph file is shorter than its header says');
    for (let r = 0; r < n; r++) {
      const low = words[(r * per + labelAt) / 4];
      const high = words[(r * per + labelAt) / 4 + 1];
      if (high !== 0 || low >= rows) throw new Error('label ' + low + ' beyond the ' + rows + ' rows made room for');
      to[r] = base / 2 + Math.floor(low / block) * 2 * plane + (low % block);
      from[r] = (r * per + dataAt) / 4;
    }
    for (let d = 0; d < dims; d++) {
      const column = d * block;
      for (let r = 0; r < n; r++) {
        const bits = words[from[r] + d];
        halves[to[r] + column] = bits >>> 16;
        halves[to[r] + column + plane] = bits & 0xffff;
      }
    }
  }
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, message: String((error && error.message) || error) });
}
`;

export class VectorColumns {
  private blocks = 0;
  private live = new Uint8Array(0);
  /** One past the highest row that may hold a vector: the scan's end. */
  private end = 0;
  private halves: Uint16Array;
  /** One float32 and its bits, to split a number into halves and join them back. */
  private readonly float = new Float32Array(1);
  private readonly bits = new Uint32Array(this.float.buffer);

  private constructor(
    private readonly kernel: AxpyKernel,
    readonly dims: number,
  ) {
    this.halves = new Uint16Array(kernel.memory.buffer);
  }

  /** Columns for vectors of `dims` dimensions, or undefined where WebAssembly SIMD is not available. */
  static create(dims: number): VectorColumns | undefined {
    if (dims % 4 !== 0) return undefined; // the kernel steps four floats at a time
    const kernel = createAxpyKernel(BASE / PAGE);
    return kernel && new VectorColumns(kernel, dims);
  }

  /** Rows there is room for. */
  get capacity(): number {
    return this.blocks * BLOCK;
  }

  /** Makes room for rows 0…rows-1 (whole blocks; the memory is reserved, and allocated when first written). */
  ensureRows(rows: number): void {
    if (rows <= this.capacity) return;
    const blocks = Math.ceil(rows / BLOCK);
    const bytes = BASE + blocks * this.dims * BLOCK * 4;
    if (bytes > MAX_PAGES * PAGE) throw new Error(`${rows} rows of ${this.dims} dimensions exceed the 4 GiB a WebAssembly memory holds`);
    const pages = Math.ceil(bytes / PAGE) - this.kernel.memory.buffer.byteLength / PAGE;
    if (pages > 0) this.kernel.memory.grow(pages);
    this.halves = new Uint16Array(this.kernel.memory.buffer);
    const live = new Uint8Array(blocks * BLOCK);
    live.set(this.live);
    this.live = live;
    this.blocks = blocks;
  }

  /** Index (in halves) of a row's upper half in column 0; column d is d · BLOCK further, its lower half dims · BLOCK further. */
  private at(row: number): number {
    return BASE / 2 + Math.floor(row / BLOCK) * 2 * this.dims * BLOCK + (row % BLOCK);
  }

  /**
   * Writes a row (not yet live), scaled to unit length exactly as hnswlib-node scales a vector in its cosine
   * space (float32 arithmetic, in order), so a row written here holds the float32s hnswlib holds. O(dims).
   */
  set(row: number, vector: ArrayLike<number>): void {
    if (vector.length !== this.dims) throw new Error(`vector has ${vector.length} dimensions, the columns ${this.dims}`);
    this.ensureRows(row + 1);
    const f = Math.fround;
    let squares = 0;
    for (let d = 0; d < this.dims; d++) squares = f(squares + f(f(vector[d]!) * f(vector[d]!)));
    const norm = f(Math.sqrt(Math.abs(squares)));
    const at = this.at(row);
    const plane = this.dims * BLOCK;
    for (let d = 0; d < this.dims; d++) {
      this.float[0] = norm > 0 ? f(vector[d]!) / norm : vector[d]!;
      const bits = this.bits[0]!;
      this.halves[at + d * BLOCK] = bits >>> 16;
      this.halves[at + d * BLOCK + plane] = bits & 0xffff;
    }
    this.end = Math.max(this.end, row + 1);
  }

  setLive(row: number, live: boolean): void {
    if (live) {
      this.ensureRows(row + 1);
      this.end = Math.max(this.end, row + 1);
    }
    if (row < this.live.length) this.live[row] = live ? 1 : 0;
  }

  /**
   * Writes the rows of an hnswlib graph file (open as `fd`, left open) on a worker thread, so the
   * first touch of ~120 MB (100k rows) costs this thread nothing. Room for labels below `rows` is made
   * first; a label beyond fails the fill. Rows written meanwhile by set() are other labels, untouched.
   */
  async fillFromGraphFile(fd: number, rows: number): Promise<void> {
    this.ensureRows(rows);
    this.end = Math.max(this.end, rows);
    const worker = new Worker(FILL_WORKER, {
      eval: true,
      workerData: { buffer: this.kernel.memory.buffer, fd, dims: this.dims, block: BLOCK, base: BASE, rows: this.capacity },
    });
    worker.unref(); // never what keeps a process alive
    try {
      const reply = await new Promise<{ ok: boolean; message?: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the column fill exited with code ${code}`)));
      });
      if (!reply.ok) throw new Error(reply.message);
    } finally {
      await worker.terminate();
    }
  }

  /**
   * The k live rows most similar to the query (cosine; the rows are unit vectors), best first, equal
   * scores by row. Exact: every live row is scored, approximately from the upper halves, and those that
   * may be among the k best exactly. O(non-zero dimensions × rows) multiply-adds.
   */
  nearest(query: ArrayLike<number>, k: number): ScanHit[] {
    const { dims, kernel } = this;
    const nonZero: number[] = [];
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      if (query[d] === 0) continue;
      nonZero.push(d);
      norm += query[d]! * query[d]!;
    }
    // A row can be among the k best only when its approximate score is within twice the bound of the k-th best one's.
    const slack = 2 * HALF_ERROR * Math.sqrt(norm);
    const top = new TopScores(Math.max(1, k));
    const candidates: number[] = [];
    const approximate: number[] = [];
    const blockBytes = dims * BLOCK * 4;
    const column = (block: number, d: number) => BASE + block * blockBytes + d * BLOCK * 2;
    const scores = new Float32Array(kernel.memory.buffer, 0, BLOCK);
    const { live } = this;
    let floor = -Infinity;
    for (let block = 0; block * BLOCK < this.end; block++) {
      const rows = Math.min(BLOCK, this.end - block * BLOCK);
      const bytes = Math.ceil(rows / 8) * 16;
      scores.fill(0, 0, bytes / 2);
      let j = 0;
      for (; j + 4 <= nonZero.length; j += 4) {
        const [a, b, c, e] = [nonZero[j]!, nonZero[j + 1]!, nonZero[j + 2]!, nonZero[j + 3]!];
        kernel.axpy4(column(block, a), query[a]!, column(block, b), query[b]!, column(block, c), query[c]!, column(block, e), query[e]!, 0, bytes);
      }
      for (; j < nonZero.length; j++) kernel.axpy1(column(block, nonZero[j]!), query[nonZero[j]!]!, 0, bytes);
      const first = block * BLOCK;
      for (let i = 0; i < rows; i++) {
        const score = scores[i]!;
        if (score < floor || !live[first + i]) continue;
        candidates.push(first + i);
        approximate.push(score);
        if (score > top.threshold) {
          top.push(score, first + i);
          floor = top.threshold - slack;
        }
      }
      // Rows admitted before the k-th best score rose enough are let go.
      if (candidates.length > 4 * BLOCK) this.keepAbove(candidates, approximate, floor);
    }
    this.keepAbove(candidates, approximate, floor);
    const length = Math.sqrt(norm) || 1;
    return candidates
      .map((label) => ({ label, score: this.dot(query, nonZero, label) / length }))
      .sort((a, b) => b.score - a.score || a.label - b.label)
      .slice(0, k);
  }

  /** Keeps the candidates whose approximate score is at least `floor`, in place. */
  private keepAbove(candidates: number[], approximate: number[], floor: number): void {
    let kept = 0;
    for (let i = 0; i < candidates.length; i++) {
      if (approximate[i]! < floor) continue;
      candidates[kept] = candidates[i]!;
      approximate[kept++] = approximate[i]!;
    }
    candidates.length = kept;
    approximate.length = kept;
  }

  /** The query's dot product with a row over the query's non-zero dimensions (ascending), the halves joined. */
  private dot(query: ArrayLike<number>, nonZero: readonly number[], row: number): number {
    const at = this.at(row);
    const plane = this.dims * BLOCK;
    let dot = 0;
    for (const d of nonZero) {
      this.bits[0] = ((this.halves[at + d * BLOCK]! << 16) | this.halves[at + d * BLOCK + plane]!) >>> 0;
      dot += this.float[0]! * query[d]!;
    }
    return dot;
  }

  /**
   * Cosine similarity of the query to a row, in double precision, summed over dimensions in order (the
   * same number HnswStore.similarities computes from hnswlib's copy of the vector). O(dims).
   */
  similarity(query: ArrayLike<number>, row: number): number {
    const nonZero: number[] = [];
    let norm = 0;
    for (let d = 0; d < this.dims; d++) {
      if (query[d] === 0) continue;
      nonZero.push(d);
      norm += query[d]! * query[d]!;
    }
    return this.dot(query, nonZero, row) / (Math.sqrt(norm) || 1);
  }

  /** A row's vector, as stored (the float32s hnswlib holds). O(dims). */
  vector(row: number): number[] {
    const at = this.at(row);
    const plane = this.dims * BLOCK;
    return Array.from({ length: this.dims }, (_, d) => {
      this.bits[0] = ((this.halves[at + d * BLOCK]! << 16) | this.halves[at + d * BLOCK + plane]!) >>> 0;
      return this.float[0]!;
    });
  }
}
