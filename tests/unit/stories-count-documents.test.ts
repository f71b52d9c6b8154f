import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../src/lib/stories/article-features.ts';
import { groupDocuments } from '../../src/lib/stories/count-documents.ts';
import type { ArticleRecord } from '../../src/lib/types.ts';
import { article, filler } from '../fixtures/stories/articles.ts';

const subject = 'the Continuation of the National Emergency With Respect to the Threat From Timber Exports That Finance Armed Militias of Norland';
const notice = `Notice on ${subject}`;
const headlines: Array<[string, string, string[]]> = [
  ['2023-05-02T10:00:00Z', `Press Release: ${notice}`, ['norland']],
  ['2023-05-02T15:00:00Z', `Message to the Legislature on ${subject}`, ['norland']],
  ['2023-05-09T10:00:00Z', `Press Release: ${notice}`, ['norland']],
  ['2023-05-03T10:00:00Z', 'Statement from Governor Ada Pell on the Flooding in Rivertown', ['ada-pell', 'rivertown']],
  ['2023-05-03T11:00:00Z', 'Statement from Deputy Governor Tom Reed on the Flooding in Rivertown', ['tom-reed', 'rivertown']],
  ['2023-05-04T10:00:00Z', 'Readout of Envoy Kim Barr’s Travel to Eastport', ['kim-barr', 'eastport']],
  ['2023-05-04T16:00:00Z', 'Readout of Envoy Kim Barr’s Travel to Westport', ['kim-barr', 'westport']],
];
const articles: ArticleRecord[] = [...headlines.map(([published, title, salient], i) => article(`d/${i}`, published, title, title, salient)), ...filler];
const table = buildFeatures(articles);

const cases: Array<{ name: string; members: number[]; expected: number[][] }> = [
  { name: 'a notice and its message out the same day are one document', members: [0, 1], expected: [[0, 1]] },
  { name: 'the same notice a week later is another document', members: [0, 2], expected: [[0], [2]] },
  { name: 'two speakers’ statements on one flood are two documents', members: [3, 4], expected: [[3], [4]] },
  { name: 'two legs of one trip, to different places, are two documents', members: [5, 6], expected: [[5], [6]] },
];

describe('groupDocuments', () => {
  it.each(cases)('$name', ({ members, expected }) => {
    expect(groupDocuments(members, table)).toEqual(expected);
  });
});

describe('groupDocuments and short headlines', () => {
  const short = [
    article('s/1', '2023-05-02T10:00:00Z', 'Statement on the Quarry Collapse', 'x', []),
    article('s/2', '2023-05-02T16:00:00Z', 'Statement on Rescues After the Quarry Collapse', 'x', []),
    ...filler,
  ];
  it('two short headlines a word apart are two documents', () => {
    expect(groupDocuments([0, 1], buildFeatures(short))).toEqual([[0], [1]]);
  });
});
