import { describe, expect, it } from 'vitest';
import { addTagMentions, collectArticleEntities } from '../../src/lib/entities/article-entities.ts';
import type { EntityMention } from '../../src/lib/types.ts';

const mention = (id: string, count: number, first: number, salient = false): EntityMention => ({ id, count, first, salient });

describe('what an article is about', () => {
  it.each([
    {
      case: 'salient entities come first, then the most named, then the first named',
      mentions: [mention('late', 2, 90), mention('lead', 1, 5, true), mention('early', 2, 40)],
      entities: [],
      expected: ['lead', 'early', 'late'],
    },
    {
      case: "an editor's entity is salient even when the text names it once in passing",
      mentions: [mention('china', 3, 10, true), mention('japan', 1, 200)],
      entities: ['japan'],
      expected: ['china', 'japan'],
    },
    {
      case: "an editor's entity the text never names comes after the salient ones it names",
      mentions: [mention('china', 3, 10, true), mention('seoul', 1, 20, true)],
      entities: ['g7'],
      expected: ['china', 'seoul', 'g7'],
    },
  ])('$case', ({ mentions, entities, expected }) => {
    expect(collectArticleEntities({ mentions, entities }).map((e) => e.id)).toEqual(expected);
  });

  it('keeps a tag the text never names, as salient', () => {
    const mentions = addTagMentions([mention('china', 2, 10)], ['Trade war']);
    expect(collectArticleEntities({ mentions, entities: [] })).toEqual([mention('trade-war', 0, -1, true), mention('china', 2, 10)]);
  });

  it('turns each tag into a mention once, marking a named one salient', () => {
    const mentions = addTagMentions([mention('north-korea', 3, 50)], ['North Korea', 'North Korea', '', 42]);
    expect(mentions).toEqual([mention('north-korea', 3, 50, true)]);
  });
});
