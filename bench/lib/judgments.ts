/**
 * The blind judgments in tests/fixtures/judgments/ and the measures taken against them. Every
 * judged article belongs to one half: `tune` (used while tuning) or `held` (kept aside, looked at
 * only at the end with --final). Plain data in, figures out: no file system, no system names.
 */

/** A judged article's related-link grades: candidate id → 0 (not useful), 1 (useful background), 2 (strong). */
export interface RelatedJudgment {
  article: string;
  split: 'tune' | 'held';
  grades: Record<string, 0 | 1 | 2>;
}

/** One entity an editor listed for an article. */
export interface GoldEntity {
  name: string;
  forms: string[];
  type: 'person' | 'organization' | 'place';
  /** True when the editor would tag the article with it; false for a correct but passing mention. */
  tag: boolean;
}

/** A judged article's editor entity list. */
export interface EntityJudgment {
  article: string;
  split: 'tune' | 'held';
  /** Which round of judging listed it (absent: the first); a later round brings articles no tuning has seen. */
  round?: number;
  entities: GoldEntity[];
}

/** Related-link figures of one system over one half of the judgments. */
export interface RelatedFigures {
  articles: number;
  shown: number;
  judged: number;
  useful: number;
  strong: number;
  /** Articles that show at least one link graded 2. */
  withStrong: number;
}

/** Measures one system's links (ids, best first; at most `limit` are shown) against the grades. */
export function measureRelated(judgments: readonly RelatedJudgment[], linksOf: (article: string) => readonly string[], limit = 5): RelatedFigures {
  const f: RelatedFigures = { articles: judgments.length, shown: 0, judged: 0, useful: 0, strong: 0, withStrong: 0 };
  for (const j of judgments) {
    let strongHere = false;
    for (const id of linksOf(j.article).slice(0, limit)) {
      f.shown++;
      const grade = j.grades[id];
      if (grade === undefined) continue;
      f.judged++;
      if (grade >= 1) f.useful++;
      if (grade === 2) {
        f.strong++;
        strongHere = true;
      }
    }
    if (strongHere) f.withStrong++;
  }
  return f;
}

/** Lower case, accents and punctuation folded, a leading "the" dropped: how names are compared. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A system's tag on an article, as comparable names. */
export interface TagNames {
  id: string;
  type: string;
  names: string[];
}

/** Entity-tag figures of one system over one half of the judgments. */
export interface EntityFigures {
  tags: number;
  correct: number;
  gold: number;
  found: number;
  goldByType: Record<string, { gold: number; found: number }>;
}

/** Measures one system's tags against the editors' lists: precision over tags, recall of `tag: true` entities. */
export function measureEntities(judgments: readonly EntityJudgment[], tagsOf: (article: string) => readonly TagNames[]): EntityFigures {
  const f: EntityFigures = { tags: 0, correct: 0, gold: 0, found: 0, goldByType: {} };
  for (const j of judgments) {
    const gold = j.entities.map((e) => ({ entity: e, names: new Set([e.name, ...e.forms].map(foldName)) }));
    const tags = tagsOf(j.article).map((t) => ({ tag: t, names: new Set(t.names.map(foldName)) }));
    const matches = (g: (typeof gold)[number], t: (typeof tags)[number]) => [...t.names].some((n) => g.names.has(n));
    for (const t of tags) {
      f.tags++;
      if (gold.some((g) => matches(g, t))) f.correct++;
    }
    for (const g of gold) {
      if (!g.entity.tag) continue;
      const type = (f.goldByType[g.entity.type] ??= { gold: 0, found: 0 });
      f.gold++;
      type.gold++;
      if (tags.some((t) => matches(g, t))) {
        f.found++;
        type.found++;
      }
    }
  }
  return f;
}
