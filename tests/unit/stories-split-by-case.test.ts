import { describe, expect, it } from 'vitest';
import { findCitedCase } from '../../src/lib/stories/case-name.ts';
import { splitByCase } from '../../src/lib/stories/split-by-case.ts';

const citations: Array<{ headline: string; expected: string | undefined }> = [
  { headline: 'Statement from the Governor on the Court Ruling in Harlow v. Pendry', expected: 'pendri' },
  { headline: 'Mayor Welcomes Decision in Orchard Growers LLC vs. Quill County', expected: 'quill' },
  { headline: 'Statement on the Ruling in Orchard Growers v. Quill', expected: 'quill' },
  { headline: 'Statement on the Anniversary of Harlow versus Pendry', expected: 'pendri' },
  { headline: 'Statement on the Supreme Court Ruling on Student Loans', expected: undefined },
  { headline: 'Readout of the Meeting with the Vice President of Ghana', expected: undefined },
];

describe('findCitedCase', () => {
  it.each(citations)('$headline → $expected', ({ headline, expected }) => {
    expect(findCitedCase(headline)).toBe(expected);
  });
});

const headlines = [
  'Statement from the Governor on the Court Ruling in Harlow v. Pendry',
  'Statement from the Deputy Governor on the Court Ruling in Harlow v. Pendry',
  'Statement from the Governor on the Court Ruling in Orchard Growers v. Quill',
  'Statement from the Governor on the Court Decision on Water Rights',
  'Court Hears Appeal in Harlow v. Pendry',
  'Statement from the Governor on the Court Ruling on Water Rights',
  'Statement on the Court Ruling in Fenwick v. Dray State Board',
  'Statement on the Anniversary of the Ruling That Overturned Tilden v. Marsh',
];

const splits: Array<{ name: string; members: number[]; expected: number[][] }> = [
  { name: 'rulings on three cases split into one group per case; uncited members go', members: [0, 1, 2, 3, 6], expected: [[0, 1], [2], [6]] },
  { name: 'a ruling beside the precedent it overturned stays whole', members: [2, 3, 7], expected: [[2, 3, 7]] },
  { name: 'a thread on one case stays whole with its uncited members', members: [0, 1, 3, 4], expected: [[0, 1, 3, 4]] },
  { name: 'a thread citing no case stays whole', members: [3, 5], expected: [[3, 5]] },
];

describe('splitByCase', () => {
  it.each(splits)('$name', ({ members, expected }) => {
    expect(splitByCase(members, headlines)).toEqual(expected);
  });
});
