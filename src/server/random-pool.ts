import { randomFillSync } from 'node:crypto';

/** Cryptographic random bytes drawn from a refilled 4 KiB pool: one syscall per many ids. */
export function pooledRandomBytes(poolSize = 4096): (size: number) => Uint8Array {
  const pool = Buffer.alloc(poolSize);
  let offset = poolSize;
  return (size) => {
    if (size > poolSize) return randomFillSync(Buffer.alloc(size));
    if (offset + size > poolSize) {
      randomFillSync(pool);
      offset = 0;
    }
    // A copy, so callers may keep the bytes while the pool is refilled.
    const out = Uint8Array.prototype.slice.call(pool, offset, offset + size);
    offset += size;
    return out;
  };
}
