import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildRegistry } from '../../src/lib/entities/index';
import type { EntityMention } from '../../src/lib/types';
import { remarkEntities } from '../../src/remark/entities';

const registry = buildRegistry();

/** Renders Markdown through the plugin; returns the HTML and the frontmatter it filled in. */
async function render(markdown: string, frontmatter: Record<string, unknown> = { title: 'Story' }, basePath = '/') {
  const file = new VFile({ value: markdown, data: { astro: { frontmatter: { ...frontmatter } } } });
  const html = String(await unified().use(remarkParse).use(remarkEntities, { registry, basePath }).use(remarkRehype).use(rehypeStringify).process(file));
  const data = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter;
  return { html, mentions: data['mentions'] as EntityMention[], unregistered: data['unregistered'] as unknown[] };
}

const link = (id: string, text: string, base = '/'): string => `<a href="${base}entities/${id}/" class="entity-link">${text}</a>`;

describe('remarkEntities', () => {
  it('links only the first mention of each entity in the body', async () => {
    const { html } = await render('North Korea fired a missile. North Korea said so, and Japan protested.');
    expect(html).toContain(`${link('north-korea', 'North Korea')} fired a missile. North Korea said so, and ${link('japan', 'Japan')} protested.`);
  });

  it.each([
    ['a heading', '## North Korea fires\n\nLater, North Korea spoke.', `Later, ${link('north-korea', 'North Korea')} spoke.`, '<h2>North Korea fires</h2>'],
    [
      'an existing link',
      'See [North Korea](https://example.org/nk). Then North Korea spoke.',
      `Then ${link('north-korea', 'North Korea')} spoke.`,
      '<a href="https://example.org/nk">North Korea</a>',
    ],
    ['inline code', 'Run `North Korea` now. North Korea spoke.', `${link('north-korea', 'North Korea')} spoke.`, '<code>North Korea</code>'],
    ['a code block', '```\nNorth Korea\n```\n\nNorth Korea spoke.', `${link('north-korea', 'North Korea')} spoke.`, '<code>North Korea\n</code>'],
  ])('never links inside %s and links the next mention instead', async (_name, markdown, linked, untouched) => {
    const { html } = await render(markdown);
    expect(html).toContain(linked);
    expect(html).toContain(untouched);
  });

  it('counts a name written as a link (the reader sees it) without nesting a link in it', async () => {
    const { html, mentions } = await render('See [North Korea](https://example.org/nk) speak.');
    expect(html).toContain('See <a href="https://example.org/nk">North Korea</a> speak.');
    expect(mentions.find((m) => m.id === 'north-korea')?.count).toBe(1);
  });

  it('does not join words across emphasis, and does not link such a mention', async () => {
    const { html, mentions } = await render('**North** Korea and then North Korea.');
    expect(html).toContain(`<strong>North</strong> Korea and then ${link('north-korea', 'North Korea')}.`);
    expect(mentions.find((m) => m.id === 'north-korea')?.count).toBe(2);
  });

  it('prefixes links with the base path', async () => {
    const { html } = await render('Japan spoke.', { title: 'x' }, '/news');
    expect(html).toContain(link('japan', 'Japan', '/news/'));
  });

  it('records mentions from title, summary and body, salient first, and tags as topics', async () => {
    const { mentions } = await render('Officials met.\n\nLater, France and Germany joined.', {
      title: 'Japan hosts talks',
      summary: 'China attended.',
      tags: ['Trade talks', 'Japan'],
    });
    expect(mentions).toEqual([
      { id: 'japan', count: 1, first: 0, salient: true },
      { id: 'china', count: 1, first: 'Japan hosts talks\n'.length, salient: true },
      { id: 'trade-talks', count: 0, first: -1, salient: true },
      expect.objectContaining({ id: 'france', salient: false }),
      expect.objectContaining({ id: 'germany', salient: false }),
    ]);
  });

  it('works without a summary and stores plain JSON data', async () => {
    const { mentions, unregistered } = await render('Minister Rhona Castell visited Peru. Castell left.');
    expect(mentions).toEqual([expect.objectContaining({ id: 'peru' })]);
    expect(unregistered).toEqual([expect.objectContaining({ name: 'Rhona Castell', type: 'person', count: 2 })]);
    expect(JSON.parse(JSON.stringify({ mentions, unregistered }))).toEqual({ mentions, unregistered });
  });

  it('reads a name in bold that opens a list item as the item’s actor, and the same name in plain text as nothing', async () => {
    const bold = await render('Commitments:\n\n-   **Invest in Our Kellerton** highlighted its fund.');
    expect(bold.unregistered).toEqual([expect.objectContaining({ name: 'Invest in Our Kellerton', type: 'organization', introduced: true })]);
    const plain = await render('Commitments:\n\n-   Invest in Our Kellerton highlighted its fund.');
    expect(plain.unregistered).not.toContainEqual(expect.objectContaining({ name: 'Invest in Our Kellerton', introduced: true }));
  });

  it('leaves a tree without text alone', () => {
    const tree: Root = { type: 'root', children: [] };
    const file = new VFile({ data: { astro: { frontmatter: { title: '' } } } });
    remarkEntities({ registry, basePath: '/' })(tree, file);
    expect(tree.children).toEqual([]);
    expect((file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter['mentions']).toEqual([]);
  });
});

describe('remarkEntities link text', () => {
  it('leaves a possessive outside the link', async () => {
    const { html } = await render('Russia’s army advanced.');
    expect(html).toContain(`${link('russia', 'Russia')}’s army advanced.`);
  });
});
