import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';

/**
 * The load side's reads of an index's large files, without holding them in memory. Why: on this kind of
 * virtual machine the first touch of freshly allocated memory costs about 5 ms per MB (page faults), far
 * more than reading from the page cache (~1.5 GB/s) or CRC-32 (~3 GB/s). A file read whole, or streamed
 * through a new buffer per slice, pays that for every byte; one reused buffer pays it once.
 */

const SLICE = 4 << 20;

/** Slice buffers of finished checksums, reused by the next (concurrent checksums each take their own). */
const spare: Buffer[] = [];
const readAt = promisify(read);

/** The CRC-32 of an open file, in the index files' hex form (8 digits, as index-files.ts writes). */
async function crcOf(fd: number): Promise<string> {
  const buffer = spare.pop() ?? Buffer.allocUnsafeSlow(SLICE);
  try {
    let crc = 0;
    for (let at = 0; ; ) {
      const { bytesRead } = await readAt(fd, buffer, 0, SLICE, at);
      if (bytesRead === 0) break;
      crc = crc32(buffer.subarray(0, bytesRead), crc);
      at += bytesRead;
    }
    return (crc >>> 0).toString(16).padStart(8, '0');
  } finally {
    spare.push(buffer);
  }
}

/** CRC-32 of a whole file, read through a reused 4 MB buffer. O(file bytes), O(1) memory. */
export async function fileCrc32(file: string): Promise<string> {
  const fd = openSync(file, 'r');
  try {
    return await crcOf(fd);
  } finally {
    closeSync(fd);
  }
}

const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    /* already closed */
  }
});

/**
 * A checked file read where it lies, a byte range at a time, when first asked for: one positional read
 * (a few microseconds from the page cache). A 100k-chunk index thus does not hold its 110 MB of texts,
 * nor the 39 MB of its chunks' term lists. The file is opened once: its bytes stay readable through it
 * even after a later save removes the file.
 */
export class CheckedFile {
  private fd: number | undefined;
  readonly size: number;

  private constructor(fd: number) {
    this.fd = fd;
    this.size = fstatSync(fd).size;
    closer.register(this, fd, this);
  }

  /** Opens the file and checks it against its checksum (CRC-32, hex); throws `mismatch()` when it does not match. */
  static async open(file: string, crc: string | undefined, mismatch: () => Error): Promise<CheckedFile> {
    const fd = openSync(file, 'r');
    let ok = false;
    try {
      ok = crc !== undefined && (await crcOf(fd)) === crc;
    } finally {
      if (!ok) closeSync(fd);
    }
    if (!ok) throw mismatch();
    return new CheckedFile(fd);
  }

  /** Fills `into` with the file's bytes from `position`. */
  readInto(into: NodeJS.ArrayBufferView, position: number): void {
    if (this.fd === undefined) throw new Error('the file was closed');
    const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
    for (let at = 0; at < bytes.length; ) {
      const n = readSync(this.fd, bytes, at, bytes.length - at, position + at);
      if (n === 0) throw new Error('the file is shorter than its index says');
      at += n;
    }
  }

  /** Bytes [start, end) of the file. */
  bytes(start: number, end: number): Buffer {
    const out = Buffer.allocUnsafe(end - start);
    this.readInto(out, start);
    return out;
  }

  text(start: number, end: number): string {
    return this.bytes(start, end).toString('utf8');
  }

  /** Closes the file now (it is no longer read). */
  close(): void {
    if (this.fd === undefined) return;
    closer.unregister(this);
    closeSync(this.fd);
    this.fd = undefined;
  }
}
