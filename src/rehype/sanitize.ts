/**
 * Safe Markdown: raw HTML in article bodies (wire copy may carry any markup) is parsed and then
 * cut down to an explicit allow-list, so no script, style, frame, form, event handler or
 * `javascript:`/`data:` URL reaches a reader.
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';

// Ids and ARIA references may only be the ones remark-rehype gives footnotes (`user-content-…` and
// the footnotes heading), so raw HTML can neither clobber page globals (`id="theme-toggle"`) nor
// point ARIA at page furniture.
const OWN_ID = /^user-content-/;
const FOOTNOTE_LABEL = 'footnote-label';
const HEADING = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** What article HTML may contain after sanitising. */
export const articleHtmlSchema: SanitizeSchema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'a',
    'em',
    'strong',
    'b',
    'i',
    'u',
    's',
    'del',
    'ins',
    'mark',
    'small',
    'q',
    'cite',
    'span',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'table',
    'caption',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'figure',
    'figcaption',
    'img',
    'sup',
    'sub',
    'abbr',
    'time',
    'code',
    'pre',
    'kbd',
    'section',
    ...HEADING,
  ],
  attributes: {
    '*': ['title', 'lang', 'dir', ['id', OWN_ID, FOOTNOTE_LABEL]],
    a: [
      'href',
      'hrefLang',
      ['className', 'entity-link', 'data-footnote-backref'],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaLabel',
      ['ariaDescribedBy', OWN_ID, FOOTNOTE_LABEL],
    ],
    img: ['src', 'alt', 'width', 'height'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    // The event-date remark plugin's markup (src/remark/event-dates/mark-event-dates.ts), and no other class or tab stop.
    time: ['dateTime', ['className', 'event-date'], ['tabIndex', 0]],
    abbr: ['title'],
    ol: ['start', 'reversed'],
    th: ['align', 'scope', 'colSpan', 'rowSpan'],
    td: ['align', 'colSpan', 'rowSpan'],
    code: [['className', /^language-[\w-]+$/]],
    pre: [['className', 'astro-code'], 'tabIndex'],
    h2: [['className', 'sr-only']],
    span: [['className', 'event-date-value']],
    section: ['dataFootnotes', ['className', 'footnotes']],
  },
  // Relative URLs are always kept; absolute ones only with these schemes.
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
  },
  clobber: ['name'],
  clobberPrefix: 'user-content-',
  // Dropped with their content (anything else not allowed is unwrapped, keeping its text).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'title'],
  allowComments: false,
  allowDoctypes: false,
};

/** The page has one `<h1>`, the headline: a `# heading` in a body becomes an `<h2>`. */
function rehypeDemoteH1() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h1') node.tagName = 'h2';
    });
  };
}

/**
 * rehype-raw re-parses the whole tree through parse5 even when a body has no HTML in it, which most
 * do not; it runs only where there is raw HTML to parse.
 */
function rehypeRawWhereNeeded() {
  const parse = rehypeRaw();
  return (tree: Root, file: VFile) => (hasRaw(tree) ? parse(tree, file) : tree);
}

const hasRaw = (node: Root | RootContent): boolean => node.type === 'raw' || ('children' in node && node.children.some(hasRaw));

/** Rehype plugins for `unified({ rehypePlugins })`: parse raw HTML, demote `<h1>`, apply the allow-list. */
export const rehypeSafeHtml: RehypePlugins = [rehypeRawWhereNeeded, rehypeDemoteH1, [rehypeSanitize, articleHtmlSchema]];
