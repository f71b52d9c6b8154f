/**
 * What a built site costs its static host per published article, by top-level folder, the
 * editors' images (content/images and their resized copies) aside: the figures the output budget
 * (25 KB and 2.5 files per article) is about.
 *
 *   tsx scripts/measure-output.ts <dist> [--images content/images]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { imageStems, measureDist } from './lib/measure-dist.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { images: { type: 'string', default: 'content/images' } } });
const dist = resolve(positionals[0] ?? 'dist');
const size = measureDist(dist, imageStems(resolve(values.images ?? 'content/images')));
const n = Math.max(1, size.articles);
const line = (name: string, bytes: number, files: number) =>
  `${name.padEnd(12)} ${(bytes / 1048576).toFixed(2).padStart(9)} MB ${String(files).padStart(7)} files ${(bytes / n / 1024).toFixed(2).padStart(8)} KB ${(files / n).toFixed(3).padStart(7)} files per article`;
console.log(`${dist}: ${size.articles} published articles; editors' images aside (${size.images.files} files, ${(size.images.bytes / 1048576).toFixed(2)} MB)`);
for (const folder of size.folders) console.log(line(folder.folder, folder.bytes, folder.files));
console.log(line('total', size.bytes, size.files));
