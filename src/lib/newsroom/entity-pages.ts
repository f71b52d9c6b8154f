// A page and a feed cost files and bytes on every static host, so a name earns them when an editor
// registered it (entity file or built-in gazetteer) or when enough articles name it; other names
// stay tags on their articles, without a link, and never become empty pages.

/** Ids of the entities that get their own page and feed: registered ones any published article names, and any name in at least `minArticles` of them. */
export function selectEntityPages(articleCounts: Iterable<[id: string, count: number]>, registered: ReadonlySet<string>, minArticles: number): Set<string> {
  const pages = new Set<string>();
  for (const [id, count] of articleCounts) {
    if (count > 0 && (registered.has(id) || count >= minArticles)) pages.add(id);
  }
  return pages;
}
