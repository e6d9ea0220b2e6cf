/**
 * The one numeric kernel the exact dense scan (vector-columns.ts) needs, as a tiny WebAssembly module with
 * 128-bit SIMD: `out[i] += w0·c0[i] + w1·c1[i] + w2·c2[i] + w3·c3[i]` where the columns hold bfloat16s (the
 * upper 16 bits of float32s) and `out` float32s, in a shared memory (plus a one-column variant). Why bfloat16:
 * the scan is memory-bound, and half the bytes is about half the time; the caller bounds the error and
 * rescores exactly. Why WebAssembly: a JavaScript loop runs it about five times slower (one number at a
 * time, with a bounds check each); hnswlib-node exposes no such loop. Why assembled here: a module this small
 * is shorter to write out than to build, and needs no toolchain or dependency. Node has run SIMD WebAssembly
 * by default since version 16.4.
 */

/** Pages of 64 KiB the shared memory may grow to (the whole 32-bit address space: 4 GiB, reserved, not allocated). */
export const MAX_PAGES = 65536;

export interface AxpyKernel {
  memory: WebAssembly.Memory;
  /**
   * out[i] += w·col[i] for the `columnBytes` / 2 bfloat16s at byte offset `col` (a multiple of 16 bytes: 8
   * numbers) and as many float32s at `out`.
   */
  axpy1(col: number, w: number, out: number, columnBytes: number): void;
  /** The same for four columns at once: `out` is read and written once for four multiply-adds. */
  axpy4(c0: number, w0: number, c1: number, w1: number, c2: number, w2: number, c3: number, w3: number, out: number, columnBytes: number): void;
}

// The binary format's pieces (https://webassembly.github.io/spec/core/binary/).
const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const vector = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const section = (id: number, bytes: number[]) => [id, ...uleb(bytes.length), ...bytes];
const name = (text: string) => vector([...Buffer.from(text)].map((b) => [b]));
const I32 = 0x7f;
const F32 = 0x7d;
const V128 = 0x7b;
const localGet = (i: number) => [0x20, ...uleb(i)];
const localSet = (i: number) => [0x21, ...uleb(i)];
const I32_ADD = [0x6a];
const I32_GE_U = [0x4f];
const simd = (op: number, ...immediates: number[]) => [0xfd, ...uleb(op), ...immediates];
/** v128.load / v128.store with 16-byte alignment and a byte offset. */
const v128Load = (offset = 0) => simd(0x00, 4, ...uleb(offset));
const v128Store = (offset = 0) => simd(0x0b, 4, ...uleb(offset));
const F32X4_SPLAT = simd(0x13);
const F32X4_ADD = simd(0xe4);
const F32X4_MUL = simd(0xe6);
const I32X4_EXTEND_LOW_I16X8_U = simd(0xa9);
const I32X4_EXTEND_HIGH_I16X8_U = simd(0xaa);
const I32X4_SHL = simd(0xab);
/** Four bfloat16s widened to the float32s they are the upper halves of: zero-extend to 32 bits, shift up 16. */
const widen = (half: number[]) => [...half, 0x41, 16, ...I32X4_SHL];

/**
 * axpy over `columns` columns: parameters (c0 i32, w0 f32, …, out i32, columnBytes i32), locals (i, at:
 * i32; x, low, high: v128; one f32x4 splat of each weight):
 *   for (i = 0; i < columnBytes; i += 16) {          // eight rows a step
 *     at = out + 2·i; low = out[at…]; high = out[at+16…]
 *     for each column j: x = cj[i…]; low += widen(low half of x)·wj; high += widen(high half of x)·wj
 *     out[at…] = low; out[at+16…] = high
 *   }
 */
function axpyFunction(columns: number): { type: number[]; body: number[] } {
  const params: number[] = [];
  for (let j = 0; j < columns; j++) params.push(I32, F32);
  params.push(I32, I32);
  const out = 2 * columns;
  const bytes = out + 1;
  const i = out + 2;
  const at = out + 3;
  const x = out + 4;
  const low = out + 5;
  const high = out + 6;
  const splat = (j: number) => out + 7 + j;
  const code: number[] = [];
  for (let j = 0; j < columns; j++) code.push(...localGet(2 * j + 1), ...F32X4_SPLAT, ...localSet(splat(j)));
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop
  code.push(...localGet(i), ...localGet(bytes), ...I32_GE_U, 0x0d, 1); // br_if out of the block when i >= columnBytes
  code.push(...localGet(out), ...localGet(i), ...localGet(i), ...I32_ADD, ...I32_ADD, ...localSet(at));
  code.push(...localGet(at), ...v128Load(), ...localSet(low));
  code.push(...localGet(at), ...v128Load(16), ...localSet(high));
  for (let j = 0; j < columns; j++) {
    code.push(...localGet(2 * j), ...localGet(i), ...I32_ADD, ...v128Load(), ...localSet(x));
    code.push(...localGet(low), ...localGet(x), ...widen(I32X4_EXTEND_LOW_I16X8_U), ...localGet(splat(j)), ...F32X4_MUL, ...F32X4_ADD, ...localSet(low));
    code.push(...localGet(high), ...localGet(x), ...widen(I32X4_EXTEND_HIGH_I16X8_U), ...localGet(splat(j)), ...F32X4_MUL, ...F32X4_ADD, ...localSet(high));
  }
  code.push(...localGet(at), ...localGet(low), ...v128Store());
  code.push(...localGet(at), ...localGet(high), ...v128Store(16));
  code.push(...localGet(i), 0x41, 16, ...I32_ADD, ...localSet(i)); // i += 16
  code.push(0x0c, 0, 0x0b, 0x0b, 0x0b); // br to the loop; end loop, block, function
  const locals = vector([
    [2, I32],
    [3 + columns, V128],
  ]);
  const body = [...locals, ...code];
  return { type: [0x60, ...vector(params.map((p) => [p])), 0], body: [...uleb(body.length), ...body] };
}

function moduleBytes(): Uint8Array<ArrayBuffer> {
  const functions = [axpyFunction(1), axpyFunction(4)];
  return new Uint8Array([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, vector(functions.map((f) => f.type))),
    // Imports env.memory: a shared memory (limits flag 3: shared, with a maximum), 1 page at least.
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x03, ...uleb(1), ...uleb(MAX_PAGES)]])),
    ...section(3, vector(functions.map((_, i) => uleb(i)))),
    ...section(7, vector([[...name('axpy1'), 0x00, 0], [...name('axpy4'), 0x00, 1]])),
    ...section(10, vector(functions.map((f) => f.body))),
  ]);
}

let compiled: WebAssembly.Module | null | undefined;

/**
 * A kernel over a new shared memory of `pages` pages, or undefined where WebAssembly SIMD or shared
 * memory is not available (the caller then searches the graph). The module is compiled once per process.
 */
export function createAxpyKernel(pages = 1): AxpyKernel | undefined {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(moduleBytes());
    } catch {
      compiled = null; // no SIMD here: never tried again
    }
  }
  if (!compiled) return undefined;
  try {
    const memory = new WebAssembly.Memory({ initial: pages, maximum: MAX_PAGES, shared: true });
    const exports = new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as Omit<AxpyKernel, 'memory'>;
    return { memory, axpy1: exports.axpy1, axpy4: exports.axpy4 };
  } catch {
    return undefined; // no address space left for another memory
  }
}
