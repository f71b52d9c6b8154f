import { describe, expect, it } from 'vitest';
import { joinSubjectNames } from '../../src/lib/stories/join-subject-names.ts';

describe('a story named by two places', () => {
  it.each([
    [
      'a town and its state, as the headlines write them',
      ['Lewiston', 'Maine'],
      ['Shooting in Lewiston, Maine', 'Update on the shooting in Lewiston, Maine'],
      'Lewiston, Maine',
    ],
    [
      'the headlines’ order, whichever leads the subject',
      ['Maine', 'Lewiston'],
      ['Shooting in Lewiston, Maine', 'Vigil in Lewiston, Maine'],
      'Lewiston, Maine',
    ],
    ['two countries the headlines join with "and"', ['Turkey', 'Syria'], ['Earthquakes in Turkey and Syria', 'Aid to Turkey and Syria'], 'Turkey and Syria'],
    [
      'a town and state written so in a minority of headlines',
      ['Lewiston', 'Maine'],
      ['Shooting in Lewiston, Maine', 'Maine mourns', 'Lewiston vigil'],
      'Lewiston and Maine',
    ],
    ['one name', ['Maine'], ['Shooting in Maine'], 'Maine'],
    ['two sides a headline joins with a comma', ['Israel', 'Hamas'], ['Israel, Hamas agree to truce', 'Israel, Hamas extend truce'], 'Israel and Hamas'],
  ])('%s', (_name, names, headlines, expected) => {
    expect(joinSubjectNames(names, headlines, (name) => name !== 'Hamas')).toBe(expected);
  });
});
