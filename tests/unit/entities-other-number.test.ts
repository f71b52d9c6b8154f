import { describe, expect, it } from 'vitest';
import { analyseEntities, buildRegistry } from '../../src/lib/entities/index';
import { otherNumberForms } from '../../src/lib/entities/registered-in-other-number.ts';

// A registered name with one word in the other number is that name misspelt, not a new entity.

describe('the other number of a word', () => {
  it.each([
    ['a plural loses its "s"', 'islands', ['island']],
    ['a singular takes an "s"', 'island', ['islands']],
    ['a "-y" after a consonant takes "-ies"', 'territory', ['territories']],
    ['"-ies" goes back to "-y"', 'territories', ['territory']],
    ['a "-ch" takes "-es"', 'church', ['churches']],
    ['short words are left alone', 'bus', []],
  ])('%s: %s', (_, key, expected) => {
    expect(otherNumberForms(key)).toEqual(expected);
  });
});

describe('a registered name written in the other number', () => {
  const registry = buildRegistry({ files: [{ id: 'nordic-islands-council', name: 'Nordic Islands Council', type: 'organization', aliases: [] }] });
  const unregistered = (body: string): string[] => analyseEntities({ title: 'Briefing', body }, registry).unregistered.map((c) => c.name);
  it.each([
    ['one word singular is the registered name', 'Envoys of the Nordic Island Council met in June.', []],
    ['another word is another name', 'Envoys of the Nordic Isles Council met in June.', ['Nordic Isles Council']],
  ])('%s', (_, body, expected) => {
    expect(unregistered(body)).toEqual(expected);
  });
});

describe('the mentions of a registered name written in the other number', () => {
  const registry = buildRegistry({ files: [{ id: 'nordic-islands-council', name: 'Nordic Islands Council', type: 'organization', aliases: [] }] });
  const mentioned = (body: string): string[] => analyseEntities({ title: 'Briefing', body }, registry).mentions.map((m) => `${m.id} ${m.count}`);
  it.each([
    ['count for the registered entity', 'Envoys of the Nordic Island Council met in June.', ['nordic-islands-council 1']],
    ['add up with the registered spelling', 'The Nordic Islands Council met. The Nordic Island Council agreed.', ['nordic-islands-council 2']],
    ['another word is no mention', 'Envoys of the Nordic Isles Council met in June.', []],
  ])('%s', (_, body, expected) => {
    expect(mentioned(body)).toEqual(expected);
  });
});
