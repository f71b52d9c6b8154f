/** The entity vocabulary: the types the site tags, in display order, with every name each type goes by. */

/** Entity types in the order pages list them. */
export const ENTITY_TYPE_ORDER = ['person', 'place', 'organization', 'event', 'topic'] as const;

/** What kind of thing an entity is. */
export type EntityType = (typeof ENTITY_TYPE_ORDER)[number];

/** How one entity type is named for readers, for search and for search engines. */
export interface EntityTypeNames {
  /** Singular label, e.g. "Organisation" (the kicker of an entity page, a search filter's label). */
  label: string;
  /** Plural label, e.g. "Organisations" (a group of tags, a section of the entity directory). */
  plural: string;
  /** Pagefind filter key of tags of this type; types without one are not offered as search filters. */
  filter: string | undefined;
  /** schema.org type in JSON-LD. */
  schemaType: string;
}

/** The names of each entity type. */
export const ENTITY_TYPES: Readonly<Record<EntityType, EntityTypeNames>> = {
  person: { label: 'Person', plural: 'People', filter: 'People', schemaType: 'Person' },
  place: { label: 'Place', plural: 'Places', filter: 'Places', schemaType: 'Place' },
  organization: { label: 'Organisation', plural: 'Organisations', filter: 'Organisations', schemaType: 'Organization' },
  event: { label: 'Event', plural: 'Events', filter: undefined, schemaType: 'Event' },
  topic: { label: 'Topic', plural: 'Topics', filter: undefined, schemaType: 'Thing' },
};

/** The entity types offered as search filters, in display order. */
export const ENTITY_SEARCH_FILTERS: ReadonlyArray<{ type: EntityType; key: string; label: string }> = ENTITY_TYPE_ORDER.flatMap((type) => {
  const { filter, label } = ENTITY_TYPES[type];
  return filter ? [{ type, key: filter, label }] : [];
});
