import { describe, expect, it } from 'vitest';
import { ArchiveText } from '../../src/lib/stories/archive-text.ts';
import { pickGatheringPlace } from '../../src/lib/stories/gathering-place.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const lakeTor = [
  ['Fact Sheet: The Leaders’ Summit at Lake Tor', 'Aria and Bren met at Lake Tor for a first summit on shipping.'],
  ['Readout of the Meeting with the Prime Minister of Aria', 'The President met the Prime Minister of Aria at Lake Tor today.'],
  ['The Lake Tor Principles', 'Aria, Bren and the United States agree on shipping.'],
];

describe('pickGatheringPlace', () => {
  it.each([
    {
      name: 'a place most members name, beside the event once, named nowhere else',
      members: lakeTor,
      archive: [],
      event: 'summit',
      nameStems: ['aria', 'bren'],
      expected: 'Lake Tor',
    },
    {
      name: 'a place the event is never written beside',
      members: lakeTor,
      archive: [],
      event: 'talks',
      nameStems: ['aria', 'bren'],
      expected: undefined,
    },
    {
      name: 'a place every release names (the archive names it mostly outside the story)',
      members: lakeTor,
      archive: ['Ports', 'Farms', 'Roads', 'Mines'].map((topic) => [`Minister Speaks at Lake Tor on ${topic}`, `The minister spoke at Lake Tor.`]),
      event: 'summit',
      nameStems: ['aria', 'bren'],
      expected: undefined,
    },
    {
      name: 'a place only one member names',
      members: [lakeTor[0]!, ['Readout of a Call with Aria', 'The President spoke with Aria.'], ['Aria and Bren Agree on Ports', 'They agreed on ports.']],
      archive: [],
      event: 'summit',
      nameStems: ['aria', 'bren'],
      expected: undefined,
    },
    {
      name: 'a place that is one of the story’s names',
      members: lakeTor,
      archive: [],
      event: 'summit',
      nameStems: ['aria', 'bren', 'tor'],
      expected: undefined,
    },
  ])('$name', ({ members, archive, event, nameStems, expected }) => {
    const articles = [...members, ...archive].map(([title, lead], i) => article(`place/${i}`, `2023-08-1${i % 10}T12:00:00Z`, title!, lead!, []));
    const all = [...articles, ...filler];
    expect(pickGatheringPlace(event, [0, 1, 2], all, new Set(nameStems), new ArchiveText(all))).toBe(expected);
  });
});
