/**
 * One scale measurement, run in its own process so memory figures are not mixed between sizes:
 * `node --expose-gc --import tsx bench/lib/scale-run.ts <count> <seed>` prints one JSON line.
 */
import { computeRelated } from '../../src/lib/related/index.ts';
import { startMemorySampler } from './memory-sampler.ts';
import { generateArchive, syntheticEntities } from './synthetic-archive.ts';

/** What one scale run measured. */
export interface ScaleResult {
  count: number;
  /** Wall time of `computeRelated`, milliseconds. */
  ms: number;
  /** CPU time of the process meanwhile (all threads: GC helpers too), milliseconds. */
  cpuMs: number;
  /** CPU time of the main thread alone, milliseconds: the figure least disturbed by other load. */
  threadCpuMs: number;
  perArticleMs: number;
  /** Peak resident memory of the process during the engine, minus before it, MB. */
  enginePeakMB: number;
  /** Peak resident memory of the whole process (archive included), MB. */
  processPeakMB: number;
  /** Heap retained by the result (links for every article), MB. */
  resultHeapMB: number;
  links: number;
}

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const count = Number(process.argv[2]);
  const seed = Number(process.argv[3] ?? 1);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const articles = generateArchive({ count, seed });
  const entityNames = new Map(syntheticEntities({ count, seed }).map((e) => [e.id, e.name]));
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage.rss();
  const sampler = await startMemorySampler();
  const cpuBefore = process.cpuUsage();
  const threadBefore = process.threadCpuUsage();
  const started = performance.now();
  const related = computeRelated(articles, { timeZone: 'Asia/Seoul', entityNames });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const thread = process.threadCpuUsage(threadBefore);
  const peak = await sampler.stop();
  gc();
  let links = 0;
  for (const list of related.values()) links += list.length;
  const result: ScaleResult = {
    count,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    threadCpuMs: (thread.user + thread.system) / 1000,
    perArticleMs: ms / count,
    enginePeakMB: (peak - rssBefore) / MB,
    processPeakMB: peak / MB,
    resultHeapMB: (process.memoryUsage().heapUsed - heapBefore) / MB,
    links,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
