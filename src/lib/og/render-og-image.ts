import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

/** What a share card shows: an article's headline and date, or a section's name and the site's line. */
export interface OgCard {
  headline: string;
  section: string;
  /** The article's date; a section card has none. */
  date?: string | undefined;
  /** Smaller text under the headline (a section card's description). */
  standfirst?: string | undefined;
  siteName: string;
}

/** How a card's pixels are stored. */
export type CardEncoding = 'png' | 'png-palette' | 'jpeg';

/** The encoding share cards ship in, chosen on bench/share-cards.ts figures (16-colour PNG: a third of full colour, smaller than JPEG q70 without its ringing). */
export const CARD_ENCODING: CardEncoding = 'png-palette';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`));
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

// Fonts ship in npm packages, so rendering needs no network; loaded once per build.
function loadFonts() {
  fonts ??= [
    { name: 'Noto Serif', data: font('noto-serif', 'noto-serif-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Noto Sans', data: font('noto-sans', 'noto-sans-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: font('noto-sans', 'noto-sans-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, string | number>; children?: Node[] | string } };
const el = (type: string, style: Record<string, string | number>, children: Node[] | string): Node => ({ type, props: { style, children } });
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 3).trimEnd()}…` : text);

/** The 1200×630 card as SVG: site name, section, headline, and the date or a standfirst. */
export async function renderCardSvg(card: OgCard): Promise<string> {
  const headline = clip(card.headline, 140);
  const size = headline.length > 90 ? 52 : headline.length > 50 ? 62 : 72;
  const foot = card.date ?? clip(card.standfirst ?? '', 160);
  const tree = el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      backgroundColor: '#ffffff',
      padding: '56px 72px 56px 72px',
      borderTop: '16px solid #b3261e',
      fontFamily: 'Noto Sans',
      boxSizing: 'border-box',
    },
    [
      el('div', { display: 'flex', width: 1056, justifyContent: 'space-between', alignItems: 'center', fontSize: 30, color: '#4a4f59' }, [
        el('div', { fontFamily: 'Noto Serif', fontWeight: 700, fontSize: 40, color: '#16181d' }, card.siteName),
        el('div', { textTransform: 'uppercase', letterSpacing: 3, fontWeight: 700, color: '#b3261e' }, card.section),
      ]),
      el('div', { display: 'flex', width: 1056, fontFamily: 'Noto Serif', fontWeight: 700, fontSize: size, lineHeight: 1.15, color: '#16181d' }, headline),
      el('div', { display: 'flex', width: 1056, fontSize: 28, lineHeight: 1.3, color: '#4a4f59' }, foot),
    ],
  );
  return satori(tree, { width: 1200, height: 630, fonts: loadFonts() });
}

/** Rasterises a card's SVG in one encoding. */
export function encodeCard(svg: string, encoding: CardEncoding): Promise<Buffer> {
  // sharp (librsvg) rasterises this card about twice as fast as resvg. The card is opaque, so the
  // alpha channel is dropped before encoding.
  const image = sharp(Buffer.from(svg)).removeAlpha();
  if (encoding === 'jpeg') return image.jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  // Ink, grey, the accent and white: sixteen colours keep the letters' smoothed edges clean.
  if (encoding === 'png-palette') return image.png({ palette: true, colours: 16, compressionLevel: 9, effort: 7 }).toBuffer();
  return image.png({ compressionLevel: 6 }).toBuffer();
}

/** Renders a 1200×630 share card in the shipped encoding. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  return encodeCard(await renderCardSvg(card), CARD_ENCODING);
}
