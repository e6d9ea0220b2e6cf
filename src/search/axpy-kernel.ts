/**
 * The one numeric kernel the exact dense scan (vector-columns.ts) needs, as a tiny WebAssembly module with
 * 128-bit SIMD: `out[i] += w0·c0[i] + w1·c1[i] + w2·c2[i] + w3·c3[i]` over float32 columns in a shared
 * memory (plus a one-column variant). Why WebAssembly: the scan is memory-bound, and a JavaScript loop
 * runs it about five times slower (one float at a time, with a bounds check each); hnswlib-node exposes no
 * such loop. Why assembled here: a module this small is shorter to write out than to build, and needs no
 * toolchain or dependency. Node has run SIMD WebAssembly by default since version 16.4.
 */

/** Pages of 64 KiB the shared memory may grow to (the whole 32-bit address space: 4 GiB, reserved, not allocated). */
export const MAX_PAGES = 65536;

export interface AxpyKernel {
  memory: WebAssembly.Memory;
  /** out[i] += w·col[i] for the `bytes` / 4 floats at byte offsets `col` and `out` (16-byte multiples). */
  axpy1(col: number, w: number, out: number, bytes: number): void;
  /** The same for four columns at once: `out` is read and written once for four multiply-adds. */
  axpy4(c0: number, w0: number, c1: number, w1: number, c2: number, w2: number, c3: number, w3: number, out: number, bytes: number): void;
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
/** v128.load / v128.store with 16-byte alignment and no offset. */
const V128_LOAD = simd(0x00, 4, 0);
const V128_STORE = simd(0x0b, 4, 0);
const F32X4_SPLAT = simd(0x13);
const F32X4_ADD = simd(0xe4);
const F32X4_MUL = simd(0xe6);

/**
 * axpy over `columns` columns: parameters (c0 i32, w0 f32, …, out i32, bytes i32), locals (i i32, one
 * f32x4 splat of each weight):
 *   for (i = 0; i < bytes; i += 16) out[i] = out[i] + w0·c0[i] + w1·c1[i] + …   (four floats a step)
 */
function axpyFunction(columns: number): { type: number[]; body: number[] } {
  const params: number[] = [];
  for (let j = 0; j < columns; j++) params.push(I32, F32);
  params.push(I32, I32);
  const out = 2 * columns;
  const bytes = out + 1;
  const i = out + 2;
  const splat = (j: number) => out + 3 + j;
  const code: number[] = [];
  for (let j = 0; j < columns; j++) code.push(...localGet(2 * j + 1), ...F32X4_SPLAT, ...localSet(splat(j)));
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop
  code.push(...localGet(i), ...localGet(bytes), ...I32_GE_U, 0x0d, 1); // br_if out of the block when i >= bytes
  code.push(...localGet(out), ...localGet(i), ...I32_ADD); // the store's address
  code.push(...localGet(out), ...localGet(i), ...I32_ADD, ...V128_LOAD);
  for (let j = 0; j < columns; j++) code.push(...localGet(2 * j), ...localGet(i), ...I32_ADD, ...V128_LOAD, ...localGet(splat(j)), ...F32X4_MUL, ...F32X4_ADD);
  code.push(...V128_STORE);
  code.push(...localGet(i), 0x41, 16, ...I32_ADD, ...localSet(i)); // i += 16
  code.push(0x0c, 0, 0x0b, 0x0b, 0x0b); // br to the loop; end loop, block, function
  const locals = vector([
    [1, I32],
    [columns, V128],
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
