import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Returns the bytes cached under the hash of `key` in `dir`, or renders, stores and returns them.
 * Share images cost tens of milliseconds each; the cache lets a rebuild pay only for new cards.
 */
export async function cachedRender(dir: string, key: string, render: () => Promise<Buffer>): Promise<Buffer> {
  const file = join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.bin`);
  try {
    return readFileSync(file);
  } catch {
    const bytes = await render();
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build stopped half-way never leaves a truncated card behind.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return bytes;
  }
}
