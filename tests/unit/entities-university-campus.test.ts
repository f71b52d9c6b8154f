import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';

const registry = buildRegistry({ files: [] });

/** Unregistered organisations of a body. */
function bodies(body: string): string[] {
  return analyseEntities({ title: 'Nominees', body }, registry)
    .unregistered.filter((c) => c.type === 'organization')
    .map((c) => c.name);
}

describe('a state university’s campus', () => {
  it.each([
    ['after "at"', 'She received her degree from the University of Vermont at Burlington in 2001.', 'University of Vermont at Burlington'],
    ['two words after "at"', 'He taught at the University of Ohio at Green Falls and at a college.', 'University of Ohio at Green Falls'],
    ['after a comma, ending the sentence', 'She is a professor at the University of California, Fernwood.', 'University of California, Fernwood'],
    [
      'after a comma, before a clause',
      'He studied at the University of California, Fernwood, where he edited the review.',
      'University of California, Fernwood',
    ],
    [
      'after a comma, before its initials in brackets',
      'She holds a degree from the University of California,\nFernwood (UCF). She is the author of two books.',
      'University of California, Fernwood',
    ],
    [
      'ending an honoree’s line',
      'The winners:\n\nAnn Vell, University of California, Fernwood\n\nJon Dee, Brandeis University',
      'University of California, Fernwood',
    ],
  ])('is part of its name: %s', (_name, body, expected) => {
    expect(bodies(body)).toContain(expected);
  });

  it.each([
    ['"at" a time', 'He was at the University of Vermont at the time.', 'University of Vermont'],
    ['a list of schools', 'She studied at the University of Vermont, Rutland College, and Yale University.', 'University of Vermont'],
    ['a new clause after the comma', 'He holds a degree from the University of Vermont, Selwyn holds a master’s.', 'University of Vermont'],
    [
      'a state after a city in another school’s name',
      'Students at Fernwood University of Honolulu, Hawaii, where it opened, won a grant.',
      'Fernwood University of Honolulu',
    ],
    ['a country after the comma', 'She studied at the University of Kellerton, Belgium, in 1990.', 'University of Kellerton'],
    [
      'an honoree’s field ending the line',
      'The fellows:\n\nAnn Vell, University of Michigan, Chemistry\n\nJon Dee, Brandeis University',
      'University of Michigan',
    ],
    ['another list item’s initials', 'Partners include the University of Vermont, Raytheon (RTX), and the City of Burlington.', 'University of Vermont'],
  ])('stops before %s', (_name, body, expected) => {
    expect(bodies(body)).toContain(expected);
  });
});
