import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { remarkBasePathLinks } from '../../src/remark/base-path-links.ts';

const renderUnder = async (basePath: string, markdown: string) => {
  const processor = await createMarkdownProcessor({ remarkPlugins: [remarkBasePathLinks({ basePath })], syntaxHighlight: false });
  return (await processor.render(markdown)).code;
};

describe('links in article bodies under a base path', () => {
  it.each([
    {
      name: 'puts a root-relative link under the base path',
      basePath: '/news/',
      markdown: '[a](/articles/2024/06/x/)',
      expected: 'href="/news/articles/2024/06/x/"',
    },
    {
      name: 'puts a root-relative image under the base path',
      basePath: '/news/',
      markdown: '![A chart](/images/chart.png)',
      expected: 'src="/news/images/chart.png"',
    },
    { name: 'puts a reference definition under the base path', basePath: 'news', markdown: '[a][1]\n\n[1]: /stories/x/', expected: 'href="/news/stories/x/"' },
    { name: 'leaves a link that already has the base path', basePath: '/news/', markdown: '[a](/news/articles/x/)', expected: 'href="/news/articles/x/"' },
    { name: 'leaves a protocol-relative link', basePath: '/news/', markdown: '[a](//cdn.example.org/x.png)', expected: 'href="//cdn.example.org/x.png"' },
    {
      name: 'leaves an external link',
      basePath: '/news/',
      markdown: '[a](https://example.org/articles/x/)',
      expected: 'href="https://example.org/articles/x/"',
    },
    { name: 'leaves a relative link', basePath: '/news/', markdown: '[a](../x/)', expected: 'href="../x/"' },
    { name: 'leaves every link at the site root', basePath: '/', markdown: '[a](/articles/x/)', expected: 'href="/articles/x/"' },
  ])('$name', async ({ basePath, markdown, expected }) => {
    expect(await renderUnder(basePath, markdown)).toContain(expected);
  });
});
