import type { ArticleRecord } from '../types.ts';
import type { HotItem } from './types.ts';

/** Why an item is on the hot list, as readers see it. */
export const HOT_BASIS_LABELS: Readonly<Record<HotItem['basis'], string>> = {
  featured: "Editor's pick",
  popular: 'Most read',
  connected: 'Widely connected',
};

/**
 * The hot list as article pages load it (`/hot.json`): written once per build, so article pages
 * stay the same from one publication to the next and an incremental build can keep them.
 */
export interface HotFragment {
  /** When the list was computed: ISO with offset, and as shown. */
  asOf: { datetime: string; text: string };
  items: Array<{ id: string; url: string; title: string; section: string; basis: HotItem['basis']; label: string }>;
}

/** What `buildHotFragment` needs to name and link the items. */
export interface HotFragmentSettings {
  asOf: { datetime: string; text: string };
  /** The page URL of an article (with the base path). */
  urlOf: (id: string) => string;
  sectionName: (id: string) => string;
}

/** The hot list as plain JSON-ready data, in ranking order. */
export function buildHotFragment(entries: ReadonlyArray<{ item: HotItem; article: ArticleRecord }>, settings: HotFragmentSettings): HotFragment {
  return {
    asOf: settings.asOf,
    items: entries.map(({ item, article }) => ({
      id: article.id,
      url: settings.urlOf(article.id),
      title: article.title,
      section: settings.sectionName(article.section),
      basis: item.basis,
      label: HOT_BASIS_LABELS[item.basis],
    })),
  };
}
