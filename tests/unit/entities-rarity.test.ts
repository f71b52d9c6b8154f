import { describe, expect, it } from 'vitest';
import { measureEntityRarity, type TaggedArticle } from '../../src/lib/entities/index';

/** `n` articles, the first `k` of them tagged with `id` (and every one with its own entity). */
function archive(n: number, tagged: Record<string, number>): TaggedArticle[] {
  return Array.from({ length: n }, (_, i) => ({
    mentions: [{ id: `own-${i}` }, ...Object.entries(tagged).filter(([, k]) => i < k).map(([id]) => ({ id }))],
  }));
}

describe('measureEntityRarity', () => {
  it.each([
    ['an entity on most pages is ubiquitous', archive(40, { 'united-states': 30 }), 'united-states', true],
    ['an entity on exactly half the pages is not', archive(40, { 'joe-biden': 20 }), 'joe-biden', false],
    ['an entity on a few pages is not', archive(40, { ukraine: 6 }), 'ukraine', false],
    ['nothing is ubiquitous in a small archive', archive(5, { 'united-states': 5 }), 'united-states', false],
  ])('%s', (_name, articles, id, expected) => {
    expect(measureEntityRarity(articles).isUbiquitous(id)).toBe(expected);
  });

  it("counts each article once, the editor's entities included, and gives each entity its share", () => {
    const rarity = measureEntityRarity([
      { mentions: [{ id: 'nato' }, { id: 'nato' }] },
      { mentions: [], entities: ['nato'] },
      { mentions: [{ id: 'g7' }] },
      { mentions: [] },
    ]);
    expect(rarity.documents).toBe(4);
    expect(rarity.frequency.get('nato')).toBe(2);
    expect(rarity.share('nato')).toBe(0.5);
    expect(rarity.share('unknown')).toBe(0);
  });

  it('takes its threshold and minimum archive size as settings', () => {
    const rarity = measureEntityRarity(archive(10, { eu: 4 }), { threshold: 0.3, minDocuments: 10 });
    expect([...rarity.ubiquitous]).toEqual(['eu']);
  });
});
