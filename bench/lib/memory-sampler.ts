import { Worker } from 'node:worker_threads';

// The worker reads the whole process's resident memory every few milliseconds, so it sees the
// peak reached while the main thread is busy in one long synchronous call.
const SAMPLER = `
const { parentPort } = require('node:worker_threads');
let peak = process.memoryUsage.rss();
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
parentPort.on('message', () => { clearInterval(timer); peak = Math.max(peak, process.memoryUsage.rss()); parentPort.postMessage(peak); });
`;

/** Samples peak resident memory (bytes) of this process until `stop()` is awaited. */
export async function startMemorySampler(): Promise<{ stop: () => Promise<number> }> {
  const worker = new Worker(SAMPLER, { eval: true });
  await new Promise<void>((resolve) => worker.once('online', () => resolve()));
  return {
    stop: () =>
      new Promise<number>((resolve) => {
        worker.once('message', (peak: number) => {
          void worker.terminate();
          resolve(peak);
        });
        worker.postMessage('stop');
      }),
  };
}
