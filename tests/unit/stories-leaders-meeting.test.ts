import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { ArchiveText } from '../../src/lib/stories/archive-text.ts';
import { nameParticipantsMeeting } from '../../src/lib/stories/leaders-meeting.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

/** Other bodies' summits: the archive writes "Leaders’ Summit" often. */
const bodySummits = ['Coral', 'Delta', 'Harbour', 'Ridge'].map((body, i) =>
  article(`body-summits/${i}`, `2022-0${7 + i}-10T12:00:00Z`, `${body} Leaders’ Summit Ends`, `The ${body} summit ended.`, []),
);

describe('nameParticipantsMeeting', () => {
  it.each([
    {
      name: 'the gathering the headlines write after the participants, which the prose names',
      headlines: ['Reef Leaders’ Summit Fact Sheet', 'Reef Leaders’ Joint Statement', 'Reef Leaders’ Vision Statement'],
      prose: 'The leaders met at the Reef Leaders’ Summit. They issued a joint statement on ports.',
      event: 'leaders',
      expected: 'leaders’ summit',
    },
    {
      name: 'statements only: the participants met',
      headlines: ['Reef Leaders’ Statement on Ports', 'Reef Leaders’ Statement on Fisheries', 'Reef Clean Water Action Plan'],
      prose: 'We, the leaders of the Reef, agree on ports.',
      event: 'leaders',
      expected: 'leaders’ meeting',
    },
    {
      name: 'a word the prose writes only before another (a modifier) is no gathering',
      headlines: ['Reef Leaders’ Summit Declaration', 'Reef Leaders’ Summit Declaration Annex', 'Reef Ports Plan'],
      prose: 'The Summit Declaration sets out the plan.',
      event: 'leaders',
      expected: 'leaders’ meeting',
    },
    {
      name: 'an event that is not a kind of people',
      headlines: ['Reef Summit Ends', 'Reef Summit Fact Sheet', 'Reef Summit Statement'],
      prose: 'The summit ended.',
      event: 'summit',
      expected: undefined,
    },
  ])('$name', ({ headlines, prose, event, expected }) => {
    const members = headlines.map((title, i) => article(`reef/${i}`, `2023-05-2${i}T12:00:00Z`, title, prose, []));
    const articles = [...members, ...bodySummits, ...filler];
    const table = buildFeatures(articles);
    expect(nameParticipantsMeeting(event, [0, 1, 2], articles, table, new ArchiveText(articles), [prose])).toBe(expected);
  });
});
