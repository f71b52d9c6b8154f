/**
 * Share-card encodings on real headlines: bytes per card for full-colour PNG, palette PNG and JPEG,
 * so the shipped encoding (CARD_ENCODING) is chosen on figures. Writes one card per encoding to
 * the output folder to look at. Run: npx tsx bench/share-cards.ts [out-dir] (DATELINE_CORPUS names the corpus folder when it is not ../shared).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { CARD_ENCODING, renderCardSvg, type OgCard } from '../src/lib/og/render-og-image.ts';
import { formatDate } from '../src/lib/time/index.ts';
import { loadArticles } from './lib/load-articles.ts';

const root = resolve(import.meta.dirname, '..');
const corpus = process.env['DATELINE_CORPUS'] ?? resolve(root, '../shared/corpus/whitehouse-2023');
const out = resolve(process.argv[2] ?? join(root, '.cache/share-cards'));
const SAMPLE = 40;

type Sharp = ReturnType<typeof sharp>;
const encodings: Array<{ name: string; encode: (image: Sharp) => Sharp }> = [
  { name: 'png (full colour, level 6)', encode: (i) => i.png({ compressionLevel: 6 }) },
  { name: 'png palette 256 colours', encode: (i) => i.png({ palette: true, colours: 256, compressionLevel: 9, effort: 7 }) },
  { name: 'png palette 32 colours', encode: (i) => i.png({ palette: true, colours: 32, compressionLevel: 9, effort: 7 }) },
  { name: 'png palette 16 colours', encode: (i) => i.png({ palette: true, colours: 16, compressionLevel: 9, effort: 7 }) },
  { name: 'jpeg q70 mozjpeg', encode: (i) => i.jpeg({ quality: 70, mozjpeg: true }) },
  { name: 'jpeg q82 mozjpeg', encode: (i) => i.jpeg({ quality: 82, mozjpeg: true }) },
  { name: 'jpeg q90 mozjpeg', encode: (i) => i.jpeg({ quality: 90, mozjpeg: true }) },
];

const source = existsSync(corpus) ? corpus : join(root, 'content/articles');
const articles = await loadArticles(source, { timeZone: 'UTC' });
// Every n-th article, so short and long headlines both come in.
const step = Math.max(1, Math.floor(articles.length / SAMPLE));
const picked = articles.filter((_, k) => k % step === 0).slice(0, SAMPLE);
const svgs = await Promise.all(
  picked.map((a) =>
    renderCardSvg({ headline: a.title, section: 'News', date: formatDate(a.published, 'en-GB', 'UTC'), siteName: 'Dateline' } satisfies OgCard),
  ),
);

mkdirSync(out, { recursive: true });
console.log(`${picked.length} cards from ${source === corpus ? 'the shared corpus' : 'the sample content'}; shipped encoding: ${CARD_ENCODING}`);
console.log('encoding                        mean KB   min KB   max KB');
for (const [k, { name, encode }] of encodings.entries()) {
  const sizes: number[] = [];
  for (const [n, svg] of svgs.entries()) {
    const bytes = await encode(sharp(Buffer.from(svg)).removeAlpha()).toBuffer();
    sizes.push(bytes.length);
    if (n === 0) writeFileSync(join(out, `card-${k}.${name.startsWith('jpeg') ? 'jpg' : 'png'}`), bytes);
  }
  const kb = (b: number) => (b / 1024).toFixed(1).padStart(8);
  console.log(`${name.padEnd(30)}${kb(sizes.reduce((a, b) => a + b, 0) / sizes.length)} ${kb(Math.min(...sizes))} ${kb(Math.max(...sizes))}`);
}
console.log(`samples (the first card in each encoding): ${out}`);
