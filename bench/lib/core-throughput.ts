import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// A fixed amount of arithmetic, run as plain JavaScript in a worker thread.
const SPIN = `
const { parentPort } = require('node:worker_threads');
const started = performance.now();
let x = 0;
for (let i = 0; i < 2e8; i++) x += i % 7;
parentPort.postMessage([performance.now() - started, x]);`;

const spin = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(SPIN, { eval: true });
    worker.once('message', ([ms]: [number]) => resolve(ms));
    worker.once('error', reject);
  });

/**
 * How many cores' worth of work the machine does at once: the same loop alone, then on every core
 * together. A virtual machine may show more cores than it has time for; this is what parallel
 * work (sharp's threads, Pagefind) can gain on it.
 */
export async function measureCoreThroughput(): Promise<{ cores: number; throughput: number }> {
  const cores = availableParallelism();
  const alone = await spin();
  const together = await Promise.all(Array.from({ length: cores }, spin));
  const slowest = Math.max(...together);
  return { cores, throughput: (cores * alone) / slowest };
}
