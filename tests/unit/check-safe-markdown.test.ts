import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { rehypeSafeHtml } from '../../src/rehype/sanitize.ts';

// Marks "Seoul" the way the entity linker does: a link with the entity-link class.
function remarkFakeEntityLink() {
  return (tree: Root) => {
    visit(tree, 'text', (node, index, parent) => {
      if (!parent || index === undefined || node.value !== 'Seoul') return;
      parent.children[index] = {
        type: 'link',
        url: '/entities/seoul/',
        children: [{ type: 'text', value: 'Seoul' }],
        data: { hProperties: { className: ['entity-link'] } },
      };
    });
  };
}

// The same pipeline Astro runs for articles, with the site's rehype plugins.
const processor = await createMarkdownProcessor({ remarkPlugins: [remarkFakeEntityLink], rehypePlugins: rehypeSafeHtml, syntaxHighlight: false });
const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('raw HTML in articles is sanitised', () => {
  const hostile: Array<{ name: string; markdown: string; forbidden: RegExp }> = [
    { name: 'a script element', markdown: 'Hi\n\n<script>window.__pwned = 1</script>', forbidden: /<script|__pwned/i },
    { name: 'an inline event handler', markdown: '<img src="/x.png" onerror="alert(1)" alt="x">', forbidden: /onerror|alert/i },
    { name: 'a javascript: link in Markdown', markdown: '[click](javascript:alert(1))', forbidden: /javascript:/i },
    { name: 'a javascript: link with odd case and a tab', markdown: '<a href="JaVa&#x09;ScRiPt:alert(1)">x</a>', forbidden: /href|alert/i },
    {
      name: 'a data: URL',
      markdown: '<a href="data:text/html,<script>alert(1)</script>">x</a> <img src="data:image/svg+xml,<svg onload=alert(1)>" alt="">',
      forbidden: /data:|alert/i,
    },
    { name: 'an SVG with a script', markdown: '<svg><script>alert(1)</script><circle onload="alert(2)"/></svg>', forbidden: /<svg|alert|onload/i },
    {
      name: 'an iframe, object, embed and form',
      markdown:
        '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><form action="https://evil.example"><input name="q"></form>',
      forbidden: /<iframe|<object|<embed|<form|<input|evil/i,
    },
    {
      name: 'a style element and style attribute',
      markdown: '<style>body{display:none}</style><p style="position:fixed">x</p>',
      forbidden: /<style|style=|display:none/i,
    },
    {
      name: 'markup hidden in comments',
      markdown: '<!-- <script>alert(1)</script> -->\n\n<!--><img src=x onerror=alert(2)>-->',
      forbidden: /<!--|<script|onerror|alert/i,
    },
    { name: 'an id that would clobber the theme toggle', markdown: '<p id="theme-toggle">x</p>', forbidden: /theme-toggle/ },
    {
      name: 'a meta refresh and a base element',
      markdown: '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">',
      forbidden: /<meta|<base|evil/i,
    },
  ];
  it.each(hostile)('removes $name', async ({ markdown, forbidden }) => {
    expect(await render(markdown)).not.toMatch(forbidden);
  });

  it("turns a # heading into an <h2>, since the headline is the page's only <h1>", async () => {
    expect(await render('# Background\n\nText.')).toMatch(/^<h2 id="background">Background<\/h2>/);
  });

  const kept: Array<{ name: string; markdown: string; expected: string }> = [
    {
      name: 'links with http, mailto and relative URLs',
      markdown: '[a](https://example.org/) [b](mailto:desk@example.org) [c](/articles/x/)',
      expected: '<a href="https://example.org/">a</a> <a href="mailto:desk@example.org">b</a> <a href="/articles/x/">c</a>',
    },
    { name: 'the entity-link class', markdown: 'Seoul', expected: '<p><a href="/entities/seoul/" class="entity-link">Seoul</a></p>' },
    {
      name: 'a figure with an image and caption',
      markdown: '<figure><img src="https://cdn.example.org/a.jpg" alt="A map" width="600"><figcaption>The route.</figcaption></figure>',
      expected: '<figure><img src="https://cdn.example.org/a.jpg" alt="A map" width="600"><figcaption>The route.</figcaption></figure>',
    },
    {
      name: 'abbr, sup, sub',
      markdown: '<abbr title="International Atomic Energy Agency">IAEA</abbr> CO<sub>2</sub> 10<sup>3</sup>',
      expected: '<abbr title="International Atomic Energy Agency">IAEA</abbr> CO<sub>2</sub> 10<sup>3</sup>',
    },
    {
      name: 'a blockquote with cite',
      markdown: '<blockquote cite="https://example.org/speech"><p>We will.</p></blockquote>',
      expected: '<blockquote cite="https://example.org/speech"><p>We will.</p></blockquote>',
    },
    { name: 'a table with alignment', markdown: '| a | b |\n|:--|--:|\n| 1 | 2 |', expected: '<td align="right">2</td>' },
    { name: 'right-to-left text', markdown: '<p dir="rtl" lang="ar">مرحبا</p>', expected: '<p dir="rtl" lang="ar">مرحبا</p>' },
    {
      name: 'footnotes and their links',
      markdown: 'Claim.[^1]\n\n[^1]: Source.',
      expected: 'href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label"',
    },
    { name: 'code blocks', markdown: '```js\nlet x = 1;\n```', expected: '<pre><code class="language-js">let x = 1;\n</code></pre>' },
  ];
  it.each(kept)('keeps $name', async ({ markdown, expected }) => {
    expect(await render(markdown)).toContain(expected);
  });
});
