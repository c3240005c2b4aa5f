import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** Hashes and counts what flows through it, so a pack entry is hashed as it is written or read. */
export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  /** Valid once the stream has ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
