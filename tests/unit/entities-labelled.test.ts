import { describe, expect, it } from 'vitest';
import { selectConfidentEntities, slugify } from '../../src/lib/entities/index';
import { loadLabelledSet } from '../fixtures/entities/load-labelled-set';

// Read through the build's own Markdown pipeline: what these tests check is what the site finds.
const articles = loadLabelledSet();
// Tags are topics the editor gave, not mentions found in the text (they have no count).
const analyses = new Map(articles.map((a) => [a.id, { mentions: a.mentions.filter((m) => m.count > 0), unregistered: a.unregistered }]));

describe('hand-labelled set', () => {
  it('has at least 15 articles, each with labels', () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    for (const a of articles) expect(a.labels.registered.length + a.labels.unregistered.length).toBeGreaterThan(0);
  });

  describe.each(articles.map((a) => [a.id, a] as const))('%s', (id, article) => {
    const analysis = analyses.get(id);
    const found = new Map((analysis?.mentions ?? []).map((m) => [m.id, m]));

    it('finds every labelled registered entity and nothing else', () => {
      expect([...found.keys()].sort()).toEqual([...article.labels.registered].sort());
    });

    it('tags no trap: no trap id, and no trap name as a person or organisation', () => {
      for (const trap of article.labels.traps.ids) expect(found.has(trap), trap).toBe(false);
      const names = (analysis?.unregistered ?? []).filter((c) => c.type !== 'place').map((c) => c.name);
      for (const trap of article.labels.traps.names) expect(names, trap).not.toContain(trap);
    });

    // Only some labelled articles give counts; the others register no test that would check nothing.
    if (Object.keys(article.labels.counts).length > 0) {
      it('counts exactly where the labels say', () => {
        for (const [entity, count] of Object.entries(article.labels.counts)) expect(found.get(entity)?.count, entity).toBe(count);
      });
    }
  });

  it('finds the labelled unregistered people and organisations (precision ≥ 0.85 counting passing mentions as correct, recall ≥ 0.75)', () => {
    const confident = selectConfidentEntities(articles.map((a) => ({ articleId: a.id, candidates: analyses.get(a.id)?.unregistered ?? [] })));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const a of articles) {
      const predicted = new Set(confident.filter((e) => e.type !== 'place' && e.articles.includes(a.id)).map((e) => `${e.type}:${e.id}`));
      const expected = new Set(a.labels.unregistered.map((u) => `${u.type}:${slugify(u.name)}`));
      const passing = new Set(a.labels.passing.map((u) => `${u.type}:${slugify(u.name)}`));
      for (const p of predicted)
        if (expected.has(p)) tp += 1;
        else if (!passing.has(p)) fp += 1;
      for (const e of expected) if (!predicted.has(e)) fn += 1;
    }
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.85);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.75);
  });
});
