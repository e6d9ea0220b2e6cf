import type { Writable } from 'node:stream';

/**
 * Writes 64 KB pieces to a stream until `limit` bytes are sent or the other side hangs up, waiting for
 * 'drain' whenever the stream's buffer is full; `sent()` tells how many bytes went out so far.
 */
export function flood(stream: Writable, limit: number): { sent: () => number } {
  const piece = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < limit && !stream.destroyed) {
      sent += piece.length;
      if (!stream.write(piece)) return void stream.once('drain', pump);
    }
    stream.end();
  };
  pump();
  return { sent: () => sent };
}
