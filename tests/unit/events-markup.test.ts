import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeSafeHtml } from '../../src/rehype/sanitize.ts';
import { remarkEventDates } from '../../src/remark/event-dates.ts';

// The article pipeline's date plugin and sanitiser, as Astro runs them; `published` comes from frontmatter.
const processor = await createMarkdownProcessor({
  remarkPlugins: [remarkEventDates({ timeZone: 'Asia/Seoul', locale: 'en-GB' })],
  rehypePlugins: rehypeSafeHtml,
  syntaxHighlight: false,
});
const render = async (markdown: string) => (await processor.render(markdown, { frontmatter: { published: '2024-06-20T09:00:00+09:00' } })).code;

describe('dates in an article body are shown', () => {
  it.each([
    {
      name: 'wraps a bare day in a <time> with the resolved date, keeping the writer’s words',
      markdown: 'Putin and Kim signed the treaty on the 19th (local time).',
      expected:
        'signed the treaty <time datetime="2024-06-19" class="event-date" tabindex="0">on the 19th<span class="event-date-value">19 June 2024</span></time> (local time).',
    },
    {
      name: 'marks relative words and a week as a range',
      markdown: 'Envoys met yesterday and will meet again next week.',
      expected:
        'Envoys met <time datetime="2024-06-19" class="event-date" tabindex="0">yesterday<span class="event-date-value">19 June 2024</span></time> and will meet again <time datetime="2024-06-24" class="event-date" tabindex="0">next week<span class="event-date-value">24–30 June 2024</span></time>.',
    },
    {
      name: 'marks a date inside emphasis when its words are all in it',
      markdown: 'Talks resumed *since the 17th*.',
      expected: '<em><time datetime="2024-06-17" class="event-date" tabindex="0">since the 17th<span class="event-date-value">17 June 2024</span></time></em>',
    },
    {
      name: 'leaves words split across emphasis as they are (the date is still resolved)',
      markdown: 'Talks ran from the *17th* to the 19th.',
      expected: '<p>Talks ran from the <em>17th</em> to the 19th.</p>',
    },
    {
      name: 'leaves words that give the year as they are: they need no resolving',
      markdown: 'He last visited in July 2000.',
      expected: '<p>He last visited in July 2000.</p>',
    },
    {
      name: 'leaves code alone',
      markdown: 'Run `on the 19th` now.',
      expected: '<p>Run <code>on the 19th</code> now.</p>',
    },
  ])('$name', async ({ markdown, expected }) => {
    expect(await render(markdown)).toContain(expected);
  });

  it('lets raw HTML use the same markup but no other class, tab stop or handler', async () => {
    const html = await render(
      '<time datetime="2024-01-01" class="event-date evil" tabindex="5" onclick="x()">then</time><span class="event-date-value other">x</span>',
    );
    expect(html).toContain('<time datetime="2024-01-01" class="event-date">then</time><span class="event-date-value">x</span>');
  });
});
