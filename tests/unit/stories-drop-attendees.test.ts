import { describe, expect, it } from 'vitest';
import { dropAttendees } from '../../src/lib/stories/drop-attendees.ts';
import { article } from '../fixtures/stories/articles.ts';

const types = new Map<string, string | undefined>([
  ['Ama Owusu', 'person'],
  ['Coral League', 'organization'],
  ['Zandia', 'place'],
]);

describe('dropAttendees', () => {
  it.each([
    {
      name: 'a person who attends a body’s summit leaves the subject',
      headlines: ['Readout of Ama Owusu’s Participation in the Coral League Summit', 'Readout of Ama Owusu’s Meeting with Zandia'],
      subject: ['Coral League', 'Ama Owusu'],
      event: 'summit',
      expected: ['Coral League'],
    },
    {
      name: 'no headline gives the event to the body: the subject stays',
      headlines: ['Ama Owusu opens talks with the Coral League', 'Coral League and Ama Owusu end the summit'],
      subject: ['Coral League', 'Ama Owusu'],
      event: 'summit',
      expected: ['Coral League', 'Ama Owusu'],
    },
    {
      name: 'a subject with no person stays',
      headlines: ['Zandia Summit opens', 'Coral League delegates arrive'],
      subject: ['Zandia', 'Coral League'],
      event: 'summit',
      expected: ['Zandia', 'Coral League'],
    },
  ])('$name', ({ headlines, subject, event, expected }) => {
    const articles = headlines.map((title, i) => article(`attend/${i}`, `2023-09-0${i + 1}T12:00:00Z`, title, title, []));
    expect(dropAttendees(subject, event, types, [0, 1], articles)).toEqual(expected);
  });
});
