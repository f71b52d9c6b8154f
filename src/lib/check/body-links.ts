/**
 * Finds the links, images and unsafe markup in a Markdown body without a full Markdown parse
 * (the check must stay fast on thousands of articles). Code blocks and code spans are skipped.
 */

/** A URL written in a body, with the file line it is on. */
export interface BodyUrl {
  kind: 'link' | 'image';
  url: string;
  /** 1-based line in the body. */
  line: number;
  /** Alt text of an image; `undefined` when a raw `<img>` has no alt attribute. */
  alt?: string | undefined;
}

/** Markup the sanitiser will remove, found in a body. */
export interface UnsafeMarkup {
  what: string;
  line: number;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[^`]*?\1/g;
const MD_LINK = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/;
const HTML_TAG = /<(a|img|area|link|source|iframe|script|embed|object|form|video|audio)\b((?:[^>"']|"[^"]*"|'[^']*')*)>?/gi;
const ATTRIBUTE = /\b(href|src|alt|action|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const DANGEROUS_TAG = /<\s*(script|style|iframe|object|embed|form|svg|math|base|meta|link)\b/i;
const EVENT_HANDLER = /<[a-z][^>]*\son[a-z]+\s*=/i;
const DANGEROUS_URL = /^\s*(javascript|vbscript|data):/i;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', colon: ':', tab: '\t', newline: '\n', sol: '/' };

// A character reference outside Unicode becomes U+FFFD, as in browsers (and never a RangeError).
const fromCode = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');

/** An HTML attribute value as a browser reads it: character references decoded, tabs and newlines dropped (as URL parsing does). */
export function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => fromCode(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => fromCode(Number(dec)))
    .replace(/&([a-z]+);/gi, (match, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? match)
    .replace(/[\t\n\r]/g, '')
    .trim();
}

/** The lines of `body` outside fenced code, with code spans blanked out. */
function proseLines(body: string): Array<{ text: string; line: number }> {
  const lines: Array<{ text: string; line: number }> = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const marker = FENCE.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    lines.push({ text: text.includes('`') ? text.replace(CODE_SPAN, (span) => ' '.repeat(span.length)) : text, line: index + 1 });
  });
  return lines;
}

/** What a body contains that the checks look at. */
export interface BodyScan {
  urls: BodyUrl[];
  unsafe: UnsafeMarkup[];
}

/** Every link and image URL in a Markdown body (inline, reference definitions, raw HTML), and the markup the build strips. */
export function scanBody(body: string): BodyScan {
  const urls: BodyUrl[] = [];
  const unsafe: UnsafeMarkup[] = [];
  for (const { text, line } of proseLines(body)) {
    if (text.includes('[')) {
      for (const match of text.matchAll(MD_LINK)) {
        const url = match[3] ?? '';
        if (match[1] === '!') urls.push({ kind: 'image', url, line, alt: match[2] ?? '' });
        else urls.push({ kind: 'link', url, line });
      }
      const definition = DEFINITION.exec(text);
      if (definition?.[1]) urls.push({ kind: 'link', url: definition[1], line });
    }
    if (!text.includes('<')) continue;
    for (const tag of text.matchAll(HTML_TAG)) {
      const name = (tag[1] ?? '').toLowerCase();
      const attributes = new Map<string, string>();
      for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
        attributes.set((attribute[1] ?? '').toLowerCase(), decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
      }
      const url = attributes.get('href') ?? attributes.get('src');
      if (url === undefined) continue;
      if (name === 'img') urls.push({ kind: 'image', url, line, alt: attributes.get('alt') });
      else urls.push({ kind: 'link', url, line });
    }
    const tag = DANGEROUS_TAG.exec(text);
    if (tag) unsafe.push({ what: `a <${(tag[1] ?? '').toLowerCase()}> element`, line });
    if (EVENT_HANDLER.test(text)) unsafe.push({ what: 'an on… event-handler attribute', line });
  }
  for (const url of urls) {
    const scheme = DANGEROUS_URL.exec(url.url)?.[1];
    if (scheme) unsafe.push({ what: `a ${scheme.toLowerCase()}: URL`, line: url.line });
  }
  unsafe.sort((a, b) => a.line - b.line);
  return { urls, unsafe };
}
